"""Counts with their phrases: figures, ranges, units, vague quantities, zeros (own sentences)."""

from __future__ import annotations

import pytest

from events.numbers import UNIT_SIZES, find_numbers, parse_figure


@pytest.mark.parametrize(
    ("sentence", "kind", "low", "high", "phrase"),
    [
        ("The alliance will send about 500 Turkish soldiers.", "troops", 500, 500,
         "about 500 Turkish soldiers"),
        ("Around 700 troops reached the camp.", "troops", 700, 700, "Around 700 troops"),
        ("The unit numbers between 500 and 650 soldiers.", "troops", 500, 650,
         "between 500 and 650 soldiers"),
        ("London put a battalion at NATO's disposal.", "troops", *UNIT_SIZES["battalion"],
         "a battalion"),
        ("A further 200 personnel will follow.", "troops", 200, 200, "A further 200 personnel"),
        ("It joins a 400-member contingent.", "troops", 400, 400, "400-member contingent"),
        ("Hundreds of soldiers moved north.", "troops", None, None, "Hundreds of soldiers"),
        ("Three policemen were killed in the ambush.", "killed", 3, 3, "Three policemen"),
        ("The blast left one officer dead.", "killed", 1, 1, "one officer"),
        ("Dozens of people were injured in the scuffles.", "injured", None, None,
         "Dozens of people"),
        ("Gunmen opened fire, wounding four young men.", "injured", 4, 4, "four young men"),
        ("Police arrested 12 suspects overnight.", "arrested", 12, 12, "12 suspects"),
        ("Four or five protesters were hurt.", "injured", 4, 5, "Four or five protesters"),
        ("No injuries were reported after the blast.", "injured", 0, 0,
         "No injuries were reported"),
        ("Officers detained the 40-year-old driver.", "arrested", 1, 1,
         "the 40-year-old driver"),
    ],
)
def test_counts(sentence: str, kind: str, low: int | None, high: int | None,
                phrase: str) -> None:
    found = [n for n in find_numbers(sentence) if n.kind == kind]
    assert [(n.low, n.high, n.phrase) for n in found] == [(low, high, phrase)]
    assert sentence[found[0].start:found[0].end] == phrase


def test_explicit_troop_figure_beats_unit_size() -> None:
    found = find_numbers("A battalion of 550 soldiers arrived.")
    assert [(n.low, n.high) for n in found if n.kind == "troops"] == [(550, 550)]


def test_qualifier_is_kept() -> None:
    (number,) = find_numbers("More than 30 people were injured.")
    assert (number.low, number.qualifier) == (30, "more than")


def test_coordinated_casualties_are_all_counted() -> None:
    found = find_numbers("The clash caused the deaths of a police officer and two attackers.")
    assert [(n.kind, n.low) for n in found] == [("killed", 1), ("killed", 2)]


def test_sub_count_of_them() -> None:
    found = find_numbers("Ten soldiers were injured near the bridge, three of them badly.")
    assert [(n.kind, n.low) for n in found] == [("injured", 10), ("injured", 3)]


def test_offsets_are_shifted() -> None:
    (number,) = find_numbers("Five men were arrested.", 50)
    assert (number.start, number.end) == (50, 58)


