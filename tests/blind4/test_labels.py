"""The fourth blind set is consistent, matches build.py, covers its brief and copies no text.

The consistency checks are the first held-out set's (``eval/heldout/check.py``), run on
``eval/blind4/articles.jsonl``; the rest is specific to this set.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"
BLIND4_DIR = EVAL_DIR / "blind4"


def _load(path: Path, name: str) -> ModuleType:
    """Import a script-folder module by path under a private name (no sys.path collisions)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


check = _load(EVAL_DIR / "heldout" / "check.py", "blind4_tests_heldout_check")
build = _load(BLIND4_DIR / "build.py", "blind4_tests_build")
ARTICLES: list[dict[str, Any]] = check.load_articles(BLIND4_DIR / "articles.jsonl")
IDS = [article["id"] for article in ARTICLES]
PLACES = [place for article in ARTICLES for place in article["places"]]
EVENTS = [event for article in ARTICLES for event in article["events"]]


@pytest.fixture(scope="module")
def municipality_names(mirror_dir: Path) -> frozenset[str]:
    return check.load_municipality_names(mirror_dir / "boundaries" / "xk_municipalities.csv")


def test_file_is_what_build_produces() -> None:
    rebuilt = [
        json.loads(json.dumps(build.build_article(spec), ensure_ascii=False))
        for spec in build.ARTICLES
    ]
    assert rebuilt == ARTICLES, "articles.jsonl is stale: run .venv/bin/python eval/blind4/build.py"


def test_set_size_and_lengths() -> None:
    assert 12 <= len(ARTICLES) <= 14
    assert len(set(IDS)) == len(IDS)
    assert all(article_id.startswith("b4-") for article_id in IDS)
    assert [a["id"] for a in ARTICLES if not 800 <= len(a["text"]) <= 1800] == []


def test_exactly_two_articles_have_no_event() -> None:
    assert sum(1 for article in ARTICLES if not article["events"]) == 2


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_spans_are_exact_and_disjoint(article: dict[str, Any]) -> None:
    assert check.check_spans(article) == []
    assert check.check_overlaps(article) == []


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_municipalities_are_among_the_38(
    article: dict[str, Any], municipality_names: frozenset[str]
) -> None:
    assert check.check_municipalities(article, municipality_names) == []


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_events_are_well_formed(article: dict[str, Any]) -> None:
    assert check.check_events(article) == []
    assert check.check_text_fields(article) == []


def test_whole_file_passes_every_check(municipality_names: frozenset[str]) -> None:
    assert check.check_all(ARTICLES, municipality_names) == []


def test_every_gold_place_row_is_used() -> None:
    used = {place["place_key"] for place in PLACES} | {
        event["location_key"] for event in EVENTS if event["location_key"]
    }
    assert set(build.GOLD_PLACES) - used == set()


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


def _shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_no_eight_word_run_is_shared_with_dev_seeds_or_earlier_sets(dev_dir: Path) -> None:
    others = check.load_articles(dev_dir / "articles.jsonl") + check.load_articles(
        dev_dir / "seeds.jsonl"
    )
    others += check.load_articles(EVAL_DIR / "heldout" / "articles.jsonl")
    for earlier in ("blind2", "blind3"):
        others += check.load_articles(EVAL_DIR / earlier / "articles.jsonl")
    seen = set().union(*(_shingles(other["text"]) for other in others))
    shared = {a["id"]: sorted(_shingles(a["text"]) & seen)[:3] for a in ARTICLES}
    assert {key: runs for key, runs in shared.items() if runs} == {}


def test_checks_catch_a_broken_span_and_an_unmarked_toponym() -> None:
    broken = json.loads(json.dumps(ARTICLES[0]))
    broken["places"][0]["start"] += 1
    assert check.check_spans(broken) != []
    assert check.check_unmarked({**broken, "places": []}, ["Kosovo"]) != []
