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
from datetime import date
from typing import Final, NamedTuple

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


def _words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


def _marker(kind: str, *phrases: str, takes_next: bool = False, ends: bool = False) -> Marker:
    """A marker matching any of ``phrases`` (regular expressions) as the whole line."""
    body = "|".join(phrases)
    return Marker(kind, re.compile(rf"^(?:{body})[\s:.…»>|-]*$", re.IGNORECASE), takes_next, ends)


MARKERS: Final[tuple[Marker, ...]] = (
    _marker(
        "navigation",
        r"previous (article|post|story)",
        r"next (article|post|story)",
        r"prev",
        takes_next=True,
        ends=True,
    ),
    _marker(
        "navigation",
        r"read (more|also|next)",
        r"see also",
        r"also read",
        r"related( story)?",
        r"more on this",
        takes_next=True,
    ),
    _marker(
        "navigation",
        r"(you )?(may|might) (also )?(like|be interested( in)?)",
        r"možda vas zanima",
        ends=True,
    ),
    _marker(
        "related",
        r"related (articles|posts|news|stories)",
        r"most (read|popular|viewed)",
        r"trending( now)?",
        r"latest (news|articles)",
        r"recommended( for you)?",
        r"more stories",
        r"top stories",
        ends=True,
    ),
    _marker(
        "comments",
        r"(leave|write|post|add) a (comment|reply)",
        r"\d*\s*comments?",
        r"comments? \(\d+\)",
        r"komentari( \d+)?",
        r"\d+ komentari",
        r"pogledaj komentare",
        r"(show|view) comments",
        ends=True,
    ),
    _marker(
        "summary_widget",
        r"no time to read\??",
        r"get a summary",
        r"summary",
        r"listen to (this )?article",
        r"\d+ min(ute)?s? read",
    ),
    _marker(
        "share",
        r"(share|tweet|email|print|pin)( (this|on) ?(article|story|page|facebook|twitter|x|whatsapp"
        r"|linkedin|email))?( ?(share|tweet|comments|close button))*",
        r"share this article(comments|close button)?",
        r"podeli( vest)?",
        r"copy link",
        r"whatsapp|facebook|linkedin|telegram|viber",
    ),
    _marker(
        "widget",
        r"subscribe|sign up|newsletter|advertisement|sponsored",
        r"spot_img",
        r"no menu items!?",
        r"text size\s*(aa\s*)*",
        r"font size",
        r"follow us( on .{1,30})?",
        r"photo:? .{0,40}",
        r"getty images",
        r"reuters/.{1,40}",
    ),
)

# Single words that are section labels when they stand alone above the headline.
SECTION_LABELS: Final = _words(
    "home news politics world region regional security society economy opinion breaking "
    "latest local europe balkans kosovo serbia analysis"
)

# Lines of an author box or site footer (they may carry sentence punctuation).
AUTHOR_BOX: Final = (
    re.compile(r"\bsend (us )?(press releases|news tips|tips)\b", re.IGNORECASE),
    re.compile(r"^[\w .&'-]{2,40} covers [\w ,&'-]{0,60}\bnews\b", re.IGNORECASE),
    re.compile(r"^(about the author|author:|written by|editor:|contact us|email:)", re.IGNORECASE),
    re.compile(r"^(©|copyright\b|all rights reserved)", re.IGNORECASE),
    re.compile(
        r"^[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3} (reports|writes|covers) (on|about|for)\b"
        r"[^.]{0,160}\.?$"
    ),
)

