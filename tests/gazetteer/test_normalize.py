"""Name folding, the offset map back into the original text, and generated name variants."""

from __future__ import annotations

import pytest

from gazetteer.normalize import fold_text, name_variants, normalize_name


@pytest.mark.parametrize("spelling", ["Zvečan", "Zvecan", "Zveçan", "ZVEČAN", "Звечан", "zvečan"])
def test_zvecan_spellings_fold_to_one_key(spelling: str) -> None:
    assert normalize_name(spelling) == "zvecan"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Mitrovicë e Veriut", "mitrovice e veriut"),
        ("Kosovo-Metohija", "kosovo metohija"),
        ("  Fushë   Kosovë ", "fushe kosove"),
        ("U.S.", "u s"),
        ("Đeneral Janković", "djeneral jankovic"),
        ("Ђенерал Јанковић", "djeneral jankovic"),
        ("Лепосавић", "leposavic"),
        ("Graçanicë", "gracanice"),
    ],
)
def test_normalize_name(name: str, expected: str) -> None:
    assert normalize_name(name) == expected


def test_dj_gets_a_plain_d_variant() -> None:
    assert {"djakovica", "dakovica"} <= name_variants("Đakovica")


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("Mitrovicë", "mitrovica"),
        ("Prishtina", "prishtine"),
        ("Ferizaj", "ferizaji"),
        ("Viti", "vitia"),
        ("Kaçanik", "kacaniku"),
        ("Prizren", "prizreni"),
    ],
)
def test_albanian_definite_and_indefinite_forms(name: str, form: str) -> None:
    assert form in name_variants(name, albanian=True)
    assert form not in name_variants(name, albanian=False)


def test_no_bare_stem_variant_that_would_match_a_surname() -> None:
    assert "mitrovic" not in name_variants("Mitrovicë", albanian=True)


@pytest.mark.parametrize(
    "text",
    [
        "A quiet day in Zvečan.",
        "Ђаковица and  Zvečan\n\nnews",
        "Combining marks: Zvec\u030can and đak",
        "İstanbul’s mayor — in Лепосавић!",
    ],
)
def test_fold_text_offsets_point_back_into_the_original(text: str) -> None:
    folded = fold_text(text)
    assert len(folded.starts) == len(folded.folded) == len(folded.ends)
    for index, char in enumerate(folded.folded):
        if char == " ":
            continue
        original = text[folded.starts[index] : folded.ends[index]]
        assert normalize_name(original).replace(" ", "") != "", (index, char, original)
        assert char in normalize_name(original)


def test_fold_text_collapses_space_runs_and_maps_spans() -> None:
    text = "Dren,   Leposavić"
    folded = fold_text(text)
    assert folded.folded == "dren leposavic"
    start = folded.folded.index("leposavic")
    assert text[slice(*folded.span(start, start + len("leposavic")))] == "Leposavić"


def test_expanding_characters_keep_spans_exact() -> None:
    text = "Из Ђаковице у Љубовију"
    folded = fold_text(text)
    start = folded.folded.index("ljuboviju")
    assert text[slice(*folded.span(start, start + len("ljuboviju")))] == "Љубовију"
