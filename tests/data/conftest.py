"""A tiny source mirror written by the tests themselves, with its own manifest.

Two squares as TopoJSON plus a two-row crosswalk CSV: enough to drive sync end to end (copy,
download, checksum, size) and the layer build, without touching the real mirror.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest

from sitmap.settings import Settings
from sitmap.sources import Manifest, load_manifest

TOPOJSON_PATH = "boundaries/tiny.topojson"
CSV_PATH = "boundaries/tiny.csv"


@dataclass(frozen=True)
class TinyMirror:
    """The fixture mirror folder, its manifest file, and the manifest loaded."""

    root: Path
    manifest_path: Path
    manifest: Manifest


def square_topojson() -> bytes:
    """Two adjacent squares near Pristina, one arc each, absolute coordinates (no transform)."""
    west = [[21.0, 42.5], [21.1, 42.5], [21.1, 42.6], [21.0, 42.6], [21.0, 42.5]]
    east = [[21.1, 42.5], [21.2, 42.5], [21.2, 42.6], [21.1, 42.6], [21.1, 42.5]]
    topology = {
        "type": "Topology",
        "objects": {
            "municipalities": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0]], "properties": {"shapeID": "W"}},
                    {"type": "Polygon", "arcs": [[1]], "properties": {"shapeID": "E"}},
                ],
            }
        },
        "arcs": [west, east],
    }
    return json.dumps(topology).encode("utf-8")


def write_manifest(path: Path, entries: list[dict[str, object]]) -> Path:
    """Write ``entries`` as ``[[source]]`` tables (strings and ints only)."""
    blocks = []
    for entry in entries:
        lines = ["[[source]]"]
        for key, value in entry.items():
            lines.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
        blocks.append("\n".join(lines))
    path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
    return path


def entry_for(key: str, relative: str, data: bytes, **overrides: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "key": key,
        "path": relative,
        "origin": "mirror-only",
        "upstream": "written by the test",
        "description": f"test file {relative}",
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "licence": "CC0",
        "attribution": f"Test data {key}",
    }
    entry.update(overrides)
    return entry


@pytest.fixture()
def tiny_files() -> dict[str, bytes]:
    return {
        TOPOJSON_PATH: square_topojson(),
        CSV_PATH: (
            "adm2_code,name_sq,name_sr_latn,name_sr_cyrl,name_en,district,geonames_id,shapeID,area_km2\n"
            "01,Perëndim,Zapad,Запад,West,Test,1,W,91.2\n"
            "02,Lindje,Istok,Исток,East,Test,2,E,91.2\n"
        ).encode(),
    }


@pytest.fixture()
def tiny_mirror(tmp_path: Path, tiny_files: dict[str, bytes]) -> TinyMirror:
    root = tmp_path / "mirror"
    for relative, data in tiny_files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_bytes(data)
    manifest_path = write_manifest(
        tmp_path / "sources.toml",
        [
            entry_for("tiny_topojson", TOPOJSON_PATH, tiny_files[TOPOJSON_PATH]),
            entry_for("tiny_csv", CSV_PATH, tiny_files[CSV_PATH]),
        ],
    )
    return TinyMirror(root=root, manifest_path=manifest_path, manifest=load_manifest(manifest_path))


@pytest.fixture()
def settings(tmp_path: Path) -> Settings:
    """A data folder in tmp_path and no mirror, whatever SITMAP_DATA_MIRROR says."""
    return Settings(data_dir=tmp_path / "data", mirror_dir=None, db_url="sqlite://")


def _leftovers(folder: Path) -> list[Path]:
    if not folder.exists():
        return []
    return sorted(path for path in folder.rglob("*") if path.name.startswith("."))


@pytest.fixture()
def leftovers() -> Callable[[Path], list[Path]]:
    """Hidden temporary files a sync or build left under a folder (there must be none)."""
    return _leftovers


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        return


@pytest.fixture()
def serve() -> Iterator[Callable[..., str]]:
    """Start an HTTP server for a folder on 127.0.0.1 in a thread; returns its base URL."""
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(
        root: Path, handler: type[http.server.SimpleHTTPRequestHandler] = _QuietHandler
    ) -> str:
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), partial(handler, directory=str(root))
        )
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()
