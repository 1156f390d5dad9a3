"""The codebook as patterns: which sentences report an event, of which type and subtype.

Each subtype has cue patterns (docs/CODEBOOK.md lists them with their definitions). A cue
only counts when it reports something that happened or was decided, so three guards run on
the words before it, inside its clause:

- requests and conditions: "urged Belgrade to withdraw", "could deploy if needed", "called on";
- negation: "did not deploy", "denied any arrests";
- references: "after the arrest", "amid clashes", "following a gunfight" name an earlier event
  as a cause; they are kept as :attr:`Trigger.reference` and extraction turns them into events
  only when the reference carries its own place or date.

Then a sentence keeps at most one violent subtype (explosion > armed_attack > armed_clash >
riot) and the codebook's precedence rules apply (a protest that turns violent is the violent
event; an arrest is more specific than the police operation it came from; Serbian forces
deployed towards the boundary are a military build-up).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

import ahocorasick

from events.schema import DEPLOYMENT_SUBTYPES, INCIDENT_SUBTYPES


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue pattern of the codebook; ``weight`` is the base confidence of its events."""

    subtype: str
    pattern: re.Pattern[str]
    weight: float
    requires: re.Pattern[str] | None = None  # must also occur in the sentence
    anchors: frozenset[str] = frozenset()  # lower-case stems any match contains (speed)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A cue found in a sentence: offsets are relative to the sentence."""

    type: str
    subtype: str
    start: int
    end: int
    cue: str
    confidence: float
    reference: bool = False  # "after the arrest": a cause named in passing, see module doc
    concurrent: bool = False  # "due to roadblocks": a cause happening at the same time
    reference_start: int | None = None  # where the words naming the reference begin
    statement: bool = False  # named by a statement about it: "condemned the attack in X"
    background: bool = False  # "the barricades that went up in December": told as background
    restated: bool = False  # "Belgrade says the officers were arrested inside Serbia; ...": one
    # side's account of an event already reported, not a second event


def _cue(subtype: str, regex: str, weight: float = 0.7, requires: str | None = None,
         stems: tuple[str, ...] | None = None) -> Cue:
    """A cue; ``stems`` narrows the subtype's anchors for a cue that needs its own words."""
    return Cue(subtype, re.compile(regex, re.IGNORECASE), weight,
               re.compile(requires, re.IGNORECASE) if requires else None,
               frozenset(stems or ANCHORS[subtype]))


# Every match of a subtype's cues contains one of these stems: a cheap test on the
# lower-cased sentence skips the regular expressions of the subtypes it cannot match.
ANCHORS: Final[dict[str, tuple[str, ...]]] = {
    "explosion": ("explos", "blast", "bomb", "grenade", "ied", "detonat", "blew"),
    "armed_attack": ("attack", "storm", "fire", "shot", "ambush", "shooting", "assault",
                     "bullet", "attempted", "arson", "beaten", "beat up", "turned on",
                     "alight"),
    "armed_clash": ("clash", "gunfight", "gun battle", "shoot", "firefight", "fire", "battle",
                    "skirmish", "fighting", "scuffl", "confront", "brawl"),
    "riot": ("riot", "violent", "threw", "dispers", "tear gas", "stun"),
    "protest": ("protest", "rall", "demonstration", "marched", "sit-in", "streets",
                "shifts"),
    "barricade": ("barricade", "roadblock", "road block", "blockade", "block", "parked",
                  "placed", "put", "lined up", "drove", "dumped", "piled"),
    "arrest": ("arrest", "detain", "detention", "detainment", "custody", "apprehend"),
    "police_operation": ("police", "operation", "raid", "municipal building", "town hall",
                         "used force",
                         "searched", "mayors", "control of"),
    "border_closure": ("clos", "shut", "sealed", "halted", "suspended"),
    "readiness_raised": ("readiness", "alert", "standby", "notice"),
    "withdrawal": ("withdr", "pull", "retreat", "scal", "lower", "reduc", "stood down",
                   "back to",
                   "stand down", "barracks", "bases"),
    "military_buildup": ("build", "massing", "amass", "concentrat", "military presence",
                         "movement", "deploying", "deployment of", "closer"),
    "reinforcement_announced": ("reinforce", "approved", "authori", "send", "additional",
                                "extra", "more", "presence", "bolster", "augment", "allocated"),
    "deployment": ("deploy", "dispatch", "sent", "transfer", "relocat", "moved", "arriv",
                   "placed", "moving", "increased", "stepped", "intensified", "boosted",
                   "reinforced", "took over", "taken over", "take over", "takes over",
                   "raised", "present", "the year with"),
}


_TROOPS = r"(?:forces|troops|soldiers|personnel|units|contingent|battalion|company|servicemen)"
# A crowd as the subject of a gathering: "hundreds of Serbs gathered", "crowds stood outside".
_CROWD = (r"(?:crowds?|hundreds|thousands|dozens|groups?|people|residents|citizens|locals|"
          r"Serbs|Albanians|protesters|demonstrators|students|supporters|veterans|workers|"
          r"employees|villagers|women|families|\d[\d,]*)")
# What police close, search or take over in an operation against parallel institutions.
_PREMISES = (r"(?:offices?|branch(?:es)?|institutions?|premises|post\s+offices?|banks?|"
             r"buildings?|headquarters|facilities|town\s+halls?|courts?|cent(?:re|er)s?)")
_ARMED_FORCE = (r"(?:KFOR|NATO|EULEX|peacekeepers|troops|soldiers|contingent|forces|"
                r"carabinieri)")

