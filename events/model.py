"""The things that pass between the events stages: an article, and the events found in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from a file or feed: story text only, furniture already removed.

    ``text`` is what extraction sees and what every event offset points into.
    ``published`` is the publication day when known and ``published_source`` says where it came
    from ("metadata", "text:timestamp", "text:dateline", "cli", "unknown", ...).
    """

    article_id: str  # sha256 of the normalised story text (the store's content hash)
    title: str
    text: str
    published: date | None = None
    published_source: str = "unknown"
    published_precision: str = "day"  # "month" when only the month is known (URL /2021/10/)
    outlet: str | None = None
    url: str | None = None
    source_path: str | None = None  # file (and record number / feed entry) it was read from
    input_format: str = "text"  # text, html, json, jsonl, rss, atom


@dataclass(frozen=True, slots=True)
class Number:
    """A count stated in the text, with the exact phrase it came from."""

    kind: str  # troops, killed, injured, arrested
    low: int | None  # None for vague quantities ("dozens")
    high: int | None
    phrase: str
    start: int
    end: int
    qualifier: str | None = None  # "about", "more than", "unit size", "dozens", ...

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form, used by the store's provenance and by ``sitmap extract``."""
        return {
            "kind": self.kind,
            "low": self.low,
            "high": self.high,
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "qualifier": self.qualifier,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One event found in one article, with provenance for each field.

    Offsets are into ``Article.text``. Dedup across articles happens in the store.
    """

    type: str  # events.schema.EVENT_TYPES
    subtype: str  # events.schema.SUBTYPES_BY_TYPE[type]
    date: date | None
    date_precision: str  # day, week, month, year
    date_basis: str  # explicit, relative_to_publication, publication, ...
    place_id: str | None
    place: str | None
    lat: float | None
    lon: float | None
    municipality_code: str | None
    municipality: str | None
    in_aoi: bool
    geo_precision: int  # 1..4, see docs/ARCHITECTURE.md
    actors: tuple[tuple[str, str], ...]  # (canonical actor, role) pairs
    numbers: tuple[Number, ...]
    sentence: str
    start: int  # sentence span in Article.text
    end: int
    confidence: float
    place_mention: tuple[int, int] | None = None  # span of the place mention used
    date_phrase: str | None = None
    notes: tuple[str, ...] = field(default=())
    # Other sentence spans of the same article that report this event (merged within it).
    also_reported: tuple[tuple[int, int], ...] = field(default=())

    def count(self, kind: str) -> tuple[int | None, int | None]:
        """(low, high) summed over the numbers of one kind, or (None, None)."""
        found = [n for n in self.numbers if n.kind == kind and n.low is not None]
        if not found:
            return (None, None)
        low = sum(n.low for n in found if n.low is not None)
        high = sum((n.high if n.high is not None else n.low) or 0 for n in found)
        return (low, high)
