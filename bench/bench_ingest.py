"""Benchmark: ingest throughput into SQLite, and loading the events frame for 100,000 events.

Prints a table of figures, each beside the baseline measured in the same run:

- ingest: ``events.ingest.ingest_paths`` over generated article files (read, furniture removal,
  a rule extractor, dedup, one transaction per article, WAL) against a naive writer of the same
  rows that commits after every row with ``journal_mode=DELETE`` and ``synchronous=FULL``;
  when ``events.extract`` is importable, the whole pipeline with the real extraction as well;
- frame load: ``events.store.load_events_frame`` over 100,000 stored events against reading
  the same table through ORM objects into a DataFrame.

Run: ``python bench/bench_ingest.py [--articles 400] [--events 100000]``.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy.orm import Session

from events.ingest import ingest_paths
from events.model import Article, Event
from events.schema import DEPLOYMENT_SUBTYPES, INCIDENT_SUBTYPES
from events.store import EventRow, load_events_frame, open_store
from sitmap.settings import get_settings

TOWNS = (
    ("Zvečan", "30", 42.908, 20.840),
    ("Leposavić", "12", 43.104, 20.803),
    ("Zubin Potok", "29", 42.914, 20.689),
    ("North Mitrovica", "38", 42.894, 20.866),
    ("Gračanica", "31", 42.600, 21.193),
)


class NoPlaces:
    """A gazetteer with no names: the benchmark measures the store, not geoparsing."""

    def find_mentions(self, text: str) -> list[Any]:
        return []


def rule_extractor(article: Article, gazetteer: Any) -> list[Event]:
    """One event per sentence naming an arrest, clash or deployment, placed in the named town."""
    events = []
    for match in re.finditer(r"[^.\n]*\b(arrested|clashed|deployed)\b[^.\n]*\.", article.text):
        town = next(t for t in TOWNS if t[0] in match.group() or t is TOWNS[-1])
        subtype = {"arrested": "arrest", "clashed": "armed_clash", "deployed": "deployment"}[
            match.group(1)
        ]
        day = re.search(r"on (\d{4}-\d\d-\d\d)", match.group())
        events.append(
            Event(
                type="deployment" if subtype == "deployment" else "incident",
                subtype=subtype,
                date=date.fromisoformat(day.group(1)) if day else article.published,
                date_precision="day",
                date_basis="explicit",
                place_id=f"bench:{town[1]}",
                place=town[0],
                lat=town[2],
                lon=town[3],
                municipality_code=town[1],
                municipality=town[0],
                in_aoi=True,
                geo_precision=1,
                actors=(("Kosovo Police", "actor"),),
                numbers=(),
                sentence=match.group().strip(),
                start=match.start(),
                end=match.end(),
                confidence=0.6,
            )
        )
    return events


def write_articles(folder: Path, n: int, rng: np.random.Generator) -> None:
    verbs = ("arrested two men", "clashed with protesters", "deployed extra units")
    for i in range(n):
        town = TOWNS[i % len(TOWNS)][0]
        day = date.fromordinal(date(2022, 1, 1).toordinal() + int(rng.integers(0, 900)))
        lines = [f"Report {i}: incident near {town}", ""]
        for j in range(int(rng.integers(1, 4))):
            lines.append(
                f"Police in {town} {verbs[(i + j) % 3]} on {day.isoformat()} in case {i}-{j}, "
                "officials said in a statement to reporters on the same evening."
            )
            lines.append("")
        lines.append("Leave a Comment")
        (folder / f"{i:05d}.txt").write_text("\n".join(lines), encoding="utf-8")


def naive_writer(db_path: Path, folder: Path) -> float:
    """The baseline: every row its own commit, rollback journal, full sync."""
    from events.readers import read_articles

    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE articles (article_id TEXT UNIQUE, title TEXT, published TEXT)")
    connection.execute(
        "CREATE TABLE events (event_id TEXT, subtype TEXT, date TEXT, place TEXT, sentence TEXT)"
    )
    start = time.perf_counter()
    for article in read_articles(folder):
        assert isinstance(article, Article)
        connection.execute(
            "INSERT INTO articles VALUES (?, ?, ?)",
            (article.article_id, article.title, str(article.published)),
        )
        connection.commit()
        for k, event in enumerate(rule_extractor(article, None)):
            connection.execute(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?)",
                (
                    f"{article.article_id}:{k}",
                    event.subtype,
                    str(event.date),
                    event.place,
                    event.sentence,
                ),
            )
            connection.commit()
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def fill_events(url: str, n: int, rng: np.random.Generator) -> None:
    subtypes = np.array(INCIDENT_SUBTYPES + DEPLOYMENT_SUBTYPES)
    types = np.array(
        ["incident"] * len(INCIDENT_SUBTYPES) + ["deployment"] * len(DEPLOYMENT_SUBTYPES)
    )
    pick = rng.integers(0, len(subtypes), n)
    town = rng.integers(0, len(TOWNS), n)
    days = rng.integers(date(2021, 1, 1).toordinal(), date(2024, 12, 31).toordinal(), n)
    now = datetime(2024, 12, 31, 12, 0, 0)
    rows = [
        {
            "event_id": f"ev{i:07d}",
            "type": str(types[pick[i]]),
            "subtype": str(subtypes[pick[i]]),
            "date": date.fromordinal(int(days[i])),
            "date_precision": "day",
            "date_basis": "explicit",
            "place_id": f"bench:{TOWNS[town[i]][1]}",
            "place": TOWNS[town[i]][0],
            "lat": TOWNS[town[i]][2],
            "lon": TOWNS[town[i]][3],
            "municipality_code": TOWNS[town[i]][1],
            "municipality": TOWNS[town[i]][0],
            "in_aoi": True,
            "geo_precision": int(1 + i % 4),
            "actors": [["KFOR", "actor"]],
            "actor_names": "KFOR|Kosovo Police" if i % 3 else "",
            "troops_low": float(i % 700) if i % 5 == 0 else None,
            "troops_high": float(i % 900) if i % 5 == 0 else None,
            "killed_low": None,
            "killed_high": None,
            "injured_low": float(i % 7) if i % 4 == 0 else None,
            "injured_high": None,
            "arrested_low": None,
            "arrested_high": None,
            "sentence": f"Synthetic event {i} for the frame benchmark.",
            "confidence": float(i % 100) / 100,
            "n_sources": 1 + i % 3,
            "outlets": "Wire A|Wire B",
            "first_seen": now,
            "updated_at": now,
            "merge_reasons": [],
        }
        for i in range(n)
    ]
    engine = open_store(url)
    with engine.begin() as connection:
        connection.execute(sa.insert(EventRow.__table__), rows)
    engine.dispose()


def orm_frame(url: str) -> pd.DataFrame:
    engine = open_store(url)
    with Session(engine) as session:
        rows = session.execute(sa.select(EventRow)).scalars().all()
        return pd.DataFrame(
            [{c.name: getattr(r, c.key) for c in EventRow.__table__.columns} for r in rows]
        )


def best_of(runs: int, fn: Any) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    table: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "articles"
        folder.mkdir()
        write_articles(folder, args.articles, rng)
        settings = get_settings(data_dir=root / "data", db_url=f"sqlite:///{root / 'store.db'}")

        from events.readers import read_articles

        list(
            read_articles(folder / "00000.txt")
        )  # warm-up: imports and date-parser data, for both sides
        start = time.perf_counter()
        summary = ingest_paths(
            [folder],
            settings=settings,
            gazetteer=NoPlaces(),
            extractor=rule_extractor,
            progress=False,
        )
        ingest_s = time.perf_counter() - start
        assert summary.ingested == args.articles, summary.describe()
        naive_s = naive_writer(root / "naive.db", folder)
        start = time.perf_counter()
        again = ingest_paths(
            [folder],
            settings=settings,
            gazetteer=NoPlaces(),
            extractor=rule_extractor,
            progress=False,
        )
        reingest_s = time.perf_counter() - start
        assert again.already_known == args.articles
        table.append(
            (
                "ingest, rule extractor (articles/s)",
                f"{args.articles / ingest_s:,.0f}",
                f"{args.articles / naive_s:,.0f} naive per-row commits, journal DELETE",
            )
        )
        table.append(
            ("re-ingest, all known (articles/s)", f"{args.articles / reingest_s:,.0f}", "-")
        )
        table.append(
            ("events stored / merged", f"{summary.events_new:,} / {summary.events_merged:,}", "-")
        )

        try:
            from events.extract import extract_events
        except ImportError:
            table.append(("ingest, real extraction (articles/s)", "events.extract missing", "-"))
        else:
            full = get_settings(data_dir=root / "data", db_url=f"sqlite:///{root / 'full.db'}")
            start = time.perf_counter()
            ingest_paths(
                [folder],
                settings=full,
                gazetteer=NoPlaces(),
                extractor=extract_events,
                progress=False,
            )
            full_s = time.perf_counter() - start
            start = time.perf_counter()
            for item in read_articles(folder):
                extract_events(item, NoPlaces())  # type: ignore[arg-type]
            extract_only = time.perf_counter() - start
            table.append(
                (
                    "ingest, real extraction, no places (articles/s)",
                    f"{args.articles / full_s:,.0f}",
                    f"{args.articles / extract_only:,.0f} read + extract only, no store",
                )
            )
            built = get_settings()
            if built.gazetteer_path.is_file():
                from events.ingest import load_default_gazetteer, load_default_municipalities

                gazetteer = load_default_gazetteer(built)
                layer = load_default_municipalities(built)
                real = get_settings(data_dir=root / "data", db_url=f"sqlite:///{root / 'real.db'}")
                start = time.perf_counter()
                ingest_paths(
                    [folder],
                    settings=real,
                    gazetteer=gazetteer,
                    extractor=extract_events,
                    municipalities=layer,
                    progress=False,
                )
                real_s = time.perf_counter() - start
                table.append(
                    (
                        "ingest, real gazetteer + extraction + layer (articles/s)",
                        f"{args.articles / real_s:,.0f}",
                        f"gazetteer from {built.build_dir}",
                    )
                )
            else:
                table.append(("ingest, real gazetteer", "not built (run sitmap data build)", "-"))

        url = f"sqlite:///{root / 'frame.db'}"
        fill_events(url, args.events, rng)
        cold = best_of(1, lambda: load_events_frame(url))  # SQL + writes the Parquet snapshot
        fast = best_of(3, lambda: load_events_frame(url))
        slow = best_of(1, lambda: orm_frame(url))
        table.append(
            (
                f"load_events_frame, {args.events:,} events (s)",
                f"{fast:.3f}",
                f"{slow:.3f} ORM objects -> DataFrame",
            )
        )
        table.append(("  ... first load after a change: SQL + snapshot (s)", f"{cold:.3f}", "-"))
        from events.filters import EventFilter

        flt = EventFilter(
            date_from=date(2023, 1, 1), date_to=date(2023, 12, 31), municipalities=("30",)
        )
        filtered = best_of(3, lambda: load_events_frame(url, flt))
        table.append(("  ... one year, one municipality (s)", f"{filtered:.3f}", "-"))

    width = max(len(r[0]) for r in table)
    print(f"{'measure':<{width}}  {'sitmap':>24}  baseline (same run)")
    for name, value, baseline in table:
        print(f"{name:<{width}}  {value:>24}  {baseline}")


if __name__ == "__main__":
    main()
