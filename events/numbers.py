"""Counts stated in a sentence: troops, killed, injured, arrested, each with its exact phrase.

Rules (docs/CODEBOOK.md, "Numbers"):

- a plain figure gives low == high ("about 500" -> 500/500 with the qualifier "about");
- a range gives low and high ("between 500 and 650", "four or five", "500-650");
- a unit without a figure gives the documented size range (``UNIT_SIZES``: "a battalion" ->
  300-800), used only when the same sentence gives no explicit troop figure;
- a vague quantity ("dozens", "hundreds", "several") gives None/None with the phrase kept;
- "no injuries were reported", "nobody was hurt" give 0.
"""

from __future__ import annotations

import re
from typing import Final

from events.model import Number

NUMBER_WORDS: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a thousand": 1000, "single": 1, "a dozen": 12, "half a dozen": 6,
}
VAGUE_WORDS: Final = ("a number", "a group", "dozens", "hundreds", "thousands", "several",
                      "numerous", "scores", "many")

# Larger figures are not head counts in this domain.
MAX_COUNT: Final = 1_000_000
# Typical strength of a military unit named without a figure (NATO usage, rounded).
UNIT_SIZES: Final[dict[str, tuple[int, int]]] = {
    "platoon": (20, 50),
    "company": (100, 250),
    "battalion": (300, 800),
    "brigade": (3000, 5000),
}

_WORD_NUM = "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
_FIG = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|half\s+a\s+dozen|a\s+(?:dozen|hundred|thousand)\b|"
        rf"(?:{_WORD_NUM}))")
_QUAL = (
    r"(?:about|around|approximately|some|nearly|almost|roughly|up to|more than|over|"
    r"at least|fewer than|less than|an estimated|an additional|additional|another|a further|"
    r"further|extra|only)"
)
_VAGUE = "|".join(w.replace(" ", r"\s+") for w in VAGUE_WORDS)
# A quantity: "between 500 and 650", "500-650", "four or five", "about 700", "dozens of".
_QTY = (
    rf"(?!(?:a|an)\s+(?:group|number|total)\s+of\s+(?:{_QUAL}\s+)?\d)(?P<qual>{_QUAL}\s+)?"
    rf"(?:between\s+(?P<lo>{_FIG})\s+and\s+(?P<hi>{_FIG})"
    rf"|(?P<vague>{_VAGUE})\b(?:\s+of)?+(?!\s+(?:{_QUAL}\s+)?(?:\d|(?:{_WORD_NUM})\b))"
    rf"|(?P<a>{_FIG})\s*(?:-|–|to|or)\s*(?P<b>{_FIG})(?=[\s-])"
    rf"|(?P<one>{_FIG})\b)"
)
_ADJ = r"(?:[\w’'-]+\s+){0,4}?"
_TROOP_NOUN = (
    r"(?:soldiers|troops|personnel|servicemen|servicemembers|peacekeepers|paratroopers|"
    r"commandos|marines|reservists|(?:service\s+)?members|-member\s+contingent|strong\s+contingent)"
)
_PERSON = (
    r"(?:people|persons|civilians|policemen|policeman|police\s+officers?|officers?|soldiers?|"
    r"troops|peacekeepers|gunmen|gunman|attackers?|Serbs?|Albanians?|men|women|children|man|"
    r"woman|person|"
    r"protesters?|demonstrators?|members?|suspects?|individuals|persons|residents|"
    r"Hungarians?|Italians?|Poles|Americans?|journalists?|priests?|others|guards?|passers-by|"
    r"bystanders|youths?|boys?|girls?|drivers?|patients|villagers|smugglers?|assailants?|"
    r"militants?|fighters?|perpetrators?|criminals?|reporters?|sergeants?|photographers?|"
    r"workers?|employees|minors?|teenagers?|students?|colleagues?|comrades)"
)

_TROOPS = re.compile(
    rf"(?<![\w-])(?!(?:a|an|one)\s(?!further\b|dozen\b|hundred\b|thousand\b)){_QTY}\s*(?:[\w’'-]+\s+){{0,4}}?{_TROOP_NOUN}\b",
    re.IGNORECASE
)
_UNIT = re.compile(
    rf"\b(?P<count>a|an|one|two|three|another|one more)\s+(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?P<unit>{'|'.join(UNIT_SIZES)})(?:s)?\b",
    re.IGNORECASE,
)
# Between a person and the casualty verb: no reporting verb or relative clause, which would
# give the verb another subject ("a staff member told reporters two guards were injured",
# "a suspect who injured two officers").
_GAP = (r"(?:(?!\b(?:said|says|told|tells|who|whom|whose|which|that|claimed|reported|"
        r"according|when|while|but|saw|described)\b)[^.;:]){0,60}?")
