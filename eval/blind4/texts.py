# ruff: noqa: E501  (prose data: article texts and evidence sentences are kept on one line each)
"""Fourth blind set: articles in marked-up form (mark syntax in eval/labelkit.py).

Every text was written for sitmap in the author's own words. Facts are limited to widely
reported ones; where a detail (a count, a day, a place of arrest) was uncertain it was left out
of the text rather than guessed. Outlet names describe the style imitated, not a real source.
"""

from __future__ import annotations

from typing import Any

from labelkit import plain_text

_B003_BARRICADES = "Барикаде на путевима у [Звечану|zvecan], [Лепосавићу|leposavic] и [Зубином Потоку|zubin_potok] стоје већ више од две недеље."
_B004_KFOR = "In [Leposaviq|leposavic] the soldiers of KFOR have put a wire fence around the building of municipality and they stay in front of it."
_B005_DEPLOY = "KFOR has reinforced its presence around the municipal buildings in [Zvečan|zvecan], [Leposavić|leposavic] and [Zubin Potok|zubin_potok] and will keep it for as long as needed."
_B011_BLOCK = "At the end of July, local Serbs drove lorries across the roads leading to the [Jarinje|jarinje] and [Bernjak|brnjak] crossings after [Pristina|pristina|M] announced the same reciprocal step for Serbian documents."

