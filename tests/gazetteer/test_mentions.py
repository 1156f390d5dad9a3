"""find_mentions on sentences written for these tests: spans, guards, context and precision."""

from __future__ import annotations

import pytest

from gazetteer.index import Gazetteer
from gazetteer.model import Mention


def found(gazetteer: Gazetteer, text: str) -> list[Mention]:
    mentions = gazetteer.find_mentions(text)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert 0.0 <= mention.score <= 1.0 and 1 <= mention.geo_precision <= 4
    return mentions


def ids(mentions: list[Mention]) -> list[str]:
    return [m.place.place_id for m in mentions if m.place is not None]


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        ("Shots were fired at a patrol in Zvecan overnight.", "Zvecan", "gn:783770"),
        ("Shots were fired at a patrol in Zveçan overnight.", "Zveçan", "gn:783770"),
        ("BREAKING: ZVEČAN police station attacked.", "ZVEČAN", "gn:783770"),
        ("Полиција у Звечан стигла је ноћу.", "Звечан", "gn:783770"),
        ("Masked men stormed the monastery in Banska at dawn.", "Banska", "gn:792910"),
        ("A convoy left Prishtinë for the north.", "Prishtinë", "gn:786714"),
        ("Talks resumed in Ferizaji after the holiday.", "Ferizaji", "gn:784759"),
    ],
)
def test_spellings_and_misspellings_in_text(
    gazetteer: Gazetteer, text: str, surface: str, place_id: str
) -> None:
    mentions = found(gazetteer, text)
    assert [(m.text, m.place.place_id) for m in mentions] == [(surface, place_id)]


@pytest.mark.parametrize(
    ("misspelling", "place_id"),
    [("Leposavik", "gn:788731"), ("Gracaniica", "gn:790265"), ("Podujevoo", "gn:786950")],
)
def test_fuzzy_match_is_marked(gazetteer: Gazetteer, misspelling: str, place_id: str) -> None:
    (mention,) = found(gazetteer, f"Residents of {misspelling} gathered at the church.")
    assert mention.method.startswith("fuzzy") and mention.place.place_id == place_id
    assert mention.score < 0.9


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Barricades went up again near Zvecen overnight.", "Zvečan"),
        ("Two men were detained in Prizran on Monday.", "Prizren"),
        ("A convoy reached Gjilen before noon.", "Gjilan"),
    ],
)
def test_one_vowel_swapped_in_an_important_name_is_matched(
    gazetteer: Gazetteer, text: str, name: str
) -> None:
    (mention,) = found(gazetteer, text)
    assert mention.method.startswith("fuzzy") and mention.place.name == name


@pytest.mark.parametrize(
    "text",
    ["The Parties met the Patrols.", "Serbian Stations reopened.", "Pristine Planets shone."],
)
def test_vowel_swap_rule_lets_no_ordinary_word_through(gazetteer: Gazetteer, text: str) -> None:
    assert found(gazetteer, text) == []


def test_misspelling_below_the_cutoff_is_not_matched(gazetteer: Gazetteer) -> None:
    # "Prisitna" is below the fuzzy cutoff on purpose: the cutoff keeps ordinary words out.
    assert found(gazetteer, "Residents of Prisitna gathered.") == []


def test_sremska_mitrovica_is_out_of_aoi_and_kosovska_is_in(gazetteer: Gazetteer) -> None:
    mentions = found(
        gazetteer, "Fans travelled from Sremska Mitrovica to Kosovska Mitrovica by bus."
    )
    assert [(m.text, m.place.in_aoi) for m in mentions] == [
        ("Sremska Mitrovica", False),
        ("Kosovska Mitrovica", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banjska near Vushtrri held a village fair; Vushtrri's mayor came.", "gn:792911"),
        ("After the attack, Banjska, Zvečan and Leposavić stayed under lockdown.", "gn:792910"),
        ("A barn burned in Dren in Zubin Potok.", "gn:791062"),
        ("Farmers in Dren, Leposavić, refused to leave.", "gn:791061"),
        ("The ski season opened in Brezovica.", "ov:brezovica-ski"),
        ("Shepherds near Brezovica in Leposavić lost sheep.", "gn:830939"),
        ("A fire spread around Brezovica near Peja.", "gn:855454"),
        ("The small village of Zvečan near Klina held a fair.", "gn:830257"),
    ],
)
def test_ambiguous_names_resolved_by_context(
    gazetteer: Gazetteer, text: str, expected: str
) -> None:
    assert ids(found(gazetteer, text))[0] == expected


def test_zvecan_town_beats_the_village_in_klina(gazetteer: Gazetteer) -> None:
    (mention,) = found(gazetteer, "Protesters gathered in Zvečan.")
    assert mention.place.place_id == "gn:783770"
    assert "gn:830257" in mention.candidates


def test_northern_part_of_mitrovica_is_north_mitrovica(gazetteer: Gazetteer) -> None:
    (mention,) = found(
        gazetteer, "Police detained him in the northern part of Mitrovica on Sunday."
    )
    assert (
        mention.place.place_id == "ov:north-mitrovica" and mention.place.municipality_code == "38"
    )
    for text in (
        "Shops closed on the northern side of Mitrovica.",
        "Shops closed in Mitrovica's northern part.",
    ):
        assert ids(found(gazetteer, text)) == ["ov:north-mitrovica"], text
    (bare,) = found(gazetteer, "A rally was held in Mitrovica on Sunday.")
    assert bare.place.place_id == "gn:789225"


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("A grenade exploded near Jarinje late on Friday.", 2),
        ("A grenade exploded at Jarinje late on Friday.", 1),
        ("Gunfire was heard on the outskirts of Zvečan.", 2),
        ("Soldiers patrolled the municipality of Leposavić.", 3),
        ("Serbia raised its alert level.", 4),
        ("Unrest spread in northern Kosovo.", 3),
    ],
)
def test_geo_precision(gazetteer: Gazetteer, text: str, precision: int) -> None:
    (mention,) = found(gazetteer, text)
    assert mention.geo_precision == precision


