"""What the sixth blind set's brief asks for, beyond the checks every set passes.

The shared checks (spans, overlaps, municipalities, the build, no copied eight-word runs) live in
``tests/evalsets``; here: twelve articles of 800-1,500 characters, two without events, Cyrillic
names, a misspelling, relative dates with a day publication date, several number forms, and
places outside Kosovo never labelled as Kosovo event sites.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

ARTICLES_PATH = Path(__file__).resolve().parents[2] / "eval" / "blind6" / "articles.jsonl"
OUTSIDE_KOSOVO = {"belgrade", "raska", "kraljevo", "brussels", "belgium", "the_hague", "kukes"}


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    lines = ARTICLES_PATH.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_twelve_articles_of_the_asked_length(articles: list[dict[str, Any]]) -> None:
    assert len(articles) == 12
    assert all(800 <= len(a["text"]) <= 1500 for a in articles), [
        (a["id"], len(a["text"])) for a in articles if not 800 <= len(a["text"]) <= 1500
    ]


def test_exactly_two_articles_have_no_event(articles: list[dict[str, Any]]) -> None:
    assert sorted(a["id"] for a in articles if not a["events"]) == ["b6-003", "b6-004"]


def test_cyrillic_names_and_a_misspelling_are_marked(articles: list[dict[str, Any]]) -> None:
    surfaces = {p["surface"] for a in articles for p in a["places"]}
    assert {"Косовска Митровица", "Звечан", "Зубин Поток"} <= surfaces
    assert "Leposavc" in surfaces


def test_relative_dates_have_a_day_publication_date(articles: list[dict[str, Any]]) -> None:
    relative = [
        (a["publication_date"], e["event_id"])
        for a in articles
        for e in a["events"]
        if e["date_basis"] == "relative_to_publication"
    ]
    assert relative
    for publication_date, event_id in relative:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", publication_date), event_id


def test_numbers_come_in_several_forms(articles: list[dict[str, Any]]) -> None:
    numbers = [n for a in articles for e in a["events"] for n in e["numbers"]]
    phrases = {n["phrase"] for n in numbers}
    assert any(n["value"] is None for n in numbers)
    assert any(n["qualifier"] in {"about", "around", "some"} for n in numbers)
    assert any(re.search(r"\d,\d{3}", p) for p in phrases)
    assert any(p.split()[0].lower() in {"three", "thirty"} for p in phrases)
    kinds = {n["kind"] for n in numbers}
    assert {"troops", "killed", "injured", "arrested", "attackers", "other"} <= kinds


def test_places_outside_kosovo_are_never_kosovo_event_sites(
    articles: list[dict[str, Any]],
) -> None:
    for article in articles:
        for event in article["events"]:
            if event["location_key"] in OUTSIDE_KOSOVO:
                assert event["location_in_kosovo"] is False, event["event_id"]