# Tag and keyword lines ("Tags: Kosovo, Serbia", "Tagovi: ...") and inline teaser links.
TAG_LINE: Final = re.compile(
    r"^(tags?|tagovi|tagged( with)?|topics?|keywords?|oznake)\s*:", re.IGNORECASE
)
INLINE_NAVIGATION: Final = re.compile(
    r"^(read (more|also|next)|see also|also read|related|watch|listen|pročitajte još)"
    r"\s*:\s*\S.{0,160}$",
    re.IGNORECASE,
)
# Words that make a byline name an outlet rather than a person ("by time news").
OUTLET_WORDS: Final = re.compile(
    r"\b(news|times|post|press|agency|daily|desk|review|monitor|ledger|courier|signal|dispatch|"
    r"bulletin|tribune|herald|insight|today|service|radio|tv|online|media|journal|gazette|wire)\b",
    re.IGNORECASE,
)
STAFF_BYLINE: Final = re.compile(
    r"^(?P<who>[\w][\w .'&-]{1,50}?)\s+(staff|desk|staff reporter|correspondents?)\s*[|,·-]?\s*$|"
    r"^(staff reporter|staff writer|news desk)\s*[|,·-]?\s*$",
    re.IGNORECASE,
)

# A weather widget line ("3.9 C", "-2 °C", "18°"), which sits next to a display date.
WEATHER_LINE: Final = re.compile(r"^-?\d{1,2}([.,]\d)?\s*°?\s*[CF]?$")
HASHTAG_LINE: Final = re.compile(r"^(#[\w-]+[\s,;]*)+$")
BYLINE: Final = re.compile(
    r"^(by|written by|posted by|author:?)\s+(?P<who>[\w][\w .,'&|·-]{1,90})$", re.IGNORECASE
)
# Section names joined by at least two ">", "»" or "›" (a "|" between page-title parts is not
# a breadcrumb: "Headline | News | DW" is a page title).
BREADCRUMB_SEPARATED: Final = re.compile(r"^[^.!?>»›]{1,40}(\s*[>»›]\s*[^.!?>»›]{1,60}){2,}$")
BREADCRUMB_RUN_TOGETHER: Final = re.compile(r"^Home(?=[A-Z])\w")
SOURCE_CREDIT: Final = re.compile(
    r"^(source|izvor|burimi|izvor/source)\s*:\s*(?P<who>[\w][\w .&'/-]{1,50})$", re.IGNORECASE
)
PUBLISHED_PREFIX: Final = re.compile(
    r"^(published|posted|updated|last updated|date)( on| at)?:?\s*", re.IGNORECASE
)
SENTENCE_END: Final = re.compile(r"[.!?…][\"'”’»)\]]*$")

_DATE_WORDS: Final = _words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun am pm utc gmt cet "
    "cest eet eest on at of th st nd rd h published posted updated last date"
)
# Languages of the region's page furniture ("02 shkurt 2023", "29. novembar 2024").
DATE_LANGUAGES: Final = ("en", "sq", "sr-Latn", "hr", "bs", "ro", "de", "fr", "it")
_TIME_OF_DAY: Final = re.compile(r"\b\d{1,2}:\d{2}\b")
MONTH_YEAR: Final = re.compile(r"^[^\W\d_]{3,12}\.?,?\s+(19|20)\d\d$")
_MONTH_SETTINGS: Final = {"REQUIRE_PARTS": ["month", "year"], "PREFER_DAY_OF_MONTH": "first"}
_DATE_SETTINGS: Final = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "DMY",  # numeric dates in this domain's pages are day-first (01.08.2022)
}


@dataclass(frozen=True, slots=True)
class PageDate:
    """A date printed by the page itself (not a date inside the story)."""

    day: date
    raw: str
    role: str  # "display" (masthead/crawl date, not the story date) or "timestamp"
    has_time: bool
    precision: str = "day"  # "month" for a line such as "December 2024"


