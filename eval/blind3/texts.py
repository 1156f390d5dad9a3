# ruff: noqa: E501  (prose data: article texts and evidence sentences are kept on one line each)
"""Third blind set: articles in marked-up form (mark syntax in eval/labelkit.py).

Every text was written for sitmap in the author's own words. Facts are limited to widely
reported ones; where a detail (a count, a day, a place of arrest) was uncertain it was left out
of the text rather than guessed. Outlet names describe the style imitated, not a real source.
"""

from __future__ import annotations

from typing import Any

from labelkit import plain_text

_B001_KFOR = "10:45 — KFOR says it has stepped up patrols around both crossings and on the roads that lead to them."
_B001_OFFICES = "08:15 — Two offices of the civil registry in the north, one in [Zvečan|zvecan] and one in [Zubin Potok|zubin_potok], were attacked on Saturday."
_B001_BLOCK = "07:50 — Lorries and cars parked across the carriageway by local Serbs still seal off the approaches to both crossings."
_B001_POLICE = "07:30 — Recap: the special police units that [Pristina|pristina|M] sent north on Monday are still posted at the two crossing points."

SET_LABEL = "blind3"  # names the set in each record's publication_date_source

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b3-001",
        "outlet": "live blog style (written for sitmap)",
        "publication_date": "2021-09-26",
        "topic": "Licence-plate standoff, day seven (26 Sep 2021): KFOR patrols, attacks on two registry offices, Serbian aircraft near the line, roadblocks, Serbian minister near Raška",
        "confusable": "Raška and Novi Pazar are in Serbia; the visit near Raška is on the Serbian side; Serbian aircraft have no Kosovo location.",
        "text": f"""
LIVE: Plate standoff at [Jarinje|jarinje] and [Brnjak|brnjak] enters its seventh day

Rolling updates from the two northern crossings, where local Serbs are protesting against the rule that cars with Serbian plates must take temporary [Kosovo|kosovo|O] plates at the border.

12:10 — [Serbia|serbia|M]'s defence minister, Nebojša Stefanović, visited army units stationed near [Raška|raska] this weekend, accompanied by the Russian ambassador to [Serbia|serbia|M]. The town lies a short drive north of the boundary.

{_B001_KFOR}

09:30 — {{Kosovo's Interior Ministry|n}} says Serbian military jets and helicopters flew close to the administrative line several times on Friday and Saturday.

{_B001_OFFICES} One was set on fire and the other was damaged by explosive devices, {{Kosovo Police|n}} said. Nobody was hurt.

{_B001_BLOCK} Drivers heading for [Novi Pazar|novi_pazar] are turning back or taking long detours.

{_B001_POLICE} [Belgrade|belgrade|M] calls their presence a provocation and wants them withdrawn.
""",
        "events": [
            {
                "type": "other",
                "subtype": "official_visit",
                "date_range": ["2021-09-25", "2021-09-26"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "raska",
                "actors": ["Nebojša Stefanović", "Serbian army", "Russian ambassador to Serbia"],
                "evidence": "12:10 — Serbia's defence minister, Nebojša Stefanović, visited army units stationed near Raška this weekend, accompanied by the Russian ambassador to Serbia.",
                "note": "a ministerial visit to troops on the Serbian side; location Raška (Serbia), never Kosovo",
            },
            *[
                {
                    "type": "deployment",
                    "date_range": ["2021-09-25", "2021-09-26"],
                    "precision": "range",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["KFOR"],
                    "evidence": _B001_KFOR,
                    "location_note": "'both crossings' = Jarinje and Brnjak from the headline; one event per place",
                }
                for key in ("jarinje", "brnjak")
            ],
            {
                "type": "military_buildup",
                "date_range": ["2021-09-24", "2021-09-25"],
                "precision": "range",
                "basis": "relative_to_publication",
                "actors": ["Serbian air force"],
                "evidence": "09:30 — Kosovo's Interior Ministry says Serbian military jets and helicopters flew close to the administrative line several times on Friday and Saturday.",
                "location_note": "aircraft near the line; no place named; not in Kosovo",
            },
            *[
                {
                    "type": "other",
                    "subtype": "property_attack",
                    "date": "2021-09-25",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["unknown attackers"],
                    "numbers": [
                        {
                            "kind": "injured",
                            "value": 0,
                            "who": "anyone",
                            "phrase": "Nobody was hurt",
                        },
                    ],
                    "evidence": plain_text(_B001_OFFICES),
                    "note": "arson and explosive devices against two empty offices; one event per place",
                }
                for key in ("zvecan", "zubin_potok")
            ],
            *[
                {
                    "type": "barricade",
                    "date": "2021-09-26",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "evidence": _B001_BLOCK,
                    "note": "roadblocks in place since 20 September; one event per crossing",
                }
                for key in ("jarinje", "brnjak")
            ],
            *[
                {
                    "type": "deployment",
                    "date": "2021-09-20",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Police special units"],
                    "evidence": plain_text(_B001_POLICE),
                    "background": True,
                    "note": "'on Monday' before Sunday 26 September",
                }
                for key in ("jarinje", "brnjak")
            ],
        ],
    },
    {
        "id": "b3-002",
        "outlet": "defence-news brief style (written for sitmap)",
        "publication_date": "2022-12-17",
        "topic": "Serbia formally asks KFOR to allow up to 1,000 Serbian troops and police back into Kosovo (mid-Dec 2022); barricades and shots at police in the north",
        "confusable": "Kumanovo is inside the name of the 1999 agreement; Belgrade is a dateline; the request has no Kosovo location.",
        "text": """
[Serbia|serbia|M] files request to send up to 1,000 personnel into [Kosovo|kosovo]

[BELGRADE|belgrade|D] — [Serbia|serbia|M] has handed the NATO-led peacekeeping mission a written request to station up to 1,000 of its soldiers and police officers in [Kosovo|kosovo], the government said this week.

Officials in [Belgrade|belgrade|M] rely on the 1999 UN Security Council resolution, which allows an agreed number of Serbian personnel to return for tasks such as guarding Orthodox sites and being present at border crossings. Such a return needs the consent of the KFOR commander, and few observers expect it to be given. No Serbian security forces have been deployed there since June 1999, when they pulled out under the [Kumanovo|kumanovo|N] agreement.

The request comes a week after {Kosovo Serbs|e} put up roadblocks on main roads in the north, following the arrest of a former police officer on 10 December. Since then police have reported shots fired towards their patrols near the barricades on several nights.

Defence analysts note that the Serbian army also keeps units in the area of [Raška|raska] and [Novi Pazar|novi_pazar], within short reach of the administrative line.
""",
        "events": [
            {
                "type": "other",
                "subtype": "deployment_request",
                "date_range": ["2022-12-11", "2022-12-17"],
                "precision": "range",
                "basis": "relative_to_publication",
                "actors": ["Government of Serbia", "KFOR"],
                "numbers": [
                    {
                        "kind": "troops",
                        "value": 1000,
                        "qualifier": "up to",
                        "who": "Serbian soldiers and police officers",
                        "phrase": "up to 1,000 of its soldiers and police officers",
                    },
                ],
                "evidence": "BELGRADE — Serbia has handed the NATO-led peacekeeping mission a written request to station up to 1,000 of its soldiers and police officers in Kosovo, the government said this week.",
                "location_note": "a request sent from Belgrade; the requested deployment has not happened, so no location",
            },
            {
                "type": "withdrawal",
                "date": "1999-06",
                "precision": "month",
                "basis": "explicit",
                "loc": "kosovo",
                "actors": ["Serbian security forces"],
                "evidence": "No Serbian security forces have been deployed there since June 1999, when they pulled out under the Kumanovo agreement.",
                "background": True,
                "note": "historical background (1999), outside the 2021-2024 window",
            },
            {
                "type": "barricade",
                "date": "2022-12-10",
                "basis": "explicit",
                "loc": "kosovo",
                "actors": ["Kosovo Serbs"],
                "evidence": "The request comes a week after Kosovo Serbs put up roadblocks on main roads in the north, following the arrest of a former police officer on 10 December.",
                "location_note": "'in the north' only",
                "note": "the roadblocks went up on the day of the arrest",
            },
            {
                "type": "armed_attack",
                "date_range": ["2022-12-10", "2022-12-17"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["unknown gunmen", "Kosovo Police"],
                "evidence": "Since then police have reported shots fired towards their patrols near the barricades on several nights.",
                "location_note": "near the barricades in the north; no place named",
            },
        ],
    },
    {
        "id": "b3-003",
        "outlet": "wire-service style report (written for sitmap)",
        "publication_date": "2024-12-01",
        "topic": "Suspects detained after the Ibar-Lepenac canal blast at Varage, Zubin Potok (29 Nov 2024); Kurti blames Serbia, Belgrade denies",
        "confusable": "The canal and the rivers are not marked; Obiliq is where the power plants are, not an event site; Banjska is background.",
        "text": """
[Kosovo|kosovo|M] detains suspects after canal blast, points finger at [Belgrade|belgrade|M]

[PRISTINA|pristina|D], Dec 1 — Police in [Kosovo|kosovo] have detained several people over the explosion that damaged the Ibar-Lepenac canal near the village of [Varage|varage] in [Zubin Potok|zubin_potok], officials said on Sunday.

The blast late on Friday cut open a concrete stretch of the canal. Nobody was reported hurt. The channel carries water south from a reservoir in the north to the capital and cools the two coal-fired power plants at [Obiliq|obiliq], which produce most of the country's electricity.

Interior Minister Xhelal Sveçla said the suspects were detained in police operations in the north.

Prime Minister Albin Kurti has accused [Serbia|serbia|M] of being behind what he called a terrorist act aimed at the country's infrastructure. [Belgrade|belgrade|M] has rejected the claim and condemned the explosion.

It was the most serious attack there since a Serb armed group fought police in September 2023 near [Banjska|banjska]; one {Kosovo police officer|n} and three of the gunmen died.
""",
        "events": [
            {
                "type": "arrest",
                "date_range": ["2024-11-29", "2024-12-01"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["Kosovo Police"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": None,
                        "who": "suspects",
                        "phrase": "several people",
                    },
                ],
                "evidence": "Police in Kosovo have detained several people over the explosion that damaged the Ibar-Lepenac canal near the village of Varage in Zubin Potok, officials said on Sunday.",
                "location_note": "detained 'in the north'; Varage is the blast site, not the place of arrest",
            },
            {
                "type": "explosion",
                "date": "2024-11-29",
                "basis": "relative_to_publication",
                "loc": "varage",
                "actors": ["unknown attackers"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 0,
                        "who": "anyone",
                        "phrase": "Nobody was reported hurt",
                    },
                ],
                "evidence": "The blast late on Friday cut open a concrete stretch of the canal.",
                "note": "the place comes from the previous sentence (Varage, Zubin Potok)",
            },
            {
                "type": "political_statement",
                "date_range": ["2024-11-29", "2024-12-01"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Albin Kurti"],
                "evidence": "Prime Minister Albin Kurti has accused Serbia of being behind what he called a terrorist act aimed at the country's infrastructure.",
                "note": "statement; not for recall",
            },
            {
                "type": "political_statement",
                "date_range": ["2024-11-29", "2024-12-01"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Government of Serbia"],
                "evidence": "Belgrade has rejected the claim and condemned the explosion.",
                "note": "statement; not for recall",
            },
            {
                "type": "armed_attack",
                "date": "2023-09",
                "precision": "month",
                "basis": "explicit",
                "loc": "banjska",
                "actors": ["Serb armed group", "Kosovo Police"],
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
                        "who": "gunmen",
                        "phrase": "three of the gunmen",
                    },
                ],
                "evidence": "It was the most serious attack there since a Serb armed group fought police in September 2023 near Banjska; one Kosovo police officer and three of the gunmen died.",
                "background": True,
            },
        ],
    },
    {
        "id": "b3-004",
        "outlet": "stilted translation from a Serbian portal (written for sitmap)",
        "publication_date": "2024-08",
        "topic": "Serbian officials and KFOR against a unilateral opening of the main Ibar bridge in Mitrovica to traffic (summer 2024); statements only",
        "confusable": "'the main bridge' joins both Mitrovica municipalities (municipality null); Kosovska Mitrovica here is the northern part by context.",
        "text": """
Petković: opening of the bridge on the Ibar is one more provocation of [Priština|pristina|M]

[KOSOVSKA MITROVICA|mitrovica|D|mun=North Mitrovica] – Director of the {Office for Kosovo and Metohija|n} Petar Petković assessed that the announced opening of the main bridge in [Mitrovica|mitrovica] for the traffic of vehicles represents, as he stated, one more unilateral act of the regime of Albin Kurti, which is directed against the Serbian people in the north of [Kosovo and Metohija|kosovo].

Petković reminded that the Serbs from the northern part of the city consider the closed bridge as the only guarantee of their security, and he called on the international community to prevent, as he said, the creating of a new crisis.

The commander of KFOR also stated in recent days that any decision about the bridge must be coordinated with the mission and with the partners, because of the situation on the ground.

The bridge over the Ibar is closed for cars for more than a decade. Only pedestrians cross it, under the eye of the Italian carabinieri and of the {Kosovo police|n}, between the south part of the city, where Albanians live, and the north, where the majority are Serbs. The authorities in [Приштина|pristina|M] claim that the opening is the matter of freedom of movement.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2024-08",
                "precision": "month",
                "basis": "inferred_from_context",
                "actors": ["Petar Petković", "Office for Kosovo and Metohija"],
                "evidence": "Director of the Office for Kosovo and Metohija Petar Petković assessed that the announced opening of the main bridge in Mitrovica for the traffic of vehicles represents, as he stated, one more unilateral act of the regime of Albin Kurti, which is directed against the Serbian people in the north of Kosovo and Metohija.",
                "note": "statement; not for recall; the day is not given",
            },
            {
                "type": "political_statement",
                "date": "2024-08",
                "precision": "month",
                "basis": "inferred_from_context",
                "actors": ["KFOR commander"],
                "evidence": "The commander of KFOR also stated in recent days that any decision about the bridge must be coordinated with the mission and with the partners, because of the situation on the ground.",
                "note": "statement; not for recall",
            },
        ],
    },
    {
        "id": "b3-005",
        "outlet": "stilted translation from an Albanian-language portal (written for sitmap)",
        "publication_date": "2023-01-07",
        "topic": "Suspect, a member of the Kosovo Security Force, arrested after the Christmas Eve shooting in Gotovuša, Štrpce (6 Jan 2023)",
        "confusable": "Ferizaj is the seat of the prosecution, not an incident site; Brezovica is only a landmark; North Macedonia is a neighbour.",
        "text": """
The suspect for the shooting in [Shtërpcë|strpce] is arrested, he is a member of the {KSF|n}

[Shtërpcë|strpce|D], 7 January – The {Kosovo Police|n} has arrested the suspect for the shooting of Friday evening in the village [Gotovushë|gotovusa] of [Shtërpcë|strpce|L|type=municipality] municipality, in which two persons of Serb nationality were wounded, one of them a boy of 11 years and the other a young man of 21 years.

According to the police, the shots were fired in the moment when the group was bringing the traditional oak branch for the Orthodox Christmas Eve. The wounded were sent for medical treatment.

The suspect is a member of the {Kosovo Security Force|n}. The case is being handled by the prosecution in [Ferizaj|ferizaj|N], which has started the investigation.

Prime Minister Albin Kurti condemned the shooting in a reaction on the social networks.

The village lies not far from the ski centre of [Brezovica|brezovica], in the south of the country, close to the border with [North Macedonia|north_macedonia].
""",
        "events": [
            {
                "type": "arrest",
                "date_range": ["2023-01-06", "2023-01-07"],
                "precision": "range",
                "basis": "relative_to_publication",
                "actors": ["Kosovo Police"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": 1,
                        "who": "suspect, a member of the Kosovo Security Force",
                        "phrase": "the suspect",
                    },
                ],
                "evidence": "The Kosovo Police has arrested the suspect for the shooting of Friday evening in the village Gotovushë of Shtërpcë municipality, in which two persons of Serb nationality were wounded, one of them a boy of 11 years and the other a young man of 21 years.",
                "location_note": "place of arrest not given; Gotovushë is the shooting site",
            },
            {
                "type": "armed_attack",
                "date": "2023-01-06",
                "basis": "relative_to_publication",
                "loc": "gotovusa",
                "actors": ["a member of the Kosovo Security Force"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 2,
                        "who": "Kosovo Serbs (a boy of 11 and a man of 21)",
                        "phrase": "two persons of Serb nationality",
                    },
                ],
                "evidence": "The Kosovo Police has arrested the suspect for the shooting of Friday evening in the village Gotovushë of Shtërpcë municipality, in which two persons of Serb nationality were wounded, one of them a boy of 11 years and the other a young man of 21 years.",
                "note": "same sentence as the arrest; Friday 6 January, the Orthodox Christmas Eve",
            },
            {
                "type": "political_statement",
                "date_range": ["2023-01-06", "2023-01-07"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Albin Kurti"],
                "evidence": "Prime Minister Albin Kurti condemned the shooting in a reaction on the social networks.",
                "note": "statement; not for recall",
            },
        ],
    },
    {
        "id": "b3-006",
        "outlet": "NATO/KFOR press-release style (written for sitmap)",
        "publication_date": "2024-10",
        "topic": "Italian Major General Enrico Barduani takes over KFOR from Turkish Major General Özkan Ulutaş in Pristina (Oct 2024)",
        "confusable": "Naples is inside the name of a NATO command; Camp Film City is a base and is not marked; contributing countries are named, not event sites.",
        "text": """
KFOR welcomes a new commander

[PRISTINA|pristina|D] – Major General Enrico Barduani of the Italian Army today assumed command of the {Kosovo Force|n} from Major General Özkan Ulutaş of the Turkish Land Forces, in a ceremony held at Camp Film City, the headquarters of the mission.

The change of command was presided over by the commander of NATO's Allied Joint Force Command [Naples|naples|N], under whose authority KFOR operates. Representatives of the institutions in [Kosovo|kosovo], members of the diplomatic corps and soldiers of the contributing nations attended.

In his farewell words, Major General Ulutaş thanked the men and women of the force for their professionalism during the twelve months of his command, which began in October 2023. Major General Barduani said KFOR will continue to carry out its mandate impartially, for the benefit of all communities.

KFOR has been deployed since June 1999 on the basis of UN Security Council Resolution 1244. Its current contingents include soldiers from [Italy|italy], [Türkiye|turkey], the [United States|us], [Poland|poland], [Hungary|hungary], [Romania|romania] and [Austria|austria], among other Allies and partners.
""",
        "events": [
            {
                "type": "other",
                "subtype": "change_of_command",
                "date": "2024-10",
                "precision": "month",
                "basis": "relative_to_publication",
                "loc": "pristina",
                "actors": ["KFOR", "Enrico Barduani", "Özkan Ulutaş"],
                "evidence": "PRISTINA – Major General Enrico Barduani of the Italian Army today assumed command of the Kosovo Force from Major General Özkan Ulutaş of the Turkish Land Forces, in a ceremony held at Camp Film City, the headquarters of the mission.",
                "location_note": "Camp Film City, KFOR headquarters in Pristina (dateline)",
                "note": "'today' of a press release known only to the month",
            },
            {
                "type": "other",
                "subtype": "change_of_command",
                "date": "2023-10",
                "precision": "month",
                "basis": "explicit",
                "actors": ["KFOR", "Özkan Ulutaş"],
                "evidence": "In his farewell words, Major General Ulutaş thanked the men and women of the force for their professionalism during the twelve months of his command, which began in October 2023.",
                "background": True,
                "location_note": "no place given for the 2023 handover",
            },
            {
                "type": "deployment",
                "date": "1999-06",
                "precision": "month",
                "basis": "explicit",
                "loc": "kosovo",
                "actors": ["KFOR"],
                "evidence": "KFOR has been deployed since June 1999 on the basis of UN Security Council Resolution 1244.",
                "background": True,
                "note": "historical background (1999), outside the 2021-2024 window",
            },
        ],
    },
    {
        "id": "b3-007",
        "outlet": "regional English-language Balkan outlet style (written for sitmap)",
        "publication_date": "2023-05-30",
        "topic": "US KFOR soldiers guard the Leposavić municipal building (from 26 May 2023); Serb protest in Leposavić and the Zvečan clash (29 May 2023)",
        "confusable": "Raška is in Serbia (the road north); Zvečan is the clash site; 'Leposaviq' is the Albanian spelling.",
        "text": """
[Leposavić|leposavic] town hall under American guard as north stays tense

American soldiers serving with KFOR have been standing guard around the municipal building in [Leposavic|leposavic] in recent days, after police escorted the newly elected mayor into his office on Friday. The [US|us|M] troops keep the crowd several metres from the entrance.

On Monday a crowd of local Serbs again gathered in front of the building, singing and waving flags, but the protest in the town passed without incidents.

It was a different picture a few kilometres south. In [Zvečan|zvecan], protesters and NATO troops guarding the municipal building clashed for hours; KFOR said 30 of its soldiers were injured, and Serbian officials said more than 50 Serbs needed medical help.

The mayor of [Leposaviq|leposavic], an Albanian, won in the April local elections that Serbs boycotted; turnout in the four northern municipalities was about 3.5 percent. Serbs demand that the mayors leave and that special units of the {Kosovo police|n} withdraw from the north.

The main road through the town leads north to the [Jarinje|jarinje] crossing and on to [Raška|raska] in [Serbia|serbia].
""",
        "events": [
            {
                "type": "deployment",
                "date_range": ["2023-05-26", "2023-05-30"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "leposavic",
                "actors": ["KFOR", "US soldiers"],
                "evidence": "American soldiers serving with KFOR have been standing guard around the municipal building in Leposavic in recent days, after police escorted the newly elected mayor into his office on Friday.",
                "note": "'in recent days' after Friday 26 May",
            },
            {
                "type": "other",
                "subtype": "police_operation",
                "date": "2023-05-26",
                "basis": "relative_to_publication",
                "loc": "leposavic",
                "actors": ["Kosovo Police"],
                "evidence": "American soldiers serving with KFOR have been standing guard around the municipal building in Leposavic in recent days, after police escorted the newly elected mayor into his office on Friday.",
                "background": True,
                "note": "the police escort of the mayor, same sentence as the deployment",
            },
            {
                "type": "protest",
                "date": "2023-05-29",
                "basis": "relative_to_publication",
                "loc": "leposavic",
                "actors": ["Kosovo Serbs"],
                "evidence": "On Monday a crowd of local Serbs again gathered in front of the building, singing and waving flags, but the protest in the town passed without incidents.",
            },
            {
                "type": "clash",
                "date": "2023-05-29",
                "basis": "inferred_from_context",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 30,
                        "who": "KFOR soldiers",
                        "phrase": "30 of its soldiers",
                    },
                    {
                        "kind": "injured",
                        "value": 50,
                        "qualifier": "more than",
                        "who": "Serbs",
                        "phrase": "more than 50 Serbs",
                    },
                ],
                "evidence": "In Zvečan, protesters and NATO troops guarding the municipal building clashed for hours; KFOR said 30 of its soldiers were injured, and Serbian officials said more than 50 Serbs needed medical help.",
                "note": "the same Monday as the Leposavić protest (29 May)",
            },
        ],
    },
    {
        "id": "b3-008",
        "outlet": "regional English-language Balkan outlet style, travel feature (written for sitmap)",
        "publication_date": "2023-08-12",
        "topic": "Western Kosovo in summer: Peja, Deçan, Istog, Klina, Gjakova; KFOR still guards the Dečani monastery; no event",
        "confusable": "Dečani monastery (in_name); Tirana and Montenegro as destinations; no event.",
        "text": """
Summer in the west: mountains, monasteries and a lot of traffic

[PEJË|peja|D] – In August the road from [Pristina|pristina] to [Peja|peja] is full of cars with foreign plates. Many belong to members of the diaspora from [Germany|germany] and [Switzerland|switzerland], others to tourists who drove up from [Tirana|tirana] or [Skopje|skopje] or came over the mountains from [Montenegro|montenegro].

In the town known in Serbian as [Peć|peja], visitors go up the gorge west of the town and to the Patriarchate, the old seat of the Serbian patriarchs. Further south, the [Visoki Dečani|decani|N] monastery still has KFOR soldiers at its gate, the last religious site in the country that the mission guards itself.

[Deçan|decani] town itself is quiet; its cafés fill in the evening. To the north, [Istog|istog] is known for its trout farms and springs, and [Klina|klina] sits on the main road between [Peja|peja] and the capital.

[Gjakova|gjakova], known as [Đakovica|gjakova] to Serbs, has rebuilt its old bazaar, which burned in 1999, and now welcomes visitors crossing from [Albania|albania].
""",
        "events": [],
    },
    {
        "id": "b3-009",
        "outlet": "analysis/explainer style (written for sitmap)",
        "publication_date": "2024-03-20",
        "topic": "Explainer on the Kosovo Security Force and the country's regions, KFOR regional commands; no event",
        "confusable": "Camp Bondsteel is not marked; 'Gjillan' is a misspelling; 'Vushtri' a spelling variant; Drenica is a region; bare 'Mitrovica' is ambiguous; no event.",
        "text": """
Explainer: what the {Kosovo Security Force|n} is, and where [Kosovo|kosovo|M]'s soldiers come from

The {KSF|n} was created in 2009 as a lightly armed force for civil protection, demining and emergencies. Since a parliamentary decision in 2018 it is on a path to become an army by 2028, a plan that [Belgrade|belgrade|M] rejects and that NATO allies have asked to be carried out gradually and in consultation.

Its headquarters is in [Pristina|pristina], and its recruits come from every part of the country: from [Podujeva|podujevo] in the north-east, from [Vushtri|vushtrri] on the road to [Mitrovica|mitrovica] and from [Skenderaj|skenderaj] in the [Drenica|drenica] area, from [Lipjan|lipjan] south of the capital, and from the east around [Gjillan|gjilan] and [Kamenica|kamenica].

The force also has members from the minority communities, but few Serbs have joined, whether from the north or from Serb-majority places south of the Ibar such as [Novo Brdo|novo_brdo].

KFOR divides the country into regional commands: the west is led by [Italy|italy|M], while the east is led by the [United States|us|M] from Camp Bondsteel near [Ferizaj|ferizaj]. By a long-standing arrangement, the {KSF|n} does not deploy to the Serb-majority north without the consent of the KFOR commander.
""",
        "events": [],
    },
    {
        "id": "b3-010",
        "outlet": "analysis with background (written for sitmap)",
        "publication_date": "2024-12-15",
        "topic": "Analysis: the north's crises 2021-2024 begin on roads; background events only (plates 2021, Oct 2021 raid, Dec 2022 barricades, Zvečan 2023, Banjska 2023, Varage 2024)",
        "confusable": "Plate codes (KM, PR, SM, NI) are 'other' usages, not places of events; Sremska Mitrovica and Niš are in Serbia; 'Mitrovica' in the south is municipality Mitrovica (South).",
        "text": """
Analysis: why every crisis in [Kosovo|kosovo]'s north seems to start on a road

Three years of standoffs in the north have followed a pattern: a decision in [Pristina|pristina|M], a blockade by local Serbs, and NATO troops standing in between.

In September 2021, after the government told drivers of Serbian-registered cars to take temporary plates, Serbs parked lorries across the roads to the [Jarinje|jarinje] and [Brnjak|brnjak] crossings for nearly two weeks. The plates were themselves the dispute: [Serbia|serbia|M] kept issuing plates with the codes of towns in [Kosovo|kosovo], such as KM for [Kosovska Mitrovica|mitrovica|O] and PR for [Priština|pristina|O], on the same pattern that gives SM to [Sremska Mitrovica|sremska_mitrovica|O] and NI to [Niš|nis|O].

A month later a police raid against smuggling in [North Mitrovica|north_mitrovica] brought crowds onto the streets; police fired tear gas and people were hurt on both sides. In December 2022 the roadblocks came back for almost three weeks after a former Serb police officer was arrested.

The worst violence came in 2023. In May protesters fought KFOR soldiers outside the town hall in [Zvečan|zvecan], and in September an armed group ambushed police near [Banjska|banjska] and then holed up in the monastery. In late November 2024 an explosion on the canal at [Varage|varage] showed that water and power for the whole country can be hit from the north.

The Albanian-majority southern part of [Mitrovica|mitrovica|L|mun=Mitrovica], and nearby towns such as [Vushtrri|vushtrri], stayed calm through all of it.
""",
        "events": [
            *[
                {
                    "type": "barricade",
                    "date": "2021-09",
                    "precision": "month",
                    "basis": "explicit",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "evidence": "In September 2021, after the government told drivers of Serbian-registered cars to take temporary plates, Serbs parked lorries across the roads to the Jarinje and Brnjak crossings for nearly two weeks.",
                    "background": True,
                    "note": "one sentence, two places",
                }
                for key in ("jarinje", "brnjak")
            ],
            {
                "type": "clash",
                "date": "2021-10",
                "precision": "month",
                "basis": "explicit_derived",
                "loc": "north_mitrovica",
                "actors": ["Kosovo Police", "Kosovo Serbs"],
                "evidence": "A month later a police raid against smuggling in North Mitrovica brought crowds onto the streets; police fired tear gas and people were hurt on both sides.",
                "background": True,
                "note": "a police operation that turned into a confrontation; 'a month later' than September 2021",
            },
            {
                "type": "barricade",
                "date": "2022-12",
                "precision": "month",
                "basis": "explicit",
                "loc": "kosovo",
                "actors": ["Kosovo Serbs"],
                "evidence": "In December 2022 the roadblocks came back for almost three weeks after a former Serb police officer was arrested.",
                "background": True,
                "location_note": "'the north' only",
            },
            {
                "type": "clash",
                "date": "2023-05",
                "precision": "month",
                "basis": "explicit",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "evidence": "In May protesters fought KFOR soldiers outside the town hall in Zvečan, and in September an armed group ambushed police near Banjska and then holed up in the monastery.",
                "background": True,
            },
            {
                "type": "armed_attack",
                "date": "2023-09",
                "precision": "month",
                "basis": "explicit",
                "loc": "banjska",
                "actors": ["Serb armed group", "Kosovo Police"],
                "evidence": "In May protesters fought KFOR soldiers outside the town hall in Zvečan, and in September an armed group ambushed police near Banjska and then holed up in the monastery.",
                "background": True,
            },
            {
                "type": "explosion",
                "date": "2024-11",
                "precision": "month",
                "basis": "explicit",
                "loc": "varage",
                "actors": ["unknown attackers"],
                "evidence": "In late November 2024 an explosion on the canal at Varage showed that water and power for the whole country can be hit from the north.",
                "background": True,
            },
        ],
    },
    {
        "id": "b3-011",
        "outlet": "defence-news style (written for sitmap)",
        "publication_date": "2023-06-05",
        "topic": "Turkish commando battalion of about 500 reinforces KFOR (early June 2023) after the 29 May Zvečan clash; NATO's 700 and a battalion on standby",
        "confusable": "Ankara is a dateline; Prizren is where Turkish troops have long served, not an event site; Zvečan is background.",
        "text": """
Turkish commandos land as NATO bolsters its [Kosovo|kosovo] force

[ANKARA|ankara|D] — About 500 Turkish commandos have arrived in [Kosovo|kosovo] in recent days to reinforce the NATO-led KFOR mission, [Turkey|turkey|M]'s defence ministry said.

The battalion is part of the alliance's {Operational Reserve Force for the Western Balkans|n}, which NATO activated after some 30 peacekeepers were wounded in [Zvečan|zvecan] on 29 May, when Serb protesters attacked troops guarding the town hall.

NATO said at the time that it would send around 700 extra soldiers and keep a further battalion on standby in case the situation worsened.

Turkish soldiers are not new to the mission. For years they have served mainly in the south of the country, around [Prizren|prizren]. KFOR is commanded by Italian Major General Angelo Michele Ristuccia, and the contingents from [Italy|italy] and the [United States|us] are among its largest.

Officials in [Belgrade|belgrade|M] and [Pristina|pristina|M] have both said they do not want a return to violence, but the mayors at the centre of the dispute remain in their offices in the north.
""",
        "events": [
            {
                "type": "deployment",
                "date_range": ["2023-06-01", "2023-06-05"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["Turkish Armed Forces", "KFOR"],
                "numbers": [
                    {
                        "kind": "troops",
                        "value": 500,
                        "qualifier": "about",
                        "who": "Turkish commandos",
                        "phrase": "About 500 Turkish commandos",
                    },
                ],
                "evidence": "ANKARA — About 500 Turkish commandos have arrived in Kosovo in recent days to reinforce the NATO-led KFOR mission, Turkey's defence ministry said.",
            },
            {
                "type": "clash",
                "date": "2023-05-29",
                "basis": "explicit",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 30,
                        "qualifier": "about",
                        "who": "KFOR peacekeepers",
                        "phrase": "some 30 peacekeepers",
                    },
                ],
                "evidence": "The battalion is part of the alliance's Operational Reserve Force for the Western Balkans, which NATO activated after some 30 peacekeepers were wounded in Zvečan on 29 May, when Serb protesters attacked troops guarding the town hall.",
                "background": True,
            },
            {
                "type": "deployment",
                "date_range": ["2023-05-29", "2023-05-31"],
                "precision": "range",
                "basis": "inferred_from_context",
                "loc": "kosovo",
                "actors": ["NATO"],
                "numbers": [
                    {
                        "kind": "troops",
                        "value": 700,
                        "qualifier": "around",
                        "who": "NATO reinforcements",
                        "phrase": "around 700 extra soldiers",
                    },
                ],
                "evidence": "NATO said at the time that it would send around 700 extra soldiers and keep a further battalion on standby in case the situation worsened.",
                "background": True,
                "note": "announced reinforcement; the Turkish battalion is part of it",
            },
            {
                "type": "other",
                "subtype": "standby_order",
                "date_range": ["2023-05-29", "2023-05-31"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["NATO"],
                "evidence": "NATO said at the time that it would send around 700 extra soldiers and keep a further battalion on standby in case the situation worsened.",
                "background": True,
                "location_note": "a battalion kept ready outside Kosovo; no place named",
            },
        ],
    },
    {
        "id": "b3-012",
        "outlet": "stilted translation from a Serbian portal (written for sitmap)",
        "publication_date": "2022-11-07",
        "topic": "Several thousand Kosovo Serbs rally in North Mitrovica (6 Nov 2022) after Serb officials, police and judges leave Kosovo institutions (5 Nov) over the suspension of police commander Nenad Đurić",
        "confusable": "Cyrillic dateline; Kosovska Mitrovica here is the northern part (municipality North Mitrovica); 'Kosovo police' is an excluded name.",
        "text": """
Thousands of Serbs at the protest in [Kosovska Mitrovica|mitrovica|L|mun=North Mitrovica] after the exit from the institutions

[КОСОВСКА МИТРОВИЦА|mitrovica|D|mun=North Mitrovica] – Several thousand Serbs gathered yesterday in the centre of the northern part of the city, in the protest against, as it was said, the violent decisions of [Priština|pristina|M] and the persecution of the Serbian people in [Kosovo and Metohija|kosovo].

The gathering passed in peace, with the flags of [Serbia|serbia|M] and with the songs, and the participants were addressed by the local Serb politicians.

The day before, on Saturday, the Serbian representatives, the mayors of the four municipalities in the north, the deputies, the judges, the prosecutors and the members of the {Kosovo police|n}, announced their exit from the institutions of [Priština|pristina|M].

The direct reason was the decision of minister Xhelal Sveçla to suspend the regional commander of the police for the North, Nenad Đurić, who refused to carry out the order about penalising the drivers of vehicles with the plates issued by [Serbia|serbia|M].

In [Belgrade|belgrade|M] it was assessed that the exit of the Serbs is the consequence of the policy of Albin Kurti, while [Brussels|brussels|M] called both sides to restraint.
""",
        "events": [
            {
                "type": "protest",
                "date": "2022-11-06",
                "basis": "relative_to_publication",
                "loc": "mitrovica",
                "mun": "North Mitrovica",
                "actors": ["Kosovo Serbs", "Srpska lista"],
                "numbers": [
                    {
                        "kind": "other",
                        "value": None,
                        "who": "protesters",
                        "phrase": "Several thousand Serbs",
                    },
                ],
                "evidence": "КОСОВСКА МИТРОВИЦА – Several thousand Serbs gathered yesterday in the centre of the northern part of the city, in the protest against, as it was said, the violent decisions of Priština and the persecution of the Serbian people in Kosovo and Metohija.",
                "location_note": "the northern part of Mitrovica (dateline city)",
            },
            {
                "type": "other",
                "subtype": "mass_resignation",
                "date": "2022-11-05",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": [
                    "Srpska lista",
                    "Kosovo Serb mayors, deputies, judges, prosecutors and police officers",
                ],
                "evidence": "The day before, on Saturday, the Serbian representatives, the mayors of the four municipalities in the north, the deputies, the judges, the prosecutors and the members of the Kosovo police, announced their exit from the institutions of Priština.",
                "location_note": "'in the north' of Kosovo; no town named",
            },
            {
                "type": "other",
                "subtype": "suspension",
                "date_range": ["2022-11-01", "2022-11-05"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Xhelal Sveçla", "Nenad Đurić"],
                "evidence": "The direct reason was the decision of minister Xhelal Sveçla to suspend the regional commander of the police for the North, Nenad Đurić, who refused to carry out the order about penalising the drivers of vehicles with the plates issued by Serbia.",
                "background": True,
                "location_note": "no place given",
            },
        ],
    },
    {
        "id": "b3-013",
        "outlet": "stilted translation from a Serbian portal (written for sitmap)",
        "publication_date": "2024-11-30",
        "topic": "Serbian-side report on the Ibar-Lepenac canal explosion at Varage (29 Nov 2024): Vučić denies Serbian involvement, Kurti accuses Serbia",
        "confusable": "Cyrillic dateline for Zubin Potok; Obilić (Obiliq) is where the power plants are, not an event site.",
        "text": """
Vučić: [Serbia|serbia|M] has nothing with the explosion on the canal, Kurti accuses without the proofs

[ЗУБИН ПОТОК|zubin_potok|D] – The explosion which last night damaged the canal Ibar–Lepenac near the village [Varage|varage] in the municipality of [Zubin Potok|zubin_potok|L|type=municipality] caused big anxiety among the Serbs in the north, who fear, as they say, new arrests and pressures of the police of [Priština|pristina|M].

The President of [Serbia|serbia|M] Aleksandar Vučić declared today that the state of [Serbia|serbia|M] has no connection with the attack, and that [Belgrade|belgrade|M] condemns every such act, from whichever side it comes.

Already during the night, the Prime Minister of the temporary institutions in [Priština|pristina|M] Albin Kurti accused the structures from [Serbia|serbia|M] for the attack, before any investigation, which the Serbs in the north assess as a preparation for new actions of the special units.

The canal supplies with water the big part of [Priština|pristina] and it cools the thermal power plants in [Obilić|obiliq]. The damage, according to the first information, is large, and nobody was injured.
""",
        "events": [
            {
                "type": "explosion",
                "date": "2024-11-29",
                "basis": "relative_to_publication",
                "loc": "varage",
                "actors": ["unknown attackers"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 0,
                        "who": "anyone",
                        "phrase": "nobody was injured",
                    },
                ],
                "evidence": "ЗУБИН ПОТОК – The explosion which last night damaged the canal Ibar–Lepenac near the village Varage in the municipality of Zubin Potok caused big anxiety among the Serbs in the north, who fear, as they say, new arrests and pressures of the police of Priština.",
            },
            {
                "type": "political_statement",
                "date": "2024-11-30",
                "basis": "relative_to_publication",
                "actors": ["Aleksandar Vučić"],
                "evidence": "The President of Serbia Aleksandar Vučić declared today that the state of Serbia has no connection with the attack, and that Belgrade condemns every such act, from whichever side it comes.",
                "note": "statement; not for recall",
            },
            {
                "type": "political_statement",
                "date_range": ["2024-11-29", "2024-11-30"],
                "precision": "range",
                "basis": "relative_to_publication",
                "actors": ["Albin Kurti"],
                "evidence": "Already during the night, the Prime Minister of the temporary institutions in Priština Albin Kurti accused the structures from Serbia for the attack, before any investigation, which the Serbs in the north assess as a preparation for new actions of the special units.",
                "note": "statement; not for recall",
            },
        ],
    },
    {
        "id": "b3-014",
        "outlet": "wire-service style report (written for sitmap)",
        "publication_date": "2022-12-28",
        "topic": "Kosovo closes the Merdare crossing (28 Dec 2022) after Serb protesters block the Serbian side in Kuršumlija (27 Dec); Serbian army on highest readiness (26 Dec)",
        "confusable": "The blockade is in Kuršumlija (Serbia), the closure at Merdare (Podujevo); Niš and Belgrade are on the road; Podujevo is a landmark.",
        "text": """
[Kosovo|kosovo|M] shuts its busiest crossing with [Serbia|serbia] as protesters block the far side

[PRISHTINA|pristina|D], Dec 28 — [Kosovo|kosovo|M] closed the [Merdare|merdare] crossing, its main road link with [Serbia|serbia], on Wednesday, a day after Serbs parked trucks across the road on the Serbian side of the boundary in the municipality of [Kuršumlija|kursumlija|L|type=municipality].

Police told travellers and hauliers to use other crossings until further notice. The crossing, north-east of [Podujevo|podujevo], sits on the main route from the capital to [Niš|nis] and [Belgrade|belgrade], and carries much of the freight between the two.

The move deepens a standoff that started on 10 December, when {Kosovo Serbs|e} blocked roads in the north in protest at the arrest of a former police officer. On Monday [Serbia|serbia|M]'s President Aleksandar Vučić put the army on its highest state of combat readiness.

Western envoys in [Pristina|pristina] have been working for days on a deal to remove the roadblocks, and [Washington|washington|M] and [Brussels|brussels|M] urged both governments to step back.
""",
        "events": [
            {
                "type": "other",
                "subtype": "border_closure",
                "date": "2022-12-28",
                "basis": "relative_to_publication",
                "loc": "merdare",
                "actors": ["Kosovo Police"],
                "evidence": "PRISHTINA, Dec 28 — Kosovo closed the Merdare crossing, its main road link with Serbia, on Wednesday, a day after Serbs parked trucks across the road on the Serbian side of the boundary in the municipality of Kuršumlija.",
            },
            {
                "type": "barricade",
                "date": "2022-12-27",
                "basis": "relative_to_publication",
                "loc": "kursumlija",
                "actors": ["Serb protesters"],
                "evidence": "PRISHTINA, Dec 28 — Kosovo closed the Merdare crossing, its main road link with Serbia, on Wednesday, a day after Serbs parked trucks across the road on the Serbian side of the boundary in the municipality of Kuršumlija.",
                "location_note": "Serbian side of the Merdare crossing, in Kuršumlija (Serbia)",
            },
            {
                "type": "barricade",
                "date": "2022-12-10",
                "basis": "explicit",
                "loc": "kosovo",
                "actors": ["Kosovo Serbs"],
                "evidence": "The move deepens a standoff that started on 10 December, when Kosovo Serbs blocked roads in the north in protest at the arrest of a former police officer.",
                "background": True,
                "location_note": "'in the north' only",
            },
            {
                "type": "military_buildup",
                "date": "2022-12-26",
                "basis": "relative_to_publication",
                "actors": ["Aleksandar Vučić", "Serbian army"],
                "evidence": "On Monday Serbia's President Aleksandar Vučić put the army on its highest state of combat readiness.",
                "background": True,
                "location_note": "Serbia; no place named",
            },
        ],
    },
]
