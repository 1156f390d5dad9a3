"""``sitmap geoparse`` and ``sitmap eval geoparse`` through the real CLI root."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitmap.cli import app
from sitmap.settings import Settings

runner = CliRunner()


def test_geoparse_json_lines_from_stdin(gazetteer_settings: Settings) -> None:
    text = "Roads near Jarinje were blocked, officials in Belgrade said."
    result = runner.invoke(
        app,
        [
            "geoparse",
            "-",
            "--format",
            "json",
            "--gazetteer",
            str(gazetteer_settings.gazetteer_path),
        ],
        input=text,
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["place_id"] for r in records] == ["ov:jarinje-crossing", "ov:belgrade"]
    first = records[0]
    assert text[first["start"] : first["end"]] == first["text"] == "Jarinje"
    assert (
        first["geo_precision"] == 2
        and first["municipality_code"] == "12"
        and first["in_aoi"] is True
    )
    assert set(first) >= {
        "text",
        "start",
        "end",
        "place_id",
        "name",
        "feature_type",
        "lat",
        "lon",
        "municipality_code",
        "municipality",
        "in_aoi",
        "geo_precision",
        "score",
    }


def test_geoparse_table_from_file(gazetteer_settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "note.txt"
    source.write_text("A patrol passed through Zvečan.", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "geoparse",
            str(source),
            "--format",
            "table",
            "--gazetteer",
            str(gazetteer_settings.gazetteer_path),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "gn:783770" in result.output and "place_id" in result.output.splitlines()[0]


def test_geoparse_missing_file_exits_2(gazetteer_settings: Settings, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "geoparse",
            str(tmp_path / "absent.txt"),
            "--gazetteer",
            str(gazetteer_settings.gazetteer_path),
        ],
    )
    assert result.exit_code == 2


def test_eval_geoparse_json_totals(gazetteer_settings: Settings, dev_dir: Path) -> None:
    result = runner.invoke(
        app,
        [
            "eval",
            "geoparse",
            str(dev_dir),
            "--format",
            "json",
            "--gazetteer",
            str(gazetteer_settings.gazetteer_path),
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 26 and rows[-1]["article_id"] == "TOTAL"
    assert rows[-1]["recall"] >= 0.95 and rows[-1]["precision"] >= 0.95


def test_eval_geoparse_table(gazetteer_settings: Settings, dev_dir: Path) -> None:
    result = runner.invoke(
        app,
        ["eval", "geoparse", str(dev_dir), "--gazetteer", str(gazetteer_settings.gazetteer_path)],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("TOTAL")
