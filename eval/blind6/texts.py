# ruff: noqa: E501  (prose data: article texts and evidence sentences are kept on one line each)
"""Sixth blind set: articles in marked-up form (mark syntax in eval/labelkit.py).

Every text was written for sitmap in the author's own words about real, widely reported events
of 2021-2024. Where a detail (a day, a figure, a venue) was not certain it was left out or the
date was labelled at month or year precision; no incident is illustrative. Outlet names describe
the style imitated, not a real source.
"""

from __future__ import annotations

from typing import Any

SET_LABEL = "blind6"  # names the set in each record's publication_date_source

ARTICLES: list[dict[str, Any]] = [
    {
        "id": "b6-001",
        "outlet": "KFOR press release style (written for sitmap)",
        "publication_date": "2023-05-31",
        "topic": "NATO orders about 700 troops of its Western Balkans reserve to Kosovo (30 May 2023) after the Zvečan clash of 29 May",
        "confusable": "Naples is the allied command that ordered the move; Zvecan is written without the caron.",
        "text": """
KFOR PRESS RELEASE — reserve forces ordered to [Kosovo|kosovo]

[PRISTINA|pristina|D] — Following the unprovoked attacks on KFOR troops in northern [Kosovo|kosovo] on Monday, NATO yesterday decided to deploy additional forces from its {Operational Reserve Force for the Western Balkans|n}.

Allied Joint Force Command [Naples|naples|M] said that 700 soldiers from the reserve would join the mission, and that a further multinational battalion was being placed on higher readiness so that it could follow at short notice if the situation required.

During Monday's incidents in [Zvecan|zvecan], peacekeepers protecting the municipal building were attacked with stones, bottles and incendiary devices. Thirty KFOR soldiers from the Italian and Hungarian contingents were hurt; several were treated for fractures and burns.

KFOR continues to act impartially, in line with its UN mandate, to ensure a safe and secure environment and freedom of movement for all communities. The commander calls on all sides to take responsibility for the escalation and to avoid any further unilateral action.
""",
        "events": [
            {
                "type": "deployment",
                "date": "2023-05-30",
                "basis": "relative_to_publication",
                "loc": "kosovo",
                "actors": ["NATO", "KFOR"],
                "numbers": [
                    {"kind": "troops", "value": 700, "qualifier": None, "who": "NATO reserve soldiers", "phrase": "700 soldiers"},
                ],
                "evidence": "Allied Joint Force Command Naples said that 700 soldiers from the reserve would join the mission, and that a further multinational battalion was being placed on higher readiness so that it could follow at short notice if the situation required.",
                "location_note": "destination is Kosovo as a whole; no base named",
                "note": "decision 'yesterday' relative to the release date",
            },
            {
                "type": "clash",
                "date": "2023-05-29",
                "basis": "relative_to_publication",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "numbers": [
                    {"kind": "injured", "value": 30, "qualifier": None, "who": "KFOR soldiers", "phrase": "Thirty KFOR soldiers"},
                ],
                "evidence": "During Monday's incidents in Zvecan, peacekeepers protecting the municipal building were attacked with stones, bottles and incendiary devices.",
                "background": True,
                "note": "Monday before the Wednesday release",
            },
        ],
    },
    {
        "id": "b6-002",
        "outlet": "translated Serbian portal style (written for sitmap)",
        "publication_date": "2023-06",
        "topic": "Kosovo Police arrest Milun Milenković 'Lune' in the north of Mitrovica (June 2023), accused over the attack on KFOR in Zvečan",
        "confusable": "Kosovska Mitrovica is also given in Cyrillic and its northern part is meant; Sremska Mitrovica in Serbia is named only as a comparison; Звечан is the Cyrillic Zvečan.",
        "text": """
Arrested Milun Milenković Lune, Serbs in the north: new pressure of [Priština|pristina|M]

In June the special police units of the so-called {Kosovo Police|n} arrested in the northern part of [Kosovska Mitrovica|north_mitrovica] ([Косовска Митровица|north_mitrovica]) Milun Milenković, known as Lune, a well-known local man who was often seen at the gatherings of Serbs in front of the municipality buildings.

The police of [Priština|pristina|M] accuse him that he organised and led the attack on the soldiers of KFOR in [Zvečan|zvecan] ([Звечан|zvecan]) at the end of May. He is transferred to the detention and the court decided about the custody.

From [Belgrade|belgrade|M] came the reaction that the arrests are persecution of Serbs and are done only to frighten the people which is protesting peacefully. Several other Serbs were also detained in the same weeks because of the May violence.

Local Serbs speak about big fear of new arrests. Older people remember the years after the war, when it was the Albanian prisoners who served their sentences in the prison of [Sremska Mitrovica|sremska_mitrovica] in [Serbia|serbia], and say that now it is opposite.
""",
        "events": [
            {
                "type": "arrest",
                "date": "2023-06",
                "precision": "month",
                "basis": "explicit",
                "loc": "north_mitrovica",
                "actors": ["Kosovo Police", "Milun Milenković"],
                "numbers": [
                    {"kind": "arrested", "value": 1, "qualifier": None, "who": "Milun Milenković", "phrase": "Milun Milenković"},
                ],
                "evidence": "In June the special police units of the so-called Kosovo Police arrested in the northern part of Kosovska Mitrovica (Косовска Митровица) Milun Milenković, known as Lune, a well-known local man who was often seen at the gatherings of Serbs in front of the municipality buildings.",
            },
            {
                "type": "arrest",
                "date": "2023-06",
                "precision": "month",
                "basis": "inferred_from_context",
                "actors": ["Kosovo Police"],
                "numbers": [
                    {"kind": "arrested", "value": None, "qualifier": "several", "who": "Kosovo Serbs", "phrase": "Several other Serbs"},
                ],
                "evidence": "Several other Serbs were also detained in the same weeks because of the May violence.",
                "location_note": "no place given for the other arrests",
            },
            {
                "type": "clash",
                "date": "2023-05",
                "precision": "month",
                "basis": "explicit",
                "loc": "zvecan",
                "actors": ["Kosovo Serb protesters", "KFOR"],
                "evidence": "The police of Priština accuse him that he organised and led the attack on the soldiers of KFOR in Zvečan (Звечан) at the end of May.",
                "background": True,
            },
        ],
    },
    {
        "id": "b6-003",
        "outlet": "international wire style (written for sitmap)",
        "publication_date": "2022-12-16",
        "topic": "Former KLA commander Salih Mustafa sentenced to 26 years by the Kosovo Specialist Chambers in The Hague (16 Dec 2022); no security event",
        "confusable": "The Hague is where the court sits; Pristina and Belgrade are metonymic reactions; no event happens in Kosovo.",
        "text": """
Ex-guerrilla commander gets 26 years in first verdict of [Kosovo|kosovo] war crimes court

[THE HAGUE|the_hague|D], Dec 16 — A court set up to try crimes from [Kosovo|kosovo]'s 1998-99 war on Friday found former guerrilla commander Salih Mustafa guilty of murder, torture and arbitrary detention and sentenced him to 26 years in prison.

Judges at the {Kosovo Specialist Chambers|n}, which sit in [the Netherlands|netherlands] but are part of [Kosovo|kosovo]'s legal system, said Mustafa had commanded a unit of the {Kosovo Liberation Army|n} that held civilians at a makeshift detention site in April 1999 and mistreated them. One of the detainees was killed.

It was the first judgment handed down by the court, which was created under Western pressure and is staffed by international judges and prosecutors.

Many in [Kosovo|kosovo] see the tribunal as putting the guerrillas on trial instead of the Serbian forces they fought, and the verdict drew criticism from veterans' groups in [Pristina|pristina|M]. Former president Hashim Thaçi is being tried in a separate, larger case in the same building.
""",
        "events": [],
    },
    {
        "id": "b6-004",
        "outlet": "Balkan regional English-language outlet style (written for sitmap)",
        "publication_date": "2024-04-17",
        "topic": "The Parliamentary Assembly of the Council of Europe recommends Kosovo's membership (16 Apr 2024); no security event",
        "confusable": "Strasbourg is where the vote took place; Serbia and Belgrade are metonymic; Prizren is named as an example of Serbian heritage.",
        "text": """
[Kosovo|kosovo|M] a step closer to {Council of Europe|n} after assembly vote

The {Council of Europe|n}'s parliamentary assembly voted in [Strasbourg|strasbourg] on Tuesday to recommend that [Kosovo|kosovo|M] be admitted as a member, a move that the government in [Prishtina|pristina|M] welcomed as recognition of its democratic progress.

The final decision belongs to the organisation's Committee of Ministers, made up of the foreign ministers of the member states, where a two-thirds majority is needed.

[Serbia|serbia|M] had campaigned hard against the bid. [Belgrade|belgrade|M] argued that admitting [Kosovo|kosovo|M] would breach the organisation's own rules, given that several members do not recognise it as a state.

During the debate, delegates pressed [Kosovo|kosovo|M] on the rights of its Serb community and on the long-delayed association of Serb-majority municipalities. Supporters of the bid pointed to the government registering land of a major Serbian Orthodox monastery in the west a month earlier, in line with a 2016 court ruling, and to its promise to protect religious sites in places such as [Prizren|prizren].

Observers expect the ministers to take their time.
""",
        "events": [],
    },
    {
        "id": "b6-005",
        "outlet": "translated Albanian portal style (written for sitmap)",
        "publication_date": "2023-02-28",
        "topic": "In Brussels Kurti and Vučić accept the EU proposal on normalisation without signing it (27 Feb 2023); statement only",
        "confusable": "Brukseli is the Albanian form of Brussels; Beograd is the Serbian form of Belgrade; both are outside Kosovo.",
        "text": """
Kurti and Vučić in [Brukseli|brussels]: Agreement is accepted, signature missing

The Prime Minister Albin Kurti and the President of [Serbia|serbia|M], Aleksandar Vučić, last night in [Brukseli|brussels] have agreed on the European proposal for normalisation of relations, but none of them have signed the document.

The High Representative of EU Josep Borrell declared after the meeting that the parties agreed that "no further discussions are needed" for the text, and that the negotiations continue only for the annex of implementation.

Kurti said to the journalists that he was ready to sign immediately and that [Kosovo|kosovo|M] is the side which is constructive. On the other side, Vučić declared to the media of [Beograd|belgrade|M] that he will not sign any document which means recognition of [Kosovo|kosovo|M] and its membership in the United Nations.

The opposition in [Prishtina|pristina|M] asked the Prime Minister to explain in the Assembly what was accepted, especially about the association of municipalities with Serb majority.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2023-02-27",
                "basis": "relative_to_publication",
                "loc": "brussels",
                "actors": ["Josep Borrell", "Albin Kurti", "Aleksandar Vučić"],
                "evidence": "The High Representative of EU Josep Borrell declared after the meeting that the parties agreed that \"no further discussions are needed\" for the text, and that the negotiations continue only for the annex of implementation.",
                "note": "'last night' relative to the publication date",
            },
        ],
    },
    {
        "id": "b6-006",
        "outlet": "live blog style (written for sitmap)",
        "publication_date": "2023-06-14",
        "topic": "Three Kosovo police officers detained by Serbian forces (14 June 2023); the place is disputed",
        "confusable": "Raška is Serbia's claim for the place of arrest; Pristina says the men were taken inside Kosovo; Kraljevo is in Serbia.",
        "text": """
LIVE: Three {Kosovo police|n} officers held by [Serbia|serbia|M]

11:05 — [Kosovo|kosovo|M]'s police say three of their officers have been detained by Serbian forces in the north this morning. Prime Minister Albin Kurti calls it an abduction carried out inside [Kosovo|kosovo].

11:40 — Serbian officials give a very different account: the men, they say, were armed and were arrested on Serbian territory, in the area of [Raska|raska].

12:20 — Interior minister Xhelal Sveçla says the officers were on a routine patrol to prevent smuggling when they were taken, and demands their immediate release.

13:10 — An EU spokesperson wants the officers freed and urges [Belgrade|belgrade|M] and [Pristina|pristina|M] alike not to inflame the north further, where tension has been high since the clashes in [Zveçan|zvecan] at the end of May.

14:30 — Serbian media report that the three will be brought before a court in [Kraljevo|kraljevo]. No independent confirmation of where the arrest took place has been given so far.
""",
        "events": [
            {
                "type": "arrest",
                "date": "2023-06-14",
                "basis": "relative_to_publication",
                "actors": ["Serbian security forces", "Kosovo Police"],
                "numbers": [
                    {"kind": "arrested", "value": 3, "qualifier": None, "who": "Kosovo police officers", "phrase": "three of their officers"},
                ],
                "evidence": "Kosovo's police say three of their officers have been detained by Serbian forces in the north this morning.",
                "location_note": "disputed: Kosovo says inside Kosovo, Serbia says near Raška; no place is labelled",
            },
            {
                "type": "political_statement",
                "date": "2023-06-14",
                "basis": "relative_to_publication",
                "actors": ["Xhelal Sveçla"],
                "evidence": "Interior minister Xhelal Sveçla says the officers were on a routine patrol to prevent smuggling when they were taken, and demands their immediate release.",
                "location_note": "no place of the statement given",
            },
        ],
    },
    {
        "id": "b6-007",
        "outlet": "regional English-language weekly round-up style (written for sitmap)",
        "publication_date": "2021-10",
        "topic": "Hungarian Major General Ferenc Kajári takes command of KFOR from Italian Major General Franco Federici (Oct 2021)",
        "confusable": "Budapest, Hungary and Italy are metonymic or origin places; the ceremony is in Pristina.",
        "text": """
Week in review: a Hungarian at the helm of KFOR

For the first time since NATO troops entered [Kosovo|kosovo] in 1999, the alliance's peacekeeping force is led by an officer from [Hungary|hungary|M]. Major General Ferenc Kajári took over command of KFOR in October from Italian Major General Franco Federici at a ceremony at the mission's headquarters in [Pristina|pristina].

The handover comes during a tense autumn in the north: the standoff over licence plates at the crossings in September, and this month's police operation against smuggling in which Serbs blocked roads and several people were hurt.

[Budapest|budapest|M] has a large contingent in the mission and regards the post as a mark of trust. The government of Viktor Orbán keeps warm ties with [Belgrade|belgrade|M], which some in [Kosovo|kosovo|M] noted with unease, but NATO officials stressed that KFOR's orders come from the alliance, not from capitals.

[Italy|italy|M], the largest contributor for years, keeps a strong presence in the west of the country. The new commander promised to keep the force neutral and visible.
""",
        "events": [
            {
                "type": "other",
                "date": "2021-10",
                "precision": "month",
                "basis": "explicit",
                "loc": "pristina",
                "actors": ["Ferenc Kajári", "Franco Federici", "KFOR"],
                "evidence": "Major General Ferenc Kajári took over command of KFOR in October from Italian Major General Franco Federici at a ceremony at the mission's headquarters in Pristina.",
                "subtype": "change_of_command",
                "note": "change of command",
            },
            {
                "type": "other",
                "subtype": "police_operation",
                "date": "2021-10",
                "precision": "month",
                "basis": "explicit_derived",
                "actors": ["Kosovo Police", "Kosovo Serbs"],
                "numbers": [
                    {"kind": "injured", "value": None, "qualifier": "several", "who": "people", "phrase": "several people"},
                ],
                "evidence": "The handover comes during a tense autumn in the north: the standoff over licence plates at the crossings in September, and this month's police operation against smuggling in which Serbs blocked roads and several people were hurt.",
                "location_note": "'in the north'; no settlement named",
                "background": True,
                "note": "the anti-smuggling operation of October 2021",
            },
        ],
    },
    {
        "id": "b6-008",
        "outlet": "analysis style (written for sitmap)",
        "publication_date": "2023-10-20",
        "topic": "Analysis of Milan Radoičić: US sanctions (2021), the Banjska attack (24 Sep 2023) and his claim of responsibility",
        "confusable": "Washington and Belgrade are metonymic; Banjska is a village in Zvečan; Leposavic is written without the caron.",
        "text": """
Analysis: the businessman who went to war in [Banjska|banjska]

Milan Radoičić was for years the most powerful Serb in northern [Kosovo|kosovo], a businessman and the vice-president of Srpska Lista, the party backed by [Belgrade|belgrade|M]. [Washington|washington|M] put him on its sanctions list in 2021, accusing him of organised crime and corruption, but his standing in the north hardly changed.

That changed on 24 September, when about 30 armed men attacked a {Kosovo police|n} patrol near the village of [Banjska|banjska], killing police sergeant Afrim Bunjaku, and then barricaded themselves in the Serbian Orthodox monastery there. Three of the attackers were killed in the gunfight that followed.

At the end of the month Radoičić, through his lawyer, said he had organised the operation himself and that no one in [Serbia|serbia|M] had known. He also resigned from the party.

Diplomats found the claim hard to square with the amount of weaponry found after the attack. Whatever the truth, the episode has left the party without its strongman and the north, from [Zubin Potok|zubin_potok] to [Leposavic|leposavic], more closely policed than at any time since 1999.
""",
        "events": [
            {
                "type": "political_statement",
                "date_range": ["2021-01-01", "2021-12-31"],
                "precision": "range",
                "basis": "explicit",
                "actors": ["United States", "Milan Radoičić"],
                "evidence": "Washington put him on its sanctions list in 2021, accusing him of organised crime and corruption, but his standing in the north hardly changed.",
                "location_note": "a sanctions designation; no place of the act",
                "background": True,
            },
            {
                "type": "armed_attack",
                "date": "2023-09-24",
                "basis": "explicit_derived",
                "loc": "banjska",
                "actors": ["armed group led by Milan Radoičić", "Kosovo Police"],
                "numbers": [
                    {"kind": "attackers", "value": 30, "qualifier": "about", "who": "armed men", "phrase": "about 30 armed men"},
                    {"kind": "killed", "value": 1, "qualifier": None, "who": "police sergeant Afrim Bunjaku", "phrase": "police sergeant Afrim Bunjaku"},
                    {"kind": "killed", "value": 3, "qualifier": None, "who": "attackers", "phrase": "Three of the attackers"},
                ],
                "evidence": "That changed on 24 September, when about 30 armed men attacked a Kosovo police patrol near the village of Banjska, killing police sergeant Afrim Bunjaku, and then barricaded themselves in the Serbian Orthodox monastery there.",
                "background": True,
                "note": "year from the publication date",
            },
            {
                "type": "political_statement",
                "date": "2023-09",
                "precision": "month",
                "basis": "explicit_derived",
                "actors": ["Milan Radoičić"],
                "evidence": "At the end of the month Radoičić, through his lawyer, said he had organised the operation himself and that no one in Serbia had known.",
                "location_note": "a statement through a lawyer; no place given",
                "background": True,
            },
        ],
    },
    {
        "id": "b6-009",
        "outlet": "international wire style (written for sitmap)",
        "publication_date": "2024-07",
        "topic": "Former KLA fighter Pjetër Shala convicted by the Kosovo Specialist Chambers (July 2024) over the Kukës metal factory; arrested in Belgium (March 2021) as background",
        "confusable": "Kukës is in Albania, not Kosovo; Belgium is where the arrest took place; The Hague is the seat of the court.",
        "text": """
War crimes court convicts ex-fighter over [Albania|albania] detention camp

[THE HAGUE|the_hague|D] — The special court for [Kosovo|kosovo] war crimes has convicted a former {Kosovo Liberation Army|n} member, Pjetër Shala, of crimes against prisoners held at a metal factory in [Kukes|kukes], in northern [Albania|albania], during the 1999 war.

Judges found that detainees, most of them {Kosovo Albanians|e} suspected of collaborating with Serbian forces, had been beaten and tortured at the site, and that one of them was killed. Shala was sentenced to 18 years.

The case shows that the court's reach goes beyond [Kosovo|kosovo]'s borders: the guerrillas used bases across the frontier in [Albania|albania], and several of the crimes it examines were committed there.

Shala was arrested in [Belgium|belgium] in March 2021 and handed over to the court. His defence had argued that he was a low-ranking fighter and that the witnesses were unreliable. It may appeal.
""",
        "events": [
            {
                "type": "arrest",
                "date": "2021-03",
                "precision": "month",
                "basis": "explicit",
                "loc": "belgium",
                "actors": ["Belgian authorities", "Pjetër Shala"],
                "numbers": [
                    {"kind": "arrested", "value": 1, "qualifier": None, "who": "Pjetër Shala", "phrase": "Shala"},
                ],
                "evidence": "Shala was arrested in Belgium in March 2021 and handed over to the court.",
                "background": True,
                "note": "the verdict itself is not a security event",
            },
        ],
    },
    {
        "id": "b6-010",
        "outlet": "Balkan regional English-language outlet style (written for sitmap)",
        "publication_date": "2022-10",
        "topic": "Italian Major General Angelo Michele Ristuccia takes over KFOR from Hungarian Major General Ferenc Kajári (Oct 2022)",
        "confusable": "Italy and Hungary are origin countries; Camp Film City is in Pristina; Ferizaj hosts Camp Bondsteel.",
        "text": """
Command of NATO's [Kosovo|kosovo] mission returns to an Italian general

Italian Major General Angelo Michele Ristuccia became the new commander of KFOR in October, replacing Hungarian Major General Ferenc Kajári after a year in the post. The ceremony took place at the mission's headquarters, Camp Film City, in [Prishtinë|pristina].

The force numbered around 3,700 soldiers from some 27 countries, the largest groups coming from [Italy|italy|M], the [United States|united_states|M] and [Hungary|hungary|M]. Most of the American troops are based at Camp Bondsteel near [Ferizaj|ferizaj].

Ristuccia takes over at a difficult moment. Over the summer the dispute over vehicle plates brought barricades to the roads in the north, and [Prishtinë|pristina|M] and [Belgrade|belgrade|M] are still far apart despite EU mediation.

In his first remarks, the new commander said KFOR would remain "ready to intervene" if stability were threatened, repeating the line the mission has used since the summer.
""",
        "events": [
            {
                "type": "other",
                "date": "2022-10",
                "precision": "month",
                "basis": "explicit",
                "loc": "pristina",
                "actors": ["Angelo Michele Ristuccia", "Ferenc Kajári", "KFOR"],
                "numbers": [
                    {"kind": "troops", "value": 3700, "qualifier": "around", "who": "KFOR soldiers", "phrase": "around 3,700 soldiers"},
                    {"kind": "other", "value": 27, "qualifier": "some", "who": "contributing countries", "phrase": "some 27 countries"},
                ],
                "evidence": "Italian Major General Angelo Michele Ristuccia became the new commander of KFOR in October, replacing Hungarian Major General Ferenc Kajári after a year in the post.",
                "subtype": "change_of_command",
                "note": "change of command; the strength figure describes the force",
            },
        ],
    },
    {
        "id": "b6-011",
        "outlet": "translated Serbian portal style (written for sitmap)",
        "publication_date": "2023-07-01",
        "topic": "EU announces measures against Kosovo for not de-escalating in the north (end of June 2023); special police still at the municipal buildings",
        "confusable": "Leposavić is misspelled 'Leposavc'; Zubin Potok also in Cyrillic; Brisel (Brussels) is metonymic; Novi Pazar is in Serbia.",
        "text": """
[Brisel|brussels|M] introduced measures against [Priština|pristina|M], Serbs: too late and too little

The European Union at the end of June announced that it introduces measures against the institutions in [Priština|pristina|M] because they did not take the steps for de-escalation in the north of [Kosovo|kosovo], which were demanded from them after the violence at the end of May.

The High Representative Josep Borrell said that the measures are temporary and reversible and that they include the stopping of the high-level visits and of part of the financial support.

The Serbs in [Leposavc|leposavic], [Zubin Potok|zubin_potok] ([Зубин Поток|zubin_potok]) and [Zvečan|zvecan] say that the special police of [Priština|pristina|M] is still in front of the municipality buildings and that the mayors, who were elected with few votes, still come to work under guard.

The citizens who travelled to [Novi Pazar|novi_pazar] and to central [Serbia|serbia] for work say that at the crossings the controls became longer in the last weeks.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2023-06",
                "precision": "month",
                "basis": "explicit",
                "actors": ["European Union", "Josep Borrell"],
                "evidence": "The European Union at the end of June announced that it introduces measures against the institutions in Priština because they did not take the steps for de-escalation in the north of Kosovo, which were demanded from them after the violence at the end of May.",
                "location_note": "an EU announcement; Brisel is metonymic",
            },
            *[
                {
                    "type": "deployment",
                    "date": "2023-06",
                    "precision": "month",
                    "basis": "inferred_from_context",
                    "loc": key,
                    "actors": ["Kosovo Police special units"],
                    "evidence": "The Serbs in Leposavc, Zubin Potok (Зубин Поток) and Zvečan say that the special police of Priština is still in front of the municipality buildings and that the mayors, who were elected with few votes, still come to work under guard.",
                    "note": "ongoing presence at the town halls; one event per named place",
                }
                for key in ("leposavic", "zubin_potok", "zvecan")
            ],
        ],
    },
    {
        "id": "b6-012",
        "outlet": "translated Serbian portal style (written for sitmap)",
        "publication_date": "2023-09-25",
        "topic": "Vučić addresses the public on the evening of the Banjska attack (24 Sep 2023), blames Kurti; the attack as background",
        "confusable": "Banjska is a village in Zvečan municipality; Zvecan is written without the caron; Belgrade is where Vučić spoke, elsewhere metonymic.",
        "text": """
Vučić: Kurti is the only one guilty for the bloodshed in [Banjska|banjska]

The President of [Serbia|serbia|M] Aleksandar Vučić last night in [Belgrade|belgrade] addressed the citizens and said that the only responsible for the death of people in the north of [Kosovo|kosovo] is Albin Kurti, who, as he said, is to blame for the escalation.

Vučić said that three Serbs were killed, and that one Albanian policeman also lost his life. He declared that [Serbia|serbia|M] will never recognise [Kosovo|kosovo|M] and called the Serbs in the north to stay calm and not to fall into provocations.

Yesterday in the early morning a group of armed men ambushed a patrol of the {Kosovo police|n} near the village [Banjska|banjska] in the municipality of [Zvecan|zvecan], after which the fight moved to the monastery. [Priština|pristina|M] claims that the attackers were supported from [Belgrade|belgrade|M], which Vučić rejected.

Through the whole day special units of the police from [Priština|pristina|M] were blocking the roads toward [Leposavić|leposavic] and the monastery.
""",
        "events": [
            {
                "type": "political_statement",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "belgrade",
                "actors": ["Aleksandar Vučić"],
                "evidence": "The President of Serbia Aleksandar Vučić last night in Belgrade addressed the citizens and said that the only responsible for the death of people in the north of Kosovo is Albin Kurti, who, as he said, is to blame for the escalation.",
            },
            {
                "type": "armed_attack",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["armed group", "Kosovo Police"],
                "numbers": [
                    {"kind": "killed", "value": 3, "qualifier": None, "who": "Serbs (attackers)", "phrase": "three Serbs"},
                    {"kind": "killed", "value": 1, "qualifier": None, "who": "Albanian policeman", "phrase": "one Albanian policeman"},
                    {"kind": "attackers", "value": None, "qualifier": "a group of", "who": "armed men", "phrase": "a group of armed men"},
                ],
                "evidence": "Yesterday in the early morning a group of armed men ambushed a patrol of the Kosovo police near the village Banjska in the municipality of Zvecan, after which the fight moved to the monastery.",
                "background": True,
            },
            {
                "type": "deployment",
                "date": "2023-09-24",
                "basis": "relative_to_publication",
                "loc": "banjska",
                "actors": ["Kosovo Police special units"],
                "evidence": "Through the whole day special units of the police from Priština were blocking the roads toward Leposavić and the monastery.",
                "note": "roads toward the monastery at Banjska; Leposavić is the direction",
                "background": True,
            },
        ],
    },
]
