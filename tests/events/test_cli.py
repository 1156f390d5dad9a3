"""``sitmap ingest``, ``sitmap extract`` and ``sitmap events`` through the real command line."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import events.ingest
from events.model import Article, Event
from sitmap.cli import app

runner = CliRunner()


class NoPlaces:
    """A gazetteer that knows no names (extraction then keeps events at country level)."""

    def find_mentions(self, text: str) -> list[Any]:
        return []


def arrests(article: Article, gazetteer: Any) -> list[Event]:
    """One arrest in Zvečan per sentence that says "arrested", dated by publication."""
    return [
        Event(
            type="incident",
            subtype="arrest",
            date=article.published,
            date_precision="day",
            date_basis="publication",
            place_id="gn:783770",
            place="Zvečan",
            lat=42.908,
            lon=20.840,
            municipality_code="30",
            municipality="Zvečan",
            in_aoi=True,
            geo_precision=1,
            actors=(("Kosovo Police", "actor"),),
            numbers=(),
            sentence=m.group().strip(),
            start=m.start(),
            end=m.end(),
            confidence=0.6,
        )
        for m in re.finditer(r"[^.]*\barrested\b[^.]*\.", article.text)
    ]


@pytest.fixture()
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A private data folder and store; test extractor and gazetteer stand in for the built ones."""
    monkeypatch.setenv("SITMAP_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'data' / 'store.db'}"
    monkeypatch.setenv("SITMAP_DB_URL", url)
    monkeypatch.setattr(events.ingest, "default_extractor", lambda: arrests)
    monkeypatch.setattr(events.ingest, "load_default_gazetteer", lambda settings: NoPlaces())
    return url


STORY = (
    "Arrest in Zvečan\n\nPolice arrested a man in Zvečan on Tuesday after a search of his house "
    "in the "
    "town centre, a police spokesman said.\n"
)


def test_ingest_prints_a_summary_and_exits_0(tmp_path: Path, env: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    result = runner.invoke(
        app, ["ingest", str(tmp_path / "in"), "--published", "2023-06-13", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    assert "ingested 1 article(s), 0 already known, 0 rejected" in result.output
    again = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--no-progress"])
    assert again.exit_code == 0 and "ingested 0 article(s), 1 already known" in again.output


def test_ingest_exits_1_when_anything_is_rejected(tmp_path: Path, env: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "b.json").write_text("{ broken", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--no-progress"])
    assert result.exit_code == 1
    assert (
        "1 rejected" in result.output
        and "b.json" in result.output
        and "invalid or truncated JSON" in result.output
    )


def test_ingest_bad_published_date_is_a_usage_error(tmp_path: Path, env: str) -> None:
    result = runner.invoke(app, ["ingest", str(tmp_path), "--published", "June"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_events_csv_and_json_with_filters(tmp_path: Path, env: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    assert (
        runner.invoke(
            app, ["ingest", str(tmp_path / "in"), "--published", "2023-06-13", "--no-progress"]
        ).exit_code
        == 0
    )
    csv_out = runner.invoke(app, ["events", "--format", "csv"])
    assert csv_out.exit_code == 0
    header, row = list(csv.reader(io.StringIO(csv_out.output)))
    assert header[:4] == ["event_id", "type", "subtype", "date"]
    assert row[1:4] == ["incident", "arrest", "2023-06-13"]
    as_json = runner.invoke(
        app,
        [
            "events",
            "--format",
            "json",
            "--type",
            "arrest",
            "--municipality",
            "30",
            "--actor",
            "Kosovo Police",
            "--from",
            "2023-06-01",
            "--to",
            "2023-06-30",
        ],
    )
    payload = json.loads(as_json.output)
    assert payload["filter"]["subtypes"] == ["arrest"] and payload["filter"]["municipalities"] == [
        "30"
    ]
    assert [e["date"] for e in payload["events"]] == ["2023-06-13"]
    empty = runner.invoke(app, ["events", "--format", "json", "--type", "deployment"])
    assert json.loads(empty.output)["events"] == []
    wrong = runner.invoke(app, ["events", "--type", "picnic"])
    assert wrong.exit_code == 2 and "unknown type" in wrong.output


def test_extract_prints_article_and_events_as_json(tmp_path: Path, env: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    result = runner.invoke(
        app, ["extract", str(path), "--format", "json", "--published", "2023-06-13"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["article"]["title"] == "Arrest in Zvečan"
    assert payload["article"]["published"] == "2023-06-13"
    (event,) = payload["events"]
    for key in (
        "type",
        "subtype",
        "date",
        "date_precision",
        "place",
        "lat",
        "lon",
        "municipality",
        "geo_precision",
        "actors",
        "troops_low",
        "troops_high",
        "killed",
        "injured",
        "arrested",
        "sentence",
        "start",
        "end",
        "confidence",
    ):
        assert key in event
    assert (event["subtype"], event["date"], event["municipality"]) == (
        "arrest",
        "2023-06-13",
        "Zvečan",
    )
    assert STORY[event["start"] : event["end"]].strip() == event["sentence"]


@pytest.mark.shared
def test_extract_with_real_extraction_on_a_seed(
    shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real extractor behind the command (the gazetteer still the empty test one)."""
    monkeypatch.setenv("SITMAP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(events.ingest, "load_default_gazetteer", lambda settings: NoPlaces())
    result = runner.invoke(app, ["extract", str(shared_dir / "seeds" / "003_e11777c47123277c.txt")])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["article"]["published"] == date(2023, 9, 30).isoformat()
    assert payload["events"], "the seed reports several events"
    assert all("#NATO" not in e["sentence"] for e in payload["events"])


def test_events_takes_the_same_filter_options_as_export(tmp_path: Path, env: str) -> None:
    """--subtype, --min-confidence and --precision come from the shared options (sitmap.cliopts)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    ingest = ["ingest", str(tmp_path / "in"), "--published", "2023-06-13", "--no-progress"]
    assert runner.invoke(app, ingest).exit_code == 0

    def dates(*args: str) -> list[str]:
        result = runner.invoke(app, ["events", "--format", "json", *args])
        assert result.exit_code == 0, result.output
        return [e["date"] for e in json.loads(result.output)["events"]]

    assert dates("--subtype", "arrest", "--precision", "1", "--min-confidence", "0.5") == [
        "2023-06-13"
    ]
    assert dates("--min-confidence", "0.7") == []  # the test extractor gives 0.6
    assert dates("--precision", "2") == []
    reversed_range = runner.invoke(app, ["events", "--from", "2023-06-30", "--to", "2023-06-01"])
    assert reversed_range.exit_code == 2 and "is before --from" in reversed_range.output


def test_events_municipality_names_need_the_built_layer(env: str) -> None:
    """Codes work on a fresh install; a name says how to get the layer that knows names."""
    assert runner.invoke(app, ["events", "--municipality", "30"]).exit_code == 0
    named = runner.invoke(app, ["events", "--municipality", "Zvečan"])
    assert named.exit_code == 2
    assert "unknown municipality" in named.output and "sitmap data build" in named.output