SET_LABEL = "blind4"  # names the set in each record's publication_date_source

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b4-001",
        "outlet": "international wire style (written for sitmap)",
        "publication_date": "2021-10-14",
        "topic": "Anti-smuggling police raid in North Mitrovica (13 Oct 2021): scuffles, injured, a Russian UNMIK staffer held and expelled; Serbian army put on alert",
        "confusable": "Moscow and Belgrade are metonymic; the UNMIK staffer's detention has no named place.",
        "text": """
Russian UN employee expelled after hurt in [Kosovo|kosovo] smuggling raid

[PRISTINA|pristina|D], Oct 14 — [Kosovo|kosovo|M] has declared a Russian member of the United Nations mission persona non grata, a day after he was injured and detained during a police raid against smuggling rings in the Serb-run north.

Heavily armed police units entered [North Mitrovica|north_mitrovica] on Wednesday morning and searched shops and warehouses suspected of trading contraband goods. Prime Minister Albin Kurti said the action targeted criminals, not any ethnic group.

Residents blocked streets in the town and threw stones and bottles at officers, who responded with tear gas and stun grenades. A number of police officers and local people were taken to hospital; one Serb man had been hit by a bullet.

The Russian, Mikhail Krasnoshchekov, was detained by the police in the course of the operation. [Moscow|moscow|M] called the treatment of a UN staff member unacceptable and demanded an explanation.

In [Belgrade|belgrade|M], President Aleksandar Vučić said on Wednesday he had ordered the Serbian army to be on full alert, while accusing [Pristina|pristina|M] of seeking to drive Serbs out of the area. KFOR said it was following the situation closely.
""",
        "events": [
            {
                "type": "other",
                "subtype": "police_operation",
                "date": "2021-10-13",
                "basis": "relative_to_publication",
                "loc": "north_mitrovica",
                "actors": ["Kosovo Police special units"],
                "evidence": "Heavily armed police units entered North Mitrovica on Wednesday morning and searched shops and warehouses suspected of trading contraband goods.",
            },
            {
                "type": "clash",
                "date": "2021-10-13",
                "basis": "relative_to_publication",
                "loc": "north_mitrovica",
                "actors": ["local Serb residents", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": None,
                        "qualifier": "a number of",
                        "who": "police officers and local people",
                        "phrase": "A number of police officers and local people",
                    },
                    {
                        "kind": "injured",
                        "value": 1,
                        "who": "Serb man hit by a bullet",
                        "phrase": "one Serb man",
                    },
                ],
                "evidence": "Residents blocked streets in the town and threw stones and bottles at officers, who responded with tear gas and stun grenades. A number of police officers and local people were taken to hospital; one Serb man had been hit by a bullet.",
                "location_note": "'the town' = North Mitrovica from the previous paragraph",
                "note": "street blocking and stone-throwing against police: one clash",
            },
            {
                "type": "arrest",
                "date": "2021-10-13",
                "basis": "relative_to_publication",
                "actors": ["Kosovo Police", "Mikhail Krasnoshchekov (UNMIK)"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": 1,
                        "who": "Russian UNMIK staff member",
                        "phrase": "The Russian, Mikhail Krasnoshchekov",
                    },
                ],
                "evidence": "The Russian, Mikhail Krasnoshchekov, was detained by the police in the course of the operation.",
                "location_note": "no place named for the detention",
            },
            {
                "type": "political_statement",
                "date_range": ["2021-10-13", "2021-10-14"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["Government of Kosovo"],
                "evidence": "Kosovo has declared a Russian member of the United Nations mission persona non grata, a day after he was injured and detained during a police raid against smuggling rings in the Serb-run north.",
                "note": "expulsion of a UN staffer; the statement is the news",
            },
            {
                "type": "military_buildup",
                "date": "2021-10-13",
                "basis": "relative_to_publication",
                "actors": ["Aleksandar Vučić", "Serbian army"],
                "evidence": "In Belgrade, President Aleksandar Vučić said on Wednesday he had ordered the Serbian army to be on full alert, while accusing Pristina of seeking to drive Serbs out of the area.",
                "location_note": "alert order; no place of troops named; Belgrade is metonymic",
            },
        ],
    },
    {
        "id": "b4-002",
        "outlet": "Balkan regional English-language outlet style (written for sitmap)",
        "publication_date": "2022-11-24",
        "topic": "EU-brokered licence-plate deal in Brussels (23 Nov 2022); police officers sent north to replace Serb officers who quit on 5 Nov",
        "confusable": "The plate codes name towns (usage other); Brussels is where the deal was struck.",
        "text": """
Plates row defused, but empty police posts in the north remain a worry

After hours of talks in [Brussels|brussels] on Wednesday night, negotiators from [Belgrade|belgrade|M] and [Prishtina|pristina|M] accepted an EU proposal to end the quarrel over car registration plates, the bloc's foreign policy chief Josep Borrell announced.

Under the arrangement, [Serbia|serbia|M] will stop issuing plates carrying the codes of towns in [Kosovo|kosovo] — KM for [Kosovska Mitrovica|mitrovica|O], PR for [Priština|pristina|O], PE for [Peć|peja|O], UR for [Uroševac|ferizaj|O], GL for [Gnjilane|gjilan|O] and ĐA for [Đakovica|gjakova|O] among them — while [Kosovo|kosovo|M] will not go on with fines and seizures against drivers who kept those plates.

The deal does nothing for the security gap that opened on 5 November, when hundreds of Serb officers of {Kosovo Police|n} in the four northern municipalities handed back their badges in protest at the plate policy.

Since then the police directorate has sent officers from other parts of [Kosovo|kosovo] to staff the stations in the north, including those in [Zubin Potok|zubin_potok] and [Leposavić|leposavic]. Local Serbs say they will not deal with the new patrols.

KFOR, for its part, has repeated that it remains ready to act under its UN mandate if freedom of movement or safety are threatened.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2022-11-23",
                "basis": "relative_to_publication",
                "loc": "brussels",
                "actors": ["Josep Borrell", "Serbia", "Kosovo"],
                "evidence": "After hours of talks in Brussels on Wednesday night, negotiators from Belgrade and Prishtina accepted an EU proposal to end the quarrel over car registration plates, the bloc's foreign policy chief Josep Borrell announced.",
                "note": "the agreement announced in Brussels is the news",
            },
            {
                "type": "other",
                "subtype": "mass_resignation",
                "date": "2022-11-05",
                "basis": "explicit",
                "actors": ["Kosovo Serb police officers"],
                "numbers": [
                    {
                        "kind": "other",
                        "value": None,
                        "qualifier": "hundreds",
                        "who": "Serb police officers who quit",
                        "phrase": "hundreds of Serb officers",
                    },
                ],
                "evidence": "The deal does nothing for the security gap that opened on 5 November, when hundreds of Serb officers of Kosovo Police in the four northern municipalities handed back their badges in protest at the plate policy.",
                "background": True,
                "location_note": "'the four northern municipalities' are not named here",
            },
            *[
                {
                    "type": "deployment",
                    "date_range": ["2022-11-05", "2022-11-24"],
                    "precision": "range",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Police"],
                    "evidence": "Since then the police directorate has sent officers from other parts of Kosovo to staff the stations in the north, including those in Zubin Potok and Leposavić.",
                    "note": "one event per named place",
                }
                for key in ("zubin_potok", "leposavic")
            ],
        ],
    },
    {
        "id": "b4-003",
        "outlet": "translated Serbian portal style (written for sitmap)",
        "publication_date": "2022-12-27",
        "topic": "Serbian police units put under the army chief of staff and the army at highest readiness (26 Dec 2022); barricades in the north",
        "confusable": "Raška is in Serbia; the readiness orders have no Kosovo location; the Serbian-language sentence names northern towns in the locative case.",
        "text": f"""
Gašić: all police units under the command of the Chief of General Staff

[БЕОГРАД|belgrade|D] – The Minister of Internal Affairs Bratislav Gašić ordered yesterday that all units of the police of [Serbia|serbia|M], including the Gendarmerie, be put in full readiness and under command of General Milan Mojsilović, who heads the General Staff, in line with the order of President Vučić.

The Minister of Defence Miloš Vučević said the same evening that the President, as commander-in-chief, ordered the Army of [Serbia|serbia|M] to be brought to the highest level of combat readiness, and that the General Mojsilović went to the area of [Raška|raska], near the administrative line.

"The situation in [Kosovo and Metohija|kosovo] is complicated and dangerous, and the state must be ready," the minister said in the statement for the press.

The Serbs in the north are on the roads since 10 December. {_B003_BARRICADES} (Barricades on the roads in [Zvečan|zvecan], [Leposavić|leposavic] and [Zubin Potok|zubin_potok] have been standing for more than two weeks.)

From [Priština|pristina|M] the authorities say they will not accept the blocking of roads for long time, and they ask KFOR to remove the obstacles.
""",
        "events": [
            {
                "type": "other",
                "subtype": "standby_order",
                "date": "2022-12-26",
                "basis": "relative_to_publication",
                "actors": ["Bratislav Gašić", "Serbian police", "Gendarmerie"],
                "evidence": "The Minister of Internal Affairs Bratislav Gašić ordered yesterday that all units of the police of Serbia, including the Gendarmerie, be put in full readiness and under command of General Milan Mojsilović, who heads the General Staff, in line with the order of President Vučić.",
                "location_note": "an order to Serbian police; no place",
            },
            {
                "type": "military_buildup",
                "date": "2022-12-26",
                "basis": "relative_to_publication",
                "loc": "raska",
                "actors": ["Aleksandar Vučić", "Army of Serbia", "Milan Mojsilović"],
                "evidence": "The Minister of Defence Miloš Vučević said the same evening that the President, as commander-in-chief, ordered the Army of Serbia to be brought to the highest level of combat readiness, and that the General Mojsilović went to the area of Raška, near the administrative line.",
                "location_note": "Raška (Serbia), where the chief of staff went; never Kosovo",
            },
            *[
                {
                    "type": "barricade",
                    "date_range": ["2022-12-10", "2022-12-27"],
                    "precision": "range",
                    "basis": "explicit_derived",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "evidence": plain_text(_B003_BARRICADES),
                    "note": "barricades since 10 December; the sentence is in Serbian with a bracketed translation; one event per place",
                }
                for key in ("zvecan", "leposavic", "zubin_potok")
            ],
        ],
    },
    {
        "id": "b4-004",
        "outlet": "translated Albanian portal style (written for sitmap)",
        "publication_date": "2023-05-31",
        "topic": "Serb protesters again outside the town halls of Leposavić and Zubin Potok; KFOR wire at Leposavić (31 May 2023); Zvečan clash of 29 May as background",
        "confusable": "Albanian spellings Leposaviq, Zveçan, Prishtinë; Mitrovicë is the bare (ambiguous) name.",
        "text": """
Serbs protest again in front of municipalities in [Leposaviq|leposavic] and [Zubin Potok|zubin_potok]

Citizens of Serb nationality have gathered also today in front of the municipal buildings in [Leposaviq|leposavic] and [Zubin Potok|zubin_potok], where the April-elected mayors are working under protection of the {Kosovo Police|n}.

The protesters were sitting and standing with flags of [Serbia|serbia|M] and they were shouting against the new mayors, but until the afternoon hours no incident was reported, informed the police for the region of [Mitrovicë|mitrovica|N].

In [Leposaviq|leposavic] the soldiers of KFOR have put a wire fence around the building of municipality and they stay in front of it.

The situation is more quiet than on Monday in [Zveçan|zvecan], when the protest went into clashes with soldiers of the NATO mission. Then around 30 soldiers of KFOR and dozens of protesters were injured.

The Prime Minister Albin Kurti has said in [Prishtinë|pristina|M] that the mayors will not leave the buildings, while the international partners of [Kosovo|kosovo|M] ask the de-escalation.
""",
        "events": [
            *[
                {
                    "type": "protest",
                    "date": "2023-05-31",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "numbers": [
                        {
                            "kind": "injured",
                            "value": 0,
                            "who": "anyone",
                            "phrase": "no incident was reported",
                        },
                    ],
                    "evidence": "Citizens of Serb nationality have gathered also today in front of the municipal buildings in Leposaviq and Zubin Potok, where the April-elected mayors are working under protection of the Kosovo Police.",
                    "note": "one event per place; the 'no incident' sentence is attached as zero",
                }
                for key in ("leposavic", "zubin_potok")
            ],
            {
                "type": "deployment",
                "date_range": ["2023-05-29", "2023-05-31"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "leposavic",
                "actors": ["KFOR"],
                "evidence": plain_text(_B004_KFOR),
                "note": "fence and soldiers guarding the town hall",
            },
            {
                "type": "clash",
                "date": "2023-05-29",
                "basis": "relative_to_publication",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 30,
                        "qualifier": "around",
                        "who": "KFOR soldiers",
                        "phrase": "around 30 soldiers of KFOR",
                    },
                    {
                        "kind": "injured",
                        "value": None,
                        "qualifier": "dozens",
                        "who": "protesters",
                        "phrase": "dozens of protesters",
                    },
                ],
                "evidence": "The situation is more quiet than on Monday in Zveçan, when the protest went into clashes with soldiers of the NATO mission. Then around 30 soldiers of KFOR and dozens of protesters were injured.",
                "background": True,
            },
        ],
    },
    {
        "id": "b4-005",
        "outlet": "KFOR press release style (written for sitmap)",
        "publication_date": "2023-05-30",
        "topic": "KFOR release on the attack on its Italian and Hungarian soldiers in Zvečan (29 May 2023); reinforced presence at three town halls",
        "confusable": "Italy and Hungary are troop contributors; Naples is inside the name of the NATO command.",
        "text": f"""
KFOR condemns attacks on its troops in [Zvečan|zvecan]

[PRISTINA|pristina|D], 30 May 2023 – Yesterday afternoon, while countering a violent crowd in front of the municipal building in [Zvečan|zvecan], soldiers of the Italian and Hungarian contingents of KFOR were attacked without provocation.

In total, 30 KFOR soldiers were injured. Several of them suffered fractures and burns caused by improvised incendiary devices thrown at them. The injured are being treated in military medical facilities.

The KFOR Commander, Major General Angelo Michele Ristuccia, said the attacks were totally unacceptable and called on all sides to take responsibility for what happened and to refrain from further actions that could escalate tensions.

{_B005_DEPLOY}

KFOR continues to act impartially under its UN mandate and in close contact with Allied Joint Force Command [Naples|naples|N]. The governments of [Italy|italy|M] and [Hungary|hungary|M] have been informed of the condition of their soldiers.
""",
        "events": [
            {
                "type": "clash",
                "date": "2023-05-29",
                "basis": "relative_to_publication",
                "loc": "zvecan",
                "actors": [
                    "KFOR Italian contingent",
                    "KFOR Hungarian contingent",
                    "Kosovo Serb protesters",
                ],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 30,
                        "who": "KFOR soldiers",
                        "phrase": "30 KFOR soldiers",
                    },
                ],
                "evidence": "Yesterday afternoon, while countering a violent crowd in front of the municipal building in Zvečan, soldiers of the Italian and Hungarian contingents of KFOR were attacked without provocation.",
            },
            {
                "type": "political_statement",
                "date": "2023-05-30",
                "basis": "relative_to_publication",
                "actors": ["Angelo Michele Ristuccia", "KFOR"],
                "evidence": "The KFOR Commander, Major General Angelo Michele Ristuccia, said the attacks were totally unacceptable and called on all sides to take responsibility for what happened and to refrain from further actions that could escalate tensions.",
                "location_note": "no place of the statement named",
            },
            *[
                {
                    "type": "deployment",
                    "date_range": ["2023-05-29", "2023-05-30"],
                    "precision": "range",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["KFOR"],
                    "evidence": plain_text(_B005_DEPLOY),
                    "note": "one event per place",
                }
                for key in ("zvecan", "leposavic", "zubin_potok")
            ],
        ],
    },
    {
        "id": "b4-006",
        "outlet": "live blog style (written for sitmap)",
        "publication_date": "2023-09-25",
        "topic": "Banjska aftermath (25 Sep 2023): searches, weapons seized, suspects detained, crossings closed, day of mourning",
        "confusable": "Banjska here is the village in Zvečan, not the one in Vushtrri; the dateline-less blog names the monastery village only.",
        "text": """
LIVE | Day after the [Banjska|banjska] attack: searches continue, [Kosovo|kosovo] in mourning

16:40 — Flags are at half-mast on public buildings in [Prishtina|pristina], [Prizren|prizren] and [Gjakova|gjakova] for police sergeant Afrim Bunjaku, killed in Sunday's ambush. The government declared today a day of mourning.

14:15 — Police say that several suspects have been detained since yesterday evening; some are being treated for gunshot wounds.

12:05 — Among the equipment seized near the village: automatic rifles, hand grenades, rocket launchers, explosives and several vehicles, some of them armoured. Investigators say it was enough to arm a large unit.

10:30 — The [Jarinje|jarinje] and [Brnjak|brnjak] crossings, closed on Sunday, remain shut to all traffic, the {Kosovo Police|n} confirmed.

09:10 — Special police units spent the night combing the woods and hills around [Banjska|banjska] and the Serbian Orthodox monastery where the gunmen had barricaded themselves.

Recap: a group of some 30 armed men attacked a police patrol on Sunday morning. Sergeant Bunjaku was killed and another officer wounded; three of the attackers died in the firefight that followed.
""",
        "events": [
            {
                "type": "arrest",
                "date_range": ["2023-09-24", "2023-09-25"],
                "precision": "range",
                "basis": "relative_to_publication",
                "actors": ["Kosovo Police"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": None,
                        "qualifier": "several",
                        "who": "suspects",
                        "phrase": "several suspects",
                    },
                ],
                "evidence": "14:15 — Police say that several suspects have been detained since yesterday evening; some are being treated for gunshot wounds.",
                "location_note": "no place of arrest named",
            },
            {
                "type": "other",
                "subtype": "police_operation",
                "date_range": ["2023-09-24", "2023-09-25"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["Kosovo Police special units"],
                "evidence": "09:10 — Special police units spent the night combing the woods and hills around Banjska and the Serbian Orthodox monastery where the gunmen had barricaded themselves.",
            },
            *[
                {
                    "type": "other",
                    "subtype": "border_closure",
                    "date": "2023-09-24",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Police"],
                    "evidence": "10:30 — The Jarinje and Brnjak crossings, closed on Sunday, remain shut to all traffic, the Kosovo Police confirmed.",
                    "note": "one event per crossing",
                }
                for key in ("jarinje", "brnjak")
            ],
            {
                "type": "armed_attack",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["armed Serb group", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "attackers",
                        "value": 30,
                        "qualifier": "some",
                        "who": "armed men",
                        "phrase": "some 30 armed men",
                    },
                    {
                        "kind": "killed",
                        "value": 1,
                        "who": "police sergeant",
                        "phrase": "Sergeant Bunjaku was killed",
                    },
                    {
                        "kind": "injured",
                        "value": 1,
                        "who": "police officer",
                        "phrase": "another officer wounded",
                    },
                    {
                        "kind": "killed",
                        "value": 3,
                        "who": "attackers",
                        "phrase": "three of the attackers died",
                    },
                ],
                "evidence": "Recap: a group of some 30 armed men attacked a police patrol on Sunday morning. Sergeant Bunjaku was killed and another officer wounded; three of the attackers died in the firefight that followed.",
                "background": True,
                "location_note": "place from the headline and the 09:10 entry",
            },
        ],
    },
    {
        "id": "b4-007",
        "outlet": "defence analysis style (written for sitmap)",
        "publication_date": "2023-10-12",
        "topic": "Analysis: Serbian army garrisons near the administrative line (Bujanovac, Raška, Novi Pazar, Kuršumlija, Vranje); the post-Banjska build-up and its reduction as background",
        "confusable": "Every garrison town is in Serbia; no event is in Kosovo; Preševo is inside the name of the valley.",
        "text": """
How close is the Serbian army to the line? A look at the garrisons

When [Washington|washington|M] warned at the end of September of an unusual concentration of Serbian troops, tanks and artillery along the boundary with [Kosovo|kosovo], it pointed to a deployment pattern that has existed for two decades.

The largest installation in the south is the Jug base near [Bujanovac|bujanovac], built in the [Preševo|presevo|N] Valley after the insurgency there in 2001. It can house a brigade-sized force and sits less than an hour's drive from [Gjilan|gjilan].

Further north-west, units stationed in [Raška|raska] and [Novi Pazar|novi_pazar] face the crossings at [Jarinje|jarinje] and [Brnjak|brnjak]. Units in [Kuršumlija|kursumlija] and the brigade command in [Vranje|vranje] cover the road towards [Merdare|merdare] and the eastern part of the line.

President Vučić said days after the September surge that he had ordered the number of soldiers near the line to be brought back to normal levels, and officials in [Belgrade|belgrade|M] describe the garrisons as purely defensive.

Diplomats in [Prishtina|pristina|M] are less reassured. A ground safety zone of five kilometres, set up in 1999, still bars Serbian army units from the strip right next to the line, although police may enter it.
""",
        "events": [
            {
                "type": "military_buildup",
                "date_range": ["2023-09-24", "2023-09-30"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Serbian army"],
                "evidence": "When Washington warned at the end of September of an unusual concentration of Serbian troops, tanks and artillery along the boundary with Kosovo, it pointed to a deployment pattern that has existed for two decades.",
                "background": True,
                "location_note": "along the boundary on the Serbian side; no place named; never Kosovo",
            },
            {
                "type": "withdrawal",
                "date_range": ["2023-09-30", "2023-10-05"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Aleksandar Vučić", "Serbian army"],
                "evidence": "President Vučić said days after the September surge that he had ordered the number of soldiers near the line to be brought back to normal levels, and officials in Belgrade describe the garrisons as purely defensive.",
                "background": True,
                "location_note": "near the line, Serbian side; no place named",
                "note": "a reduction of troops near the line, typed withdrawal",
            },
        ],
    },
    {
        "id": "b4-008",
        "outlet": "explainer / analysis style (written for sitmap)",
        "publication_date": "2023-04-24",
        "topic": "Local elections in the four northern municipalities boycotted by Serbs (23 Apr 2023); no security event",
        "confusable": "Mitrovicë e Veriut is North Mitrovica; no incident is reported.",
        "text": """
Four new mayors, three and a half per cent turnout: what the northern vote means

The early local elections held on Sunday in [Zubin Potok|zubin_potok], [Leposavić|leposavic], [Zvečan|zvecan] and [North Mitrovica|north_mitrovica] were meant to fill the seats left empty when Serb officials walked out of [Kosovo|kosovo|M]'s institutions last November.

They did not produce much legitimacy. Srpska lista, the party backed by [Belgrade|belgrade|M], called on voters to stay home, and they did: the election commission put turnout across the four municipalities at roughly 3.5 per cent. [Mitrovicë e Veriut|north_mitrovica], as Albanian speakers call the northern town, is the only one of the four with a sizeable non-Serb population.

Candidates from Albanian parties won all four mayoral races. In the municipality of [Zvečan|zvecan|L|type=municipality], as in the other three, counting was over within hours.

The government in [Prishtina|pristina|M] says the results are valid and the mayors will take office. [Washington|washington|M] and [Brussels|brussels|M] have said a vote with so little participation cannot be a lasting solution, and have asked both sides to look for a way to return Serbs to the local administration.
""",
        "events": [],
    },
    {
        "id": "b4-009",
        "outlet": "defence-news brief style (written for sitmap)",
        "publication_date": "2024-12-02",
        "topic": "After the Ibar-Lepenac canal blast at Varage (29 Nov 2024): police guard critical infrastructure, Kurti blames Serbia, Belgrade denies",
        "confusable": "The canal feeds the Obiliq power plants and Pristina's water; Varage is in Zubin Potok (misspelt 'Zubin Potock' in a quote).",
        "text": """
[Kosovo|kosovo] puts police on guard at power plants and water works after canal blast

[Kosovo|kosovo|M]'s government has ordered police to guard power stations, dams and water plants around the clock, three days after an explosion tore a hole in the Ibar-Lepenac canal at [Varage|varage], a village in [Zubin Potok|zubin_potok].

The blast late on Friday, 29 November, damaged the concrete channel that carries water south to the power plants in [Obiliq|obiliq] and to the treatment works serving [Pristina|pristina]. Nobody was hurt, but the supply to several towns was cut for a time.

Security officials say additional police patrols have been posted along the canal since Saturday. "We are protecting every kilometre from [Zubin Potock|zubin_potok] down to [Obilić|obiliq]," a police spokesman said.

Prime Minister Albin Kurti blamed the attack on criminal gangs directed from [Serbia|serbia|M]. [Belgrade|belgrade|M] rejected the accusation as a lie.

Police have detained several people in the north in connection with the blast, but gave no details.
""",
        "events": [
            {
                "type": "explosion",
                "date": "2024-11-29",
                "basis": "explicit",
                "loc": "varage",
                "actors": ["unknown perpetrators"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 0,
                        "who": "anyone",
                        "phrase": "Nobody was hurt",
                    },
                ],
                "evidence": "The blast late on Friday, 29 November, damaged the concrete channel that carries water south to the power plants in Obiliq and to the treatment works serving Pristina. Nobody was hurt, but the supply to several towns was cut for a time.",
                "location_note": "the blast site is Varage (previous paragraph); Obiliq and Pristina are downstream, not the site",
            },
            {
                "type": "deployment",
                "date_range": ["2024-11-29", "2024-12-02"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["Kosovo Police"],
                "evidence": "Kosovo's government has ordered police to guard power stations, dams and water plants around the clock, three days after an explosion tore a hole in the Ibar-Lepenac canal at Varage, a village in Zubin Potok.",
                "location_note": "critical infrastructure across Kosovo; no single site",
            },
            {
                "type": "deployment",
                "date_range": ["2024-11-30", "2024-12-02"],
                "precision": "range",
                "basis": "relative_to_publication",
                "actors": ["Kosovo Police"],
                "evidence": "Security officials say additional police patrols have been posted along the canal since Saturday.",
                "location_note": "along the canal; no place in the sentence (the quote names the ends)",
            },
            {
                "type": "political_statement",
                "date_range": ["2024-11-30", "2024-12-02"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Albin Kurti"],
                "evidence": "Prime Minister Albin Kurti blamed the attack on criminal gangs directed from Serbia.",
            },
            {
                "type": "arrest",
                "date_range": ["2024-11-30", "2024-12-02"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Kosovo Police"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": None,
                        "qualifier": "several",
                        "who": "people",
                        "phrase": "several people",
                    },
                ],
                "evidence": "Police have detained several people in the north in connection with the blast, but gave no details.",
                "location_note": "'in the north' only",
            },
        ],
    },
    {
        "id": "b4-010",
        "outlet": "translated Serbian portal style (written for sitmap)",
        "publication_date": "2023-09-27",
        "topic": "Serbia's day of mourning for the three Serbs killed in Banjska (27 Sep 2023); Banjska attack as background",
        "confusable": "Cyrillic Бањска is the Zvečan village; Belgrade is a dateline; the mourning is in Serbia.",
        "text": """
Day of mourning in [Serbia|serbia] for killed in [Бањска|banjska]

[BEOGRAD|belgrade|D] – Today in [Serbia|serbia] is the day of national mourning, which the Government declared for the three Serbs who lost their lives on Sunday in [Banjska|banjska], in the north of [Kosovo and Metohija|kosovo].

The flags are lowered on the state institutions, and the entertainment programs are cancelled in the media.

The President Aleksandar Vučić expressed condolences to the families of the Serbs from [Kosovo|kosovo|O] and repeated that [Serbia|serbia|M] does not want conflict.

According to the authorities in [Priština|pristina|M], in the exchange of fire near the monastery died one {Kosovo police officer|n} and three attackers, and the police afterwards found big quantity of weapons. [Priština|pristina|M] says the group was organised and armed in [Serbia|serbia|M], which [Beograd|belgrade|M] rejects.

Most of the members of the group left the area after the fight, by the information of the {Kosovo police|n}.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2023-09-27",
                "basis": "relative_to_publication",
                "loc": "serbia",
                "actors": ["Government of Serbia"],
                "evidence": "BEOGRAD – Today in Serbia is the day of national mourning, which the Government declared for the three Serbs who lost their lives on Sunday in Banjska, in the north of Kosovo and Metohija.",
                "note": "a state day of mourning, the news of the article",
            },
            {
                "type": "armed_attack",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["armed Serb group", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "killed",
                        "value": 1,
                        "who": "Kosovo police officer",
                        "phrase": "one Kosovo police officer",
                    },
                    {
                        "kind": "killed",
                        "value": 3,
                        "who": "attackers",
                        "phrase": "three attackers",
                    },
                ],
                "evidence": "According to the authorities in Priština, in the exchange of fire near the monastery died one Kosovo police officer and three attackers, and the police afterwards found big quantity of weapons.",
                "background": True,
                "location_note": "'near the monastery' of Banjska, named in the first paragraph",
            },
        ],
    },
    {
        "id": "b4-011",
        "outlet": "international wire style (written for sitmap)",
        "publication_date": "2022-08-27",
        "topic": "EU-brokered deal on ID cards (27 Aug 2022); the July roadblocks at Jarinje and Brnjak as background",
        "confusable": "Bernjak is a spelling of Brnjak; Brussels is a dateline and the place of the talks.",
        "text": f"""
[Serbia|serbia|M], [Kosovo|kosovo|M] settle dispute over identity documents

[BRUSSELS|brussels|D], Aug 27 — [Serbia|serbia|M] will no longer require holders of [Kosovo|kosovo|O] identity cards to fill in entry and exit papers at the boundary, and [Kosovo|kosovo|M] will not introduce such papers for Serbian citizens, the European Union's foreign policy chief said on Saturday.

Josep Borrell called the arrangement, reached through the EU-facilitated dialogue, a European solution, and said people would now be able to travel freely between the two sides.

The documents rule was one of the two measures that set off a tense night in the north a month ago. {_B011_BLOCK} Shots were reported, but no one was injured, and the barricades came down the next day once the measures were postponed.

Talks on the second issue, car licence plates, have made no progress. [Kosovo|kosovo|M] has told drivers with Serbian-issued plates that they have until the end of October to switch to local ones.

KFOR troops remain stationed near both crossings, the mission said.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2022-08-27",
                "basis": "relative_to_publication",
                "loc": "brussels",
                "actors": ["Josep Borrell", "Serbia", "Kosovo"],
                "evidence": "BRUSSELS, Aug 27 — Serbia will no longer require holders of Kosovo identity cards to fill in entry and exit papers at the boundary, and Kosovo will not introduce such papers for Serbian citizens, the European Union's foreign policy chief said on Saturday.",
            },
            *[
                {
                    "type": "barricade",
                    "date": "2022-07-31",
                    "basis": "external",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "numbers": [
                        {
                            "kind": "injured",
                            "value": 0,
                            "who": "anyone",
                            "phrase": "no one was injured",
                        },
                    ],
                    "evidence": plain_text(_B011_BLOCK)
                    + " Shots were reported, but no one was injured, and the barricades came down the next day once the measures were postponed.",
                    "background": True,
                    "note": "'at the end of July' / 'a month ago'; the night of 31 July 2022 is external knowledge; one event per crossing",
                }
                for key in ("jarinje", "brnjak")
            ],
            *[
                {
                    "type": "deployment",
                    "date": "2022-08-27",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["KFOR"],
                    "evidence": "KFOR troops remain stationed near both crossings, the mission said.",
                    "location_note": "'both crossings' = Jarinje and Brnjak; one event per place",
                }
                for key in ("jarinje", "brnjak")
            ],
        ],
    },
    {
        "id": "b4-012",
        "outlet": "regional feature style (written for sitmap)",
        "publication_date": "2022-01-17",
        "topic": "Kosovo Serbs cross into Serbia to vote in the constitutional referendum (16 Jan 2022); no security event",
        "confusable": "The polling stations are in Raška, Kuršumlija, Vranje and Tutin (Serbia); Gračanica, Štrpce and Ranilug are where the voters come from.",
        "text": """
Buses to the ballot box: {Kosovo Serbs|e} vote across the line

For most of Sunday a steady line of buses and cars left the Serb communities of [Kosovo|kosovo] for towns just across the administrative line, where [Serbia|serbia|M] had opened polling stations for its referendum on changes to the judiciary.

Authorities in [Priština|pristina|M] had refused to let the OSCE collect ballots inside [Kosovo|kosovo], as it did in earlier Serbian votes, arguing that the country would not host elections of a foreign state. [Belgrade|belgrade|M] answered by setting up voting places in [Raška|raska], [Kuršumlija|kursumlija], [Vranje|vranje] and [Tutin|tutin].

Voters from [Gračanica|gracanica] and [Štrpce|strpce] travelled for hours; those from [Ranilug|ranilug] in the east went to [Vranje|vranje]. "It is a long day just to put one paper in a box," a pensioner from [Gracanica|gracanica] said.

In the north, most people live less than an hour from [Raška|raska]. Officials in [Beograd|belgrade|M] praised the voters; in [Prishtina|pristina|M], Albin Kurti's government said it had only protected the constitution.

The referendum itself passed nationwide with a low turnout.
""",
        "events": [],
    },
]
