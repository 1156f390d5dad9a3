"""Gazetteer benchmark: build time, load time, and find_mentions throughput on one core.

The corpus is the labelled dev texts (read at run time from ../shared/dev, never copied),
repeated until it reaches --megabytes. Baselines measured in the same run:

- a naive matcher: one compiled word-boundary regex per gazetteer key, run over the folded text
  (on a small slice of the corpus: it is far too slow for the whole of it);
- rapidfuzz over tokens: every capitalised token compared with every fuzzy-eligible key.

Times are CPU seconds of this process (``time.process_time``), so other work on a shared
machine does not count against the figures; all code is single-threaded.

Usage: ``python bench/bench_gazetteer.py [--megabytes 4] [--gazetteer PATH]``. When no built
gazetteer exists it is built into a temporary folder from the data mirror.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from gazetteer.build import build_gazetteer
from gazetteer.index import Gazetteer
from gazetteer.normalize import fold_text, normalize_name
from sitmap.settings import get_settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _dev_texts() -> list[str]:
    texts = []
    for name in ("seeds.jsonl", "articles.jsonl"):
        for line in (SHARED / "dev" / name).read_text(encoding="utf-8").splitlines():
            texts.append(json.loads(line)["text"])
    return texts


def _gazetteer_path(explicit: Path | None, workdir: Path) -> tuple[Path, float | None]:
    if explicit is not None:
        return explicit, None
    settings = get_settings()
    if settings.gazetteer_path.is_file():
        return settings.gazetteer_path, None
    raw = workdir / "raw"
    raw.mkdir(parents=True)
    mirror = settings.mirror_dir or SHARED / "data" / "kosovo"
    for part in ("gazetteer", "boundaries"):
        (raw / part).symlink_to(mirror / part, target_is_directory=True)
    local = get_settings(data_dir=workdir)
    started = time.perf_counter()
    path = build_gazetteer(local)
    return path, time.perf_counter() - started


def _mb(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=4.0)
    parser.add_argument("--gazetteer", type=Path, default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path, build_s = _gazetteer_path(args.gazetteer, Path(tmp))
        load_times, load_walls = [], []
        for _ in range(3):
            started, wall = time.process_time(), time.perf_counter()
            gazetteer = Gazetteer.load(path)
            load_times.append(time.process_time() - started)
            load_walls.append(time.perf_counter() - wall)

        dev = _dev_texts()
        corpus: list[str] = []
        while _mb(corpus) < args.megabytes:
            corpus.extend(dev)
        size = _mb(corpus)

        # First pass over the distinct texts: the fuzzy cache starts cold, as on new articles.
        started = time.process_time()
        for text in dev:
            gazetteer.find_mentions(text)
        cold_s = time.process_time() - started
        started, wall = time.process_time(), time.perf_counter()
        mentions = sum(len(gazetteer.find_mentions(text)) for text in corpus)
        ours_s = time.process_time() - started
        ours_wall = time.perf_counter() - wall

        # Baseline 1: one regex per key over the folded text, on a slice of the corpus.
        keys = sorted(gazetteer._by_key)  # noqa: SLF001 - the benchmark measures the same names
        patterns = [re.compile(rf"\b{re.escape(k)}\b") for k in keys]
        sample = dev[:3]
        started = time.process_time()
        naive_hits = 0
        for text in sample:
            folded = fold_text(text).folded
            for pattern in patterns:
                naive_hits += sum(1 for _ in pattern.finditer(folded))
        naive_s = time.process_time() - started

        # Baseline 2: rapidfuzz for every capitalised token against every fuzzy-eligible key.
        choices = [k for ks in gazetteer._fuzzy_keys.values() for k in ks]  # noqa: SLF001
        tokens = [normalize_name(t) for text in dev for t in re.findall(r"\b[A-Z]\w+", text)]
        started = time.process_time()
        for token in tokens:
            process.extractOne(token, choices, scorer=fuzz.ratio, score_cutoff=88)
        fuzzy_s = time.process_time() - started

    rows = [
        ("gazetteer places", f"{len(gazetteer):,}", ""),
        (
            "build (build_gazetteer)",
            f"{build_s:.2f} s wall" if build_s is not None else "prebuilt",
            "target < 30 s",
        ),
        (
            "load (median of 3)",
            f"{statistics.median(load_times) * 1000:.0f} ms CPU, "
            f"{statistics.median(load_walls) * 1000:.0f} ms wall",
            "target < 1 s",
        ),
        ("corpus", f"{size:.2f} MB, {len(corpus)} texts", "dev texts repeated"),
        (
            "find_mentions",
            f"{size / ours_s:.2f} MB/s CPU, {size / ours_wall:.2f} MB/s wall",
            f"{mentions:,} mentions; target >= 2 MB/s",
        ),
        (
            "find_mentions, cold (dev once)",
            f"{_mb(dev) / cold_s:.2f} MB/s CPU",
            "first sight of every token",
        ),
        (
            "baseline: regex per key",
            f"{_mb(sample) / naive_s:.4f} MB/s ({len(keys):,} keys)",
            f"{_mb(sample):.3f} MB slice",
        ),
        (
            "baseline: rapidfuzz per token",
            f"{_mb(dev) / fuzzy_s:.3f} MB/s ({len(tokens):,} tokens)",
            "dev texts once",
        ),
        ("speed-up vs regex per key", f"{(size / ours_s) / (_mb(sample) / naive_s):,.0f}x", ""),
    ]
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    print(f"{'measure':<{width}}  {'value':<{value_width}}  note")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<{value_width}}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