CODEBOOK: Final[tuple[Cue, ...]] = (
    _cue("explosion", r"\b(?:explosions?|explosive\s+devices?|explosives|blasts?|"
         r"(?<!petrol\s)(?<!molotov\s)bomb(?:s|ing|ed)?"
         r"|(?<!petrol\s)(?<!stun\s)(?<!stun-)(?<!shock\s)grenades?|IEDs?|detonat\w+|"
         r"blew\s+up)\b", 0.75),
    # "a stun grenade had been thrown at a patrol vehicle": an attack with a device, not
    # crowd control; "an explosive device went off"
    _cue("explosion", r"\b(?:(?:(?:stun|hand|shock)\s+)?grenades?|(?<!petrol\s)(?<!molotov\s)"
         r"bombs?|(?:explosive\s+)?devices?)\s+(?:had\s+been\s+|has\s+been\s+|have\s+been\s+|"
         r"was\s+|were\s+)?(?:thrown|hurled|tossed|lobbed|planted)\s+(?:at|on|into|towards?|"
         r"under|near|outside|in\s+front\s+of)\b|"
         r"(?:threw|thrown|hurled|tossed|lobbed)\s+(?:a|an|one|two|three|four|five|several|\d+)\s+"
         r"(?:(?:hand|stun|shock)\s+)?(?:grenades?|explosive\s+devices?|bombs?)\s+"
         r"(?:at|on|into|towards?|under)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?!crowd|protesters|"
         r"demonstrators|rioters)|"
         r"(?:device|grenade|bomb|charge)\s+(?:went|goes|had\s+gone)\s+off", 0.75,
         stems=("thrown", "hurled", "tossed", "lobbed", "planted", "threw", "went off",
                "goes off", "gone off")),
    _cue("armed_attack", r"\b(?:attack(?:ed|s)?\b(?!\s+helicopters?)|"
         r"(?<!police\s)(?<!units\s)stormed|opened\s+fire|"
         r"(?:came|come|comes|coming)\s+under\s+(?:\w+\s+)?(?:fire|attack)|"
         r"shot\s+at|fired\s+(?:shots\s+)?(?:at|on|toward|towards|into|in\s+the\s+direction\s+of)|"
         r"shots\s+(?:had\s+been\s+|have\s+been\s+|were\s+)?fired|ambush(?:ed)?|shooting\b|"
         r"(?:by|from)\s+(?:a\s+)?(?:gunfire|gunshots?|bullets?|sniper\s+fire)\b|"
         r"(?:gunfire|gunshots?)\s+(?:erupted|broke\s+out|(?:was|were)\s+(?:heard|fired))|"
         r"turned\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|police|officers|"
         r"peacekeepers|patrols?|guards|journalists)\b|"
         r"(?:was|were|been|being)\s+shot\b(?!\s+down\s+(?:a|the)\s+(?:proposal|idea|plan))|"
         r"shot\s+(?:and\s+(?:killed|wounded|injured)|dead)|"
         r"physically\s+assaulted|assaulted|(?:was|were|been)\s+beaten|beat\s+up|attempted\s+to\s+(?:kill|deprive)|arson|"
         r"set\s+(?:on\s+)?fire|(?:was|were|been)\s+set\s+alight)", 0.75),
    _cue("armed_clash", r"\b(?:clash(?:es|ed)?|gunfights?|gun\s+battle|shoot-?outs?|firefights?|"
         r"exchanged?\s+(?:of\s+)?fire|engaged\s+in\s+a\s+battle|battled|skirmish\w*|"
         r"fighting\s+broke\s+out|scuffl(?:e|es|ed|ing)|brawl(?:s|ed)?|"
         r"confronted\s+each\s+other|(?:violent\s+)?confrontations?\s+(?:between|with)|"
         r"(?:injured|wounded|hurt)\s+in\s+(?:the\s+|a\s+)?confrontations?)\b", 0.75),
    # "protesters fought KFOR soldiers outside the town hall": a fight with a force
    _cue("armed_clash", r"\bfought\s+(?:with\s+|against\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
         r"(?:KFOR|NATO|police(?:men)?|troops|soldiers|peacekeepers|officers|gunmen|guards)\b",
         0.75, stems=("fought",)),
    _cue("riot", r"\b(?:riot(?:s|ing|ers)?\b(?!\s+(?:gear|police|shields|squad|control))|"
         r"turn(?:s|ed)?\s+violent|violent\s+(?:protests?|demonstrations?|unrest)|"
         r"threw\s+(?:stones|rocks|molotov|petrol\s+bombs|bottles|tear\s+gas)|"
         r"disperse(?:d)?\s+(?:the\s+)?(?:crowd|protesters)|dispersing\s+(?:the\s+)?crowd|"
         r"tear\s+gas|stun\s+grenades?)\b", 0.7),
    _cue("protest", r"\b(?:protest(?:s|ed|ing)?\b(?!\s+(?:over|against|at|of)\s+the\s+"
         r"(?:dismissal|decision|appointment))|rall(?:y|ies|ied)\b|demonstrations?\b|"
         r"marched\b|sit-ins?\b|took\s+to\s+the\s+streets|camp\s+protest|taking\s+shifts)", 0.7),
    # "hundreds of Serbs gathered outside", "groups of Serbs stood in front of the town halls",
    # "held a vigil", "demonstrators blocked the entrance": gatherings told without the word
    _cue("protest", r"\b(?:(?<!the\s)" + _CROWD + r"\b[^.;]{0,40}?\b(?<!had\s)"
         r"(?:gather(?:ed|ing)?|assembl(?:ed|ing)|converg(?:ed|ing)|congregated|massed|"
         r"stood\s+(?:in\s+front\s+of|outside|in\s+silence))\b"
         r"(?![^.;]{0,60}?\b(?:celebrat|commemorat|pray|worship|attend|funeral|wedding|concert|"
         r"liturgy|festival|christmas|easter|holiday|match|greet|welcome))|"
         r"(?:held|staged|organi[sz]ed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:vigil|gathering)\b|"
         r"(?<!the\s)crowds?\b[^.;]{0,30}?\b(?:had\s+)?formed\b|"
         r"(?<!the\s)(?:demonstrators|protesters)(?=\s+(?:\w+\s+){0,2}?(?:blocked|chanted|"
         r"carried|waved|shouted|sang|held|lit|whistled|booed)\b)|"
         r"(?<!the\s)" + _CROWD + r"\b[^.;]{0,30}?\bblocked\s+(?:the\s+)?(?:main\s+)?"
         r"entrances?\b)", 0.65,
         stems=("gather", "assembl", "converg", "congregat", "massed", "stood", "vigil",
                " formed", "demonstrators", "protesters", "entrance")),
    _cue("barricade", r"\b(?:barricades?\b|barricaded\s+(?!themselves|itself|himself)|"
         r"roadblocks?\b|road\s+blocks?\b|blockades?\b|blockaded\b|"
         r"(?:trucks|lorries|tractors|vehicles|cars|buses)\b[^.;]{0,30}?\bblock(?:s|ed|ing)?\s+"
         r"(?:\w+\s+){0,2}?(?:routes?|roads?|streets?|crossings?|bridges?|access)\b|"
         r"(?:blocked|blocking)\b[^.;]{0,60}?\b(?:roads?|routes?|streets?|crossings?|checkpoints?|"
         r"bridge|traffic|highway|access)|"
         r"(?:parked|placed|put|lined\s+up|drove|dumped|piled)\s+(?:[\w’'-]+\s+){0,3}?"
         r"(?:trucks|lorries|vehicles|tractors|cars|buses|gravel|rocks|machinery)\s+"
         r"(?:across|on|onto|in\s+front\s+of)\s+(?:the\s+|a\s+)?(?:roads?|bridge|crossings?|"
         r"highway|carriageway|entrance|approach))", 0.7),
    # "lorries and cars ... seal off the approaches to both crossings": blocked by a crowd's
    # vehicles (police sealing an area is an operation or a deployment, not a roadblock)
    _cue("barricade", r"\bseal(?:s|ed|ing)?\s+off\s+(?:the\s+)?(?:approach(?:es)?|access\s+roads?|"
         r"roads?)\b", 0.7, stems=("seal",),
         requires=r"\b(?:trucks|lorries|cars|vehicles|tractors|gravel|barricades|roadblocks|"
         r"protesters|residents|locals|Serbs)\b"),
    _cue("barricade", r"\b(?:trucks|lorries|vehicles|tractors|cars|buses|gravel|rocks|"
         r"boulders|logs|machinery)\s+(?:were\s+|had\s+been\s+|have\s+been\s+|was\s+|are\s+)?"
         r"(?:parked|placed|lined\s+up|dumped|piled|left)\s+(?:across|on|onto|in\s+front\s+of)\s+"
         r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:roads?|bridge|crossings?|highway|carriageway|"
         r"entrance|approach)|"
         r"(?:roads?|bridge|crossings?|highway|streets?)\s+(?:\w+\s+){0,4}?(?:was|were|remained|"
         r"remain|are|is|had\s+been|have\s+been)\s+(?:still\s+)?blocked\b|"
         r"(?:erected|put\s+up|set\s+up|placed|raised)\s+(?:[\w-]+\s+){0,2}?(?:barriers|obstacles)\s+"
         r"(?:on|across|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:roads?|bridge|crossings?|highway|"
         r"streets?)", 0.7,
         stems=("parked", "placed", "lined", "dumped", "piled", "left", "barriers",
                "obstacles", "blocked")),
    # "the detained officers", "the release of detained Serbs": an earlier arrest as an attribute
    _cue("arrest", r"\b(?:(?<!house\s)arrest(?:s|ing)?\b(?!\s+warrant)|"
         r"(?<!house\s)(?<!the\s)(?<!of\s)arrested\b|"
         r"(?<!the\s)(?<!of\s)detain(?:ed|ing|s)?\b|"
         r"detention\s+of\b|detainment\b|taken\s+into\s+custody|apprehended|under\s+arrest)",
         0.75),
    _cue("police_operation", r"\b(?:police\s+operations?|"
         r"(?:special\s+)?police\s+(?:are\s+|were\s+)?(?:raided|entered|stormed|took\s+over|"
         r"seized|carrying\s+out|carried\s+out|launched)(?!\s+(?:the\s+|an?\s+)?(?:investigation|"
         r"case|probe|inquiry|matter|duties|command|leadership|responsibility|into\s+(?:talks|"
         r"force|dialogue|negotiations)|talks))|"
         r"conducted\s+an?\s+(?:police\s+)?operation|(?<![-\w])raid(?:s|ed)?\b(?!\s+sirens?)|"
         r"install(?:ed|ing)\s+(?:the\s+)?(?:new\s+|newly\s+elected\s+)?(?:\w+\s+)?mayors|"
         r"(?:escorted|entered|took\s+over(?!\s+(?:the\s+)?(?:protection|security|guard))|stormed)\b"
         r"[^.;]{0,50}?\b(?:municipal\s+buildings?|"
         r"town\s+halls?)|"
         r"under\s+the\s+protection\s+of\s+(?:special\s+)?police|used\s+force\s+to|"
         r"searched\s+(?:the\s+|a\s+|several\s+|\w+\s+)?(?:houses?|premises|homes?|flats|"
         r"apartments)|"
         r"(?:police|units|officers)\b[^.;]{0,30}?\b(?:took|seized)\s+control\s+of)", 0.65),
    # "police closed the offices of the Serbian postal company", "searched branches",
    # "escorted the new mayors into their offices", "taking away documents and cash"
    _cue("police_operation", r"\b(?:(?:closed|closing|shut(?:\s+down)?|sealed(?:\s+off)?|"
         r"searched|raided|entered|seized|took\s+over|cordoned\s+off|surrounded)\s+"
         r"(?:the\s+|a\s+|several\s+|two\s+|three\s+|\w+\s+of\s+the\s+)?(?:[\w’'-]+\s+){0,4}?"
         + _PREMISES + r"\b|"
         r"(?:police|units|officers|ROSU|gendarmerie)\b[^.;]{0,40}?\b(?:entered|burst\s+into|"
         r"broke\s+into|forced\s+their\s+way\s+into)\s+(?!into\b)(?:the\s+)?(?!talks|force\b|"
         r"dialogue|negotiations|an?\s+agreement)|"
         r"(?:conducted|carried\s+out|performed|launched)\s+(?:\w+\s+){0,2}?(?:searches|raids|"
         r"operations?|actions?)\b|"
         r"escorted\b[^.;]{0,50}?\b(?:into|to)\s+(?:their|the|his|her)\s+(?:new\s+)?"
         r"(?:offices?|municipal|town\s+halls?|premises)|"
         r"(?:(?:taking|took|carried|carrying)\s+away|confiscat(?:ed|ing)|seiz(?:ed|ing))\s+"
         r"(?:\w+\s+){0,3}?(?:documents|cash|money|equipment|computers|files|servers|stamps|"
         r"seals))", 0.65,
         stems=("closed", "closing", "shut", "sealed", "searched", "raided", "entered", "seiz",
                "took over", "cordoned", "surrounded", "escorted", "away", "confiscat",
                "burst", "broke into", "forced their way", "conducted", "carried out",
                "performed", "launched"),
         requires=r"\b(?:police|officers|policemen|units|ROSU|gendarmerie|authorities|"
         r"inspectors|special\s+forces)\b"),
    _cue("border_closure", r"\b(?:(?:closed|closing|closure\s+of|shut(?:\s+down)?|sealed|"
         r"(?:decided|ordered|agreed|voted)\s+to\s+(?:close|shut))\b"
         r"[^.;]{0,50}?\b(?:border|crossings?|checkpoints?|crossing\s+points?|posts?\s+at)|"
         r"(?:border|crossings?|"
         r"checkpoints?)\b[^.;]{0,40}?\b(?:(?:is|was|were|are|remain(?:s|ed)?)\s+(?:\w+\s+)?"
         r"closed|shut)|"
         r"traffic\s+(?:to|through|at|across|towards?)\s+(?:the\s+)?[^.;]{0,40}?\b(?:crossings?|"
         r"border)\b[^.;]{0,20}?\b(?:has|had|have)?\s*(?:been\s+|was\s+|were\s+|is\s+)"
         r"(?:\w+\s+)?(?:halted|suspended|stopped))\b", 0.75),
    _cue("readiness_raised", r"\b(?:rais(?:e|ed|es|ing)\s+(?:the\s+)?(?:combat\s+)?readiness|"
         r"readiness\s+(?:level\s+)?(?:was\s+|has\s+been\s+)?raised|"
         r"(?:highest|full|increased|heightened)\s+(?:(?:level|state)\s+of\s+)?(?:combat\s+)?"
         r"readiness|"
         r"(?:put|placed|kept)\s+(?:[\w’'-]+\s+){0,3}?on\s+(?:high\s+|full\s+)?(?:alert|standby)|"
         r"(?:state|level)\s+of\s+(?:high\s+)?alert|combat\s+readiness|"
         r"(?:put|placed|kept)\s+(?:[\w’'-]+\s+){0,3}?on\s+(?:shorter|short|higher|reduced)\s+"
         r"notice|"
         r"on\s+(?:high|full|maximum|heightened|the\s+highest)\s+(?:combat\s+)?alert|"
         r"(?:highest|maximum)\s+(?:level|state|degree)\s+of\s+(?:combat\s+)?alert)", 0.7),
    _cue("withdrawal", r"\b(?:withdr(?:ew|awn|awal|aws|awing)\b|withdraw\b|"
         r"pull(?:ed|ing|s)?\s+(?:\w+\s+){0,2}(?:back|out)\b|retreat(?:ed|s|ing)?\b|"
         r"scal(?:e|ed|ing)\s+back\b|lower(?:ed|ing|s)?\s+(?:the\s+|its\s+)?(?:\w+\s+)?"
         r"(?:alert|readiness)|reduc(?:ed|ing)\s+(?:the\s+|its\s+)?(?:alert|readiness|"
         r"troops|presence)|stood\s+down|stand\s+down|"
         r"reduc(?:e|ed|es|ing|tion)\s+(?:of\s+|in\s+)?(?:the\s+|its\s+|their\s+)?"
         r"(?:number\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:troops|presence|forces|army|soldiers|"
         r"members|units|personnel)\b|"
         r"scal(?:e|ed|es|ing)\s+(?:\w+\s+){0,3}?down\b|"
         r"number\s+of\s+(?:[\w-]+\s+){0,2}?(?:police(?:men)?|officers|troops|soldiers|units|"
         r"personnel|forces)\b[^.;]{0,90}?\b(?:will\s+be|would\s+be|is\s+to\s+be|was|were|"
         r"has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:reduced|lowered)\b|"
         r"(?:return(?:ed|ing|s)?|went|sent|ordered)\s+(?:\w+\s+){0,3}?(?:back\s+)?to\s+"
         r"(?:their\s+|its\s+|the\s+)?(?:barracks|bases)|"
         r"(?:brought|returned|reduced|cut|lowered)\s+back\s+to\s+(?:the\s+)?(?:normal|usual|"
         r"regular|previous|peacetime)\s+(?:levels?|strength|numbers?))", 0.7,
         requires=r"\b(?:troops|forces|army|military|units|soldiers|contingent|alert|readiness|"
         r"police|KFOR|gendarmerie|battalion|barracks|bases)\b"),
    _cue("military_buildup", r"\b(?:build-?ups?\b|massing\b|amass(?:ed|ing)\b|"
         r"concentrat(?:ion|ed|ing)\s+(?:of\s+)?(?:\w+\s+)?" + _TROOPS + r"|"
         r"increased\s+(?:its\s+|their\s+)?military\s+presence|"
         r"movements?\s+of\s+(?:\w+\s+){0,3}" + _TROOPS + r"|"
         r"(?:urgent\s+)?movement\s+in\s+the\s+direction\s+of|"
         r"(?:move|moved|moving|moves|ordered|brought|positioned)\s+(?:\w+\s+){0,2}closer\s+"
         r"to|"
         r"deploying\s+(?:its\s+|their\s+)?units\s+near|"
         r"deployment\s+of\s+(?:advanced\s+)?(?:artillery|tanks|heavy\s+weapons))", 0.7),
    # "jets and helicopters flew close to the administrative line": aircraft at the boundary
    _cue("military_buildup", r"\b(?:jets|aircraft|warplanes|planes|helicopters|drones|"
         r"MiG-?\d*s?|fighters)\b"
         r"[^.;]{0,40}?\b(?:flew|flying|fly|flown|flights?)\s+(?:\w+\s+){0,2}?(?:close\s+to|near|"
         r"along|over|towards?|at)\b", 0.7, stems=("flew", "flying", "fly ", "flown", "flight"),
         requires=r"\b(?:border|boundary|administrative\s+line|crossings?)\b"),
    _cue("reinforcement_announced", r"\b(?:reinforcement\s+plan|reinforcements?\b|"
         r"(?:approved|authori[sz](?:ed|e|es|ing)|decided\s+to\s+send|will\s+send|would\s+send|to\s+send|"
         r"agreed\s+to\s+send)"
         r"\b[^.;]{0,40}?\b(?:forces|troops|soldiers|deployment|battalion)|"
         r"(?:additional|extra|more)\s+(?:\w+\s+){0,2}" + _TROOPS + r"|"
         r"increase\s+(?:its|their)\s+presence|bolster(?:s|ed|ing)?\b|augment(?:s|ed|ing)?\b|"
         r"allocated\s+(?:one|a|an|\w+)\s+(?:battalion|company))", 0.7),
    # "NATO said it would strengthen its mission / add forces": the announcement is the event
    _cue("reinforcement_announced", r"\b(?:(?:would|will|to|decided\s+to|agreed\s+to)\s+)?"
         r"(?:further\s+)?(?:strengthen(?:ed|s|ing)?|add(?:ed|s|ing)?)\s+(?:its\s+|their\s+|the\s+)?"
         r"(?:[\w-]+\s+){0,2}?(?:mission|presence|forces|troops|soldiers|contingent|"
         r"peacekeepers)\b", 0.7, stems=("strengthen", "add ", "adds ", "added ", "adding ")),
    _cue("deployment", r"\b(?:deploy(?:ed|ing|s)?\b|deployment\s+(?:of|to)\b|"
         r"(?:military|troop|army)\s+deployment\b|began\s+deployment|"
         r"dispatch(?:ed|ing)?\b|(?:were|was|be|been|is|are)\s+sent\s+(?:to|for)\b|"
         r"(?:sent|sending|sends)\s+(?:[\w’'-]+\s+){0,4}?(?:troops|forces|soldiers|units|"
         r"personnel|peacekeepers)|"
         r"(?:transferred|relocated|moved)\s+(?:\w+\s+){0,2}(?:to|into)\b|relocation\s+plan|"
         r"(?:forces|troops|soldiers|contingent|units|reinforcements|personnel|battalions?|"
         r"compan(?:y|ies)|commandos|peacekeepers|platoons?|brigade)\b[^.;]{0,30}?"
         r"\barrived\b|"
         r"arrival\s+of\s+(?:\w+\s+){0,3}(?:forces|troops|soldiers|reinforcements|units)|"
         r"(?:are|were|was|is)\s+placed\s+near|"
         r"transfer\s+command\s+of|moving\s+into|"
         r"(?:began|started|entered|ended|closed)\s+the\s+year\s+with\s+(?:[\w-]+\s+){0,2}?"
         r"\d[\d,]*\s+(?:troops|soldiers|personnel|peacekeepers)\b|"
         r"(?:increased|stepped\s+up|intensified|boosted|reinforced|raised)\s+"
         r"(?:the\s+number\s+of\s+)?(?:its\s+|their\s+)?(?:patrols|presence|security)|"
         r"(?:soldiers|troops|police|officers|KFOR|peacekeepers|units)\s+(?:have\s+|has\s+|had\s+)?"
         r"(?:also\s+)?(?:been|were|are|was|is|remained|remain)\s+(?:also\s+)?present\s+"
         r"(?:at|in|along|around|near)\b|(?:took|taken|take|takes)\s+over\s+(?:the\s+)?"
         r"(?:security|patrols?|guard|protection)\b)", 0.65),
    # "special units were sent north", "posted at the crossing points", "still stationed at"
    _cue("deployment", r"\b(?:(?:(?:were|was|been|being|are|is)\s+|(?:units|police|troops|"
         r"forces|officers|reinforcements|soldiers)\s+)sent\s+(?:north|south|east|west|"
         r"up\s+north|there)\b|(?:(?:were|was|are|is|been|be|being|remain(?:s|ed|ing)?|stay(?:s|ed)?|"
         r"still|now|and|has|have|had)\s+(?:\w+\s+)?)(?:posted|stationed|positioned)\s+"
         r"(?:\w+\s+){0,2}?(?:at|near|in\s+front\s+of|"
         r"along|around|outside|on\s+the|in\s+the|in|to)\b(?!\s+(?:social|facebook|twitter|x\b|"
         r"instagram|telegram|a\s+video|online)))", 0.65,
         stems=("sent north", "sent south", "sent east", "sent west", "sent up", "sent there",
                "posted", "stationed", "positioned"),
         requires=r"\b(?:police|units|troops|soldiers|officers|KFOR|forces|gendarmerie|"
         r"peacekeepers|contingent|ROSU|army|carabinieri)\b"),
    # "moved part of its reserve to Kosovo", "a new contingent took over", "KFOR ringed the
    # municipal building with barriers" (a force securing a site is deployed there), "the
    # presence of the army was increased"
    _cue("deployment", r"\b(?:(?:transferred|relocated|moved|brought|sent)\s+(?:[\w’'-]+\s+){0,4}?"
         r"(?:troops|forces|soldiers|units|reserves?|battalions?|companies|vehicles|tanks|"
         r"personnel|contingent|peacekeepers)\s+(?:[\w-]+\s+){0,3}?(?:to|into|toward|towards)\b|"
         r"(?:contingent|rotation|battalion)\s+(?:[\w-]+\s+){0,3}?took\s+over\b|"
         r"(?:troops|soldiers|contingent|units|battalion|company|peacekeepers)\s+joined\s+"
         r"(?:the\s+)?(?:KFOR|NATO|mission|peacekeeping|international)|"
         r"(?:reserve\s+forces?|reserves)\b[^.;]{0,30}?\barrived\b|"
         + _ARMED_FORCE + r"\b[^.;]{0,30}?\b(?:put\s+up|put|erected|placed|set\s+up|installed)\s+"
         r"(?:[\w-]+\s+){0,3}?(?:fences?|barriers|razor\s+wire|barbed\s+wire|wire|"
         r"concrete\s+blocks)\s+"
         r"(?:around|in\s+front\s+of|outside)|"
         r"(?:" + _ARMED_FORCE[3:-1] + r"|police|officers|units)\b[^.;]{0,40}?\b(?:took\s+up\s+"
         r"positions|(?:stood|stand(?:s|ing)?)\s+guard|(?:kept|keep(?:s|ing)?)\s+guard|"
         r"on\s+guard)|"
         + _ARMED_FORCE + r"\b[^.;]{0,40}?\b(?:ringed|surrounded|cordoned\s+off|encircled|"
         r"secured|sealed\s+off|fenced\s+off|guarded|protected|(?:were|are|was|is)\s+"
         r"(?:guarding|protecting))\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,3}?"
         r"(?:buildings?|town\s+halls?|offices|premises|bridge|area|perimeter)\b|"
         + _ARMED_FORCE + r"\b[^.;]{0,30}?\b(?:formed|set\s+up|established|threw)\s+(?:a|an)\s+"
         r"(?:\w+\s+)?(?:cordon|ring|security\s+perimeter)\s+(?:around|in\s+front\s+of)|"
         r"(?:presence|number)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:army|troops|forces|"
         r"military|soldiers|units)\b[^.;]{0,60}?\b(?:was|were|has\s+been|had\s+been|is\s+being)"
         r"\s+(?:\w+\s+)?(?:increased|strengthened|boosted|reinforced|raised))", 0.65,
         stems=("transferred", "relocated", "moved", "brought", " sent ", "took over",
                "joined", "arrived", "ringed", "surrounded", "cordon", "encircl", "secured",
                "sealed off", "fenced", "perimeter", "put up", "erected", "placed", "set up",
                "installed", "presence of", "number of", "positions", "guard", "protect")),
    # "sent officers from other parts of Kosovo to staff the stations in the north", "ordered
    # police to guard power stations around the clock", "they stay in front of it": forces
    # put in place to man or guard a site, in the stilted wording of translated portals
    _cue("deployment", r"\b(?:(?:sent|moved|brought|transferred|assigned|redeployed)\s+"
         r"(?:[\w’'-]+\s+){0,2}?(?:officers|policemen|police|staff|personnel|members)\b"
         r"[^.;]{0,60}?\bto\s+(?:staff|man|cover|reinforce|strengthen)\b|"
         r"(?:ordered|tasked|instructed|assigned|charged)\s+(?:the\s+)?(?:[\w-]+\s+)?"
         r"(?:police|troops|soldiers|army|KFOR|units|officers|forces|guards)\s+to\s+"
         r"(?:guard|protect|secure|watch\s+over)\b|"
         r"(?:were|was|have\s+been|has\s+been|are|is)\s+(?:engaged|assigned|tasked|"
         r"mobili[sz]ed|ordered)\s+to\s+(?:guard|protect|secure|watch\s+over)\b|"
         r"(?:KFOR|soldiers|troops|peacekeepers|police|officers|carabinieri|they)\s+"
         r"(?:\w+\s+)?(?:stay|stays|stayed|staying|remain|remained|remains|remaining|are|were|"
         r"stood|stand|standing)\s+"
         r"(?:guard\s+)?in\s+front\s+of\s+(?:it|the|them)\b)", 0.65,
         stems=("to staff", "to man", "to cover", "to reinforce", "to strengthen", "to guard",
                "to protect", "to secure", "to watch", "in front of"),
         requires=r"\b(?:police|units|troops|soldiers|officers|KFOR|forces|gendarmerie|"
         r"peacekeepers|contingent|army|carabinieri|policemen)\b"),
    # "special police units spent the night combing the woods around Banjska", "searched the
    # area around", "a sweep of the area", "combed the terrain": a search operation
    _cue("police_operation", r"\b(?:comb(?:ed|ing|s)?|search(?:ed|ing|es)?|scour(?:ed|ing)|"
         r"sweep(?:ing)?|swept)\s+(?:through\s+|of\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
         r"(?:area|areas|terrain|woods?|forests?|hills|mountains?|villages?|region|surroundings|"
         r"fields|countryside)\b", 0.65,
         stems=("comb", "search", "scour", "sweep", "swept"),
         requires=r"\b(?:police|units|officers|policemen|ROSU|gendarmerie|special\s+forces|"
         r"KFOR|troops|soldiers)\b"),
)



