"""The folium map builder: offline assets, what is drawn where, escaping, page size."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from dashboard.mapview import (
    MapSpec,
    TileConfig,
    build_map,
    event_popup_html,
    iter_asset_links,
    page_payload_bytes,
    prepare_base_layers,
    standalone_html,
)
from geo.boundaries import load_countries, load_municipalities
from geo.synthetic import make_synthetic_events

URL = re.compile(r"""https?://[^\s"'<>)\\]+""")


@pytest.fixture(scope="module")
def layers(layers_data_dir: Path):  # noqa: ANN201 - (municipalities, countries, base)
    municipalities = load_municipalities(layers_data_dir / "build" / "municipalities.parquet")
    countries = load_countries(layers_data_dir / "build" / "countries.parquet")
    return municipalities, countries, prepare_base_layers(municipalities, countries)


@pytest.fixture()
def frame(make_frame, tmp_path: Path) -> pd.DataFrame:  # noqa: ANN001
    return make_frame(tmp_path)


def _counts(frame: pd.DataFrame) -> pd.Series:
    return frame.groupby("municipality_code").size()


def test_every_asset_is_served_by_the_app(layers, frame: pd.DataFrame) -> None:  # noqa: ANN001
    _, _, base = layers
    fmap, _ = build_map(frame, base, _counts(frame), MapSpec())
    links = list(iter_asset_links(fmap))
    assert links and all(link.startswith("/app/static/vendor/") for link in links)
    page = fmap.get_root().render()
    assert URL.findall(page) == []
    assert "d3" not in " ".join(links)


def test_tile_server_is_opt_in(layers, frame: pd.DataFrame) -> None:  # noqa: ANN001
    _, _, base = layers
    tiles = TileConfig(url="http://tiles.internal/{z}/{x}/{y}.png", attribution="Internal tiles")
    page = build_map(frame, base, _counts(frame), MapSpec(tiles=tiles))[0].get_root().render()
    assert "tiles.internal/{z}/{x}/{y}.png" in page
    assert "Internal tiles" in page


def test_precision_decides_how_an_event_is_drawn(layers, frame: pd.DataFrame) -> None:  # noqa: ANN001
    _, _, base = layers
    _, summary = build_map(frame, base, _counts(frame), MapSpec())
    assert summary.markers == 8  # precision 1-2
    assert summary.imprecise_events == 1  # ev-07, Zubin Potok drawn as the area
    assert summary.imprecise_municipalities == 1
    assert summary.unmapped_events == 1  # ev-08, country level


def test_marker_cap_keeps_the_most_recent(layers, frame: pd.DataFrame) -> None:  # noqa: ANN001
    _, _, base = layers
    fmap, summary = build_map(frame, base, _counts(frame), MapSpec(max_markers=3))
    assert (summary.markers, summary.markers_left_out) == (3, 5)
    page = fmap.get_root().render()
    assert "Gunmen attacked" in page  # ev-06, 2023-09-24, among the three newest precise ones
    assert "Residents gathered" not in page  # ev-04, 2023-05-31, left to the choropleth


def test_popup_escapes_article_text(frame: pd.DataFrame, payload: str) -> None:
    row = frame.set_index("event_id").loc["ev-09"].to_dict() | {"event_id": "ev-09"}
    popup = event_popup_html(row)
    assert payload not in popup
    assert "&lt;script&gt;" in popup
    rendered = event_popup_html(frame.set_index("event_id").loc["ev-06"].to_dict())
    assert "killed 4" in rendered and "Wire A, Portal C, Radio D" in rendered


def test_payload_stays_small_with_many_events(layers) -> None:  # noqa: ANN001
    municipalities, _, base = layers
    events = make_synthetic_events(20_000, municipalities=municipalities, seed=3)
    fmap, summary = build_map(events, base, _counts(events), MapSpec())
    assert summary.markers == 500  # the default cap
    assert page_payload_bytes(fmap) < 2_000_000


def test_standalone_html_inlines_the_assets(layers, frame: pd.DataFrame) -> None:  # noqa: ANN001
    _, _, base = layers
    fmap, _ = build_map(frame, base, _counts(frame), MapSpec())
    page = standalone_html(fmap)
    assert "/app/static/" not in page
    assert '<script src="' not in page and '<link rel="stylesheet"' not in page
    assert "L.markerClusterGroup" in page and "jQuery" in page


def test_surge_is_marked_on_the_label_and_in_the_popup(layers, frame: pd.DataFrame) -> None:  # noqa: ANN001
    _, _, base = layers
    fmap, summary = build_map(frame, base, _counts(frame), MapSpec(), surge=frozenset({"30"}))
    assert summary.surge_municipalities == 1
    page = fmap.get_root().render()
    assert page.count("at least twice the average") == 1
