"""Split article text into sentences with character offsets into the original text.

A small regular-expression splitter rather than a library: news text here is short, English,
and needs only a few rules (abbreviations such as "U.S.", "Sept.", "Gen.", initials such as
"D.M.", headlines and captions on their own line, live-blog entries that open with a clock
time and a dash). It runs at several MB/s, which keeps
extraction well above the throughput target; ``tests/events`` pins the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

# Words that end with a full stop without ending a sentence (compared lower-cased, no dot).
ABBREVIATIONS: Final = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr",
        "adm", "gov", "sen", "rep", "st", "no", "nos", "vs", "etc", "approx", "est", "inc", "ltd",
        "co", "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sun", "fig", "ca", "cf", "al", "jr", "sr", "mt", "ft", "km", "pp", "art", "para",
    }
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9À-ÖØ-ÞĀ-žА-ЯЁЂ-Џ])")
# A live-blog entry opening with a clock time and a dash ("10:45 — ...") starts a sentence even
# when the blog runs its entries together on one line.
_LIVE_ENTRY = re.compile(r"(?<=\s)\d{1,2}[:.]\d{2}(?:\s*(?:CET|CEST|GMT|UTC|BST|h))?\s*[—–-]\s")
_TIME_WORD = re.compile(r"\b(?:at|by|until|till|from|since|around|before|after|to)\s+$", re.I)
_PARAGRAPH = re.compile(r"[^\n]+")
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text == article_text[start:end]``; ``paragraph`` counts lines from 0."""

    text: str
    start: int
    end: int
    paragraph: int


def _is_abbreviation(chunk: str) -> bool:
    """True when the text just before a full stop is an abbreviation or a run of initials."""
    match = _WORD_BEFORE_DOT.search(chunk)
    if match is None:
        return False
    word = match.group(1)
    if _INITIALS.match(word + "."):
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS or len(word) == 1


def _split_line(line: str, offset: int, paragraph: int) -> Iterator[Sentence]:
    cuts: list[int] = []
    start = 0
    for match in _BOUNDARY.finditer(line):
        end = match.end()
        if match.group(0).startswith(".") and _is_abbreviation(line[start : match.start() + 1]):
            continue
        cuts.append(end)
        start = end
    cuts.extend(match.start() for match in _LIVE_ENTRY.finditer(line)
                if not _TIME_WORD.search(line, 0, match.start()))
    start = 0
    for end in sorted(set(cuts)):
        yield from _make(line, start, end, offset, paragraph)
        start = end
    yield from _make(line, start, len(line), offset, paragraph)


def _make(line: str, start: int, end: int, offset: int, paragraph: int) -> Iterator[Sentence]:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    begin = offset + start + lead
    yield Sentence(stripped, begin, begin + len(stripped), paragraph)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order. Every line break ends a sentence (headlines, captions)."""
    sentences: list[Sentence] = []
    for paragraph, line in enumerate(_PARAGRAPH.finditer(text)):
        sentences.extend(_split_line(line.group(0), line.start(), paragraph))
    return sentences
