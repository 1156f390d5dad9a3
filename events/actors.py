"""Actors: canonical names from ``events/actors.toml`` found in a sentence, and their roles.

The list is the codebook's (docs/CODEBOOK.md, "Actors"): international forces and national
contingents, police and armies of both sides, crowds, armed groups, governments, civilians.
Roles follow the event subtype:

- ``deploying_force``: a force that moves, is announced, raised in readiness or withdrawn;
- ``target``: named right before a passive verb ("three officers were arrested") or after
  "against"/"attacked"/"on";
- ``actor``: everyone else who takes part.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from events.errors import EventsError
from events.schema import DEPLOYMENT_SUBTYPES

ACTORS_PATH: Final = Path(__file__).with_name("actors.toml")
ROLES: Final = ("actor", "target", "deploying_force")

_PASSIVE_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:were|was|been|being|got)\s+(?:\w+ly\s+)?(?:arrested|detained|attacked|"
    r"injured|wounded|killed|hit|targeted|assaulted|shot|dispersed|apprehended)\b",
    re.IGNORECASE,
)
_TARGET_BEFORE = re.compile(
    r"\b(?:against|attacked|attack\s+on|attacks\s+on|assaulted|targeting|targeted|at|injuring|"
    r"wounding|killing|arrest\s+of|detention\s+of|detainment\s+of|arrested|detained)\s+"
    r"(?:the\s+|a\s+|an\s+|\w+\s+)?$",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_FORCE_KINDS: Final = frozenset({"international_force", "national_contingent", "military",
                                 "police", "armed_group"})


class ActorsFileError(EventsError, ValueError):
    """``actors.toml`` is malformed; the message names the entry and the field to fix."""


@dataclass(frozen=True, slots=True)
class Actor:
    """One canonical actor with its aliases and kind."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    side: str = "none"  # kosovo, serbia, international, none


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A canonical actor named in a text at ``start:end`` by ``alias``."""

    name: str
    kind: str
    alias: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ActorMatcher:
    """All aliases compiled into two alternations (case-sensitive acronyms, the rest not)."""

    actors: tuple[Actor, ...]
    by_alias: dict[str, Actor]
    exact: re.Pattern[str] | None
    folded: re.Pattern[str] | None

    def find(self, text: str, offset: int = 0) -> list[ActorMention]:
        """Actor mentions in ``text``, longest alias first, without overlaps, in text order."""
        hits: list[ActorMention] = []
        for pattern, fold in ((self.exact, False), (self.folded, True)):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                alias = match.group(0)
                actor = self.by_alias[alias.lower() if fold else alias]
                start, end = match.span()
                if any(start < h.end - offset and h.start - offset < end for h in hits):
                    continue
                hits.append(ActorMention(actor.name, actor.kind, alias, offset + start,
                                         offset + end))
        hits.sort(key=lambda h: h.start)
        return hits


def _alternation(aliases: list[str], flags: int) -> re.Pattern[str] | None:
    if not aliases:
        return None
    body = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(rf"(?<![\w@])(?:{body})(?![\w])", flags)


def load_actors(path: Path = ACTORS_PATH) -> ActorMatcher:
    """Read the actor list; raise ActorsFileError naming the entry when a field is missing."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    actors: list[Actor] = []
    by_alias: dict[str, Actor] = {}
    exact: list[str] = []
    folded: list[str] = []
    for i, entry in enumerate(data.get("actor", [])):
        for field in ("name", "kind", "aliases"):
            if field not in entry:
                raise ActorsFileError(f"{path}: actor #{i + 1} lacks {field!r}; add it")
        actor = Actor(entry["name"], entry["kind"], tuple(entry["aliases"]),
                      entry.get("side", "none"))
        actors.append(actor)
        for alias in (actor.name, *actor.aliases):
            if alias.isupper() or any(c.isupper() for c in alias[1:]) and alias.replace(
                    ".", "").isupper():
                exact.append(alias)
                by_alias.setdefault(alias, actor)
            else:
                folded.append(alias)
                by_alias.setdefault(alias.lower(), actor)
    return ActorMatcher(tuple(actors), by_alias, _alternation(exact, 0),
                        _alternation(folded, re.IGNORECASE))


@lru_cache(maxsize=1)
def default_actors() -> ActorMatcher:
    """The packaged actor list, loaded once."""
    return load_actors()


def assign_roles(subtype: str, sentence: str, offset: int, mentions: list[ActorMention]
                 ) -> tuple[tuple[str, str], ...]:
    """(canonical actor, role) pairs for one event, each actor once, in text order."""
    pairs: list[tuple[str, str]] = []
    seen: set[str] = set()
    for mention in mentions:
        if mention.name in seen:
            continue
        seen.add(mention.name)
        local_start = mention.start - offset
        local_end = mention.end - offset
        if subtype in DEPLOYMENT_SUBTYPES and mention.kind in _FORCE_KINDS:
            role = "deploying_force"
        elif _BY_BEFORE.search(sentence[max(0, local_start - 12):local_start]):
            role = "actor"
        elif _PASSIVE_AFTER.match(sentence, local_end) or _TARGET_BEFORE.search(
                sentence[max(0, local_start - 40):local_start]):
            role = "target"
        else:
            role = "actor"
        pairs.append((mention.name, role))
    return tuple(pairs)
