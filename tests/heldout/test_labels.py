"""The held-out set is internally consistent and matches what build.py produces from texts.py."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HELDOUT_DIR = Path(__file__).resolve().parents[2] / "eval" / "heldout"


def _load(name: str) -> ModuleType:
    """Import a module from eval/heldout (a script folder, not a package)."""
    if str(HELDOUT_DIR) not in sys.path:
        sys.path.insert(0, str(HELDOUT_DIR))
    spec = importlib.util.spec_from_file_location(f"heldout_{name}", HELDOUT_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _load("check")
build = _load("build")
ARTICLES: list[dict[str, Any]] = check.load_articles(HELDOUT_DIR / "articles.jsonl")
IDS = [article["id"] for article in ARTICLES]


@pytest.fixture(scope="module")
def municipality_names(mirror_dir: Path) -> frozenset[str]:
    return check.load_municipality_names(mirror_dir / "boundaries" / "xk_municipalities.csv")


def test_file_is_what_build_produces() -> None:
    rebuilt = [
        json.loads(json.dumps(build.build_article(spec), ensure_ascii=False))
        for spec in build.ARTICLES
    ]
    assert rebuilt == ARTICLES, (
        "articles.jsonl is stale: run .venv/bin/python eval/heldout/build.py"
    )


def test_set_size_and_lengths() -> None:
    assert 16 <= len(ARTICLES) <= 20
    assert len(set(IDS)) == len(IDS)
    too_short_or_long = [a["id"] for a in ARTICLES if not 800 <= len(a["text"]) <= 2000]
    assert too_short_or_long == []


def test_some_articles_have_no_event() -> None:
    assert any(not article["events"] for article in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_spans_are_exact(article: dict[str, Any]) -> None:
    assert check.check_spans(article) == []


@pytest.mark.parametrize("article", ARTICLES, ids=IDS)
def test_spans_do_not_overlap(article: dict[str, Any]) -> None:
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


def test_checks_catch_a_broken_span() -> None:
    broken = json.loads(json.dumps(ARTICLES[0]))
    broken["places"][0]["start"] += 1
    assert check.check_spans(broken) != []
    assert check.check_unmarked({**broken, "places": []}, ["Kosovo"]) != []


def test_checks_catch_a_bad_municipality(municipality_names: frozenset[str]) -> None:
    broken = json.loads(json.dumps(ARTICLES[0]))
    next(p for p in broken["places"] if p["municipality"])["municipality"] = "Mitrovica North"
    assert check.check_municipalities(broken, municipality_names) != []
