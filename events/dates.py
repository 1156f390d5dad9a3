"""Event dates: find date phrases in a sentence and resolve them against the publication date.

Small patterns instead of calling ``dateparser`` on every sentence: news dates come in a few
shapes ("On June 1", "Dec. 10", "24 September", "on the night of September 24", "on Friday",
"Tuesday evening", "last week", "in December", "last year"), and the patterns are both faster
(see ``bench/bench_extract.py``, which measures dateparser as the baseline) and stricter about
what counts as a date. Rules are in docs/CODEBOOK.md ("Dates"):

- ``explicit``: the text names the day, month or year (a missing year is taken from the
  publication date: the latest such date not more than ``FUTURE_SLACK_DAYS`` after it);
- ``relative_to_publication``: weekdays, "yesterday", "last week", "last month", "last year";
- ``publication``: no date phrase, the event is dated to the publication day (lower confidence);
- ``unknown``: neither a usable phrase nor a publication date.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

MONTHS: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
# A day/month without a year is placed in the publication year unless that puts it this many
# days after publication (then it is last year's): news reports the past, rarely far ahead.
FUTURE_SLACK_DAYS: Final = 60

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("iso", re.compile(r"\b(?P<year>20\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE)),
    ("day_month", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?",
                             re.IGNORECASE)),
    ("month", re.compile(
        rf"\b(?:(?:in|since|during|from|until|by|early|late|mid|that|that\s+same|the\s+same|"
        rf"(?:at\s+)?the\s+(?:end|beginning|"
        rf"start|middle)\s+of|(?:in\s+)?early|(?:in\s+)?late)[\s-]+)+{_MONTH}(?:\s+(?:of\s+)?{_YEAR})?\b",
        re.IGNORECASE,
    )),
    ("month", re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)),
    ("year", re.compile(rf"\b(?:in|since|during|early|late|of|throughout)\s+{_YEAR}\b",
                        re.IGNORECASE)),
    ("weekday", re.compile(
        r"\b(?:(?:on|last|this|late|early|past)\s+)?(?P<weekday>monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\b",
        re.IGNORECASE,
    )),
    ("relative", re.compile(
        r"\b(?P<rel>today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night|"
        r"the\s+day\s+before\s+yesterday|(?:last|past|this|previous)\s+week(?:end)?|"
        r"(?:over\s+)?the\s+(?:past\s+)?weekend|(?:last|past|previous)\s+month|"
        r"earlier\s+this\s+month|this\s+month|last\s+year|this\s+year|next\s+week|next\s+month|"
        r"(?P<ago>\w+)\s+days\s+ago)\b",
        re.IGNORECASE,
    )),
)
_ANY_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_RELATIVE_STEMS: Final = ("today", "tonight", "this ", "yesterday", "night", "week", "month",
                          "year", " ago")
_RELATIVE_ANCHOR = re.compile("|".join(map(re.escape, _RELATIVE_STEMS)))
_DIGIT = re.compile(r"\d")
_SMALL_NUMBERS: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_WORD_MONTHS: Final = frozenset({"may", "march", "mar"})
# Words that make a capitalised "May" a verb rather than the month.
_MAY_VERB = re.compile(r"^\s+(?:be|have|not|also|still|yet|face|take|need|lead|soon)\b", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase in a text, resolved: ``date`` is the first day the phrase stands for."""

    phrase: str
    start: int
    end: int
    date: date | None
    precision: str  # day, week, month, year
    basis: str  # explicit, relative_to_publication, publication, unknown


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= day <= monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _place_year(month: int, day: int, published: date | None, context_year: int | None
                ) -> tuple[int | None, bool]:
    """The year for a day/month without one; the flag says it came from the publication."""
    if published is None:
        return context_year, False
    year = published.year
    candidate = _safe_date(year, month, min(day, monthrange(year, month)[1]))
    if candidate and (candidate - published).days > FUTURE_SLACK_DAYS:
        year -= 1
    return year, True


def _month_of(published: date, back: int) -> date:
    month = published.month - back
    year = published.year
    while month < 1:
        month += 12
        year -= 1
    while month > 12:
        month -= 12
        year += 1
    return date(year, month, 1)


