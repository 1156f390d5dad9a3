# ruff: noqa: E501  (prose data: article texts and evidence sentences are kept on one line each)
"""Second blind set: articles in marked-up form (mark syntax in eval/labelkit.py).

Every text was written for sitmap in the author's own words, about events other than those of
the first held-out set. Facts are limited to widely reported ones; where a detail was uncertain
it was left out. One brief (bl-010) describes a typical incident rather than one verified case;
its topic and event note say so. Outlet names describe the style imitated, not a real source.
"""

from __future__ import annotations

from typing import Any

SET_LABEL = "blind2"  # names the set in each record's publication_date_source

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "bl-001",
        "outlet": "wire-service style report (written for sitmap)",
        "publication_date": "2023-06-01",
        "topic": "Serb protests outside town halls in Zvečan, Leposavić and Zubin Potok; KFOR fences the Zvečan building (31 May 2023)",
        "confusable": "The 29 May clash is background; 'Kosovo Serbs' is an ethnonym.",
        "text": """
KFOR wraps [Zvecan|zvecan] town hall in razor wire as Serb protests go on

[ZVECAN|zvecan|D], [Kosovo|kosovo|D] — NATO peacekeepers on Wednesday ringed the municipal building in this northern [Kosovo|kosovo] town with metal barriers and coils of razor wire, as hundreds of local Serbs gathered outside it again to demand that the ethnic Albanian mayor leave.

The crowd stayed calm. Protesters unrolled a very long Serbian flag along the street and sang, while soldiers in riot gear watched from behind the new fence.

Smaller groups of {Kosovo Serbs|e} also stood in front of the town halls in [Leposavic|leposavic] and [Zubin Potok|zubin_potok], where mayors elected in April in a vote that Serbs boycotted have been working under police guard.

Two days earlier, the standoff outside the same building turned violent. About 30 KFOR soldiers from [Italy|italy] and [Hungary|hungary] were hurt, some with fractures and burns, and dozens of protesters were also injured. NATO said on Tuesday it would send about 700 more troops to the country.

European Union and [U.S.|us|M] diplomats have urged Prime Minister Albin Kurti to move the mayors out of the buildings and prepare new elections, and asked the Serbs to stop the violence.
""",
        "events": [
            {
                "type": "protest",
                "date": "2023-05-31",
                "basis": "relative_to_publication",
                "loc": "zvecan",
                "actors": ["Kosovo Serbs"],
                "numbers": [
                    {
                        "kind": "other",
                        "value": None,
                        "who": "protesters",
                        "phrase": "hundreds of local Serbs",
                    },
                ],
                "evidence": "NATO peacekeepers on Wednesday ringed the municipal building in this northern Kosovo town with metal barriers and coils of razor wire, as hundreds of local Serbs gathered outside it again to demand that the ethnic Albanian mayor leave.",
            },
            {
                "type": "deployment",
                "date": "2023-05-31",
                "basis": "relative_to_publication",
                "loc": "zvecan",
                "actors": ["KFOR"],
                "evidence": "NATO peacekeepers on Wednesday ringed the municipal building in this northern Kosovo town with metal barriers and coils of razor wire, as hundreds of local Serbs gathered outside it again to demand that the ethnic Albanian mayor leave.",
                "note": "same sentence as the protest: KFOR posted and fenced the building",
            },
            *[
                {
                    "type": "protest",
                    "date": "2023-05-31",
                    "basis": "inferred_from_context",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "evidence": "Smaller groups of Kosovo Serbs also stood in front of the town halls in Leposavic and Zubin Potok, where mayors elected in April in a vote that Serbs boycotted have been working under police guard.",
                    "note": "one sentence, two places: one event per place",
                }
                for key in ("leposavic", "zubin_potok")
            ],
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
                        "qualifier": "about",
                        "who": "KFOR soldiers",
                        "phrase": "About 30 KFOR soldiers",
                    },
                    {
                        "kind": "injured",
                        "value": None,
                        "who": "protesters",
                        "phrase": "dozens of protesters",
                    },
                ],
                "evidence": "Two days earlier, the standoff outside the same building turned violent.",
                "background": True,
                "note": "two days before Wednesday 31 May",
            },
            {
                "type": "deployment",
                "date": "2023-05-30",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["NATO"],
                "numbers": [
                    {
                        "kind": "troops",
                        "value": 700,
                        "qualifier": "about",
                        "who": "NATO reinforcements",
                        "phrase": "about 700 more troops",
                    },
                ],
                "evidence": "NATO said on Tuesday it would send about 700 more troops to the country.",
                "background": True,
                "note": "announced reinforcement",
            },
        ],
    },
    {
        "id": "bl-002",
        "outlet": "regional English-language outlet style (written for sitmap)",
        "publication_date": "2024-02-12",
        "topic": "Kosovo Serb march in North Mitrovica against the ban on cash payments in dinars (Feb 2024)",
        "confusable": "'Central Bank of Kosovo' and 'Office for Kosovo and Metohija' are names; the Cyrillic Косовска Митровица in a quote is the divided town.",
        "text": """
Serbs march in [North Mitrovica|north_mitrovica] over dinar ban

Hundreds of {Kosovo Serbs|e} walked through the centre of [North Mitrovica|north_mitrovica] on Monday to protest against a rule that makes the euro the only legal currency for cash payments in [Kosovo|kosovo], cutting off the Serbian dinar that many of them depend on.

The regulation of the {Central Bank of Kosovo|n} took effect on 1 February. [Serbia|serbia|M] pays salaries, pensions and social benefits to tens of thousands of people in Serb-majority areas, from [Leposavić|leposavic] in the north to [Gračanica|gracanica] and [Štrpce|strpce] in the south, and most of that money used to arrive in cash.

"Our teachers and doctors in [Косовска Митровица|mitrovica|L|mun=North Mitrovica;amb=1] are paid from [Belgrade|belgrade|M]. Where are we supposed to take this money now?" one marcher, a retired nurse, asked.

The head of the {Office for Kosovo and Metohija|n} in the Serbian government, Petar Petković, said the ban was meant to push Serbs out of their homes.

Officials in [Pristina|pristina|M] say the rule targets illegal cash flows, not the community. The [United States|us|M] and the European Union have said the transition period was too short.
""",
        "events": [
            {
                "type": "protest",
                "date": "2024-02-12",
                "basis": "relative_to_publication",
                "loc": "north_mitrovica",
                "actors": ["Kosovo Serbs"],
                "numbers": [
                    {
                        "kind": "other",
                        "value": None,
                        "who": "marchers",
                        "phrase": "Hundreds of Kosovo Serbs",
                    },
                ],
                "evidence": "Hundreds of Kosovo Serbs walked through the centre of North Mitrovica on Monday to protest against a rule that makes the euro the only legal currency for cash payments in Kosovo, cutting off the Serbian dinar that many of them depend on.",
            },
            {
                "type": "other",
                "subtype": "currency_regulation",
                "date": "2024-02-01",
                "basis": "explicit_derived",
                "loc": "kosovo",
                "actors": ["Central Bank of Kosovo"],
                "evidence": "The regulation of the Central Bank of Kosovo took effect on 1 February.",
                "background": True,
                "note": "day and month in the text, year from the publication date",
            },
            {
                "type": "political_statement",
                "date": "2024-02-12",
                "basis": "inferred_from_context",
                "actors": ["Petar Petković"],
                "evidence": "The head of the Office for Kosovo and Metohija in the Serbian government, Petar Petković, said the ban was meant to push Serbs out of their homes.",
                "note": "statement; not for recall; the day is not given",
            },
        ],
    },
    {
        "id": "bl-003",
        "outlet": "short news brief style (written for sitmap)",
        "publication_date": "2024-08-06",
        "topic": "Kosovo Police close offices of the Serbian post in northern municipalities (Aug 2024); bank branches searched in February",
        "confusable": "Albanian dateline 'Prishtinë'; 'Kosovo Police' and 'Postal Savings Bank' are names.",
        "text": """
Police shut Serbian post offices in the north

[Prishtinë|pristina|D] – {Kosovo Police|n} on Monday closed offices of the Serbian state postal company in [North Mitrovica|north_mitrovica], [Zvečan|zvecan], [Leposavić|leposavic] and [Zubin Potok|zubin_potok], saying they had been working without a licence from the authorities in [Kosovo|kosovo|M].

Officers sealed the doors and took away documents, according to local Serb media. No incidents were reported.

Interior Minister Xhelal Sveçla said the post offices were part of a parallel system run from [Belgrade|belgrade|M] and that every institution in the country had to operate under [Kosovo|kosovo|M] law.

[Serbia|serbia|M]'s government called the move another attack on the Serb community. Petar Petković, who heads its office dealing with [Kosovo|kosovo], said pensioners would now find it even harder to receive their money.

It is the second such operation this year. In February police searched branches of [Serbia|serbia|M]'s Postal Savings Bank in the north, shortly after the central bank banned cash payments in dinars. Western diplomats have asked [Prishtina|pristina|M] to coordinate such steps with its partners and to avoid unilateral moves in the north.
""",
        "events": [
            *[
                {
                    "type": "other",
                    "subtype": "police_operation",
                    "date": "2024-08-05",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Police"],
                    "evidence": "Kosovo Police on Monday closed offices of the Serbian state postal company in North Mitrovica, Zvečan, Leposavić and Zubin Potok, saying they had been working without a licence from the authorities in Kosovo.",
                    "note": "closure of Serbian post offices; one sentence, four places: one event per place",
                }
                for key in ("north_mitrovica", "zvecan", "leposavic", "zubin_potok")
            ],
            {
                "type": "political_statement",
                "date": "2024-08-05",
                "basis": "inferred_from_context",
                "actors": ["Petar Petković", "Government of Serbia"],
                "evidence": "Serbia's government called the move another attack on the Serb community.",
                "note": "statement; not for recall; the day is not given",
            },
            {
                "type": "other",
                "subtype": "police_operation",
                "date": "2024-02",
                "precision": "month",
                "basis": "explicit_derived",
                "loc": "kosovo",
                "actors": ["Kosovo Police"],
                "evidence": "In February police searched branches of Serbia's Postal Savings Bank in the north, shortly after the central bank banned cash payments in dinars.",
                "background": True,
                "location_note": "'in the north' only",
            },
        ],
    },
    {
        "id": "bl-004",
        "outlet": "wire-service style report (written for sitmap)",
        "publication_date": "2022-12-11",
        "topic": "Former Serb police officer arrested at Jarinje; stun grenade thrown at a EULEX patrol (10 Dec 2022)",
        "confusable": "Datelined Pristina; the arrest site is the Jarinje crossing, not Pristina.",
        "text": """
Ex-officer's arrest at border sets off new unrest in northern [Kosovo|kosovo]

[PRISTINA|pristina|D], [Kosovo|kosovo|D] — Police in [Kosovo|kosovo] arrested a former Serb police officer at the [Jarinje|jarinje] border crossing on Saturday, prompting angry Serbs to block roads in the north with trucks and other heavy vehicles.

The man, Dejan Pantic, is suspected of taking part in attacks on offices of the election commission and on police officers earlier in the week, prosecutors said. He had left the {Kosovo police|n} last month together with hundreds of other Serb officers.

The European Union's rule-of-law mission, EULEX, said a stun grenade had been thrown at one of its armored patrol vehicles in the north late on Saturday. No one was injured. The mission said it would not be intimidated.

Prime Minister Albin Kurti said criminal groups backed from [Belgrade|belgrade|M] were trying to destabilise the north, and asked NATO-led peacekeepers to clear the roads.

Local elections in four Serb-majority municipalities, due on Dec. 18, have been put off until April. President Aleksandar Vucic said [Serbia|serbia|M] would ask the peacekeeping force to let up to 1,000 Serbian soldiers and police return to [Kosovo|kosovo], a request Western officials say has no chance.
""",
        "events": [
            {
                "type": "arrest",
                "date": "2022-12-10",
                "basis": "relative_to_publication",
                "loc": "jarinje",
                "actors": ["Kosovo Police", "Dejan Pantić"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": 1,
                        "who": "former Serb police officer",
                        "phrase": "a former Serb police officer",
                    },
                ],
                "evidence": "Police in Kosovo arrested a former Serb police officer at the Jarinje border crossing on Saturday, prompting angry Serbs to block roads in the north with trucks and other heavy vehicles.",
            },
            {
                "type": "barricade",
                "date": "2022-12-10",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["Kosovo Serbs"],
                "evidence": "Police in Kosovo arrested a former Serb police officer at the Jarinje border crossing on Saturday, prompting angry Serbs to block roads in the north with trucks and other heavy vehicles.",
                "location_note": "'in the north' only; the roads are not named",
            },
            {
                "type": "explosion",
                "date": "2022-12-10",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["unknown attackers", "EULEX"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 0,
                        "who": "EULEX staff",
                        "phrase": "No one was injured",
                    },
                ],
                "evidence": "The European Union's rule-of-law mission, EULEX, said a stun grenade had been thrown at one of its armored patrol vehicles in the north late on Saturday.",
                "location_note": "'in the north' only",
            },
            {
                "type": "political_statement",
                "date": "2022-12-10",
                "basis": "inferred_from_context",
                "actors": ["Albin Kurti"],
                "evidence": "Prime Minister Albin Kurti said criminal groups backed from Belgrade were trying to destabilise the north, and asked NATO-led peacekeepers to clear the roads.",
                "note": "statement; not for recall",
            },
            {
                "type": "political_statement",
                "date_range": ["2022-12-01", "2022-12-11"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Aleksandar Vučić"],
                "evidence": "President Aleksandar Vucic said Serbia would ask the peacekeeping force to let up to 1,000 Serbian soldiers and police return to Kosovo, a request Western officials say has no chance.",
                "note": "statement of intent; not for recall; no troops moved",
            },
        ],
    },
    {
        "id": "bl-005",
        "outlet": "business and trade news style (written for sitmap)",
        "publication_date": "2023-06-18",
        "topic": "Kosovo stops goods from Serbia at the crossings after three policemen are detained (June 2023)",
        "confusable": "Merdare, Jarinje and Brnjak are crossings in Kosovo; Niš, Kuršumlija and Raška are on the Serbian side.",
        "text": """
Trucks stuck at [Merdare|merdare] as [Kosovo|kosovo|M] halts goods from [Serbia|serbia]

Long lines of lorries have formed on the Serbian side of the [Merdare|merdare] crossing since [Kosovo|kosovo|M] stopped letting in goods made in [Serbia|serbia] this week, hauliers said on Sunday.

The government in [Prishtina|pristina|M] introduced the measure on Wednesday, hours after three {Kosovo police|n} officers were detained by Serbian forces near the boundary. [Belgrade|belgrade|M] says the officers were arrested inside [Serbia|serbia]; [Kosovo|kosovo|M] says they were taken from its territory.

Drivers said trucks carrying Serbian products were being turned back at [Merdare|merdare], on the main road from [Niš|nis] and [Kuršumlija|kursumlija] towards [Podujeva|podujevo] and the capital, and at the northern crossings of [Jarinje|jarinje] and [Bernjak|brnjak], where freight arrives from [Raška|raska].

Traders in [Gjilan|gjilan] and [Ferizaj|ferizaj] warned that prices of flour, cooking oil and building materials could rise within weeks, because [Serbia|serbia|M] is one of [Kosovo|kosovo|M]'s largest suppliers.

EU officials have called for the three officers to be released and for both sides to avoid steps that raise tension.
""",
        "events": [
            *[
                {
                    "type": "other",
                    "subtype": "border_restriction",
                    "date_range": ["2023-06-14", "2023-06-18"],
                    "precision": "range",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Government of Kosovo"],
                    "evidence": "Drivers said trucks carrying Serbian products were being turned back at Merdare, on the main road from Niš and Kuršumlija towards Podujeva and the capital, and at the northern crossings of Jarinje and Bernjak, where freight arrives from Raška.",
                    "note": "ban on goods made in Serbia, in force since Wednesday 14 June; one sentence, three crossings: one event per place",
                }
                for key in ("merdare", "jarinje", "brnjak")
            ],
            {
                "type": "arrest",
                "date": "2023-06-14",
                "basis": "relative_to_publication",
                "actors": ["Serbian security forces", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": 3,
                        "who": "Kosovo police officers",
                        "phrase": "three Kosovo police officers",
                    },
                ],
                "evidence": "The government in Prishtina introduced the measure on Wednesday, hours after three Kosovo police officers were detained by Serbian forces near the boundary.",
                "background": True,
                "location_note": "the place is disputed in the text (inside Serbia or Kosovo); no location",
            },
        ],
    },
    {
        "id": "bl-006",
        "outlet": "translated Serbian-language portal style (written for sitmap)",
        "publication_date": "2023-10-02",
        "topic": "Vučić orders fewer troops at the administrative line after the post-Banjska build-up (30 Sep-1 Oct 2023)",
        "confusable": "Stilted translation; Vranje and Bujanovac are in Serbia; the build-up and the reduction have no Kosovo location.",
        "text": """
Vučić: the army at the administrative line returns to usual level

[BEOGRAD|belgrade|D] – The President of [Serbia|serbia|M] Aleksandar Vučić announced during the weekend that he ordered the reduction of the number of army members in the zone along the administrative line towards [Kosovo and Metohija|kosovo], so that the units return to the level which is usual for peace time.

As he explained, in the last days the presence of the army was increased after the events in [Banjska|banjska], because of the fear that the special units of [Priština|pristina|M] would attack the Serbian people in the north. He did not say how many soldiers were engaged, and the Ministry of Defense did not announce numbers.

Vučić rejected the claims from [Washington|washington|M] that [Serbia|serbia|M] was preparing an attack, and repeated that his country does not want a war.

The army has held units in the south of the country for years, around [Vranje|vranje] and in the base South near [Bujanovac|bujanovac], which is not far from the line.

The reduction was announced only days after NATO said it would strengthen its mission in [Kosovo|kosovo].
""",
        "events": [
            {
                "type": "withdrawal",
                "date_range": ["2023-09-30", "2023-10-01"],
                "precision": "range",
                "basis": "relative_to_publication",
                "actors": ["Serbian Armed Forces", "Aleksandar Vučić"],
                "evidence": "The President of Serbia Aleksandar Vučić announced during the weekend that he ordered the reduction of the number of army members in the zone along the administrative line towards Kosovo and Metohija, so that the units return to the level which is usual for peace time.",
                "location_note": "Serbian side of the line; no place named",
                "note": "ordered reduction of troops near the line",
            },
            {
                "type": "military_buildup",
                "date_range": ["2023-09-24", "2023-09-30"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Serbian Armed Forces"],
                "evidence": "As he explained, in the last days the presence of the army was increased after the events in Banjska, because of the fear that the special units of Priština would attack the Serbian people in the north.",
                "background": True,
                "location_note": "Serbian side of the line; Banjska is only the cause",
            },
            {
                "type": "political_statement",
                "date_range": ["2023-09-30", "2023-10-01"],
                "precision": "range",
                "basis": "relative_to_publication",
                "actors": ["Aleksandar Vučić"],
                "evidence": "Vučić rejected the claims from Washington that Serbia was preparing an attack, and repeated that his country does not want a war.",
                "note": "statement; not for recall",
            },
            {
                "type": "deployment",
                "date_range": ["2023-09-25", "2023-09-30"],
                "precision": "range",
                "basis": "inferred_from_context",
                "loc": "kosovo",
                "actors": ["NATO", "KFOR"],
                "evidence": "The reduction was announced only days after NATO said it would strengthen its mission in Kosovo.",
                "background": True,
                "note": "reinforcement announced, no numbers",
            },
        ],
    },
    {
        "id": "bl-007",
        "outlet": "defence news site style (written for sitmap)",
        "publication_date": "2023-10-31",
        "topic": "Turkish general takes command of KFOR from an Italian general (Oct 2023); Romanian and British reinforcements",
        "confusable": "'Kosovo Force' is a name; Camp Bondsteel is not marked; national contingents named by country.",
        "text": """
Turkish general takes over KFOR as reinforcements settle in

[PRISTINA|pristina|D] — Major General Özkan Ulutaş of [Turkey|turkey|M] has taken command of the NATO-led {Kosovo Force|n}, replacing Italian Major General Angelo Michele Ristuccia at a ceremony in the capital this month.

Ulutaş takes over a mission that has grown twice in half a year. After the riot in [Zveçan|zvecan] in late May, in which dozens of peacekeepers were injured, NATO moved part of its reserve to [Kosovo|kosovo], and a Turkish commando battalion arrived in early June.

Since the attack on police in [Banjskë|banjska] on 24 September, further troops have come in. A company from [Romania|romania] and additional soldiers from the [United Kingdom|uk] have joined the force in recent weeks.

[Italy|italy|M] remains one of the largest contributors and runs the regional command in the west, based near [Peja|peja]. The [United States|us|M] leads the eastern command from Camp Bondsteel outside [Ferizaj|ferizaj]. Contingents from [Poland|poland], [Hungary|hungary], [Austria|austria] and [Switzerland|switzerland] also serve with the force, most of them in rotations of about six months.
""",
        "events": [
            {
                "type": "other",
                "subtype": "change_of_command",
                "date": "2023-10",
                "precision": "month",
                "basis": "relative_to_publication",
                "loc": "pristina",
                "actors": ["KFOR", "Özkan Ulutaş", "Angelo Michele Ristuccia"],
                "evidence": "Major General Özkan Ulutaş of Turkey has taken command of the NATO-led Kosovo Force, replacing Italian Major General Angelo Michele Ristuccia at a ceremony in the capital this month.",
                "location_note": "'the capital' under a Pristina dateline",
            },
            {
                "type": "clash",
                "date": "2023-05",
                "precision": "month",
                "basis": "explicit_derived",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": None,
                        "who": "peacekeepers",
                        "phrase": "dozens of peacekeepers",
                    },
                ],
                "evidence": "After the riot in Zveçan in late May, in which dozens of peacekeepers were injured, NATO moved part of its reserve to Kosovo, and a Turkish commando battalion arrived in early June.",
                "background": True,
            },
            {
                "type": "deployment",
                "date": "2023-06",
                "precision": "month",
                "basis": "explicit_derived",
                "loc": "kosovo",
                "actors": ["NATO", "Turkish Armed Forces"],
                "evidence": "After the riot in Zveçan in late May, in which dozens of peacekeepers were injured, NATO moved part of its reserve to Kosovo, and a Turkish commando battalion arrived in early June.",
                "background": True,
                "note": "reserve forces and a Turkish commando battalion",
            },
            {
                "type": "armed_attack",
                "date": "2023-09-24",
                "basis": "explicit_derived",
                "loc": "banjska",
                "actors": ["armed group", "Kosovo Police"],
                "evidence": "Since the attack on police in Banjskë on 24 September, further troops have come in.",
                "background": True,
            },
            *[
                {
                    "type": "deployment",
                    "date_range": ["2023-10-01", "2023-10-31"],
                    "precision": "range",
                    "basis": "relative_to_publication",
                    "loc": "kosovo",
                    "actors": [actor],
                    "evidence": "A company from Romania and additional soldiers from the United Kingdom have joined the force in recent weeks.",
                    "note": "one sentence, two contingents: one event each",
                }
                for actor in ("Romanian Armed Forces", "British Army")
            ],
        ],
    },
    {
        "id": "bl-008",
        "outlet": "feature / travel-and-security piece style (written for sitmap)",
        "publication_date": "2024-06-15",
        "topic": "The Italian-led KFOR command in western Kosovo and the region's Serbian heritage; no event",
        "confusable": "'Patriarchate of Peć' is in_name; 'Diocese of Raška-Prizren' is a name; Podgorica and Montenegro are outside Kosovo.",
        "text": """
Quiet west: where KFOR still stands guard

Drive west from [Prishtina|pristina] and the tension of the north fades quickly. Around [Peja|peja] — [Pejë|peja] in Albanian, [Peć|peja] in Serbian — the mountains along the border with [Montenegro|montenegro] fill with hikers in summer, and the road over the pass towards [Podgorica|podgorica] is busy with tourists.

This is the area of KFOR's western regional command, led by [Italy|italy|M] from a camp on the edge of town. Its soldiers once guarded the monastery of the [Patriarchate of Peć|peja|N], the historic seat of the Serbian Orthodox Church, and still guard the medieval monastery in [Dečani|decani], the one heritage site they have not handed over to {Kosovo Police|n}.

Further south, in [Gjakova|gjakova] ([Đakovica|gjakova]), the old bazaar has been rebuilt after the war. The small municipality of [Junik|junik], close to the border with [Albania|albania], and the farm towns of [Klina|klina] and [Istog|istog] ([Istok|istog]) seldom make the news. In [Rahovec|rahovec], known for its vineyards, a small Serb community still lives in the upper part of the town, called [Orahovac|rahovec] by its Serbian residents.

Officials of the {Diocese of Raška-Prizren|n} say relations with local authorities have improved, though they still ask for KFOR to remain at the monasteries.
""",
        "events": [],
    },
    {
        "id": "bl-009",
        "outlet": "analysis piece style (written for sitmap)",
        "publication_date": "2024-03-20",
        "topic": "The US-led eastern KFOR command and the south-east of Kosovo; no event",
        "confusable": "Hani i Elezit is the town at the crossing to North Macedonia; Skopje and Tirana are outside Kosovo; Camp Bondsteel is not marked.",
        "text": """
Analysis: [Kosovo|kosovo]'s calm south-east and the soldiers who watch it

For most of the past two years, the news from [Kosovo|kosovo] has come from a handful of towns in the north. The south and east, where most of the population lives, have stayed calm, and that is where KFOR keeps one of its largest footprints.

Camp Bondsteel, the [U.S.|us|M]-run base outside [Ferizaj|ferizaj] — [Uroševac|ferizaj] to Serbs, and often misspelled [Ferizai|ferizaj] in foreign reports — houses the headquarters of the eastern regional command. Its area stretches from [Gjilan|gjilan] ([Gnjilane|gjilan]) and [Kamenica|kamenica] near the boundary with [Serbia|serbia] down to [Kaçanik|kacanik] and [Hani i Elezit|hani_i_elezit], the small town at the main crossing into [North Macedonia|north_macedonia], an hour's drive from [Skopje|skopje].

Further west, [Prizren|prizren], [Suhareka|suhareka] ([Suva Reka|suhareka]), [Malisheva|malisheva] and the mountain municipality of [Dragash|dragash] ([Dragaš|dragash]) are linked by motorway to [Tirana|tirana] and the Albanian coast, and feel closer to [Albania|albania] than to [Belgrade|belgrade] in almost every way.

Security officials in [Pristina|pristina] say the real risks in these areas are organised crime and smuggling across the mountain borders rather than ethnic violence. Still, the [United States|us|M] has kept its soldiers here for a quarter of a century, and officials in [Washington|washington|M] say they have no plan to change that.
""",
        "events": [],
    },
    {
        "id": "bl-010",
        "outlet": "short news brief style (written for sitmap)",
        "publication_date": "2023-11-08",
        "topic": "ILLUSTRATIVE: a Serbian citizen detained at the Merdare crossing on a war-crimes suspicion (a typical case, not one verified incident)",
        "confusable": "The man lives in Sremska Mitrovica (Serbia), not Mitrovica; he was taken to Pristina, which is not the arrest site.",
        "text": """
Serbian citizen detained at [Merdare|merdare] over wartime crimes

[PODUJEVË|podujevo|D] – {Kosovo police|n} detained a Serbian citizen at the [Merdare|merdare] crossing on Tuesday afternoon on suspicion of war crimes against civilians in the [Podujevo|podujevo|L|type=municipality] area in 1999, police said.

The man, who lives in [Sremska Mitrovica|sremska_mitrovica] in [Serbia|serbia], was travelling by bus from [Niš|nis] to visit relatives, according to Serbian media. He was taken to [Pristina|pristina] for questioning, and prosecutors will ask a court to order his detention for one month.

The {Office for Kosovo and Metohija|n} in [Belgrade|belgrade] called the arrest an act of intimidation and said that dozens of Serbs had been detained at the crossings of [Merdare|merdare], [Jarinje|jarinje] and elsewhere in recent years on charges it considers fabricated.

Officials in [Prishtina|pristina|M] reply that they act on warrants and evidence collected by prosecutors, and that there is no statute of limitations for war crimes.
""",
        "events": [
            {
                "type": "arrest",
                "date": "2023-11-07",
                "basis": "relative_to_publication",
                "loc": "merdare",
                "actors": ["Kosovo Police"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": 1,
                        "who": "Serbian citizen",
                        "phrase": "a Serbian citizen",
                    },
                ],
                "evidence": "Kosovo police detained a Serbian citizen at the Merdare crossing on Tuesday afternoon on suspicion of war crimes against civilians in the Podujevo area in 1999, police said.",
                "note": "illustrative brief: a typical arrest at a crossing, not one verified incident",
            },
            {
                "type": "political_statement",
                "date": "2023-11-07",
                "basis": "inferred_from_context",
                "loc": "belgrade",
                "actors": ["Office for Kosovo and Metohija"],
                "evidence": "The Office for Kosovo and Metohija in Belgrade called the arrest an act of intimidation and said that dozens of Serbs had been detained at the crossings of Merdare, Jarinje and elsewhere in recent years on charges it considers fabricated.",
                "note": "statement; not for recall; the 'dozens' of past arrests are a generic claim, not an event",
            },
        ],
    },
    {
        "id": "bl-011",
        "outlet": "analysis piece style (written for sitmap)",
        "publication_date": "2024-04-22",
        "topic": "Vote on recalling the Albanian mayors in the four northern municipalities fails on a Serb boycott (21 Apr 2024); no security event",
        "confusable": "Mitrovicë e Veriut and North Mitrovica are the northern municipality; the bare 'Mitrovica' in 'the two Mitrovicas' is left ambiguous.",
        "text": """
Boycott sinks recall vote in northern [Kosovo|kosovo]

A vote on whether to remove the ethnic Albanian mayors of four Serb-majority municipalities in northern [Kosovo|kosovo] failed on Sunday, after the largest Serb party told its voters to stay at home.

Polling stations in [Zvečan|zvecan], [Leposavić|leposavic], [Zubin Potok|zubin_potok] and [Mitrovicë e Veriut|north_mitrovica] — as [North Mitrovica|north_mitrovica|O] is called in Albanian — stayed almost empty through the day. Only a small share of registered voters cast a ballot, far below what the law requires for a recall to succeed.

The vote had been triggered by a petition signed mainly by local Serbs, and it was seen by [Brussels|brussels|M] and [Washington|washington|M] as a chance to bring Serbs back into local institutions. Srpska Lista, which takes its line from [Belgrade|belgrade|M], said the conditions for Serbs to take part had not been met.

The mayors, elected in April 2023 on a very low turnout, will now stay in office.

Analysts in [Pristina|pristina] say the outcome leaves the north where it was a year ago: Serb-majority towns run by Albanian mayors, and the two halves of [Mitrovica|mitrovica|L|mun=none] as divided as before.
""",
        "events": [],
    },
    {
        "id": "bl-012",
        "outlet": "analysis piece style (written for sitmap)",
        "publication_date": "2024-09-24",
        "topic": "One year after Banjska: the attack, the weapons found, Radoičić in Serbia, earlier blasts near police stations; background only",
        "confusable": "Every event is background; Belgrade is where Radoičić was questioned; Banjskë and Zveçan are Albanian spellings.",
        "text": """
A year after [Banjska|banjska], the north is quieter but not settled

One year ago today, a group of armed men blocked a bridge at the entrance to [Banjskë|banjska], a village in the municipality of [Zveçan|zvecan|L|type=municipality], and opened fire on the police patrol that came to clear it. Sergeant Afrim Bunjaku was killed. Three of the attackers died later that day in the fighting around the village monastery.

In the days that followed, police showed a large cache of weapons found in the area: rifles, rocket launchers, explosives and armoured vehicles. Milan Radoičić, the Serb politician who said he had organised the group, left for [Serbia|serbia]. Prosecutors in [Belgrade|belgrade] questioned him in October and released him, and he has not been handed over to [Kosovo|kosovo|M].

The attack was the culmination of months of tension. In June 2023, explosive devices went off close to the police stations in [North Mitrovica|north_mitrovica] and [ZVEČAN|zvecan].

Since then, the government has closed many Serbian-run offices in the north and opened new police bases. Serbs complain of a heavy police presence; officials in [Prishtina|pristina|M] say it has prevented another [Banjska|banjska].
""",
        "events": [
            {
                "type": "armed_attack",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["armed group", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "killed",
                        "value": 1,
                        "who": "police sergeant",
                        "phrase": "Sergeant Afrim Bunjaku was killed",
                    },
                    {
                        "kind": "killed",
                        "value": 3,
                        "who": "attackers",
                        "phrase": "Three of the attackers died",
                    },
                ],
                "evidence": "One year ago today, a group of armed men blocked a bridge at the entrance to Banjskë, a village in the municipality of Zveçan, and opened fire on the police patrol that came to clear it.",
                "background": True,
            },
            {
                "type": "other",
                "subtype": "weapons_seizure",
                "date_range": ["2023-09-24", "2023-09-30"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["Kosovo Police"],
                "evidence": "In the days that followed, police showed a large cache of weapons found in the area: rifles, rocket launchers, explosives and armoured vehicles.",
                "background": True,
                "location_note": "'in the area' of the Banjska attack",
            },
            {
                "type": "other",
                "subtype": "questioning",
                "date": "2023-10",
                "precision": "month",
                "basis": "explicit_derived",
                "loc": "belgrade",
                "actors": ["Serbian prosecutors", "Milan Radoičić"],
                "evidence": "Prosecutors in Belgrade questioned him in October and released him, and he has not been handed over to Kosovo.",
                "background": True,
            },
            *[
                {
                    "type": "explosion",
                    "date": "2023-06",
                    "precision": "month",
                    "basis": "explicit",
                    "loc": key,
                    "actors": ["unknown perpetrators"],
                    "evidence": "In June 2023, explosive devices went off close to the police stations in North Mitrovica and ZVEČAN.",
                    "background": True,
                    "note": "one sentence, two places: one event per place",
                }
                for key in ("north_mitrovica", "zvecan")
            ],
        ],
    },
    {
        "id": "bl-013",
        "outlet": "live-news style report (written for sitmap)",
        "publication_date": "2023-05-27",
        "topic": "Police escort new Albanian mayors into town halls; tear gas and burning cars in Zvečan (26 May 2023)",
        "confusable": "Cyrillic banner text; US statement from Washington; the Serbian army alert is on the Serbian side.",
        "text": """
Tear gas in [Zvečan|zvecan] as police take mayors into town halls

Police in northern [Kosovo|kosovo] fired tear gas and stun grenades on Friday to disperse Serbs who tried to stop newly elected ethnic Albanian mayors from entering the municipal building in [Zvečan|zvecan]. Several cars, including a police vehicle, were set on fire, and several officers were lightly hurt, police said.

Special police units also escorted the new mayors into their offices in [Leposavić|leposavic] and [Zubin Potok|zubin_potok], where crowds of Serbs gathered outside. Some protesters carried a banner reading "[Звечан|zvecan] је [Србија|serbia]" ([Zvečan|zvecan] is [Serbia|serbia]).

The mayors won April's local elections in the four Serb-majority municipalities, which Serbs boycotted; turnout was below four percent.

In [Washington|washington], Secretary of State Antony Blinken said the [United States|us|M] strongly condemned the decision of the government in [Pristina|pristina|M] to take over the buildings by force, and warned that it went against Western advice.

[Serbia|serbia|M] said its army was on the highest level of alert and that units had been ordered closer to the boundary with [Kosovo|kosovo].
""",
        "events": [
            {
                "type": "clash",
                "date": "2023-05-26",
                "basis": "relative_to_publication",
                "loc": "zvecan",
                "actors": ["Kosovo Police", "Kosovo Serb protesters"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": None,
                        "who": "police officers",
                        "phrase": "several officers were lightly hurt",
                    },
                ],
                "evidence": "Police in northern Kosovo fired tear gas and stun grenades on Friday to disperse Serbs who tried to stop newly elected ethnic Albanian mayors from entering the municipal building in Zvečan.",
            },
            *[
                {
                    "type": "other",
                    "subtype": "police_operation",
                    "date": "2023-05-26",
                    "basis": "inferred_from_context",
                    "loc": key,
                    "actors": ["Kosovo Police special units"],
                    "evidence": "Special police units also escorted the new mayors into their offices in Leposavić and Zubin Potok, where crowds of Serbs gathered outside.",
                    "note": "one sentence, two places: one event per place",
                }
                for key in ("leposavic", "zubin_potok")
            ],
            *[
                {
                    "type": "protest",
                    "date": "2023-05-26",
                    "basis": "inferred_from_context",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "evidence": "Special police units also escorted the new mayors into their offices in Leposavić and Zubin Potok, where crowds of Serbs gathered outside.",
                    "note": "same sentence as the police operation",
                }
                for key in ("leposavic", "zubin_potok")
            ],
            {
                "type": "political_statement",
                "date": "2023-05-26",
                "basis": "inferred_from_context",
                "loc": "washington",
                "actors": ["Antony Blinken"],
                "evidence": "In Washington, Secretary of State Antony Blinken said the United States strongly condemned the decision of the government in Pristina to take over the buildings by force, and warned that it went against Western advice.",
                "note": "statement; not for recall",
            },
            {
                "type": "military_buildup",
                "date": "2023-05-26",
                "basis": "inferred_from_context",
                "actors": ["Serbian Armed Forces"],
                "evidence": "Serbia said its army was on the highest level of alert and that units had been ordered closer to the boundary with Kosovo.",
                "location_note": "Serbian side of the boundary; no place named",
            },
        ],
    },
    {
        "id": "bl-014",
        "outlet": "regional English-language outlet style (written for sitmap)",
        "publication_date": "2024-02-21",
        "topic": "Police search branches of Serbia's Postal Savings Bank in the north (Feb 2024), weeks after the dinar ban",
        "confusable": "'Postal Savings Bank' and 'Kosovo Police' are names; the Serbian reaction comes from Belgrade; Novi Pazar and Raška are in Serbia.",
        "text": """
Police raid Serbian bank offices in north [Kosovo|kosovo]

{Kosovo Police|n} officers on Tuesday entered branches of [Serbia|serbia|M]'s Postal Savings Bank in [North Mitrovica|north_mitrovica] and other towns in the north, searching the premises and taking away documents and cash. Police said the branches had been operating outside [Kosovo|kosovo|M]'s banking rules.

The searches came less than three weeks after the central bank made the euro the only currency for cash payments, ending the use of the Serbian dinar in offices, shops and banks. Since then, many Serb pensioners have travelled to [Raška|raska] or [Novi Pazar|novi_pazar] across the line to withdraw their money.

In [Belgrade|belgrade|M], officials condemned the raids and said they would raise the matter with the EU. Serb political leaders in [Kosovska Mitrovica|mitrovica|L|mun=North Mitrovica;amb=1] said people had been left without access to their savings.

The Quint countries — the [United States|us|M], [Britain|uk|M], [France|france|M], [Germany|germany|M] and [Italy|italy|M] — have asked [Pristina|pristina|M] to slow down and to give the Serb community more time to adjust.
""",
        "events": [
            {
                "type": "other",
                "subtype": "police_operation",
                "date": "2024-02-20",
                "basis": "relative_to_publication",
                "loc": "north_mitrovica",
                "actors": ["Kosovo Police"],
                "evidence": "Kosovo Police officers on Tuesday entered branches of Serbia's Postal Savings Bank in North Mitrovica and other towns in the north, searching the premises and taking away documents and cash.",
                "note": "the other towns are not named",
            },
            {
                "type": "other",
                "subtype": "currency_regulation",
                "date_range": ["2024-01-31", "2024-02-02"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["Central Bank of Kosovo"],
                "evidence": "The searches came less than three weeks after the central bank made the euro the only currency for cash payments, ending the use of the Serbian dinar in offices, shops and banks.",
                "background": True,
            },
            {
                "type": "political_statement",
                "date": "2024-02-20",
                "basis": "inferred_from_context",
                "loc": "belgrade",
                "actors": ["Government of Serbia"],
                "evidence": "In Belgrade, officials condemned the raids and said they would raise the matter with the EU.",
                "note": "statement; not for recall",
            },
        ],
    },
]
