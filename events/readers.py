"""Article readers: files, folders and feeds in, :class:`events.model.Article` values out.

``read_articles(path)`` accepts a file, a folder (read recursively, in sorted order, so runs
are deterministic) or an ``http(s)://`` feed URL, and yields one ``Article`` per story or one
:class:`Rejected` per input that cannot be used, with a reason that says what is wrong. Nothing
is raised for a bad file: a batch goes on past it.

Formats, chosen by extension and, failing that, by sniffing the first bytes:

- plain text pages (``.txt``): title = first line that is not furniture; page furniture is
  removed by :func:`events.furniture.clean_page`;
- HTML (``.html``/``.htm``): main text, title, date, URL and site name from trafilatura;
- JSON (``.json``: one record or a list) and JSON Lines (``.jsonl``/``.ndjson``): fields
  ``title``, ``text``, ``published``, ``url``, ``outlet``; a bad record is rejected on its own,
  with its line (or list index);
- RSS/Atom feeds (``.xml``/``.rss``/``.atom`` or a URL): one article per entry, the entry's
  content or summary HTML turned into text.

Publication date, in order: the source's metadata (``published_source="metadata"``), a
timestamp line printed under the headline (``"text:timestamp"``), a dated dateline opening the
story such as "PRISTINA, Sept 24 (Reuters) -" (``"text:dateline"``, the year taken from the
latest year the text names, else from the fallback date), else the ``published`` argument
(``"cli"``), else ``None`` (``"unknown"``). A date line printed *above* the headline with no
time of day is a masthead/crawl date and is never used as the publication date; it is kept as a
``display_date:`` note on the article (see :class:`ReadArticle`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

import charset_normalizer
import dateparser
import feedparser
import lxml.html
import trafilatura

from events.errors import InputError
from events.furniture import CleanPage, clean_page
from events.model import Article

MAX_FILE_BYTES: Final = 10 * 1024 * 1024  # larger files are rejected without being read
_SNIFF_BYTES: Final = 4096

TEXT_SUFFIXES: Final = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES: Final = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES: Final = frozenset({".json"})
JSONL_SUFFIXES: Final = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES: Final = frozenset({".rss", ".atom", ".xml"})


@dataclass(frozen=True, slots=True)
class ReadArticle(Article):
    """An ``Article`` plus what the reader noticed about the page (e.g. ``display_date:...``)."""

    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input (file, record or feed entry) that was not read, and why."""

    path: str
    reason: str


ReadResult = Article | Rejected


