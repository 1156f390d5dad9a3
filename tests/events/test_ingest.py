"""Ingest: idempotence, broken inputs in a batch, and a store that is never half-written.

Extraction is replaced by a small rule (one arrest event per sentence that says "arrested") so
these tests pin the ingest behaviour independently of the extraction rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from events.ingest import IngestSummary, ingest_paths
from events.model import Article, Event
from events.store import ArticleRow, EventRow, EventSourceRow, MentionRow, RejectedRow, open_store
from sitmap.settings import get_settings


class OnePlaceGazetteer:
    """Finds the word "Zvečan" only; enough for the mentions table."""

    def find_mentions(self, text: str) -> list[Any]:
        from gazetteer.model import Mention

        return [
            Mention(m.group(), m.start(), m.end(), None, 1, 1.0, "exact")
            for m in re.finditer("Zvečan", text)
        ]


def arrests(article: Article, gazetteer: Any) -> list[Event]:
    """One arrest event per sentence containing "arrested"; "on day N" is 1 June 2023 + N weeks."""
    events = []
    for match in re.finditer(r"[^.]*\barrested\b[^.]*\.", article.text):
        day = re.search(r"on day (\d+)", match.group())
        when = (
            date.fromordinal(date(2023, 6, 1).toordinal() + 7 * int(day.group(1)))
            if day
            else article.published
        )
        events.append(
            Event(
                type="incident",
                subtype="arrest",
                date=when,
                date_precision="day",
                date_basis="explicit" if day else "publication",
                place_id="gn:783770",
                place="Zvečan",
                lat=42.908,
                lon=20.840,
                municipality_code="30",
                municipality="Zvečan",
                in_aoi=True,
                geo_precision=1,
                actors=(("Kosovo Police", "actor"),),
                numbers=(),
                sentence=match.group().strip(),
                start=match.start(),
                end=match.end(),
                confidence=0.6,
            )
        )
    return events


def story(n: int) -> str:
    return (
        f"Arrest number {n} in Zvečan\n\nPolice arrested a man in Zvečan on day {n} after a search "
        "of a house in the town centre, a police spokesman said.\n\nThe man was questioned and "
        "released later that day."
    )


def run(paths: list[Path], url: str, **kwargs: Any) -> IngestSummary:
    # a data folder with no built layer: events keep the municipality extraction gave them
    settings = get_settings(
        data_dir=Path(url.removeprefix("sqlite:///")).parent / "data", db_url=url
    )
    options: dict[str, Any] = {
        "settings": settings,
        "gazetteer": OnePlaceGazetteer(),
        "extractor": arrests,
        "progress": False,
    }
    options.update(kwargs)
    return ingest_paths(paths, **options)


def counts(url: str) -> dict[str, int]:
    engine = open_store(url)
    with Session(engine) as session:
        return {
            table.__tablename__: session.execute(
                select(func.count()).select_from(table)
            ).scalar_one()
            for table in (ArticleRow, EventRow, EventSourceRow, MentionRow, RejectedRow)
        }


@pytest.fixture()
def url(tmp_path: Path) -> str:
    (tmp_path / "store").mkdir()
    return f"sqlite:///{tmp_path / 'store' / 'store.db'}"


def test_ingest_then_reingest_changes_nothing(tmp_path: Path, url: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(story(n), encoding="utf-8")
    first = run([folder], url, published=date(2023, 6, 1))
    assert (first.ingested, first.already_known, first.events_new, first.ok) == (3, 0, 3, True)
    before = counts(url)
    assert before == {
        "articles": 3,
        "events": 3,
        "event_sources": 3,
        "mentions": 6,
        "rejected_inputs": 0,
    }
    (folder / "copy.txt").write_text(
        story(1).replace("\n", "\r\n") + "\n\n", encoding="utf-8"
    )  # same story
    second = run([folder], url, published=date(2023, 6, 1))
    assert (second.ingested, second.already_known) == (0, 4)
    assert counts(url) == before


def test_same_story_reported_twice_on_other_days_merges(tmp_path: Path, url: str) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        story(1).replace("released later", "let go later"), encoding="utf-8"
    )
    summary = run([tmp_path / "a.txt", tmp_path / "b.txt"], url, published=date(2023, 6, 1))
    assert (summary.ingested, summary.events_new, summary.events_merged) == (2, 1, 1)


def test_broken_files_are_rejected_and_the_rest_ingested(tmp_path: Path, url: str) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "01-good.txt").write_text(story(1), encoding="utf-8")
    (folder / "02-empty.txt").write_bytes(b"")
    (folder / "03-binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "04-truncated.json").write_text(
        '{"title": "Arrest", "text": "Police arr', encoding="utf-8"
    )
    (folder / "05-bad-utf16.txt").write_bytes(story(5).encode("utf-16") + b"\x00")
    with (folder / "06-huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (folder / "07-good.jsonl").write_text(
        json.dumps({"title": "Arrest two", "text": story(7), "published": "2023-06-07"})
        + "\n"
        + "{oops\n",
        encoding="utf-8",
    )
    summary = run([folder], url)
    assert summary.ingested == 2
    reasons = {Path(r.path.split(":")[0].split("#")[0]).name: r.reason for r in summary.rejected}
    assert set(reasons) == {
        "02-empty.txt",
        "03-binary.txt",
        "04-truncated.json",
        "05-bad-utf16.txt",
        "06-huge.txt",
        "07-good.jsonl",
    }
    assert "empty" in reasons["02-empty.txt"]
    assert "binary" in reasons["03-binary.txt"]
    assert "line 1, column" in reasons["04-truncated.json"]
    assert "undecodable" in reasons["05-bad-utf16.txt"]
    assert "limit" in reasons["06-huge.txt"]
    assert "line 2" in reasons["07-good.jsonl"]
    assert counts(url)["rejected_inputs"] == 6
    run([folder], url)
    assert counts(url)["rejected_inputs"] == 6  # the same rejection is kept once


def test_a_failure_mid_article_leaves_nothing_of_it(tmp_path: Path, url: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a-good.txt").write_text(story(1), encoding="utf-8")
    (inputs / "b-bad.txt").write_text(
        story(2) + "\n\nLater police arrested a second man in Zvečan too.", encoding="utf-8"
    )
    (inputs / "c-good.txt").write_text(story(3), encoding="utf-8")

    def breaks_on_second_event(article: Article, gazetteer: Any) -> list[Event]:
        events = arrests(article, gazetteer)
        if len(events) > 1:  # the first event and the article row are flushed before this fails
            events[1] = replace(events[1], subtype=None)  # type: ignore[arg-type]
        return events

    summary = run([inputs], url, extractor=breaks_on_second_event, published=date(2023, 6, 1))
    assert summary.ingested == 2
    assert [Path(r.path).name for r in summary.rejected] == ["b-bad.txt"]
    assert "nothing of it was kept" in summary.rejected[0].reason
    engine = open_store(url)
    with Session(engine) as session:
        paths = session.execute(select(ArticleRow.source_path)).scalars().all()
        assert sorted(Path(p).name for p in paths) == ["a-good.txt", "c-good.txt"]
    assert counts(url) == {
        "articles": 2,
        "events": 2,
        "event_sources": 2,
        "mentions": 4,
        "rejected_inputs": 1,
    }


def test_an_extraction_error_rejects_only_that_article(tmp_path: Path, url: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(story(1), encoding="utf-8")
    (inputs / "b.txt").write_text(story(2), encoding="utf-8")

    def fails_on_two(article: Article, gazetteer: Any) -> list[Event]:
        if "number 2" in article.text:
            raise ValueError("cannot read this one")
        return arrests(article, gazetteer)

    summary = run([inputs], url, extractor=fails_on_two)
    assert summary.ingested == 1
    assert "extraction failed (ValueError: cannot read this one)" in summary.rejected[0].reason


def test_missing_path_is_a_rejection_not_a_crash(tmp_path: Path, url: str) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    summary = run([tmp_path / "nope", tmp_path / "a.txt"], url)
    assert summary.ingested == 1
    assert "no such file" in summary.rejected[0].reason


def test_summary_text() -> None:
    from events.readers import Rejected

    text = IngestSummary(
        ingested=2,
        already_known=1,
        events_new=3,
        events_merged=1,
        rejected=(Rejected("x.txt", "empty file (0 bytes)"),),
    ).describe()
    assert "ingested 2 article(s), 1 already known, 1 rejected" in text
    assert "rejected x.txt: empty file (0 bytes)" in text


def test_two_reports_with_one_span_in_an_article_are_both_stored(tmp_path: Path, url: str) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")

    def twice(article: Article, gazetteer: Any) -> list[Event]:
        (event,) = arrests(article, gazetteer)
        return [event, replace(event, date=date(2024, 1, 1))]

    summary = run([tmp_path / "a.txt"], url, extractor=twice)
    assert (summary.ingested, summary.events_new, summary.rejected) == (1, 2, ())


def test_ingest_leaves_a_fresh_frame_snapshot(tmp_path: Path, url: str) -> None:
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    run([tmp_path / "a.txt"], url)
    snapshot = Path(url.removeprefix("sqlite:///") + ".frame.parquet")
    assert snapshot.is_file()
    before = snapshot.stat().st_mtime_ns
    from events.store import load_events_frame

    assert len(load_events_frame(url)) == 1
    assert snapshot.stat().st_mtime_ns == before  # the load read it, nothing to rebuild