def _stem_automaton() -> ahocorasick.Automaton:
    """All cue stems in one Aho-Corasick automaton: one pass over a sentence finds them all
    (overlapping ones too), instead of one regular-expression search per cue."""
    automaton = ahocorasick.Automaton()
    for stem in {stem for cue in CODEBOOK for stem in cue.anchors}:
        automaton.add_word(stem, stem)
    automaton.make_automaton()
    return automaton


_STEMS: Final = _stem_automaton()

CUE_TYPE: Final[dict[str, str]] = {
    **{s: "incident" for s in INCIDENT_SUBTYPES},
    **{s: "deployment" for s in DEPLOYMENT_SUBTYPES},
}
VIOLENT_ORDER: Final = ("explosion", "armed_attack", "armed_clash", "riot")
DEPLOYMENT_FAMILY: Final = frozenset({"deployment", "reinforcement_announced"})

# Words before a cue, in the same clause, that make it a request, a condition or a denial.
_IRREALIS = re.compile(
    r"\b(?:urg(?:e|ed|es|ing)|call(?:ed|s|ing)?\s+on|appeal(?:ed|s|ing)?|ask(?:ed|s|ing)?|"
    r"demand(?:ed|s|ing)?|request(?:ed|s|ing)?|warn(?:ed|s|ing)?|threaten(?:ed|s|ing)?|could|"
    r"would|might|should|if|unless|in\s+case|ready\s+(?:to|for)|intends?\s+to|considering|"
    r"expected\s+to|aims?\s+to|so\s+(?:it|they)\s+can|to\s+prevent|to\s+avoid|"
    r"call(?:s|ed|ing)?\s+for|ultimat\w*|deadline|"
    r"plans?\s+to|an\s+end\s+to|stop|not|never|no|none|nobody|denied|deny|denies|without|"
    r"preparing|planning|plotting|prepared\s+to|fears?\s+(?:of|that)|threat\s+of|risk\s+of|"
    r"possib(?:le|ility\s+of)|potential|imminent|looming|"
    r"nor|"
    r"allow(?:s|ed|ing)?|permit(?:s|ted)?|(?:called|calls|described|branded|termed)\s+"
    r"(?:it|this|that)(?:\s+as)?|"
    # "called the blast a criminal and terrorist attack": a label put on an event, not one
    r"(?:call(?:ed|s|ing)|describ(?:ed|es|ing)|brand(?:ed|s|ing)|term(?:ed|s)|labell?(?:ed|s)|"
    r"characteri[sz](?:ed|es))\s+(?:the|this|that|it|its|[\w-]+(?:’s|'s))\s+"
    r"(?:[\w’'-]+\s+){0,5}?(?:as\s+)?(?:an?|the|pure|sheer)\s)\b[^,;:]*$",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    r"\b(?:after(?!\s+which)|following|(?:that|which)\s+followed|amid|over|against|"
    r"in\s+response\s+to|due\s+to|"
    r"because\s+of|sparked\s+by|caused\s+by|since|before|during|responsibility\s+for|"
    r"condemn(?:ed|s|ing)?|in\s+the\s+wake\s+of|in\s+connection\s+with|suspect(?:ed)?\s+in|"
    r"suspected\s+of|accused\s+of|involved\s+in|involvement\s+in|organi[sz]er\s+of|"
    r"leader\s+of|responsible\s+for|role\s+in|part\s+in|citing|cited|behind|"
    r"denounced|called|welcomed|praised|critici[sz]ed|organi[sz]ing|blam(?:ed|es|ing)|"
    r"(?:weeks|months|days|a\s+month|a\s+week|a\s+series)\s+of|"
    r"end\s+of)\s+"
    r"(?:the\s+|a\s+|an\s+|this\s+|his\s+|her\s+|their\s+|last\s+|recent\s+|yesterday’s\s+|"
    r"yesterday's\s+)?(?:[\w’'“”\"-]+\s+){0,4}$",
    re.IGNORECASE,
)
# "The deployment of forces is presented as ...", "the movement of forces signals ...":
# a remark about events in general, not a report of one.
_GENERIC_AFTER = re.compile(
    r"[^.;,]{0,60}?\b(?:is|are|was|were)\s+(?:presented|seen|viewed|described|considered|"
    r"meant|intended|designed|aimed)\b|[^.;,]{0,40}?\b(?:signals|reflects|shows|suggests|"
    r"underscores|demonstrates|highlights)\b|\s+(?:a\s+)?series\s+of\b|"
    # "Attacks against infrastructure ... are unacceptable": a condemnation in general terms
    r"[^.;]{0,80}?\b(?:are|is)\s+(?:\w+\s+)?(?:unacceptable|intolerable|inadmissible)\b",
    re.IGNORECASE)
