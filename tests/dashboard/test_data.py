"""Dashboard configuration, store versions, exports and the asset copy script."""

from __future__ import annotations

import importlib.util
from datetime import datetime
from pathlib import Path

import pytest

from dashboard.data import export_bytes, load_config, store_version
from dashboard.errors import DashboardConfigError, DashboardError
from dashboard.mapview import DEFAULT_MAX_MARKERS
from events.filters import EventFilter

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_defaults_are_offline() -> None:
    config = load_config({})
    assert config.tiles is None
    assert config.banner is None
    assert config.refresh_seconds == 0
    assert config.max_markers == DEFAULT_MAX_MARKERS == 500


def test_tile_server_banner_and_refresh_from_the_environment() -> None:
    config = load_config(
        {
            "SITMAP_TILE_URL": "http://tiles.local/{z}/{x}/{y}.png",
            "SITMAP_TILE_ATTRIBUTION": "Local tiles",
            "SITMAP_BANNER": "UNCLASSIFIED // EXERCISE",
            "SITMAP_REFRESH_SECONDS": "60",
            "SITMAP_MAX_MARKERS": "250",
        }
    )
    assert config.tiles is not None and config.tiles.attribution == "Local tiles"
    assert (config.banner, config.refresh_seconds, config.max_markers) == (
        "UNCLASSIFIED // EXERCISE",
        60,
        250,
    )


@pytest.mark.parametrize(
    ("environ", "named"),
    [
        ({"SITMAP_TILE_URL": "http://tiles.local/{z}/{x}/{y}.png"}, "SITMAP_TILE_ATTRIBUTION"),
        ({"SITMAP_REFRESH_SECONDS": "soon"}, "SITMAP_REFRESH_SECONDS"),
        ({"SITMAP_MAX_MARKERS": "-5"}, "SITMAP_MAX_MARKERS"),
    ],
)
def test_bad_settings_name_the_variable(environ: dict[str, str], named: str) -> None:
    with pytest.raises(DashboardConfigError, match=named) as info:
        load_config(environ)
    assert isinstance(info.value, ValueError) and isinstance(info.value, DashboardError)


def test_store_version_changes_with_an_ingest(
    store_url: str,
    add_events,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    before = store_version(store_url)
    assert before == store_version(store_url)
    add_events(
        store_url,
        [
            {
                "event_id": "ev-99",
                "type": "incident",
                "subtype": "arrest",
                "date": datetime(2023, 7, 1).date(),
                "date_precision": "day",
                "date_basis": "explicit",
                "place_id": None,
                "place": None,
                "lat": None,
                "lon": None,
                "municipality_code": None,
                "municipality": None,
                "in_aoi": True,
                "geo_precision": 4,
                "actors": [],
                "actor_names": "",
                "troops_low": None,
                "troops_high": None,
                "killed_low": None,
                "killed_high": None,
                "injured_low": None,
                "injured_high": None,
                "arrested_low": 2.0,
                "arrested_high": 2.0,
                "sentence": "Two people were detained.",
                "confidence": 0.7,
                "n_sources": 1,
                "outlets": "Wire A",
                "first_seen": datetime(2023, 10, 5),
                "updated_at": datetime(2023, 10, 5),
                "merge_reasons": [],
            }
        ],
    )
    assert store_version(store_url) != before
    assert store_version(f"sqlite:///{tmp_path / 'absent.db'}") == "missing"


def test_exports_carry_the_filtered_events(make_frame, tmp_path: Path) -> None:  # noqa: ANN001
    frame = make_frame(tmp_path)
    flt = EventFilter(types=("deployment",))
    csv = export_bytes(frame, fmt="csv", flt=flt, as_of=datetime(2023, 10, 1, 12, 0)).decode(
        "utf-8"
    )
    assert "ev-03" in csv and "ev-07" in csv and "ev-01" not in csv
    geojson = export_bytes(frame, fmt="geojson", flt=flt, as_of=datetime(2023, 10, 1, 12, 0))
    assert b'"FeatureCollection"' in geojson and b"ev-07" in geojson


def _copy_assets_module():  # noqa: ANN202 - the script, loaded as a module
    spec = importlib.util.spec_from_file_location(
        "copy_assets", REPO_ROOT / "scripts" / "copy_assets.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_copy_assets_copies_every_listed_file(tmp_path: Path) -> None:
    module = _copy_assets_module()
    for source, _dest in module.ASSETS:
        (tmp_path / "node_modules" / source).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "node_modules" / source).write_text(f"/* {source} */")
    written = module.copy_assets(tmp_path / "node_modules", tmp_path / "vendor")
    assert len(written) == len(module.ASSETS)
    assert (
        tmp_path / "vendor" / "leaflet" / "leaflet.js"
    ).read_text() == "/* leaflet/dist/leaflet.js */"


def test_copy_assets_says_to_run_npm_ci(tmp_path: Path) -> None:
    module = _copy_assets_module()
    with pytest.raises(FileNotFoundError, match="npm ci"):
        module.copy_assets(tmp_path / "node_modules", tmp_path / "vendor")


def test_every_map_asset_url_is_a_copied_file() -> None:
    from dashboard.mapview import CLUSTER_CSS, CLUSTER_JS, MAP_CSS, MAP_JS, STATIC_URL

    module = _copy_assets_module()
    copied = {dest for _src, dest in module.ASSETS}
    for _name, url in (*MAP_JS, *MAP_CSS, *CLUSTER_JS, *CLUSTER_CSS):
        assert url.removeprefix(STATIC_URL + "/") in copied


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG\r\n\x1a\n"), ("pdf", b"%PDF")])
def test_snapshot_of_the_view(
    fmt: str,
    magic: bytes,
    make_frame,
    layers_data_dir: Path,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from dashboard.data import Layers, snapshot_bytes
    from dashboard.mapview import prepare_base_layers
    from geo.boundaries import load_countries, load_municipalities

    municipalities = load_municipalities(layers_data_dir / "build" / "municipalities.parquet")
    countries = load_countries(layers_data_dir / "build" / "countries.parquet")
    layers = Layers(municipalities, countries, prepare_base_layers(municipalities, countries))
    content = snapshot_bytes(
        make_frame(tmp_path),
        layers,
        fmt=fmt,
        flt=EventFilter(types=("incident",)),
        measure="events",
        title="Test view",
        as_of=datetime(2023, 10, 1, 12, 0),
        banner="EXERCISE",
    )
    assert content.startswith(magic) and len(content) > 10_000