@pytest.mark.parametrize("sentence", [
    "The talks lasted two hours.",
    "A soldier spoke to reporters.",
    "The mission began in 1999.",
    "Officials said 5000000 soldiers were deployed.",
])
def test_no_counts(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(("token", "value"), [("1,200", 1200), ("twelve", 12), ("x", None)])
def test_parse_figure(token: str, value: int | None) -> None:
    assert parse_figure(token) == value


@pytest.mark.parametrize(
    "sentence",
    [
        "One of them said police had detained the men overnight.",
        "A staff member told reporters that the hall was attacked.",
        "A former Serb policeman said he saw officers arrested at the bridge.",
        "Police were looking for a suspect who attacked the station.",
    ],
)
def test_a_person_named_in_passing_is_not_a_count(sentence: str) -> None:
    assert [n for n in find_numbers(sentence) if n.low == 1] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said a suspect had been detained.", [("arrested", 1)]),
        ("A staff member of the school was injured.", [("injured", 1)]),
        ("Three men were arrested, one of them a former Serb policeman.", [("arrested", 3)]),
        ("Two people were injured, one of them seriously.", [("injured", 2), ("injured", 1)]),
    ],
)
def test_a_person_counts_when_the_sentence_says_it_happened_to_them(
        sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(n.kind, n.low) for n in find_numbers(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police on Tuesday arrested Milun Milenković in the north.", [("arrested", 1)]),
        ("Gunmen opened fire, killing Sergeant Afrim Bunjaku.", [("killed", 1)]),
        ("A police officer was killed and another wounded.", [("killed", 1), ("injured", 1)]),
        ("Nobody was reported hurt.", [("injured", 0)]),
        ("Police arrested Kosovo Serbs in the village.", []),
    ],
)
def test_named_persons_another_and_reported_zero(sentence: str,
                                                  expected: list[tuple[str, int]]) -> None:
    assert [(n.kind, n.low) for n in find_numbers(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # casualty verbs and nouns of translated reports
        ("Six protesters were taken to hospital after the scuffle.",
         [("injured", 6, "Six protesters")]),
        ("Two guards were hospitalised overnight.", [("injured", 2, "Two guards")]),
        ("Three villagers received medical treatment.", [("injured", 3, "Three villagers")]),
        ("One youth had been hit by a rubber bullet.", [("injured", 1, "One youth")]),
        ("Four officers suffered light injuries.", [("injured", 4, "Four officers")]),
        ("Two drivers sustained wounds to the legs.", [("injured", 2, "Two drivers")]),
        ("Five people lost their lives in the fire.", [("killed", 5, "Five people")]),
        ("A man was shot dead outside the bar.", [("killed", 1, "A man")]),
        ("Eight men were taken into custody.", [("arrested", 8, "Eight men")]),
        # titled and named people
        ("Sergeant Luan Gashi was killed at the checkpoint.",
         [("killed", 1, "Sergeant Luan Gashi")]),
        ("Police officer Drita Morina died of her wounds.",
         [("killed", 1, "Police officer Drita Morina")]),
        ("Mr Jovanović was detained at the gate.", [("arrested", 1, "Mr Jovanović")]),
        ("The Bulgarian, Petar D., was detained near the lake.", [("arrested", 1, "Petar D.")]),
        # inverted order
        ("In the shootout at the quarry died one border policeman and two smugglers.",
         [("killed", 1, "one border policeman"), ("killed", 2, "two smugglers")]),
        ("In the unrest were injured 14 people.", [("injured", 14, "14 people")]),
        # vague quantities keep the phrase
        ("A number of guards and villagers were taken to hospital.",
         [("injured", None, "A number of guards and villagers")]),
        ("Scores of demonstrators were hospitalised.",
         [("injured", None, "Scores of demonstrators")]),
        ("A group of 9 youths were detained.", [("arrested", 9, "9 youths")]),
        ("Among the wounded were three reporters.", [("injured", 3, "three reporters")]),
        ("Killed were one guard and two assailants.",
         [("killed", 1, "one guard"), ("killed", 2, "two assailants")]),
        ("One sergeant lost his life and another was badly hurt.",
         [("killed", 1, "One sergeant"), ("injured", 1, "and another was badly hurt")]),
        ("Around 40 people needed medical assistance.", [("injured", 40, "Around 40 people")]),
        ("Two women were treated in the regional hospital.", [("injured", 2, "Two women")]),
        ("Half a dozen men were taken into police custody.",
         [("arrested", 6, "Half a dozen men")]),
        ("At least a dozen residents were hurt.", [("injured", 12, "At least a dozen residents")]),
        ("Several dozen demonstrators were injured.",
         [("injured", None, "Several dozen demonstrators")]),
    ],
)
def test_unseen_phrasing(sentence: str, expected: list[tuple[str, int | None, str]]) -> None:
    found = find_numbers(sentence)
    assert [(n.kind, n.low, n.phrase) for n in found] == expected
    assert all(sentence[n.start:n.end] == n.phrase for n in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "President Aleksandar Vučić visited the hospital.",
        "Minister Xhelal Sveçla said the talks were held.",
        "Mr Lajčák met both negotiators.",
    ],
)
def test_named_people_without_casualty_verbs_are_no_count(sentence: str) -> None:
    assert find_numbers(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Yesterday a band of some 25 armed men attacked a border post.",
         [("attackers", 25, "some 25 armed men")]),
        ("About 40 masked Serbs stormed the village hall.",
         [("attackers", 40, "About 40 masked Serbs")]),
        ("Three gunmen opened fire on the patrol.", [("attackers", 3, "Three gunmen")]),
        # the attacking side's losses are casualties, not the strength of the group
        ("Three gunmen were killed near the bridge.", [("killed", 3, "Three gunmen")]),
        # troops that attacked are troops
        ("Around 20 soldiers attacked the hill.", [("troops", 20, "Around 20 soldiers")]),
    ],
)
def test_attackers(sentence: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(n.kind, n.low, n.phrase) for n in find_numbers(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("A Dutch battalion of about 250 was flown in for a month.", 250, 250),
        ("An Italian company of 120 took over the patrols.", 120, 120),
        ("A battalion of reserve forces was kept on standby.", 300, 800),
    ],
)
def test_a_unit_with_its_stated_strength(sentence: str, low: int, high: int) -> None:
    troops = [n for n in find_numbers(sentence) if n.kind == "troops"]
    assert [(n.low, n.high) for n in troops] == [(low, high)]
