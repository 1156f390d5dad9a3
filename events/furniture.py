"""Page furniture removal: keep the headline and the story, drop what the web page put around it.

Pages saved from news and aggregator sites carry navigation and widgets around the story
("Previous Article" plus the title of an unrelated article, "Leave a Comment", hashtag lines,
breadcrumbs, a masthead date, author boxes, share buttons). Extraction must never see them: an
unrelated teaser title is exactly where a false event or a foreign place would come from.

The classifier works line by line with a small table of markers (:data:`MARKERS`) and a few
shape rules:

- a marker line is furniture; navigation markers ("Next Article", "Read more") also take the
  following line when it is title-like (not a paragraph);
- once a story-ending marker has been seen (navigation, comments, related/most read, hashtags),
  every later line that is not a paragraph is furniture, and short non-sentence lines just
  before that marker (an author name, "News Desk") belong to the author box;
- before the headline: bare date lines, bylines, timestamps and breadcrumbs are furniture. A
  breadcrumb is a line starting with "Home" run together with section names, a line of short
  parts joined by ``>``/``»``/``/``, or a line that ends with the headline it stands above.

Dates found in furniture are kept as page metadata (see :class:`PageDate`): a date line *above*
the headline without a time of day is the page's masthead or crawl date (a display date, not
the story date: seed 002 shows "Saturday 20 April, 2024" over a September 2023 story); a date
line *below* the headline, or one with a time of day, or one prefixed by "Published"/"Posted",
is the article's timestamp and may be used as its publication date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

import dateparser

# ---------------------------------------------------------------------------------------------
# The marker table. Each row: kind, whole-line pattern (case-insensitive, surrounding spaces and
# trailing ":"/"…" ignored), whether it takes the next title-like line, whether it ends a story.


@dataclass(frozen=True, slots=True)
class Marker:
    """One kind of furniture line, recognised by a whole-line pattern."""

    kind: str
    pattern: re.Pattern[str]
    takes_next_title: bool = False
    ends_story: bool = False


def _marker(kind: str, regex: str, *, takes_next: bool = False, ends: bool = False) -> Marker:
    return Marker(kind, re.compile(rf"^(?:{regex})[\s:.…»>|-]*$", re.IGNORECASE), takes_next, ends)


MARKERS: Final[tuple[Marker, ...]] = (
    _marker("navigation", r"previous (article|post|story)|next (article|post|story)|prev", takes_next=True, ends=True),
    _marker("navigation", r"read (more|also|next)|see also|also read|related( story)?|more on this", takes_next=True),
    _marker("navigation", r"(you )?(may|might) (also )?(like|be interested( in)?)|možda vas zanima", ends=True),
    _marker("related", r"related (articles|posts|news|stories)|most (read|popular|viewed)|trending( now)?|latest (news|articles)|recommended( for you)?|more stories|top stories", ends=True),
    _marker("comments", r"(leave|write|post|add) a (comment|reply)|\d*\s*comments?|comments? \(\d+\)|komentari( \d+)?|\d+ komentari|pogledaj komentare|show comments|view comments", ends=True),
    _marker("summary_widget", r"no time to read\??|get a summary|summary|listen to (this )?article|\d+ min(ute)?s? read"),
    _marker("share", r"(share|tweet|email|print|pin)( (this|on) ?(article|story|page|facebook|twitter|x|whatsapp|linkedin|email))?( ?(share|tweet|comments|close button))*|share this article(comments|close button)?|podeli( vest)?|copy link|whatsapp|facebook|linkedin|telegram|viber"),
    _marker("widget", r"subscribe|sign up|newsletter|advertisement|sponsored|spot_img|no menu items!?|text size\s*(aa\s*)*|font size|follow us( on .{1,30})?|photo:? .{0,40}|getty images|reuters/.{1,40}"),
)

# Single words that are section labels when they stand alone above the headline.
SECTION_LABELS: Final = frozenset(
    "home news politics world region regional security society economy opinion breaking "
    "latest local europe balkans kosovo serbia analysis".split()
)

# Lines of an author box or site footer (they may carry sentence punctuation).
AUTHOR_BOX: Final = (
    re.compile(r"\bsend (us )?(press releases|news tips|tips)\b", re.IGNORECASE),
    re.compile(r"^[\w .&'-]{2,40} covers [\w ,&'-]{0,60}\bnews\b", re.IGNORECASE),
    re.compile(r"^(about the author|author:|written by|editor:|contact us|email:)", re.IGNORECASE),
    re.compile(r"^(©|copyright\b|all rights reserved)", re.IGNORECASE),
)

HASHTAG_LINE: Final = re.compile(r"^(#[\w-]+[\s,;]*)+$")
BYLINE: Final = re.compile(r"^(by|written by|posted by|author:?)\s+(?P<who>[\w][\w .,'&-]{1,60})$", re.IGNORECASE)
BREADCRUMB_SEPARATED: Final = re.compile(r"^[^.!?]{1,40}(\s*(>|»|›|/|\|)\s*[^.!?]{1,60}){2,}$")
BREADCRUMB_RUN_TOGETHER: Final = re.compile(r"^Home(?=[A-Z])\w")
PUBLISHED_PREFIX: Final = re.compile(r"^(published|posted|updated|last updated|date)( on| at)?:?\s*", re.IGNORECASE)
SENTENCE_END: Final = re.compile(r"[.!?…][\"'”’»)\]]*$")

_DATE_WORDS: Final = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
    "saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm utc gmt cet cest eet "
    "eest on at of th st nd rd h published posted updated last date".split()
)
_TIME_OF_DAY: Final = re.compile(r"\b\d{1,2}:\d{2}\b")
_DATE_SETTINGS: Final = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
}


@dataclass(frozen=True, slots=True)
class PageDate:
    """A date printed by the page itself (not a date inside the story)."""

    day: date
    raw: str
    role: str  # "display" (masthead/crawl date, not the story date) or "timestamp"
    has_time: bool


@dataclass(frozen=True, slots=True)
class RemovedBlock:
    """A furniture line, by kind, with its span in the raw page text."""

    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class CleanPage:
    """A page split into story text and furniture.

    ``text`` is the headline and story paragraphs (what ``Article.text`` holds); ``segments``
    map it back to the raw page: each ``(clean_start, raw_start, length)`` is a copied run.
    """

    text: str
    title: str
    removed: tuple[RemovedBlock, ...]
    page_dates: tuple[PageDate, ...]
    byline: str | None
    footer_outlet: str | None  # a site named in an author box / footer ("X covers ... news")
    segments: tuple[tuple[int, int, int], ...]

    @property
    def display_date(self) -> date | None:
        """The masthead/crawl date shown above the headline, if any (never the story date)."""
        return next((d.day for d in self.page_dates if d.role == "display"), None)

    @property
    def timestamp(self) -> date | None:
        """The article's own timestamp printed by the page, if any."""
        return next((d.day for d in self.page_dates if d.role == "timestamp"), None)

    def to_raw_offset(self, clean_offset: int) -> int:
        """Map an offset in ``text`` back to the raw page text."""
        if not self.segments:
            return clean_offset
        starts = [s[0] for s in self.segments]
        i = max(0, bisect_right(starts, clean_offset) - 1)
        clean_start, raw_start, length = self.segments[i]
        return raw_start + min(clean_offset - clean_start, length)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str  # stripped
    blank_before: bool


