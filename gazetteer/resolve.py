"""Choose one place for each name found in a text, from the text's own context.

A name can mean several places (two Banjska, two Zvečan, Dren in Leposavić and in Zubin
Potok). Each candidate starts from a prior (importance, plus a bonus for places inside Kosovo,
the news domain) and gains from context, strongest first:

1. a container named right after it: "Dren in Leposavić", "Banjska near Zvečan", "Dren,
   Leposavić" -> candidates in that municipality or within :data:`NEAR_KM` of it;
2. the other places of the article: candidates close to places that are not ambiguous gain
   (``context:article``);
3. cue words: "municipality of X" / "X municipality" prefer the municipality; "the northern part
   of Mitrovica" means North Mitrovica; "near X" / "outskirts of X" lower the precision to 2.

The method recorded on each mention names the rule that decided it.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from gazetteer.model import Mention, Place

NEAR_KM = 15.0
AOI_BONUS = 0.1
CONTAINER_BONUS = 0.6
ARTICLE_BONUS = 0.3
MUNICIPALITY_CUE_BONUS = 0.5
# Places further apart than this in the text (characters) do not inform each other: a news
# article fits, a long concatenated text does not become one context.
ARTICLE_WINDOW = 5000

_NEAR_CUE = re.compile(
    r"\b(?:near|nearby|outside|outskirts of|vicinity of|close to|next to|not far from|"
    r"(?:north|south|east|west)(?:-?(?:east|west))? of|area of|around|on the road to)"
    r"\s+(?:the\s+)?(?:(?:village|town|city|settlement) of\s+)?$",
    re.IGNORECASE,
)
_MUNICIPALITY_BEFORE = re.compile(r"\bmunicipalit(?:y|ies) of\s+(?:the\s+)?$", re.IGNORECASE)
_MUNICIPALITY_AFTER = re.compile(r"^\s+(?:municipality|municipalities|commune)\b", re.IGNORECASE)
_NORTH_PART = re.compile(
    r"\bnorth(?:ern)?\b[^.;\n]{0,40}\b(?:part|side|half|section) of\s+(?:the\s+)?"
    r"(?:(?:divided\s+)?(?:town|city) of\s+)?$",
    re.IGNORECASE,
)
_NORTH_PART_AFTER = re.compile(r"^[’']s\s+(?:Serb-\w+\s+)?north(?:ern)?\s+(?:part|side|half)\b")
_CONTAINER_LINK = re.compile(
    r"^(?:,\s*|\s+(?:in|near|outside|of)\s+(?:the\s+)?(?:municipality of\s+)?)$"
)
_LIST_CONTINUES = re.compile(r",?\s+(?:and|or|&)\s+\w|,\s*[A-ZÀ-ÞČĆŠŽĐ]")
# Places whose mention means "Mitrovica" the divided city; "northern part of" moves it north.
_MITROVICA_CITY = "gn:789225"
_NORTH_MITROVICA = "ov:north-mitrovica"


@dataclass(frozen=True, slots=True)
class Match:
    """A name found in the text before resolution: its span and every place it may mean."""

    start: int
    end: int
    candidates: tuple[int, ...]  # indices into the gazetteer's place list, best prior first
    method: str  # "exact" or "fuzzy"
    score: float  # 1.0 for exact, the fuzzy ratio otherwise


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance in km (inf when either place has no point)."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def prior(place: Place) -> float:
    """Context-free preference: importance, plus a bonus for places inside Kosovo."""
    return place.importance + (AOI_BONUS if place.in_aoi else 0.0)


def _is_sub_national(place: Place) -> bool:
    return (
        place.in_aoi
        and place.geo_precision <= 3
        and place.feature_type not in ("country", "region")
    )


def resolve_matches(
    text: str,
    matches: Sequence[Match],
    places: Sequence[Place],
    by_id: dict[str, Place],
) -> list[Mention]:
    """Turn matches (sorted by start) into resolved mentions, using the whole text as context."""
    anchor_at = [
        (m.start, places[m.candidates[0]])
        for m in matches
        if len(m.candidates) == 1 and _is_sub_national(places[m.candidates[0]])
    ]
    anchor_starts = [start for start, _ in anchor_at]
    resolved: list[Mention] = []
    for i, match in enumerate(matches):
        low = bisect.bisect_left(anchor_starts, match.start - ARTICLE_WINDOW)
        high = bisect.bisect_right(anchor_starts, match.start + ARTICLE_WINDOW)
        anchors = [place for _, place in anchor_at[low:high]]
        before = text[max(0, match.start - 60) : match.start]
        after = text[match.end : match.end + 30]
        container = _container(
            text, match, matches[i + 1] if i + 1 < len(matches) else None, places
        )
        wants_municipality = bool(
            _MUNICIPALITY_BEFORE.search(before) or _MUNICIPALITY_AFTER.match(after)
        )
        place, method, score = _choose(match, places, anchors, container, wants_municipality)
        precision = place.geo_precision
        if (
            place.place_id == _MITROVICA_CITY
            and (_NORTH_PART.search(before) or _NORTH_PART_AFTER.match(after))
            and _NORTH_MITROVICA in by_id
        ):
            place, method, precision = by_id[_NORTH_MITROVICA], "context:part", 2
        if precision == 1 and _NEAR_CUE.search(before):
            precision = 2
        resolved.append(
            Mention(
                text=text[match.start : match.end],
                start=match.start,
                end=match.end,
                place=place,
                geo_precision=precision,
                score=round(score, 3),
                method=method,
                candidates=tuple(places[c].place_id for c in match.candidates),
            )
        )
    return resolved


def _container(
    text: str, match: Match, following: Match | None, places: Sequence[Place]
) -> tuple[Place, bool] | None:
    """The place named right after ``match`` as its container, and whether the link was a
    word ("X in Y", "X near Y": nearness counts) rather than a comma ("X, Y": only the same
    municipality counts). None when there is no container."""
    if following is None:
        return None
    link = text[match.end : following.start]
    if not _CONTAINER_LINK.match(link):
        return None
    if set(following.candidates) & set(match.candidates):
        return None  # a list repeating one name ("Gračanica, GRACANICA") is not a container
    best = places[following.candidates[0]]
    if not _is_sub_national(best):
        return None
    worded = "," not in link
    if not worded:
        # "Zvečan, Leposavić and Zubin Potok" is a list; "Dren, Leposavić, blocked" is not.
        if _LIST_CONTINUES.match(text, following.end):
            return None
        if prior(best) <= max(prior(places[c]) for c in match.candidates):
            return None  # a container is bigger than what it contains
    return best, worded


def _choose(
    match: Match,
    places: Sequence[Place],
    anchors: Sequence[Place],
    container: tuple[Place, bool] | None,
    wants_municipality: bool,
) -> tuple[Place, str, float]:
    candidates = [places[c] for c in match.candidates]
    base_score = match.score if match.method == "fuzzy" else 1.0
    if len(candidates) == 1:
        return candidates[0], match.method, 0.95 * base_score
    scored: list[tuple[float, str, Place]] = []
    for place in candidates:
        score, reason = prior(place), "importance"
        if wants_municipality and place.feature_type == "municipality":
            score, reason = score + MUNICIPALITY_CUE_BONUS, "context:municipality"
        if container is not None:
            outer, worded = container
            same_municipality = (
                bool(place.municipality_code) and place.municipality_code == outer.municipality_code
            )
            if outer.place_id != place.place_id and (
                same_municipality or (worded and distance_km(place, outer) <= NEAR_KM)
            ):
                score, reason = score + CONTAINER_BONUS, "context:near"
        others = [a for a in anchors if a.place_id != place.place_id]
        if others and _is_sub_national(place):
            nearest = min(distance_km(place, a) for a in others)
            bonus = ARTICLE_BONUS * math.exp(-nearest / NEAR_KM) if math.isfinite(nearest) else 0.0
            if bonus > 0.01:
                score += bonus
                if reason == "importance":
                    reason = "context:article"
        scored.append((score, reason, place))
    scored.sort(key=lambda item: (-item[0], item[2].place_id))
    best_score, reason, best = scored[0]
    runner_up = scored[1][0]
    if reason == "context:article" and prior(best) >= max(prior(p) for p in candidates):
        reason = "importance"  # context agreed with the prior; the prior decided
    if match.method == "fuzzy":
        reason = f"fuzzy+{reason}"
    margin = (best_score - runner_up) / best_score if best_score > 0 else 0.0
    confidence = min(0.95, 0.55 + margin) * base_score
    return best, reason, confidence
