"""Cross-article dedup: the same real event reported by several articles becomes one event.

Two steps, as in record linkage:

1. **Blocking** (cheap, done in SQL by the store, repeated here by :func:`in_same_block`):
   same ``type`` and a related subtype; dates whose windows overlap (see :func:`date_window`);
   and places that can be the same site (:func:`place_relation`).
2. **Scoring** (:func:`decide_merge`) of each candidate in the block; the best candidate that
   reaches :data:`MERGE_THRESHOLD` takes the new report.

The rule, in words (also in docs/events-store.md):

- never merge two events from the same article (extraction already merged within an article);
- the subtypes must be the same (+0.10) or siblings that outlets use for one event
  (:data:`SUBTYPE_FAMILIES`: an armed clash / an armed attack; a protest / a riot; an arrest / a
  police operation; a deployment / an announced reinforcement); anything else vetoes;
- the place must be compatible: the same place (+0.40 for a site, +0.30 for a municipality or
  region, +0.15 for a country), the same municipality (+0.25), or one place containing the other:
  a country- or region-level report inside Kosovo contains any Kosovo site, a municipality contains
  its sites (+0.20); a report that names no place is compatible with any place (+0.10, or
  +0.15 when neither names one) but then the merge also needs a shared actor or shared figures;
  two different named places veto;
- dates: each date stands for the interval its precision covers (a day, a week, a month, a year),
  widened by :data:`DAY_TOLERANCE` days on each side because outlets date the same night a day
  apart; non-overlapping intervals veto; overlapping ones add +0.30 (+0.35 for days at most one
  day apart). An unknown date adds +0.10 but then the merge also needs figures both reports give
  and a shared actor (one that is not an umbrella such as NATO or KFOR, unless the figures are
  equal), and the articles must have been published within
  :data:`UNDATED_REPORT_DAYS` days of each other when both publication dates are known;
- reported figures: for each kind both report (troops, killed, injured, arrested) the ranges must
  be compatible: overlapping, or apart by at most ``max(3, half the larger)``; incompatible
  figures veto ("about 700" and "2,000" are two deployments) except for an incident at the same
  site on the same or next day, where counts that grow during the day only widen the range;
  equal figures add +0.25, compatible ones +0.15;
- shared actors add up to +0.15 (Jaccard overlap of the actor names);
- the best candidate with a score of at least :data:`MERGE_THRESHOLD` (0.5) takes the report.

A merge keeps every source, the reasons and score, and disagreeing figures as a range
(low = min, high = max); see :func:`merge_counts`. The store then gives the merged event the
subtype and the date most of its sources report.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

MERGE_THRESHOLD: Final = 0.5
DAY_TOLERANCE: Final = 2
PRECISION_DAYS: Final[dict[str, int]] = {"day": 1, "week": 7, "month": 31, "year": 366}
COUNT_KINDS: Final = ("troops", "killed", "injured", "arrested")
UNDATED_REPORT_DAYS: Final = 60
# Place relations that say little on their own: such merges also need an actor or figures.
WEAK_PLACE_RELATIONS: Final = frozenset({"one report names no place", "both without a place"})
# Umbrella actors take part in most deployments; sharing only these says little.
UMBRELLA_ACTORS: Final = frozenset({"NATO", "KFOR", "EULEX", "Civilians"})
# Subtypes that different outlets use for the same real event.
SUBTYPE_FAMILIES: Final[tuple[frozenset[str], ...]] = (
    frozenset({"armed_clash", "armed_attack"}),
    frozenset({"protest", "riot"}),
    frozenset({"arrest", "police_operation"}),
    frozenset({"deployment", "reinforcement_announced"}),
)

Range = tuple[float | None, float | None]


@dataclass(frozen=True, slots=True)
class DedupView:
    """The fields of an event that dedup looks at (built from a stored row or a new event)."""

    subtype: str
    type: str
    date: date | None
    date_precision: str
    place_id: str | None
    municipality_code: str | None
    geo_precision: int
    in_aoi: bool
    counts: dict[str, Range] = field(default_factory=dict)
    actors: frozenset[str] = frozenset()
    article_ids: frozenset[str] = frozenset()
    event_id: str | None = None
    reported: tuple[date, date] | None = None  # first and last publication day of its articles


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Whether a new report is the same event as a stored one, with the score and why."""

    merge: bool
    score: float
    reasons: tuple[str, ...]


