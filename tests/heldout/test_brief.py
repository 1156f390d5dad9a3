"""Brief of the held-out set: 16-20 articles of 800-2000 characters, some without an event."""

from __future__ import annotations

import json
from pathlib import Path

SET_FILE = Path(__file__).parents[2] / "eval" / "heldout" / "articles.jsonl"
ARTICLES = [json.loads(line) for line in SET_FILE.read_text(encoding="utf-8").splitlines()]
IDS = [article["id"] for article in ARTICLES]


def test_set_size_and_lengths() -> None:
    assert 16 <= len(ARTICLES) <= 20
    assert len(set(IDS)) == len(IDS)
    too_short_or_long = [a["id"] for a in ARTICLES if not 800 <= len(a["text"]) <= 2000]
    assert too_short_or_long == []


def test_some_articles_have_no_event() -> None:
    assert any(not article["events"] for article in ARTICLES)