def article_id_for(text: str) -> str:
    """The content hash of a story: sha256 of its NFC text with whitespace runs collapsed.

    Re-saving a page with other line endings or spacing gives the same id, so the store
    recognises an article it already has.
    """
    normalised = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def read_articles(
    path: str | os.PathLike[str],
    *,
    published: date | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Iterator[ReadResult]:
    """Articles and rejections from a file, a folder (recursive, sorted) or a feed URL.

    ``published`` is the fallback publication date for stories whose source gives none.
    Raises :class:`InputError` only when ``path`` itself does not exist.
    """
    text_path = os.fspath(path)
    if re.match(r"^https?://", text_path):
        yield from _read_feed_url(text_path, published)
        return
    root = Path(text_path)
    if root.is_dir():
        for file in sorted(
            p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")
        ):
            yield from _read_file(file, published, max_bytes)
    elif root.is_file():
        yield from _read_file(root, published, max_bytes)
    else:
        raise InputError(
            f"{text_path}: no such file or folder; give a file, a folder or a feed URL"
        )


# --- bytes to text ---------------------------------------------------------------------------


# Letters of the region's languages (Serbian, Bosnian, Croatian Latin; Albanian; Serbian Cyrillic)
# versus characters that mostly appear when a legacy code page was guessed wrong.
_REGIONAL: Final = frozenset("čćšžđČĆŠŽĐëËçÇ") | frozenset(chr(c) for c in range(0x0400, 0x0460))
_SUSPECT: Final = frozenset("èæðÈÆÐÞþ¹¾©®¤¦¨±³´µ¸¼½¿ÃÂ") | frozenset(
    chr(c) for c in range(0x80, 0xA0)
)
_LEGACY_CANDIDATES: Final = ("cp1250", "cp1252", "iso8859_2", "latin_1", "cp1251")


def decode_bytes(data: bytes) -> str | None:
    """Decode text in UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy code page.

    For legacy bytes the candidates are charset-normalizer's guesses plus the code pages of the
    region (cp1250, cp1252, ISO 8859-2, Latin-1, cp1251). They are ranked by how many letters of
    the region's languages they give (č, š, ž, ë, Cyrillic) against characters that usually mean
    a wrong guess (è, æ, ð and C1 controls where č, ć, đ were meant), then by charset-normalizer's
    order: short texts in cp1250 are otherwise easily read as Latin-1.
    Returns ``None`` when no encoding fits (the caller rejects the file as undecodable).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    guesses = [match.encoding for match in charset_normalizer.from_bytes(data)]
    best: tuple[int, int, str] | None = None
    for rank, encoding in enumerate(dict.fromkeys([*guesses, *_LEGACY_CANDIDATES])):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        non_ascii = [ch for ch in text if ord(ch) > 127]
        score = sum(ch in _REGIONAL for ch in non_ascii) - 2 * sum(
            ch in _SUSPECT for ch in non_ascii
        )
        if best is None or (score, -rank) > (best[0], best[1]):
            best = (score, -rank, text)
    return best[2] if best is not None else None


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and control / len(head) > 0.05


def _load_text(file: Path, max_bytes: int) -> str | Rejected:
    where = str(file)
    size = file.stat().st_size
    if size == 0:
        return Rejected(where, "empty file (0 bytes)")
    if size > max_bytes:
        return Rejected(
            where,
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; split it or "
            "raise the limit",
        )
    with file.open("rb") as handle:
        data = handle.read()
    if _looks_binary(data[:_SNIFF_BYTES]):
        return Rejected(
            where, "binary file (control bytes in its first 4 KB), not text, HTML, JSON or a feed"
        )
    text = decode_bytes(data)
    if text is None:
        return Rejected(
            where, "undecodable text: not UTF-8, UTF-16 or a recognisable legacy encoding"
        )
    if not text.strip():
        return Rejected(where, "empty file (only whitespace)")
    return text


def _format_of(file: Path, text: str) -> str:
    suffix = file.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    head = text.lstrip()[:500].lower()
    if head.startswith(("<?xml", "<rss", "<feed")) or "<rss" in head or "<feed" in head:
        return "feed"
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith(("{", "[")):
        return "json"
    return "text"


def _read_file(file: Path, published: date | None, max_bytes: int) -> Iterator[ReadResult]:
    loaded = _load_text(file, max_bytes)
    if isinstance(loaded, Rejected):
        yield loaded
        return
    fmt = _format_of(file, loaded)
    where = str(file)
    if fmt == "text":
        yield _article_from_page(loaded, where=where, published=published, input_format="text")
    elif fmt == "html":
        yield _article_from_html(loaded, where=where, published=published)
    elif fmt == "json":
        yield from _read_json(loaded, where, published)
    elif fmt == "jsonl":
        yield from _read_jsonl(loaded, where, published)
    else:
        yield from _read_feed(loaded.encode("utf-8"), where, published)


# --- plain text pages ------------------------------------------------------------------------

_MONTHS: Final = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# "PRISTINA, Sept 24 (Reuters) -", "BELGRADE, Serbia, 24 September -": place in capitals, date.
DATELINE: Final = re.compile(
    rf"^(?P<place>[A-ZČĆŠŽĐË][A-ZČĆŠŽĐË .'-]{{2,40}})(?:,\s*[A-Z][\w .]{{1,30}})?,\s*"
    rf"(?P<date>(?:(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS})\.?)(?:,?\s+\d{{4}})?)"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—:]"
)
_YEAR: Final = re.compile(r"\b(20\d\d)\b")


def _dateline_date(story: str, fallback: date | None) -> date | None:
    """The date of a dated dateline opening the story, with its year from context."""
    for paragraph in story.split("\n")[:4]:
        match = DATELINE.match(paragraph.strip())
        if match is None:
            continue
        phrase = match.group("date")
        has_year = _YEAR.search(phrase) is not None
        years = [int(y) for y in _YEAR.findall(story)]
        if has_year:
            base = datetime(int(_YEAR.search(phrase).group(1)), 12, 31)  # type: ignore[union-attr]
        elif years:
            base = datetime(max(years), 12, 31)
        elif fallback is not None:
            base = datetime(fallback.year, fallback.month, fallback.day)
        else:
            return None
        parsed = dateparser.parse(
            phrase.replace(".", ""),
            languages=["en"],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        )
        return parsed.date() if parsed else None
    return None


def _article_from_page(
    raw: str,
    *,
    where: str,
    published: date | None,
    input_format: str,
    meta_title: str | None = None,
    meta_published: tuple[date, str] | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> ReadResult:
    page = clean_page(normalise_text(raw))
    story = page.text.strip()
    if not story:
        return Rejected(where, "no story text left after removing page furniture")
    title = _short_title(meta_title or page.title)
    text = story if not meta_title or story.startswith(meta_title) else f"{meta_title}\n\n{story}"
    if not _has_body(text, title):
        return Rejected(where, "no story text left after removing page furniture (only a title)")
    day, source, precision = _publication(page, text, meta_published, published)
    notes: list[str] = []
    if page.display_date is not None:
        notes.append(f"display_date:{page.display_date.isoformat()}")
    if page.byline:
        notes.append(f"author:{page.byline}")
    later = latest_full_date(text)
    if day is not None and precision == "day" and later is not None and later > day:
        # the story names a day after its publication date: the date source may be wrong
        notes.append(f"date_after_publication:{later.isoformat()}")
    return ReadArticle(
        article_id=article_id_for(text),
        title=title,
        text=text,
        published=day,
        published_source=source,
        published_precision=precision,
        outlet=outlet or page.outlet,
        url=url,
        source_path=where,
        input_format=input_format,
        notes=tuple(notes),
    )


# Invisible characters that scraped pages leave inside words ("Zve\u00adčan").
_INVISIBLE: Final = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def normalise_text(text: str) -> str:
    """NFC, no soft hyphens or zero-width characters, Unix line ends: what offsets point into."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return text.replace("\r\n", "\n").replace("\r", "\n")


_FULL_DATE: Final = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+20\d\d|(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+20\d\d)\b"
)


