"""Brief of the second blind set: south and east of Kosovo, confusable Serbian places, six types."""

from __future__ import annotations

import json
import re
from pathlib import Path

SET_FILE = Path(__file__).parents[2] / "eval" / "blind2" / "articles.jsonl"
ARTICLES = [json.loads(line) for line in SET_FILE.read_text(encoding="utf-8").splitlines()]
IDS = [article["id"] for article in ARTICLES]
PLACES = [place for article in ARTICLES for place in article["places"]]
EVENTS = [event for article in ARTICLES for event in article["events"]]


def test_set_size_and_lengths() -> None:
    assert 14 <= len(ARTICLES) <= 18
    assert len(set(IDS)) == len(IDS)
    assert all(article_id.startswith("bl-") for article_id in IDS)
    assert [a["id"] for a in ARTICLES if not 800 <= len(a["text"]) <= 1800] == []


def test_two_or_three_articles_have_no_event() -> None:
    assert 2 <= sum(1 for article in ARTICLES if not article["events"]) <= 3


def test_brief_coverage_south_east_and_confusables() -> None:
    canonicals = {place["canonical"] for place in PLACES}
    wanted = {
        "Pristina", "Prizren", "Gjilan", "Ferizaj", "Peja", "Gjakova", "Podujevo", "Kamenica",
        "Klina", "Dragash", "Rahovec", "Suhareka", "Malisheva", "Istog", "Junik",
        "Hani i Elezit", "Kaçanik", "Sremska Mitrovica", "Raška", "Novi Pazar", "Kuršumlija",
        "Vranje", "Belgrade", "Tirana", "Skopje", "Niš", "Podgorica",
    }  # fmt: skip
    assert wanted - canonicals == set()
    assert any(re.search("[\u0400-\u04ff]", place["surface"]) for place in PLACES)
    event_types = {event["type"] for event in EVENTS}
    assert {"protest", "clash", "arrest", "explosion", "deployment", "withdrawal"} <= event_types