# "The Office stated that the arrest was ...": a statement about an event told elsewhere;
# "Most of the extra troops arrived in the autumn": a part of a deployment already told.
_ABOUT_KNOWN_BEFORE = re.compile(
    r"\b(?:stated|said|says|claimed|assessed|believes)\s+that\s+the\s+$|"
    r"\b(?:most|some|many|all|part|the\s+rest)\s+of\s+the\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "X said the barricades and the gunfire were organised from Belgrade": a reporting verb
# before the cue and a characterisation after it make a statement about the event, not a
# report of it (the event itself is told elsewhere, or was told before).
_REPORTED = re.compile(
    r"\b(?:said|says|claimed|claims|alleged|alleges|insisted|insists|stated|believes?|told|"
    r"accused|argued|maintained|added)\b(?:\s+that)?\s+[^,;:]*$", re.IGNORECASE)
_CHARACTERISED_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:organi[sz]ed|orchestrated|planned|ordered|directed|staged|financed|funded|"
    r"masterminded|coordinated|instigated|inspired|provoked|sponsored|engineered|"
    r"(?:an?\s+)?(?:act|acts)\s+of|part\s+of\s+a|the\s+work\s+of|an?\s+(?:criminal|terrorist|"
    r"provocation|staged|false))\b", re.IGNORECASE)
