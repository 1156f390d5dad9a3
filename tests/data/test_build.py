"""``build_data`` and the ``sitmap data`` commands, from the real mirror into tmp_path."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from geo.boundaries import (
    assign_municipality,
    build_municipality_layer,
    load_countries,
    load_municipalities,
    write_layer,
)
from geo.errors import BoundaryFileError, CrosswalkError
from sitmap import datacli
from sitmap.datacli import build_data
from sitmap.settings import Settings
from sitmap.sources import ChecksumMismatch, MissingSource, load_manifest, sync_sources

Leftovers = Callable[[Path], list[Path]]


def _no_gazetteer(settings: Settings) -> Path:
    raise AssertionError("the gazetteer step must not run in this test")


@pytest.fixture()
def synced(settings: Settings, mirror_dir: Path) -> Settings:
    sync_sources(settings, mirror=mirror_dir)
    return settings


@pytest.fixture()
def without_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(datacli, "_find_gazetteer_builder", lambda: None)


def _digests(*paths: Path) -> list[str]:
    return [hashlib.sha256(path.read_bytes()).hexdigest() for path in paths]


def test_build_is_deterministic(synced: Settings, without_gazetteer: None) -> None:
    report = build_data(synced)
    assert [step.name for step in report.steps] == ["municipalities", "countries", "gazetteer"]
    assert report.steps[2].path is None and "not available" in report.steps[2].note
    paths = (synced.municipalities_path, synced.countries_path)
    first = _digests(*paths)
    build_data(synced)
    assert _digests(*paths) == first
    municipalities = load_municipalities(synced.municipalities_path)
    assert municipalities["municipality_code"].tolist() == [f"{n:02d}" for n in range(1, 39)]
    assert len(load_countries(synced.countries_path)) == 9


def test_build_calls_the_gazetteer_step(synced: Settings) -> None:
    calls: list[Settings] = []

    def fake_gazetteer(settings: Settings) -> Path:
        calls.append(settings)
        # The layers it depends on are already built when it runs.
        assert settings.municipalities_path.is_file()
        return settings.gazetteer_path

    report = build_data(synced, gazetteer_builder=fake_gazetteer)
    assert calls == [synced]
    assert report.steps[-1].path == synced.gazetteer_path


def test_build_before_sync_says_to_sync(settings: Settings) -> None:
    with pytest.raises(MissingSource, match="run `sitmap data sync` first"):
        build_data(settings, gazetteer_builder=_no_gazetteer)
    assert not settings.build_dir.exists()


def test_damaged_raw_file_is_caught_before_building(
    synced: Settings, without_gazetteer: None, leftovers: Leftovers
) -> None:
    build_data(synced)
    before = _digests(synced.municipalities_path, synced.countries_path)
    crosswalk = synced.raw_dir / "boundaries" / "xk_municipalities.csv"
    crosswalk.write_bytes(crosswalk.read_bytes().replace(b"Zubin Potok", b"Zubin Potak"))
    with pytest.raises(ChecksumMismatch, match="sitmap data sync --force"):
        build_data(synced)
    assert _digests(synced.municipalities_path, synced.countries_path) == before
    assert leftovers(synced.data_dir) == []


def test_crosswalk_without_a_column_leaves_good_artefacts(
    synced: Settings, without_gazetteer: None, leftovers: Leftovers
) -> None:
    """A manifest pinning a broken crosswalk: the build fails cleanly and keeps the old layers."""
    build_data(synced)
    before = _digests(synced.municipalities_path, synced.countries_path)
    crosswalk = synced.raw_dir / "boundaries" / "xk_municipalities.csv"
    lines = crosswalk.read_text(encoding="utf-8").splitlines()
    broken = "\n".join(line.split(",", 1)[1] for line in lines) + "\n"  # drop adm2_code
    crosswalk.write_text(broken, encoding="utf-8")
    data = crosswalk.read_bytes()
    manifest = load_manifest()
    sources = tuple(
        dataclasses.replace(s, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        if s.key == "municipality_crosswalk"
        else s
        for s in manifest.sources
    )
    with pytest.raises(
        CrosswalkError, match=r"xk_municipalities.csv: missing column\(s\) \['adm2_code'\]"
    ):
        build_data(synced, manifest=dataclasses.replace(manifest, sources=sources))
    assert _digests(synced.municipalities_path, synced.countries_path) == before
    assert leftovers(synced.data_dir) == []


# --- the commands -------------------------------------------------------------------------


@pytest.fixture()
def cli(
    monkeypatch: pytest.MonkeyPatch, settings: Settings, without_gazetteer: None
) -> typer.Typer:
    monkeypatch.setenv("SITMAP_DATA_DIR", str(settings.data_dir))
    monkeypatch.delenv("SITMAP_DATA_MIRROR", raising=False)
    app = typer.Typer()
    data_app = typer.Typer()
    app.add_typer(data_app, name="data")
    datacli.register(app=app, eval_app=typer.Typer(), data_app=data_app)
    return app


def test_commands_sync_then_build(cli: typer.Typer, mirror_dir: Path, settings: Settings) -> None:
    runner = CliRunner()
    synced = runner.invoke(cli, ["data", "sync", "--mirror", str(mirror_dir)])
    assert synced.exit_code == 0, synced.output
    assert "8 fetched, 0 up to date" in synced.output
    again = runner.invoke(cli, ["data", "sync", "--mirror", str(mirror_dir)])
    assert "0 fetched, 8 up to date" in again.output
    built = runner.invoke(cli, ["data", "build"])
    assert built.exit_code == 0, built.output
    assert "municipalities" in built.output and "38 rows" in built.output
    assert "gazetteer" in built.output and "not available" in built.output
    assert settings.municipalities_path.is_file()


def test_command_errors_are_one_line_and_exit_2(cli: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    built = runner.invoke(cli, ["data", "build"])
    assert built.exit_code == 2
    assert "run `sitmap data sync` first" in built.output
    assert "Traceback" not in built.output
    synced = runner.invoke(cli, ["data", "sync", "--mirror", str(tmp_path / "absent")])
    assert synced.exit_code == 2
    assert "mirror folder" in synced.output and "Traceback" not in synced.output


def test_status_command(cli: typer.Typer, mirror_dir: Path, settings: Settings) -> None:
    runner = CliRunner()
    before = runner.invoke(cli, ["data", "status"])
    assert before.exit_code == 1
    assert before.output.count("missing") == 8 and "not built" in before.output
    runner.invoke(cli, ["data", "sync", "--mirror", str(mirror_dir)])
    crosswalk = settings.raw_dir / "boundaries" / "xk_municipalities.csv"
    crosswalk.write_bytes(crosswalk.read_bytes()[:-1] + b"\n\n")
    damaged = runner.invoke(cli, ["data", "status"])
    assert damaged.exit_code == 1
    assert "damaged  boundaries/xk_municipalities.csv  [derived, CC BY 4.0]" in damaged.output
    runner.invoke(cli, ["data", "sync", "--mirror", str(mirror_dir)])
    after = runner.invoke(cli, ["data", "status"])
    assert after.exit_code == 0, after.output
    assert after.output.count("      ok  ") == 8
    assert "attribution: Boundaries: geoBoundaries" in after.output


def test_tiny_pipeline_sync_build_assign(tiny_mirror, settings: Settings) -> None:
    """Tiny mirror -> sync -> layer build -> GeoParquet -> assignment, all from test-made files."""
    sync_sources(settings, mirror=tiny_mirror.root, manifest=tiny_mirror.manifest)
    layer = build_municipality_layer(
        settings.raw_dir / "boundaries" / "tiny.topojson",
        settings.raw_dir / "boundaries" / "tiny.csv",
        expected_count=2,
    )
    assert layer["municipality_code"].tolist() == ["01", "02"]
    assert layer["name_sr_cyrl"].tolist() == ["Запад", "Исток"]
    path = write_layer(layer, settings.municipalities_path)
    loaded = load_municipalities(path)
    codes = assign_municipality([21.05, 21.1, 21.15, 23.0], [42.55, 42.55, 42.55, 42.55], loaded)
    assert codes.tolist() == ["01", "01", "02", None]
    with pytest.raises(BoundaryFileError, match="2 features, expected 38"):
        build_municipality_layer(
            settings.raw_dir / "boundaries" / "tiny.topojson",
            settings.raw_dir / "boundaries" / "tiny.csv",
        )