def _split_lines(raw: str) -> list[_Line]:
    lines: list[_Line] = []
    blank = False
    for match in re.finditer(r"[^\n]*", raw):
        segment = match.group()
        stripped = segment.strip()
        if not stripped:
            blank = blank or match.start() != match.end() or bool(lines)
            continue
        lead = len(segment) - len(segment.lstrip())
        start = match.start() + lead
        lines.append(_Line(start, start + len(stripped), stripped, blank))
        blank = False
    return lines


def is_paragraph(line: str) -> bool:
    """A line that reads as story prose: a dozen words or more ending like a sentence."""
    words = line.split()
    return len(words) >= 12 and (SENTENCE_END.search(line) is not None or ". " in line)


def _is_title_like(line: str) -> bool:
    return not is_paragraph(line) and len(line) <= 200


def _match_marker(line: str) -> Marker | None:
    for marker in MARKERS:
        if marker.pattern.match(line):
            return marker
    return None


def parse_date_line(line: str) -> tuple[date, bool, bool] | None:
    """``(day, has_time, published_prefix)`` when the whole line is a date, else ``None``."""
    if len(line) > 60 or not re.search(r"\d", line):
        return None
    prefixed = PUBLISHED_PREFIX.match(line)
    body = line[prefixed.end() :] if prefixed else line
    words = re.findall(r"[^\W\d_]+", body.lower())
    if any(w not in _DATE_WORDS for w in words):
        return None
    parsed = dateparser.parse(body, languages=["en"], settings=_DATE_SETTINGS)  # type: ignore[arg-type]
    if parsed is None:
        return None
    return parsed.date(), bool(_TIME_OF_DAY.search(body)), bool(prefixed)