_SEIZED = re.compile(
    r"\b(?:seized|found|discovered|confiscated|recovered|weapons|ammunition|rifles)\b[^.;]*$",
    re.IGNORECASE)
_CAUSE_IN_CLAUSE = re.compile(
    r"\b(?:after(?!\s+which)|following|(?:that|which)\s+followed|amid|in\s+response\s+to|due\s+to|because\s+of|"
    r"in\s+the\s+wake\s+of)\b", re.IGNORECASE)
_FOUND_AFTER = re.compile(
    r"[^.;,]{0,30}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:found|discovered|"
    r"seized|defused|confiscated|recovered)\b", re.IGNORECASE)
# "Pantic's arrest prompted weeks of ...": an earlier event named as the cause of the news.
_CAUSE_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:prompted|sparked|triggered|led\s+to|caused|provoked|fuell?ed)\b",
    re.IGNORECASE)
# "resigned ... in protest", "boycotted ... to protest": a motive, not a protest event.
_MOTIVE = re.compile(
    r"\b(?:resign\w*|quit|boycott\w*|walk(?:ed)?\s+out|left|suspend\w*|withdr\w+\s+from)\b"
    r"[^.;]*\b(?:in|to)\s+$", re.IGNORECASE)
# "The barricades that went up in the north in December ...": a relative clause telling
# when an earlier event began makes the cue background to the news, not the news itself.
_BACKGROUND_AFTER = re.compile(
    r"\s*,?\s*(?:that|which)\s+(?:had\s+|have\s+)?(?:first\s+)?(?:went\s+up|"
    r"(?:were|was|had\s+been)\s+(?:first\s+)?(?:put|set)\s+up|(?:were|was|had\s+been)\s+"
    r"(?:erected|raised|built)|began|started|erupted|broke\s+out|took\s+place|happened|"
    r"occurred|rocked|shook|paraly[sz]ed|followed|preceded)\b", re.IGNORECASE)
