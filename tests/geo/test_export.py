"""Every export format written and read back, with its filters and as-of time."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pyogrio
import pytest

from events.filters import EventFilter
from geo.aggregate import aggregate_by_municipality, municipality_totals
from geo.boundaries import build_municipality_layer
from geo.export import (
    FORMATS,
    ExportError,
    export_aggregates,
    export_events,
    read_export_metadata,
    sidecar_path,
)
from geo.synthetic import make_synthetic_events

AS_OF = datetime(2024, 2, 1, 9, 30, tzinfo=UTC)
FILTER = EventFilter(date_from=date(2023, 6, 1), date_to=date(2023, 8, 31), types=("incident",))
SUFFIX = {"csv": "csv", "geojson": "geojson", "gpkg": "gpkg", "parquet": "parquet"}


@pytest.fixture(scope="module")
def municipalities(mirror_dir: Path) -> gpd.GeoDataFrame:
    boundaries = mirror_dir / "boundaries"
    return build_municipality_layer(
        boundaries / "geoBoundaries-XKX-ADM2_simplified.topojson",
        boundaries / "xk_municipalities.csv",
    )


@pytest.fixture(scope="module")
def events(municipalities: gpd.GeoDataFrame) -> pd.DataFrame:
    return make_synthetic_events(3_000, municipalities=municipalities, seed=11)


def read_back(path: Path, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(path, dtype={"municipality_code": str})
    if fmt == "parquet":
        return gpd.read_parquet(path)
    return gpd.read_file(path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_events_round_trip(tmp_path: Path, events: pd.DataFrame, fmt: str) -> None:
    path = export_events(
        events, tmp_path / f"events.{SUFFIX[fmt]}", flt=FILTER, as_of=AS_OF, attribution="credit"
    )
    expected = events[
        (events["type"] == "incident")
        & (events["date"] >= "2023-06-01")
        & (events["date"] < "2023-09-01")
    ]
    back = read_back(path, fmt)
    assert len(back) == len(expected) > 0
    assert sorted(back["event_id"]) == sorted(expected["event_id"])
    assert set(back["type"]) == {"incident"}
    assert sorted(back["municipality_code"].dropna()) == sorted(
        expected["municipality_code"].dropna()
    )
    meta = read_export_metadata(path)
    assert meta is not None
    assert meta.what == "events" and meta.rows == len(expected)
    assert meta.filters == FILTER.to_dict()
    assert meta.filters_text == FILTER.describe()
    assert meta.as_of == "2024-02-01T09:30:00+00:00"
    assert meta.attribution == "credit"


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "parquet"])
def test_country_level_events_have_empty_geometry(
    tmp_path: Path, events: pd.DataFrame, fmt: str
) -> None:
    path = export_events(events, tmp_path / f"all.{SUFFIX[fmt]}", as_of=AS_OF)
    back = read_back(path, fmt).set_index("event_id")
    country = events.loc[events["geo_precision"] == 4, "event_id"]
    placed = events.loc[events["geo_precision"] < 4, "event_id"]
    geometry = back.geometry
    assert (geometry.loc[country].isna() | geometry.loc[country].is_empty).all()
    assert geometry.loc[placed].notna().all() and not geometry.loc[placed].is_empty.any()
    original = events.set_index("event_id").loc[placed]
    assert (geometry.loc[placed].x - original["lon"]).abs().max() < 1e-9


def test_csv_is_plain_table_with_sidecar(tmp_path: Path, events: pd.DataFrame) -> None:
    path = export_events(events, tmp_path / "events.csv", flt=FILTER, as_of=AS_OF)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # byte-order mark so spreadsheets read UTF-8
    assert raw[3:].startswith(b"event_id,")
    sidecar = json.loads(sidecar_path(path).read_text(encoding="utf-8"))
    assert sidecar["filters"]["types"] == ["incident"]


def test_geojson_metadata_member(tmp_path: Path, events: pd.DataFrame) -> None:
    path = export_events(events, tmp_path / "events.geojson", flt=FILTER, as_of=AS_OF)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["type"] == "FeatureCollection"
    assert document["metadata"]["filters_text"] == FILTER.describe()


def test_gpkg_layer_metadata_and_parquet_schema_metadata(
    tmp_path: Path, events: pd.DataFrame
) -> None:
    gpkg = export_events(events, tmp_path / "events.gpkg", flt=FILTER, as_of=AS_OF)
    assert "sitmap" in pyogrio.read_info(gpkg, layer="events")["layer_metadata"]
    parquet = export_events(events, tmp_path / "events.parquet", flt=FILTER, as_of=AS_OF)
    metadata = pq.read_schema(parquet).metadata
    assert b"sitmap" in metadata and b"geo" in metadata  # still valid GeoParquet


def test_naive_as_of_is_utc_and_aware_is_converted(tmp_path: Path, events: pd.DataFrame) -> None:
    naive = export_events(events, tmp_path / "a.geojson", as_of=datetime(2024, 2, 1, 9, 30))
    plus_one = timezone(timedelta(hours=1))
    aware = export_events(
        events, tmp_path / "b.geojson", as_of=datetime(2024, 2, 1, 10, 30, tzinfo=plus_one)
    )
    assert read_export_metadata(naive).as_of == read_export_metadata(aware).as_of  # type: ignore[union-attr]


@pytest.mark.parametrize("fmt", FORMATS)
def test_totals_round_trip(
    tmp_path: Path, events: pd.DataFrame, municipalities: gpd.GeoDataFrame, fmt: str
) -> None:
    totals = municipality_totals(events, municipalities, FILTER)
    path = export_aggregates(totals, tmp_path / f"totals.{SUFFIX[fmt]}", flt=FILTER, as_of=AS_OF)
    back = read_back(path, fmt)
    assert len(back) == 38
    assert back["events"].sum() == totals["events"].sum()
    meta = read_export_metadata(path)
    assert meta is not None and meta.what == "aggregates"
    assert meta.extra["window_start"] == "2023-06-01"
    assert meta.extra["unmapped"]["outside_aoi"] == totals.attrs["unmapped"].outside_aoi
    if fmt != "csv":
        assert back.geometry.notna().all()


@pytest.mark.parametrize("fmt", FORMATS)
def test_long_table_round_trip(
    tmp_path: Path, events: pd.DataFrame, municipalities: gpd.GeoDataFrame, fmt: str
) -> None:
    weekly = aggregate_by_municipality(events, municipalities, period="month", flt=FILTER)
    path = export_aggregates(
        weekly,
        tmp_path / f"monthly.{SUFFIX[fmt]}",
        flt=FILTER,
        as_of=AS_OF,
        municipalities=municipalities,
    )
    back = read_back(path, fmt)
    assert len(back) == len(weekly) == 38 * 3
    assert back["events"].sum() == weekly["events"].sum()
    assert read_export_metadata(path).extra["period"] == "month"  # type: ignore[union-attr]


def test_long_table_without_polygons_needs_tabular_format(
    tmp_path: Path, events: pd.DataFrame, municipalities: gpd.GeoDataFrame
) -> None:
    weekly = aggregate_by_municipality(events, municipalities)
    with pytest.raises(ExportError, match="municipalities="):
        export_aggregates(weekly, tmp_path / "weekly.geojson", as_of=AS_OF)
    assert not list(tmp_path.iterdir())  # nothing half-written
    assert len(pd.read_csv(export_aggregates(weekly, tmp_path / "weekly.csv", as_of=AS_OF))) == len(
        weekly
    )


def test_unknown_format_names_the_fix(tmp_path: Path, events: pd.DataFrame) -> None:
    with pytest.raises(ExportError, match="csv, geojson, gpkg, parquet"):
        export_events(events, tmp_path / "events.xlsx", as_of=AS_OF)


def test_failed_write_leaves_no_file(tmp_path: Path, events: pd.DataFrame) -> None:
    export_events(events, tmp_path / "ok.geojson", as_of=AS_OF)
    with pytest.raises(TypeError):
        export_aggregates(
            pd.DataFrame({"municipality_code": ["01"], "x": [object()]}),
            tmp_path / "bad.geojson",
            as_of=AS_OF,
            municipalities=gpd.GeoDataFrame(
                {"municipality_code": ["01"]}, geometry=gpd.points_from_xy([21.0], [42.6]), crs=4326
            ),
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.geojson"]


@pytest.fixture
def cli_data(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    municipalities: gpd.GeoDataFrame,
    events: pd.DataFrame,
) -> Path:
    """A data folder with the built municipality layer and a store that serves ``events``."""
    import events.store as store_module
    from events.filters import apply_filter
    from geo.boundaries import write_layer
    from sitmap.settings import get_settings

    data_dir = tmp_path / "data"
    settings = get_settings(data_dir=data_dir)
    write_layer(municipalities, settings.municipalities_path)
    monkeypatch.setenv("SITMAP_DATA_DIR", str(data_dir))

    def load_events_frame(db: str, flt: EventFilter | None = None) -> pd.DataFrame:
        return apply_filter(events, flt) if flt else events

    monkeypatch.setattr(store_module, "load_events_frame", load_events_frame)
    return tmp_path


def test_cli_export_events_with_filters(cli_data: Path, events: pd.DataFrame) -> None:
    from typer.testing import CliRunner

    from sitmap.cli import app

    out = cli_data / "out" / "zvecan.geojson"
    result = CliRunner().invoke(
        app,
        [
            "export",
            "--out",
            str(out),
            "--from",
            "2023-06-01",
            "--to",
            "2023-08-31",
            "--type",
            "incident",
            "--municipality",
            "Zvečan",
            "--min-confidence",
            "0.5",
        ],
    )
    assert result.exit_code == 0, result.output
    meta = read_export_metadata(out)
    assert meta is not None and meta.filters["municipalities"] == ["30"]
    assert meta.filters["min_confidence"] == 0.5
    back = gpd.read_file(out)
    assert len(back) == meta.rows > 0
    assert set(back["municipality_code"]) == {"30"} and (back["confidence"] >= 0.5).all()
    # as of: the latest first_seen among the events read
    latest = events.loc[events["event_id"].isin(back["event_id"]), "first_seen"].max()
    assert meta.as_of == latest.tz_localize("UTC").isoformat()


def test_cli_export_aggregates_by_period(cli_data: Path) -> None:
    from typer.testing import CliRunner

    from sitmap.cli import app

    out = cli_data / "weekly.parquet"
    result = CliRunner().invoke(
        app,
        [
            "export",
            "--what",
            "aggregates",
            "--period",
            "week",
            "--out",
            str(out),
            "--from",
            "2023-03-01",
        ],
    )
    assert result.exit_code == 0, result.output
    table = gpd.read_parquet(out)
    assert table["period_start"].min() == pd.Timestamp("2023-02-27")  # the Monday of that week
    assert read_export_metadata(out).extra["period"] == "week"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--type", "riot"], "unknown type"),
        (["--subtype", "picnic"], "unknown subtype"),
        (["--municipality", "Atlantis"], "unknown municipality"),
        (["--from", "2023-13-01"], "not a date"),
        (["--from", "2023-05-02", "--to", "2023-05-01"], "before"),
    ],
)
def test_cli_export_rejects_bad_filters(cli_data: Path, args: list[str], message: str) -> None:
    from typer.testing import CliRunner

    from sitmap.cli import app

    result = CliRunner().invoke(app, ["export", "--out", str(cli_data / "x.csv"), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert not (cli_data / "x.csv").exists()
