"""Aggregation numbers on small hand-built event sets, expected values worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import box

from events.filters import EventFilter
from events.schema import EVENT_COLUMNS, validate_events_frame
from geo.aggregate import (
    AggregationError,
    UnmappedCounts,
    aggregate_by_municipality,
    count_unmapped,
    municipality_totals,
)

DEFAULTS: dict[str, object] = {
    "type": "incident",
    "subtype": "protest",
    "date_precision": "day",
    "place_id": None,
    "place": None,
    "lat": 42.9,
    "lon": 20.9,
    "in_aoi": True,
    "geo_precision": 1,
    "actors": "",
    "troops_low": np.nan,
    "troops_high": np.nan,
    "killed": np.nan,
    "injured": np.nan,
    "arrested": np.nan,
    "sentence": "hand-built",
    "confidence": 0.9,
    "n_sources": 1,
    "outlets": "Test",
}


def make_events(rows: list[dict[str, object]]) -> pd.DataFrame:
    """An events frame from partial rows; ``code`` sets municipality_code and its name."""
    records = []
    for i, row in enumerate(rows):
        record = {**DEFAULTS, **row, "event_id": f"e{i}"}
        code = record.pop("code", None)
        record["municipality_code"] = code
        record["municipality"] = None if code is None else f"M{code}"
        record["date"] = pd.Timestamp(record["date"])
        record["first_seen"] = record["date"]
        records.append(record)
    frame = pd.DataFrame.from_records(records, columns=list(EVENT_COLUMNS))
    return validate_events_frame(frame.astype(EVENT_COLUMNS))


@pytest.fixture(scope="module")
def layer() -> gpd.GeoDataFrame:
    """Three unit squares standing for municipalities 01, 02 and 03."""
    return gpd.GeoDataFrame(
        {"municipality_code": ["01", "02", "03"], "name_en": ["M01", "M02", "M03"]},
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1), box(2, 0, 3, 1)],
        crs="EPSG:4326",
    )


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return make_events(
        [
            # week of Monday 2024-01-01
            {
                "code": "01",
                "date": "2024-01-01",
                "subtype": "armed_clash",
                "killed": 1,
                "injured": 2,
            },
            {"code": "01", "date": "2024-01-03", "geo_precision": 3},
            {"code": None, "date": "2024-01-02", "in_aoi": False},  # outside Kosovo
            {"code": None, "date": "2024-01-02", "geo_precision": 4, "lat": np.nan, "lon": np.nan},
            {"code": None, "date": "2024-01-04"},  # in Kosovo, no municipality
            # week of Monday 2024-01-08
            {
                "code": "01",
                "date": "2024-01-08",
                "type": "deployment",
                "subtype": "deployment",
                "geo_precision": 2,
                "troops_low": 100,
                "troops_high": 200,
            },
            {"code": "01", "date": "2024-01-10", "subtype": "arrest", "arrested": 3},
            {
                "code": "02",
                "date": "2024-01-09",
                "type": "deployment",
                "subtype": "readiness_raised",
                "troops_low": 50,
            },
        ]
    )


def row(frame: pd.DataFrame, code: str, start: str) -> pd.Series:
    found = frame[
        (frame["municipality_code"] == code) & (frame["period_start"] == pd.Timestamp(start))
    ]
    assert len(found) == 1
    return found.iloc[0]


def test_weekly_grid_has_every_municipality_and_week(
    events: pd.DataFrame, layer: gpd.GeoDataFrame
) -> None:
    weekly = aggregate_by_municipality(events, layer, period="week")
    assert len(weekly) == 3 * 2
    assert sorted(weekly["period_start"].unique()) == [
        pd.Timestamp("2024-01-01"),
        pd.Timestamp("2024-01-08"),
    ]
    assert weekly["events"].sum() == 5  # the three unmapped events count nowhere


def test_weekly_counts_by_hand(events: pd.DataFrame, layer: gpd.GeoDataFrame) -> None:
    weekly = aggregate_by_municipality(events, layer, period="week")
    first = row(weekly, "01", "2024-01-01")
    assert (first["events"], first["incidents"], first["deployments"]) == (2, 2, 0)
    assert (first["precise"], first["imprecise"]) == (1, 1)
    assert (first["n_armed_clash"], first["n_protest"]) == (1, 1)
    assert (first["killed"], first["injured"], first["casualties"]) == (1.0, 2.0, 3.0)
    second = row(weekly, "01", "2024-01-08")
    assert (second["events"], second["deployments"], second["n_arrest"]) == (2, 1, 1)
    assert (second["troops_low"], second["troops_high"], second["troops_best"]) == (100, 200, 150)
    assert second["arrested"] == 3.0
    assert (second["prev_events"], second["change"]) == (2.0, 0.0)
    other = row(weekly, "02", "2024-01-08")
    # only a low figure: the range is 50..50
    assert (other["troops_low"], other["troops_high"], other["troops_best"]) == (50, 50, 50)
    assert (other["troops_reports"], other["prev_events"], other["change"]) == (1, 0.0, 1.0)
    empty = row(weekly, "03", "2024-01-08")
    assert (empty["events"], empty["troops_reports"], empty["troops_best"]) == (0, 0, 0.0)


def test_first_period_has_no_change(events: pd.DataFrame, layer: gpd.GeoDataFrame) -> None:
    weekly = aggregate_by_municipality(events, layer, period="week")
    first = row(weekly, "01", "2024-01-01")
    assert (
        np.isnan(first["prev_events"]) and np.isnan(first["change"]) and np.isnan(first["baseline"])
    )


def test_unmapped_events_reported_apart(events: pd.DataFrame, layer: gpd.GeoDataFrame) -> None:
    expected = UnmappedCounts(outside_aoi=1, country_level=1, no_municipality=1)
    assert count_unmapped(events) == expected
    assert aggregate_by_municipality(events, layer).attrs["unmapped"] == expected
    assert municipality_totals(events, layer).attrs["unmapped"] == expected


def test_unknown_code_is_not_counted(layer: gpd.GeoDataFrame) -> None:
    frame = make_events(
        [{"code": "99", "date": "2024-01-01"}, {"code": "01", "date": "2024-01-01"}]
    )
    weekly = aggregate_by_municipality(frame, layer)
    assert weekly["events"].sum() == 1
    assert weekly.attrs["unmapped"].no_municipality == 1


@pytest.mark.parametrize(
    ("period", "starts"),
    [
        ("day", ["2024-01-01", "2024-01-02", "2024-01-03"]),
        ("week", ["2024-01-01"]),
        ("month", ["2024-01-01"]),
    ],
)
def test_period_starts(layer: gpd.GeoDataFrame, period: str, starts: list[str]) -> None:
    frame = make_events(
        [{"code": "01", "date": "2024-01-01"}, {"code": "01", "date": "2024-01-03"}]
    )
    table = aggregate_by_municipality(frame, layer, period=period)  # type: ignore[arg-type]
    assert sorted(table["period_start"].unique()) == [pd.Timestamp(s) for s in starts]


def test_week_starts_on_monday_across_month_end(layer: gpd.GeoDataFrame) -> None:
    frame = make_events(
        [{"code": "01", "date": "2024-03-31"}, {"code": "01", "date": "2024-04-01"}]
    )
    weekly = aggregate_by_municipality(frame, layer, period="week")
    assert sorted(weekly["period_start"].unique()) == [
        pd.Timestamp("2024-03-25"),
        pd.Timestamp("2024-04-01"),
    ]
    monthly = aggregate_by_municipality(frame, layer, period="month")
    assert row(monthly, "01", "2024-03-01")["events"] == 1
    assert row(monthly, "01", "2024-04-01")["events"] == 1


def weekly_series(counts: list[int], *, anchor: bool = True) -> pd.DataFrame:
    """counts[i] events in municipality 01 in week i from Monday 2024-01-01.

    ``anchor`` adds one event in municipality 03 on 2024-01-01 so that the record starts there
    even when municipality 01 is quiet at first.
    """
    rows: list[dict[str, object]] = [{"code": "03", "date": "2024-01-01"}] if anchor else []
    for week, count in enumerate(counts):
        day = date(2024, 1, 1) + timedelta(weeks=week)
        rows.extend({"code": "01", "date": day.isoformat()} for _ in range(count))
    return make_events(rows)


@pytest.mark.parametrize(
    ("counts", "surge_min", "expected_last"),
    [
        ([1, 1, 1, 1, 4], 3, True),  # 4 >= 2 x 1 and >= 3
        ([1, 1, 1, 1, 3], 3, True),  # 3 >= 2 x 1 exactly
        ([2, 2, 1, 1, 2], 3, False),  # 2 < 3 (minimum) and below 2 x 1.5
        ([1, 1, 2, 2, 3], 3, True),  # baseline 1.5: 3 >= 2 x 1.5 and >= 3
        ([2, 2, 2, 2, 3], 3, False),  # baseline 2: 3 < 4
        ([0, 0, 0, 0, 2], 3, False),  # zero baseline but below the minimum
        ([0, 0, 0, 0, 2], 2, True),  # same with a minimum of 2
        ([3, 3, 3, 3, 5], 3, False),  # 5 < 2 x 3
    ],
)
def test_surge_rule(
    layer: gpd.GeoDataFrame, counts: list[int], surge_min: int, expected_last: bool
) -> None:
    weekly = aggregate_by_municipality(weekly_series(counts), layer, surge_min=surge_min)
    muni = weekly[weekly["municipality_code"] == "01"].sort_values("period_start")
    assert muni["surge"].tolist() == [False] * 4 + [expected_last]
    assert muni["baseline"].iloc[-1] == pytest.approx(sum(counts[:4]) / 4)


def test_no_surge_without_four_periods_of_record(layer: gpd.GeoDataFrame) -> None:
    weekly = aggregate_by_municipality(weekly_series([0, 0, 0, 0, 9], anchor=False), layer)
    muni = weekly[weekly["municipality_code"] == "01"]
    # nothing before week 5 in the data: the record starts there, so there is no baseline
    assert len(muni) == 1
    assert not muni["surge"].any()
    assert muni["baseline"].isna().all()


def test_filter_applies_to_events_and_date_keeps_history(
    events: pd.DataFrame, layer: gpd.GeoDataFrame
) -> None:
    deployments = aggregate_by_municipality(events, layer, flt=EventFilter(types=("deployment",)))
    assert deployments["events"].sum() == 2
    assert row(deployments, "01", "2024-01-08")["deployments"] == 1
    later = aggregate_by_municipality(events, layer, flt=EventFilter(date_from=date(2024, 1, 8)))
    assert later["period_start"].unique().tolist() == [pd.Timestamp("2024-01-08")]
    assert row(later, "01", "2024-01-08")["prev_events"] == 2.0


def test_totals_window_change_and_polygons(events: pd.DataFrame, layer: gpd.GeoDataFrame) -> None:
    flt = EventFilter(date_from=date(2024, 1, 8), date_to=date(2024, 1, 14))
    totals = municipality_totals(events, layer, flt)
    assert isinstance(totals, gpd.GeoDataFrame) and len(totals) == 3
    assert totals.geometry.equals(layer.geometry)
    first = totals.set_index("municipality_code").loc["01"]
    assert (first["events"], first["prev_events"], first["change"]) == (2, 2.0, 0.0)
    assert (first["precise"], first["imprecise"]) == (2, 0)
    # only one earlier week of record (the data start 2024-01-01): no surge baseline
    assert np.isnan(first["baseline"]) and not first["surge"]
    assert totals.attrs["window_start"] == date(2024, 1, 8)
    assert totals.attrs["window_end"] == date(2024, 1, 14)


def test_totals_surge_with_history(layer: gpd.GeoDataFrame) -> None:
    frame = weekly_series([1, 1, 1, 1, 6])
    flt = EventFilter(date_from=date(2024, 1, 29), date_to=date(2024, 2, 4))
    first = municipality_totals(frame, layer, flt).set_index("municipality_code").loc["01"]
    assert (first["events"], first["baseline"], first["change"], first["surge"]) == (
        6,
        1.0,
        5.0,
        True,
    )


def test_totals_open_window_has_no_trend(events: pd.DataFrame, layer: gpd.GeoDataFrame) -> None:
    totals = municipality_totals(events, layer).set_index("municipality_code")
    assert totals.loc["01", "events"] == 4
    assert totals["change"].isna().all() and not totals["surge"].any()


def test_empty_frame(layer: gpd.GeoDataFrame) -> None:
    empty = make_events([])
    assert aggregate_by_municipality(empty, layer).empty
    totals = municipality_totals(empty, layer)
    assert len(totals) == 3 and totals["events"].sum() == 0


def test_bad_period(events: pd.DataFrame, layer: gpd.GeoDataFrame) -> None:
    with pytest.raises(AggregationError, match="period"):
        aggregate_by_municipality(events, layer, period="year")  # type: ignore[arg-type]


def test_undated_events_belong_to_no_period(layer: gpd.GeoDataFrame) -> None:
    frame = make_events(
        [{"code": "01", "date": "2024-01-01"}, {"code": "01", "date": "2024-01-02"}]
    )
    frame.loc[1, "date"] = pd.NaT
    weekly = aggregate_by_municipality(frame, layer)
    assert weekly["events"].sum() == 1 and weekly.attrs["undated"] == 1
    # without dates in the filter the undated event is part of the selection ...
    assert municipality_totals(frame, layer).set_index("municipality_code").loc["01", "events"] == 2
    # ... with dates it is not (as apply_filter decides)
    dated = municipality_totals(frame, layer, EventFilter(date_from=date(2024, 1, 1)))
    assert dated.set_index("municipality_code").loc["01", "events"] == 1


def test_unmapped_counts_follow_the_selected_dates(
    events: pd.DataFrame, layer: gpd.GeoDataFrame
) -> None:
    later = EventFilter(date_from=date(2024, 1, 8), date_to=date(2024, 1, 14))
    # all three unmapped events are dated in the first week
    assert municipality_totals(events, layer, later).attrs["unmapped"].total == 0
    assert aggregate_by_municipality(events, layer, flt=later).attrs["unmapped"].total == 0


def test_geo_modules_never_import_streamlit() -> None:
    import subprocess
    import sys

    code = (
        "import sys, geo.aggregate, geo.export, geo.snapshot, geo.synthetic, geo.cli; "
        "sys.exit('streamlit' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
