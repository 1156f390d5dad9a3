"""The demo corpus in ``samples/``: files, formats, encodings, and the expected events.

These tests read the corpus with plain standard-library parsers (and feedparser for feeds), not
with ``events.readers``, so they check the data itself and stay independent of the pipeline.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest

from events.schema import SUBTYPES_BY_TYPE

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "samples"
CORPUS_DIR = SAMPLES_DIR / "corpus"
FORMATS = ("text", "html", "json", "jsonl", "rss", "atom")
SUFFIX_BY_FORMAT = {
    "text": ".txt",
    "html": ".html",
    "json": ".json",
    "jsonl": ".jsonl",
    "rss": ".rss.xml",
    "atom": ".atom.xml",
}
NUMBER_KINDS = ("troops", "killed", "injured", "arrested")
SHINGLE_WORDS = 8


@dataclass(frozen=True, slots=True)
class ListedFile:
    """One row of the file table in samples/README.md."""

    path: str
    fmt: str
    encoding: str
    records: int


@dataclass(frozen=True, slots=True)
class Record:
    """One article of the corpus as a plain reader sees it."""

    path: str
    record: int | None
    title: str
    text: str
    published: date | None  # from metadata; None for plain text pages


class _ArticleHTML(HTMLParser):
    """Collect the og:title, article:published_time and the text inside <article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.tags: set[str] = set()
        self._depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        found = dict(attrs)
        if tag == "meta" and found.get("property"):
            self.meta[str(found["property"])] = found.get("content") or ""
        if tag == "article":
            self._depth += 1
        if tag == "p" and self._depth:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.parts.append(data)


