# ruff: noqa: E501  (prose data: article texts and evidence sentences are kept on one line each)
"""Held-out articles in marked-up form (mark syntax in eval/labelkit.py).

Every text was written for sitmap in the author's own words. Facts are limited to widely
reported ones; where a detail was uncertain it was left out rather than invented. Outlet names
describe the style imitated, not a real source.
"""

from __future__ import annotations

from typing import Any

SET_LABEL = "held-out"  # names the set in each record's publication_date_source

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "ho-001",
        "outlet": "wire-service style report (written for sitmap)",
        "publication_date": "2023-09-24",
        "topic": "Banjska attack: police sergeant killed, gunmen in the monastery (24 Sep 2023)",
        "confusable": "'Raska-Prizren' in the diocese name is not a place mention; Belgrade appears as the seat of government and as the place of a speech.",
        "text": """
{Kosovo police officer|n} killed in ambush near Serbian monastery

[PRISTINA|pristina|D], [Kosovo|kosovo|D] (AP) — Heavily armed men ambushed a police patrol in northern [Kosovo|kosovo] early Sunday, killing one officer, and then barricaded themselves inside a Serbian Orthodox monastery, officials said.

Police said the patrol had been sent to the village of [Banjska|banjska] in [Zvecan|zvecan] municipality after two trucks without license plates were found blocking a bridge at the entrance to the village. The officers came under fire from several positions. Sergeant Afrim Bunjaku was killed and another officer was wounded.

{Kosovo Police|n} later said about 30 gunmen had taken cover in the grounds of the [Banjska|banjska] monastery, where a group of pilgrims was also staying. Special police units surrounded the compound, and exchanges of fire continued for much of the day. By the evening, police said three of the attackers had been killed.

Prime Minister Albin Kurti blamed [Belgrade|belgrade|M], describing the gunmen as professionals backed by the Serbian state. Serbian President Aleksandar Vucic, speaking in [Belgrade|belgrade] late on Sunday, said Kurti alone was responsible for the bloodshed.

The Serbian Orthodox {Diocese of Raska-Prizren|n} said the armed group had forced its way through the monastery gate with an armored vehicle. KFOR, the NATO-led peacekeeping force, said it was following the situation closely. It was the deadliest violence in [Kosovo|kosovo] in years.
""",
        "events": [
            {
                "type": "armed_attack",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["armed group of Kosovo Serbs", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "killed",
                        "value": 1,
                        "who": "police officer",
                        "phrase": "killing one officer",
                    },
                    {
                        "kind": "injured",
                        "value": 1,
                        "who": "police officer",
                        "phrase": "another officer was wounded",
                    },
                    {
                        "kind": "attackers",
                        "value": 30,
                        "qualifier": "about",
                        "who": "gunmen",
                        "phrase": "about 30 gunmen",
                    },
                ],
                "evidence": "Heavily armed men ambushed a police patrol in northern Kosovo early Sunday, killing one officer, and then barricaded themselves inside a Serbian Orthodox monastery, officials said.",
                "location_note": "the sentence says only 'northern Kosovo'; the next paragraph names Banjska",
            },
            {
                "type": "clash",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["Kosovo Police special units", "armed group"],
                "numbers": [
                    {
                        "kind": "killed",
                        "value": 3,
                        "who": "attackers",
                        "phrase": "three of the attackers had been killed",
                    },
                ],
                "evidence": "Special police units surrounded the compound, and exchanges of fire continued for much of the day.",
                "location_note": "Banjska monastery compound",
            },
            {
                "type": "political_statement",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "belgrade",
                "actors": ["Aleksandar Vucic"],
                "evidence": "Serbian President Aleksandar Vucic, speaking in Belgrade late on Sunday, said Kurti alone was responsible for the bloodshed.",
                "note": "statement; not for recall",
            },
        ],
    },
    {
        "id": "ho-002",
        "outlet": "regional English-language outlet style (written for sitmap)",
        "publication_date": "2024-11-30",
        "topic": "Explosion on the Ibër-Lepenc canal at Varage, Zubin Potok (29 Nov 2024)",
        "confusable": "The canal and the rivers Ibër/Lepenc are not marked (rivers and canals are not places in this schema); the lake is marked as place_type 'lake'.",
        "text": """
Blast hits Ibër-Lepenc canal in [Zubin Potok|zubin_potok], water supply at risk

An explosion on Friday evening tore open a section of the Ibër-Lepenc canal near the village of [Varagë|varage] in [Zubin Potok|zubin_potok], the channel that cools [Kosovo|kosovo]'s two coal-fired power plants in [Obiliq|obiliq] and brings raw water to the treatment plant serving much of [Prishtina|pristina].

Police said explosives had been placed against the wall of the canal. Videos shared overnight showed water gushing down the slope below the channel.

The canal draws its water from the [Ujman|gazivode] reservoir, called [Gazivode|gazivode] in Serbian, which lies across the line between [Kosovo|kosovo] and [Serbia|serbia]. Utility officials told residents of the capital to use water sparingly while repairs were assessed.

Prime Minister Albin Kurti called the blast a criminal and terrorist attack on critical infrastructure and said it had been carried out by gangs directed from [Belgrade|belgrade|M]. Serbian officials rejected the accusation and condemned the attack.

It was the most serious security incident in the north since September 2023, when a group of armed Serbs attacked {Kosovo Police|n} officers in [Banjska|banjska].
""",
        "events": [
            {
                "type": "explosion",
                "date": "2024-11-29",
                "basis": "relative_to_publication",
                "loc": "varage",
                "actors": ["unknown perpetrators"],
                "evidence": "An explosion on Friday evening tore open a section of the Ibër-Lepenc canal near the village of Varagë in Zubin Potok, the channel that cools Kosovo's two coal-fired power plants in Obiliq and brings raw water to the treatment plant serving much of Prishtina.",
            },
            {
                "type": "political_statement",
                "date": "2024-11-29",
                "precision": "day",
                "basis": "inferred_from_context",
                "actors": ["Albin Kurti"],
                "evidence": "Prime Minister Albin Kurti called the blast a criminal and terrorist attack on critical infrastructure and said it had been carried out by gangs directed from Belgrade.",
                "note": "statement; not for recall",
            },
            {
                "type": "armed_attack",
                "date": "2023-09",
                "precision": "month",
                "basis": "explicit",
                "loc": "banjska",
                "actors": ["armed Kosovo Serbs", "Kosovo Police"],
                "evidence": "It was the most serious security incident in the north since September 2023, when a group of armed Serbs attacked Kosovo Police officers in Banjska.",
                "background": True,
            },
        ],
    },
    {
        "id": "ho-003",
        "outlet": "translated Serbian-language portal style (written for sitmap)",
        "publication_date": "2023-05-30",
        "topic": "Zvečan clash between protesters and KFOR (29 May 2023); police entry into municipal buildings (26 May)",
        "confusable": "Stilted translation; 'Zvecen' and 'Leposavich' are misspellings; the quote spells Zvečan in Cyrillic.",
        "text": """
More than fifty Serbs injured in [Zvečan|zvecan], KFOR soldiers also wounded

[ZVEČAN|zvecan|D] – In yesterday's events in front of the building of the municipality of [Zvečan|zvecan|L|type=municipality], 52 Serbs were injured, of which three heavily, it was announced from the Serbian side. The citizens were gathered since Friday in order to express disagreement with the entering of the Albanian mayors in the municipal buildings, which was done with the help of the special units of the so-called {Kosovo Police|n}.

According to the announcement of NATO, about 30 soldiers of the KFOR mission, members of the Italian and Hungarian contingents, received injuries, among them fractures and burns from improvised explosive incendiary devices. The mission stated that its members were attacked while they were separating the sides.

"Our people in [Звечан|zvecan] defended only their doorstep, nothing more," said one of the gathered, who did not want to give the name.

On Friday the special police entered the municipal buildings in [Zvecen|zvecan], [Leposavich|leposavic] and [Zubin Potok|zubin_potok], where the mayors elected in the April elections with less than four percent of voters had to take the office. The Serbs did not take part in these elections.

The President of [Serbia|serbia|M] Aleksandar Vučić ordered the army to the highest combat readiness and the units to move closer to the administrative line.
""",
        "events": [
            {
                "type": "clash",
                "date": "2023-05-29",
                "basis": "relative_to_publication",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 52,
                        "who": "Serbs (per the Serbian side)",
                        "phrase": "52 Serbs were injured",
                    },
                    {
                        "kind": "injured",
                        "value": 3,
                        "who": "seriously injured Serbs (subset)",
                        "phrase": "three heavily",
                    },
                    {
                        "kind": "injured",
                        "value": 30,
                        "qualifier": "about",
                        "who": "KFOR soldiers (per NATO)",
                        "phrase": "about 30 soldiers of the KFOR mission",
                    },
                ],
                "evidence": "In yesterday's events in front of the building of the municipality of Zvečan, 52 Serbs were injured, of which three heavily, it was announced from the Serbian side.",
                "location_note": "in front of the municipal building in Zvečan",
            },
            *[
                {
                    "type": "other",
                    "subtype": "police_operation",
                    "date": "2023-05-26",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Police special units"],
                    "evidence": "On Friday the special police entered the municipal buildings in Zvecen, Leposavich and Zubin Potok, where the mayors elected in the April elections with less than four percent of voters had to take the office.",
                    "background": True,
                    "note": "one sentence, three places: one event per place; 'Friday' before a Tuesday publication is 26 May 2023",
                }
                for key in ("zvecan", "leposavic", "zubin_potok")
            ],
            {
                "type": "military_buildup",
                "date": "2023-05-26",
                "basis": "external",
                "actors": ["Serbian Armed Forces", "Aleksandar Vučić"],
                "evidence": "The President of Serbia Aleksandar Vučić ordered the army to the highest combat readiness and the units to move closer to the administrative line.",
                "background": True,
                "note": "no date in the text; the order was reported on 26 May 2023; location is Serbia's side of the line, not named",
            },
        ],
    },
    {
        "id": "ho-004",
        "outlet": "live blog style (written for sitmap)",
        "publication_date": "2023-09-29",
        "topic": "Live blog after Banjska: NATO reinforcements, US warning on Serbian build-up, Radoičić claim",
        "confusable": "The Serbian build-up is 'along the border with Kosovo', so it has no Kosovo location.",
        "text": """
Live: tensions in northern [Kosovo|kosovo] after the [Banjska|banjska] attack

15:20 — Milan Radoičić, a senior official of the main {Kosovo Serb|e} party, says in a statement read out by his lawyer in [Belgrade|belgrade] that he organised the armed group and takes sole responsibility. He says he did not inform anyone in [Belgrade|belgrade|M] or in the party.

14:05 — NATO has authorised additional forces for its peacekeeping mission, the alliance says, after what it calls the deadly attack on the {Kosovo Police|n} last Sunday. No numbers were given.

13:40 — [Washington|washington|M] says its officials are watching Serbian artillery, tanks and mechanised infantry gather near the boundary with [Kosovo|kosovo] in numbers not seen for years. A spokesman there describes the build-up as destabilising.

12:10 — In [Beograd|belgrade|M], President Aleksandar Vučić repeats that [Serbia|serbia|M] does not want a war.

10:30 — {Kosovo police|n} officers remain deployed around the village of [Banjska|banjska] in [Zveçan|zvecan], where forensic teams are still going through the weapons and vehicles left behind by the attackers.

08:45 — Good morning. To recap: on Sunday, about 30 gunmen attacked police near [Banjska|banjska], killing Sergeant Afrim Bunjaku, before a stand-off at the monastery in which three of the attackers died.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2023-09-29",
                "basis": "relative_to_publication",
                "loc": "belgrade",
                "actors": ["Milan Radoičić"],
                "evidence": "Milan Radoičić, a senior official of the main Kosovo Serb party, says in a statement read out by his lawyer in Belgrade that he organised the armed group and takes sole responsibility.",
                "note": "claim of responsibility; not for recall",
            },
            {
                "type": "deployment",
                "date": "2023-09-29",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["NATO", "KFOR"],
                "evidence": "NATO has authorised additional forces for its peacekeeping mission, the alliance says, after what it calls the deadly attack on the Kosovo Police last Sunday.",
                "note": "reinforcement authorised, no numbers",
            },
            {
                "type": "military_buildup",
                "date": "2023-09-29",
                "basis": "relative_to_publication",
                "actors": ["Serbian Armed Forces"],
                "evidence": "Washington says its officials are watching Serbian artillery, tanks and mechanised infantry gather near the boundary with Kosovo in numbers not seen for years.",
                "location_note": "Serbian side of the line; Serbia not named in the sentence",
            },
            {
                "type": "political_statement",
                "date": "2023-09-29",
                "basis": "relative_to_publication",
                "loc": "belgrade",
                "actors": ["Aleksandar Vučić"],
                "evidence": "In Beograd, President Aleksandar Vučić repeats that Serbia does not want a war.",
                "note": "statement; not for recall",
            },
            {
                "type": "deployment",
                "date": "2023-09-29",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["Kosovo Police"],
                "evidence": "Kosovo police officers remain deployed around the village of Banjska in Zveçan, where forensic teams are still going through the weapons and vehicles left behind by the attackers.",
            },
            {
                "type": "armed_attack",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["armed group", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "attackers",
                        "value": 30,
                        "qualifier": "about",
                        "who": "gunmen",
                        "phrase": "about 30 gunmen",
                    },
                    {
                        "kind": "killed",
                        "value": 1,
                        "who": "police sergeant",
                        "phrase": "killing Sergeant Afrim Bunjaku",
                    },
                    {
                        "kind": "killed",
                        "value": 3,
                        "who": "attackers",
                        "phrase": "three of the attackers died",
                    },
                ],
                "evidence": "To recap: on Sunday, about 30 gunmen attacked police near Banjska, killing Sergeant Afrim Bunjaku, before a stand-off at the monastery in which three of the attackers died.",
                "background": True,
            },
        ],
    },
    {
        "id": "ho-005",
        "outlet": "wire-service brief style (written for sitmap)",
        "publication_date": "2022-12-27",
        "topic": "Serbia puts army on highest combat readiness; chief of staff sent to Raška (26 Dec 2022)",
        "confusable": "Raška is in Serbia; the Serbian measures are not Kosovo events.",
        "text": """
[Serbia|serbia|M] puts army on highest alert as [Kosovo|kosovo] roadblocks stay up

[BELGRADE|belgrade|D], Dec 27 (Reuters) - [Serbia|serbia|M] has put its army on the highest level of combat readiness, Defence Minister Milos Vucevic said late on Monday, as {Kosovo Serbs|e} kept up roadblocks in northern [Kosovo|kosovo] for a third week.

President Aleksandar Vucic also ordered the chief of the general staff, General Milan Mojsilovic, to go to the area near the administrative line, the ministry said. Mojsilovic travelled to [Raska|raska], a town in [Serbia|serbia] on the road to the [Jarinje|jarinje] crossing.

Local Serbs put up the barricades on Dec. 10, after the arrest of a former Serb police officer, blocking roads leading to the two main crossings with [Serbia|serbia] and cutting off the north from the rest of [Kosovo|kosovo].

The government in [Pristina|pristina|M] has asked the NATO-led KFOR mission to remove the roadblocks and says it will otherwise act on its own. [Belgrade|belgrade|M] has asked for permission to send up to 1,000 soldiers and police into [Kosovo|kosovo] under a U.N. resolution from 1999, a request that KFOR rejected.
""",
        "events": [
            {
                "type": "military_buildup",
                "date": "2022-12-26",
                "basis": "relative_to_publication",
                "actors": ["Serbian Armed Forces"],
                "evidence": "Serbia has put its army on the highest level of combat readiness, Defence Minister Milos Vucevic said late on Monday, as Kosovo Serbs kept up roadblocks in northern Kosovo for a third week.",
                "note": "readiness raised in Serbia; location not a place in Kosovo",
            },
            {
                "type": "deployment",
                "date": "2022-12-26",
                "basis": "inferred_from_context",
                "loc": "raska",
                "actors": ["General Milan Mojsilovic"],
                "evidence": "Mojsilovic travelled to Raska, a town in Serbia on the road to the Jarinje crossing.",
                "note": "the chief of staff sent to the line; date from 'late on Monday' context",
            },
            {
                "type": "barricade",
                "date": "2022-12-10",
                "basis": "explicit",
                "loc": "kosovo",
                "actors": ["Kosovo Serbs"],
                "evidence": "Local Serbs put up the barricades on Dec. 10, after the arrest of a former Serb police officer, blocking roads leading to the two main crossings with Serbia and cutting off the north from the rest of Kosovo.",
                "background": True,
                "location_note": "northern Kosovo; no settlement named",
            },
            {
                "type": "political_statement",
                "date": "2022-12-27",
                "basis": "relative_to_publication",
                "actors": ["Government of Kosovo"],
                "evidence": "The government in Pristina has asked the NATO-led KFOR mission to remove the roadblocks and says it will otherwise act on its own.",
                "note": "statement; not for recall",
            },
        ],
    },
    {
        "id": "ho-006",
        "outlet": "analysis piece style (written for sitmap)",
        "publication_date": "2023-01-15",
        "topic": "Serb communities south of the Ibar; Christmas Eve shooting in Gotovuša, Štrpce (6 Jan 2023)",
        "confusable": "'Mitrovica' here is the whole divided city (no municipality); Sremska Mitrovica is in Serbia; the Ibar river is not marked.",
        "text": """
South of the Ibar, a quieter Serb [Kosovo|kosovo] feels the strain

The barricades that went up in the north in December drew most of the attention, but more than half of the {Kosovo Serbs|e} live south of the Ibar river, in places such as [Gračanica|gracanica], [Štrpce|strpce], [Novo Brdo|novo_brdo] and the villages around [Gjilan|gjilan], [Kamenica|kamenica] and [Lipjan|lipjan]. Unlike the north, these communities are surrounded by Albanian-majority areas and depend on daily contact with them.

That contact was tested on Orthodox Christmas Eve, when two young Serbs, one of them eleven years old, were wounded by gunfire in [Gotovuša|gotovusa] ([Gotovushë|gotovusa]), a village in the municipality of [Shtërpcë|strpce|L|type=municipality] below the ski resort of [Brezovica|brezovica]. Police later arrested a suspect. Leaders of both communities called for calm.

In the north, the divided city of [Mitrovica|mitrovica|L|mun=none] – [Kosovska Mitrovica|mitrovica|L|mun=none] in Serbian usage, to set it apart from [Sremska Mitrovica|sremska_mitrovica] in [Vojvodina|vojvodina] – remains the symbol of separation. Many Serbs in the south say they fear that any new crisis there will again be felt first by the small enclaves.

Officials in [Pristina|pristina|M] point out that Serb-majority municipalities in the south have taken part in [Kosovo|kosovo|M] institutions since 2013, while {Kosovo Albanian|e} politicians in [Gjilan|gjilan] say relations at local level remain good.
""",
        "events": [
            {
                "type": "barricade",
                "date": "2022-12",
                "precision": "month",
                "basis": "explicit",
                "loc": "kosovo",
                "actors": ["Kosovo Serbs"],
                "evidence": "The barricades that went up in the north in December drew most of the attention, but more than half of the Kosovo Serbs live south of the Ibar river, in places such as Gračanica, Štrpce, Novo Brdo and the villages around Gjilan, Kamenica and Lipjan.",
                "background": True,
                "location_note": "'the north' of Kosovo; the places named in the sentence are not the barricade sites",
            },
            {
                "type": "armed_attack",
                "date": "2023-01-06",
                "basis": "explicit_derived",
                "loc": "gotovusa",
                "actors": ["unknown gunman"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 2,
                        "who": "young Serbs",
                        "phrase": "two young Serbs",
                    },
                ],
                "evidence": "That contact was tested on Orthodox Christmas Eve, when two young Serbs, one of them eleven years old, were wounded by gunfire in Gotovuša (Gotovushë), a village in the municipality of Shtërpcë below the ski resort of Brezovica.",
                "note": "Orthodox Christmas Eve is 6 January",
            },
            {
                "type": "arrest",
                "date": "2023-01",
                "precision": "month",
                "basis": "inferred_from_context",
                "actors": ["Kosovo Police"],
                "numbers": [
                    {"kind": "arrested", "value": 1, "who": "suspect", "phrase": "a suspect"}
                ],
                "evidence": "Police later arrested a suspect.",
                "location_note": "place of arrest not given",
            },
        ],
    },
]

ARTICLES += [
    {
        "id": "ho-007",
        "outlet": "wire-service style report (written for sitmap)",
        "publication_date": "2021-09-20",
        "topic": "Licence-plate row: special police at Jarinje and Brnjak, Serb roadblocks (20 Sep 2021)",
        "confusable": "The dateline JARINJE is not an event site by itself; the roadblocks are near both crossings.",
        "text": """
[Kosovo|kosovo|M] sends special police to border crossings in license plate dispute

[JARINJE|jarinje|D], [Kosovo|kosovo|D] (AP) — Hundreds of ethnic Serbs blocked the roads leading to two border crossings in northern [Kosovo|kosovo] on Monday, protesting a government decision to remove Serbian license plates from cars entering the country.

[Kosovo|kosovo|M] sent special police units with armored vehicles to the [Jarinje|jarinje] and [Brnjak|brnjak] crossings to enforce the rule, which took effect at midnight. Drivers of cars with plates issued by [Serbia|serbia|M] now have to replace them at the border with temporary [Kosovo|kosovo|O] plates, valid for 60 days, for a fee of 5 euros.

The protesters parked trucks and cars across the roads near both crossings and said they would not leave until the police pulled back. Long lines of vehicles formed on the Serbian side.

The government of Prime Minister Albin Kurti says the measure mirrors a rule [Serbia|serbia|M] has applied for more than a decade to cars with [Kosovo|kosovo|O] plates. Officials in [Belgrade|belgrade|M] accused Kurti of provoking the local Serbs and called on the international community to react.

[Kosovo|kosovo|M] declared independence from [Serbia|serbia|M] in 2008, a move [Belgrade|belgrade|M] still refuses to recognize.
""",
        "events": [
            *[
                {
                    "type": "barricade",
                    "date": "2021-09-20",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "numbers": [
                        {
                            "kind": "other",
                            "value": None,
                            "qualifier": "hundreds",
                            "who": "protesters",
                            "phrase": "Hundreds of ethnic Serbs",
                        }
                    ],
                    "evidence": "Hundreds of ethnic Serbs blocked the roads leading to two border crossings in northern Kosovo on Monday, protesting a government decision to remove Serbian license plates from cars entering the country.",
                    "location_note": "roads leading to the Jarinje and Brnjak crossings (named in the next sentence)",
                }
                for key in ("jarinje", "brnjak")
            ],
            *[
                {
                    "type": "deployment",
                    "date": "2021-09-20",
                    "basis": "inferred_from_context",
                    "loc": key,
                    "actors": ["Kosovo Police special units"],
                    "evidence": "Kosovo sent special police units with armored vehicles to the Jarinje and Brnjak crossings to enforce the rule, which took effect at midnight.",
                }
                for key in ("jarinje", "brnjak")
            ],
        ],
    },
    {
        "id": "ho-008",
        "outlet": "regional English-language outlet style (written for sitmap)",
        "publication_date": "2021-10-02",
        "topic": "KFOR takes over at Jarinje and Brnjak, special police withdraw under the Brussels deal (2 Oct 2021)",
        "confusable": "Brussels is where the deal was reached, not an event site.",
        "text": """
KFOR moves in at [Jarinje|jarinje] and [Brnjak|brnjak] as special police pull back

NATO-led KFOR troops on Saturday took up positions at the [Jarinje|jarinje] and [Brnjak|brnjak] crossings between [Kosovo|kosovo] and [Serbia|serbia], as the special units of the {Kosovo Police|n} withdrew under a deal reached in [Brussels|brussels] on Thursday.

Under the agreement, mediated by the EU envoy Miroslav Lajčák, both sides will cover national symbols on license plates with stickers from Monday instead of forcing drivers to change plates. A working group led by the EU is to look for a permanent solution.

Local Serbs began removing the trucks that had blocked the roads for almost two weeks, and traffic through [Jarinje|jarinje] resumed in the afternoon.

During the standoff [Serbia|serbia|M] raised the readiness of its army, armored vehicles were seen on the Serbian side near the crossings, and military jets flew close to the boundary. Offices of the [Kosovo|kosovo|M] vehicle registry in the north were attacked, one of them set on fire.

The license plate row was the most serious dispute between [Pristina|pristina|M] and [Belgrade|belgrade|M] since the two sides agreed to normalise relations in 2013.
""",
        "events": [
            *[
                {
                    "type": "deployment",
                    "date": "2021-10-02",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["KFOR"],
                    "evidence": "NATO-led KFOR troops on Saturday took up positions at the Jarinje and Brnjak crossings between Kosovo and Serbia, as the special units of the Kosovo Police withdrew under a deal reached in Brussels on Thursday.",
                }
                for key in ("jarinje", "brnjak")
            ],
            *[
                {
                    "type": "withdrawal",
                    "date": "2021-10-02",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Police special units"],
                    "evidence": "NATO-led KFOR troops on Saturday took up positions at the Jarinje and Brnjak crossings between Kosovo and Serbia, as the special units of the Kosovo Police withdrew under a deal reached in Brussels on Thursday.",
                    "note": "same sentence as the KFOR deployment",
                }
                for key in ("jarinje", "brnjak")
            ],
            {
                "type": "other",
                "subtype": "barricade_removal",
                "date": "2021-10-02",
                "basis": "inferred_from_context",
                "loc": "jarinje",
                "actors": ["Kosovo Serbs"],
                "evidence": "Local Serbs began removing the trucks that had blocked the roads for almost two weeks, and traffic through Jarinje resumed in the afternoon.",
            },
            {
                "type": "military_buildup",
                "date_range": ["2021-09-20", "2021-10-01"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["Serbian Armed Forces"],
                "evidence": "During the standoff Serbia raised the readiness of its army, armored vehicles were seen on the Serbian side near the crossings, and military jets flew close to the boundary.",
                "background": True,
                "location_note": "Serbian side of the line; no place named",
            },
            {
                "type": "armed_attack",
                "date_range": ["2021-09-20", "2021-10-01"],
                "precision": "range",
                "basis": "inferred_from_context",
                "loc": "kosovo",
                "actors": ["unknown attackers"],
                "evidence": "Offices of the Kosovo vehicle registry in the north were attacked, one of them set on fire.",
                "background": True,
                "location_note": "'in the north' of Kosovo; towns not named",
                "note": "arson/attack on offices; typed armed_attack for lack of a closer type",
            },
        ],
    },
    {
        "id": "ho-009",
        "outlet": "short news brief style (written for sitmap)",
        "publication_date": "2021-10-13",
        "topic": "Anti-smuggling police operation; clashes in North Mitrovica (13 Oct 2021)",
        "confusable": "The operation covered several towns; only North Mitrovica is named as a clash site.",
        "text": """
Tear gas in [North Mitrovica|north_mitrovica] as police raid targets smuggling

Police fired tear gas at stone-throwing crowds in [North Mitrovica|north_mitrovica] on Wednesday as officers carried out what the government described as an operation against the smuggling of goods. Searches were made in several towns across [Kosovo|kosovo], but the confrontation broke out mainly in the Serb-majority north, where residents gathered to stop the police vehicles.

Several people, police officers among them, were injured. A local man was wounded by a gunshot, according to hospital staff in the northern part of the city.

A staff member of the UN mission in [Kosovo|kosovo], a Russian citizen, was injured and briefly detained during the unrest. The authorities in [Pristina|pristina|M] later declared him persona non grata, a decision [Moscow|moscow|M] condemned.

Serbian President Aleksandar Vučić said the army had been placed on increased readiness, and he accused the government in [Prishtinë|pristina|M] of trying to frighten the Serbs. Interior minister Xhelal Sveçla said the operation was aimed at criminals, not at any community.
""",
        "events": [
            {
                "type": "clash",
                "date": "2021-10-13",
                "basis": "relative_to_publication",
                "loc": "north_mitrovica",
                "actors": ["Kosovo Police", "Kosovo Serb residents"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": None,
                        "qualifier": "several",
                        "who": "people including police officers",
                        "phrase": "Several people, police officers among them, were injured",
                    }
                ],
                "evidence": "Police fired tear gas at stone-throwing crowds in North Mitrovica on Wednesday as officers carried out what the government described as an operation against the smuggling of goods.",
            },
            {
                "type": "other",
                "subtype": "police_operation",
                "date": "2021-10-13",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["Kosovo Police"],
                "evidence": "Searches were made in several towns across Kosovo, but the confrontation broke out mainly in the Serb-majority north, where residents gathered to stop the police vehicles.",
                "location_note": "several unnamed towns",
            },
            {
                "type": "military_buildup",
                "date": "2021-10-13",
                "basis": "inferred_from_context",
                "actors": ["Serbian Armed Forces"],
                "evidence": "Serbian President Aleksandar Vučić said the army had been placed on increased readiness, and he accused the government in Prishtinë of trying to frighten the Serbs.",
                "location_note": "Serbia; no place named",
            },
        ],
    },
    {
        "id": "ho-010",
        "outlet": "analysis piece style (written for sitmap)",
        "publication_date": "2024-03",
        "topic": "Land of the Visoki Dečani monastery registered (March 2024); no security event",
        "confusable": "'Dečani' inside the monastery name is in_name; Deçan municipality is the administrative unit; Peja/Peć hosts the KFOR regional command.",
        "text": """
Eight years on, [Kosovo|kosovo|M] enforces ruling on [Dečani|decani|N] monastery land

The Serbian Orthodox monastery of Visoki [Dečani|decani|N] stands in a wooded valley above the town of [Deçan|decani] in western [Kosovo|kosovo]. In March 2024 the cadastral agency registered about 24 hectares of land in the monastery's name, implementing a 2016 judgment of the Constitutional Court that had long been ignored.

The ruling had been contested by the municipality of [Deçan|decani|L|type=municipality], whose leaders said the land belonged to local socially owned enterprises. For years, Western embassies listed its implementation as a test of the rule of law in [Kosovo|kosovo].

The fourteenth-century monastery, a UNESCO World Heritage site, is the last religious site in the country still guarded by NATO peacekeepers. Italian troops of KFOR, whose western regional command is based in [Peja|peja] ([Peć|peja]), have watched over it since 1999.

Many families in the valley count veterans of the {Kosovo Liberation Army|n} among their relatives, and the border with [Albania|albania] lies just beyond the mountains.

In [Pristina|pristina|M], the government of Albin Kurti presented the step as proof of its respect for minority heritage, a point it is keen to make while it seeks membership of the {Council of Europe|n}.
""",
        "events": [],
    },
    {
        "id": "ho-011",
        "outlet": "short news brief style (written for sitmap)",
        "publication_date": "2023-06-26",
        "topic": "Serbian court in Kraljevo releases the three Kosovo policemen arrested on 14 June 2023",
        "confusable": "Kraljevo is in Serbia (release site); Raška is Serbia's version of the arrest site; Leposavić is Kosovo's.",
        "text": """
Serbian court frees three {Kosovo police officers|n}

A court in [Kraljevo|kraljevo] on Monday ordered the release of three {Kosovo police officers|n} who had been held in [Serbia|serbia] since mid-June, and they returned to [Kosovo|kosovo] later in the day.

The three were detained on 14 June. [Belgrade|belgrade|M] said they had crossed into Serbian territory near [Raška|raska] carrying weapons, while [Pristina|pristina|M] said they were abducted inside [Kosovo|kosovo], in the municipality of [Leposavić|leposavic|L|type=municipality], and taken across the line.

The arrests came as tension in the north was already high after violent protests in [Zvečan|zvecan] at the end of May, when dozens of KFOR soldiers were injured. EU and [U.S.|us|M] diplomats had called for the officers to be freed as a step towards calming the situation.

The officers will face trial in [Serbia|serbia] while at liberty, the court said. The case had added to the strain between [Pristina|pristina|M] and [Belgrade|belgrade|M], already high over the ethnic Albanian mayors installed in the north in May.
""",
        "events": [
            {
                "type": "other",
                "subtype": "detainee_release",
                "date": "2023-06-26",
                "basis": "relative_to_publication",
                "loc": "kraljevo",
                "actors": ["court in Kraljevo", "three Kosovo Police officers"],
                "numbers": [
                    {
                        "kind": "other",
                        "value": 3,
                        "who": "released police officers",
                        "phrase": "three Kosovo police officers who had been held",
                    }
                ],
                "evidence": "A court in Kraljevo on Monday ordered the release of three Kosovo police officers who had been held in Serbia since mid-June, and they returned to Kosovo later in the day.",
            },
            {
                "type": "arrest",
                "date": "2023-06-14",
                "basis": "explicit",
                "loc": "leposavic",
                "mun": "Leposavić",
                "actors": ["Serbian security forces", "three Kosovo Police officers"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": 3,
                        "who": "Kosovo Police officers",
                        "phrase": "The three were detained",
                    }
                ],
                "evidence": "The three were detained on 14 June.",
                "background": True,
                "location_note": "disputed: Serbia says near Raška (Serbia), Kosovo says in Leposavić municipality; gold follows the place the text gives for Kosovo's version",
            },
            {
                "type": "clash",
                "date": "2023-05",
                "precision": "month",
                "basis": "explicit",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": None,
                        "qualifier": "dozens",
                        "who": "KFOR soldiers",
                        "phrase": "dozens of KFOR soldiers",
                    }
                ],
                "evidence": "The arrests came as tension in the north was already high after violent protests in Zvečan at the end of May, when dozens of KFOR soldiers were injured.",
                "background": True,
            },
        ],
    },
    {
        "id": "ho-012",
        "outlet": "translated Serbian-language portal style (written for sitmap)",
        "publication_date": "2022-12-29",
        "topic": "Barricades in the north removed after Vučić's meeting with Kosovo Serbs in Raška (28-29 Dec 2022)",
        "confusable": "The meeting was in Raška (Serbia); Merdare (Podujevo) was closed by Kosovo because of the blockade on the Serbian side; Leposavich is a misspelling.",
        "text": """
Removal of barricades in the north began, the Serbs from [Kosovo and Metohija|kosovo|O] accepted the call of the President

The removal of the barricades in the north of [Kosovo and Metohija|kosovo] started this morning, after the citizens accepted the call which the President of [Serbia|serbia|M] Aleksandar Vučić sent at the meeting with them in [Raška|raska] last evening. The trucks were moved away from the roads in [Zubin Potok|zubin_potok], [Leposavich|leposavic] and around [Kosovska Mitrovica|mitrovica|L|mun=North Mitrovica;amb=1].

"Серби са [Косова|kosovo|O] нису терористи," said one of the participants at the meeting, repeating the words of the President that the people had been defending themselves.

The barricades were put since 10 December, after the arrest of the former member of the so-called {Kosovo Police|n} Dejan Pantić, who was transferred yesterday to the house arrest. The representatives of the Serbs said that the barricades remain only in the memory, but the trust was lost.

The authorities in [Priština|pristina|M] had closed on Tuesday the [Merdare|merdare] crossing, after on the other side of the line the citizens blocked the road towards [Niš|nis]. At the meeting the President said that he received guarantees from the international community that nobody who participated in the barricades will be arrested.
""",
        "events": [
            *[
                {
                    "type": "other",
                    "subtype": "barricade_removal",
                    "date": "2022-12-29",
                    "basis": "relative_to_publication",
                    "loc": key,
                    **({"mun": "North Mitrovica"} if key == "mitrovica" else {}),
                    "actors": ["Kosovo Serbs"],
                    "evidence": "The trucks were moved away from the roads in Zubin Potok, Leposavich and around Kosovska Mitrovica.",
                    "note": "one sentence, three places",
                }
                for key in ("zubin_potok", "leposavic", "mitrovica")
            ],
            {
                "type": "political_statement",
                "date": "2022-12-28",
                "basis": "relative_to_publication",
                "loc": "raska",
                "actors": ["Aleksandar Vučić"],
                "evidence": "The removal of the barricades in the north of Kosovo and Metohija started this morning, after the citizens accepted the call which the President of Serbia Aleksandar Vučić sent at the meeting with them in Raška last evening.",
                "note": "meeting and call; not for recall",
            },
            {
                "type": "barricade",
                "date": "2022-12-10",
                "basis": "explicit",
                "loc": "kosovo",
                "actors": ["Kosovo Serbs"],
                "evidence": "The barricades were put since 10 December, after the arrest of the former member of the so-called Kosovo Police Dejan Pantić, who was transferred yesterday to the house arrest.",
                "background": True,
                "location_note": "the north of Kosovo",
            },
            {
                "type": "other",
                "subtype": "border_closure",
                "date": "2022-12-27",
                "basis": "relative_to_publication",
                "loc": "merdare",
                "actors": ["Kosovo authorities"],
                "evidence": "The authorities in Priština had closed on Tuesday the Merdare crossing, after on the other side of the line the citizens blocked the road towards Niš.",
                "background": True,
            },
        ],
    },
]

ARTICLES += [
    {
        "id": "ho-013",
        "outlet": "defence news outlet style (written for sitmap)",
        "publication_date": "2023-10-02",
        "topic": "UK sends about 200 troops to reinforce KFOR after Banjska (announced 1 Oct 2023)",
        "confusable": "Camp Bondsteel near Ferizaj and Film City in Pristina are bases, not event sites; London is the seat of the announcement.",
        "text": """
British battalion to reinforce NATO force in [Kosovo|kosovo]

[LONDON|london|D] — [Britain|uk|M] will send around 200 soldiers to reinforce the NATO-led KFOR mission in [Kosovo|kosovo], the Ministry of Defence said on Sunday, a week after a deadly attack on {Kosovo police|n} in the north.

The troops come from the 1st Battalion, the Princess of Wales's Royal Regiment. KFOR has operated under a U.N. Security Council resolution since 1999.

The announcement followed NATO's decision to strengthen the mission, which had already received about 700 extra troops in early June after riots in the north injured dozens of peacekeepers.

KFOR has its headquarters at Camp Film City in [Pristina|pristina]. The contingent from the [United States|us|O] is based at Camp Bondsteel near [Ferizaj|ferizaj] ([Uroševac|ferizaj]), while the Italian-led regional command west sits in [Pejë|peja]. Soldiers from [Hungary|hungary|O] and [Italy|italy|O] were among those wounded in [Zveçan|zvecan] in May.

[Serbia|serbia|M] has said it has no intention of sending troops into [Kosovo|kosovo], after [Washington|washington|M] raised concern about a build-up of Serbian forces near the boundary.
""",
        "events": [
            {
                "type": "deployment",
                "date": "2023-10-01",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["British Army", "KFOR"],
                "numbers": [
                    {
                        "kind": "troops",
                        "value": 200,
                        "qualifier": "around",
                        "who": "British soldiers",
                        "phrase": "around 200 soldiers",
                    }
                ],
                "evidence": "Britain will send around 200 soldiers to reinforce the NATO-led KFOR mission in Kosovo, the Ministry of Defence said on Sunday, a week after a deadly attack on Kosovo police in the north.",
                "note": "announced deployment",
            },
            {
                "type": "deployment",
                "date": "2023-06",
                "precision": "month",
                "basis": "explicit",
                "loc": "kosovo",
                "actors": ["NATO", "KFOR"],
                "numbers": [
                    {
                        "kind": "troops",
                        "value": 700,
                        "qualifier": "about",
                        "who": "extra NATO troops",
                        "phrase": "about 700 extra troops",
                    }
                ],
                "evidence": "The announcement followed NATO's decision to strengthen the mission, which had already received about 700 extra troops in early June after riots in the north injured dozens of peacekeepers.",
                "background": True,
            },
            {
                "type": "clash",
                "date": "2023-05",
                "precision": "month",
                "basis": "explicit",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "evidence": "Soldiers from Hungary and Italy were among those wounded in Zveçan in May.",
                "background": True,
            },
            {
                "type": "military_buildup",
                "date": "2023-09",
                "precision": "month",
                "basis": "inferred_from_context",
                "actors": ["Serbian Armed Forces"],
                "evidence": "Serbia has said it has no intention of sending troops into Kosovo, after Washington raised concern about a build-up of Serbian forces near the boundary.",
                "background": True,
                "location_note": "near the boundary on the Serbian side; no place",
            },
        ],
    },
    {
        "id": "ho-014",
        "outlet": "regional English-language outlet style (written for sitmap)",
        "publication_date": "2023-03-19",
        "topic": "Ohrid talks on the implementation annex (18 Mar 2023); no security event",
        "confusable": "Ohrid is in North Macedonia; Tirana and Skopje appear only as governments; no event happened in Kosovo.",
        "text": """
Kurti and Vučić agree on annex in [Ohrid|ohrid], but sign nothing

[OHRID|ohrid|D] — After twelve hours of talks in the lakeside town of [Ohrid|ohrid] on Saturday, the EU said [Kosovo|kosovo|M] and [Serbia|serbia|M] had agreed on how to implement the normalisation deal presented in [Brussels|brussels] last month, although neither leader put his signature to the text.

The EU foreign policy chief Josep Borrell told reporters that the annex would become part of both countries' paths towards the European Union. Prime Minister Albin Kurti said [Serbia|serbia|M] had in effect recognised [Kosovo|kosovo|M]. President Aleksandar Vučić said he had not signed anything and would never recognise [Kosovo|kosovo|M] or its membership in the United Nations.

A central point is the association of Serb-majority municipalities, such as [Gračanica|gracanica] and the four northern municipalities, which [Pristina|pristina|M] has resisted for a decade.

The hosts in [Skopje|skopje|M] and the government in [Tirana|tirana|M] welcomed the outcome. In [Kosovo|kosovo] itself the talks passed without incident, though the boycott of local institutions by {Kosovo Serbs|e} in the north continued.
""",
        "events": [],
    },
    {
        "id": "ho-015",
        "outlet": "analysis piece style (written for sitmap)",
        "publication_date": "2024-05-20",
        "topic": "Mitrovica's divided centre and the main Ibar bridge; background on the north",
        "confusable": "'Mitrovicë e Veriut' is North Mitrovica; bare 'Mitrovica' is the divided city; Vushtrri, Skenderaj and Podujevo are on the roads out of the city; Novi Pazar and Niš are in Serbia.",
        "text": """
One bridge, two towns: [Mitrovica|mitrovica|L|mun=none] between the Ibar and the barricades

Seen from the southern bank, the main bridge over the Ibar in [Mitrovica|mitrovica|L|mun=none] looks like any other. On its northern end begins [Mitrovicë e Veriut|north_mitrovica], or [North Mitrovica|north_mitrovica], one of the four Serb-majority municipalities north of the river, with [Zvečan|zvecan], [Leposavić|leposavic] and [Zubin Potok|zubin_potok].

For most of the past twenty years the bridge has been closed to cars. Italian carabinieri of the KFOR mission still patrol it, alongside officers of the {Kosovo Police|n}. People cross on foot every day to shop, to study, or to visit relatives.

The road south leads through [Vushtrri|vushtrri] ([Vučitrn|vushtrri]) to [Pristina|pristina], less than an hour's drive; the road east from the capital runs through [Podujevo|podujevo] to the [Merdare|merdare] crossing and on to [Niš|nis]; to the west lie the hills of [Skenderaj|skenderaj] ([Srbica|skenderaj]), where the {Kosovo Liberation Army|n} was born in the 1990s. To the north, the roads run to the crossings at [Jarinje|jarinje] and [Brnjak|brnjak] and on to [Raška|raska] and [Novi Pazar|novi_pazar] in [Serbia|serbia].

Many residents trace today's mistrust to the last three years: the license plate standoffs of 2021 and 2022, the barricades of December 2022, the election boycott of April 2023 and the attack in [Banjska|banjska] that September. None of this is visible on a quiet spring afternoon on the bridge, and that, locals say, is exactly the problem.
""",
        "events": [
            {
                "type": "barricade",
                "date": "2022-12",
                "precision": "month",
                "basis": "explicit",
                "actors": ["Kosovo Serbs"],
                "evidence": "Many residents trace today's mistrust to the last three years: the license plate standoffs of 2021 and 2022, the barricades of December 2022, the election boycott of April 2023 and the attack in Banjska that September.",
                "background": True,
                "location_note": "no place given for the barricades",
            },
            {
                "type": "armed_attack",
                "date": "2023-09",
                "precision": "month",
                "basis": "explicit_derived",
                "loc": "banjska",
                "actors": ["armed group"],
                "evidence": "Many residents trace today's mistrust to the last three years: the license plate standoffs of 2021 and 2022, the barricades of December 2022, the election boycott of April 2023 and the attack in Banjska that September.",
                "background": True,
                "note": "same sentence as the barricades; 'that September' = September 2023",
            },
        ],
    },
    {
        "id": "ho-016",
        "outlet": "wire-service style report (written for sitmap)",
        "publication_date": "2022-08-01",
        "topic": "Night of roadblocks, shots and sirens in the north; plate rule postponed; crossings closed (31 Jul 2022)",
        "confusable": "Sirens sounded in North Mitrovica; the roadblocks were near Jarinje and Brnjak; the dateline PRISTINA is not an event site.",
        "text": """
[Kosovo|kosovo|M] delays license plate rule after night of roadblocks and sirens

[PRISTINA|pristina|D], [Kosovo|kosovo|D] (AP) — [Kosovo|kosovo|M]'s government on Sunday night postponed by a month a rule requiring Serbs to replace Serbian-issued license plates and documents, after tensions flared in the north and police said shots were fired in their direction.

Local Serbs parked trucks and heavy machinery on the roads leading to the [Jarinje|jarinje] and [Brnjak|brnjak] border crossings, and police closed both crossings. Air raid sirens sounded for hours in [North Mitrovica|north_mitrovica]. No one was reported injured.

The decision to delay came after requests from the [United States|us|M] and the European Union. Prime Minister Albin Kurti said the barricades and the gunfire were organised from [Belgrade|belgrade|M].

The rule would have required drivers to take [Kosovo|kosovo|O] plates, as [Serbia|serbia|M] has long demanded from drivers with plates from [Kosovo|kosovo|O].

KFOR said it was ready to intervene if stability in the north was threatened. The NATO-led force has about 3,700 soldiers in [Kosovo|kosovo].
""",
        "events": [
            *[
                {
                    "type": "barricade",
                    "date": "2022-07-31",
                    "basis": "inferred_from_context",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "evidence": "Local Serbs parked trucks and heavy machinery on the roads leading to the Jarinje and Brnjak border crossings, and police closed both crossings.",
                }
                for key in ("jarinje", "brnjak")
            ],
            *[
                {
                    "type": "other",
                    "subtype": "border_closure",
                    "date": "2022-07-31",
                    "basis": "inferred_from_context",
                    "loc": key,
                    "actors": ["Kosovo Police"],
                    "evidence": "Local Serbs parked trucks and heavy machinery on the roads leading to the Jarinje and Brnjak border crossings, and police closed both crossings.",
                    "note": "same sentence as the roadblocks",
                }
                for key in ("jarinje", "brnjak")
            ],
            {
                "type": "armed_attack",
                "date": "2022-07-31",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["unknown shooters", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "injured",
                        "value": 0,
                        "who": "anyone",
                        "phrase": "No one was reported injured",
                    }
                ],
                "evidence": "Kosovo's government on Sunday night postponed by a month a rule requiring Serbs to replace Serbian-issued license plates and documents, after tensions flared in the north and police said shots were fired in their direction.",
                "location_note": "'the north' of Kosovo; no place named",
            },
            {
                "type": "other",
                "subtype": "alarm_sirens",
                "date": "2022-07-31",
                "basis": "inferred_from_context",
                "loc": "north_mitrovica",
                "actors": ["unknown"],
                "evidence": "Air raid sirens sounded for hours in North Mitrovica.",
            },
        ],
    },
]

ARTICLES += [
    {
        "id": "ho-017",
        "outlet": "regional English-language outlet style (written for sitmap)",
        "publication_date": "2024-02-26",
        "topic": "Assault on an Orthodox priest in Prizren; suspect detained (25 Feb 2024); heritage background",
        "confusable": "'Raška-Prizren' in the diocese name is excluded; 'Prizren region' is the police region (in_name); Gračanica, Peć and Dečani appear only as monument sites.",
        "text": """
Suspect held after Orthodox priest attacked in [Prizren|prizren]

A man attacked a Serbian Orthodox priest in the centre of [Prizren|prizren] on Sunday morning after taunting a group of pilgrims who had arrived by bus from [Serbia|serbia], local police said. The priest, who had walked over to greet the visitors, was grabbed and had his arm twisted before passers-by intervened and the attacker drove away.

A spokesman for the police in the [Prizren|prizren|N] region said later that a suspect had been detained and would stay in custody for two days.

The {Diocese of Raška-Prizren|n} condemned the attack as an act of ethnic and religious intimidation but stressed that it saw it as an isolated case in a city where its clergy and students live without trouble.

[Prizren|prizren], in the south of [Kosovo|kosovo], is home to the Orthodox seminary of Saints Cyril and Methodius and to the church of Our Lady of Ljeviš, one of four Serbian Orthodox sites listed by UNESCO as the Medieval Monuments in [Kosovo|kosovo] together with the monastery of [Gračanica|gracanica], the Patriarchate of [Peć|peja|N] and Visoki [Dečani|decani|N].

The historic centre of [Prizren|prizren], with its mosques, churches and stone bridge, is protected by a special law adopted by the parliament in [Pristina|pristina|M].
""",
        "events": [
            {
                "type": "other",
                "subtype": "assault",
                "date": "2024-02-25",
                "basis": "relative_to_publication",
                "loc": "prizren",
                "actors": ["unknown man", "Serbian Orthodox priest"],
                "evidence": "A man attacked a Serbian Orthodox priest in the centre of Prizren on Sunday morning after taunting a group of pilgrims who had arrived by bus from Serbia, local police said.",
            },
            {
                "type": "arrest",
                "date": "2024-02-25",
                "basis": "inferred_from_context",
                "actors": ["Kosovo Police"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": 1,
                        "who": "suspect",
                        "phrase": "a suspect had been detained",
                    }
                ],
                "evidence": "A spokesman for the police in the Prizren region said later that a suspect had been detained and would stay in custody for two days.",
                "location_note": "place of detention not given; the police region is not the arrest site",
            },
        ],
    },
]
