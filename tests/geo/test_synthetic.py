"""Synthetic events: schema, determinism and the promised mix, on the real municipality layer."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from events.schema import SUBTYPES_BY_TYPE, validate_events_frame
from geo.boundaries import assign_municipality, build_municipality_layer
from geo.synthetic import SyntheticEventsError, make_synthetic_events

NORTH = {"12", "29", "30", "38"}


@pytest.fixture(scope="module")
def municipalities(mirror_dir: Path) -> gpd.GeoDataFrame:
    boundaries = mirror_dir / "boundaries"
    return build_municipality_layer(
        boundaries / "geoBoundaries-XKX-ADM2_simplified.topojson",
        boundaries / "xk_municipalities.csv",
    )


@pytest.fixture(scope="module")
def events(municipalities: gpd.GeoDataFrame) -> pd.DataFrame:
    return make_synthetic_events(20_000, municipalities=municipalities, seed=7)


def test_schema_and_ids(events: pd.DataFrame) -> None:
    validate_events_frame(events)
    assert len(events) == 20_000
    assert events["event_id"].is_unique


def test_same_seed_same_frame(municipalities: gpd.GeoDataFrame) -> None:
    first = make_synthetic_events(500, municipalities=municipalities, seed=3)
    again = make_synthetic_events(500, municipalities=municipalities, seed=3)
    other = make_synthetic_events(500, municipalities=municipalities, seed=4)
    pd.testing.assert_frame_equal(first, again)
    assert not first["date"].equals(other["date"])


def test_every_subtype_present(events: pd.DataFrame) -> None:
    for event_type, subtypes in SUBTYPES_BY_TYPE.items():
        found = set(events.loc[events["type"] == event_type, "subtype"])
        assert found == set(subtypes)


def test_mostly_northern(events: pd.DataFrame) -> None:
    north = events["municipality_code"].isin(NORTH).fillna(False)
    assert north.mean() > 0.5


def test_precision_mix_and_coordinates(
    events: pd.DataFrame, municipalities: gpd.GeoDataFrame
) -> None:
    assert set(events["geo_precision"].unique()) == {1, 2, 3, 4}
    country = events[events["geo_precision"] == 4]
    assert country["lat"].isna().all() and country["municipality_code"].isna().all()
    assert country["in_aoi"].all()
    imprecise = events[events["geo_precision"] == 3]
    points = municipalities.set_index("municipality_code").geometry.representative_point()
    expected = points.loc[imprecise["municipality_code"].to_numpy()]
    assert np.allclose(imprecise["lon"].to_numpy(), expected.x.to_numpy())
    assert np.allclose(imprecise["lat"].to_numpy(), expected.y.to_numpy())


def test_points_fall_in_their_municipality(
    events: pd.DataFrame, municipalities: gpd.GeoDataFrame
) -> None:
    placed = events[events["in_aoi"] & events["geo_precision"].isin([1, 2, 3])]
    codes = assign_municipality(placed["lon"].to_numpy(), placed["lat"].to_numpy(), municipalities)
    assert (codes == placed["municipality_code"].to_numpy(dtype=object)).all()


def test_outside_events_are_outside(events: pd.DataFrame, municipalities: gpd.GeoDataFrame) -> None:
    outside = events[~events["in_aoi"]]
    assert len(outside) > 0 and outside["municipality_code"].isna().all()
    codes = assign_municipality(
        outside["lon"].to_numpy(), outside["lat"].to_numpy(), municipalities
    )
    assert all(code is None for code in codes)


def test_numbers_by_type(events: pd.DataFrame) -> None:
    deployments = events[events["type"] == "deployment"]
    incidents = events[events["type"] == "incident"]
    assert deployments["troops_low"].notna().mean() > 0.5
    assert incidents["troops_low"].isna().all()
    assert (deployments["troops_high"].dropna() >= deployments["troops_low"].dropna()).all()
    assert incidents["injured"].notna().any() and incidents["killed"].notna().any()
    arrests = incidents[incidents["subtype"] == "arrest"]
    assert arrests["arrested"].notna().mean() > 0.8


def test_layer_without_codes_is_refused(municipalities: gpd.GeoDataFrame) -> None:
    with pytest.raises(SyntheticEventsError, match="municipality_code"):
        make_synthetic_events(10, municipalities=municipalities.drop(columns="municipality_code"))
