"""Place names used inside organisation names, handles and ethnonyms ("Kosovo Police",
"@Kosovo_Police", "Kosovo Serbs"): recognised so they are not reported as place mentions.

The patterns live in ``non_places.toml`` beside this module so they can be extended without
touching code; they are generalised by kind (a head word after the place, a phrase before it)
rather than listing whole organisation names one by one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gazetteer.model import GazetteerDataError

PATTERNS_PATH = Path(__file__).with_name("non_places.toml")


@dataclass(frozen=True, slots=True)
class NonPlaceRules:
    """Compiled non-place patterns (see ``non_places.toml`` for what each list means)."""

    after: re.Pattern[str]
    ethnonym: re.Pattern[str]
    before: re.Pattern[str]
    names: re.Pattern[str]
    handle_marks: frozenset[str]

    def name_spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of whole organisation names in ``text``."""
        return [m.span() for m in self.names.finditer(text)]

    def is_non_place(self, text: str, start: int, end: int) -> str | None:
        """Why ``text[start:end]`` is not a place mention ("organisation", "ethnonym",
        "handle"), or None when it may be one."""
        if (start > 0 and text[start - 1] in self.handle_marks) or (
            end < len(text) and text[end] in self.handle_marks
        ):
            return "handle"
        tail = text[end : end + 60]
        if self.ethnonym.match(tail):
            return "ethnonym"
        if self.after.match(tail):
            return "organisation"
        head = text[max(0, start - 40) : start]
        if self.before.search(head):
            return "organisation"
        return None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def load_rules(path: Path = PATTERNS_PATH) -> NonPlaceRules:
    """Read and compile the pattern file (cached per path)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise GazetteerDataError(f"{path}: cannot read the non-place patterns ({exc})") from exc
    missing = [
        k
        for k in ("after_heads", "ethnonym_heads", "before", "names", "handle_marks")
        if k not in data
    ]
    if missing:
        raise GazetteerDataError(f"{path}: missing key(s) {missing}; see the comments at its top")
    # "(Kosovo) police": a closing bracket or quote may sit between the name and the head word.
    gap = r"[)\]’'”\"]?[ \t]+"
    capitalised = r"(?:[A-Z][\w-]*[ \t]+){0,2}"
    # "Zvečan police station" names a building in the place, not the organisation.
    after = re.compile(
        gap + capitalised + rf"(?:{_alternation(data['after_heads'])})\b(?![ \t]+stations?\b)"
    )
    ethnonym = re.compile(r"[ \t]+" + rf"(?:{_alternation(data['ethnonym_heads'])})\b")
    # A hyphenated compound after the phrase is excluded whole: "Diocese of Raška-Prizren".
    before = re.compile(rf"\b(?:{_alternation(data['before'])})\s+(?:[\w]+-)*$")
    names = re.compile(rf"\b(?:{_alternation(data['names'])})\b")
    return NonPlaceRules(
        after=after,
        ethnonym=ethnonym,
        before=before,
        names=names,
        handle_marks=frozenset(data["handle_marks"]),
    )
