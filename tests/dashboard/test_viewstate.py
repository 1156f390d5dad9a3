"""View state <-> URL query parameters."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.viewstate import ViewState, from_query_params, to_query_params
from events.filters import EventFilter

CODES = [f"{i:02d}" for i in range(1, 39)]
MEASURES = ["events", "incidents", "casualties"]


def test_round_trip_keeps_every_field() -> None:
    state = ViewState(
        filter=EventFilter(
            date_from=date(2023, 5, 1),
            date_to=date(2023, 6, 30),
            types=("incident",),
            subtypes=("riot", "barricade"),
            actors=("KFOR", "Kosovo Police"),
            municipalities=("30", "38"),
            min_confidence=0.55,
            geo_precisions=(1, 2),
        ),
        measure="casualties",
        drill="30",
        step="day",
        at=date(2023, 5, 29),
    )
    params = to_query_params(state)
    assert from_query_params(params, measures=MEASURES, municipality_codes=CODES) == state


def test_defaults_make_a_short_link() -> None:
    assert to_query_params(ViewState()) == {}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": ["bogus", "incident"]}, ViewState(filter=EventFilter(types=("incident",)))),
        ({"conf": ["7"]}, ViewState(filter=EventFilter(min_confidence=1.0))),
        ({"conf": ["x"], "prec": ["9", "3"]}, ViewState(filter=EventFilter(geo_precisions=(3,)))),
        (
            {"from": ["2023-06-30"], "to": ["2023-05-01"]},
            ViewState(filter=EventFilter(date_from=date(2023, 5, 1), date_to=date(2023, 6, 30))),
        ),
        ({"drill": ["99"], "measure": ["nope"], "step": ["year"], "at": ["soon"]}, ViewState()),
    ],
)
def test_bad_values_are_dropped(params: dict[str, list[str]], expected: ViewState) -> None:
    assert from_query_params(params, measures=MEASURES, municipality_codes=CODES) == expected


def test_drill_narrows_the_filter_to_one_municipality() -> None:
    state = ViewState(
        filter=EventFilter(municipalities=("12", "30"), types=("incident",)), drill="30"
    )
    assert state.effective_filter() == EventFilter(municipalities=("30",), types=("incident",))