def date_window(
    day: date | None, precision: str, *, tolerance: int = DAY_TOLERANCE
) -> tuple[date, date] | None:
    """The inclusive range of days a date at its precision can stand for, widened by tolerance."""
    if day is None:
        return None
    span = PRECISION_DAYS.get(precision, 1)
    return day - timedelta(days=tolerance), day + timedelta(days=span - 1 + tolerance)


def dates_compatible(a: DedupView, b: DedupView) -> bool | None:
    """True/False when both dates are known, ``None`` when either is unknown."""
    wa, wb = date_window(a.date, a.date_precision), date_window(b.date, b.date_precision)
    if wa is None or wb is None:
        return None
    return wa[0] <= wb[1] and wb[0] <= wa[1]


def place_relation(a: DedupView, b: DedupView) -> tuple[str, float] | None:
    """How two places relate ("same place", "same municipality", "contains") and its weight."""
    if a.place_id is not None and a.place_id == b.place_id:
        precision = max(a.geo_precision, b.geo_precision)
        weight = 0.40 if precision <= 2 else 0.30 if precision == 3 else 0.15
        return ("same place", weight)
    if a.place_id is None and b.place_id is None:
        return ("both without a place", 0.15)
    if a.municipality_code is not None and a.municipality_code == b.municipality_code:
        return ("same municipality", 0.25)
    for wide, narrow in ((a, b), (b, a)):
        if _contains(wide, narrow):
            return ("one place contains the other", 0.20)
    if a.place_id is None or b.place_id is None:
        return ("one report names no place", 0.10)
    return None


def _contains(wide: DedupView, narrow: DedupView) -> bool:
    if not (wide.in_aoi and narrow.in_aoi) or wide.geo_precision < 3:
        return False
    if wide.geo_precision == 4 or wide.place_id is None:
        return True  # Kosovo (or an unplaced Kosovo report) contains every Kosovo site
    if wide.municipality_code is None:
        return narrow.geo_precision < wide.geo_precision  # a region such as "northern Kosovo"
    return wide.municipality_code == narrow.municipality_code


def counts_compatible(a: Range, b: Range) -> bool:
    """Two reported ranges of one kind agree closely enough to be the same event's figures."""
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    if a_low is None or b_low is None or a_high is None or b_high is None:
        return True
    if a_low <= b_high and b_low <= a_high:
        return True
    gap = max(a_low, b_low) - min(a_high, b_high)
    return gap <= max(3.0, 0.5 * max(a_high, b_high))


def _bounds(value: Range) -> Range:
    low, high = value
    if low is None:
        return (high, high)
    return (low, high if high is not None else low)


def subtypes_related(a: str, b: str) -> bool:
    """The same subtype, or two subtypes of one family (:data:`SUBTYPE_FAMILIES`)."""
    return a == b or any(a in family and b in family for family in SUBTYPE_FAMILIES)


def related_subtypes(subtype: str) -> tuple[str, ...]:
    """The subtypes a report of ``subtype`` may merge with (itself first)."""
    family = next((f for f in SUBTYPE_FAMILIES if subtype in f), frozenset())
    return (subtype, *sorted(family - {subtype}))


def in_same_block(a: DedupView, b: DedupView) -> bool:
    """The cheap blocking test: related subtypes, compatible dates and related places."""
    return (
        a.type == b.type
        and subtypes_related(a.subtype, b.subtype)
        and dates_compatible(a, b) is not False
        and place_relation(a, b) is not None
    )


