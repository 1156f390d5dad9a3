# ruff: noqa: E501  (prose data: article texts and evidence sentences are kept on one line each)
"""Fifth blind set: articles in marked-up form (mark syntax in eval/labelkit.py).

Every text was written for sitmap in the author's own words. Facts are limited to widely
reported ones; where a detail was uncertain it was left vague or the article is flagged
ILLUSTRATIVE in its topic (a typical case, not one verified incident). Outlet names describe the
style imitated, not a real source.
"""

from __future__ import annotations

from typing import Any

SET_LABEL = "blind5"  # names the set in each record's publication_date_source

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b5-001",
        "outlet": "international wire style (written for sitmap)",
        "publication_date": "2022-02-28",
        "topic": "Kosovo's defence minister asks for a permanent US base and a faster NATO path after Russia invades Ukraine (27 Feb 2022); statement only",
        "confusable": "Ferizaj and Uroševac are one town; Washington, Russia and Serbia are metonymic; Ukraine is where the war is.",
        "text": """
[Kosovo|kosovo|M] asks for permanent American base as war rages in [Ukraine|ukraine]

[PRISTINA|pristina|D], Feb 28 — [Kosovo|kosovo|M]'s defence minister has urged [Washington|washington|M] to keep troops in the country for good, saying the invasion of [Ukraine|ukraine] proved how fast the security of a small state can fall apart.

Armend Mehaj wrote on Sunday that a lasting American military presence and a shorter road into NATO had become urgent because of the threat from [Russia|russia|M] and what he called its proxies in the [Balkans|balkans], a remark widely read as aimed at [Serbia|serbia|M].

Roughly six hundred [U.S.|united_states|M] soldiers already serve in the NATO-led peacekeeping force, most of them at Camp Bondsteel outside [Ferizaj|ferizaj], known to Serbs as [Uroševac|ferizaj|O]. They are there under a 1999 UN Security Council resolution, and a permanent base would need a separate deal with the [United States|united_states|M].

[Belgrade|belgrade|M] did not react at once. Membership of the alliance remains remote: [Serbia|serbia|M], [Russia|russia|M] and a handful of EU states still refuse to recognise [Kosovo|kosovo|M] as independent.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2022-02-27",
                "basis": "relative_to_publication",
                "actors": ["Armend Mehaj", "Kosovo Ministry of Defence"],
                "evidence": "Armend Mehaj wrote on Sunday that a lasting American military presence and a shorter road into NATO had become urgent because of the threat from Russia and what he called its proxies in the Balkans, a remark widely read as aimed at Serbia.",
                "location_note": "a written statement; no place of issue given (Pristina is the dateline)",
                "note": "the request is the news; statements are not counted for recall",
            },
        ],
    },
    {
        "id": "b5-002",
        "outlet": "Balkan regional English-language outlet style (written for sitmap)",
        "publication_date": "2023-05-31",
        "topic": "US ambassador Hovenier announces that Kosovo is dropped from the Defender 23 exercise (30 May 2023); the Zvečan clash of 29 May as background",
        "confusable": "'Zveçan' is the Albanian-style spelling with a cedilla; Prishtina is where the ambassador spoke.",
        "text": """
[US|united_states|M] pulls [Kosovo|kosovo|M] out of Defender 23 drills over northern crisis

The [United States|united_states|M] has removed [Kosovo|kosovo|M] from this year's Defender 23 military exercise, ambassador Jeff Hovenier told journalists in [Prishtina|pristina] on Tuesday, saying the government had ignored repeated American advice not to install the new Albanian mayors in the northern town halls by force.

According to Hovenier, [Kosovo|kosovo|M]'s part in the exercise was finished, and [Washington|washington|M] was also weighing further measures.

The decision came a day after the violence in [Zveçan|zvecan], where Serb protesters fought with KFOR soldiers who were guarding the municipal building. NATO said some 30 peacekeepers, Italians and Hungarians among them, had been injured, while [Belgrade|belgrade|M] put the number of hurt Serbs at more than fifty.

