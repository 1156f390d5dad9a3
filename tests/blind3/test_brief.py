"""The third blind set covers its brief: size, places, spelling variants, number kinds.

The label checks shared by every set (spans, municipalities, events, "the file is what build.py
makes", the no-copy check) run in ``tests/evalsets/test_labels.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ARTICLES_PATH = Path(__file__).resolve().parents[2] / "eval" / "blind3" / "articles.jsonl"
ARTICLES: list[dict[str, Any]] = [
    json.loads(line) for line in ARTICLES_PATH.read_text(encoding="utf-8").splitlines()
]
IDS = [article["id"] for article in ARTICLES]
PLACES = [place for article in ARTICLES for place in article["places"]]
EVENTS = [event for article in ARTICLES for event in article["events"]]


def test_set_size_and_lengths() -> None:
    assert 14 <= len(ARTICLES) <= 18
    assert len(set(IDS)) == len(IDS)
    assert all(article_id.startswith("b3-") for article_id in IDS)
    assert [a["id"] for a in ARTICLES if not 800 <= len(a["text"]) <= 1800] == []


def test_exactly_two_articles_have_no_event() -> None:
    assert sum(1 for article in ARTICLES if not article["events"]) == 2


def test_brief_coverage_places_variants_and_confusables() -> None:
    canonicals = {place["canonical"] for place in PLACES}
    wanted = {
        "North Mitrovica", "Mitrovica", "Pristina", "Podujevo", "Vushtrri", "Gjilan", "Ferizaj",
        "Štrpce", "Prizren", "Peja", "Gjakova", "Deçan", "Istog", "Klina", "Skenderaj", "Lipjan",
        "Kamenica", "Novo Brdo", "Sremska Mitrovica", "Raška", "Novi Pazar", "Kuršumlija",
        "Belgrade", "Niš", "Tirana", "Skopje",
    }  # fmt: skip
    assert wanted - canonicals == set()
    assert sum(bool(re.search("[\u0400-\u04ff]", place["surface"])) for place in PLACES) >= 3
    surfaces = {place["surface"] for place in PLACES}
    assert {"Gjillan", "Vushtri", "Leposaviq", "Peć", "Đakovica", "Shtërpcë"} <= surfaces
    event_types = {event["type"] for event in EVENTS}
    assert {
        "protest", "clash", "arrest", "explosion", "deployment", "withdrawal", "barricade",
        "armed_attack", "military_buildup", "political_statement", "other",
    } <= event_types  # fmt: skip


def test_no_event_of_serbian_troops_is_placed_in_kosovo() -> None:
    serbian_side = [
        event["event_id"]
        for event in EVENTS
        if event["type"] == "military_buildup" and event["location_in_kosovo"]
    ]
    assert serbian_side == []


def test_numbers_cover_exact_approximate_vague_and_zero() -> None:
    numbers = [number for event in EVENTS for number in event["numbers"]]
    assert any(n["value"] is None for n in numbers)
    assert any(n["value"] == 0 for n in numbers)
    assert any(n["qualifier"] in {"about", "around", "some"} for n in numbers)
    assert any(n["qualifier"] is None and n["value"] for n in numbers)