def decide_merge(
    new: DedupView, old: DedupView, *, threshold: float = MERGE_THRESHOLD
) -> MergeDecision:
    """Score a new report against a stored event (see the module docstring for the rule)."""
    if new.article_ids & old.article_ids:
        return MergeDecision(False, 0.0, ("same article",))
    if new.type != old.type or not subtypes_related(new.subtype, old.subtype):
        return MergeDecision(False, 0.0, ("different subtype",))
    if new.subtype == old.subtype:
        reasons: list[str] = [f"same subtype {new.subtype}"]
        score = 0.10
    else:
        reasons = [f"related subtypes {old.subtype}/{new.subtype}"]
        score = 0.0
    relation = place_relation(new, old)
    if relation is None:
        return MergeDecision(False, 0.0, ("places differ",))
    reasons.append(relation[0])
    score += relation[1]
    dates = dates_compatible(new, old)
    if dates is False:
        return MergeDecision(False, 0.0, ("dates too far apart for their precision",))
    shared = [k for k in COUNT_KINDS if _known(new.counts.get(k)) and _known(old.counts.get(k))]
    if relation[0] in WEAK_PLACE_RELATIONS and not (shared or new.actors & old.actors):
        return MergeDecision(False, 0.0, ("no place in common and no shared actor or figures",))
    if dates is None:
        specific = (new.actors & old.actors) - UMBRELLA_ACTORS
        equal_figures = bool(shared) and all(
            _bounds(new.counts[k]) == _bounds(old.counts[k]) for k in shared
        )
        if not shared or not (new.actors & old.actors) or not (specific or equal_figures):
            return MergeDecision(False, 0.0, ("a date is unknown and no shared figures and actor",))
        if _published_apart(new, old):
            return MergeDecision(
                False, 0.0, (f"undated reports published over {UNDATED_REPORT_DAYS} days apart",)
            )
        score += 0.10
        reasons.append("a date is unknown (figures and an actor shared)")
    close_days = (
        new.date_precision == old.date_precision == "day"
        and new.date is not None
        and old.date is not None
        and abs((new.date - old.date).days) <= 1
    )
    if dates is not None:
        score += 0.35 if close_days else 0.30
        reasons.append(
            f"dates within {DAY_TOLERANCE} days at their precision "
            f"({new.date} {new.date_precision} / {old.date} {old.date_precision})"
        )
    # Casualty counts of one incident at one site on one day vary from report to report (and
    # grow over the day); there they widen the range instead of vetoing the merge.
    same_incident_site = (
        new.type == "incident"
        and close_days
        and relation[0] == "same place"
        and max(new.geo_precision, old.geo_precision) <= 2
    )
    disagreeing = [k for k in shared if not counts_compatible(new.counts[k], old.counts[k])]
    if disagreeing and not same_incident_site:
        return MergeDecision(False, 0.0, (f"incompatible {disagreeing[0]} figures",))
    if disagreeing:
        reasons.append("figures disagree (" + ", ".join(disagreeing) + "): kept as a range")
    elif shared:
        equal = all(_bounds(new.counts[k]) == _bounds(old.counts[k]) for k in shared)
        score += 0.25 if equal else 0.15
        reasons.append(
            ("equal" if equal else "compatible") + " figures (" + ", ".join(shared) + ")"
        )
    if new.actors and old.actors:
        overlap = len(new.actors & old.actors) / len(new.actors | old.actors)
        if overlap > 0:
            score += 0.15 * overlap
            reasons.append(f"shared actors {sorted(new.actors & old.actors)}")
    score = round(score, 3)
    return MergeDecision(score >= threshold, score, tuple(reasons))


def _published_apart(a: DedupView, b: DedupView) -> bool:
    if a.reported is None or b.reported is None:
        return False
    gap = max(a.reported[0], b.reported[0]) - min(a.reported[1], b.reported[1])
    return gap.days > UNDATED_REPORT_DAYS


def _known(value: Range | None) -> bool:
    return value is not None and (value[0] is not None or value[1] is not None)


def best_match(
    new: DedupView, candidates: Iterable[DedupView]
) -> tuple[DedupView, MergeDecision] | None:
    """The stored event the new report merges into (highest score, then oldest), or ``None``."""
    best: tuple[DedupView, MergeDecision] | None = None
    for old in candidates:
        decision = decide_merge(new, old)
        if decision.merge and (best is None or decision.score > best[1].score):
            best = (old, decision)
    return best


def merge_counts(a: Range, b: Range) -> Range:
    """Disagreeing figures become a range: low = min of lows, high = max of highs."""
    lows = [v for v in (a[0], b[0]) if v is not None]
    highs = [v for v in (a[1], b[1], a[0], b[0]) if v is not None]
    if not lows and not highs:
        return (None, None)
    return (min(lows) if lows else None, max(highs) if highs else None)


PRECISION_RANK: Final[dict[str, int]] = {"day": 0, "week": 1, "month": 2, "year": 3}


def more_precise_date(
    a: tuple[date | None, str], b: tuple[date | None, str]
) -> tuple[date | None, str]:
    """The better of two (date, precision) pairs: known over unknown, finer, then earlier."""
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    key_a = (PRECISION_RANK.get(a[1], 9), a[0])
    key_b = (PRECISION_RANK.get(b[1], 9), b[0])
    return a if key_a <= key_b else b


def combined_confidence(a: float, b: float) -> float:
    """Independent reports raise confidence (noisy-or), capped below certainty."""
    return round(min(0.99, 1 - (1 - a) * (1 - b)), 4)