class DateLine(NamedTuple):
    """A line that is only a date: the day (first of the month at month precision), whether it
    has a time of day, whether it starts with "Published"/"Posted", and the precision."""

    day: date
    has_time: bool
    prefixed: bool
    precision: str = "day"


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
    outlet: str | None  # the site as the page names it (footer, byline or masthead line)
    segments: tuple[tuple[int, int, int], ...]

    @property
    def display_date(self) -> date | None:
        """The masthead/crawl date shown above the headline, if any (never the story date)."""
        return next((d.day for d in self.page_dates if d.role == "display"), None)

    @property
    def timestamp(self) -> date | None:
        """The article's own timestamp printed by the page, if any."""
        return next((d.day for d in self.page_dates if d.role == "timestamp"), None)

    @property
    def timestamp_precision(self) -> str:
        """ "day", or "month" when the page prints only a month ("December 2024")."""
        return next((d.precision for d in self.page_dates if d.role == "timestamp"), "day")

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
    """Non-empty lines with their stripped span, and whether a blank line precedes them."""
    lines: list[_Line] = []
    position = 0
    blank = False
    for segment in raw.split("\n"):
        stripped = segment.strip()
        if stripped:
            start = position + len(segment) - len(segment.lstrip())
            lines.append(_Line(start, start + len(stripped), stripped, blank and bool(lines)))
            blank = False
        else:
            blank = True
        position += len(segment) + 1
    return lines


def is_paragraph(line: str) -> bool:
    """A line that reads as story prose: a dozen words or more ending like a sentence."""
    words = line.split()
    return len(words) >= 12 and (SENTENCE_END.search(line) is not None or ". " in line)


def _is_title_like(line: str) -> bool:
    return not is_paragraph(line) and len(line) <= 200


def _match_marker(line: str) -> Marker | None:
    """The marker a line is, also for bilingual lines ("Prethodni članak / Previous Article")."""
    parts = [line, *(p.strip() for p in line.split(" / ") if " / " in line)]
    for part in parts:
        for marker in MARKERS:
            if marker.pattern.match(part):
                return marker
    return None


