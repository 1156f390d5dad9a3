"""Consistency checks for a labelled article file in the dev-set schema.

The checks are those the dev README lists (exact spans, no overlaps, municipalities among the 38)
plus a sweep for unmarked occurrences of known toponyms. Each check returns a list of problems
as readable strings, so a test can assert the list is empty and print it when not.

Run: ``.venv/bin/python eval/heldout/check.py [articles.jsonl] [xk_municipalities.csv]``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

HERE = Path(__file__).resolve().parent
DEFAULT_ARTICLES: Final = HERE / "articles.jsonl"
DEFAULT_MUNICIPALITIES: Final = (
    HERE.parents[2] / "shared" / "data" / "kosovo" / "boundaries" / "xk_municipalities.csv"
)

EVENT_TYPES: Final = frozenset(
    {
        "clash",
        "armed_attack",
        "protest",
        "barricade",
        "explosion",
        "arrest",
        "deployment",
        "withdrawal",
        "military_buildup",
        "political_statement",
        "other",
    }
)
# The dev set spells three municipalities differently from the boundary file's name_en column.
DEV_SPELLINGS: Final = {"Podujevo": "Podujeva", "Vitia": "Viti", "Mitrovica": "Mitrovica (South)"}
# Toponyms swept for even when no article marks them (so a forgotten one is caught).
EXTRA_SURFACES: Final = (
    "Kosovo",
    "Serbia",
    "Belgrade",
    "Pristina",
    "Mitrovica",
    "Albania",
    "Tirana",
    "Skopje",
    "Brussels",
    "Washington",
    "U.S.",
    "US",
    "United States",
    "Europe",
    "Russia",
    "Moscow",
    "London",
    "Britain",
    "Hungary",
    "Italy",
    "North Macedonia",
    "Macedonia",
    "Montenegro",
)
USAGES: Final = frozenset({"locative", "metonymic", "dateline", "in_name", "other"})


class LabelFileError(ValueError):
    """The labelled file or the municipality table cannot be read; the message names the file."""


def load_articles(path: Path) -> list[dict[str, Any]]:
    """Read a JSON-lines article file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LabelFileError(f"cannot read {path}: {exc}; run eval/heldout/build.py") from exc
    return [json.loads(line) for line in lines if line.strip()]


def load_municipality_names(csv_path: Path) -> frozenset[str]:
    """The 38 English names of the boundary file, plus the dev set's spellings of three of them."""
    try:
        with csv_path.open(encoding="utf-8") as handle:
            names = {row["name_en"] for row in csv.DictReader(handle)}
    except (OSError, KeyError) as exc:
        raise LabelFileError(f"cannot read name_en from {csv_path}: {exc}") from exc
    if len(names) != 38:
        raise LabelFileError(f"{csv_path} has {len(names)} municipality names, expected 38")
    return frozenset(names | {alias for alias, name in DEV_SPELLINGS.items() if name in names})


def check_spans(article: dict[str, Any]) -> list[str]:
    """Every place and non-place span matches its surface; evidence and phrases are exact."""
    text = article["text"]
    problems = []
    for mention in article["places"] + article["non_place_mentions"]:
        if text[mention["start"] : mention["end"]] != mention["surface"]:
            problems.append(
                f"{article['id']}: span {mention['start']}-{mention['end']}"
                f" is not {mention['surface']!r}"
            )
    for event in article["events"]:
        start, end = event["evidence_span"]
        if text[start:end] != event["evidence"]:
            problems.append(f"{event['event_id']}: evidence_span does not hold the evidence")
        for number in event["numbers"]:
            p_start, p_end = number["phrase_span"]
            if text[p_start:p_end] != number["phrase"]:
                problems.append(
                    f"{event['event_id']}: phrase_span does not hold {number['phrase']!r}"
                )
    return problems


def check_overlaps(article: dict[str, Any]) -> list[str]:
    """No two place / non-place spans overlap."""
    spans = sorted(
        (m["start"], m["end"], m["surface"])
        for m in article["places"] + article["non_place_mentions"]
    )
    return [
        f"{article['id']}: {first[2]!r} at {first[0]} overlaps {second[2]!r} at {second[0]}"
        for first, second in zip(spans, spans[1:], strict=False)
        if second[0] < first[1]
    ]