# "One year ago today, armed men blocked a bridge": an anniversary piece retelling an older
# event, background to the news (in the cue's sentence part before it, or just after it).
_YEARS_AGO_BEFORE = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+years?\s+"
    r"ago|anniversary\s+of|on\s+this\s+day)\b[^.;]*$", re.IGNORECASE)
_YEARS_AGO_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+"
    r"years?\s+ago\b", re.IGNORECASE)
# "Belgrade says the officers were arrested inside Serbia; Priština says ...": a side's version
# of an event told with a definite subject ("the officers", "they"), in a sentence that sets
# accounts against each other (a second claim, or a word of dispute).
_SIDE_CLAIM_BEFORE = re.compile(
    r"\b(?:says|said|claims?|claimed|insist(?:s|ed)|maintain(?:s|ed)|alleg(?:es|ed)|argue[sd]|"
    r"contend(?:s|ed)|according\s+to\s+[\w’'-]+,?)\s+(?:that\s+)?(?:the|they|these|those|he|she|"
    r"both|all)\b[^,;:]*$", re.IGNORECASE)
_DISPUTE = re.compile(
    r"(?:;|\b(?:while|whereas|but)\b)[^.]*\b(?:says|said|claims?|claimed|insist(?:s|ed)|"
    r"maintain(?:s|ed)|counter(?:s|ed))\b|\b(?:insist(?:s|ed)|disputed?|denie[sd]|version|"
    r"contrary|rejected)\b", re.IGNORECASE)
# "The minister rejected Belgrade's claim that its officers had crossed the line": a claim
# reported only to be denied.
_DENIED_CLAIM = re.compile(
    r"\b(?:dismiss|reject|deni|deny|refut)\w*\s+(?:[\w’'-]+\s+){0,3}?(?:claims?|allegations?|"
    r"reports?|accusations?|suggestions?)\s+(?:[\w’'-]+\s+){0,3}?that\b[^.;]*$", re.IGNORECASE)
# Casualties told just before "during/in the clashes": the sentence reports the clash itself.
_VICTIMS_BEFORE = re.compile(
    r"\b(?:injured|wounded|hurt|killed|died|injuries)\s+(?:\w+\s+){0,2}?(?:during|in)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_STATEMENT_VERB = re.compile(
    r"(?:condemn|denounc|called|welcomed|praised|critici[sz]|responsibility|blam)",
    re.IGNORECASE)
_CONCURRENT = re.compile(r"(?:due|because)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:()]|,\s+(?:which|who|but|while|and)\b|\bthat\b", re.I)
_SERBIAN_FORCES = re.compile(
    r"\b(?:Serbian|Serbia’s|Serbia's)\s+(?:\w+\s+)?(?:army|armed\s+forces|military|troops|"
    r"forces|units|soldiers)|\bBelgrade\b|\bVu[cč]i[cć]\b|Serbian\s+Defen[cs]e|"
    r"\bSerbia\s+(?:has\s+|had\s+)?(?:deployed|moved|sent|massed|amassed|positioned)",
    re.IGNORECASE)
# "the army" at the boundary, with no other force named, is Serbia's: Kosovo's force is the
# KSF and NATO's is KFOR.
_BARE_ARMY = re.compile(r"\b(?:the\s+)?army\b", re.IGNORECASE)
_OTHER_FORCES = re.compile(r"\b(?:KFOR|NATO|Kosovo|KSF|EULEX|peacekeep\w*|U\.?S\.?|"
                           r"American|British|Turkish|Italian|Polish|Hungarian|Romanian)\b",
                           re.IGNORECASE)
