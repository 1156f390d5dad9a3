"""Furniture removal on the five seed pages (gold spans from ../shared/dev) and on small pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from events.furniture import clean_page, parse_date_line

pytestmark = pytest.mark.shared


def _records(dev_dir: Path, name: str) -> list[dict[str, Any]]:
    with (dev_dir / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


SEED_IDS = [f"seed-00{i}" for i in range(5)]


@pytest.fixture(scope="module")
def seeds(dev_dir: Path) -> dict[str, dict[str, Any]]:
    return {record["id"]: record for record in _records(dev_dir, "seeds.jsonl")}


@pytest.mark.parametrize("seed_id", SEED_IDS)
def test_gold_furniture_is_gone_and_evidence_kept(
    seeds: dict[str, dict[str, Any]], seed_id: str
) -> None:
    record = seeds[seed_id]
    text = record["text"]
    page = clean_page(text)
    for (start, end), label in zip(
        record["boilerplate_spans"], record["boilerplate_labels"], strict=True
    ):
        for piece in text[start:end].split("\n"):
            if piece.strip():
                assert piece.strip() not in page.text, f"{seed_id}: {label} leaked: {piece!r}"
    for event in record["events"]:
        assert event["evidence"] in page.text, (
            f"{seed_id}: evidence lost: {event['evidence'][:60]!r}"
        )


@pytest.mark.parametrize("seed_id", SEED_IDS)
def test_title_is_the_headline(seeds: dict[str, dict[str, Any]], seed_id: str) -> None:
    record = seeds[seed_id]
    page = clean_page(record["text"])
    assert page.title == record["title"]
    assert page.text.startswith(page.title)


@pytest.mark.parametrize("seed_id", SEED_IDS)
def test_offsets_map_back_to_the_page(seeds: dict[str, dict[str, Any]], seed_id: str) -> None:
    text = seeds[seed_id]["text"]
    page = clean_page(text)
    for offset in range(0, len(page.text), 37):
        assert text[page.to_raw_offset(offset)] == page.text[offset]


def test_clean_dev_articles_lose_no_event_evidence(dev_dir: Path) -> None:
    """Already-clean texts must come through with every event's evidence intact."""
    for record in _records(dev_dir, "articles.jsonl"):
        page = clean_page(record["text"])
        for event in record["events"]:
            assert event["evidence"] in page.text, f"{record['id']}: {event['evidence'][:50]!r}"


def test_seed_page_dates(seeds: dict[str, dict[str, Any]]) -> None:
    display = clean_page(seeds["seed-002"]["text"])
    assert display.display_date is not None and display.display_date.isoformat() == "2024-04-20"
    assert display.timestamp is None
    stamped = clean_page(seeds["seed-003"]["text"])
    assert stamped.timestamp is not None and stamped.timestamp.isoformat() == "2023-09-30"
    assert stamped.display_date is None


PAGE = """World | Region > Balkans > Kosovo
Bridge stays shut after night of protests

By Ana Example | Valley Herald

Police kept the main bridge in Mitrovica closed on Thursday after a night of protests in which
three officers were lightly hurt, the police said in a statement issued in the morning.

Read more: Why the bridge matters

Shops on both banks opened as usual, residents said.

#Mitrovica #bridge
Related posts
Prices of bread rise again
Share
Write a comment
"""


def test_generic_page_furniture() -> None:
    page = clean_page(PAGE)
    assert page.title == "Bridge stays shut after night of protests"
    assert "Region > Balkans" not in page.text
    assert "Ana Example" not in page.text and page.byline == "Ana Example"
    assert page.outlet == "Valley Herald"
    for furniture in (
        "Read more",
        "#Mitrovica",
        "Related posts",
        "Prices of bread",
        "Share",
        "Write a comment",
    ):
        assert furniture not in page.text
    assert "Shops on both banks opened as usual, residents said." in page.text


def test_story_ending_lines_are_not_removed_without_a_marker() -> None:
    text = (
        "Arrest in the north\n\nPolice arrested a man in Zvečan on Monday after a search of his "
        "house, "
        "a spokesman said on Tuesday morning.\n\nHe was taken to Pristina.\n"
    )
    assert clean_page(text).text == text.strip()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Saturday 20 April, 2024", ("2024-04-20", False, False)),
        ("2023-09-30 10:14:00", ("2023-09-30", True, False)),
        ("01.08.2022", ("2022-08-01", False, False)),
        ("Published: 12 March 2023", ("2023-03-12", False, True)),
        ("02 shkurt 2023 16:59", ("2023-02-02", True, False)),
        ("Police closed the road on 12 March 2023", None),
        ("Leposavić", None),
    ],
)
def test_parse_date_line(line: str, expected: tuple[str, bool, bool] | None) -> None:
    parsed = parse_date_line(line)
    if expected is None:
        assert parsed is None
    else:
        assert parsed is not None
        assert (parsed[0].isoformat(), parsed[1], parsed[2]) == expected


def test_a_date_in_a_widget_block_above_the_headline_is_a_display_date() -> None:
    page = clean_page(
        "12.5 C\nNovi Sad\nutorak, 5. mart 2024. - 9:05\nNo menu items!\n\n"
        "Roadblock cleared near Zvečan\n\nPolice cleared a roadblock near Zvečan on Tuesday "
        "morning after talks with the drivers, a spokesman for the police said.\n"
    )
    assert page.title == "Roadblock cleared near Zvečan"
    assert page.timestamp is None
    assert page.display_date is not None and page.display_date.isoformat() == "2024-03-05"
