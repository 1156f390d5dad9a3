"""The demo corpus (samples/, written for the project by another engineer, not used to tune
the gazetteer): every labelled event place is found in its report, in the right
municipality, or flagged outside Kosovo."""

from __future__ import annotations

import json
from pathlib import Path

from gazetteer.index import Gazetteer
from gazetteer.normalize import normalize_name

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _read(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8", "cp1250", "latin-1"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError(f"{path}: undecodable")


def test_event_places_of_the_demo_corpus(gazetteer: Gazetteer) -> None:
    checked, wrong = 0, []
    for line in (SAMPLES / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        report = json.loads(line)
        mentions = gazetteer.find_mentions(_read(SAMPLES / report["file"]))
        for event in report["events"]:
            if not event.get("place"):
                continue
            key = normalize_name(event["place"])
            named = [
                m
                for m in mentions
                if normalize_name(m.text) == key
                or key in {normalize_name(n) for n in m.place.names}
            ]
            if event["in_aoi"]:
                right = [
                    m for m in named if m.place.municipality_code == event["municipality_code"]
                ]
            else:
                right = [m for m in named if not m.place.in_aoi]
            checked += 1
            if not right:
                wrong.append((report["file"], event["place"]))
    assert checked >= 50
    assert wrong == []
