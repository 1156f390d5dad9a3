"""One normalisation for gazetteer names and for the text they are searched in.

A name and a text are compared after the same character folding: case folded, Serbian
Cyrillic transliterated to Latin (``cyrtranslit``, "sr"), diacritics removed (č ć ç -> c,
ë -> e, š -> s, ž -> z, đ -> dj), every character that is not a letter or digit turned into a
space and runs of spaces collapsed. Text folding keeps an offset map so that a match in the
folded text points back at the original characters.

Spellings that folding cannot reach are generated as extra keys at index time by
:func:`name_variants`: đ written as plain d, and Albanian definite/indefinite forms
(Mitrovicë / Mitrovica, Ferizaj / Ferizaji, Viti / Vitia).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import cyrtranslit
import numpy as np
from unidecode import unidecode

# Letters that NFKD does not decompose into base letter + mark.
_SPECIAL_FOLDS: dict[str, str] = {
    "đ": "dj",
    "ð": "d",
    "ł": "l",
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "ß": "ss",
    "ı": "i",
    "ħ": "h",
    "þ": "th",
}
# Folding is tabulated for every code point below this bound (Latin, Cyrillic, Greek,
# punctuation); rarer characters are folded on the slow path one by one.
_TABLE_LIMIT = 0x3000


def _fold_char(ch: str) -> str:
    """Fold one character; may return "", one character or several."""
    if "\u0400" <= ch <= "\u04ff":
        latin = cyrtranslit.to_latin(ch, "sr")
        ch = latin if latin != ch else unidecode(ch)
    out: list[str] = []
    for c in ch.casefold():
        if c in _SPECIAL_FOLDS:
            out.append(_SPECIAL_FOLDS[c])
            continue
        for d in unicodedata.normalize("NFKD", c):
            if unicodedata.combining(d):
                continue
            if d in _SPECIAL_FOLDS:
                out.append(_SPECIAL_FOLDS[d])
            elif d.isalnum():
                out.append(d)
            else:
                out.append(" ")
    folded = "".join(out)
    # Punctuation that decomposes into several marks ("…" -> "...") stays one space.
    return " " if folded and not folded.strip() else folded


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """The translate table, and a pattern finding characters whose fold is not exactly one
    character (or that lie beyond the table)."""
    table: dict[int, str] = {}
    uneven: list[str] = []
    for code in range(_TABLE_LIMIT):
        ch = chr(code)
        folded = _fold_char(ch)
        if folded != ch:
            table[code] = folded
        if len(folded) != 1:
            uneven.append(re.escape(ch))
    pattern = re.compile(f"[{''.join(uneven)}\\U{_TABLE_LIMIT:08x}-\\U0010ffff]")
    return table, pattern


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A folded text and, per folded character, where it came from in the original.

    ``starts[i]`` is the original index of folded character ``i``; ``ends[i]`` the original
    index just after it. A match ``folded[a:b]`` is ``original[starts[a]:ends[b - 1]]``.
    """

    folded: str
    starts: np.ndarray
    ends: np.ndarray

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded slice ``[start, end)``."""
        return int(self.starts[start]), int(self.ends[end - 1])


def fold_text(text: str) -> FoldedText:
    """Fold a text for matching, keeping the offset map back into ``text``.

    Most texts fold one character to one character and take a fast ``str.translate`` path;
    texts with expanding or vanishing characters (đ, Cyrillic lj/nj, combining marks) fall
    back to a per-character loop.
    """
    table, uneven = _tables()
    folded = text.translate(table)
    if uneven.search(text) is None:
        starts = np.arange(len(text), dtype=np.int64)
        ends = starts + 1
    else:
        pieces: list[str] = []
        start_list: list[int] = []
        end_list: list[int] = []
        for i, ch in enumerate(text):
            piece = table.get(ord(ch), ch) if ord(ch) < _TABLE_LIMIT else _fold_char(ch)
            pieces.append(piece)
            start_list.extend([i] * len(piece))
            end_list.extend([i + 1] * len(piece))
        folded = "".join(pieces)
        starts = np.asarray(start_list, dtype=np.int64)
        ends = np.asarray(end_list, dtype=np.int64)
    if "  " in folded:
        codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32)
        keep = np.ones(codes.shape[0], dtype=bool)
        space = codes == ord(" ")
        keep[1:] = ~(space[1:] & space[:-1])  # drop a space that follows a space
        folded = codes[keep].tobytes().decode("utf-32-le")
        starts, ends = starts[keep], ends[keep]
    return FoldedText(folded=folded, starts=starts, ends=ends)


def normalize_name(name: str) -> str:
    """The matching key of a name: folded, single-spaced, stripped (``"Zvečan" -> "zvecan"``)."""
    table, _ = _tables()
    if name.isascii():
        return " ".join(name.translate(table).split())
    folded = "".join(
        table.get(ord(ch), ch) if ord(ch) < _TABLE_LIMIT else _fold_char(ch) for ch in name
    )
    return " ".join(folded.split())


def _albanian_forms(name: str) -> set[str]:
    """Definite/indefinite forms of an Albanian place name (last word inflected)."""
    head, _, last = name.rpartition(" ")
    prefix = f"{head} " if head else ""
    lower = last.casefold()
    forms: set[str] = set()
    if len(lower) < 3:
        return forms
    if lower.endswith("ë"):  # Mitrovicë -> Mitrovica (not the bare stem: "Mitrovic" is a surname)
        forms.add(last[:-1] + "a")
    elif lower.endswith("a"):  # Prishtina -> Prishtinë
        forms.add(last[:-1] + "ë")
    elif lower.endswith("i"):  # Viti -> Vitia
        forms.add(last + "a")
    elif lower.endswith(("k", "g", "h")):  # Kaçanik -> Kaçaniku
        forms.add(last + "u")
    elif lower[-1].isalpha() and lower[-1] not in "aeiouy":  # Ferizaj -> Ferizaji
        forms.add(last + "i")
    return {prefix + form for form in forms}


def name_variants(name: str, *, albanian: bool = False) -> set[str]:
    """Every matching key of one name: its normal form, đ as d, Albanian inflections."""
    spellings = {name}
    if albanian:
        spellings |= _albanian_forms(name)
    with_d = set()
    for spelling in spellings:
        cyr_free = (
            cyrtranslit.to_latin(spelling, "sr")
            if re.search("[\u0400-\u04ff]", spelling)
            else spelling
        )
        if "đ" in cyr_free.casefold():
            with_d.add(cyr_free.replace("đ", "d").replace("Đ", "D"))
    spellings |= with_d
    keys = {normalize_name(s) for s in spellings}
    keys.discard("")
    return keys
