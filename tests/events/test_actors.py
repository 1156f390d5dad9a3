"""Actor aliases map to the codebook's canonical names; roles follow the event (own sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from events.actors import ActorsFileError, assign_roles, default_actors, load_actors


@pytest.mark.parametrize(
    ("sentence", "canonical"),
    [
        ("KFOR peacekeepers closed the bridge.", "KFOR"),
        ("The Kosovo Force said the road was open.", "KFOR"),
        ("NATO agreed to send more units.", "NATO"),
        ("Turkish commandos landed at the airport.", "Turkish Armed Forces"),
        ("British troops will join next month.", "British Army"),
        ("U.S. soldiers patrolled the area.", "US Army"),
        ("Hungarian soldiers were hurt.", "Hungarian contingent"),
        ("Polish troops guarded the crossing.", "Polish contingent"),
        ("A Romanian company is on its way.", "Romanian contingent"),
        ("Italian carabinieri stood by.", "Italian contingent"),
        ("Kosovo police closed the crossing.", "Kosovo Police"),
        ("The Kosovo Security Force held an exercise.", "Kosovo Security Force"),
        ("The Serbian army moved towards the line.", "Serbian Armed Forces"),
        ("Serbian gendarmerie units were seen.", "Serbian police"),
        ("Serb protesters blocked the road.", "Serb protesters"),
        ("Ethnic Albanians drove through the town.", "Albanian protesters"),
        ("Radoičić's group barricaded itself inside.", "Armed group"),
        ("EULEX officers observed the hearing.", "EULEX"),
        ("The Kosovo government condemned it.", "Government of Kosovo"),
        ("The Serbian government denied it.", "Government of Serbia"),
        ("Several civilians were caught in the crossfire.", "Civilians"),
    ],
)
def test_aliases(sentence: str, canonical: str) -> None:
    names = [m.name for m in default_actors().find(sentence)]
    assert canonical in names


def test_longest_alias_wins_and_offsets_point_into_text() -> None:
    text = "Members of the Kosovo Security Force met Kosovo Police."
    found = default_actors().find(text, 10)
    assert [(m.name, text[m.start - 10:m.end - 10]) for m in found] == [
        ("Kosovo Security Force", "Kosovo Security Force"), ("Kosovo Police", "Kosovo Police")]


def test_acronyms_are_case_sensitive() -> None:
    assert default_actors().find("the kfor word in lower case") == []


@pytest.mark.parametrize(
    ("subtype", "sentence", "expected"),
    [
        ("deployment", "British troops joined KFOR in the north.",
         (("British Army", "deploying_force"), ("KFOR", "deploying_force"))),
        ("arrest", "Two Kosovo police officers were arrested by Serbian police.",
         (("Kosovo Police", "target"), ("Serbian police", "actor"))),
        ("armed_attack", "Gunmen attacked KFOR near the lake.",
         (("Armed group", "actor"), ("KFOR", "target"))),
    ],
)
def test_roles(subtype: str, sentence: str, expected: tuple[tuple[str, str], ...]) -> None:
    mentions = default_actors().find(sentence)
    assert assign_roles(subtype, sentence, 0, mentions) == expected


def test_malformed_file_names_the_entry(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text('[[actor]]\nname = "X"\nkind = "crowd"\n', encoding="utf-8")
    with pytest.raises(ActorsFileError, match="actor #1 lacks 'aliases'"):
        load_actors(path)
