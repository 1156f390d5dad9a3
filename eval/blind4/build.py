"""Build the fourth blind set's ``articles.jsonl`` from the marked-up texts in ``texts.py``.

The texts carry inline marks so that offsets are computed, never typed by hand:
``[surface|place_key]`` or ``[surface|place_key|U]`` or ``[surface|place_key|U|k=v;k=v]`` for a
place mention (U is the usage: L locative, M metonymic, D dateline, N in_name, O other; extras
``type=municipality``, ``mun=<name>``, ``mun=none``, ``amb=1`` to flag a set municipality as
ambiguous, ``note=<text>``), and ``{surface|n}`` /
``{surface|e}`` for an excluded name / ethnonym. Event evidence and number phrases are located
in the plain text by exact search.

Same mark syntax and record layout as ``eval/heldout/build.py``, which this file follows.

Run: ``.venv/bin/python eval/blind4/build.py`` (writes eval/blind4/articles.jsonl).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent


def _load_sibling(name: str) -> ModuleType:
    """Import ``name.py`` from this folder under a private module name.

    A plain ``from places import ...`` would collide with ``eval/heldout/places.py`` when both
    sets are imported in one process (pytest), so the module is loaded by path instead.
    """
    spec = importlib.util.spec_from_file_location(f"blind4_{name}", HERE / f"{name}.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {HERE / (name + '.py')}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


GOLD_PLACES = _load_sibling("places").GOLD_PLACES
ARTICLES: list[dict[str, Any]] = _load_sibling("texts").ARTICLES

USAGES = {"L": "locative", "M": "metonymic", "D": "dateline", "N": "in_name", "O": "other"}
MARK = re.compile(
    r"\[([^\[\]|]+)\|([a-z_]+)(?:\|([LMDNO]))?(?:\|([^\]]*))?\]|\{([^{}|]+)\|([ne])\}"
)


class MarkupError(ValueError):
    """A marked-up text or an event spec in texts.py is inconsistent; the message names the id."""


def _parse_extras(raw: str | None) -> dict[str, str]:
    if not raw:
        return {}
    return dict(part.split("=", 1) for part in raw.split(";") if part)


def _place_record(
    surface: str, start: int, key: str, usage: str, extras: dict[str, str], article_id: str
) -> dict[str, Any]:
    if key not in GOLD_PLACES:
        raise MarkupError(f"{article_id}: unknown place_key {key!r}; add it to places.py")
    gold = GOLD_PLACES[key]
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
        "usage": USAGES[usage],
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
    article_id: str, marked: str
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


def build_event(article_id: str, index: int, spec: dict[str, Any], text: str) -> dict[str, Any]:
    """Expand one compact event spec into the dev-set event record."""
    evidence_span = _find_unique(article_id, text, spec["evidence"])
    key = spec.get("loc")
    gold = GOLD_PLACES[key] if key else None
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


def build_article(spec: dict[str, Any]) -> dict[str, Any]:
    """Expand one article spec into the dev-set article record."""
    article_id = spec["id"]
    text, places, non_places = strip_marks(article_id, spec["text"].strip("\n"))
    events = [
        build_event(article_id, i, ev, text) for i, ev in enumerate(spec.get("events", []), start=1)
    ]
    return {
        "id": article_id,
        "url": None,
        "outlet": spec["outlet"],
        "language": "en",
        "publication_date": spec["publication_date"],
        "publication_date_source": "set by the author of the blind4 set (written article)",
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


def main() -> None:
    """Write articles.jsonl next to this file."""
    out = HERE / "articles.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for spec in ARTICLES:
            handle.write(json.dumps(build_article(spec), ensure_ascii=False) + "\n")
    print(f"wrote {len(ARTICLES)} articles to {out}")


if __name__ == "__main__":
    main()
