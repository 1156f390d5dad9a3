"""Copy the map's JavaScript, CSS and images from node_modules into dashboard/static/vendor.

The dashboard never loads anything from a CDN: Leaflet, jQuery and leaflet.markercluster are
pinned in package.json, installed with ``npm ci`` and copied here into the folder Streamlit
serves at ``/app/static/vendor/``. Standard library only, so it runs with the system python3
before the virtual environment exists. Exits non-zero, naming the missing file and the fix,
when ``npm ci`` has not been run.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE_MODULES = ROOT / "node_modules"
VENDOR = ROOT / "dashboard" / "static" / "vendor"

# (file inside node_modules, destination inside vendor/)
ASSETS: tuple[tuple[str, str], ...] = (
    ("leaflet/dist/leaflet.js", "leaflet/leaflet.js"),
    ("leaflet/dist/leaflet.css", "leaflet/leaflet.css"),
    ("leaflet/dist/images/marker-icon.png", "leaflet/images/marker-icon.png"),
    ("leaflet/dist/images/marker-icon-2x.png", "leaflet/images/marker-icon-2x.png"),
    ("leaflet/dist/images/marker-shadow.png", "leaflet/images/marker-shadow.png"),
    ("leaflet/dist/images/layers.png", "leaflet/images/layers.png"),
    ("leaflet/dist/images/layers-2x.png", "leaflet/images/layers-2x.png"),
    ("jquery/dist/jquery.min.js", "jquery/jquery.min.js"),
    (
        "leaflet.markercluster/dist/leaflet.markercluster.js",
        "markercluster/leaflet.markercluster.js",
    ),
    ("leaflet.markercluster/dist/MarkerCluster.css", "markercluster/MarkerCluster.css"),
    (
        "leaflet.markercluster/dist/MarkerCluster.Default.css",
        "markercluster/MarkerCluster.Default.css",
    ),
)


def copy_assets(node_modules: Path = NODE_MODULES, vendor: Path = VENDOR) -> list[Path]:
    """Copy every asset; return the written paths. Raises FileNotFoundError naming the fix."""
    missing = [src for src, _ in ASSETS if not (node_modules / src).is_file()]
    if missing:
        raise FileNotFoundError(
            f"{node_modules / missing[0]} is missing ({len(missing)} file(s) in all): "
            "run `npm ci` in the repository root first"
        )
    written: list[Path] = []
    for src, dest in ASSETS:
        target = vendor / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(node_modules / src, target)
        written.append(target)
    return written


def main() -> int:
    try:
        written = copy_assets()
    except FileNotFoundError as exc:
        print(f"copy_assets: {exc}", file=sys.stderr)
        return 1
    print(f"copy_assets: {len(written)} files copied to {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
