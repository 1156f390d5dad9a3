"""Every spelling of a place reaches the same place; ids, municipalities and the build."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from gazetteer.build import build_gazetteer
from gazetteer.index import Gazetteer
from gazetteer.model import GazetteerFileError
from sitmap.settings import Settings


@pytest.mark.parametrize(
    ("spellings", "place_id"),
    [
        (["Zvečan", "Zvecan", "Zveçan", "ZVEČAN", "Звечан"], "gn:783770"),
        (["Banjska", "Banjskë", "Banjske", "Banska"], "gn:792910"),
        (["Mitrovica", "Mitrovicë", "Kosovska Mitrovica"], "gn:789225"),
        (["Prishtina", "Prishtinë", "Priština", "Pristina"], "gn:786714"),
        (["Gračanica", "Graçanica", "Gracanica", "GRACANICA"], "gn:790265"),
        (
            ["North Mitrovica", "Mitrovicë e Veriut", "Severna Kosovska Mitrovica"],
            "ov:north-mitrovica",
        ),
        (["Brnjak", "Bernjak"], "ov:brnjak-crossing"),
        (["Gazivode lake", "Liqeni i Ujmanit", "Ujman"], "ov:gazivode-lake"),
        (["Manastir Dević", "Dević Monastery", "Devic monastery"], "gn:791503"),
        (["Mitrovica (South)", "South Mitrovica", "Mitrovica South"], "mun:15"),
    ],
)
def test_lookup_any_spelling_gives_the_place_first(
    gazetteer: Gazetteer, spellings: list[str], place_id: str
) -> None:
    for spelling in spellings:
        found = gazetteer.lookup(spelling)
        assert found, spelling
        assert found[0].place_id == place_id, (spelling, [p.place_id for p in found[:3]])


def test_lookup_unknown_name_is_empty(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup("Atlantis of the Balkans") == []
    assert gazetteer.place("gn:0") is None


@pytest.mark.parametrize(
    ("place_id", "code"),
    [
        ("gn:783770", "30"),
        ("gn:830257", None),
        ("gn:792910", "30"),
        ("gn:792911", "28"),
        ("gn:791061", "12"),
        ("gn:791062", "29"),
        ("ov:jarinje-crossing", "12"),
        ("ov:brnjak-crossing", "29"),
        ("ov:north-mitrovica", "38"),
        ("ov:mitrovica-main-bridge", None),
    ],
)
def test_municipality_by_point_in_polygon(
    gazetteer: Gazetteer, place_id: str, code: str | None
) -> None:
    place = gazetteer.place(place_id)
    assert place is not None
    if code is None and place_id == "gn:830257":
        assert place.municipality_code not in (None, "30")  # the other Zvečan lies in the west
    else:
        assert place.municipality_code == code


def test_the_38_municipalities_are_places(gazetteer: Gazetteer) -> None:
    municipalities = [gazetteer.municipality(f"{n:02d}") for n in range(1, 39)]
    assert all(
        m is not None and m.feature_type == "municipality" and m.geo_precision == 3
        for m in municipalities
    )
    assert gazetteer.municipality("38").name == "North Mitrovica"
    assert gazetteer.municipality("39") is None


@pytest.mark.parametrize(
    ("place_id", "in_aoi", "precision"),
    [
        ("ov:kosovo", True, 4),
        ("ov:serbia", False, 4),
        ("ov:sremska-mitrovica", False, 1),
        ("ov:raska", False, 1),
        ("ov:north-kosovo", True, 3),
        ("ov:belgrade", False, 1),
    ],
)
def test_overlay_rows(gazetteer: Gazetteer, place_id: str, in_aoi: bool, precision: int) -> None:
    place = gazetteer.place(place_id)
    assert place is not None and place.in_aoi is in_aoi and place.geo_precision == precision
    assert place.source.startswith("overlay: ")


def test_every_place_in_aoi_with_a_point_has_a_municipality_or_is_country_level(
    gazetteer: Gazetteer,
) -> None:
    orphans = [
        p.place_id
        for p in gazetteer.places
        if p.in_aoi
        and p.lat is not None
        and p.municipality_code is None
        and p.geo_precision < 3
        and p.feature_type != "bridge"
    ]
    assert orphans == []


def test_build_is_deterministic(gazetteer_settings: Settings, tmp_path) -> None:
    first = gazetteer_settings.gazetteer_path.read_bytes()
    build_gazetteer(gazetteer_settings)
    assert gazetteer_settings.gazetteer_path.read_bytes() == first
    assert pq.read_table(gazetteer_settings.gazetteer_path).num_rows > 6000


def test_load_missing_file_names_the_fix(tmp_path) -> None:
    with pytest.raises(GazetteerFileError, match="sitmap data build"):
        Gazetteer.load(tmp_path / "nowhere.parquet")


def test_build_without_sources_names_the_sync_step(tmp_path) -> None:
    from gazetteer.model import GazetteerError
    from sitmap.settings import get_settings

    settings = get_settings(data_dir=tmp_path)
    with pytest.raises(GazetteerError, match="sitmap data sync"):
        build_gazetteer(settings)
    assert not settings.gazetteer_path.exists()
