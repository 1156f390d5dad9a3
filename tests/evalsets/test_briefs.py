"""Brief demands that several sets share, checked once for each set whose brief made them.

A set's own demands (its size, the places and spelling variants it must cover) are tested in
``tests/<set>/test_brief.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"
# Sets whose brief asks for number kinds and for Serbian-side military build-up kept out of Kosovo.
NUMBERS_AND_SIDES_SETS = ["blind3", "blind4"]


def _events(name: str) -> list[dict[str, Any]]:
    with (EVAL_DIR / name / "articles.jsonl").open(encoding="utf-8") as handle:
        return [event for line in handle for event in json.loads(line)["events"]]


@pytest.mark.parametrize("name", NUMBERS_AND_SIDES_SETS)
def test_no_event_of_serbian_troops_is_placed_in_kosovo(name: str) -> None:
    serbian_side = [
        event["event_id"]
        for event in _events(name)
        if event["type"] == "military_buildup" and event["location_in_kosovo"]
    ]
    assert serbian_side == []


@pytest.mark.parametrize("name", NUMBERS_AND_SIDES_SETS)
def test_numbers_cover_exact_approximate_vague_and_zero(name: str) -> None:
    numbers = [number for event in _events(name) for number in event["numbers"]]
    assert any(n["value"] is None for n in numbers)
    assert any(n["value"] == 0 for n in numbers)
    assert any(n["qualifier"] in {"about", "around", "some"} for n in numbers)
    assert any(n["qualifier"] is None and n["value"] for n in numbers)
