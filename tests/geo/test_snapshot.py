"""Snapshots: page size, content (pixels and PDF text), symbols, determinism, errors."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import geopandas as gpd
import matplotlib
import pandas as pd
import pytest
from matplotlib.image import imread

from events.filters import EventFilter
from geo.boundaries import build_country_layer, build_municipality_layer
from geo.snapshot import PNG_DPI, SnapshotError, event_symbols, render_snapshot
from geo.synthetic import make_synthetic_events

AS_OF = datetime(2024, 1, 15, 6, 0, tzinfo=UTC)
FILTER = EventFilter(date_from=date(2023, 6, 1), date_to=date(2023, 6, 30))
BANNER = "UNCLASSIFIED // EXERCISE"
CREDIT = "geoBoundaries (Runfola et al. 2020); OpenStreetMap contributors"


@pytest.fixture(scope="module")
def layers(mirror_dir: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    boundaries = mirror_dir / "boundaries"
    municipalities = build_municipality_layer(
        boundaries / "geoBoundaries-XKX-ADM2_simplified.topojson",
        boundaries / "xk_municipalities.csv",
    )
    countries = build_country_layer(boundaries / "ne10m_balkans_admin0_worldatlas.geojson")
    return municipalities, countries


@pytest.fixture(scope="module")
def events(layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]) -> pd.DataFrame:
    return make_synthetic_events(4_000, municipalities=layers[0], seed=5)


def render(
    events: pd.DataFrame,
    layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame],
    out: Path,
    **kwargs: object,
) -> Path:
    options: dict[str, object] = {
        "flt": FILTER,
        "as_of": AS_OF,
        "banner": BANNER,
        "attribution": CREDIT,
    }
    options.update(kwargs)
    return render_snapshot(events, layers[0], layers[1], out=out, **options)  # type: ignore[arg-type]


def pdf_text(raw: bytes) -> str:
    """Text drawn by an uncompressed matplotlib PDF: the strings of every TJ array, joined."""
    pieces = []
    for block in re.findall(rb"\[(.*?)\]\s*TJ", raw, flags=re.S):
        strings = re.findall(rb"\(((?:\\.|[^\\)])*)\)", block)
        pieces.append(
            b"".join(strings).replace(b"\\(", b"(").replace(b"\\)", b")").decode("latin-1")
        )
    return "\n".join(pieces)


def test_png_is_a4_at_print_resolution_and_not_blank(
    tmp_path: Path, events: pd.DataFrame, layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]
) -> None:
    path = render(events, layers, tmp_path / "brief.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = imread(path)
    height, width = pixels.shape[:2]
    assert (width, height) == (round(11.69 * PNG_DPI), round(8.27 * PNG_DPI))
    assert pixels[..., :3].std() > 0.1
    # the choropleth's darkest class (YlOrRd dark red) is on the page
    red = (pixels[..., 0] > 0.4) & (pixels[..., 1] < 0.1) & (pixels[..., 2] < 0.2)
    assert red.sum() > 1000


def test_pdf_holds_title_filters_legend_banner_and_credit(
    tmp_path: Path, events: pd.DataFrame, layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]
) -> None:
    with matplotlib.rc_context({"pdf.compression": 0}):
        path = render(events, layers, tmp_path / "brief.pdf", measure="incidents")
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF")
    text = pdf_text(raw)
    for expected in (
        "Incidents by municipality",
        "Period: 2023-06-01 to 2023-06-30",
        "Data as of 2024-01-15 06:00 UTC",
        f"Filters: {FILTER.describe()}",
        "Incident at a known place",
        "Deployment at a known place",
        "Events known only by municipality",
        "Leposavi",  # a municipality label (the ć is a separate glyph)
        "km",
        "N",
        BANNER,
        "OpenStreetMap",
    ):
        assert expected in text, expected
    assert text.count(BANNER) == 2  # top and bottom


def test_counts_in_the_note_add_up(
    tmp_path: Path, events: pd.DataFrame, layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]
) -> None:
    with matplotlib.rc_context({"pdf.compression": 0}):
        text = pdf_text(render(events, layers, tmp_path / "brief.pdf").read_bytes())
    selected = events[(events["date"] >= "2023-06-01") & (events["date"] < "2023-07-01")]
    numbers = {
        label: int(re.search(rf"{label}: ([\d,]+)", text).group(1).replace(",", ""))  # type: ignore[union-attr]
        for label in ("Events in the selection", "on the map", "not mapped", "outside Kosovo")
    }
    assert numbers["Events in the selection"] == len(selected)
    assert numbers["outside Kosovo"] == int((~selected["in_aoi"]).sum())
    assert numbers["not mapped"] == int((selected["geo_precision"] == 4).sum())
    assert numbers["on the map"] + numbers["not mapped"] + numbers["outside Kosovo"] == len(
        selected
    )


@pytest.mark.parametrize("suffix", [".pdf", ".png"])
def test_same_inputs_same_bytes(
    tmp_path: Path,
    events: pd.DataFrame,
    layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame],
    suffix: str,
) -> None:
    first = render(events, layers, tmp_path / f"a{suffix}").read_bytes()
    second = render(events, layers, tmp_path / f"b{suffix}").read_bytes()
    assert first == second


def test_banner_is_optional(
    tmp_path: Path, events: pd.DataFrame, layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]
) -> None:
    with matplotlib.rc_context({"pdf.compression": 0}):
        text = pdf_text(render(events, layers, tmp_path / "plain.pdf", banner=None).read_bytes())
    assert BANNER not in text and "by municipality" in text


def test_renders_without_the_country_outlines(
    tmp_path: Path, events: pd.DataFrame, layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]
) -> None:
    """The dashboard passes ``None`` when countries.parquet is missing; the map still draws."""
    path = render(events, (layers[0], None), tmp_path / "no-neighbours.png")  # type: ignore[arg-type]
    with_neighbours = imread(render(events, layers, tmp_path / "with.png"))
    pixels = imread(path)
    assert pixels.shape == with_neighbours.shape and pixels[..., :3].std() > 0.1
    assert not (pixels == with_neighbours).all()


def test_empty_selection_still_renders(
    tmp_path: Path, events: pd.DataFrame, layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]
) -> None:
    nothing = EventFilter(date_from=date(2030, 1, 1), date_to=date(2030, 1, 31))
    path = render(events, layers, tmp_path / "empty.png", flt=nothing, measure="change")
    assert imread(path)[..., :3].std() > 0.05


def test_only_precise_events_in_kosovo_become_symbols(events: pd.DataFrame) -> None:
    symbols = event_symbols(events)
    precise = events[events["geo_precision"].isin([1, 2]) & events["in_aoi"]]
    assert symbols["count"].sum() == len(precise)
    assert set(symbols["type"]) == {"incident", "deployment"}
    only_imprecise = events[events["geo_precision"] >= 3]
    assert event_symbols(only_imprecise).empty


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"out_name": "map.svg"}, "pdf or .png"), ({"measure": "rainfall"}, "unknown measure")],
)
def test_bad_requests(
    tmp_path: Path,
    events: pd.DataFrame,
    layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame],
    kwargs: dict[str, str],
    message: str,
) -> None:
    out = tmp_path / kwargs.pop("out_name", "map.pdf")
    with pytest.raises(SnapshotError, match=message):
        render(events, layers, out, **kwargs)
    assert not out.exists()


def test_cli_snapshot_banner_from_environment(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    events: pd.DataFrame,
    layers: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame],
) -> None:
    from typer.testing import CliRunner

    import events.store as store_module
    from geo.boundaries import write_layer
    from sitmap.cli import app
    from sitmap.settings import get_settings

    settings = get_settings(data_dir=tmp_path / "data")
    write_layer(layers[0], settings.municipalities_path)
    write_layer(layers[1], settings.countries_path)
    monkeypatch.setenv("SITMAP_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("SITMAP_BANNER", "EXERCISE ONLY")
    queried: list[EventFilter | None] = []

    def load_events_frame(db: str, flt: EventFilter | None = None) -> pd.DataFrame:
        queried.append(flt)
        return events

    monkeypatch.setattr(store_module, "load_events_frame", load_events_frame)
    out = tmp_path / "brief.pdf"
    with matplotlib.rc_context({"pdf.compression": 0}):
        result = CliRunner().invoke(
            app,
            [
                "snapshot",
                "--out",
                str(out),
                "--from",
                "2023-06-01",
                "--to",
                "2023-06-30",
                "--measure",
                "incidents",
            ],
        )
    assert result.exit_code == 0, result.output
    text = pdf_text(out.read_bytes())
    assert text.count("EXERCISE ONLY") == 2 and "Incidents by municipality" in text
    # the store is read without the dates: earlier periods feed the change and surge baseline
    assert queried and queried[0] is not None and queried[0].date_from is None
    bad = CliRunner().invoke(
        app, ["snapshot", "--out", str(tmp_path / "x.pdf"), "--measure", "rain"]
    )
    assert bad.exit_code == 2 and "unknown measure" in bad.output