def parse_date_line(line: str) -> DateLine | None:
    """The date when the whole line is a date ("Saturday 20 April, 2024", "December 2024")."""
    if len(line) > 60 or not re.search(r"\d", line):
        return None
    prefixed = PUBLISHED_PREFIX.match(line)
    body = line[prefixed.end() :] if prefixed else line
    words = re.findall(r"[^\W\d_]+", body.lower())
    foreign = [w for w in words if w not in _DATE_WORDS]
    if len(foreign) > 2:
        return None
    languages = ["en"] if not foreign else list(DATE_LANGUAGES)
    parsed = dateparser.parse(body, languages=languages, settings=_DATE_SETTINGS)  # type: ignore[arg-type]
    if parsed is not None:
        return DateLine(parsed.date(), bool(_TIME_OF_DAY.search(body)), bool(prefixed))
    if len(words) == 1 and (month := MONTH_YEAR.match(body.strip())) is not None:
        parsed = dateparser.parse(month.group(0), languages=languages, settings=_MONTH_SETTINGS)  # type: ignore[arg-type]
        if parsed is not None:
            return DateLine(parsed.date().replace(day=1), False, bool(prefixed), "month")
    return None


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
        elif HASHTAG_LINE.match(text) or TAG_LINE.match(text):
            kinds[i] = "hashtags"
        elif INLINE_NAVIGATION.match(text) and not is_paragraph(text):
            kinds[i] = "navigation"
        elif any(p.search(text) for p in AUTHOR_BOX):
            kinds[i] = "author_box"
            found = re.match(r"^([\w .&'-]{2,40}?) covers\b", text)
            if found:
                footer_outlet = found.group(1).strip()
        elif not is_paragraph(text) and any(lines[j].text == text for j in range(i)):
            kinds[i] = "repeated"
        elif WEATHER_LINE.match(text):
            kinds[i] = "widget"
        elif parse_date_line(text) is not None:
            kinds[i] = "date_line"
        elif (split := split_byline_date(text)) is not None:
            kinds[i] = "byline_date"

    # Pass 1b: a block (lines between blank lines) above the story that holds a widget line
    # (weather, menu) is a widget block: its other short lines ("Novi Sad") go with it.
    _mark_widget_blocks(lines, kinds)

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
            )
        ),
        None,
    )
    if first_end is not None:
        for i in range(first_end + 1, len(lines)):
            text = lines[i].text
            if kinds[i] is None and (not SENTENCE_END.search(text) or len(text.split()) < 5):
                kinds[i] = "trailing"
        j = first_end - 1
        while j > 0 and (kinds[j] is not None or _is_short_label(lines[j].text)):
            if kinds[j] is None:
                kinds[j] = "author_box"
            j -= 1

    # Pass 4: the head. Above the headline: dates, breadcrumbs, section labels. Between the
    # headline and the first paragraph: bylines, dates, breadcrumbs and a masthead line.
    title_index = _find_title(lines, kinds)
    # The head ends at the first full paragraph after the headline (a short standfirst such
    # as "Two Serbs were detained today." does not end it).
    first_body = next(
        (
            i
            for i, ln in enumerate(lines)
            if is_paragraph(ln.text)
            and len(ln.text.split()) >= 20
            and (title_index is None or i > title_index)
        ),
        len(lines),
    )
    masthead: str | None = None
    byline_outlet: str | None = None
    for i in range(min(first_body, len(lines))):
        text = lines[i].text
        before_title = title_index is None or i < title_index
        if i == title_index:
            continue
        if kinds[i] is None and before_title and text.lower() in SECTION_LABELS:
            kinds[i] = "section_label"
        elif kinds[i] is None and (
            BREADCRUMB_SEPARATED.match(text)
            or (before_title and _is_breadcrumb(text, lines, title_index))
        ):
            kinds[i] = "breadcrumb"
        elif kinds[i] is None and (m := SOURCE_CREDIT.match(text)):
            kinds[i] = "source_credit"
            byline_outlet = byline_outlet or m.group("who").strip()
        elif kinds[i] is None and (m := BYLINE.match(text) or STAFF_BYLINE.match(text)):
            kinds[i] = "byline"
            who, outlet = _split_byline(m.group("who") or text)
            byline = byline or who
            byline_outlet = byline_outlet or outlet
        elif (
            kinds[i] is None
            and not before_title
            and _is_short_label(text)
            and not re.search(r"\d", text)
        ):
            kinds[i] = "masthead"
            masthead = masthead or text
    for i, line in enumerate(lines):
        before_title = title_index is None or i < title_index
        if kinds[i] == "byline_date" and i < first_body:
            split = split_byline_date(line.text)
            if split is not None:
                who, stamp = split
                page_dates.append(
                    PageDate(stamp.day, line.text, "timestamp", stamp.has_time, stamp.precision)
                )
                author, named_outlet = _split_byline(who)
                byline = byline or author
                byline_outlet = byline_outlet or named_outlet
            continue
        if kinds[i] != "date_line":
            continue
        parsed = parse_date_line(line.text)
        if parsed is None:
            continue
        day, has_time, prefixed, precision = parsed
        # A bare date above the headline, with no time and no byline next to it, is the
        # page's masthead/crawl date, and so is any date inside a widget block above the
        # headline (weather, menu); anything else near the headline is the article's own.
        neighbours = [lines[j].text for j in (i - 2, i - 1, i + 1) if 0 <= j < len(lines)]
        beside_byline = any(
            kinds[j] in ("byline", "byline_date") for j in (i - 1, i + 1) if 0 <= j < len(lines)
        )
        in_widget = before_title and any(
            WEATHER_LINE.match(t) or (m := _match_marker(t)) is not None and m.kind == "widget"
            for t in neighbours
        )
        role = (
            "timestamp"
            if (has_time or prefixed or beside_byline or not before_title) and not in_widget
            else "display"
        )
        if i < first_body or role == "display":
            page_dates.append(PageDate(day, line.text, role, has_time, precision))
    if title_index is not None:
        headline, title_outlet, title_day = split_page_title(lines[title_index].text)
        if title_day is not None:
            page_dates.append(PageDate(title_day, lines[title_index].text, "timestamp", False))
        byline_outlet = byline_outlet or title_outlet
        for i in range(title_index + 1, min(first_body + 1, len(lines))):
            if (
                kinds[i] in (None, "masthead")
                and lines[i].text == headline != lines[title_index].text
            ):
                kinds[i] = "repeated"
        if masthead == headline:
            masthead = None

    outlet = footer_outlet or masthead or byline_outlet
    return _assemble(raw, lines, kinds, title_index, page_dates, byline, outlet)