Prime Minister Albin Kurti told the assembly that the mayors had won a lawful vote and would not step aside, though he said he was open to new elections.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2023-05-30",
                "basis": "relative_to_publication",
                "loc": "pristina",
                "actors": ["Jeff Hovenier", "United States"],
                "evidence": "The United States has removed Kosovo from this year's Defender 23 military exercise, ambassador Jeff Hovenier told journalists in Prishtina on Tuesday, saying the government had ignored repeated American advice not to install the new Albanian mayors in the northern town halls by force.",
                "note": "the exclusion is the news; statements are not counted for recall",
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
                        "qualifier": "some",
                        "who": "KFOR peacekeepers",
                        "phrase": "some 30 peacekeepers",
                    },
                    {
                        "kind": "injured",
                        "value": 50,
                        "qualifier": "more than",
                        "who": "Serbs (Belgrade's figure)",
                        "phrase": "more than fifty",
                    },
                ],
                "evidence": "The decision came a day after the violence in Zveçan, where Serb protesters fought with KFOR soldiers who were guarding the municipal building. NATO said some 30 peacekeepers, Italians and Hungarians among them, had been injured, while Belgrade put the number of hurt Serbs at more than fifty.",
                "background": True,
                "note": "'a day after' the Tuesday announcement",
            },
        ],
    },
    {
        "id": "b5-003",
        "outlet": "translated Serbian portal style (written for sitmap)",
        "publication_date": "2023-07",
        "topic": "Kosovo government lists 'Civil Protection' as a terrorist organisation and announces a reduction of special police at the northern municipal buildings (end of June 2023)",
        "confusable": "Kosovska Mitrovica is given also in Cyrillic; the text does not say which part of the divided town is meant; Belgrade is metonymic.",
        "text": """
[Priština|pristina|M] proclaimed Civil Protection for terrorist organisation, Serbs: this is a pretext for arrests

The Government of the so-called [Republic of Kosovo|kosovo|M] at the end of June took the decision by which the Civil Protection, which operates in the north of the [Kosovo and Metohija|kosovo] and in which work several hundred Serbs, is declared as a terrorist organisation.

The {Office for Kosovo and Metohija|n} of the Government in [Belgrade|belgrade|M] stated that this decision is "one more excuse for the persecution of Serbs" and that every fireman and every rescuer in [Kosovska Mitrovica|mitrovica|L|amb=1] ([Косовска Митровица|mitrovica|L|amb=1]) can now be arrested.

At the same time the Prime Minister Kurti announced that the number of special police in front of the municipality buildings of [Zvečan|zvecan], [Leposavić|leposavic] and [Zubin Potok|zubin_potok] will be reduced by one quarter, which was the demand of the European Union and the [United States|united_states|M].

The Serbs in the north say that a quarter is not enough and that all the special units must leave. "The people will not calm down while armoured vehicles stand in front of the buildings," said one local official to our portal by phone.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2023-06",
                "precision": "month",
                "basis": "explicit",
                "actors": ["Government of Kosovo"],
                "evidence": "The Government of the so-called Republic of Kosovo at the end of June took the decision by which the Civil Protection, which operates in the north of the Kosovo and Metohija and in which work several hundred Serbs, is declared as a terrorist organisation.",
                "location_note": "a government decision; no place of the act named",
                "note": "designation as a terrorist organisation; the decision is the news",
            },
            *[
                {
                    "type": "withdrawal",
                    "date": "2023-06",
                    "precision": "month",
                    "basis": "inferred_from_context",
                    "loc": key,
                    "actors": ["Albin Kurti", "Kosovo Police special units"],
                    "evidence": "At the same time the Prime Minister Kurti announced that the number of special police in front of the municipality buildings of Zvečan, Leposavić and Zubin Potok will be reduced by one quarter, which was the demand of the European Union and the United States.",
                    "note": "announced reduction by a quarter; one event per named place; 'at the same time' = end of June",
                }
                for key in ("zvecan", "leposavic", "zubin_potok")
            ],
        ],
    },
    {
        "id": "b5-004",
        "outlet": "translated Albanian portal style (written for sitmap)",
        "publication_date": "2024-03-12",
        "topic": "ILLUSTRATIVE: a driver arrested at the Vërmica crossing with two pistols and ammunition hidden in his car (a typical case, not one verified incident)",
        "confusable": "Kukës and Morinë are in Albania; the man's home village is not the arrest site; Prizren is the prosecutor's seat.",
        "text": """
Weapons found in the car at the border point [Vërmicë|vermica], arrested the driver

[Prizren|prizren|D], 12 March – The Border Police in the border point [Vërmicë|vermica] yesterday afternoon arrested one citizen, 41 year old, who was coming from [Albania|albania] with the vehicle of the brand Audi with the plates of [Kosova|kosovo|O]. During the control of the vehicle the officers found two pistols of the type "Glock" and 40 bullets, hidden under the back seat. The suspect, with the initials A.K., from a village of [Suhareka|suhareka|O|type=municipality], declared that he bought the weapons in [Kukës|kukes] but the police are not believing his version.

With the decision of the prosecutor of the Basic Prosecution in [Prizren|prizren|N] the suspect is sent to detention for 48 hours. The weapons and the vehicle are confiscated.

The crossing [Vërmicë|vermica]–[Morinë|morine] is the busiest between [Kosova|kosovo] and [Albania|albania] and in the summer many thousand of diaspora pass there every day. The police say that such cases of smuggling the weapons are not rare, especially before the season of the weddings.
""",
        "events": [
            {
                "type": "arrest",
                "date": "2024-03-11",
                "basis": "relative_to_publication",
                "loc": "vermica",
                "actors": ["Kosovo Border Police"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": 1,
                        "who": "driver, 41",
                        "phrase": "one citizen, 41 year old",
                    },
                    {
                        "kind": "other",
                        "value": 2,
                        "who": "pistols seized",
                        "phrase": "two pistols",
                    },
                    {
                        "kind": "other",
                        "value": 40,
                        "who": "bullets seized",
                        "phrase": "40 bullets",
                    },
                ],
                "evidence": 'The Border Police in the border point Vërmicë yesterday afternoon arrested one citizen, 41 year old, who was coming from Albania with the vehicle of the brand Audi with the plates of Kosova. During the control of the vehicle the officers found two pistols of the type "Glock" and 40 bullets, hidden under the back seat.',
                "note": "arrest at a crossing with weapons seized",
            },
            {
                "type": "other",
                "subtype": "court_detention_order",
                "date": "2024-03-11",
                "basis": "inferred_from_context",
                "actors": ["Basic Prosecution in Prizren"],
                "evidence": "With the decision of the prosecutor of the Basic Prosecution in Prizren the suspect is sent to detention for 48 hours.",
                "location_note": "the prosecutor's seat is not an incident site",
            },
        ],
    },
    {
        "id": "b5-005",
        "outlet": "KFOR press release style (written for sitmap)",
        "publication_date": "2024-12-02",
        "topic": "KFOR steps up patrols around the Gazivode reservoir and the canal after the Varage blast of 29 Nov 2024",
        "confusable": "Ujmani is the Albanian name of the lake at Gazivode; the blast site Varage and the reservoir are both in Zubin Potok.",
        "text": """
KFOR increases presence near critical infrastructure in the north

[PRISTINA|pristina|D] – Following the explosion which damaged the Ibar-Lepenac water canal near the village of [Varage|varage] on the evening of 29 November, KFOR has raised the number of its patrols in the area of [Zubin Potok|zubin_potok], including around the dam at [Gazivode|gazivode] (Lake [Ujmani|gazivode|N]).

KFOR troops are working in close coordination with {Kosovo Police|n} and the EU rule of law mission, which remain the first and second security responders. Since the weekend, soldiers from the multinational battle group have also been present at several points along the canal towards [Mitrovica|mitrovica|L|amb=1].

"Attacks against infrastructure that serves all communities are unacceptable," the KFOR Commander, Major General Enrico Barduani, said. "Those responsible must be brought to justice."

KFOR continues to implement its mandate, derived from UN Security Council Resolution 1244 of 1999, impartially and in the interest of all communities in [Kosovo|kosovo].
""",
        "events": [
            {
                "type": "explosion",
                "date": "2024-11-29",
                "basis": "explicit_derived",
                "loc": "varage",
                "actors": [],
                "evidence": "Following the explosion which damaged the Ibar-Lepenac water canal near the village of Varage on the evening of 29 November, KFOR has raised the number of its patrols in the area of Zubin Potok, including around the dam at Gazivode (Lake Ujmani).",
                "background": True,
                "note": "the blast is the cause of the deployment, told as background",
            },
            *[
                {
                    "type": "deployment",
                    "date_range": ["2024-11-29", "2024-12-02"],
                    "precision": "range",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["KFOR"],
                    "evidence": "Following the explosion which damaged the Ibar-Lepenac water canal near the village of Varage on the evening of 29 November, KFOR has raised the number of its patrols in the area of Zubin Potok, including around the dam at Gazivode (Lake Ujmani).",
                    "note": "more patrols; one event per named place",
                }
                for key in ("zubin_potok", "gazivode")
            ],
            {
                "type": "deployment",
                "date_range": ["2024-11-30", "2024-12-01"],
                "precision": "range",
                "basis": "relative_to_publication",
                "actors": ["KFOR multinational battle group"],
                "evidence": "Since the weekend, soldiers from the multinational battle group have also been present at several points along the canal towards Mitrovica.",
                "location_note": "points along the canal 'towards Mitrovica' are not a place; Mitrovica is a direction",
            },
        ],
    },
    {
        "id": "b5-006",
        "outlet": "live blog style (written for sitmap)",
        "publication_date": "2024-01-01",
        "topic": "Visa-free travel to the Schengen area for Kosovo passport holders from 1 Jan 2024; Serbia accepts Kosovo plates; no security event",
        "confusable": "Airport and crossing names are in_name or locative; travellers' destinations are abroad; no event.",
        "text": """
LIVE: Kosovars travel without visas for the first time

07:15 — Good morning and happy new year. From today, holders of [Kosovo|kosovo|M] passports can enter the Schengen zone without a visa for stays of up to 90 days in any 180. [Kosovo|kosovo|M] was the last country of the [Western Balkans|western_balkans] waiting for this.

08:40 — The first flights of the day from [Prishtina|pristina|N] International Airport are full. A student going to [Germany|germany] to see her brother tells us she has waited six years for this morning.

10:05 — Queues are long at [Vërmica|vermica], but the delays are caused by diaspora coming back after the holidays, not by new travellers, border police say.

11:30 — On the northern crossings there is another change. From today [Serbia|serbia|M] accepts cars with RKS plates from [Kosovo|kosovo], which before had to use temporary plates. At [Jarinje|jarinje] the first drivers passed without stopping for stickers.

13:00 — President Vjosa Osmani thanked the member states and said the decision ends "a long isolation". We close the live coverage here.
""",
        "events": [],
    },
    {
        "id": "b5-007",
        "outlet": "analysis style (written for sitmap)",
        "publication_date": "2023-04-03",
        "topic": "Thaçi and three co-accused go on trial at the Kosovo Specialist Chambers in The Hague (3 Apr 2023); no security event",
        "confusable": "The Hague is the seat of the court, not a Kosovo place; Kosovo in the court's name is excluded.",
        "text": """
Analysis: a former president in the dock, and a country watching

On Monday the trial of Hashim Thaçi opened in [The Hague|the_hague], more than two years after he resigned the presidency of [Kosovo|kosovo|M] to answer charges of war crimes and crimes against humanity.

He stands accused together with Kadri Veseli, Rexhep Selimi and Jakup Krasniqi, all of them once leaders of the {Kosovo Liberation Army|n}. The prosecution says that during and after the 1998-99 war they were responsible for the persecution, detention and murder of opponents and of civilians, among them Serbs and Roma. All four deny the charges.

The {Kosovo Specialist Chambers|n} are part of [Kosovo|kosovo|M]'s legal system, yet they sit in the [Netherlands|netherlands] with international judges, a set-up many in [Prishtina|pristina] still resent. On the streets of the capital, posters calling the accused heroes have appeared again.

For [Belgrade|belgrade|M], the case confirms long-held claims. For [Kosovo|kosovo|M]'s institutions, the hope is that a verdict, whenever it comes, will close a chapter rather than open new wounds.
""",
        "events": [],
    },
    {
        "id": "b5-008",
        "outlet": "international wire style (written for sitmap)",
        "publication_date": "2022-12-13",
        "topic": "ILLUSTRATIVE: stun grenades thrown at a police patrol near the Rudare barricade, Zvečan, during the December 2022 roadblocks; nobody hurt (a typical case, not one verified incident)",
        "confusable": "Rudare is a village of Zvečan on the main road north; Jarinje is a crossing; Raška (Serbia) is where Serb leaders met.",
        "text": """
Stun grenades hurled at {Kosovo police|n} near northern roadblock

[NORTH MITROVICA|north_mitrovica|D], Dec 13 — Unknown attackers threw three stun grenades at a {Kosovo police|n} patrol late on Monday near a barricade of trucks at [Rudare|rudare], on the main road that runs north from the town, police said. No one was injured.

The officers returned to base and the area was later searched together with EULEX. It was the third such attack since Serbs began blocking roads on Saturday after a former policeman was detained.

Trucks and tractors now block several routes in the municipalities of [Zvecan|zvecan|L|type=municipality] and [Leposavic|leposavic|L|type=municipality], and traffic to the [Jarinje|jarinje] crossing with [Serbia|serbia] has been halted.

Serb leaders from the north have been consulting officials in [Raska|raska], just across the line. In [Pristina|pristina|M], the government asked KFOR to clear the roads, warning that its police would otherwise act.
""",
        "events": [
            {
                "type": "explosion",
                "date": "2022-12-12",
                "basis": "relative_to_publication",
                "loc": "rudare",
                "actors": ["unknown attackers", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "other",
                        "value": 3,
                        "who": "stun grenades thrown",
                        "phrase": "three stun grenades",
                    },
                    {
                        "kind": "injured",
                        "value": 0,
                        "who": "police officers",
                        "phrase": "No one was injured",
                    },
                ],
                "evidence": "Unknown attackers threw three stun grenades at a Kosovo police patrol late on Monday near a barricade of trucks at Rudare, on the main road that runs north from the town, police said. No one was injured.",
                "note": "stun grenades against a patrol typed explosion, as in the dev set's grenade cases",
            },
            {
                "type": "barricade",
                "date": "2022-12-10",
                "basis": "relative_to_publication",
                "actors": ["Kosovo Serbs"],
                "evidence": "It was the third such attack since Serbs began blocking roads on Saturday after a former policeman was detained.",
                "background": True,
                "location_note": "no place named for the first roadblocks",
            },
            *[
                {
                    "type": "barricade",
                    "date_range": ["2022-12-10", "2022-12-13"],
                    "precision": "range",
                    "basis": "relative_to_publication",
                    "loc": key,
                    "actors": ["Kosovo Serbs"],
                    "evidence": "Trucks and tractors now block several routes in the municipalities of Zvecan and Leposavic, and traffic to the Jarinje crossing with Serbia has been halted.",
                    "note": "one event per named place",
                }
                for key in ("zvecan", "leposavic")
            ],
            {
                "type": "other",
                "subtype": "border_closure",
                "date_range": ["2022-12-10", "2022-12-13"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "jarinje",
                "actors": [],
                "evidence": "Trucks and tractors now block several routes in the municipalities of Zvecan and Leposavic, and traffic to the Jarinje crossing with Serbia has been halted.",
                "note": "traffic to the crossing halted",
            },
        ],
    },
    {
        "id": "b5-009",
        "outlet": "defence brief style (written for sitmap)",
        "publication_date": "2024-01-15",
        "topic": "KFOR strength grows to about 4,500 after the 2023 reinforcements; Camp Novo Selo and Peja bases",
        "confusable": "Naples hosts the NATO command; Mitrovicë is the Albanian form; Peja is also given as Peć; Romania and Türkiye send troops.",
        "text": """
Defence brief: KFOR ends 2023 bigger than it has been for a decade

NATO's {Kosovo Force|n} began the new year with roughly 4,500 soldiers from 27 contributing nations, up from about 3,800 in the spring of 2023, after two rounds of reinforcement that followed the riot in [Zvečan|zvecan] in May and the gunfight at [Banjska|banjska] in September.

Most of the extra troops arrived in the autumn. A British battalion of about 200 was sent for several weeks, [Romania|romania] added a company, and [Türkiye|turkey] kept its commando battalion in place. The reserve forces of the command in [Naples|naples] were also put on shorter notice.

The growth is uneven across the country. Regional Command East, led by the [U.S.|united_states|M], still works from Camp Bondsteel near [Ferizaj|ferizaj], while Regional Command West is run by the Italians from [Peja|peja] ([Peć|peja]). In the north, the Polish and Hungarian contingents rotate through a camp close to [Mitrovicë|mitrovica|L|amb=1].

KFOR officials say the numbers will come down only when the situation allows it; no date has been set.
""",
        "events": [
            {
                "type": "deployment",
                "date_range": ["2023-04-01", "2024-01-15"],
                "precision": "range",
                "basis": "inferred_from_context",
                "loc": "kosovo",
                "actors": ["KFOR", "NATO"],
                "numbers": [
                    {
                        "kind": "troops",
                        "value": 4500,
                        "qualifier": "roughly",
                        "who": "KFOR soldiers at the start of 2024",
                        "phrase": "roughly 4,500 soldiers",
                    },
                    {
                        "kind": "troops",
                        "value": 3800,
                        "qualifier": "about",
                        "who": "KFOR soldiers in spring 2023",
                        "phrase": "about 3,800",
                    },
                ],
                "evidence": "NATO's Kosovo Force began the new year with roughly 4,500 soldiers from 27 contributing nations, up from about 3,800 in the spring of 2023, after two rounds of reinforcement that followed the riot in Zvečan in May and the gunfight at Banjska in September.",
                "note": "the growth of the force over 2023, country level",
            },
            {
                "type": "clash",
                "date": "2023-05",
                "precision": "month",
                "basis": "inferred_from_context",
                "loc": "zvecan",
                "actors": [],
                "evidence": "NATO's Kosovo Force began the new year with roughly 4,500 soldiers from 27 contributing nations, up from about 3,800 in the spring of 2023, after two rounds of reinforcement that followed the riot in Zvečan in May and the gunfight at Banjska in September.",
                "background": True,
            },
            {
                "type": "armed_attack",
                "date": "2023-09",
                "precision": "month",
                "basis": "inferred_from_context",
                "loc": "banjska",
                "actors": [],
                "evidence": "NATO's Kosovo Force began the new year with roughly 4,500 soldiers from 27 contributing nations, up from about 3,800 in the spring of 2023, after two rounds of reinforcement that followed the riot in Zvečan in May and the gunfight at Banjska in September.",
                "background": True,
            },
            {
                "type": "deployment",
                "date_range": ["2023-09-01", "2023-11-30"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["British Army", "Romanian Army"],
                "numbers": [
                    {
                        "kind": "troops",
                        "value": 200,
                        "qualifier": "about",
                        "who": "British battalion",
                        "phrase": "about 200",
                    },
                ],
                "evidence": "A British battalion of about 200 was sent for several weeks, Romania added a company, and Türkiye kept its commando battalion in place.",
                "location_note": "sent to Kosovo; no place named in the sentence (Romania is the sender)",
            },
            {
                "type": "deployment",
                "date_range": ["2023-09-01", "2023-12-31"],
                "precision": "range",
                "basis": "inferred_from_context",
                "actors": ["NATO Joint Force Command Naples", "KFOR reserve forces"],
                "evidence": "The reserve forces of the command in Naples were also put on shorter notice.",
                "location_note": "readiness raised; Naples is the command's seat, not where the reserves stand",
                "note": "reserves put on shorter notice, typed deployment as in the seeds' 'battalion on readiness'",
            },
        ],
    },
    {
        "id": "b5-010",
        "outlet": "translated Serbian portal style (written for sitmap)",
        "publication_date": "2022-12-27",
        "topic": "Patriarch Porfirije refused entry to Kosovo at Jarinje on his way to the Patriarchate of Peć (26 Dec 2022, day not checked)",
        "confusable": "The Patriarchate of Peć is in_name; Raška is in Serbia, where the Patriarch turned back; Cyrillic Peć.",
        "text": """
Patriarch Porfirije not allowed to enter [Kosovo and Metohija|kosovo]

The Serbian Patriarch Porfirije was yesterday stopped at the administrative crossing [Jarinje|jarinje], where the {Kosovo police|n} informed him that the so-called authorities in [Priština|pristina|M] did not allow his entry. The Patriarch intended to go to the Patriarchate of [Peć|peja|N] ([Пећ|peja|N]) and to bring the peace for the Christmas to the faithful people.

After waiting for some time, the Patriarch returned to [Raška|raska], where he served a prayer together with the priests and people who came to greet him.

"It is shameful that the spiritual leader cannot visit his own seat," said the director of {Office for Kosovo and Metohija|n} Petar Petković, who announced that [Belgrade|belgrade|M] will inform the international community.

From [Priština|pristina|M] the answer was that the visit was not announced according to the rules, and that the decision is connected with the barricades which the Serbs hold on the roads in the north of [Kosovo|kosovo] already for more than two weeks.
""",
        "events": [
            {
                "type": "other",
                "subtype": "entry_refused",
                "date": "2022-12-26",
                "basis": "relative_to_publication",
                "loc": "jarinje",
                "actors": ["Patriarch Porfirije", "Kosovo Police"],
                "evidence": "The Serbian Patriarch Porfirije was yesterday stopped at the administrative crossing Jarinje, where the Kosovo police informed him that the so-called authorities in Priština did not allow his entry.",
                "note": "refusal of entry at a crossing",
            },
            {
                "type": "barricade",
                "date_range": ["2022-12-10", "2022-12-27"],
                "precision": "range",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["Kosovo Serbs"],
                "evidence": "From Priština the answer was that the visit was not announced according to the rules, and that the decision is connected with the barricades which the Serbs hold on the roads in the north of Kosovo already for more than two weeks.",
                "background": True,
                "location_note": "'the north of Kosovo': country level only",
            },
        ],
    },
    {
        "id": "b5-011",
        "outlet": "international wire style (written for sitmap)",
        "publication_date": "2023-10-04",
        "topic": "Milan Radoičić questioned by Serbian police in Belgrade and released with a ban on leaving Serbia (3 Oct 2023); Banjska attack as background",
        "confusable": "Belgrade is the site of the questioning; Banjska is in Zvečan (there is another Banjska in Vushtrri).",
        "text": """
[Serbia|serbia|M] questions {Kosovo Serb|e} leader over monastery gunfight, lets him go

[BELGRADE|belgrade|D], Oct 4 — Serbian police on Tuesday detained Milan Radoičić, the {Kosovo Serb|e} politician who says he led the armed group in last month's clash at [Banjska|banjska], questioned him for several hours in [Belgrade|belgrade] and then released him.

The authorities later barred him from leaving [Serbia|serbia], prosecutors said, without stating what he was suspected of.

[Kosovo|kosovo|M] wants Radoičić handed over. It accuses him of organising the Sept. 24 attack, in which a {Kosovo police|n} sergeant was shot dead and three of the roughly 30 gunmen were killed during a day-long siege of the monastery village in the north.

[Pristina|pristina|M] called the Serbian step "a theatre for foreign diplomats". [Washington|washington|M] and [Brussels|brussels|M] have asked [Belgrade|belgrade|M] to hold those responsible to account.
""",
        "events": [
            {
                "type": "arrest",
                "date": "2023-10-03",
                "basis": "relative_to_publication",
                "loc": "belgrade",
                "actors": ["Serbian police", "Milan Radoičić"],
                "evidence": "Serbian police on Tuesday detained Milan Radoičić, the Kosovo Serb politician who says he led the armed group in last month's clash at Banjska, questioned him for several hours in Belgrade and then released him.",
                "note": "detained for questioning, released the same day; outside Kosovo",
            },
            {
                "type": "armed_attack",
                "date": "2023-09-24",
                "basis": "explicit",
                "loc": "banjska",
                "actors": ["armed Kosovo Serb group", "Kosovo Police"],
                "numbers": [
                    {
                        "kind": "killed",
                        "value": 1,
                        "who": "Kosovo police sergeant",
                        "phrase": "a Kosovo police sergeant",
                    },
                    {
                        "kind": "killed",
                        "value": 3,
                        "who": "gunmen",
                        "phrase": "three of the roughly 30 gunmen",
                    },
                    {
                        "kind": "attackers",
                        "value": 30,
                        "qualifier": "roughly",
                        "who": "gunmen",
                        "phrase": "roughly 30 gunmen",
                    },
                ],
                "evidence": "It accuses him of organising the Sept. 24 attack, in which a Kosovo police sergeant was shot dead and three of the roughly 30 gunmen were killed during a day-long siege of the monastery village in the north.",
                "background": True,
                "location_note": "'the monastery village' = Banjska from the first paragraph",
            },
        ],
    },
    {
        "id": "b5-012",
        "outlet": "regional English-language outlet style (written for sitmap)",
        "publication_date": "2024-05-08",
        "topic": "ILLUSTRATIVE: police search houses in North Mitrovica after a police car is set on fire; two men detained (a typical case, not one verified incident)",
        "confusable": "'Mitrovcia' is a misspelling of Mitrovica; Sremska Mitrovica is in Serbia; the suspects' court is in the south of the town.",
        "text": """
Two held after police car torched in north [Mitrovcia|mitrovica|L|mun=North Mitrovica;note=misspelling of Mitrovica]

Police searched four houses in the northern part of [Mitrovica|mitrovica|L|mun=North Mitrovica] early on Tuesday and detained two young men suspected of setting fire to a patrol car the night before, the regional police command said.

The vehicle was parked outside a police office in a mixed neighbourhood when it was set alight shortly before midnight on Monday. Nobody was inside. Officers found a petrol canister nearby.

Investigators also seized mobile phones and a hunting rifle without a permit. The two suspects, aged 19 and 23, were taken to the court in the southern part of the city, where a judge will decide on detention.

Local Serb politicians accused the police of "collective punishment". One of the young men studies in [Sremska Mitrovica|sremska_mitrovica] in [Serbia|serbia] and had come home for the holiday, his family said.
""",
        "events": [
            {
                "type": "other",
                "subtype": "police_operation",
                "date": "2024-05-07",
                "basis": "relative_to_publication",
                "loc": "north_mitrovica",
                "actors": ["Kosovo Police"],
                "numbers": [
                    {
                        "kind": "arrested",
                        "value": 2,
                        "who": "young men suspected of arson",
                        "phrase": "two young men",
                    },
                    {
                        "kind": "other",
                        "value": 4,
                        "who": "houses searched",
                        "phrase": "four houses",
                    },
                ],
                "evidence": "Police searched four houses in the northern part of Mitrovica early on Tuesday and detained two young men suspected of setting fire to a patrol car the night before, the regional police command said.",
                "note": "searches with two detentions; the arrest count is stored here",
            },
            {
                "type": "armed_attack",
                "date": "2024-05-06",
                "basis": "relative_to_publication",
                "loc": "north_mitrovica",
                "actors": ["unknown arsonists"],
                "evidence": "The vehicle was parked outside a police office in a mixed neighbourhood when it was set alight shortly before midnight on Monday.",
                "location_note": "the police office is in North Mitrovica (first paragraph)",
                "note": "arson of a police car typed armed_attack (attack on police); judgement call",
            },
        ],
    },
]