@pytest.mark.parametrize(
    "text",
    [
        "The Kosovo Police said the Kosovo Security Force was not involved.",
        "The Kosovo Interior Ministry and the Kosovo Intelligence Agency issued a statement.",
        "The Kosovo Protection Corps and Kosovo Energy Distribution Services replied.",
        "The Kosovo Liberation Army fought in 1999; the Kosovo Force arrived later.",
        "Follow @Kosovo_Police for updates.",
        "Tags: #Kosovo #Serbia #KFOR",
        "The (Kosovo) police reported two arrests.",
        "Kosovo Serbs and Kosovo Albanians disagreed; Kosovar media reported it.",
        "The Diocese of Raška-Prizren condemned the assault.",
        "She spoke to RFE/RL's Kosovo Service and Radio Free Europe.",
        "The Serbian Orthodox Church and the Post of Serbia issued statements.",
    ],
)
def test_organisations_and_ethnonyms_are_not_places(gazetteer: Gazetteer, text: str) -> None:
    assert found(gazetteer, text) == []


def test_people_named_like_villages_are_not_places(gazetteer: Gazetteer) -> None:
    text = "Milun Milenković was arrested. Later Milenković denied it, said Dejan Pantić."
    assert found(gazetteer, text) == []


def test_capitalisation_guards(gazetteer: Gazetteer) -> None:
    text = "Let us see: the us and them story. May we go? The US and the U.S. and the UK agreed."
    mentions = found(gazetteer, text)
    assert [m.text for m in mentions] == ["US", "U.S.", "UK"]
    assert all(not m.place.in_aoi for m in mentions)


def test_phrases_and_countries(gazetteer: Gazetteer) -> None:
    text = (
        "Belgrade said Kosovo and Metohija and central Serbia border the Republic of Kosovo claims."
    )
    assert [m.text for m in found(gazetteer, text)] == [
        "Belgrade",
        "Kosovo and Metohija",
        "central Serbia",
        "Republic of Kosovo",
    ]


def test_mixed_script_text_offsets(gazetteer: Gazetteer) -> None:
    text = "Из Лепосавића: report from Leposavić and Грачаница, then Đakovica."
    mentions = found(gazetteer, text)
    assert {"Leposavić", "Грачаница", "Đakovica"} <= {m.text for m in mentions}


def test_empty_text(gazetteer: Gazetteer) -> None:
    assert gazetteer.find_mentions("") == []


def test_headline_villages_survive_title_case(gazetteer: Gazetteer) -> None:
    text = "Gotovuša Residents Protest After Shooting\nA man was hurt in Gotovuša on Friday."
    assert [m.text for m in found(gazetteer, text)] == ["Gotovuša", "Gotovuša"]


@pytest.mark.parametrize(
    "text",
    [
        "According to Prishtina Insight, the talks failed.",
        "Kosovo Online reported the arrest.",
        "Radio Television of Serbia aired the speech.",
    ],
)
def test_outlets_named_after_places_are_not_places(gazetteer: Gazetteer, text: str) -> None:
    assert found(gazetteer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Parties agreed on a Term sheet; Grace said Don has done it.",
        "Pristine beaches near Boston drew crowds.",
        "Don't move: the Race is on.",
    ],
)
def test_english_words_that_are_minor_feature_names_are_not_places(
    gazetteer: Gazetteer, text: str
) -> None:
    assert found(gazetteer, text) == []


def test_english_word_names_stay_available_to_lookup(gazetteer: Gazetteer) -> None:
    assert any(p.feature_type == "region" for p in gazetteer.lookup("Has"))


def test_people_in_headlines_are_still_people(gazetteer: Gazetteer) -> None:
    text = "Konstantin Belousov Visits Pristina Today\nThe visit was short."
    assert [m.text for m in found(gazetteer, text)] == ["Pristina"]


def test_mutivoda_crossing_is_not_the_village_mutivode(gazetteer: Gazetteer) -> None:
    text = "Trucks queued at the Mutivoda crossing while the village of Mutivode stayed calm."
    assert ids(found(gazetteer, text)) == ["ov:mutivoda-crossing", "gn:830245"]


def test_kosovo_stays_the_country_next_to_kosovo_polje(gazetteer: Gazetteer) -> None:
    text = "In Fushë Kosovë and Obiliq the mood was tense; Kosovo was calm elsewhere."
    assert ids(found(gazetteer, text))[-1] == "ov:kosovo"


def test_short_datelines_in_capitals(gazetteer: Gazetteer) -> None:
    text = "PEJA, Kosovo - Police said the road was open. HAS NOT been confirmed."
    assert ids(found(gazetteer, text)) == ["gn:787157", "ov:kosovo"]


def test_the_north_is_a_region_only_on_request_and_only_about_kosovo(gazetteer: Gazetteer) -> None:
    text = "Serbs in Zvečan and across the north boycotted the vote."
    assert [m.text for m in found(gazetteer, text)] == ["Zvečan"]
    vague = gazetteer.find_mentions(text, vague_regions=True)
    assert [(m.text, m.place.place_id, m.geo_precision) for m in vague] == [
        ("Zvečan", "gn:783770", 1),
        ("the north", "ov:north-kosovo", 3),
    ]
    assert text[vague[1].start : vague[1].end] == "the north"
    elsewhere = "Snow fell across the north of England and in the north."
    assert [m.text for m in gazetteer.find_mentions(elsewhere, vague_regions=True)] == ["England"]