def _resolve(kind: str, match: re.Match[str], published: date | None, pub_precision: str,
             context_year: int | None) -> tuple[date | None, str, str]:
    groups = match.groupdict()
    if kind in ("iso", "month_day", "day_month"):
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
        day = int(groups["day"])
        if groups.get("year"):
            return _safe_date(int(groups["year"]), month, day), "day", "explicit"
        year, _ = _place_year(month, day, published, context_year)
        if year is None:
            return None, "day", "unknown"
        return _safe_date(year, month, day), "day", "explicit"
    if kind == "month":
        month = MONTHS[groups["month"].lower()]
        if groups.get("year"):
            return date(int(groups["year"]), month, 1), "month", "explicit"
        year, _ = _place_year(month, 1, published, context_year)
        if year is None:
            return None, "month", "unknown"
        return date(year, month, 1), "month", "explicit"
    if kind == "year":
        return date(int(groups["year"]), 1, 1), "year", "explicit"
    if published is None:
        return None, "day", "unknown"
    rel = "relative_to_publication"
    if kind == "weekday":
        if pub_precision != "day":
            return date(published.year, published.month, 1), "month", rel
        # the latest such day up to publication: wire copy says "on Saturday" for the day it
        # is filed (dev and samples: 8 of 8 such phrases), but "last Saturday" is a week back
        back = (published.weekday() - WEEKDAYS[groups["weekday"].lower()]) % 7
        if back == 0 and match.group(0).lower().startswith(("last", "past")):
            back = 7
        return published - timedelta(days=back), "day", rel
    text = " ".join(groups["rel"].lower().split())
    if pub_precision != "day" and "year" not in text:
        return date(published.year, published.month, 1), "month", rel
    if text in ("today", "tonight") or text.startswith("this ") and text.endswith(
            ("morning", "afternoon", "evening")):
        return published, "day", rel
    if text in ("yesterday", "last night"):
        return published - timedelta(days=1), "day", rel
    if text == "the day before yesterday":
        return published - timedelta(days=2), "day", rel
    if text.endswith("days ago"):
        count = _SMALL_NUMBERS.get(groups["ago"].lower()) or (
            int(groups["ago"]) if groups["ago"].isdigit() else None)
        if count is None:
            return None, "day", "unknown"
        return published - timedelta(days=count), "day", rel
    if "weekend" in text:
        back = (published.weekday() - 5) % 7 or (7 if published.weekday() == 5 else 0)
        return published - timedelta(days=back), "week", rel
    if text == "next week":
        start = published + timedelta(days=7)
        return start - timedelta(days=start.weekday()), "week", rel
    if text == "next month":
        return _month_of(published, -1), "month", rel
    if text == "this week":
        return published - timedelta(days=published.weekday()), "week", rel
    if text.endswith("week"):
        start = published - timedelta(days=7)
        return start - timedelta(days=start.weekday()), "week", rel
    if text in ("this month", "earlier this month"):
        return _month_of(published, 0), "month", rel
    if text.endswith("month"):
        return _month_of(published, 1), "month", rel
    if text == "this year":
        return date(published.year, 1, 1), "year", rel
    return date(published.year - 1, 1, 1), "year", rel


def in_story_year(found: list[DateMention], story_year: int | None) -> list[DateMention]:
    """"that September", "the same May": the month of the year last named, not of publication.

    ``story_year`` is the year the narrative is in (of the last date stated before the
    sentence); a year named earlier in the sentence itself takes precedence.
    """
    resolved: list[DateMention] = []
    year = story_year
    for mention in found:
        if (_THAT_MONTH.match(mention.phrase) and mention.date is not None and year is not None
                and not _YEAR_DIGITS.search(mention.phrase)):
            mention = replace(mention, date=mention.date.replace(year=year))
        elif mention.date is not None and _YEAR_DIGITS.search(mention.phrase):
            year = mention.date.year
        resolved.append(mention)
    return resolved