def latest_full_date(text: str) -> date | None:
    """The latest fully written date in a text ("24 September 2023", "Sept. 24, 2023")."""
    found: list[date] = []
    for match in _FULL_DATE.finditer(text):
        parsed = dateparser.parse(
            match.group(0).replace(".", ""),
            languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"]},
        )
        if parsed is not None:
            found.append(parsed.date())
    return max(found) if found else None


def _short_title(title: str, limit: int = 200) -> str:
    """A page with no headline line gives its first paragraph as title: cut it at a word."""
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + " …"


def _has_body(text: str, title: str) -> bool:
    body = text[len(title) :] if title and text.startswith(title) else text
    return len(body.split()) >= 5


def _publication(
    page: CleanPage, text: str, meta: tuple[date, str] | None, fallback: date | None
) -> tuple[date | None, str, str]:
    """(day, where it came from, precision) by the order in the module docstring."""
    if meta is not None:
        return meta[0], "metadata", meta[1]
    if page.timestamp is not None:
        return page.timestamp, "text:timestamp", page.timestamp_precision
    dateline = _dateline_date(text, fallback)
    if dateline is not None:
        return dateline, "text:dateline", "day"
    if fallback is not None:
        return fallback, "cli", "day"
    return None, "unknown", "day"


# --- HTML ------------------------------------------------------------------------------------


def _article_from_html(raw: str, *, where: str, published: date | None) -> ReadResult:
    document = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if document is None:
        return Rejected(where, "HTML page with no main text trafilatura could find")
    meta = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    body = meta.get("text") or ""
    if not body.strip():
        return Rejected(where, "HTML page with no main text trafilatura could find")
    return _article_from_page(
        body,
        where=where,
        published=published,
        input_format="html",
        meta_title=_clean_str(meta.get("title")),
        meta_published=_to_date(meta.get("date")),
        outlet=_clean_str(meta.get("sitename")),
        url=_clean_str(meta.get("url")),
    )


def html_to_text(fragment: str) -> str:
    """Readable text from an HTML fragment (feed summaries): blocks become lines."""
    if not fragment.strip():
        return ""
    if "<" not in fragment:
        return fragment.strip()
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter("script", "style"):
        element.drop_tree()
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "tr"):
        element.tail = "\n\n" + (element.tail or "")
    text = root.text_content()
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+", " ", text)).strip()


# --- JSON and JSON Lines -----------------------------------------------------------------------


# Record fields and the other names exports commonly give them (first found wins).
RECORD_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "title": ("title", "headline"),
    "text": ("text", "body", "content"),
    "published": ("published", "date", "published_at", "pubDate"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "site"),
}


