"""Every labelled set under eval/ is consistent, is what its build makes, and copies no text.

Sets are discovered as the folders of ``eval/`` that hold an ``articles.jsonl``, so a new set is
checked as soon as it is built. What a set's brief asks for (sizes, coverage, number kinds) is
tested beside it in ``tests/<set>/``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"
if str(EVAL_DIR) not in sys.path:
    sys.path.insert(0, str(EVAL_DIR))

import labelkit  # noqa: E402

SET_DIRS = labelkit.discover_sets(EVAL_DIR)
SET_NAMES = [folder.name for folder in SET_DIRS]
FILES: dict[str, list[dict[str, Any]]] = {
    folder.name: labelkit.load_articles(folder / "articles.jsonl") for folder in SET_DIRS
}
ARTICLE_CASES = [
    pytest.param(article, id=f"{name}/{article['id']}")
    for name, articles in FILES.items()
    for article in articles
]


@pytest.fixture(scope="module")
def municipality_names(mirror_dir: Path) -> frozenset[str]:
    return labelkit.load_municipality_names(mirror_dir / "boundaries" / "xk_municipalities.csv")


def test_the_known_sets_are_discovered() -> None:
    assert {"heldout", "blind2", "blind3", "blind4"} <= set(SET_NAMES)


@pytest.mark.parametrize("folder", SET_DIRS, ids=SET_NAMES)
def test_file_is_what_build_produces(folder: Path) -> None:
    rebuilt = labelkit.load_set(folder).build()
    stale = f"{folder.name}/articles.jsonl is stale: run eval/{folder.name}/build.py"
    assert json.loads(json.dumps(rebuilt, ensure_ascii=False)) == FILES[folder.name], stale
    serialised = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in rebuilt)
    assert serialised == (folder / "articles.jsonl").read_text(encoding="utf-8"), stale


@pytest.mark.parametrize("name", SET_NAMES)
def test_article_ids_are_unique(name: str) -> None:
    ids = [article["id"] for article in FILES[name]]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("article", ARTICLE_CASES)
def test_spans_are_exact(article: dict[str, Any]) -> None:
    assert labelkit.check_spans(article) == []


@pytest.mark.parametrize("article", ARTICLE_CASES)
def test_spans_do_not_overlap(article: dict[str, Any]) -> None:
    assert labelkit.check_overlaps(article) == []


@pytest.mark.parametrize("article", ARTICLE_CASES)
def test_municipalities_are_among_the_38(
    article: dict[str, Any], municipality_names: frozenset[str]
) -> None:
    assert labelkit.check_municipalities(article, municipality_names) == []


@pytest.mark.parametrize("article", ARTICLE_CASES)
def test_events_are_well_formed(article: dict[str, Any]) -> None:
    assert labelkit.check_events(article) == []
    assert labelkit.check_text_fields(article) == []


@pytest.mark.parametrize("name", SET_NAMES)
def test_whole_file_passes_every_check(name: str, municipality_names: frozenset[str]) -> None:
    assert labelkit.check_all(FILES[name], municipality_names) == []


@pytest.mark.parametrize("folder", SET_DIRS, ids=SET_NAMES)
def test_every_gold_place_row_is_used(folder: Path) -> None:
    articles = FILES[folder.name]
    used = {place["place_key"] for article in articles for place in article["places"]} | {
        event["location_key"]
        for article in articles
        for event in article["events"]
        if event["location_key"]
    }
    assert set(labelkit.load_set(folder).gold_places) - used == set()


@pytest.mark.parametrize("name", SET_NAMES)
def test_checks_catch_a_broken_span_and_an_unmarked_toponym(name: str) -> None:
    broken = json.loads(json.dumps(FILES[name][0]))
    broken["places"][0]["start"] += 1
    assert labelkit.check_spans(broken) != []
    assert labelkit.check_unmarked({**broken, "places": []}, ["Kosovo"]) != []


@pytest.mark.parametrize("name", SET_NAMES)
def test_checks_catch_a_bad_municipality(name: str, municipality_names: frozenset[str]) -> None:
    broken = json.loads(json.dumps(FILES[name][0]))
    next(p for p in broken["places"] if p["municipality"])["municipality"] = "Mitrovica North"
    assert labelkit.check_municipalities(broken, municipality_names) != []


def test_markup_errors_name_the_article() -> None:
    gold = {"pristina": labelkit.GoldPlace("Pristina", "city", True, "Pristina", 42.67, 21.17)}
    with pytest.raises(labelkit.MarkupError, match="x-1: unknown place_key 'zvecan'"):
        labelkit.strip_marks("x-1", "Police in [Zvečan|zvecan] said.", gold)
    spec = {"evidence": "said", "type": "other", "basis": "publication_date"}
    with pytest.raises(labelkit.MarkupError, match="x-1: 'said' occurs 2 times"):
        labelkit.build_event("x-1", 1, spec, "Pristina said, and Belgrade said.", gold)
    assert labelkit.plain_text("Police in [Priština|pristina|M] and {Serbs|e}.") == (
        "Police in Priština and Serbs."
    )


COPY_CASES = list(SET_NAMES)


@pytest.fixture(scope="module")
def copied_runs(dev_dir: Path) -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """Per set and article, up to 3 runs of 8 words also found in dev, seeds or another set."""
    outside = labelkit.load_articles(dev_dir / "articles.jsonl")
    outside += labelkit.load_articles(dev_dir / "seeds.jsonl")
    outside_runs = set().union(*(labelkit.word_runs(other["text"]) for other in outside))
    runs_by_set = {
        name: set().union(*(labelkit.word_runs(a["text"]) for a in articles))
        for name, articles in FILES.items()
    }
    copied: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for name, articles in FILES.items():
        seen = outside_runs.union(*(runs for other, runs in runs_by_set.items() if other != name))
        runs = {a["id"]: sorted(labelkit.word_runs(a["text"]) & seen)[:3] for a in articles}
        copied[name] = {article_id: found for article_id, found in runs.items() if found}
    return copied


@pytest.mark.parametrize("name", COPY_CASES)
def test_no_eight_word_run_is_shared_with_dev_seeds_or_another_set(
    name: str, copied_runs: dict[str, dict[str, list[tuple[str, ...]]]]
) -> None:
    """Each set was written in its own words: no run of 8 words from dev, seeds or another set."""
    assert copied_runs[name] == {}
