"""Brief of the fourth blind set: the north, crossings, spelling variants, every event type."""

from __future__ import annotations

import json
import re
from pathlib import Path

SET_FILE = Path(__file__).parents[2] / "eval" / "blind4" / "articles.jsonl"
ARTICLES = [json.loads(line) for line in SET_FILE.read_text(encoding="utf-8").splitlines()]
IDS = [article["id"] for article in ARTICLES]
PLACES = [place for article in ARTICLES for place in article["places"]]
EVENTS = [event for article in ARTICLES for event in article["events"]]


def test_set_size_and_lengths() -> None:
    assert 12 <= len(ARTICLES) <= 14
    assert len(set(IDS)) == len(IDS)
    assert all(article_id.startswith("b4-") for article_id in IDS)
    assert [a["id"] for a in ARTICLES if not 800 <= len(a["text"]) <= 1800] == []


def test_exactly_two_articles_have_no_event() -> None:
    assert sum(1 for article in ARTICLES if not article["events"]) == 2


def test_brief_coverage_places_variants_and_confusables() -> None:
    canonicals = {place["canonical"] for place in PLACES}
    wanted = {
        "North Mitrovica", "Mitrovica", "Pristina", "Zvečan", "Leposavić", "Zubin Potok",
        "Banjska", "Varage", "Jarinje", "Brnjak", "Merdare", "Obiliq", "Gračanica", "Štrpce",
        "Ranilug", "Ferizaj", "Gjilan", "Peja", "Gjakova", "Prizren", "Raška", "Novi Pazar",
        "Tutin", "Kuršumlija", "Vranje", "Bujanovac", "Preševo", "Belgrade", "Moscow",
    }  # fmt: skip
    assert wanted - canonicals == set()
    assert sum(bool(re.search("[\u0400-\u04ff]", place["surface"])) for place in PLACES) >= 3
    surfaces = {place["surface"] for place in PLACES}
    assert {
        "Zubin Potock",
        "Bernjak",
        "Leposaviq",
        "Zveçan",
        "Mitrovicë e Veriut",
        "Uroševac",
    } <= surfaces
    event_types = {event["type"] for event in EVENTS}
    assert {
        "protest", "clash", "arrest", "explosion", "deployment", "withdrawal", "barricade",
        "armed_attack", "military_buildup", "political_statement", "other",
    } <= event_types  # fmt: skip