def _strip_tags(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def _listed_files() -> list[ListedFile]:
    rows: list[ListedFile] = []
    for line in (SAMPLES_DIR / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[0].startswith("corpus/"):
            rows.append(ListedFile(cells[0], cells[1], cells[2], int(cells[3])))
    return rows


def _read_records(item: ListedFile) -> list[Record]:
    path = SAMPLES_DIR / item.path
    raw = path.read_bytes()
    text = raw.decode(item.encoding)
    if item.fmt == "text":
        title = next(line.strip() for line in text.splitlines() if line.strip())
        return [Record(item.path, None, title, text, None)]
    if item.fmt == "html":
        parser = _ArticleHTML()
        parser.feed(text)
        published = date.fromisoformat(parser.meta["article:published_time"][:10])
        return [Record(item.path, None, parser.meta["og:title"], "".join(parser.parts), published)]
    if item.fmt in ("json", "jsonl"):
        lines = [text] if item.fmt == "json" else text.splitlines()
        out = []
        for number, line in enumerate(lines, start=1):
            data = json.loads(line)
            out.append(
                Record(
                    item.path,
                    None if item.fmt == "json" else number,
                    data["title"],
                    data["text"],
                    date.fromisoformat(data["published"]),
                )
            )
        return out
    feed = feedparser.parse(raw)
    out = []
    for number, entry in enumerate(feed.entries, start=1):
        body = entry.content[0].value if "content" in entry else entry.summary
        stamp = entry.published_parsed
        out.append(Record(item.path, number, entry.title, _strip_tags(body), date(*stamp[:3])))
    return out


LISTED = _listed_files()
RECORDS = [r for item in LISTED for r in _read_records(item)]
EXPECTED = [
    json.loads(line)
    for line in (SAMPLES_DIR / "expected.jsonl").read_text(encoding="utf-8").splitlines()
]


def test_corpus_has_30_to_40_files_all_listed_in_readme() -> None:
    on_disk = sorted(p.relative_to(SAMPLES_DIR).as_posix() for p in CORPUS_DIR.iterdir())
    assert 30 <= len(on_disk) <= 40
    assert on_disk == sorted(item.path for item in LISTED)


def test_every_format_is_present_and_matches_the_file_name() -> None:
    assert {item.fmt for item in LISTED} == set(FORMATS)
    for item in LISTED:
        assert item.path.endswith(SUFFIX_BY_FORMAT[item.fmt]), item.path


@pytest.mark.parametrize("item", LISTED, ids=lambda item: Path(item.path).name)
def test_encoding_is_what_the_readme_says(item: ListedFile) -> None:
    raw = (SAMPLES_DIR / item.path).read_bytes()
    if item.encoding == "utf-8":
        raw.decode("utf-8")
        return
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text = raw.decode(item.encoding)
    letters = "čćšžđ" if item.encoding == "cp1250" else "ëç"
    assert all(letter in text.lower() for letter in letters), item.path


def test_each_special_encoding_occurs_once() -> None:
    counts = Counter(item.encoding for item in LISTED)
    assert counts["cp1250"] == 1
    assert counts["latin-1"] == 1


def test_record_counts_match_the_readme() -> None:
    by_path = Counter(r.path for r in RECORDS)
    assert {item.path: item.records for item in LISTED} == dict(by_path)


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_feeds_are_well_formed(fmt: str) -> None:
    (item,) = [i for i in LISTED if i.fmt == fmt]
    feed = feedparser.parse((SAMPLES_DIR / item.path).read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == {"rss": "rss20", "atom": "atom10"}[fmt]


def test_json_records_have_the_reader_fields() -> None:
    for item in LISTED:
        if item.fmt not in ("json", "jsonl"):
            continue
        text = (SAMPLES_DIR / item.path).read_text(encoding="utf-8")
        lines = [text] if item.fmt == "json" else text.splitlines()
        for line in lines:
            assert set(json.loads(line)) == {"title", "text", "published", "url", "outlet"}


def test_html_pages_have_structure_and_metadata() -> None:
    for item in LISTED:
        if item.fmt != "html":
            continue
        parser = _ArticleHTML()
        parser.feed((SAMPLES_DIR / item.path).read_text(encoding="utf-8"))
        assert {"article", "nav", "footer"} <= parser.tags, item.path
        assert {"og:title", "article:published_time", "og:site_name"} <= set(parser.meta)


def test_script_payload_is_escaped_text_in_the_html() -> None:
    page = (CORPUS_DIR / "26_uk-battalion-script-title.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    (record,) = [r for r in RECORDS if r.path.endswith("26_uk-battalion-script-title.html")]
    assert record.title.startswith("<script>alert(1)</script>")


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: f"{Path(r.path).name}:{r.record}")
def test_article_length_is_within_bounds(record: Record) -> None:
    # A page is 100-400 words; a feed entry or a JSON Lines record may be a short brief.
    low = 100 if record.record is None else 40
    assert low <= len(record.text.split()) <= 400


def _expected_key(row: dict) -> tuple[str, int | None]:
    return (row["file"], row["record"])


def test_expected_covers_every_record_once() -> None:
    keys = [_expected_key(row) for row in EXPECTED]
    assert len(keys) == len(set(keys))
    assert set(keys) == {(r.path, r.record) for r in RECORDS}


def test_expected_titles_and_dates_match_the_files() -> None:
    records = {(r.path, r.record): r for r in RECORDS}
    for row in EXPECTED:
        record = records[_expected_key(row)]
        assert row["title"] == record.title, row["file"]
        if record.published is not None:
            assert row["published"] == record.published.isoformat(), row["file"]


@pytest.fixture(scope="module")
def municipality_names(mirror_dir: Path) -> dict[str, str]:
    with (mirror_dir / "boundaries" / "xk_municipalities.csv").open(encoding="utf-8") as f:
        return {row["name_en"]: row["adm2_code"] for row in csv.DictReader(f)}


def test_expected_events_are_valid(municipality_names: dict[str, str]) -> None:
    records = {(r.path, r.record): r for r in RECORDS}
    for row in EXPECTED:
        text = records[_expected_key(row)].text
        for event in row["events"]:
            where = f"{row['file']} {event['event_key']}"
            assert event["subtype"] in SUBTYPES_BY_TYPE[event["type"]], where
            if event["date"] is not None:
                date.fromisoformat(event["date"])
                assert event["date_precision"] in ("day", "week", "month", "year"), where
            if event["municipality"] is not None:
                assert municipality_names[event["municipality"]] == event["municipality_code"]
                assert event["in_aoi"], where
            for number in event["numbers"]:
                assert number["kind"] in NUMBER_KINDS, where
                assert number["phrase"] in text, f"{where}: {number['phrase']!r}"
            for kind in NUMBER_KINDS:
                values = [n["value"] for n in event["numbers"] if n["kind"] == kind]
                total = sum(v for v in values if v is not None)
                assert event[kind] == (total if any(v is not None for v in values) else None)


def test_same_events_are_reported_by_several_articles() -> None:
    articles_per_event = Counter(event["event_key"] for row in EXPECTED for event in row["events"])
    assert sum(1 for n in articles_per_event.values() if n >= 3) >= 5
    assert sum(1 for row in EXPECTED if not row["events"]) >= 5  # context, no event


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def test_no_text_is_copied_from_the_shared_articles(dev_dir: Path) -> None:
    shared: set[tuple[str, ...]] = set()
    for name in ("seeds.jsonl", "articles.jsonl"):
        for line in (dev_dir / name).read_text(encoding="utf-8").splitlines():
            shared |= _shingles(json.loads(line)["text"])
    for record in RECORDS:
        common = _shingles(record.text) & shared
        assert not common, f"{record.path}: shares {' '.join(sorted(common)[0])!r}"