_THAT_MONTH = re.compile(r"(?:that|the\s+same)\s", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")


def find_dates(text: str, published: date | None, *, pub_precision: str = "day",
               context_year: int | None = None, offset: int = 0) -> list[DateMention]:
    """Date phrases in ``text`` (one sentence), resolved, in text order, without overlaps.

    "that September" takes the year named earlier in the sentence; ``in_story_year`` gives
    it the year of the story told before the sentence.
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    has_digit = _DIGIT.search(text) is not None
    has_month = _ANY_MONTH.search(text) is not None
    for kind, pattern in _PATTERNS:
        if kind in ("iso", "year") and not has_digit:
            continue
        if kind in ("month_day", "day_month", "month") and not has_month:
            continue
        if kind == "weekday" and "day" not in lowered:
            continue
        if kind == "relative" and not _RELATIVE_ANCHOR.search(lowered):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            month_word = match.groupdict().get("month")
            if month_word and month_word.lower() == "may" and kind == "month" and (
                    _MAY_VERB.match(text, end) or text[match.start("month")].islower()):
                continue
            if month_word and month_word.lower() in _WORD_MONTHS and month_word[0].islower():
                continue  # "may", "march": verbs unless capitalised
            day_value, precision, basis = _resolve(kind, match, published, pub_precision,
                                                   context_year)
            if basis == "explicit" and day_value is None and precision == "day":
                continue  # "June 31": not a date
            taken.append((start, end))
            found.append(DateMention(match.group(0), offset + start, offset + end, day_value,
                                     precision, basis))
    found.sort(key=lambda d: d.start)
    return in_story_year(found, None)


# "a day later", "the following week", "later that night": a date counted from the event
# told just before (the narrative anchor), not from the publication day.
_LATER = re.compile(
    r"\b(?:(?P<count>a|an|one|two|three|four|five|six|seven|\d)\s+(?P<unit>days?|weeks?)\s+"
    r"later|(?:the\s+)?(?:following|next)\s+(?P<next>day|morning|evening|night|week)|"
    r"(?P<same>later\s+(?:that|in\s+the|on\s+the\s+same|the\s+same)\s+"
    r"(?:day|morning|afternoon|evening|night))|"
    r"(?P<later>\b[Ll]ater\b|\bsubsequently\b))", re.IGNORECASE)


def after_anchor(text: str, anchor: DateMention, offset: int = 0) -> DateMention | None:
    """A date phrase counted from an earlier dated event ("two days later") in ``text``.

    The result has basis ``relative_to_event``; a bare "later" gives the week from the anchor
    (the gap is not stated, but news rarely tells a sequel more than days after).
    """
    match = _LATER.search(text)
    if match is None or anchor.date is None or anchor.precision not in ("day", "week"):
        return None
    start, end = offset + match.start(), offset + match.end()
    phrase = match.group(0)
    if match.group("same"):
        return DateMention(phrase, start, end, anchor.date, anchor.precision, "relative_to_event")
    if match.group("later"):
        return DateMention(phrase, start, end, anchor.date, "week", "relative_to_event")
    if match.group("next"):
        if match.group("next").lower() == "week":
            monday = anchor.date + timedelta(days=7 - anchor.date.weekday())
            return DateMention(phrase, start, end, monday, "week", "relative_to_event")
        return DateMention(phrase, start, end, anchor.date + timedelta(days=1), "day",
                           "relative_to_event")
    word = match.group("count").lower()
    count = 1 if word in ("a", "an", "one") else (_SMALL_NUMBERS.get(word) or int(word))
    if match.group("unit").lower().startswith("week"):
        return DateMention(phrase, start, end, anchor.date + timedelta(days=7 * count), "week",
                           "relative_to_event")
    return DateMention(phrase, start, end, anchor.date + timedelta(days=count), "day",
                       "relative_to_event")


_YEAR_IN_TEXT = re.compile(r"\b(20[0-3]\d)\b")


def article_year(text: str) -> int | None:
    """The most frequent year named in an article, to place "On June 1" when no date is known."""
    counts: dict[int, int] = {}
    for match in _YEAR_IN_TEXT.finditer(text):
        year = int(match.group(1))
        counts[year] = counts.get(year, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def publication_fallback(published: date | None, pub_precision: str) -> DateMention:
    """The date an event gets when its sentence names none: the publication day, if known."""
    if published is None:
        return DateMention("", 0, 0, None, "day", "unknown")
    if pub_precision == "month":
        return DateMention("", 0, 0, date(published.year, published.month, 1), "month",
                           "publication")
    return DateMention("", 0, 0, published, "day", "publication")


def period(day: date, precision: str) -> tuple[date, date]:
    """First and last day a date at a precision stands for ("week" is seven days from it)."""
    if precision == "day":
        return day, day
    if precision == "week":
        return day, day + timedelta(days=6)
    if precision == "month":
        return day.replace(day=1), day.replace(day=monthrange(day.year, day.month)[1])
    return date(day.year, 1, 1), date(day.year, 12, 31)


# "... around the clock, three days after an explosion tore a hole in the canal": the count
# of days or weeks just before the word naming an earlier event.
_COUNT_BEFORE = re.compile(
    r"\b(?P<count>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+$",
    re.IGNORECASE)


def counted_back(text_before: str, offset: int, anchor: DateMention) -> DateMention | None:
    """The date of an earlier event named "three days after ..." or "a week after ...":
    counted back from the date of the sentence's own event (``anchor``). ``text_before`` ends
    where the word naming the earlier event begins, ``offset`` is where it starts in the
    article. None when no count precedes it or the anchor is not known to the day."""
    match = _COUNT_BEFORE.search(text_before)
    if match is None or anchor.date is None or anchor.precision != "day":
        return None
    word = match.group("count").lower()
    count = 1 if word in ("a", "an", "one") else (_SMALL_NUMBERS.get(word) or int(word))
    weeks = match.group("unit").lower().startswith("week")
    first = anchor.date - timedelta(days=7 * count if weeks else count)
    return DateMention(match.group(0).strip(), offset + match.start(), offset + match.end(),
                       first, "week" if weeks else "day", "relative_to_event")
