"""Ingest: read articles, extract their events and store them, one transaction per article.

``ingest_paths`` is what ``sitmap ingest`` runs. It is idempotent (an article whose content hash
is already stored is counted as known and changes nothing), each article is written in its own
transaction (a failure rolls back that article only, so the store is never half-written), and a
bad input never stops the batch: it is counted, kept with its reason in ``rejected_inputs`` and
reported in the :class:`IngestSummary`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from tqdm import tqdm

from events.errors import InputError
from events.model import Article, Event
from events.readers import Rejected, read_articles
from events.store import (
    MunicipalityLookup,
    has_article,
    load_events_frame,
    open_store,
    record_rejected,
    store_article,
)
from sitmap.settings import Settings, get_settings

Extractor = Callable[[Article, Any], Sequence[Event]]


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one ingest did: counts, and every rejected input with its reason."""

    ingested: int = 0
    already_known: int = 0
    events_new: int = 0
    events_merged: int = 0
    rejected: tuple[Rejected, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """True when nothing was rejected."""
        return not self.rejected

    def describe(self) -> str:
        """A few lines for the terminal."""
        lines = [
            f"ingested {self.ingested} article(s), {self.already_known} already known, "
            f"{len(self.rejected)} rejected",
            f"events: {self.events_new} new, {self.events_merged} merged into stored events",
        ]
        lines += [f"  rejected {r.path}: {r.reason}" for r in self.rejected]
        return "\n".join(lines)


def default_extractor() -> Extractor:
    """``events.extract.extract_events``, imported when first needed."""
    from events.extract import extract_events

    return extract_events


class _MentionsFound:
    """The gazetteer, with the mentions of one article's text already found.

    Extraction and the store both need them, and finding them is the costliest step of an
    ingest, so it runs once per article; any other text goes to the real gazetteer.
    """

    __slots__ = ("_gazetteer", "_text", "_mentions")

    def __init__(self, gazetteer: Any, text: str, mentions: Sequence[Any]) -> None:
        self._gazetteer = gazetteer
        self._text = text
        self._mentions = mentions

    def find_mentions(self, text: str, **options: Any) -> Sequence[Any]:
        if text is self._text and not options:
            return list(self._mentions)
        return self._gazetteer.find_mentions(text, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._gazetteer, name)


def load_default_gazetteer(settings: Settings) -> Any:
    """The built gazetteer of ``settings`` (``sitmap data build`` writes it)."""
    from gazetteer.index import Gazetteer

    return Gazetteer.load(settings)


def load_default_municipalities(settings: Settings) -> MunicipalityLookup | None:
    """The built municipality layer, wrapped once for repeated lookups, else ``None`` (events
    then keep the gazetteer's municipality)."""
    if not settings.municipalities_path.is_file():
        return None
    from geo.boundaries import load_municipalities

    return MunicipalityLookup(load_municipalities(settings.municipalities_path))


def ingest_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    settings: Settings | None = None,
    db_url: str | Engine | None = None,
    gazetteer: Any | None = None,
    published: date | None = None,
    progress: bool = True,
    extractor: Extractor | None = None,
    municipalities: Any | None = None,
) -> IngestSummary:
    """Read, extract and store every article under ``paths``; see the module docstring.

    ``gazetteer`` defaults to the built one of ``settings``; ``extractor`` to
    ``events.extract.extract_events``; ``municipalities`` to the built layer when it exists.
    ``published`` is the fallback publication date for articles whose source gives none.
    """
    settings = settings or get_settings()
    engine = open_store(db_url or settings.db_url)
    extract = extractor or default_extractor()
    if gazetteer is None:
        gazetteer = load_default_gazetteer(settings)
    if municipalities is None:
        municipalities = load_default_municipalities(settings)
    if municipalities is not None and not isinstance(municipalities, MunicipalityLookup):
        municipalities = MunicipalityLookup(municipalities)
    find_mentions = getattr(gazetteer, "find_mentions", None)

    counts = {"ingested": 0, "known": 0, "new": 0, "merged": 0}
    rejected: list[Rejected] = []
    bar = tqdm(desc="ingest", unit=" articles", disable=not progress, leave=False)
    try:
        for item in _read_all(paths, published):
            bar.update(1)
            if isinstance(item, Rejected):
                rejected.append(item)
                continue
            outcome = _ingest_one(engine, item, extract, gazetteer, find_mentions, municipalities)
            if isinstance(outcome, Rejected):
                rejected.append(outcome)
            elif outcome is None:
                counts["known"] += 1
            else:
                counts["ingested"] += 1
                counts["new"] += outcome[0]
                counts["merged"] += outcome[1]
    finally:
        bar.close()
    if rejected:
        with Session(engine) as session, session.begin():
            for item in rejected:
                record_rejected(session, item.path, item.reason)
    if counts["ingested"]:
        load_events_frame(engine)  # rewrites the frame snapshot now, not on the map's first load
    return IngestSummary(
        ingested=counts["ingested"],
        already_known=counts["known"],
        events_new=counts["new"],
        events_merged=counts["merged"],
        rejected=tuple(rejected),
    )


def _read_all(
    paths: Iterable[str | os.PathLike[str]], published: date | None
) -> Iterable[Article | Rejected]:
    for path in paths:
        try:
            yield from read_articles(path, published=published)
        except InputError as exc:
            yield Rejected(os.fspath(path), str(exc))


def _ingest_one(
    engine: Engine,
    article: Article,
    extract: Extractor,
    gazetteer: Any,
    find_mentions: Callable[[str], Sequence[Any]] | None,
    municipalities: Any | None,
) -> tuple[int, int] | Rejected | None:
    """(new, merged) events, ``None`` when already known, or a rejection when it failed."""
    where = article.source_path or article.article_id
    with Session(engine) as session:
        if has_article(session, article.article_id):
            return None
    try:
        mentions = tuple(find_mentions(article.text)) if find_mentions is not None else ()
        if find_mentions is not None:
            gazetteer = _MentionsFound(gazetteer, article.text, mentions)
        events = list(extract(article, gazetteer))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        return Rejected(where, f"extraction failed ({type(exc).__name__}: {exc})")
    try:
        with Session(engine) as session, session.begin():
            if has_article(session, article.article_id):
                return None
            stored = store_article(
                session, article, events, mentions, municipalities=municipalities
            )
    except IntegrityError as exc:
        with Session(engine) as session:
            if has_article(session, article.article_id):
                return None  # another ingest stored the same article meanwhile
        return Rejected(where, f"could not be stored, nothing of it was kept ({exc.orig})")
    except Exception as exc:  # noqa: BLE001 - the transaction is rolled back; go on
        return Rejected(
            where, f"could not be stored, nothing of it was kept ({type(exc).__name__}: {exc})"
        )
    return len(stored.new_events), len(stored.merged_events)
