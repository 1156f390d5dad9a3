"""Events from one article: sentences -> triggers -> date, place, actors, counts -> merged events.

``extract_events(article, gazetteer)`` is the whole stage. The gazetteer is injected: anything
with ``find_mentions(text) -> list[Mention]`` (see ``gazetteer.model``) will do, which keeps
this module testable with a small in-memory gazetteer. Rules are documented in
docs/CODEBOOK.md; the comments here name the rule each step implements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Final, Protocol

from events.actors import ActorMatcher, ActorMention, assign_roles, default_actors
from events.classify import DEPLOYMENT_FAMILY, TIME_CLAUSE, Trigger, classify_sentence
from events.dates import (
    DateMention,
    after_anchor,
    article_year,
    counted_back,
    find_dates,
    in_story_year,
    period,
    publication_fallback,
)
from events.model import Article, Event, Number
from events.numbers import find_numbers
from events.sentences import Sentence, split_sentences


class PlaceLike(Protocol):
    """What extraction reads from a gazetteer place (``gazetteer.model.Place``)."""

    place_id: str
    name: str
    feature_type: str
    lat: float | None
    lon: float | None
    municipality_code: str | None
    municipality: str | None
    in_aoi: bool


class MentionLike(Protocol):
    """What extraction reads from a gazetteer mention (``gazetteer.model.Mention``)."""

    text: str
    start: int
    end: int
    place: PlaceLike | None
    geo_precision: int
    score: float


class GazetteerLike(Protocol):
    """The one gazetteer method extraction needs."""

    def find_mentions(self, text: str) -> Sequence[MentionLike]: ...


# Subtype families for merging and for counts: which numbers belong to which events.
FAMILIES: Final[dict[str, str]] = {
    "deployment": "deploy", "reinforcement_announced": "deploy",
    "readiness_raised": "buildup", "military_buildup": "buildup", "withdrawal": "withdrawal",
    "armed_clash": "violence", "armed_attack": "violence", "riot": "violence",
    "explosion": "explosion", "protest": "protest", "barricade": "barricade",
    "arrest": "arrest", "police_operation": "police_operation",
    "border_closure": "border_closure",
}
_NUMBER_KINDS: Final[dict[str, frozenset[str]]] = {
    "deploy": frozenset({"troops"}), "buildup": frozenset({"troops"}),
    "withdrawal": frozenset({"troops"}),
    "violence": frozenset({"killed", "injured", "arrested", "attackers"}),
    "explosion": frozenset({"killed", "injured"}),
    "protest": frozenset({"injured", "arrested", "killed"}),
    "barricade": frozenset({"injured", "arrested"}),
    "arrest": frozenset({"arrested", "injured"}),
    "police_operation": frozenset({"arrested", "injured", "killed"}),
    "border_closure": frozenset(),
}

# Subtypes that can describe the same real event in one article (merging).
MERGE_FAMILIES: Final[dict[str, str]] = {
    "deployment": "deploy", "reinforcement_announced": "deploy",
    "armed_clash": "violence", "armed_attack": "violence", "riot": "violence",
}
# National contingents: two deployments by different nations are different events.
_NATIONAL: Final = frozenset(
    a.name for a in default_actors().actors if a.kind == "national_contingent")
# The title is looked for in this many first lines of the text.
_TITLE_LINES: Final = 3
# Counts in a sentence without a cue attach to the events up to this many sentences back.
_ORPHAN_REACH: Final = 3
# "... three of the attackers died in the firefight that followed": a fight told as the sequel
# of the event before (a background cue to the classifier) whose counts are that event's.
# "... were treated in hospital in North Mitrovica": where the injured were taken, not another
# place where the counts happened.
_CARE_PLACE = re.compile(
    r"\b(?:hospital|clinic|medical\s+(?:centre|center)|treatment|treated|taken|transported|"
    r"rushed|transferred)\s+(?:[\w’'-]+\s+){0,3}?(?:in|to|at)\s+(?:the\s+)?$", re.IGNORECASE)
_SEQUEL = re.compile(r"\b(?:that|which)\s+(?:followed|ensued)\b", re.IGNORECASE)
_SIDES: Final = {a.name: a.side for a in default_actors().actors if a.side != "none"}
_FORCE_NAMES: Final = frozenset(
    a.name for a in default_actors().actors
    if a.kind in ("national_contingent", "international_force", "military", "police"))
# A publication-day fallback date can stand for an event up to a week before publication.
_SAME_NEWS_DAYS: Final = 7
# An earlier event named in passing with a date this long before publication is background.
_BACKGROUND_DAYS: Final = 60
# "The clash ...", "This deployment ...": the sentence goes back to an event already dated.
_ANAPHORA = re.compile(r"(?:The|This|That|These|Those)\s+(?:[\w’'-]+\s+){0,2}$")
_SAME_DAY = re.compile(r"\b(?:the\s+same\s+day|that\s+day|the\s+same\s+evening)\b", re.I)
# A date after one of these words, past the cue, belongs to a subordinate clause.
_SUBORDINATE = re.compile(
    r"\b(?:after|following|before|because|until|when|suspected|accused|suspicion|charged)\b",
    re.I)

# Location rules (docs/CODEBOOK.md, "Location"), on the words just before a place mention.
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:direction\s+of\s+)?"
                   r"(?:(?!(?:to|into|in|at|towards?)\b)[\w’'-]+\s+){0,2}$", re.I)
# "withdrew from Jarinje": the place a force leaves is the site of its withdrawal.
_LEFT_FROM = re.compile(
    r"\b(?:withdr\w+|pull\w*(?:\s+[\w’'-]+){0,2}\s+(?:out|back)|retreat\w*|left)\s+from\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)
_TAKEN_TO = re.compile(
    r"\b(?:taken|transferred|brought|escorted|transported|extradited|handed\s+over)\s+"
    r"(?:back\s+)?(?:to|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$|\bcustody\s+(?:unit\s+)?in\s+$",
    re.I)
_INSTITUTION = re.compile(
    r"\b(?:court|prosecut\w*|office|custody(?:\s+unit)?|detention\s+unit|prison|hospital|"
    r"ministry|embassy|headquarters)(?:\s+[\w’'-]+)?\s+(?:in|of)\s+$", re.I)
# Places of talks, deals and summits ("an EU-brokered deal agreed in Brussels") are where a
# decision was taken, not where the forces it moved went.
# "escorted the mayor into his office in Zvečan": the office is where the operation took place.
_ESCORTED_TO = re.compile(r"\b(?:into|to)\s+(?:his|her|their|the)\s+(?:new\s+)?offices?\s+in\s+$",
                          re.I)
_TALKS_IN = re.compile(
    r"\b(?:agreements?|deals?|accords?|talks|summits?|meetings?|negotiations|conference|"
    r"dialogue|agreed|brokered|signed|reached|hosted|mediated|negotiated)"
    r"(?:\s+[\w’'-]+){0,2}\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# "police in the Prizren region said": a police region named in an attribution.
_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:region(?:al)?\s+|district\s+)?(?:police\s+)?(?:directorate\s+|station\s+|"
    r"department\s+|spokes(?:man|woman|person)\s+)?(?:said|says|reported|announced|told|"
    r"stated|confirmed|added)\b", re.I)
_BORDER_WITH = re.compile(
    r"\b(?:border|boundary|line|crossings?|frontier)\s+(?:with|to|between)\s+(?:the\s+)?$"
    r"|\btowards?\s+(?:the\s+)?$|\bborder\s+with\s+\w+\s+and\s+$", re.I)
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|into|to|across|within|on|through|throughout|"
    r"nearby|(?:vicinity|outskirts|village|villages|town|city|municipality|municipalities|area|"
    r"north|south|east|west|centre|center|part|parts|territory|roads|streets)\s+of)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
_NEAR = re.compile(
    r"\b(?:near|outside|around|vicinity\s+of|outskirts\s+of|close\s+to|nearby)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
_METONYMY_AFTER = re.compile(
    r"(?:’s|'s)\s+(?!north|south|east|west|territory|soil|border|capital|village|town)"
    r"|\s+(?:said|says|urged|appealed|asked|announced|accused|claimed|denied|warned|called|"
    r"demanded|authorities|government|officials|leadership|prime|president|ambassador|"
    r"and\s+Belgrade|and\s+Pristina)\b|-backed\b", re.I)
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:urged|urging|appealed\s+to|called\s+on|calling\s+on|asked|told|warned|pressed|"
    r"accused|criticised|criticized|condemned|backed\s+by|blamed|blaming|blames|held|holds)"
    r"\s+(?:the\s+)?$", re.I)
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+|also\s+)?(?:[a-z]+ed|said|says|sent|"
    r"took|made|wants|seeks|insists|is|was)\b")
_DATELINE = re.compile(
    r"(?:[A-ZÀ-Ž][A-ZÀ-Ž .'’-]{1,40}|[А-ЯЁЂ-Џ][А-ЯЁЂ-Џ .'’-]{1,40})"
    r"(?:,\s*[A-Z][\w .]{1,30}?)?(?:,\s*[\w .]{2,25}?)?\s*"
    r"(?:\([\w .]+\)\s*)?[—–-]\s")
# "10:45 — ...", "07:30 - Recap: ...": the clock time of a live-blog entry, not part of it.
_LIVE_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:CET|CEST|GMT|UTC|BST|h))?\s*(?:[—–-]|:)\s*"
                        r"(?:(?:Recap|Update|Updated|Breaking|Latest)\s*:\s*)?", re.I)
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*[\w ]{2,30})?\s*(?:\(\w[\w .]*\))?\s*[—–-]\s")
_COORDINATION = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|/\s*)(?:(?:in|at|near)\s+)?(?:(?:the\s+)?(?:villages?|towns?|cities|city|"
    r"municipalit(?:y|ies))\s+of\s+)?", re.I)
_CONTAINER_GAP = re.compile(r"\s+in\s+(?:the\s+)?(?:municipality\s+of\s+)?", re.I)

# Confidence adjustments (documented in the codebook).
_CONF_EXPLICIT_DATE: Final = 0.1
_CONF_PRECISE_PLACE: Final = 0.1
_CONF_FALLBACK_DATE: Final = -0.15
_CONF_NO_PLACE: Final = -0.1
_CONF_HEADLINE_ONLY: Final = -0.15
RESTATED_NOTE: Final = "one side's account of an event already reported"
_TITLE_WORDS: Final = 16  # a longer first line is a lead, not a headline
_CONF_REFERENCE: Final = -0.3  # an earlier event named in passing: corroboration, not news


@dataclass(frozen=True, slots=True)
class _Site:
    mention: MentionLike
    precision: int


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _is_dateline(text: str, mention: MentionLike) -> bool:
    """An all-capital or dash-led place at the very start of a line: the dateline."""
    if text[_line_start(text, mention.start):mention.start].strip():
        return False
    after = text[mention.end:mention.end + 40]
    return (mention.text.isupper() and len(mention.text) > 3) or bool(_DATELINE_AFTER.match(after))


def _usable_site(text: str, sentence: Sentence, mention: MentionLike, subtype: str) -> bool:
    if mention.place is None or _is_dateline(text, mention):
        return False
    before = text[max(sentence.start, mention.start - 50):mention.start]
    after = text[mention.end:min(mention.end + 30, sentence.end)]
    if (_FROM.search(before) and not (subtype == "withdrawal" and _LEFT_FROM.search(before))
            or (_INSTITUTION.search(before) and not (
                subtype == "police_operation" and _ESCORTED_TO.search(before)))
            or _BORDER_WITH.search(before)):
        return False
    if subtype not in DEPLOYMENT_FAMILY and _TAKEN_TO.search(before):
        return False
    if _METONYMY_AFTER.match(after) or _TALKS_IN.search(before):
        return False
    if _ATTRIBUTION_AFTER.match(after):
        return False  # "police in the Prizren region said": who reports, not where
    if _ADDRESSEE_BEFORE.search(before):
        return False  # "urged Belgrade to ...": the government addressed, not a site
    if _SUBJECT_VERB_AFTER.match(after) and not _LOCATIVE.search(before):
        return False  # "Belgrade increased its presence": the state acting, not a site
    # Serbian units "near Kosovo" stand on the Serbian side: never place them in Kosovo.
    return not (subtype in ("military_buildup", "readiness_raised") and
                mention.place.feature_type == "country" and mention.place.in_aoi)


def _site_precision(text: str, mention: MentionLike) -> int:
    before = text[max(0, mention.start - 40):mention.start]
    if mention.geo_precision == 1 and _NEAR.search(before):
        return 2
    return mention.geo_precision


def _choose_sites(text: str, sentence: Sentence, trigger: Trigger,
                  mentions: list[MentionLike], window: tuple[int, int] | None,
                  others: list[tuple[int, int]]) -> list[_Site]:
    """Where the event happened: the best locative place, plus places coordinated with it."""
    usable = [m for m in mentions if _usable_site(text, sentence, m, trigger.subtype)]
    if window is None:
        cue_end = sentence.start + trigger.end
        usable = [m for m in usable if not any(a <= m.start < b for a, b in others)
                  and not (m.start > cue_end and _SUBORDINATE.search(text[cue_end:m.start]))]
    # A country is a site only after a locative word ("in Serbia", "to Kosovo"), and so is
    # any place of an event named in passing ("a gunfight in Zvečan", not "the Banjska attack");
    # places listed after the chosen one ("in Zvečan, Zubin Potok and ...") need not be.
    pool = [m for m in usable if (m.geo_precision < 4 and window is None)
            or _LOCATIVE.search(text[max(sentence.start, m.start - 40):m.start])]
    if window is not None:
        pool = [m for m in pool if window[0] <= m.start < window[1]]
    if not pool:
        return []
    cue_pos = sentence.start + trigger.start

    def rank(m: MentionLike) -> tuple[int, int, int]:
        before = text[max(sentence.start, m.start - 40):m.start]
        locative = bool(_LOCATIVE.search(before))
        return (0 if locative else 1, _site_precision(text, m), abs(m.start - cue_pos))

    best = min(pool, key=rank)
    chosen = [best]
    ordered = sorted(usable, key=lambda m: m.start)
    index = ordered.index(best)
    for step in (-1, 1):  # "in Zvečan, Zubin Potok and Leposavić": one event per place
        i = index
        while 0 <= i + step < len(ordered):
            left, right = (ordered[i + step], ordered[i]) if step < 0 else (ordered[i],
                                                                            ordered[i + step])
            gap = text[left.end:right.start]
            if step > 0 and _CONTAINER_GAP.fullmatch(gap):
                i += step  # "Banje in Zubin Potok": the municipality holds the village
                continue
            if not _COORDINATION.fullmatch(gap):
                break
            if left.geo_precision > 3 or right.geo_precision > 3:
                break
            chosen.append(ordered[i + step])
            i += step
    seen: set[str] = set()
    sites: list[_Site] = []
    for mention in sorted(chosen, key=lambda m: m.start):
        assert mention.place is not None
        if mention.place.place_id in seen:
            continue
        seen.add(mention.place.place_id)
        sites.append(_Site(mention, _site_precision(text, mention)))
    return sites


@dataclass(frozen=True, slots=True)
class _SentenceCues:
    """What a sentence can lend to a neighbour's event: the specific sites of its own events
    by cue family, its stated days, and (for a sentence without a cue that gives counts)
    its specific places."""

    family_sites: dict[str, tuple[_Site, ...]]
    days: frozenset[object]
    loose_sites: tuple[_Site, ...]
    headline: bool


def _donor_sites(text: str, sentence: Sentence, mentions: list[MentionLike]) -> tuple[_Site, ...]:
    """Specific places in Kosovo named after a locative word, one per municipality."""
    sites: list[_Site] = []
    seen: set[str] = set()
    for mention in mentions:
        place = mention.place
        if (place is None or not place.in_aoi or not place.municipality_code
                or mention.geo_precision > 2 or place.municipality_code in seen
                or not _usable_site(text, sentence, mention, "arrest")
                or not _LOCATIVE.search(text[max(sentence.start, mention.start - 40):
                                             mention.start])):
            continue
        seen.add(place.municipality_code)
        sites.append(_Site(mention, max(2, _site_precision(text, mention))))
    return tuple(sites)


def _place_from_neighbours(events: list[Event], event_sentence: list[int],
                           cues: list[_SentenceCues], headline: set[int]
                           ) -> tuple[list[Event], set[int]]:
    """An event placed only at a region or the country takes the specific place of its story.

    "Gunmen ambushed a patrol in northern Kosovo ..." next to "... near the village of
    Banjska": when an incident's own sentence has no place better than a region or the
    country, the sites of an event of the same family in the sentence before or after it (or
    in the headline) are used, or the specific places of the next sentence when it has no cue
    of its own and gives the counts of the incident ("Two officers were wounded near the
    village of Banjska"), right after it or stating the same day; at geo precision 2 at best.
    Otherwise the region stays.
    Deployments to "Kosovo" are left alone: the country is often the whole story there.
    """
    result: list[Event] = []
    marks: set[int] = set()
    for i, event in enumerate(events):
        own = event_sentence[i]
        donors: tuple[_Site, ...] = ()
        if (event.type == "incident" and _weak_place(event)
                and "named as a cause or earlier event" not in event.notes):
            family = FAMILIES[event.subtype]
            heads = [k for k, c in enumerate(cues) if c.headline and k != own]
            for k in (own - 1, own + 1, *heads):
                if not 0 <= k < len(cues):
                    continue
                donors = cues[k].family_sites.get(family, ())
                if not donors and cues[k].loose_sites and (k == own + 1 or (
                        event.date_precision == "day" and event.date in cues[k].days)):
                    donors = cues[k].loose_sites
                if donors:
                    break
        if i in headline:
            marks.update(range(len(result), len(result) + max(1, len(donors))))
        if not donors:
            result.append(event)
            continue
        for site in donors:
            place = site.mention.place
            assert place is not None
            result.append(replace(
                event, place_id=place.place_id, place=place.name, lat=place.lat,
                lon=place.lon, municipality_code=place.municipality_code,
                municipality=place.municipality, in_aoi=place.in_aoi,
                geo_precision=site.precision,
                place_mention=(site.mention.start, site.mention.end),
                notes=(*event.notes, "place from a neighbouring sentence of the story")))
    return result, marks


# "near both crossings", "at the two bridges": a pair named earlier in the story.
_BOTH = re.compile(r"\b(?:both|the\s+two)\s+(?P<kind>crossings|crossing\s+points|bridges|"
                   r"border\s+crossings|checkpoints)\b", re.IGNORECASE)
_KIND_TYPES: Final = {"bridges": ("bridge",)}


def _both_sites(text: str, sentence: Sentence, trigger: Trigger,
                earlier: list[MentionLike]) -> list[_Site]:
    """The sites of "both crossings" after the cue: the last two distinct places of that kind
    named before the sentence (one event per place), or none when fewer are named."""
    match = _BOTH.search(sentence.text, trigger.end)
    if match is None:
        return []
    kinds = _KIND_TYPES.get(match.group("kind").lower(), ("border_crossing",))
    found: list[MentionLike] = []
    for mention in reversed(earlier):
        place = mention.place
        if (place is not None and place.feature_type in kinds
                and all(m.place is not None and m.place.place_id != place.place_id
                        for m in found)):
            found.append(mention)
        if len(found) == 2:
            return [_Site(m, max(2, m.geo_precision)) for m in reversed(found)]
    return []


def _choose_date(dates: list[DateMention], trigger: Trigger, sentence: Sentence,
                 window: tuple[int, int] | None, others: list[tuple[int, int]]
                 ) -> DateMention | None:
    """The date phrase nearest the cue, outside other events' cause clauses."""
    if window is not None:
        dates = [d for d in dates if window[0] <= d.start < window[1]]
    else:
        dates = [d for d in dates if not any(a <= d.start < b for a, b in others)]
    cue_end = sentence.start + trigger.end
    usable = [d for d in dates if not (d.start > cue_end and _SUBORDINATE.search(
        sentence.text[trigger.end:d.start - sentence.start]))]
    if not usable:
        return None
    cue = sentence.start + trigger.start
    return min(usable, key=lambda d: abs(d.start - cue))


# "... that followed the riot in Zvečan in May and the gunfight at Banjska in September": a
# background event told with its own place and a month of the past year is kept (at low
# confidence); "after the barricades last year" and "in January 2022" are not.
_OWN_MONTH = re.compile(
    r"[^.;,]{0,40}?\b(?:in|at|near|outside)\s+[^.;,]{0,30}?\bin\s+(?:early\s+|late\s+|mid-?)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!,?\s+\d{4})")  # "in January 2022" names its year: an older story


def _own_month(sentence: Sentence, trigger: Trigger) -> bool:
    """True when the cue is followed, within its phrase, by a place and "in <month>"."""
    return _OWN_MONTH.match(sentence.text, trigger.end) is not None


def _long_before(mention: DateMention, published: object) -> bool:
    """A date ending more than ``_BACKGROUND_DAYS`` before publication (or a year-level one)."""
    if mention.date is None:
        return False
    if mention.precision == "year":
        return True
    if not isinstance(published, date):
        return False
    _, end = period(mention.date, mention.precision)
    return (published - end).days > _BACKGROUND_DAYS


def _month_of_publication(fallback: DateMention) -> DateMention:
    if fallback.date is None:
        return fallback
    return replace(fallback, date=fallback.date.replace(day=1), precision="month")


def _time_clauses(sentence: Sentence, triggers: list[Trigger]) -> dict[int, tuple[int, int]]:
    """Spans of the clauses told at their own time ("In May protesters fought KFOR soldiers in
    Zvečan, and in September an armed group ambushed police near Banjska"), by trigger id:
    each event of such a sentence takes the date and place of its own clause only."""
    told = sorted((t for t in triggers if not t.reference), key=lambda t: t.start)
    if len(told) < 2:
        return {}
    cuts = [m.start() for m in TIME_CLAUSE.finditer(sentence.text)
            if any(a.end <= m.start() and m.end() <= b.start
                   for a, b in zip(told, told[1:], strict=False))]
    if not cuts:
        return {}
    bounds = [0, *cuts, len(sentence.text)]
    spans: dict[int, tuple[int, int]] = {}
    for trigger in told:
        for low, high in zip(bounds, bounds[1:], strict=False):
            if low <= trigger.start < high:
                spans[id(trigger)] = (sentence.start + low, sentence.start + high)
    return spans


def _reference_window(sentence: Sentence, trigger: Trigger,
                      triggers: list[Trigger]) -> tuple[int, int]:
    """A cause named in passing ("following a gunfight in Zvečan") owns only its own phrase,
    which ends at the next event's cue at the latest ("After the riot in Zvečan in late May,
    in which ..., NATO moved part of its reserve": the move's date is not the riot's)."""
    begin = trigger.reference_start if trigger.reference_start is not None else trigger.start
    following = [t.start for t in triggers if t.start > trigger.end and not t.reference]
    rest = sentence.text[trigger.end:min(following, default=len(sentence.text))]
    stop = re.search(r"[;:]|,\s+(?:which|who|while|but|and|as|a|an|the|saying|said|"
                     r"according|raising|prompting)\b|\b(?:when|while)\b", rest)
    end = trigger.end + (stop.start() if stop else len(rest))
    return sentence.start + begin, sentence.start + min(end, trigger.end + 120)


# Clause breaks for giving counts to the cue of their own clause.
_CLAUSE_SPLIT = re.compile(r";|,\s+(?:and|while|but|as|when|after|whereas)\b|"
                           r"\s(?:when|while|after|whereas)\s", re.I)


def _own_numbers(numbers: list[Number], trigger: Trigger, triggers: list[Trigger],
                 sentence: Sentence) -> list[Number]:
    """The counts of one event of a sentence with several: each count goes to the nearest cue
    whose family takes its kind ("barricades went up in Zubin Potok, and three people were
    injured in a shooting in Banjska": the three are the shooting's)."""
    if len(triggers) < 2:
        return numbers
    breaks = [0, *(m.end() for m in _CLAUSE_SPLIT.finditer(sentence.text))]

    def clause(position: int) -> int:
        return sum(1 for b in breaks if b <= position)

    own: list[Number] = []
    for number in numbers:
        takers = [t for t in triggers
                  if number.kind in _NUMBER_KINDS[FAMILIES[t.subtype]] and not t.background]
        position = number.start - sentence.start
        nearest = min(takers, key=lambda t: (
            clause(t.start) != clause(position),
            min(abs(position - t.start), abs(position - t.end))), default=None)
        if nearest is trigger:
            own.append(number)
    return own


def _numbers_for(numbers: list[Number], subtype: str) -> tuple[Number, ...]:
    kinds = _NUMBER_KINDS[FAMILIES[subtype]]
    return tuple(n for n in numbers if n.kind in kinds)


def _build_event(sentence: Sentence, trigger: Trigger, site: _Site | None,
                 chosen_date: DateMention, actors: list[ActorMention],
                 numbers: list[Number]) -> Event:
    """One event record with its provenance and confidence (codebook, "Confidence")."""
    confidence = trigger.confidence
    if chosen_date.basis in ("explicit", "relative_to_publication"):
        confidence += _CONF_EXPLICIT_DATE
    elif chosen_date.basis in ("publication", "unknown"):
        confidence += _CONF_FALLBACK_DATE
    notes: list[str] = [f"cue: {trigger.cue}"]
    if chosen_date.phrase and not sentence.start <= chosen_date.start < sentence.end:
        notes.append(f"date carried from {chosen_date.start}-{chosen_date.end}")
    elif chosen_date.basis == "publication":
        notes.append("no date stated: publication date")
    if site is None:
        confidence += _CONF_NO_PLACE
        place = None
        notes.append("no usable place in the sentence")
    else:
        place = site.mention.place
        if site.precision <= 2:
            confidence += _CONF_PRECISE_PLACE
    if trigger.restated:
        notes.append(RESTATED_NOTE)
    if trigger.reference:
        notes.append("named as a cause or earlier event")
        if not trigger.concurrent:
            confidence += _CONF_REFERENCE
    precision = site.precision if site is not None else 4
    mapped = place is not None and precision < 4 and place.lat is not None
    return Event(
        type=trigger.type,
        subtype=trigger.subtype,
        date=chosen_date.date,
        date_precision=chosen_date.precision,
        date_basis=chosen_date.basis,
        place_id=place.place_id if place else None,
        place=place.name if place else None,
        lat=place.lat if mapped and place else None,
        lon=place.lon if mapped and place else None,
        municipality_code=place.municipality_code if place else None,
        municipality=place.municipality if place else None,
        in_aoi=bool(place.in_aoi) if place else False,
        geo_precision=precision,
        actors=assign_roles(trigger.subtype, sentence.text, sentence.start, actors),
        numbers=_numbers_for(numbers, trigger.subtype),
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        confidence=round(min(1.0, max(0.05, confidence)), 3),
        place_mention=(site.mention.start, site.mention.end) if site else None,
        date_phrase=chosen_date.phrase or None,
        notes=tuple(notes),
    )


def _is_headline(article: Article, sentence: Sentence) -> bool:
    """The title line (within the first few lines: captions and bylines may come first)."""
    if sentence.paragraph > _TITLE_LINES:
        return False
    title = (article.title or "").strip() or _untold_title(article.text)
    return bool(title) and (sentence.text == title or title.startswith(sentence.text))


def _untold_title(text: str) -> str:
    """The first line when no title is given but the text opens with one: a short line
    without final punctuation followed by the body (pasted or scraped articles)."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if (not rest.strip() or not first or first[-1] in ".!?;:,\"”’"
            or len(first.split()) > _TITLE_WORDS):
        return ""
    return first


def _merge_family(event: Event) -> str:
    return MERGE_FAMILIES.get(event.subtype, event.subtype)


def _explicit_counts(event: Event, kind: str) -> set[tuple[int | None, int | None]]:
    return {(n.low, n.high) for n in event.numbers
            if n.kind == kind and n.low is not None and n.qualifier != "unit size"}


def _weak_place(event: Event) -> bool:
    """No place, only the country, or a region without a municipality ("northern Kosovo")."""
    return event.place_id is None or event.geo_precision >= 4 or (
        event.geo_precision == 3 and event.municipality_code is None)


def _places_compatible(a: Event, b: Event) -> bool:
    """The same place, one side unstated or coarse, or two places in one municipality."""
    if a.place_id == b.place_id or _weak_place(a) or _weak_place(b):
        return True
    return a.municipality_code is not None and a.municipality_code == b.municipality_code


def _weak_date(event: Event) -> bool:
    return event.date is None or event.date_basis in ("publication", "unknown")


def _dates_compatible(a: Event, b: Event) -> bool:
    """Same date, or one unstated; a publication-day fallback only matches a date close to it."""
    if (a.date, a.date_precision) == (b.date, b.date_precision):
        return True
    if a.date is None or b.date is None:
        return True
    low_a, high_a = period(a.date, a.date_precision)
    low_b, high_b = period(b.date, b.date_precision)
    if a.date_precision != b.date_precision and (
            (low_a <= low_b and high_b <= high_a) or (low_b <= low_a and high_a <= high_b)):
        return True  # "in May" and "on 29 May" can be the same event
    for weak, other in ((a, b), (b, a)):
        if weak.date_basis == "publication" and weak.date is not None and other.date is not None:
            _, other_end = period(other.date, other.date_precision)
            if 0 <= (weak.date - other_end).days <= _SAME_NEWS_DAYS:
                return True
    return False


def _forces(event: Event) -> set[str]:
    """The lead force of an event: the first acting force named where it was first reported."""
    lead = next((name for name, role in event.actors
                 if role in ("actor", "deploying_force") and name in _FORCE_NAMES), None)
    return {lead} if lead else set()


def _actors_compatible(a: Event, b: Event) -> bool:
    """Different national contingents, or different forces acting, make different events."""
    forces_a, forces_b = _forces(a), _forces(b)
    if a.type == "incident":  # one incident, told with different forces of one side
        forces_a = {_SIDES.get(name, name) for name in forces_a}
        forces_b = {_SIDES.get(name, name) for name in forces_b}
    if a.type == "deployment":
        nationals_a = {name for name, _ in a.actors if name in _NATIONAL}
        nationals_b = {name for name, _ in b.actors if name in _NATIONAL}
        if nationals_a and nationals_b:
            return bool(nationals_a & nationals_b)
        if nationals_a or nationals_b:  # one names a nation: the other must name no force
            return not (forces_b if nationals_a else forces_a)
    return not forces_a or not forces_b or bool(forces_a & forces_b)


def _compatible(a: Event, b: Event) -> bool:
    """Same real event? Family, actors, counts, place and date agree or one side is unstated.

    A publication-day fallback date matches any stated date when both name the same place
    (or places in one municipality); with no place in common it must be within a week.
    """
    if _merge_family(a) != _merge_family(b) or not _actors_compatible(a, b):
        return False
    if a.start == b.start and a.subtype != b.subtype:
        return False  # two clauses of one sentence, each with its own cue: two events
    for kind in ("troops", "arrested"):  # casualty figures may count different groups
        counts_a, counts_b = _explicit_counts(a, kind), _explicit_counts(b, kind)
        if counts_a and counts_b and not counts_a & counts_b:
            return False
    if not _places_compatible(a, b):
        return False
    if _dates_compatible(a, b):
        return True
    placed = not _weak_place(a) and not _weak_place(b)
    return placed and (a.date_basis == "publication" or b.date_basis == "publication")


def _combine(kept: Event, other: Event) -> Event:
    """One event from two reports of it: the stronger place and date, all counts and actors."""
    numbers = list(kept.numbers)
    for number in other.numbers:
        if not any(n.kind == number.kind and n.low == number.low and n.high == number.high
                   for n in numbers):
            numbers.append(number)
    if any(n.kind == "troops" and n.qualifier != "unit size" and n.low is not None
           for n in numbers):
        numbers = [n for n in numbers if n.qualifier != "unit size"]
    actors = list(kept.actors)
    for pair in other.actors:
        if pair[0] not in {a for a, _ in actors}:
            actors.append(pair)
    merged = kept
    if other.place_id is not None and (kept.place_id is None or
                                       other.geo_precision < kept.geo_precision):
        merged = replace(merged, place_id=other.place_id, place=other.place, lat=other.lat,
                         lon=other.lon, municipality_code=other.municipality_code,
                         municipality=other.municipality, in_aoi=other.in_aoi,
                         geo_precision=other.geo_precision, place_mention=other.place_mention)
    if _weak_date(kept) and not _weak_date(other):
        merged = replace(merged, date=other.date, date_precision=other.date_precision,
                         date_basis=other.date_basis, date_phrase=other.date_phrase)
    return replace(
        merged, numbers=tuple(numbers), actors=tuple(actors),
        confidence=round(min(1.0, max(kept.confidence, other.confidence) + 0.05), 3),
        notes=kept.notes,
        also_reported=(*kept.also_reported, (other.start, other.end), *other.also_reported),
    )


def merge_events(events: list[Event], headline: set[int]) -> list[Event]:
    """One event per real event in an article (codebook, "One event per article").

    Two events merge when they are of one family (deployment and announced reinforcement;
    clash, attack and riot; otherwise the same subtype), the first-named actors agree, explicit
    troop figures agree, and place and date each agree or are unstated on one side (no place
    or only the country; no date or only the publication day). A headline event merges into
    the first compatible body event.
    """
    merged: list[Event] = []
    order = [i for i in range(len(events)) if i not in headline] + sorted(headline)
    for i in order:
        event = events[i]
        if i in headline:  # a headline sums up the story: its date is the story's, not stated
            target = next((j for j, m in enumerate(merged) if _merge_family(m) ==
                           _merge_family(event) and _places_compatible(m, event)), None)
        elif RESTATED_NOTE in event.notes:  # a disputed account: joins the event it disputes
            target = next((j for j, m in enumerate(merged) if _merge_family(m) ==
                           _merge_family(event) and m.start < event.start), None)
            if target is not None:
                kept = merged[target]
                merged[target] = replace(
                    kept, confidence=round(min(1.0, kept.confidence + 0.05), 3),
                    also_reported=(*kept.also_reported, (event.start, event.end)))
                continue
        else:
            target = next((j for j, m in enumerate(merged) if _compatible(m, event)), None)
        if target is None:
            if i in headline:
                if len(headline) < len(events):
                    continue  # a headline sums up the body; alone it would date to the day
                event = replace(event, confidence=round(max(
                    0.05, event.confidence + _CONF_HEADLINE_ONLY), 3))
            merged.append(event)
        else:
            merged[target] = _combine(merged[target], event)
    merged.sort(key=lambda e: e.start)
    return merged


def _owns_orphans(event: Event, municipalities: set[str | None]) -> bool:
    """May counts from a following sentence without a cue belong to ``event``?

    Not when the event was named in passing (a cause or earlier event), and not when the
    count's sentence names a place in another municipality: that is another incident.
    """
    if "named as a cause or earlier event" in event.notes:
        return False
    if not municipalities or event.municipality_code is None:
        return True
    return event.municipality_code in municipalities


def _attach_orphan_numbers(events: list[Event], numbers: list[Number]) -> list[Event]:
    """Counts in a sentence without a cue belong to the events of the sentence just before."""
    updated: list[Event] = []
    for event in events:
        extra = [n for n in _numbers_for(numbers, event.subtype)
                 if not any(n.kind == m.kind and n.low == m.low for m in event.numbers)]
        updated.append(replace(event, numbers=(*event.numbers, *extra)) if extra else event)
    return updated


def extract_events(article: Article, gazetteer: GazetteerLike | None, *,
                   actors: ActorMatcher | None = None) -> list[Event]:
    """All events reported in one article, merged within the article, in text order."""
    text = article.text
    matcher = actors or default_actors()
    mentions = (sorted(gazetteer.find_mentions(text), key=lambda m: m.start)
                if gazetteer is not None else [])
    published = article.published
    pub_precision = article.published_precision if published else "day"
    context_year = article_year(text) if published is None else None
    fallback = publication_fallback(published, pub_precision)
    events: list[Event] = []
    headline: set[int] = set()
    previous: list[int] = []  # indexes of the events of the last sentence that had any
    recent: list[tuple[int, list[int]]] = []  # (sentence index, its events) in text order
    carried: tuple[DateMention, int] | None = None  # last stated date and its paragraph
    gap = 0
    position = 0
    cues: list[_SentenceCues] = []
    event_sentence: list[int] = []  # index of the sentence of each event in ``events``
    for index, sentence in enumerate(split_sentences(text)):
        dateline = _DATELINE.match(sentence.text) or _LIVE_TIME.match(sentence.text)
        # "ЗУБИН ПОТОК – The explosion ...", "10:45 — Police ...": the prefix names where and
        # when the report was filed; the sentence after it is read on its own
        told = (" " * dateline.end() + sentence.text[dateline.end():] if dateline is not None
                else sentence.text)
        triggers = classify_sentence(told)
        numbers = [n for n in find_numbers(sentence.text, sentence.start)
                   if dateline is None or n.start >= sentence.start + dateline.end()]
        story_year = carried[0].date.year if carried and carried[0].date else None
        dates = in_story_year(find_dates(sentence.text, published, pub_precision=pub_precision,
                                         context_year=context_year, offset=sentence.start),
                              story_year)
        if dateline is not None:  # "LEPOSAVIC, June 15 —" dates the report, not the event
            dates = [d for d in dates if d.start >= sentence.start + dateline.end()]
        while position < len(mentions) and mentions[position].end <= sentence.start:
            position += 1
        cues.append(_SentenceCues(
            {},
            frozenset(d.date for d in dates if d.date is not None and d.precision == "day"),
            () if triggers or not numbers else _donor_sites(
                text, sentence, [m for m in mentions[position:]
                                 if sentence.start <= m.start < sentence.end]),
            _is_headline(article, sentence)))
        if triggers and all(t.background for t in triggers) and numbers and any(
                _SEQUEL.match(sentence.text, t.end + 1) for t in triggers):
            triggers = []  # its counts belong to the event told before
        if not triggers:
            gap += 1
            if numbers and previous and gap <= _ORPHAN_REACH:
                elsewhere = {m.place.municipality_code for m in mentions[position:]
                             if sentence.start <= m.start < sentence.end and m.place is not None
                             and m.place.in_aoi and m.place.municipality_code
                             and _usable_site(text, sentence, m, "arrest")
                             and not _CARE_PLACE.search(text, max(sentence.start, m.start - 60),
                                                        m.start)}
                # the events of the latest sentence, within reach, that take these counts
                # ("... were wounded when a crowd turned on the troops. Italy's contingent was
                # deployed there. Around 50 protesters were hurt": not the deployment's)
                kinds = {n.kind for n in numbers}
                owners = []
                for told_at, indexes in reversed(recent):
                    if index - told_at > _ORPHAN_REACH:
                        break
                    owners = [i for i in indexes if _owns_orphans(events[i], elsewhere)
                              and kinds & _NUMBER_KINDS[FAMILIES[events[i].subtype]]]
                    if owners:
                        break
                fresh = _attach_orphan_numbers([events[i] for i in owners], numbers)
                for i, event in zip(owners, fresh, strict=True):
                    events[i] = event
            stated = next((d for d in dates if d.date is not None
                           and d.precision in ("day", "week")), None)
            if stated is not None and not _is_headline(article, sentence):
                carried = (stated, sentence.paragraph)
            continue
        gap = 0
        actor_mentions = matcher.find(sentence.text, sentence.start)
        in_sentence = [m for m in mentions[position:] if m.start < sentence.end
                       and m.start >= sentence.start]
        is_headline = _is_headline(article, sentence)
        windows = {id(t): _reference_window(sentence, t, triggers) for t in triggers
               if t.reference}
        clauses = _time_clauses(sentence, triggers)
        current: list[int] = []
        for trigger in triggers:
            if trigger.background:
                continue  # "the barricades that went up in December": not today's news
            window = windows.get(id(trigger))
            others = [w for key, w in windows.items() if key != id(trigger)]
            others += [w for key, w in clauses.items() if key != id(trigger)]
            chosen = _choose_date(dates, trigger, sentence, window, others)
            sites = _choose_sites(text, sentence, trigger, in_sentence, window, others)
            if not sites and not trigger.reference:
                # "KFOR troops remain stationed near both crossings": the last two named
                sites = _both_sites(text, sentence, trigger, mentions[:position])
            if trigger.reference and chosen is None and trigger.reference_start is not None:
                # "... three days after an explosion tore a hole in the canal": counted back
                # from the date of the sentence's own event
                main = next((t for t in triggers if not t.reference), None)
                if main is not None:
                    anchor = _choose_date(dates, main, sentence, None,
                                          list(windows.values())) or (
                        carried[0] if carried is not None
                        and sentence.paragraph - carried[1] <= 1 else fallback)
                    chosen = counted_back(sentence.text[:trigger.reference_start],
                                          sentence.start, anchor)
            if trigger.concurrent and chosen is None:
                # "shut the crossings due to roadblocks": the cause happens at the same time
                chosen = _choose_date(dates, replace(trigger, reference=False), sentence,
                                      None, [])
            elif trigger.reference and chosen is None and (
                    trigger.statement or not any(site.precision < 4 for site in sites)):
                # an earlier event named in passing, with nothing of its own to map (the
                # country alone is not its own place: "after Kosovo special police withdrew"),
                # or named in a statement about it ("condemned the attack in Banjska")
                continue
            if chosen is None and carried is not None and not trigger.reference:
                # "two days later", "the following week": counted from the event told before
                chosen = after_anchor(sentence.text, carried[0], sentence.start)
            if (trigger.reference and not trigger.concurrent and chosen is not None
                    and _long_before(chosen, published)
                    and not (chosen.precision == "month" and _own_month(sentence, trigger)
                             and any(site.precision < 4 for site in sites))):
                continue  # "after the barricades last year": background, not news
            if chosen is None and trigger.reference and not trigger.concurrent:
                # an earlier event named with its place but no date: before publication,
                # most often within weeks, so the publication month at most
                chosen = _month_of_publication(fallback)
            elif chosen is None and carried is not None and (
                    sentence.paragraph - carried[1] <= 1
                    or _ANAPHORA.match(sentence.text[:trigger.start])
                    or _SAME_DAY.search(sentence.text)):
                # narrative time: the last date stated carries on to the next paragraph, and
                # further to "the clash" or "the same day", which point back to it
                chosen = carried[0]
            elif chosen is None:
                chosen = fallback
            elif chosen.date is not None and not is_headline and not trigger.reference:
                carried = (chosen, sentence.paragraph)
            specific = tuple(replace(site, precision=max(2, site.precision)) for site in sites
                             if site.mention.place is not None and site.mention.place.in_aoi
                             and site.mention.place.municipality_code)
            if specific and not trigger.reference:
                cues[-1].family_sites.setdefault(FAMILIES[trigger.subtype], specific)
            for site in sites or [None]:
                event_sentence.append(index)
                current.append(len(events))
                if is_headline:
                    headline.add(len(events))
                events.append(_build_event(sentence, trigger, site, chosen,
                                           actor_mentions,
                                           _own_numbers(numbers, trigger, triggers, sentence)))
        previous = current
        if current:
            recent.append((index, current))
    events, headline = _place_from_neighbours(events, event_sentence, cues, headline)
    return merge_events(events, headline)