def _field(record: dict[str, Any], name: str) -> tuple[str, Any]:
    """(the key used, its value) for a record field or one of its aliases."""
    for key in RECORD_FIELDS[name]:
        if record.get(key) not in (None, ""):
            return key, record[key]
    return name, None


def _record_to_article(record: Any, where: str, fmt: str, published: date | None) -> ReadResult:
    if not isinstance(record, dict):
        return Rejected(
            where, f"record is a {type(record).__name__}, expected an object with a 'text' field"
        )
    _key, text = _field(record, "text")
    if not isinstance(text, str) or not text.strip():
        return Rejected(where, "record has no 'text' field (or it is empty); add the story text")
    meta_published = None
    key, raw_published = _field(record, "published")
    if raw_published is not None:
        meta_published = _to_date(raw_published)
        if meta_published is None:
            return Rejected(
                where, f"record field {key!r} is not a date: {raw_published!r}; use YYYY-MM-DD"
            )
    return _article_from_page(
        text,
        where=where,
        published=published,
        input_format=fmt,
        meta_title=_clean_str(_field(record, "title")[1]),
        meta_published=meta_published,
        outlet=_clean_str(_field(record, "outlet")[1]),
        url=_clean_str(_field(record, "url")[1]),
    )


def _read_json(text: str, where: str, published: date | None) -> Iterator[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Rejected(
            where, f"invalid or truncated JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        )
        return
    if isinstance(data, list):
        for index, record in enumerate(data):
            yield _record_to_article(record, f"{where}#{index}", "json", published)
    else:
        yield _record_to_article(data, where, "json", published)


def _read_jsonl(text: str, where: str, published: date | None) -> Iterator[ReadResult]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        record_where = f"{where}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(
                record_where, f"invalid JSON on line {number}, column {exc.colno}: {exc.msg}"
            )
            continue
        yield _record_to_article(record, record_where, "jsonl", published)


# --- feeds -----------------------------------------------------------------------------------


def _read_feed_url(url: str, published: date | None) -> Iterator[ReadResult]:
    parsed = feedparser.parse(url)
    if not parsed.entries:
        status = parsed.get("status")
        problem = parsed.get("bozo_exception")
        detail = (
            f"HTTP status {status}" if status and status != 200 else str(problem or "no entries")
        )
        yield Rejected(url, f"feed could not be fetched or has no entries ({detail})")
        return
    yield from _feed_entries(parsed, url, published)


def _read_feed(data: bytes, where: str, published: date | None) -> Iterator[ReadResult]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed: {problem}" if problem else "feed has no entries"
        yield Rejected(where, reason)
        return
    yield from _feed_entries(parsed, where, published)


def _feed_entries(parsed: Any, where: str, published: date | None) -> Iterator[ReadResult]:
    fmt = "atom" if str(parsed.get("version", "")).startswith("atom") else "rss"
    outlet = _clean_str(parsed.feed.get("title"))
    for index, entry in enumerate(parsed.entries):
        entry_where = f"{where}#entry{index}"
        contents: Iterable[Any] = entry.get("content") or []
        html = next((c.get("value") for c in contents if c.get("value")), None) or entry.get(
            "summary", ""
        )
        body = html_to_text(html or "")
        if not body:
            yield Rejected(entry_where, "feed entry has no content or summary text")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        meta_published = (
            (date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday), "day") if stamp else None
        )
        yield _article_from_page(
            body,
            where=entry_where,
            published=published,
            input_format=fmt,
            meta_title=_clean_str(entry.get("title")),
            meta_published=meta_published,
            outlet=outlet,
            url=_clean_str(entry.get("link")),
        )


# --- small helpers ---------------------------------------------------------------------------


def _clean_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


_ISO_MONTH: Final = re.compile(r"^(\d{4})-(\d{2})$")


def _to_date(value: Any) -> tuple[date, str] | None:
    """(day, precision) from a metadata value: a date, "2023-09-30[T...]", "2021-10" (month)."""
    if isinstance(value, datetime):
        return value.date(), "day"
    if isinstance(value, date):
        return value, "day"
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if (month := _ISO_MONTH.match(value)) is not None and 1 <= int(month.group(2)) <= 12:
        return date(int(month.group(1)), int(month.group(2)), 1), "month"
    try:
        return date.fromisoformat(value[:10]), "day"
    except ValueError:
        parsed = dateparser.parse(
            value,
            languages=["en"],
            settings={"RETURN_AS_TIMEZONE_AWARE": False, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
        return (parsed.date(), "day") if parsed else None