# Casualty verbs and nouns, also in the wording of translated reports ("were taken to
# hospital", "lost their lives", "received medical treatment").
_CASUALTY_VERB = (
    r"(?:shot\s+dead|shot\s+and\s+killed|killed|dead|died|lost\s+(?:their|his|her)\s+lives?|"
    r"lost\s+(?:his|her)\s+life|(?:needed|required|sought)\s+medical\s+(?:treatment|assistance|"
    r"help|care|attention)|treated\s+(?:for\s+(?:\w+\s+)?(?:injuries|wounds)|in\s+(?:a\s+|the\s+)?"
    r"(?:\w+\s+)?hospital)|"
    r"injured|wounded|hurt|hospitali[sz]ed|(?:taken|rushed|transported)\s+to\s+(?:a\s+|the\s+)?"
    r"(?:\w+\s+)?hospital|hit\s+by\s+(?:a\s+)?(?:bullets?|gunfire|shots?|rubber\s+bullets?)|"
    r"(?:received|sustained|suffered|got)\s+(?:\w+\s+){0,2}?(?:injuries|wounds|"
    r"(?:medical\s+)?(?:treatment|assistance|help|care))|"
    r"arrested|detained|apprehended|taken\s+into\s+(?:\w+\s+)?custody)\b"
)
# A person or people and who else: "officers and residents", "police officers and civilians".
_PEOPLE = rf"{_ADJ}{_PERSON}\b(?:\s+and\s+(?!{_FIG}\b|the\b){_ADJ}{_PERSON}\b)?"
# "<qty> <people> (were|have been) killed/injured/arrested"
_CASUALTY_BEFORE = re.compile(
    rf"(?<![\w-])(?P<np>{_QTY}\s+{_PEOPLE}){_GAP}\b(?:were|was|have\s+been|had\s+been|"
    rf"are|got|been|being)?\s*(?:\w+ly\s+|also\s+)?(?P<verb>{_CASUALTY_VERB})",
    re.IGNORECASE,
)
# "killing <qty>", "wounding two young Serbs", "arrested three Kosovo police officers"
_CASUALTY_AFTER = re.compile(
    rf"\b(?P<verb>killing|killed|wounding|wounded|injuring|injured|arresting|arrested|detaining|"
    rf"died|hospitali[sz]ed|dead|"
    rf"detained|detainment\s+of|arrest\s+of|deaths\s+of|death\s+of|left)\s+"
    rf"(?:(?:were|are|included)\s+)?"
    rf"(?:the\s+)?(?P<np>{_QTY}\s+{_ADJ}{_PERSON}\b)(?P<tail>\s+(?:dead|injured|wounded))?",
    re.IGNORECASE,
)
# "more than 20 <people> ... injured" where the person noun is missing: "20 injured"
_BARE_CASUALTY = re.compile(
    rf"(?<![\w-]){_QTY}\s+(?:were\s+|people\s+)?(?P<verb>killed|dead|injured|wounded|hurt|"
    rf"arrested|detained)\b",
    re.IGNORECASE,
)
_ZERO = re.compile(
    r"\b(?:no\s+(?:one|injuries|casualties|deaths|fatalities)\s+(?:was|were|has\s+been|"
    r"have\s+been|had\s+been)?\s*(?:reported|injured|hurt|killed)?|nobody\s+was\s+"
    r"(?:reported\s+|reportedly\s+)?(?:injured|hurt|killed)|no\s+one\s+was\s+"
    r"(?:reported\s+|reportedly\s+)?(?:injured|hurt|killed)|without\s+injuries)",
    re.IGNORECASE,
)
# "... and three Serbian gunmen", "including a policeman", "seven of them": more of one count
_CONTINUATIONS = (
    re.compile(
        rf"[\s,]*(?:and|including|among\s+them|of\s+whom)\s+(?:the\s+)?"
        rf"(?P<np>{_QTY}\s+{_ADJ}{_PERSON}\b)",
        re.IGNORECASE,
    ),
    # "..., seven of them seriously" (a part of the count), not "one of them a former
    # policeman" (who one of them was)
    re.compile(rf"[^.;]{{0,90}}?,\s*(?P<np>{_QTY}\s+of\s+(?:them|whom))(?=\s+(?:\w+ly\b|was\b|"
               rf"were\b|is\b|are\b|remain|in\s+(?:a\s+)?(?:critical|serious|stable)|[,.;]))",
               re.IGNORECASE),
)
# "arrested the 32-year-old suspect": one person, named without a figure.
_ONE_PERSON = re.compile(
    r"\b(?P<verb>arrested|detained|apprehended|killed|wounded|injured)\s+(?P<np>(?:the|a|an)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:suspect|man|woman|person|driver|policeman|police\s+officer|"
    r"officer|soldier|priest|journalist|boy|girl|youth|citizen|resident|individual))\b",
    re.IGNORECASE,
)
# "arrested Milun Milenković", "killing Sergeant Afrim Bunjaku": one person named.
_NAMED_PERSON = re.compile(
    r"\b(?P<verb>arrested|detained|apprehended|killing|killed|wounding|wounded)\s+"
    r"(?P<np>(?:(?:former\s+)?(?:[a-z]+\s+)?(?:sergeant|officer|commander|policeman|"
    r"activist|mayor|lawyer|journalist)\s+)?(?-i:[A-Z][a-zà-ž]+(?:\s+[A-Z][a-zà-ž]+){1,2}))"
    r"(?!\s+(?:police|officers?|soldiers?|forces|troops|members|Serbs?|Albanians?)\b)",
    re.IGNORECASE)
