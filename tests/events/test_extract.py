"""extract_events on sentences written for these tests, then on the seed pages (by gold id).

The small gazetteer (``conftest.SmallGazetteer``) stands in for the real one in the unit tests
so that they pin extraction rules only; the seed tests use the built gazetteer.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from events.classify import classify_sentence
from events.extract import extract_events
from events.model import Article, Event

WEDNESDAY = date(2023, 6, 14)


def article(text: str, *, title: str = "", published: date | None = WEDNESDAY) -> Article:
    return Article(article_id="test", title=title, text=text, published=published)


def run(text: str, gazetteer: object, **kwargs: object) -> list[Event]:
    return extract_events(article(text, **kwargs), gazetteer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "subtype"),
    [
        ("Masked men and KFOR soldiers exchanged fire near Zvečan on Monday.", "armed_clash"),
        ("Gunmen opened fire on a police patrol in Zubin Potok on Monday.", "armed_attack"),
        ("An explosive device went off outside a shop in Zvečan on Monday.", "explosion"),
        ("Hundreds of Serbs rallied in North Mitrovica on Monday against the new mayors.",
         "protest"),
        ("Rioters threw stones at police in Zvečan on Monday.", "riot"),
        ("Residents put up barricades on the road to Jarinje on Monday.", "barricade"),
        ("Kosovo police arrested a former officer in Leposavić on Monday.", "arrest"),
        ("Special police raided several houses in Zubin Potok on Monday.", "police_operation"),
        ("Authorities closed the Jarinje crossing to all traffic on Monday.", "border_closure"),
        ("The government decided to close the Jarinje crossing on Monday.", "border_closure"),
        ("Two men were beaten by a group of youths in Zvečan on Monday.", "armed_attack"),
        ("Special police units took control of the Gazivode lake on Monday.",
         "police_operation"),
        ("Polish troops were deployed to Leposavić on Monday.", "deployment"),
        ("KFOR stepped up its patrols in Zubin Potok on Monday.", "deployment"),
        ("NATO approved additional forces for Kosovo on Monday.", "reinforcement_announced"),
        ("Belgrade put its army on high alert on Monday.", "readiness_raised"),
        ("Serbian troops were on full combat alert on Monday.", "readiness_raised"),
        ("Serbia lowered the alert level of its troops on Monday.", "withdrawal"),
        ("Serbian forces were massing tanks near the boundary on Monday.", "military_buildup"),
    ],
)
def test_each_subtype(sentence: str, subtype: str, small_gazetteer: object) -> None:
    events = run(sentence, small_gazetteer)
    assert [e.subtype for e in events] == [subtype]
    event = events[0]
    assert event.date == date(2023, 6, 12) and event.date_basis == "relative_to_publication"
    assert sentence[event.start:event.end] == event.sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Tensions are escalating in the north, analysts warned.",
        "The minister urged Belgrade to withdraw its troops from the boundary.",
        "NATO could deploy more troops if the situation worsens.",
        "Kosovo declared independence in 2008.",
        "The deployment of peacekeepers is seen as a guarantee of calm.",
        "Police did not arrest anyone.",
        "The mayor called on residents to protest peacefully.",
        "Police said a hand grenade was found near the school in Zvečan.",
    ],
)
def test_statements_and_remarks_are_not_events(sentence: str, small_gazetteer: object) -> None:
    assert run(sentence, small_gazetteer) == []


def test_place_precision_and_municipality(small_gazetteer: object) -> None:
    (event,) = run("A grenade exploded near Jarinje on Monday.", small_gazetteer)
    assert (event.place, event.municipality_code, event.geo_precision) == ("Jarinje", "12", 2)
    assert event.place_mention is not None
    assert event.lat is not None and event.in_aoi


def test_deployment_happens_where_troops_go_not_where_they_come_from(
        small_gazetteer: object) -> None:
    (event,) = run("Turkish soldiers from Ankara were deployed to Kosovo on Monday.",
                   small_gazetteer)
    assert event.place == "Kosovo" and event.geo_precision == 4 and event.lat is None
    assert ("Turkish Armed Forces", "deploying_force") in event.actors


def test_troops_go_to_kosovo_from_poland(small_gazetteer: object) -> None:
    (event,) = run("NATO will send 130 more troops from Poland to Kosovo on Monday.",
                   small_gazetteer)
    assert event.place == "Kosovo" and event.count("troops") == (130, 130)


def test_dateline_is_not_the_event_site(small_gazetteer: object) -> None:
    (event,) = run("BELGRADE – Police arrested two men in Zvečan on Monday.", small_gazetteer)
    assert event.place == "Zvečan"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A man from Kosovska Mitrovica was arrested on Monday and taken to Priština.", None),
        ("The court in Ferizaj ordered that the man be arrested on Monday.", None),
        ("Police arrested a man in Zvečan on Monday and took him to Priština.", "Zvečan"),
    ],
)
def test_origins_destinations_and_courts_are_not_arrest_sites(
        sentence: str, place: str | None, small_gazetteer: object) -> None:
    (event,) = run(sentence, small_gazetteer)
    assert event.place == place


def test_place_of_the_crime_is_not_the_arrest_site(small_gazetteer: object) -> None:
    (event,) = run("Police arrested four men on Monday suspected of attacking a patrol in "
                   "Banjska.", small_gazetteer)
    assert event.subtype == "arrest" and event.place is None


def test_troops_on_the_serbian_side_are_never_placed_in_kosovo(small_gazetteer: object) -> None:
    (event,) = run("The Serbian army deployed artillery near the border with Kosovo on Monday.",
                   small_gazetteer)
    assert event.subtype == "military_buildup"
    assert event.place is None and not event.in_aoi


def test_one_event_per_place_listed(small_gazetteer: object) -> None:
    events = run("KFOR troops were deployed in Zvečan, Zubin Potok and Leposavić on Monday.",
                 small_gazetteer)
    assert [e.municipality for e in events] == ["Zvečan", "Zubin Potok", "Leposavić"]


def test_headline_and_body_make_one_event(small_gazetteer: object) -> None:
    text = ("Police detain two men in northern Kosovo\n\n"
            "Kosovo police detained two men in Zvečan on Monday. "
            "The two men were detained after a search of their car.")
    events = run(text, small_gazetteer, title="Police detain two men in northern Kosovo")
    assert len(events) == 1
    event = events[0]
    assert (event.subtype, event.place, event.date) == ("arrest", "Zvečan", date(2023, 6, 12))
    assert event.count("arrested") == (2, 2)
    assert event.also_reported  # the other mentions are kept as provenance


def test_one_incident_told_with_two_forces_of_one_side(small_gazetteer: object) -> None:
    text = ("Serbian police detained three Kosovo police officers on Tuesday. "
            "Kosovo said the three officers were arrested by Serbian forces on Tuesday.")
    (event,) = run(text, small_gazetteer)
    assert event.subtype == "arrest" and event.count("arrested") == (3, 3)


def test_different_events_stay_apart(small_gazetteer: object) -> None:
    text = ("Police arrested a man in Zvečan on Monday. "
            "Police arrested another man in Leposavić on Tuesday.")
    events = run(text, small_gazetteer)
    assert [(e.place, e.date) for e in events] == [("Zvečan", date(2023, 6, 12)),
                                                   ("Leposavić", date(2023, 6, 13))]


def test_cause_named_in_passing_is_not_a_new_event(small_gazetteer: object) -> None:
    events = run("Hundreds of Serbs rallied in North Mitrovica on Monday after the arrest.",
                 small_gazetteer)
    assert [e.subtype for e in events] == ["protest"]


def test_earlier_event_with_its_own_place_is_kept(small_gazetteer: object) -> None:
    events = run("On Monday NATO sent 700 troops to Kosovo following a gunfight in Zvečan.",
                 small_gazetteer)
    assert {(e.subtype, e.place) for e in events} == {
        ("deployment", "Kosovo"), ("armed_clash", "Zvečan")}
    clash = next(e for e in events if e.subtype == "armed_clash")
    # undated earlier event: before publication, so at most the publication month
    assert (clash.date, clash.date_precision, clash.date_basis) == (
        date(2023, 6, 1), "month", "publication")


def test_narrative_date_carries_to_the_next_sentence(small_gazetteer: object) -> None:
    text = "Gunmen attacked a patrol in Zubin Potok on Monday. Police arrested two men in Zvečan."
    attack, arrest = run(text, small_gazetteer)
    assert arrest.date == attack.date == date(2023, 6, 12)
    assert any(note.startswith("date carried from") for note in arrest.notes)


def test_no_date_phrase_falls_back_to_publication(small_gazetteer: object) -> None:
    (event,) = run("Police arrested a man in Zvečan.", small_gazetteer)
    assert (event.date, event.date_basis) == (WEDNESDAY, "publication")
    (dated,) = run("Police arrested a man in Zvečan on Monday.", small_gazetteer)
    assert event.confidence < dated.confidence


def test_counts_carry_their_phrase_and_span(small_gazetteer: object) -> None:
    text = "Gunmen attacked a patrol in Zubin Potok on Monday. Two officers were wounded."
    (event,) = run(text, small_gazetteer)
    (number,) = event.numbers
    assert (number.kind, number.low) == ("injured", 2)
    assert text[number.start:number.end] == number.phrase


@pytest.mark.parametrize(
    ("text", "subtype", "counts"),
    [
        ("Youths hurled rocks at officers in Zvečan, who replied with tear gas. A number of "
         "officers and bystanders were taken to hospital; one man had been hit by a bullet.",
         "riot", [("injured", None), ("injured", 1)]),
        ("A band of masked men attacked a police patrol in Zubin Potok on Monday. Sergeant "
         "Besnik Hoxha was killed and another officer wounded; two of the attackers died in "
         "the gunfight that followed.",
         "armed_attack", [("killed", 1), ("injured", 1), ("killed", 2)]),
        ("Recap: a group of some 30 armed men attacked a police patrol in Zubin Potok on "
         "Sunday morning. Sergeant Ilir Hoti was killed and another officer wounded; three of "
         "the attackers died in the firefight that followed.",
         "armed_attack", [("attackers", 30), ("killed", 1), ("injured", 1), ("killed", 3)]),
        ("Serb youths clashed with KFOR troops in Zvečan on Monday. Scores of youths and 11 "
         "soldiers were wounded and taken to hospital in North Mitrovica.",
         "armed_clash", [("injured", None), ("injured", 11)]),
        ("Gunmen attacked a police patrol near Zubin Potok on Sunday. Officer Arben Morina was "
         "shot dead and two of his colleagues were taken to hospital.",
         "armed_attack", [("killed", 1), ("injured", 2)]),
        ("Gunmen attacked a patrol outside Leposavić on Monday. In the exchange of fire near "
         "the bridge died one police officer and four attackers.",
         "armed_attack", [("killed", 1), ("killed", 4)]),
    ],
)
def test_casualties_told_after_the_incident(text: str, subtype: str,
                                            counts: list[tuple[str, int | None]],
                                            small_gazetteer: object) -> None:
    (event,) = [e for e in run(text, small_gazetteer) if e.subtype == subtype]
    assert sorted(((n.kind, n.low) for n in event.numbers), key=str) == sorted(counts, key=str)
    assert all(text[n.start:n.end] == n.phrase for n in event.numbers)


@pytest.mark.parametrize("text", [
    "Rioters clashed with police in Zvečan on Monday. In Leposavić, two men were taken to "
    "hospital after a car crash.",
    "Rioters clashed with police in Zvečan on Monday. Separately, three people were "
    "hospitalised in Leposavić after a car crash.",
])
def test_casualties_in_another_place_are_not_lent(text: str, small_gazetteer: object) -> None:
    (event,) = [e for e in run(text, small_gazetteer) if e.subtype == "armed_clash"]
    assert event.numbers == ()


@pytest.mark.parametrize("text", ["", "  \n\n ", "x" * 5000, "....."])
def test_texts_without_events(text: str, small_gazetteer: object) -> None:
    assert run(text, small_gazetteer) == []


def test_no_gazetteer_still_extracts(small_gazetteer: object) -> None:
    (event,) = extract_events(article("Police arrested a man on Monday."), None)
    assert event.place is None and event.geo_precision == 4


# ---- the seed pages, with the built gazetteer: gold events by id from ../shared/dev ----

SEED_EVENTS = [
    "seed-000-e1", "seed-000-e3", "seed-000-e4", "seed-001-e1", "seed-001-e2",
    "seed-002-e1", "seed-002-e2", "seed-002-e3", "seed-002-e4", "seed-002-e6",
    "seed-003-e1", "seed-003-e2", "seed-003-e4", "seed-003-e5", "seed-003-e6", "seed-003-e7",
    "seed-004-e2", "seed-004-e3", "seed-004-e4",
]


@pytest.fixture(scope="module")
def seed_scores(dev_dir: Path, mirror_dir: Path, built_settings: object) -> dict[str, object]:
    from events.evaluate import load_dev_articles, score_article
    from gazetteer.index import Gazetteer

    articles = [a for a in load_dev_articles(dev_dir, mirror_dir / "boundaries" /
                                             "xk_municipalities.csv")
                if a.article_id.startswith("seed")]
    gazetteer = Gazetteer.load(built_settings)
    return {a.article_id: score_article(a, gazetteer) for a in articles}


@pytest.mark.shared
@pytest.mark.parametrize("event_id", SEED_EVENTS)
def test_seed_event_found(event_id: str, seed_scores: dict[str, object]) -> None:
    score = seed_scores[event_id.rsplit("-", 1)[0]]
    missed = {m.split()[0] for m in score.misses}  # type: ignore[attr-defined]
    assert event_id not in missed


@pytest.mark.shared
def test_seeds_leak_no_furniture(seed_scores: dict[str, object]) -> None:
    assert sum(s.furniture_leaks for s in seed_scores.values()) == 0  # type: ignore[attr-defined]


def test_events_are_frozen(small_gazetteer: object) -> None:
    (event,) = run("Police arrested a man in Zvečan on Monday.", small_gazetteer)
    with pytest.raises(AttributeError):
        event.place = "elsewhere"  # type: ignore[misc]
    assert replace(event, place="x").place == "x"


# ---- held out: the project's own sample corpus (samples/, written for the project) ----

_FAMILY = {"deployment": "deploy", "reinforcement_announced": "deploy",
           "armed_clash": "violence", "armed_attack": "violence", "riot": "violence",
           "readiness_raised": "buildup", "military_buildup": "buildup"}


def _family(subtype: str) -> str:
    return _FAMILY.get(subtype, subtype)


@pytest.mark.shared
def test_sample_corpus_figures(built_settings: object) -> None:
    """Extraction on samples/corpus against samples/expected.jsonl (not used for tuning rules
    until late; figures in docs/CODEBOOK.md). Events match by subtype family, preferring the
    same municipality and date; no spans are labelled there."""
    import json

    from events.dates import period
    from events.readers import read_articles
    from gazetteer.index import Gazetteer

    root = Path(__file__).resolve().parents[2] / "samples"
    gazetteer = Gazetteer.load(built_settings)
    by_source = {a.source_path[a.source_path.rindex("corpus/"):]: a
                 for a in read_articles(root / "corpus") if hasattr(a, "text") and a.source_path}
    tp = fp = fn = dates_right = dates = munis_right = 0
    for line in (root / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        key = record["file"]
        if record["record"] is not None:
            key += (f"#entry{record['record'] - 1}" if key.endswith(".xml")
                    else f":{record['record']}")
        predicted = extract_events(by_source[key], gazetteer)
        used: set[int] = set()
        for gold in record["events"]:
            options = [i for i, e in enumerate(predicted)
                       if i not in used and _family(e.subtype) == _family(gold["subtype"])]
            if not options:
                fn += 1
                continue
            best = min(options, key=lambda i: (
                predicted[i].municipality_code != gold["municipality_code"],
                str(predicted[i].date) != gold["date"]))
            used.add(best)
            event = predicted[best]
            tp += 1
            munis_right += event.municipality_code == gold["municipality_code"]
            if gold["date"] and event.date is not None:
                gold_day = date.fromisoformat(gold["date"])
                low, high = period(event.date, event.date_precision)
                dates_right += low <= gold_day <= high
            dates += bool(gold["date"])
        fp += len(predicted) - len(used)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= 0.82, (tp, fp, fn)  # 0.852 measured (docs/CODEBOOK.md, section 12)
    assert dates_right / dates >= 0.77  # 0.809 measured
    assert munis_right / tp >= 0.9  # 0.931 measured


# Generalisation rules (docs/CODEBOOK.md, "Rules for unseen articles"): the small gazetteer
# plus a region, a foreign capital and one more city, which those rules are about.
_EXTRA_PLACES = (
    (("northern Kosovo", "North Kosovo"), "t:north-kosovo", "North Kosovo", "region", 3, None,
     True),
    (("Brussels",), "t:brussels", "Brussels", "city", 1, None, False),
    (("Prizren",), "t:prizren", "Prizren", "city", 1, "21", True),
)


class _WiderGazetteer:
    """The test gazetteer with the places above found by plain substring search."""

    def __init__(self, base: object) -> None:
        from gazetteer.model import Place

        self.base = base
        self.extra = [
            (name, Place(pid, label, ftype, 42.5, 20.9, code, label if code else None, aoi, 1.0,
                         names, "test", precision))
            for names, pid, label, ftype, precision, code, aoi in _EXTRA_PLACES
            for name in names
        ]

    def find_mentions(self, text: str) -> list[object]:
        from gazetteer.model import Mention

        found = list(self.base.find_mentions(text))  # type: ignore[attr-defined]
        for name, place in self.extra:
            start = text.find(name)
            while start >= 0:
                found.append(Mention(name, start, start + len(name), place,
                                     place.geo_precision, 1.0, "exact"))
                start = text.find(name, start + 1)
        return sorted(found, key=lambda m: m.start)


@pytest.fixture(scope="module")
def wider(small_gazetteer: object) -> _WiderGazetteer:
    return _WiderGazetteer(small_gazetteer)


@pytest.mark.parametrize(
    ("text", "title", "subtype", "municipality"),
    [
        ("Masked gunmen ambushed a police patrol in northern Kosovo on Monday. "
         "Two officers were wounded near the village of Banjska.", "", "armed_attack", "30"),
        ("Local residents put up barricades in northern Kosovo on Monday.",
         "Barricades go up at Jarinje", "barricade", "12"),
        ("Kosovo police arrested a man in northern Kosovo on Monday. "
         "Police also detained his brother in Zubin Potok.", "", "arrest", "29"),
    ],
)
def test_region_only_event_takes_the_specific_place_of_its_story(
        text: str, title: str, subtype: str, municipality: str, wider: object) -> None:
    full = f"{title}\n\n{text}" if title else text
    (event,) = [e for e in run(full, wider, title=title) if e.subtype == subtype]
    assert event.municipality_code == municipality and event.geo_precision <= 2


@pytest.mark.parametrize(
    "text",
    [
        "Protesters rallied in northern Kosovo on Monday. The mayor later flew to Pristina.",
        "Police detained a man in northern Kosovo on Monday. "
        "Separately, troops were deployed to Zubin Potok.",
    ],
)
def test_region_stays_without_a_place_tied_to_the_event(text: str, wider: object) -> None:
    event = run(text, wider)[0]
    assert event.place == "North Kosovo" and event.municipality_code is None


def test_background_list_makes_no_events_and_lends_no_counts(small_gazetteer: object) -> None:
    text = ("The barricades that went up in Zvečan, Zubin Potok and Leposavić in December "
            "are long gone. Three people were injured in a shooting in Banjska on Monday.")
    events = run(text, small_gazetteer)
    assert [(e.subtype, e.place, e.count("injured")) for e in events] == [
        ("armed_attack", "Banjska", (3, 3))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tension has stayed high after the barricades in Zvečan last year.",
        "Police stepped up checks following the attack in Banjska in January 2022.",
    ],
)
def test_earlier_event_long_before_publication_is_background(sentence: str,
                                                             small_gazetteer: object) -> None:
    assert [e.subtype for e in run(sentence, small_gazetteer)
            if e.type == "incident"] == []


def test_counts_go_to_the_cue_of_their_own_clause(small_gazetteer: object) -> None:
    text = ("Protesters put up barricades in Zubin Potok on Monday, and three people were "
            "injured in a shooting in Banjska.")
    counts = {e.subtype: e.count("injured") for e in run(text, small_gazetteer)}
    assert counts == {"barricade": (None, None), "armed_attack": (3, 3)}


def test_casualties_of_both_sides_go_to_the_incident_past_a_deployment_sentence(
        small_gazetteer: object) -> None:
    text = ("Nearly 30 soldiers were wounded in Zvečan on Monday when a crowd turned on the "
            "troops guarding the building. Italian troops were deployed at the building. "
            "On the other side, around 50 protesters were hurt.")
    incident = next(e for e in run(text, small_gazetteer) if e.type == "incident")
    assert incident.subtype == "armed_attack" and incident.count("injured") == (80, 80)


def test_counts_of_an_incident_elsewhere_stay_with_it(small_gazetteer: object) -> None:
    text = ("Protesters put up barricades in Zubin Potok on Monday. "
            "Three people were injured in Banjska, police said.")
    (event,) = run(text, small_gazetteer)
    assert event.subtype == "barricade" and event.numbers == ()


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("KFOR moves in at Jarinje as special police pull back",
         "NATO peacekeepers took over security at the Jarinje crossing on Monday.",
         ["deployment"]),
        ("Police pull back special units from Jarinje", "Officials gave no reason.",
         ["withdrawal"]),
    ],
)
def test_headline_only_corroborates_the_body(title: str, body: str, expected: list[str],
                                             small_gazetteer: object) -> None:
    events = run(f"{title}\n\n{body}", small_gazetteer, title=title)
    assert [e.subtype for e in events] == expected


@pytest.mark.parametrize(
    ("sentence", "subtype", "place"),
    [
        ("Kosovo special police withdrew from Jarinje on Monday under a deal agreed in "
         "Brussels.", "withdrawal", "Jarinje"),
        ("Troops were deployed to Zubin Potok on Monday after talks in Brussels.",
         "deployment", "Zubin Potok"),
        ("Police in the Prizren region said a suspect had been detained on Monday.",
         "arrest", None),
        ("Kurti blamed Belgrade for Monday's shooting.", "armed_attack", None),
    ],
)
def test_places_of_talks_and_attributions_are_not_sites(sentence: str, subtype: str,
                                                        place: str | None,
                                                        wider: object) -> None:
    (event,) = run(sentence, wider)
    assert (event.subtype, event.place) == (subtype, place)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kurti said the barricades and the gunfire were organised from Belgrade.",
        "Vučić called the blast in Zvečan a criminal and terrorist attack.",
        "The minister condemned the attack in Banjska.",
        "Officials claimed the riot was staged by extremists.",
    ],
)
def test_statements_about_an_event_are_not_events(sentence: str,
                                                  small_gazetteer: object) -> None:
    assert run(sentence, small_gazetteer) == []


@pytest.mark.parametrize(
    ("sentence", "subtypes"),
    [
        ("Local Serbs parked trucks across the road and police closed both crossings at "
         "Jarinje on Monday.", {"barricade", "border_closure"}),
        ("Shots were fired at a Kosovo police patrol near Zubin Potok on Monday.",
         {"armed_attack"}),
        ("Two young men were shot and wounded in Gračanica on Monday.", {"armed_attack"}),
        ("A man was wounded by gunfire in Zvečan on Monday.", {"armed_attack"}),
        ("Unknown persons fired shots in the direction of officers in Zvečan on Monday.",
         {"armed_attack"}),
        ("52 Serbs were injured in clashes with KFOR troops in Zvečan on Monday.",
         {"armed_clash"}),
        ("Protesters and KFOR soldiers scuffled in Zvečan on Monday.", {"armed_clash"}),
        ("Protesters threw stones at police in Zvečan on Monday, while gunmen opened fire on "
         "a KFOR patrol.", {"riot", "armed_attack"}),
        ("Gunmen opened fire on police in Zvečan on Monday and clashed with them.",
         {"armed_attack"}),
    ],
)
def test_clauses_and_passive_or_victim_side_cues(sentence: str, subtypes: set[str],
                                                 small_gazetteer: object) -> None:
    assert {e.subtype for e in run(sentence, small_gazetteer)} == subtypes


def test_casualties_during_the_clashes_are_the_clash(small_gazetteer: object) -> None:
    text = ("KFOR troops and protesters clashed in Zvečan on Monday. "
            "At least 52 Serbs were injured during the clashes in Kosovo, Vučić said.")
    (event,) = run(text, small_gazetteer)
    assert (event.subtype, event.place, event.count("injured")) == ("armed_clash", "Zvečan",
                                                                    (52, 52))


def test_the_country_is_not_an_earlier_events_own_place(small_gazetteer: object) -> None:
    text = ("Peacekeepers took over security at Jarinje on Monday after Kosovo special police "
            "withdrew.")
    assert [e.subtype for e in run(text, small_gazetteer)] == ["deployment"]


def test_clash_count_told_from_the_victims_side(small_gazetteer: object) -> None:
    (event,) = run("52 Serbs were injured in clashes with KFOR troops in Zvečan on Monday.",
                   small_gazetteer)
    assert event.count("injured") == (52, 52)


def test_date_counted_from_the_event_told_before(small_gazetteer: object) -> None:
    text = ("Gunmen attacked a police patrol in Zvečan on 5 June. "
            "Two days later police arrested three suspects in Banjska.")
    arrest = next(e for e in run(text, small_gazetteer) if e.subtype == "arrest")
    assert (arrest.date, arrest.date_basis) == (date(2023, 6, 7), "relative_to_event")


# Wider coverage (docs/CODEBOOK.md, "Wider wording"): ways agencies and local media phrase
# events that the first cue tables missed. Sentences written for these tests.
@pytest.mark.parametrize(
    ("sentence", "subtype"),
    [
        # protests phrased as gatherings: a crowd or people as the subject
        ("Hundreds of Serbs gathered outside the municipal building in Zvečan on Monday to "
         "demand the withdrawal of the mayor.", "protest"),
        ("Crowds gathered outside the town hall in Leposavić on Monday.", "protest"),
        ("Groups of Serbs stood in front of the town hall in Zubin Potok on Monday.", "protest"),
        ("Several hundred residents held a peaceful vigil in North Mitrovica on Monday.",
         "protest"),
        ("Students staged a sit-in in front of the university in Priština on Monday.",
         "protest"),
        ("Demonstrators blocked the entrance of the municipal building in Zvečan on Monday.",
         "protest"),
        ("Thousands of people assembled in the centre of North Mitrovica on Monday.", "protest"),
        ("Local Serbs held a rally in Leposavić on Monday.", "protest"),
        # police operations phrased as searches, raids, closures and escorts
        ("Kosovo police closed the offices of the Serbian postal company in Zvečan on Monday.",
         "police_operation"),
        ("Police shut down Serbian-run institutions in Zubin Potok on Monday.",
         "police_operation"),
        ("Officers searched branches of the bank in Leposavić on Monday, taking away documents "
         "and cash.", "police_operation"),
        ("Police entered the branches in North Mitrovica on Monday and took away documents.",
         "police_operation"),
        ("Special police units escorted the new mayors into their offices in Zvečan on Monday.",
         "police_operation"),
        ("Kosovo police took over the municipal building in Leposavić on Monday.",
         "police_operation"),
        ("Police seized the premises of the Serbian-run court in Zubin Potok on Monday.",
         "police_operation"),
        # explosions by thrown devices
        ("A hand grenade was thrown at a police station in Zvečan on Monday.", "explosion"),
        ("A stun grenade had been thrown at a patrol vehicle in Leposavić on Monday.",
         "explosion"),
        ("An explosive device went off near a police car in Zubin Potok on Monday.",
         "explosion"),
        # barricades by vehicles or materials
        ("Local Serbs blocked roads with trucks and other heavy vehicles near Jarinje on "
         "Monday.", "barricade"),
        ("Residents blocked the road with gravel near Zubin Potok on Monday.", "barricade"),
        ("Trucks were parked across the road near Leposavić on Monday.", "barricade"),
        ("Men put up roadblocks near Jarinje on Monday.", "barricade"),
        # reductions and returns to barracks
        ("Serbia ordered the reduction of the number of army members along the administrative "
         "line on Monday.", "withdrawal"),
        ("The army units returned to their barracks on Monday.", "withdrawal"),
        ("Belgrade pulled back troops from the boundary on Monday.", "withdrawal"),
        ("The Serbian army scaled down its presence near the boundary on Monday.", "withdrawal"),
        # build-ups phrased as increased presence, readiness
        ("The presence of the Serbian army near the administrative line was increased on "
         "Monday.", "military_buildup"),
        ("Serbian units had been ordered closer to the boundary on Monday.", "military_buildup"),
        ("Serbia moved troops and armoured vehicles toward the administrative line on Monday.",
         "military_buildup"),
        ("On Monday Belgrade raised its army to the highest level of combat readiness.",
         "readiness_raised"),
        # deployments phrased as strengthening and arrivals
        ("NATO said on Monday it would strengthen its mission in Kosovo.",
         "reinforcement_announced"),
        ("NATO moved part of its reserve to Kosovo on Monday.", "deployment"),
        ("A Turkish commando battalion arrived in Kosovo on Monday.", "deployment"),
        ("A new Polish contingent took over in Leposavić on Monday.", "deployment"),
        ("KFOR deployed additional troops to Zvečan on Monday.", "reinforcement_announced"),
        ("KFOR ringed the municipal building in Zvečan with barriers and razor wire on "
         "Monday.", "deployment"),
        ("KFOR soldiers secured the municipal building in Leposavić on Monday.", "deployment"),
    ],
)
def test_wider_wording(sentence: str, subtype: str, small_gazetteer: object) -> None:
    events = run(sentence, small_gazetteer)
    assert [e.subtype for e in events] == [subtype]
    assert events[0].date == date(2023, 6, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministers gathered in Brussels on Monday to discuss the north.",
        "Officials gathered information about the incident on Monday.",
        "The Serbian president rejected claims that Serbia was preparing an attack.",
        "Serbia denied it was preparing an attack on Kosovo.",
        "The shop closed its doors early on Monday.",
        "Police closed the investigation on Monday.",
        "Belgrade said the troops would return to their barracks once KFOR acts.",
        "Police searched for the suspects on Monday.",
        "NATO assessed the risk of a Serbian attack on Monday.",
        "Officials discussed a possible deployment of more troops on Monday.",
        "Kurti spoke of fears of an imminent attack by Serbia on Monday.",
        "Kurti dismissed claims on Monday that Kosovo police had entered Serbia.",
        "The minister said on Monday that the arrested man was a former officer.",
    ],
)
def test_wider_wording_false_friends(sentence: str, small_gazetteer: object) -> None:
    assert run(sentence, small_gazetteer) == []


@pytest.mark.parametrize(
    ("sentence", "subtypes"),
    [
        ("NATO peacekeepers ringed the building in Zvečan with barriers on Monday as hundreds "
         "of Serbs gathered outside.", {"deployment", "protest"}),
        ("Police escorted the mayors into their offices in Zvečan on Monday, where crowds of "
         "Serbs gathered outside.", {"police_operation", "protest"}),
    ],
)
def test_one_sentence_two_events_of_different_types(
        sentence: str, subtypes: set[str], small_gazetteer: object) -> None:
    assert {e.subtype for e in run(sentence, small_gazetteer)} == subtypes


def test_background_event_in_an_after_clause_keeps_its_own_month(
        small_gazetteer: object) -> None:
    text = ("After the riot in Zvečan in late May, in which dozens of peacekeepers were "
            "injured, NATO moved part of its reserve to Kosovo on Monday.")
    events = {e.subtype: e for e in run(text, small_gazetteer)}
    assert set(events) == {"riot", "deployment"}
    riot = events["riot"]
    assert (riot.date, riot.date_precision) == (date(2023, 5, 1), "month")
    assert riot.place == "Zvečan" and riot.confidence < events["deployment"].confidence
    assert events["deployment"].date == date(2023, 6, 12)


def test_anniversary_of_an_older_event_is_not_an_event(small_gazetteer: object) -> None:
    text = ("One year ago today, armed men blocked a bridge near Zvečan with trucks. "
            "Residents remember the day with fear.")
    assert run(text, small_gazetteer) == []


def test_headline_only_corroborates_the_body_sentence(small_gazetteer: object) -> None:
    text = ("Police arrest two men in Zvečan\n\n"
            "Kosovo police arrested two men in Zvečan on Monday, a spokesman said.")
    (event,) = run(text, small_gazetteer)
    assert event.sentence.startswith("Kosovo police arrested")
    assert len(event.also_reported) == 1


def test_dispute_about_a_reported_arrest_merges_with_it(small_gazetteer: object) -> None:
    text = ("Serbian police arrested three Kosovo police officers near Jarinje on Monday. "
            "Belgrade says the officers were arrested in Raška, inside Serbia; Priština says "
            "they were detained in Kosovo.")
    (event,) = run(text, small_gazetteer)
    assert event.subtype == "arrest" and event.place == "Jarinje"
    assert len(event.also_reported) == 1


def test_a_disputed_place_is_not_lent_to_the_event(small_gazetteer: object) -> None:
    text = ("Three Kosovo police officers were detained by Serbian forces on Monday. Serbia "
            "said the three were arrested near Raška, while Kosovo insisted they had been "
            "seized near Leposavić.")
    (event,) = run(text, small_gazetteer)
    assert event.place is None and len(event.also_reported) == 1


def test_the_first_account_of_an_event_is_the_event(small_gazetteer: object) -> None:
    text = ("Police said the two suspects were arrested in Zvečan on Monday, while the "
            "families insisted they were innocent.")
    (event,) = run(text, small_gazetteer)
    assert event.subtype == "arrest" and event.place == "Zvečan"


# More wordings of the same classes, checked at the cue level (classify_sentence), and their
# false friends (None: no event).
_WIDER_CUES = [
    ("Hundreds of local Serbs gathered in front of the municipal building in Zvečan on Friday.",
     "protest"),
    ("Several hundred people gathered in the centre of Leposavić, waving Serbian flags.",
     "protest"),
    ("A crowd of several hundred Serbs had formed outside the building by midday.", "protest"),
    ("Serbs rallied in front of the town hall to demand the mayors leave.", "protest"),
    ("Thousands marched through North Mitrovica on Sunday.", "protest"),
    ("Protesters chanted slogans outside the municipal building.", "protest"),
    ("Kosovo Serbs held a protest rally in Gračanica.", "protest"),
    ("About 200 people held a peaceful gathering outside the court in Mitrovica.", "protest"),
    ("Residents of the village staged a sit-in on the road.", "protest"),
    ("Hundreds of Albanians took to the streets of Priština on Saturday.", "protest"),
    ("Serbs continued to gather outside the municipal buildings in the north.", "protest"),
    ("Dozens of Serb residents stood outside the municipal building in Zubin Potok.", "protest"),
    ("Serbs have been gathering daily in front of the municipal buildings since Friday.",
     "protest"),
    ("Crowds of Serbs massed outside the town hall.", "protest"),
    ("Protesters blocked the entrance to the municipal building in Leposavić.", "protest"),
    ("Kosovo police closed five branches of the Serbian postal office in the north on Monday.",
     "police_operation"),
    ("Police raided the offices of the Serbian-run municipality in Zvečan.", "police_operation"),
    ("Kosovo police searched the premises of a Serbian bank in North Mitrovica.",
     "police_operation"),
    ("Police entered several branches of Poštanska štedionica, taking away documents and cash.",
     "police_operation"),
    ("Special police units escorted the mayors into the municipal buildings on Friday.",
     "police_operation"),
    ("Kosovo police took over the municipal buildings in four northern municipalities.",
     "police_operation"),
    ("Police shut down the Serbian-run institutions in Zvečan.", "police_operation"),
    ("Kosovo police seized control of the hydropower plant at Gazivode.", "police_operation"),
    ("Police sealed off the area around the municipal building.", "police_operation"),
    ("Police carried out searches at several locations in Zvečan.", "police_operation"),
    ("Kosovo police closed down the parallel Serbian institutions in the north.",
     "police_operation"),
    ("Police confiscated documents from the Serbian-run office.", "police_operation"),
    ("A hand grenade was thrown at a Kosovo Police station in Zvečan overnight.", "explosion"),
    ("Unknown persons threw an explosive device at a police patrol vehicle.", "explosion"),
    ("An explosive device went off near the police station in Zubin Potok.", "explosion"),
    ("A stun grenade was thrown at a KFOR patrol near Zvečan.", "explosion"),
    ("An explosive device was detonated near the courthouse.", "explosion"),
    ("A bomb exploded under a parked car in North Mitrovica.", "explosion"),
    ("Serbs blocked roads with trucks and other heavy vehicles near the crossings.", "barricade"),
    ("Local Serbs blocked the road with gravel near Rudare.", "barricade"),
    ("Men in balaclavas put up roadblocks at several points.", "barricade"),
    ("Trucks were parked across the main road leading to the crossing.", "barricade"),
    ("Protesters blocked the main road to Jarinje with trucks.", "barricade"),
    ("Trucks and tractors blocked the road near Zubin Potok.", "barricade"),
    ("Serbs erected barriers on the roads leading to the border crossings.", "barricade"),
    ("Serbia ordered the reduction of the number of army members along the administrative line.",
     "withdrawal"),
    ("Army units are returning to their barracks, Vučić said.", "withdrawal"),
    ("Serbia pulled back some of its troops from the border with Kosovo.", "withdrawal"),
    ("The army scaled down its deployment near the boundary.", "withdrawal"),
    ("Serbia reduced the number of troops near the boundary.", "withdrawal"),
    ("Serbian troops were ordered back to their bases.", "withdrawal"),
    ("The presence of the army along the administrative line was increased.", "military_buildup"),
    ("Serbian army units had been ordered closer to the boundary with Kosovo.", "military_buildup"),
    ("Serbia moved troops and armoured vehicles toward the administrative line.",
     "military_buildup"),
    ("Serbian forces were on the highest level of alert.", "readiness_raised"),
    ("Vucic told the troops to reach the highest level of combat readiness.", "readiness_raised"),
    ("The Serbian army was placed on full combat readiness.", "readiness_raised"),
    ("Serbia increased its military presence along the border with Kosovo.", "military_buildup"),
    ("NATO said it would strengthen its mission in Kosovo.", "reinforcement_announced"),
    ("NATO said it would add forces to KFOR.", "reinforcement_announced"),
    ("NATO moved part of its reserve forces to Kosovo.", "deployment"),
    ("A Turkish commando battalion arrived in Kosovo on Saturday.", "deployment"),
    ("A new contingent of Polish soldiers took over from their predecessors.", "deployment"),
    ("NATO deployed additional troops to northern Kosovo.", "reinforcement_announced"),
    ("KFOR ringed the municipal building with barriers and razor wire.", "deployment"),
    ("KFOR troops secured the municipal buildings in Zvečan and Leposavić.", "deployment"),
    ("About 700 additional troops from the reserve force arrived in Kosovo.",
     "reinforcement_announced"),
    ("NATO will send 700 more troops to Kosovo.", "reinforcement_announced"),
    ("Peacekeepers put up metal fences around the town hall in Zvečan.", "deployment"),
    ("The first members of the reserve force arrived in Kosovo on Tuesday.", "deployment"),
    ("KFOR reinforced its presence in the north.", "deployment"),
    ("Kosovo police deployed special units to the north.", "deployment"),
    ("Britain sent 200 soldiers to reinforce KFOR.", "deployment"),
    ("Romanian troops joined the mission on Monday.", "deployment"),
    ("The ministers gathered in Brussels to discuss the crisis.", None),
    ("Vucic rejected claims that Serbia was preparing an attack.", None),
    ("NATO officials said they were monitoring the situation closely.", None),
    ("The shop closed its doors.", None),
    ("Kosovo police closed the case.", None),
    # sites guarded by forces, police storming premises, statements that are not events
    ("Members of the Kosovo police special unit ROSU entered the municipal building in Zvečan.",
     "police_operation"),
    ("Heavily armed Kosovo police stormed the premises of the Serbian Post in North Mitrovica.",
     "police_operation"),
    ("Kosovo police forcibly entered the offices of the Serbian-run municipality.",
     "police_operation"),
    ("KFOR soldiers took up positions around the municipal building in Leposavić.", "deployment"),
    ("KFOR set up a security perimeter around the town hall.", "deployment"),
    ("Polish KFOR troops in riot gear stood guard outside the building.", "deployment"),
    ("Peacekeepers guarded the municipal buildings in the four northern municipalities.",
     "deployment"),
    ("NATO-led peacekeepers were guarding the town halls on Tuesday.", "deployment"),
    ("US soldiers in riot gear protected the town hall in Leposavić.", "deployment"),
    ("Around 500 Serbs protested in front of the municipal building.", "protest"),
    ("Serbs demanded the withdrawal of Kosovo police from the north.", None),
    ("A grenade was hurled at the police station in North Mitrovica late on Tuesday.", "explosion"),
    ("An explosive device was thrown at the house of an Albanian returnee.", "explosion"),
    ("Two hand grenades were thrown at a police vehicle.", "explosion"),
    ("Serbs blocked the main roads in the north with trucks loaded with gravel.", "barricade"),
    ("Serbs parked trucks on the road leading to the crossing.", "barricade"),
    ("Local Serbs set up roadblocks made of trucks and heavy machinery.", "barricade"),
    ("Vučić ordered the army to return to its barracks.", "withdrawal"),
    ("The Serbian army will reduce its presence on the administrative line, Vučić said.",
     "withdrawal"),
    ("Serbia has reduced the number of troops near the border with Kosovo from 8,350 to 4,500.",
     "withdrawal"),
    ("The US said it had spotted a big Serbian troop build-up close to the border.",
     "military_buildup"),
    ("Serbia has deployed tanks and artillery near the administrative line.", "military_buildup"),
    ("Serbian forces were moved closer to the administrative line.", "military_buildup"),
    ("Britain will deploy an additional 200 soldiers to Kosovo.", "reinforcement_announced"),
    ("NATO announced it would send 700 more troops to Kosovo.", "reinforcement_announced"),
    ("NATO has decided to deploy additional forces to Kosovo.", "reinforcement_announced"),
    ("Some 700 troops from the Operational Reserve Force arrived in Kosovo.", "deployment"),
    ("The Romanian contingent took over the Jarinje post from the Polish troops.", "deployment"),
    ("NATO's new commander took over the mission.", None),
    ("The police took over the investigation.", None),
    ("Police entered the house and found weapons.", "police_operation"),
    ("Schools closed for the summer.", None),
    ("Thousands gathered in Priština to celebrate Independence Day.", None),
    ("People gathered on the square to watch the match.", None),
    ("The parties gathered in Brussels for talks.", None),
    ("KFOR secured the release of the detained officers.", None),
    ("Two years ago, Serbs put up barricades across the north.", None),
    # police entering and searching, roads left blocked, forces taking over a site's security
    ("Kosovo police special units in armoured vehicles entered the northern municipalities.",
     "police_operation"),
    ("Police officers burst into the offices of the Serbian-run municipality.", "police_operation"),
    ("Kosovo police conducted searches of several houses in Zvečan.", "police_operation"),
    ("Police blocked the entrance to the municipal building in Zvečan.", None),
    ("Hundreds of Serbs blocked the entrance to the municipal building in Zvečan.", "protest"),
    ("The road to the Jarinje crossing remained blocked on Tuesday.", "barricade"),
    ("The main road was blocked by trucks.", "barricade"),
    ("KFOR has taken over the security of the Jarinje crossing.", "deployment"),
    ("KFOR took over the protection of the municipal building in Leposavić.", "deployment"),
    ("Serbia raised the level of combat readiness of its army.", "readiness_raised"),
    ("The agreement entered into force on Monday.", None),
    ("Police entered into talks with the protesters.", None),
    ("Belgrade says Serbian police entered Kosovo without permission.", "police_operation"),
]


@pytest.mark.parametrize(("sentence", "subtype"), _WIDER_CUES)
def test_wider_wording_cues(sentence: str, subtype: str | None) -> None:
    from events.classify import classify_sentence

    found = [t.subtype for t in classify_sentence(sentence) if not t.background]
    assert (subtype in found) if subtype else found == []


# Unseen-article error classes (docs/CODEBOOK.md, "Live blogs, datelines and clauses"). Each
# case: text, then the events expected as (subtype, place, date) in text order; publication
# Wednesday 14 June 2023, so "Sunday" is 11 June.
SUNDAY = date(2023, 6, 11)
_UNSEEN_CASES: list[tuple[str, list[tuple[str, str | None, date | None]]]] = [
    # 1. live-blog entries: the clock time opens a sentence and does not stop the cue
    ("Live from the north 14:05 — Special police units were sent north on Sunday and posted "
     "at Jarinje.", [("deployment", "Jarinje", SUNDAY)]),
    ("09:10 - Recap: Serbian fighter jets flew near the administrative line on Sunday.",
     [("military_buildup", None, SUNDAY)]),
    ("09:40 — KFOR stepped up patrols around Brnjak on Sunday.",
     [("deployment", "Brnjak", SUNDAY)]),
    ("On Sunday lorries and tractors parked across the carriageway seal off the approaches to "
     "Jarinje and Brnjak.", [("barricade", "Jarinje", SUNDAY), ("barricade", "Brnjak", SUNDAY)]),
    ("Police special units were still stationed at Brnjak on Sunday.",
     [("deployment", "Brnjak", SUNDAY)]),
    # 2. cause clauses: the head event keeps its type; the cause is an older, background event
    ("Serbs put up roadblocks near Jarinje on Sunday, following the arrest of a former officer "
     "on 10 June.", [("barricade", "Jarinje", SUNDAY), ("arrest", None, date(2023, 6, 10))]),
    ("The standoff began on 2 June, when Kosovo Serbs blocked roads near Brnjak.",
     [("barricade", "Brnjak", date(2023, 6, 2))]),
    # 3. nouns in place or object phrases do not set the type
    ("Masked men fired shots towards a police patrol near the barricades in Zubin Potok on "
     "Sunday.", [("armed_attack", "Zubin Potok", SUNDAY)]),
    ("A police car came under fire near the roadblock in Leposavić on Sunday.",
     [("armed_attack", "Leposavić", SUNDAY)]),
    ("Officers arrested two men over the blast in Zvečan on Sunday.",
     [("arrest", "Zvečan", SUNDAY)]),
    ("Negotiators reached a deal on Sunday to remove the roadblocks near Jarinje.", []),
    ("Serb leaders demand that the special units withdraw from Zvečan.", []),
    ("The mayors set an ultimatum for the police to pull out of Leposavić.", []),
    # 4. datelines in another script or in capitals are stripped and never the site
    ("ЛЕПОСАВИЋ – Unknown attackers set fire to a car in Zvečan on Sunday.",
     [("armed_attack", "Zvečan", SUNDAY)]),
    ("ZUBIN POTOK — The explosion which damaged a canal on Sunday flooded two houses.",
     [("explosion", None, SUNDAY)]),
    # 5. guards and escorts, singular and plural
    ("A KFOR soldier stood guard outside the town hall in Zvečan on Sunday.",
     [("deployment", "Zvečan", SUNDAY)]),
    ("Soldiers have been standing guard around the municipal building in Leposavić since "
     "Sunday.", [("deployment", "Leposavić", SUNDAY)]),
    ("Police escorted the newly elected mayor into his office in Zvečan on Sunday.",
     [("police_operation", "Zvečan", SUNDAY)]),
    ("Special units escorted the mayors to their offices in Leposavić on Sunday.",
     [("police_operation", "Leposavić", SUNDAY)]),
    # 6. two events joined by "and in <month>" / "and on <day>", each with its date and place
    ("In May protesters fought KFOR soldiers outside the town hall in Zvečan, and in March an "
     "armed group ambushed police near Zubin Potok.",
     [("armed_clash", "Zvečan", date(2023, 5, 1)),
      ("armed_attack", "Zubin Potok", date(2023, 3, 1))]),
    ("On Friday residents scuffled with police in Leposavić, and on Sunday a bomb exploded in "
     "Zvečan.", [("armed_clash", "Leposavić", date(2023, 6, 9)),
                 ("explosion", "Zvečan", SUNDAY)]),
    ("Protesters clashed with KFOR in Zubin Potok on Sunday.",
     [("armed_clash", "Zubin Potok", SUNDAY)]),
    # 7. generalisations and live-blog headers are not events
    ("Three years of standoffs in the north have followed a pattern: an arrest, then "
     "roadblocks, then talks in Brussels.", []),
    ("Each crisis follows the same pattern: roadblocks near Jarinje, then more police.", []),
    ("Police fired tear gas every time the crowd approached Jarinje on Sunday.",
     [("riot", "Jarinje", SUNDAY)]),
    ("Rolling updates from the two northern crossings, where local Serbs are blocking the "
     "roads.", []),
]


@pytest.mark.parametrize(("text", "expected"), _UNSEEN_CASES)
def test_unseen_article_error_classes(text: str, expected: list[tuple[str, str | None, date]],
                                      small_gazetteer: object) -> None:
    events = run(text, small_gazetteer)
    assert [(e.subtype, e.place, e.date) for e in events] == expected


def test_live_blog_entries_on_one_line_are_sentences() -> None:
    from events.sentences import split_sentences

    text = "Roads stay shut 10:45 — KFOR moved in. 11:20 - Police left at 12:30 - as planned."
    assert [s.text for s in split_sentences(text)] == [
        "Roads stay shut", "10:45 — KFOR moved in.", "11:20 - Police left at 12:30 - as planned."]


def test_background_cause_is_less_confident_than_the_head_event(small_gazetteer: object) -> None:
    events = run("Serbs put up roadblocks near Jarinje on Sunday, following the arrest of a "
                 "former officer on 10 June.", small_gazetteer)
    head, cause = events
    assert cause.confidence <= head.confidence - 0.3


_UNSEEN_CUES: list[tuple[str, str | None]] = [
    ("Two MiG-29s flew along the administrative line on Sunday.", "military_buildup"),
    ("Kosovo police special units sent north as tensions rise", "deployment"),
    ("Helicopters flew over the village on Sunday.", None),  # no boundary: no build-up
    ("The order concerns units stationed in Serbia.", None),  # a description, not a move
    ("KFOR has stationed troops at the Jarinje crossing.", "deployment"),
    ("The ministry posted on social media that police were calm.", None),
    ("The mayors called for the special units to withdraw from Zvečan.", None),
    ("Serbs gave the police an ultimatum to withdraw.", None),
    ("Serbs in the north began removing the barricades on Sunday.", None),
    ("Police withdrew from Zvečan on Sunday.", "withdrawal"),
    ("Shots were fired at a patrol near the roadblock.", "armed_attack"),
    ("Gunmen opened fire at the barricade near Jarinje, and police then closed the crossing.",
     "border_closure"),
]


@pytest.mark.parametrize(("sentence", "subtype"), _UNSEEN_CUES)
def test_unseen_article_cues(sentence: str, subtype: str | None) -> None:
    from events.classify import classify_sentence

    found = [t.subtype for t in classify_sentence(sentence) if not t.background]
    assert (subtype in found) if subtype else found == []
    assert "barricade" not in found  # a barricade named as a place or removed is no event


# The last round of rules for unseen articles: sentences written for these tests in the
# stilted English of translated Albanian and Serbian portals and in wire English.
@pytest.mark.parametrize(
    ("sentence", "subtype", "municipalities"),
    [
        # police staffing: one deployment per station named
        ("The police directorate has sent officers from other parts of Kosovo to staff the "
         "stations in the north, including those in Zubin Potok and Leposavić.", "deployment",
         ["Zubin Potok", "Leposavić"]),
        ("Kosovo Police moved policemen from the south to man the police stations in Zvečan "
         "and Leposavić.", "deployment", ["Zvečan", "Leposavić"]),
        # forces securing a building
        ("The soldiers of KFOR have put a wire fence around the building of municipality in "
         "Zvečan and they stay in front of it.", "deployment", ["Zvečan"]),
        ("Italian carabinieri are positioned in front of the municipality building in Zubin "
         "Potok.", "deployment", ["Zubin Potok"]),
        ("Peacekeepers put up barbed wire around the town hall in Leposavić.", "deployment",
         ["Leposavić"]),
        ("KFOR soldiers are standing in front of the municipality building in Leposavić.",
         "deployment", ["Leposavić"]),
        ("Members of the Kosovo Police were engaged to guard the canal in Zubin Potok.",
         "deployment", ["Zubin Potok"]),
        # search operations
        ("Special police units spent the night combing the woods and hills around Banjska.",
         "police_operation", ["Zvečan"]),
        ("The units of ROSU combed the terrain near Leposavić for the whole day.",
         "police_operation", ["Leposavić"]),
        ("Police searched the area around Zubin Potok looking for the attackers.",
         "police_operation", ["Zubin Potok"]),
        ("Police conducted a search of the area around Banjska.", "police_operation",
         ["Zvečan"]),
        # a warning of a build-up is the build-up; normal levels are a withdrawal
        ("Washington warned of an unusual concentration of Serbian troops, tanks and artillery "
         "along the boundary with Kosovo.", "military_buildup", [None]),
        ("Washington expressed concern over the concentration of Serbian troops along the "
         "boundary with Kosovo.", "military_buildup", [None]),
        ("Vučić said he had ordered the number of soldiers near the line to be brought back to "
         "normal levels.", "withdrawal", [None]),
        # guard orders
        ("The government has ordered police to guard power stations and dams in Zubin Potok "
         "around the clock.", "deployment", ["Zubin Potok"]),
        ("The ministry tasked the Kosovo police to protect the water plants of the north.",
         "deployment", [None]),
        # a crowd and a force trading blows is one clash, not a barricade beside a riot
        ("Residents blocked streets in Zvečan and threw stones and bottles at officers, who "
         "responded with tear gas.", "armed_clash", ["Zvečan"]),
        ("The citizens closed the road with trucks in Leposavić and threw rocks at the police, "
         "which then responded with stun grenades.", "armed_clash", ["Leposavić"]),
    ],
)
def test_translated_portal_phrasings(sentence: str, subtype: str,
                                     municipalities: list[str | None],
                                     small_gazetteer: object) -> None:
    events = run(sentence, small_gazetteer)
    assert [e.subtype for e in events] == [subtype] * len(municipalities)
    assert [e.municipality for e in events] == municipalities


@pytest.mark.parametrize(
    "sentence",
    [
        "Flags are at half-mast on public buildings in Zvečan, Leposavić and Zubin Potok after "
        "the attack.",
        "A day of mourning was declared in Kosovo after the attack on the police in Banjska.",
        "A funeral was held in Pristina for the officer killed in the attack on Sunday.",
        "The assembly held a minute of silence for the policeman killed in the shooting in "
        "Banjska.",
        "Pristina blamed the attack on Belgrade.",
        "The prime minister blamed Serbia for the attack in Banjska.",
        "The police blamed the armed group for the explosion near Zubin Potok.",
        "The US warned of a possible attack on Kosovo.",
    ],
)
def test_mourning_and_blame_are_not_attacks(sentence: str, small_gazetteer: object) -> None:
    assert [e.subtype for e in run(sentence, small_gazetteer)] == []


def test_guard_order_keeps_its_type_and_dates_the_blast_three_days_back(
        small_gazetteer: object) -> None:
    text = ("The government has ordered police to guard power stations, dams and water plants "
            "around the clock, three days after an explosion tore a hole in the canal at "
            "Zubin Potok.")
    events = run(text, small_gazetteer)
    deployment = next(e for e in events if e.subtype == "deployment")
    blast = next(e for e in events if e.subtype == "explosion")
    assert deployment.municipality is None and deployment.date == WEDNESDAY
    assert blast.municipality == "Zubin Potok"
    assert blast.date == date(2023, 6, 11) and blast.date_precision == "day"
    assert blast.confidence < deployment.confidence + 0.3


def test_both_crossings_are_the_last_two_named(small_gazetteer: object) -> None:
    text = ("Protesters blocked the roads to Jarinje and Brnjak on Monday. The police closed "
            "the crossing at Jarinje. KFOR troops remain stationed near both crossings.")
    events = run(text, small_gazetteer)
    deployments = [e for e in events if e.subtype == "deployment"]
    assert sorted(e.place for e in deployments) == ["Brnjak", "Jarinje"]


@pytest.mark.parametrize(
    ("sentence", "subtypes"),
    [
        # announced cuts of police numbers at named sites
        ("The number of special police stationed before the municipal buildings of Zvečan and "
         "Leposavić will be reduced by a third, the minister announced.", ["withdrawal"]),
        ("The number of gendarmerie officers at the lake was lowered by half.", ["withdrawal"]),
        # more patrols and presence
        ("KFOR has raised the number of its patrols in the Zubin Potok area.", ["deployment"]),
        ("The peacekeepers increased the number of their patrols around the bridge.",
         ["deployment"]),
        ("Soldiers have also been present at many points along the river bank.", ["deployment"]),
        ("A Danish company of about 120 was sent for two months to the north.", ["deployment"]),
        # thrown devices with a count between verb and noun
        ("Unknown men threw three stun grenades at a police vehicle in Zvečan.", ["explosion"]),
        ("Attackers hurled two hand grenades into the yard of the police station.",
         ["explosion"]),
        ("Someone lobbed an explosive device under a parked patrol car.", ["explosion"]),
        ("Police threw stun grenades to disperse the crowd.", ["riot"]),
        # vehicle blockades and halted traffic
        ("Lorries and tractors now block two routes in the municipalities of Zvečan and "
         "Leposavić.", ["barricade"]),
        ("Traffic to the Brnjak crossing has been halted since the morning.",
         ["border_closure"]),
        # standby and arson told in its own right
        ("Reserve units were put on shorter notice.", ["readiness_raised"]),
        ("The police jeep was set alight shortly after midnight on Sunday.", ["armed_attack"]),
        # not events
        ("Attacks on the water supply that serves everyone are unacceptable.", []),
        ("The Office for Kosovo and Metohija stated that the arrest was a provocation.", []),
        ("Most of the additional soldiers arrived in late autumn.", []),
    ],
)
def test_unseen_article_wordings(sentence: str, subtypes: list[str]) -> None:
    assert [t.subtype for t in classify_sentence(sentence) if not t.reference] == subtypes


def test_search_and_arrest_in_one_sentence_are_two_events(small_gazetteer: object) -> None:
    events = run("Police searched three flats in Zvečan early on Monday and detained two young "
                 "men suspected of setting fire to a patrol car the night before.",
                 small_gazetteer)
    assert [e.subtype for e in events] == ["police_operation", "arrest"]
    assert all(e.date == date(2023, 6, 12) for e in events)


def test_operation_that_led_to_an_arrest_stays_one_arrest(small_gazetteer: object) -> None:
    events = run("On Monday the police conducted an operation in Zvečan and arrested a "
                 "former officer.", small_gazetteer)
    assert [e.subtype for e in events] == ["arrest"]


def test_force_summary_and_its_two_background_events(small_gazetteer: object) -> None:
    events = run("KFOR started the year with around 4,200 soldiers, up from some 3,700, after "
                 "two waves of reinforcement that followed the riot in Zvečan in March and the "
                 "gunfight at Leposavić in April.", small_gazetteer,
                 published=date(2023, 12, 20))
    summary = [e for e in events if e.subtype == "deployment"]
    assert [n.low for n in summary[0].numbers if n.kind == "troops"] == [4200]
    background = {(e.subtype, e.municipality, e.date) for e in events if e is not summary[0]}
    assert background == {("riot", "Zvečan", date(2023, 3, 1)),
                          ("armed_clash", "Leposavić", date(2023, 4, 1))}
    assert all(e.confidence < 0.7 for e in events if e is not summary[0])