def split_byline_date(line: str) -> tuple[str, DateLine] | None:
    """``(who, date)`` for a line such as "- Associated Press - Wednesday, December 28, 2022"."""
    if len(line) > 120 or is_paragraph(line):
        return None
    parts = [p.strip() for p in re.split(r"\s+[-–—|·]\s+", line.strip(" -–—|·")) if p.strip()]
    if len(parts) < 2:
        return None
    parsed = parse_date_line(parts[-1])
    who = " | ".join(parts[:-1])
    if parsed is None or len(who.split()) > 6 or SENTENCE_END.search(who):
        return None
    return who, parsed


def split_page_title(line: str) -> tuple[str, str | None, date | None]:
    """(headline, site, date) from a page title such as "Headline | News | DW | 31.07.2022"."""
    parts = [p.strip() for p in line.split(" | ")]
    if len(parts) < 2:
        return line, None, None
    day = None
    if (parsed := parse_date_line(parts[-1])) is not None:
        day = parsed[0]
        parts = parts[:-1]
    site = next(
        (
            p
            for p in reversed(parts[1:])
            if p.lower() not in SECTION_LABELS
            and len(p.split()) <= 4
            and not re.search(r"[\d:]", p)
        ),
        None,
    )
    return parts[0], site, day


def _mark_widget_blocks(lines: list[_Line], kinds: list[str | None]) -> None:
    first_paragraph = next((i for i, ln in enumerate(lines) if is_paragraph(ln.text)), len(lines))
    block: list[int] = []
    for i in range(first_paragraph + 1):
        if i == first_paragraph or (block and lines[i].blank_before):
            has_widget = any(kinds[j] == "widget" for j in block)
            rest = [j for j in block if kinds[j] is None]
            if has_widget and all(
                len(lines[j].text.split()) <= 3 and not SENTENCE_END.search(lines[j].text)
                for j in rest
            ):
                for j in rest:
                    kinds[j] = "widget"
            block = []
        if i < first_paragraph:
            block.append(i)


def _split_byline(who: str) -> tuple[str | None, str | None]:
    """(author, outlet) from a byline: "Mara K. | Ibar Valley Monitor", "time news", "X staff"."""
    parts = [p.strip(" |·,-") for p in re.split(r"\s[|·]\s?|\s?[|·]\s", who) if p.strip(" |·,-")]
    if len(parts) >= 2:
        return parts[0], parts[-1]
    name = parts[0] if parts else who.strip()
    if name.lower() in {"staff", "staff reporter", "staff writer", "news desk", "editorial staff"}:
        return None, None
    staff = re.sub(
        r"\s+(staff|desk|staff reporter|correspondents?)$", "", name, flags=re.IGNORECASE
    )
    if staff != name:
        return None, staff
    if OUTLET_WORDS.search(name) or name[:1].islower():
        return None, name
    return name, None


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
        if (
            BREADCRUMB_RUN_TOGETHER.match(text)
            or BREADCRUMB_SEPARATED.match(text)
            or text.lower() in SECTION_LABELS
        ):
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
    outlet: str | None,
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
    title = (
        lines[title_index].text if title_index is not None and kinds[title_index] is None else ""
    )
    return CleanPage(
        text=text,
        title=title,
        removed=tuple(removed),
        page_dates=tuple(page_dates),
        byline=byline,
        outlet=outlet,
        segments=tuple(segments),
    )