_NOT_A_NAME = re.compile(
    r"\b(?:Kosovo|Serbia|Serbian|Serb|Serbs|Albanian|Albanians|Police|KFOR|NATO|EULEX|Special|"
    r"North|South|The|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "Sergeant Ilir Krasniqi was killed", "police officer Adem Berisha died", "Mr Petrović was
# detained", "the Russian, Mikhail K., was detained": one titled or named person, the subject
# of a casualty or arrest verb in the singular.
_TITLE = (r"(?:(?:police\s+)?(?:sergeant|officer|commander|inspector|lieutenant|captain|"
          r"major|colonel|corporal|private)|policeman|soldier|activist|journalist|priest|"
          r"mayor|lawyer|(?-i:Mr|Mrs|Ms|Dr)\.?)")
_TITLE_PREFIX = re.compile(rf"^{_TITLE}\s+", re.IGNORECASE)
_NAME = r"(?-i:[A-ZÀ-Ž][a-zà-ž]+(?:[\s-]+(?:[A-ZÀ-Ž][a-zà-ž]+|[A-ZÀ-Ž]\.))*)"
_NAMED_SUBJECT = re.compile(
    rf"(?<![\w-])(?P<np>{_TITLE}\s+{_NAME}|{_NAME}(?-i:\s+(?:[A-ZÀ-Ž][a-zà-ž]+|[A-ZÀ-Ž]\.)))"
    rf",?\s+(?:(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+|also\s+)?)?"
    rf"(?P<verb>{_CASUALTY_VERB})",
    re.IGNORECASE)
# "a group of some 30 armed men attacked a police patrol": the strength of the attacking side,
# an armed group that is the subject of an attack verb.
_ATTACKERS = re.compile(
    rf"(?<![\w-])(?P<np>{_QTY}\s+(?:[\w’'-]+\s+){{0,2}}?(?:(?:heavily\s+)?(?:armed|masked|"
    rf"uniformed|camouflaged)\s+(?:[\w’'-]+\s+)?(?:men|people|persons|individuals|Serbs?|"
    rf"Albanians?|assailants|attackers|militants)|gunmen|attackers|assailants|militants|"
    rf"paramilitaries)\b)(?:[^.;:]{{0,40}}?\b(?:had\s+)?)\s*(?P<verb>attacked|stormed|ambushed|"
    rf"opened\s+fire|fired\s+(?:at|on)|raided|assaulted|barricaded\s+themselves)\b",
    re.IGNORECASE)
# "a police officer was killed and another wounded": one more person, another kind.
_ANOTHER = re.compile(
    r"\band\s+another\s+(?:[\w’'-]+\s+)?(?:was\s+)?(?:\w+ly\s+)?(?P<verb>wounded|injured|hurt|"
    r"killed)\b",
    re.IGNORECASE)
_NUMERIC_INJURIES = re.compile(
    r"\b(?P<vague>numerous|several|many|dozens\s+of|multiple)\s+(?P<verb>injuries|casualties|"
    r"deaths)\b",
    re.IGNORECASE,
)

_VERB_KIND: Final[dict[str, str]] = {
    "killed": "killed", "killing": "killed", "dead": "killed", "died": "killed",
    "deaths": "killed", "death": "killed", "left": "killed", "injured": "injured",
    "injuring": "injured", "wounded": "injured", "wounding": "injured", "hurt": "injured",
    "injuries": "injured", "casualties": "injured", "arrested": "arrested",
    "arresting": "arrested", "detained": "arrested", "detaining": "arrested",
    "apprehended": "arrested", "detainment": "arrested", "arrest": "arrested",
    "received": "injured", "sustained": "injured", "suffered": "injured", "got": "injured",
    "shot": "killed", "lost": "killed", "hospitalised": "injured", "hospitalized": "injured",
    "needed": "injured", "required": "injured", "sought": "injured", "treated": "injured",
    "taken": "injured", "rushed": "injured", "transported": "injured", "hit": "injured",
}


def parse_figure(token: str) -> int | None:
    """An integer from digits ("1,200") or an English number word ("five"); None otherwise."""
    cleaned = " ".join(token.lower().replace(",", "").split())
    if cleaned.isdigit():
        return int(cleaned)
    return NUMBER_WORDS.get(cleaned)


def _bounds(match: re.Match[str]) -> tuple[int | None, int | None]:
    if match.group("lo"):
        return parse_figure(match.group("lo")), parse_figure(match.group("hi"))
    if match.group("a"):
        return parse_figure(match.group("a")), parse_figure(match.group("b"))
    if match.group("one"):
        value = parse_figure(match.group("one"))
        return value, value
    return None, None


def _qualifier(match: re.Match[str]) -> str | None:
    qual = match.group("qual")
    if qual:
        return qual.strip().lower()
    if match.group("vague"):
        return match.group("vague").lower()
    return None


def _kind(verb: str) -> str:
    words = verb.lower().split()
    if "custody" in words:
        return "arrested"
    return _VERB_KIND[words[0]]


def _number(kind: str, match: re.Match[str], base: int, group: int | str = 0) -> Number:
    low, high = _bounds(match)
    return Number(
        kind=kind,
        low=low,
        high=high,
        phrase=match.group(0).strip() if group == 0 else match.group(group),
        start=base + match.start(group),
        end=base + match.end(group),
        qualifier=_qualifier(match),
    )


def _overlaps(a: Number, b: Number) -> bool:
    return a.start < b.end and b.start < a.end


_CASUALTY_STEMS: Final = ("kill", "dead", "died", "death", "injur", "wound", "hurt", "arrest",
                          "detain", "apprehend", "casualt", "no one", "nobody", "left",
                          "hospital", "lives", "life", "treatment", "medical", "bullet", "custody")
_TROOP_STEMS: Final = ("soldier", "troop", "personnel", "servicem", "peacekeep", "member",
                       "contingent", "paratroop", "commando", "marine", "reservist")

_CASUALTY_ANCHOR = re.compile("|".join(map(re.escape, _CASUALTY_STEMS)))
_TROOP_ANCHOR = re.compile("|".join(map(re.escape, _TROOP_STEMS)))
_UNIT_ANCHOR = re.compile("|".join(UNIT_SIZES))
# "a British battalion of about 200": the unit's own stated strength beats its nominal size.
_UNIT_OF = re.compile(
    rf"\b(?:{'|'.join(UNIT_SIZES)})s?\s+of\s+{_QTY}(?!\s*(?:%|per\s*cent|km|kilomet\w*|"
    rf"metres|meters|years?|days?|weeks?|months?|hours?|vehicles|tanks)\b)",
    re.IGNORECASE)
_ATTACK_ANCHOR = re.compile(r"attacked|stormed|ambushed|opened fire|fired|raided|assaulted|"
                            r"barricaded")


def find_numbers(sentence: str, offset: int = 0) -> list[Number]:
    """Counts in one sentence; offsets are ``offset`` + the position in ``sentence``.

    Kinds: troops, killed, injured, arrested, and attackers (the strength of an armed group
    that attacked: "some 30 armed men attacked a patrol").
    """
    found: list[Number] = []
    lowered = sentence.lower()
    casualties = _CASUALTY_ANCHOR.search(lowered) is not None
    troops_named = _TROOP_ANCHOR.search(lowered) is not None
    units_named = _UNIT_ANCHOR.search(lowered) is not None
    attack_named = _ATTACK_ANCHOR.search(lowered) is not None
    if not (casualties or troops_named or units_named or attack_named):
        return found

    def add(number: Number, tail: int | None = None) -> None:
        if (number.high or 0) > MAX_COUNT:
            return  # a year, a sum of money or a typo, not a head count
        if any(_overlaps(number, other) and (number.kind == other.kind or number.kind == "troops")
               for other in found):
            return
        found.append(number)
        if number.kind == "troops" or number.low == 0:
            return
        rest = number.end - offset
        if tail is not None and not any(p.match(sentence, rest) for p in _CONTINUATIONS):
            rest = tail
        for _ in range(3):  # "a policeman and three gunmen", "..., seven of them seriously"
            more = next((m for p in _CONTINUATIONS if (m := p.match(sentence, rest))), None)
            if more is None:
                break
            extra = _number(number.kind, more, offset, "np")
            if any(_overlaps(extra, other) for other in found):
                break
            found.append(extra)
            rest = more.end()

    for match in _ZERO.finditer(sentence) if casualties else ():
        text = match.group(0).lower()
        kind = "killed" if ("killed" in text or "deaths" in text or "fatal" in text) else "injured"
        add(Number(kind, 0, 0, match.group(0), offset + match.start(), offset + match.end()))
    for match in _CASUALTY_AFTER.finditer(sentence) if casualties else ():
        verb = match.group("verb")
        tail = match.group("tail")
        kind = _kind(tail.strip()) if verb.lower() == "left" and tail else None
        if verb.lower() == "left" and kind is None:
            continue
        add(_number(kind or _kind(verb), match, offset, "np"))
    for match in _CASUALTY_BEFORE.finditer(sentence) if casualties else ():
        add(_number(_kind(match.group("verb")), match, offset, "np"), match.end())
    for match in _BARE_CASUALTY.finditer(sentence) if casualties else ():
        add(_number(_kind(match.group("verb")), match, offset))
    for match in _ONE_PERSON.finditer(sentence) if casualties else ():
        add(Number(_kind(match.group("verb")), 1, 1, match.group("np"),
                   offset + match.start("np"), offset + match.end("np")))
    for match in _NAMED_PERSON.finditer(sentence) if casualties else ():
        if _NOT_A_NAME.search(match.group("np")):
            continue
        add(Number(_kind(match.group("verb")), 1, 1, match.group("np"),
                   offset + match.start("np"), offset + match.end("np")))
    for match in _NAMED_SUBJECT.finditer(sentence) if casualties else ():
        if _NOT_A_NAME.search(_TITLE_PREFIX.sub("", match.group("np"))) or (
                match.group("verb").lower() == "died" and "was" in match.group(0).lower()):
            continue
        add(Number(_kind(match.group("verb")), 1, 1, match.group("np"),
                   offset + match.start("np"), offset + match.end("np")))
    for match in _ATTACKERS.finditer(sentence) if attack_named else ():
        if match.group("one") and match.group("one").lower() in ("a", "an"):
            continue  # "a band of masked men": an article, not a count of one
        add(_number("attackers", match, offset, "np"))
    for match in _ANOTHER.finditer(sentence) if casualties else ():
        add(Number(_kind(match.group("verb")), 1, 1, match.group(0),
                   offset + match.start(), offset + match.end()))
    for match in _NUMERIC_INJURIES.finditer(sentence) if casualties else ():
        add(Number(_kind(match.group("verb")), None, None, match.group(0),
                   offset + match.start(), offset + match.end(), match.group("vague").lower()))
    for match in _UNIT_OF.finditer(sentence) if units_named else ():
        add(_number("troops", match, offset))
    troops = ([_number("troops", m, offset) for m in _TROOPS.finditer(sentence)]
              if troops_named else [])
    troops = [n for n in troops if not (n.low == 1 and n.qualifier is None and
                                        n.phrase.lower().split()[0] in ("a", "an", "one"))]
    for number in troops:
        add(number)
    if units_named and not any(n.kind == "troops" and n.low is not None for n in found):
        for match in _UNIT.finditer(sentence):
            count_word = match.group("count").lower()
            count = 1 if count_word in ("a", "an", "one", "another", "one more") else (
                parse_figure(count_word) or 1)
            low, high = UNIT_SIZES[match.group("unit").lower()]
            add(Number("troops", low * count, high * count, match.group(0),
                       offset + match.start(), offset + match.end(), "unit size"))
    found.sort(key=lambda n: n.start)
    return found