_BOUNDARY_WORDS = re.compile(
    r"\b(?:border|boundary|administrative\s+line|line\s+with|near\s+Kosovo|towards?\s+Kosovo)\b",
    re.IGNORECASE)


# "a deal to remove the roadblocks", "cleared the barricades": the end of a barricade, not one.
_REMOVAL_BEFORE = re.compile(
    r"\b(?:remov\w*|dismantl\w*|lift(?:ed|ing|s)?|clear(?:ed|ing|s)?|tak(?:e|es|en|ing)\s+down|"
    r"took\s+down|pull(?:ed|ing)?\s+down|tear(?:ing)?\s+down|tore\s+down|end(?:ed|ing)?|"
    r"removal\s+of)\s+(?:of\s+)?(?:the\s+|all\s+|their\s+|remaining\s+|last\s+)*(?:[\w-]+\s+)?$",
    re.IGNORECASE)
# "shots fired towards their patrols near the barricades": a barricade noun after a locative
# word is where another event happened, not a new barricade.
_LOCATED_BEFORE = re.compile(
    r"\b(?:near|at|by|around|behind|outside|beside|next\s+to|close\s+to|in\s+front\s+of|from|"
    r"past|through|towards?|manning|guarding)\s+(?:the\s+|a\s+|their\s+|its\s+|one\s+of\s+the\s+)?"
    r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_BARRICADE_NOUN = re.compile(r"(?:barricade|roadblock|road\s+block|blockade)", re.IGNORECASE)
# "demand that the special units withdraw", "an ultimatum for the units to leave": the demand
# is a statement, the act it asks for has not happened ("that" also ends the clause).
_DEMAND_THAT = re.compile(
    r"\b(?:demand\w*|insist\w*|urg(?:e|ed|es|ing)|ask(?:s|ed|ing)?|request\w*|call(?:s|ed|ing)?"
    r"\s+for|ultimatum\w*|deadline)\s+(?:that|for)\b[^.;:,]*$", re.IGNORECASE)
# "Three years of standoffs have followed a pattern: ...", "Rolling updates from the
# crossings, where ...": a generalisation or a live-blog header reports no one event.
_GENERIC_SENTENCE = re.compile(
    r"\b(?:(?:followed|follow|follows|following)\s+(?:a|the\s+same|a\s+familiar|the\s+usual)\s+"
    r"(?:\w+\s+)?pattern|(?:familiar|same|usual|recurring|predictable)\s+pattern|"
    r"as\s+a\s+rule)\b|^\s*(?:rolling|live)\s+(?:updates?|coverage|blog)\b|"
    r"^\s*as\s+it\s+happened\b", re.IGNORECASE)
# "... outside the town hall in Zvečan, and in September an armed group ambushed police":
# a new clause told at its own time is a separate event with its own date and place.
_MONTHS_DAYS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
TIME_CLAUSE = re.compile(
    r"(?:;|,)\s+(?:and\s+|then\s+|while\s+|but\s+)?(?:later\s+|earlier\s+)?(?:in|on|by)\s+"
    r"(?:early\s+|late\s+|mid-?)?(?:\d{1,2}\s+)?" + _MONTHS_DAYS + r"\b(?:\s+\d{1,2})?,?\s+",
    re.IGNORECASE)
# "searched four houses in T early on Tuesday and detained two men": a search of homes and the
# arrest are told as two acts of one subject, so both are kept ("conducted an operation and
# arrested X" stays one arrest: the operation is only how the arrest was made).
_THEN_ARRESTED = re.compile(r"[^.;]{0,80}?\band\s+(?:then\s+|later\s+)?$", re.IGNORECASE)
_ARREST_OBJECT = re.compile(r"(?:over|for)\b", re.IGNORECASE)


# "Washington warned of an unusual concentration of Serbian troops": a warning about a build-up
# under way reports the build-up (a warning of an attack is still no attack).
_WARNED_OF = re.compile(
    r"\b(?:warn(?:ed|s|ing)?|concern(?:ed|s)?|alarm(?:ed)?|worried|worries)\s+(?:\w+\s+){0,2}?"
    r"(?:of|about|over|at|by)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
# "Flags are at half-mast in A, B and C", "a day of mourning was declared", "a funeral was
# held", "a minute of silence": mourning an attack names it, it does not report it.
_MOURNING = re.compile(
    r"\b(?:half[- ]mast|(?:day|days|period)\s+of\s+mourning|mourn(?:ed|ing|s)?\b|"
    r"funerals?|buried|burial|minute\s+of\s+silence|minute's\s+silence|"
    r"commemorat\w+|laid\s+(?:wreaths|flowers)|paid\s+(?:their\s+|his\s+|her\s+)?"
    r"(?:last\s+)?respects|condolences)", re.IGNORECASE)
# "threw stones and bottles at officers, who responded with tear gas": a crowd and a force
# using force on each other is one clash, not a riot beside a barricade.
_THROWN_AT_FORCE = re.compile(
    r"\bthrew\s+(?:[\w-]+\s+){0,5}?(?:at|on|towards?)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:officers|police(?:men)?|KFOR|troops|soldiers|peacekeepers|guards|patrols?)\b",
    re.IGNORECASE)
_FORCE_ANSWERED = re.compile(
    r"\b(?:(?:who|which|they|police|officers|troops|soldiers|KFOR)\s+(?:then\s+)?"
    r"(?:responded|replied|retaliated|answered)|fired\s+back|hit\s+back|fought\s+back)\b",
    re.IGNORECASE)


def _clause_before(sentence: str, start: int) -> str:
    """The text of the cue's clause before the cue (cut at the last clause break)."""
    before = sentence[max(0, start - 80):start]
    cut = 0
    for match in _CLAUSE_BREAK.finditer(before):
        cut = match.end()
    return before[cut:]


def classify_sentence(sentence: str) -> list[Trigger]:
    """Event triggers in one sentence after the guards and precedence rules of the codebook."""
    triggers: list[Trigger] = []
    lowered = sentence.lower()
    retold = "ago" in lowered or "anniversary" in lowered or "this day" in lowered
    stems = {stem for _, stem in _STEMS.iter(lowered)}
    if not stems or _GENERIC_SENTENCE.search(sentence):
        return triggers
    for cue in CODEBOOK:
        if cue.anchors.isdisjoint(stems):
            continue
        if any(t.subtype == cue.subtype for t in triggers):
            continue  # a later cue of a subtype already found adds nothing
        for match in cue.pattern.finditer(sentence):
            start, end = match.span()
            if any(start < t.end and t.start < end for t in triggers):
                continue
            before = _clause_before(sentence, start)
            warned = cue.subtype == "military_buildup" and _WARNED_OF.search(before)
            if warned:
                before = _WARNED_OF.sub("", before)  # "warned of a concentration of troops"
            if _IRREALIS.search(before) or _DENIED_CLAIM.search(sentence, 0, start):
                continue
            if _DEMAND_THAT.search(sentence, max(0, start - 100), start):
                continue  # "demand that the special units withdraw": a statement
            if cue.subtype == "barricade" and _REMOVAL_BEFORE.search(
                    sentence, max(0, start - 60), start):
                continue  # "a deal to remove the roadblocks"
            if cue.subtype == "protest" and _MOTIVE.search(sentence[max(0, start - 120):start]):
                continue
            if cue.requires is not None and not cue.requires.search(sentence):
                continue
            if _GENERIC_AFTER.match(sentence, end):
                continue
            if _ABOUT_KNOWN_BEFORE.search(sentence, max(0, start - 40), start):
                continue
            if _CHARACTERISED_AFTER.match(sentence, end) and _REPORTED.search(
                    sentence[max(0, start - 100):start]):
                continue  # "said the barricades were organised from Belgrade"
            if cue.subtype == "explosion" and (
                    _SEIZED.search(sentence[max(0, start - 60):start])
                    or _FOUND_AFTER.match(sentence, end)):
                continue  # explosives found or seized did not go off
            window_start = max(0, start - 60)
            named = None if warned else _REFERENCE.search(sentence[window_start:start])
            if named is None and not warned:  # "after the Banjska attack and reports of a build-up"
                clause_start = max(sentence.rfind(",", 0, start), sentence.rfind(";", 0, start)) + 1
                named = _CAUSE_IN_CLAUSE.search(sentence[clause_start:start])
                window_start = clause_start
            if (named is not None and cue.subtype in VIOLENT_ORDER
                    and _VICTIMS_BEFORE.search(sentence[max(0, start - 80):start])):
                named = None  # "52 Serbs were injured during the clashes": the clash itself
            caused = _CAUSE_AFTER.match(sentence, end)
            background = bool(_BACKGROUND_AFTER.match(sentence, end) or (
                retold and (_YEARS_AGO_BEFORE.search(sentence, 0, start)
                            or _YEARS_AGO_AFTER.match(sentence, end))))
            concurrent = bool(named and _CONCURRENT.match(named.group(0)))
            triggers.append(Trigger(
                CUE_TYPE[cue.subtype], cue.subtype, start, end, match.group(0), cue.weight,
                reference=bool(named or caused), concurrent=concurrent and not caused,
                reference_start=window_start + named.start() if named else None,
                statement=bool(named and _STATEMENT_VERB.match(named.group(0))),
                background=background,
                restated=bool(_SIDE_CLAIM_BEFORE.search(sentence, max(0, start - 80), start)
                              and _DISPUTE.search(sentence))))
            break  # one trigger per subtype and sentence
    return _apply_precedence(sentence, _split_references(sentence, triggers))


# "after the riot in Zvečan in May and the gunfight at Banjska in September": the second
# reference's words start after the first, at the last "and" or comma between them.
_REFERENCE_JOIN = re.compile(r"(?:,|\band\b)(?!.*(?:,|\band\b))")


def _split_references(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """Each reference's words begin after the reference told before it in the same sentence."""
    ordered = sorted(triggers, key=lambda t: t.start)
    for i, trigger in enumerate(ordered):
        if not trigger.reference or trigger.reference_start is None:
            continue
        prior = [t for t in ordered[:i] if t.reference and t.end <= trigger.start
                 and t.end > trigger.reference_start]
        if prior:
            join = _REFERENCE_JOIN.search(sentence, prior[-1].end, trigger.start)
            ordered[i] = replace(trigger, reference_start=join.end() if join else prior[-1].end)
    return ordered


# A new clause with its own subject: "..., while gunmen ...", "; police ...", "and police ...".
_NEW_CLAUSE = re.compile(
    r"(?:;|,\s+(?:and\s+|while\s+|but\s+|whereas\s+)?|\s+(?:and|while|whereas|but)\s+)"
    r"(?:(?:later\s+|earlier\s+)?(?:in|on)\s+(?:early\s+|late\s+|mid-?)?(?:\d{1,2}\s+)?"
    + _MONTHS_DAYS + r"(?:\s+\d{1,2})?,?\s+)?"
    r"(?:the\s+|a\s+|an\s+|local\s+|masked\s+|unknown\s+|armed\s+|special\s+|kosovo\s+|"
    r"serbian?\s+|ethnic\s+)*(?:police(?:men)?|protesters|demonstrators|gunmen|troops|soldiers|"
    r"KFOR|officers|residents|locals|Serbs|Albanians|crowd|men|attackers|group|rioters|youths|"
    r"peacekeepers|someone|somebody|armed\s+group|gunmen)\b", re.IGNORECASE)


def _separate_clauses(sentence: str, triggers: list[Trigger]) -> bool:
    """True when each cue after the first opens a clause with its own subject."""
    ordered = sorted(triggers, key=lambda t: t.start)
    return all(_NEW_CLAUSE.search(sentence, a.end, b.start) is not None
               or TIME_CLAUSE.search(sentence, a.end, b.start) is not None
               for a, b in zip(ordered, ordered[1:], strict=False))


def _apply_precedence(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    if _MOURNING.search(sentence):  # mourning names an attack, it does not report one
        triggers = [t for t in triggers if t.subtype not in VIOLENT_ORDER]
    riot = next((t for t in triggers if t.subtype == "riot" and not t.reference), None)
    if (riot is not None and _THROWN_AT_FORCE.search(sentence)
            and _FORCE_ANSWERED.search(sentence)
            and not any(t.subtype in ("explosion", "armed_attack", "armed_clash")
                        for t in triggers)):
        # a crowd and a force trading blows: one clash, and the blockade was how it began
        triggers = [replace(t, subtype="armed_clash") if t is riot else t for t in triggers
                    if t.subtype not in ("barricade", "protest") or t.reference]
    subtypes = {t.subtype for t in triggers if not t.reference}
    violent = [s for s in VIOLENT_ORDER if s in subtypes]
    drop: set[str] = set(violent[1:])
    if len(violent) > 1 and _separate_clauses(sentence, [t for t in triggers if not t.reference
                                                         and t.subtype in violent]):
        drop -= set(violent)  # "protesters threw stones, while gunmen opened fire on police"
    protest = next((t for t in triggers if t.subtype == "protest"), None)
    if protest is not None and any(t.subtype in VIOLENT_ORDER and t.reference == protest.reference
                                   for t in triggers):
        drop.add("protest")  # a protest that turns violent is one violent event
    if "arrest" in subtypes:
        arrest = next(t for t in triggers if t.subtype == "arrest" and not t.reference)
        operation = next((t for t in triggers if t.subtype == "police_operation"
                          and not t.reference), None)
        if operation is None or not (operation.cue.lower().startswith("searched")
                                     and operation.end < arrest.start
                                     and _THEN_ARRESTED.match(sentence, operation.end,
                                                              arrest.start)):
            drop.add("police_operation")  # "searched four houses ... and detained two": both
        # "detained several people over the explosion": the explosion is the arrest's object
        triggers = [t for t in triggers if not (
            t.reference and t.start > arrest.end and t.reference_start is not None
            and _ARREST_OBJECT.match(sentence, t.reference_start))]
    if len(subtypes) > 1:
        # "fired shots towards their patrols near the barricades": a place, not an event
        triggers = [t for t in triggers if not (
            t.subtype == "barricade" and _BARRICADE_NOUN.match(t.cue)
            and _LOCATED_BEFORE.search(sentence, max(0, t.start - 40), t.start))]
    if "barricade" in subtypes:
        drop.add("protest")  # putting up roadblocks is how that protest acted
    if "military_buildup" in subtypes or "readiness_raised" in subtypes:
        drop |= DEPLOYMENT_FAMILY
    if "reinforcement_announced" in subtypes and "deployment" in subtypes:
        drop.add("deployment")
    kept = [t for t in triggers if (t.reference and t.subtype != "protest")
            or t.subtype not in drop]
    serbian = (_SERBIAN_FORCES.search(sentence) or (
        _BARE_ARMY.search(sentence) and not _OTHER_FORCES.search(sentence))
    ) and _BOUNDARY_WORDS.search(sentence)
    if serbian:
        kept = [
            replace(t, subtype="military_buildup") if t.subtype in DEPLOYMENT_FAMILY else t
            for t in kept
        ]
    kept.sort(key=lambda t: t.start)
    return kept
