"""The held-out set has the size and shape its brief asked for.

The label checks shared by every set (spans, municipalities, events, "the file is what build.py
makes", the no-copy check) run in ``tests/evalsets/test_labels.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ARTICLES_PATH = Path(__file__).resolve().parents[2] / "eval" / "heldout" / "articles.jsonl"
ARTICLES: list[dict[str, Any]] = [
    json.loads(line) for line in ARTICLES_PATH.read_text(encoding="utf-8").splitlines()
]
IDS = [article["id"] for article in ARTICLES]


def test_set_size_and_lengths() -> None:
    assert 16 <= len(ARTICLES) <= 20
    assert len(set(IDS)) == len(IDS)
    too_short_or_long = [a["id"] for a in ARTICLES if not 800 <= len(a["text"]) <= 2000]
    assert too_short_or_long == []


def test_some_articles_have_no_event() -> None:
    assert any(not article["events"] for article in ARTICLES)
