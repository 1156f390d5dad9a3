"""The curated overlay and corrections: well-formed rows that agree with the boundaries."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gazetteer.build import OVERLAY_PATH, PRIORITIES_PATH
from gazetteer.index import Gazetteer
from gazetteer.model import FEATURE_TYPES
from sitmap.settings import Settings

OVERLAY = pd.read_csv(OVERLAY_PATH, dtype=str, keep_default_na=False)


def test_overlay_rows_are_well_formed() -> None:
    assert OVERLAY["place_id"].is_unique and OVERLAY["place_id"].str.startswith("ov:").all()
    assert set(OVERLAY["feature_type"]) <= set(FEATURE_TYPES)
    assert set(OVERLAY["in_aoi"]) == {"true", "false"}
    assert set(OVERLAY["geo_precision"]) <= {"1", "2", "3", "4"}
    assert (OVERLAY["coord_source"].str.len() > 8).all()
    importance = OVERLAY["importance"].astype(float)
    assert ((importance > 0) & (importance <= 1)).all()


def test_rows_without_a_point_are_not_mapped() -> None:
    unplaced = OVERLAY[(OVERLAY["lat"] == "") & (OVERLAY["municipality_code"] == "none")]
    assert (unplaced["geo_precision"] == "4").all(), unplaced["place_id"].tolist()
    assert unplaced["coord_source"].str.contains("no verified coordinate").all()


def test_points_agree_with_the_municipality_polygons(gazetteer_settings: Settings) -> None:
    from geo.boundaries import assign_municipality, build_municipality_layer

    raw = gazetteer_settings.raw_dir / "boundaries"
    layer = build_municipality_layer(
        raw / "geoBoundaries-XKX-ADM2_simplified.topojson", raw / "xk_municipalities.csv"
    )
    placed = OVERLAY[(OVERLAY["lat"] != "") & (OVERLAY["feature_type"] != "country")]
    placed = placed[~placed["feature_type"].isin(["region", "river", "bridge"])]
    codes = assign_municipality(
        placed["lon"].astype(float).to_numpy(), placed["lat"].astype(float).to_numpy(), layer
    )
    inside = np.array([code is not None for code in codes])
    expected = (placed["in_aoi"] == "true").to_numpy()
    wrong = placed.loc[inside != expected, "place_id"].tolist()
    assert wrong == []


def test_corrections_point_at_existing_places(gazetteer: Gazetteer) -> None:
    table = pd.read_csv(PRIORITIES_PATH, dtype=str, keep_default_na=False)
    for row in table.itertuples(index=False):
        place = gazetteer.place(row.place_id)
        assert place is not None and place.importance == pytest.approx(float(row.importance))
        if row.municipality_code:
            assert place.municipality_code == row.municipality_code