def check_municipalities(article: dict[str, Any], names: frozenset[str]) -> list[str]:
    """Municipalities are among the 38; sub-national Kosovo places have one or an ambiguity flag."""
    problems = []
    for place in article["places"]:
        for name in [place["municipality"], *place.get("municipality_candidates", [])]:
            if name is not None and name not in names:
                problems.append(
                    f"{article['id']}: municipality {name!r} of {place['surface']!r}"
                    " is not one of the 38"
                )
        sub_national = place["in_kosovo"] and place["place_type"] not in {"country", "region"}
        if (
            sub_national
            and place["municipality"] is None
            and not place.get("municipality_ambiguous")
        ):
            problems.append(
                f"{article['id']}: {place['surface']!r} at {place['start']} lacks a municipality"
            )
        if place["usage"] not in USAGES:
            problems.append(
                f"{article['id']}: usage {place['usage']!r} of {place['surface']!r} is unknown"
            )
    for event in article["events"]:
        name = event["location_municipality"]
        if name is not None and name not in names:
            problems.append(
                f"{event['event_id']}: location_municipality {name!r} is not one of the 38"
            )
    return problems


def check_events(article: dict[str, Any]) -> list[str]:
    """Event ids are unique and prefixed by the article id; types are from the schema."""
    problems = []
    ids = [event["event_id"] for event in article["events"]]
    if len(ids) != len(set(ids)):
        problems.append(f"{article['id']}: duplicate event ids")
    for event in article["events"]:
        if not event["event_id"].startswith(article["id"] + "-e"):
            problems.append(f"{event['event_id']}: id does not start with {article['id']}-e")
        if event["type"] not in EVENT_TYPES:
            problems.append(f"{event['event_id']}: unknown type {event['type']!r}")
        if (event["type"] == "other") != bool(event["subtype"]):
            problems.append(f"{event['event_id']}: subtype must be set exactly for type 'other'")
        if event["date"] is None and event["date_range"] is None:
            problems.append(f"{event['event_id']}: neither date nor date_range")
    return problems


def check_text_fields(article: dict[str, Any]) -> list[str]:
    """text_chars and text_sha256 describe the text."""
    text = article["text"]
    problems = []
    if article["text_chars"] != len(text):
        problems.append(f"{article['id']}: text_chars {article['text_chars']} != {len(text)}")
    if article["text_sha256"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
        problems.append(f"{article['id']}: text_sha256 does not match the text")
    return problems


def check_unmarked(article: dict[str, Any], surfaces: Iterable[str]) -> list[str]:
    """Every whole-word occurrence of a known toponym surface lies inside some annotated span."""
    text = article["text"]
    covered = [(m["start"], m["end"]) for m in article["places"] + article["non_place_mentions"]]
    problems = []
    for surface in surfaces:
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if not any(start <= match.start() and match.end() <= end for start, end in covered):
                problems.append(f"{article['id']}: unmarked {surface!r} at {match.start()}")
    return problems


def check_all(articles: list[dict[str, Any]], municipality_names: frozenset[str]) -> list[str]:
    """Run every check over every article; an empty list means the file is consistent."""
    surfaces = {place["surface"] for article in articles for place in article["places"]} | set(
        EXTRA_SURFACES
    )
    problems = []
    if len({a["id"] for a in articles}) != len(articles):
        problems.append("duplicate article ids")
    for article in articles:
        problems += check_spans(article)
        problems += check_overlaps(article)
        problems += check_municipalities(article, municipality_names)
        problems += check_events(article)
        problems += check_text_fields(article)
        problems += check_unmarked(article, surfaces)
    return problems


def main(argv: list[str]) -> int:
    """Print problems and return 1 if any, else print a summary and return 0."""
    articles_path = Path(argv[1]) if len(argv) > 1 else DEFAULT_ARTICLES
    municipalities_path = Path(argv[2]) if len(argv) > 2 else DEFAULT_MUNICIPALITIES
    articles = load_articles(articles_path)
    problems = check_all(articles, load_municipality_names(municipalities_path))
    for problem in problems:
        print(problem)
    if problems:
        return 1
    n_places = sum(len(a["places"]) for a in articles)
    n_events = sum(len(a["events"]) for a in articles)
    print(f"{len(articles)} articles, {n_places} places, {n_events} events: all checks pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
