"""Shared toolkit for the labelled evaluation sets under ``eval/`` (heldout, blind2, ...).

Each set folder holds only its data: ``texts.py`` (``ARTICLES``, marked-up texts, and
``SET_LABEL``, the set's name in provenance fields) and ``places.py`` (``GOLD_PLACES``). This
module turns them into ``articles.jsonl`` in the dev-set schema and checks such a file, so the
parser, the offset computation, the writer and the checks live once.

Mark syntax, so that offsets are computed, never typed by hand: ``[surface|place_key]`` or
``[surface|place_key|U]`` or ``[surface|place_key|U|k=v;k=v]`` for a place mention (U is the
usage: L locative, M metonymic, D dateline, N in_name, O other; extras ``type=municipality``,
``mun=<name>``, ``mun=none``, ``amb=1`` to flag a set municipality as ambiguous,
``note=<text>``), and ``{surface|n}`` / ``{surface|e}`` for an excluded name / ethnonym. Event
evidence and number phrases are located in the plain text by exact search.

Run: ``.venv/bin/python eval/labelkit.py build heldout blind2`` (or a set's own ``build.py``);
``.venv/bin/python eval/labelkit.py check eval/blind2/articles.jsonl [xk_municipalities.csv]``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Final

EVAL_DIR: Final = Path(__file__).resolve().parent
DEFAULT_MUNICIPALITIES: Final = (
    EVAL_DIR.parents[1] / "shared" / "data" / "kosovo" / "boundaries" / "xk_municipalities.csv"
)


@dataclass(frozen=True)
class GoldPlace:
    """The labels every mention of one place shares (one row of a set's ``places.py``)."""

    canonical: str
    place_type: str
    in_kosovo: bool
    municipality: str | None = None
    lat: float | None = None
    lon: float | None = None
    municipality_candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelSet:
    """One evaluation set's data as read from its folder: specs, gold places and its label."""

    folder: Path
    set_label: str
    articles: tuple[dict[str, Any], ...]
    gold_places: Mapping[str, GoldPlace]

    @property
    def name(self) -> str:
        """The folder name (``heldout``, ``blind2``, ...)."""
        return self.folder.name

    @property
    def articles_path(self) -> Path:
        """Where the built file lives."""
        return self.folder / "articles.jsonl"

    def build(self) -> list[dict[str, Any]]:
        """Every article record, in the order of ``texts.py``."""
        return [build_article(spec, self.gold_places, self.set_label) for spec in self.articles]


USAGE_CODES: Final = {
    "L": "locative", "M": "metonymic", "D": "dateline", "N": "in_name", "O": "other"
}  # fmt: skip
MARK = re.compile(
    r"\[([^\[\]|]+)\|([a-z_]+)(?:\|([LMDNO]))?(?:\|([^\]]*))?\]|\{([^{}|]+)\|([ne])\}"
)


class MarkupError(ValueError):
    """A marked-up text or an event spec in texts.py is inconsistent; the message names the id."""


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


def plain_text(marked: str) -> str:
    """Drop the marks of a sentence so that it can serve as event evidence in ``texts.py``."""
    return MARK.sub(lambda m: m.group(1) or m.group(5), marked)


def _load_module(path: Path, name: str) -> ModuleType:
    """Import a script-folder module by path under a private name (set folders share names)."""
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise LabelFileError(f"cannot import {path}; is the set folder complete?")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def load_set(folder: Path) -> LabelSet:
    """Read ``texts.py`` and ``places.py`` of one set folder."""
    folder = folder.resolve()
    if str(EVAL_DIR) not in sys.path:
        sys.path.insert(0, str(EVAL_DIR))  # data modules import GoldPlace / plain_text from here
    places = _load_module(folder / "places.py", f"evalset_{folder.name}_places")
    texts = _load_module(folder / "texts.py", f"evalset_{folder.name}_texts")
    return LabelSet(
        folder=folder,
        set_label=texts.SET_LABEL,
        articles=tuple(texts.ARTICLES),
        gold_places=places.GOLD_PLACES,
    )


def discover_sets(eval_dir: Path = EVAL_DIR) -> list[Path]:
    """Every set folder under ``eval_dir``: those holding an ``articles.jsonl``, sorted by name."""
    return sorted(path.parent for path in eval_dir.glob("*/articles.jsonl"))


def write_set(label_set: LabelSet) -> Path:
    """Write the set's ``articles.jsonl`` (one JSON object a line, UTF-8 kept as is)."""
    records = label_set.build()
    with label_set.articles_path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return label_set.articles_path


def _parse_extras(raw: str | None) -> dict[str, str]:
    if not raw:
        return {}
    return dict(part.split("=", 1) for part in raw.split(";") if part)


def _place_record(
    surface: str,
    start: int,
    key: str,
    usage: str,
    extras: dict[str, str],
    article_id: str,
    gold_places: Mapping[str, GoldPlace],
) -> dict[str, Any]:
    if key not in gold_places:
        raise MarkupError(f"{article_id}: unknown place_key {key!r}; add it to places.py")
    gold = gold_places[key]
    record: dict[str, Any] = {
        "surface": surface,
        "start": start,
        "end": start + len(surface),
        "canonical": gold.canonical,
        "place_key": key,
        "place_type": extras.get("type", gold.place_type),
        "in_kosovo": gold.in_kosovo,
        "municipality": gold.municipality,
        "lat": gold.lat,
        "lon": gold.lon,
        "usage": USAGE_CODES[usage],
    }
    mun = extras.get("mun")
    if mun == "none":
        record["municipality"] = None
    elif mun:
        record["municipality"] = mun
    if gold.municipality_candidates and (mun is None or mun == "none" or "amb" in extras):
        record["municipality_ambiguous"] = True
        record["municipality_candidates"] = list(gold.municipality_candidates)
    if "note" in extras:
        record["note"] = extras["note"]
    return record


def strip_marks(
    article_id: str, marked: str, gold_places: Mapping[str, GoldPlace]
) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the plain text, its place mentions and its non-place mentions."""
    parts: list[str] = []
    places: list[dict[str, Any]] = []
    non_places: list[dict[str, Any]] = []
    pos = 0
    length = 0
    for match in MARK.finditer(marked):
        chunk = marked[pos : match.start()]
        parts.append(chunk)
        length += len(chunk)
        if match.group(1) is not None:
            surface = match.group(1)
            places.append(
                _place_record(
                    surface,
                    length,
                    match.group(2),
                    match.group(3) or "L",
                    _parse_extras(match.group(4)),
                    article_id,
                    gold_places,
                )
            )
        else:
            surface = match.group(5)
            kind = "excluded_name" if match.group(6) == "n" else "excluded_ethnonym"
            non_places.append(
                {"surface": surface, "start": length, "end": length + len(surface), "kind": kind}
            )
        parts.append(surface)
        length += len(surface)
        pos = match.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    if any(ch in text for ch in "[]{}"):
        raise MarkupError(f"{article_id}: a bracket survived stripping; check the marks")
    return text, places, non_places


def _find_unique(
    article_id: str, text: str, needle: str, *, within: tuple[int, int] | None = None
) -> list[int]:
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    if within is not None:
        inside = [s for s in starts if within[0] <= s and s + len(needle) <= within[1]]
        if len(inside) == 1:
            return [inside[0], inside[0] + len(needle)]
    if len(starts) != 1:
        raise MarkupError(f"{article_id}: {needle!r} occurs {len(starts)} times; make it unique")
    return [starts[0], starts[0] + len(needle)]


def build_event(
    article_id: str,
    index: int,
    spec: dict[str, Any],
    text: str,
    gold_places: Mapping[str, GoldPlace],
) -> dict[str, Any]:
    """Expand one compact event spec into the dev-set event record."""
    evidence_span = _find_unique(article_id, text, spec["evidence"])
    key = spec.get("loc")
    gold = gold_places[key] if key else None
    municipality = spec.get("mun", gold.municipality if gold else None)
    numbers = []
    for number in spec.get("numbers", []):
        numbers.append(
            {
                "kind": number["kind"],
                "value": number.get("value"),
                **({"value_max": number["value_max"]} if "value_max" in number else {}),
                "qualifier": number.get("qualifier"),
                "who": number.get("who"),
                "phrase": number["phrase"],
                "phrase_span": _find_unique(
                    article_id, text, number["phrase"], within=tuple(evidence_span)
                ),
            }
        )
    precision = spec.get("precision", "day")
    return {
        "event_id": f"{article_id}-e{index}",
        "type": spec["type"],
        "subtype": spec.get("subtype"),
        "date": spec.get("date"),
        "date_precision": precision,
        "date_range": spec.get("date_range"),
        "date_basis": spec["basis"],
        "location": gold.canonical if gold else None,
        "location_key": key,
        "location_in_kosovo": gold.in_kosovo if gold else None,
        "location_municipality": municipality,
        "location_lat": gold.lat if gold else None,
        "location_lon": gold.lon if gold else None,
        "location_note": spec.get("location_note"),
        "actors": spec.get("actors", []),
        "numbers": numbers,
        "evidence": spec["evidence"],
        "evidence_span": evidence_span,
        "is_background": spec.get("background", False),
        "note": spec.get("note"),
    }


def build_article(
    spec: dict[str, Any], gold_places: Mapping[str, GoldPlace], set_label: str
) -> dict[str, Any]:
    """Expand one article spec into the dev-set article record; ``set_label`` names the set."""
    article_id = spec["id"]
    text, places, non_places = strip_marks(article_id, spec["text"].strip("\n"), gold_places)
    events = [
        build_event(article_id, i, ev, text, gold_places)
        for i, ev in enumerate(spec.get("events", []), start=1)
    ]
    return {
        "id": article_id,
        "url": None,
        "outlet": spec["outlet"],
        "language": "en",
        "publication_date": spec["publication_date"],
        "publication_date_source": f"set by the author of the {set_label} set (written article)",
        "title": text.split("\n", 1)[0],
        "title_source": "headline (first line of text)",
        "topic": spec["topic"],
        "confusable_places_note": spec.get("confusable"),
        "text_source": "written for sitmap in the author's own words from well-known public facts",
        "truncated": False,
        "edits": [],
        "text": text,
        "text_chars": len(text),
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "places": places,
        "non_place_mentions": non_places,
        "events": events,
    }


def load_articles(path: Path) -> list[dict[str, Any]]:
    """Read a JSON-lines article file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LabelFileError(f"cannot read {path}: {exc}; run that set's build.py") from exc
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


def word_runs(text: str, size: int = 8) -> set[tuple[str, ...]]:
    """Every run of ``size`` consecutive lower-cased words, to detect text copied between sets."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _set_folder(arg: str) -> Path:
    """A set given by name (``blind2``) or by path."""
    path = Path(arg)
    return path if path.is_dir() else EVAL_DIR / arg


def _run_build(sets: list[str]) -> int:
    for arg in sets or [str(folder) for folder in discover_sets()]:
        label_set = load_set(_set_folder(arg))
        out = write_set(label_set)
        print(f"wrote {len(label_set.articles)} articles to {out}")
    return 0


def _run_check(articles_path: Path, municipalities_path: Path) -> int:
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


def main(argv: list[str] | None = None) -> int:
    """``build [SET ...]`` writes articles.jsonl (all sets if none named); ``check FILE [CSV]``."""
    parser = argparse.ArgumentParser(prog="eval/labelkit.py", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build_cmd = commands.add_parser("build", help="write articles.jsonl of the named sets")
    build_cmd.add_argument("sets", nargs="*", help="set names under eval/ or folders")
    check_cmd = commands.add_parser("check", help="print the problems of a labelled file")
    check_cmd.add_argument("articles", type=Path)
    check_cmd.add_argument("municipalities", type=Path, nargs="?", default=DEFAULT_MUNICIPALITIES)
    args = parser.parse_args(argv)
    if args.command == "build":
        return _run_build(args.sets)
    return _run_check(args.articles, args.municipalities)


if __name__ == "__main__":
    sys.modules.setdefault("labelkit", sys.modules[__name__])  # one GoldPlace class, not two
    raise SystemExit(main())
