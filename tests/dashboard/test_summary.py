"""Indicators, timeline and table from the hand-made events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.summary import (
    compute_indicators,
    events_table,
    indicators_with_previous,
    previous_period,
    timeline_frame,
)
from events.filters import EventFilter


@pytest.fixture()
def frame(make_frame, tmp_path: Path) -> pd.DataFrame:  # noqa: ANN001
    return make_frame(tmp_path)


def test_previous_period_has_the_same_length() -> None:
    assert previous_period(date(2023, 5, 1), date(2023, 5, 31)) == (
        date(2023, 3, 31),
        date(2023, 4, 30),
    )
    assert previous_period(date(2023, 5, 29), date(2023, 5, 29)) == (
        date(2023, 5, 28),
        date(2023, 5, 28),
    )


def test_indicators_and_change(frame: pd.DataFrame) -> None:
    flt = EventFilter(date_from=date(2023, 5, 29), date_to=date(2023, 6, 1))
    current, before = indicators_with_previous(frame, flt)
    assert (current.events, current.incidents, current.deployments) == (4, 3, 1)
    assert current.troops == 700 and current.casualties == 30
    assert before is not None and before.events == 1  # ev-01 on 2023-05-26 (25-28 May)


def test_troops_use_the_midpoint_of_a_range(frame: pd.DataFrame) -> None:
    ranged = frame.copy()
    ranged.loc[ranged["event_id"] == "ev-03", ["troops_low", "troops_high"]] = [500.0, 700.0]
    assert compute_indicators(ranged).troops == 600 + 200


def test_timeline_counts_per_day_and_type(frame: pd.DataFrame) -> None:
    timeline = timeline_frame(frame)
    assert timeline["events"].sum() == 10
    day = timeline[timeline["day"] == pd.Timestamp("2023-09-29")]
    assert day.set_index("type")["events"].to_dict() == {"deployment": 1}


def test_table_flags_new_events_and_reads_lists(frame: pd.DataFrame) -> None:
    table = events_table(frame, new_since=None)
    assert not table["New"].any()
    assert table["Event id"].iloc[0] == "ev-08"  # newest first
    assert table.set_index("Event id").loc["ev-06", "Outlets"] == "Wire A, Portal C, Radio D"
    later = events_table(frame, new_since=pd.Timestamp("2023-09-30"))
    assert later["New"].all()  # every event was first seen on 2023-10-01


def test_choropleth_values_and_surge(frame: pd.DataFrame, layers_data_dir: Path) -> None:
    from dashboard.summary import choropleth
    from geo.boundaries import load_municipalities

    municipalities = load_municipalities(layers_data_dir / "build" / "municipalities.parquet")
    attack = frame[frame["event_id"] == "ev-06"]
    copies = pd.concat(
        [attack.assign(event_id=pd.array([f"ev-06-{i}"], dtype="string")) for i in range(2)]
    )
    busy = pd.concat([frame, copies], ignore_index=True)
    week = EventFilter(date_from=date(2023, 9, 24), date_to=date(2023, 9, 30))
    result = choropleth(busy, municipalities, week, "events")
    assert result.values["30"] == 3  # three attacks in Zvečan, none in the four weeks before
    assert result.values["29"] == 1  # Zubin Potok, known only by municipality
    assert result.surge == frozenset({"30"})
    with pytest.raises(ValueError, match="unknown map measure"):
        choropleth(busy, municipalities, week, "nonsense")