def clean_page(raw: str) -> CleanPage:
    """Split a saved page into headline + story and furniture (see the module docstring)."""
    lines = _split_lines(raw)
    kinds: list[str | None] = [None] * len(lines)
    page_dates: list[PageDate] = []
    byline: str | None = None
    footer_outlet: str | None = None

    # Pass 1: marker lines, hashtags, author-box lines, repeated lines, date lines.
    for i, line in enumerate(lines):
        text = line.text
        marker = _match_marker(text)
        if marker is not None:
            kinds[i] = marker.kind
        elif HASHTAG_LINE.match(text):
            kinds[i] = "hashtags"
        elif any(p.search(text) for p in AUTHOR_BOX):
            kinds[i] = "author_box"
            found = re.match(r"^([\w .&'-]{2,40}?) covers\b", text)
            if found:
                footer_outlet = found.group(1).strip()
        elif i > 0 and text == lines[i - 1].text and not is_paragraph(text):
            kinds[i] = kinds[i - 1] = "author_box"
        elif (parsed := parse_date_line(text)) is not None:
            kinds[i] = "date_line"
        elif text.upper().startswith("SEE ALSO:") or text.upper().startswith("READ ALSO:"):
            kinds[i] = "navigation"

    # Pass 2: navigation markers take the following title-like line.
    for i, line in enumerate(lines):
        marker = _match_marker(line.text)
        if marker is not None and marker.takes_next_title:
            nxt = i + 1
            if nxt < len(lines) and kinds[nxt] is None and _is_title_like(lines[nxt].text):
                kinds[nxt] = "navigation_title"

    # Pass 3: after the first story-ending line, non-paragraph lines are furniture; short
    # non-sentence lines just before it are the author box.
    first_paragraph = next((i for i, ln in enumerate(lines) if is_paragraph(ln.text)), len(lines))
    first_end = next(
        (
            i
            for i, line in enumerate(lines)
            if i > first_paragraph
            and (
                kinds[i] == "hashtags"
                or ((m := _match_marker(line.text)) is not None and m.ends_story)
                or kinds[i] == "author_box"
            )
        ),
        None,
    )
    if first_end is not None:
        for i in range(first_end + 1, len(lines)):
            if kinds[i] is None and not is_paragraph(lines[i].text):
                kinds[i] = "trailing"
        j = first_end - 1
        while j > 0 and (kinds[j] is not None or _is_short_label(lines[j].text)):
            if kinds[j] is None:
                kinds[j] = "author_box"
            j -= 1

    # Pass 4: the head. Furniture above the headline: dates, bylines, breadcrumbs, labels.
    title_index = _find_title(lines, kinds)
    for i in range(len(lines)):
        text = lines[i].text
        before_title = title_index is None or i < title_index
        top = before_title or (title_index is not None and i <= title_index + 4 and not is_paragraph(text))
        if kinds[i] is None and before_title and text.lower() in SECTION_LABELS:
            kinds[i] = "section_label"
        elif kinds[i] is None and before_title and _is_breadcrumb(text, lines, title_index):
            kinds[i] = "breadcrumb"
        elif kinds[i] is None and top and i != title_index and (m := BYLINE.match(text)):
            kinds[i] = "byline"
            byline = byline or m.group("who").strip()
        if kinds[i] == "date_line":
            parsed = parse_date_line(text)
            if parsed is not None:
                day, has_time, prefixed = parsed
                role = "timestamp" if (has_time or prefixed or not before_title) else "display"
                if top or role == "display":
                    page_dates.append(PageDate(day, text, role, has_time))
        if title_index is None:
            title_index = _find_title(lines, kinds)

    title_index = _find_title(lines, kinds)
    return _assemble(raw, lines, kinds, title_index, page_dates, byline, footer_outlet)


def _is_short_label(text: str) -> bool:
    return len(text.split()) <= 6 and not SENTENCE_END.search(text) and len(text) <= 60


def _is_breadcrumb(text: str, lines: list[_Line], title_index: int | None) -> bool:
    if BREADCRUMB_RUN_TOGETHER.match(text) or BREADCRUMB_SEPARATED.match(text):
        return True
    if title_index is None or title_index >= len(lines):
        return False
    title = lines[title_index].text
    return text != title and text.endswith(title) and len(text) - len(title) <= 80


def _find_title(lines: list[_Line], kinds: list[str | None]) -> int | None:
    """The headline: the first line that is not furniture and not a breadcrumb of the next."""
    candidates = [i for i, k in enumerate(kinds) if k is None]
    for pos, i in enumerate(candidates):
        text = lines[i].text
        if BREADCRUMB_RUN_TOGETHER.match(text) or text.lower() in SECTION_LABELS:
            continue
        if pos + 1 < len(candidates):
            following = lines[candidates[pos + 1]].text
            if text != following and text.endswith(following) and _is_title_like(following):
                continue
        return i
    return None


def _assemble(
    raw: str,
    lines: list[_Line],
    kinds: list[str | None],
    title_index: int | None,
    page_dates: list[PageDate],
    byline: str | None,
    footer_outlet: str | None,
) -> CleanPage:
    parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    removed: list[RemovedBlock] = []
    position = 0
    for i, line in enumerate(lines):
        kind = kinds[i]
        if title_index is not None and i < title_index and kind is None:
            kind = "breadcrumb"
        if kind is not None:
            removed.append(RemovedBlock(kind, line.start, line.end, line.text))
            continue
        if parts:
            separator = "\n\n" if line.blank_before or i == title_index + 1 else "\n"  # type: ignore[operator]
            parts.append(separator)
            position += len(separator)
        segments.append((position, line.start, len(line.text)))
        parts.append(raw[line.start : line.end])
        position += len(line.text)
    text = "".join(parts)
    title = lines[title_index].text if title_index is not None and kinds[title_index] is None else ""
    return CleanPage(
        text=text,
        title=title,
        removed=tuple(removed),
        page_dates=tuple(page_dates),
        byline=byline,
        footer_outlet=footer_outlet,
        segments=tuple(segments),
    )


def page_date_time(value: str) -> datetime | None:
    """Parse a timestamp string from page metadata (ISO or free form) to a naive datetime."""
    parsed = dateparser.parse(value, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed
