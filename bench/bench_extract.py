"""Extraction throughput on ~3 KB news articles, beside a dateparser baseline run in the same go.

The corpus is built at run time from the dev-set texts (``../shared/dev``; never copied into
the repository): the texts are joined end to end and cut into articles of about 3,000
characters at line breaks. Both pipelines run on one core in this process:

- ``extract_events``: the product (regex dates, codebook cues, gazetteer mentions, merging);
- baseline: the same pipeline with dates found by ``dateparser.search.search_dates`` on every
  sentence (``RELATIVE_BASE`` = publication date), the obvious library-first alternative.

Usage: ``python bench/bench_extract.py [--articles 400] [--baseline-articles 40]``; the
gazetteer comes from the built data (``sitmap data build``); without it the run says so and
extracts without places.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import events.extract as extract_module
from events.dates import DateMention
from events.model import Article
from sitmap.settings import get_settings

DEV_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "dev"
TARGET_CHARS = 3000


def build_corpus(count: int) -> list[Article]:
    """``count`` articles of about 3 KB cut from the dev texts, with their publication dates."""
    texts: list[tuple[str, date | None]] = []
    for name in ("seeds.jsonl", "articles.jsonl"):
        with (DEV_DIR / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                published = record.get("publication_date")
                day = date.fromisoformat(published) if published and len(published) == 10 else None
                texts.append((record["text"], day))
    articles: list[Article] = []
    buffer, day, i = "", None, 0
    while len(articles) < count:
        text, published = texts[i % len(texts)]
        i += 1
        buffer = f"{buffer}\n\n{text}" if buffer else text
        day = day or published
        while len(buffer) >= TARGET_CHARS and len(articles) < count:
            cut = buffer.rfind("\n", 0, TARGET_CHARS + 200)
            cut = cut if cut > TARGET_CHARS // 2 else TARGET_CHARS
            articles.append(Article(f"bench-{len(articles)}", buffer[:80].split("\n")[0],
                                    buffer[:cut], published=day or date(2023, 6, 1)))
            buffer, day = buffer[cut:].lstrip("\n"), None
    return articles


def dateparser_find_dates(text: str, published: date | None, *, pub_precision: str = "day",
                          context_year: int | None = None, offset: int = 0
                          ) -> list[DateMention]:
    """The baseline's date finder: dateparser's search over the sentence."""
    from dateparser.search import search_dates

    base = datetime.combine(published or date(2023, 6, 1), datetime.min.time())
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    mentions = []
    for phrase, when in found:
        start = text.find(phrase)
        mentions.append(DateMention(phrase, offset + max(start, 0),
                                    offset + max(start, 0) + len(phrase), when.date(), "day",
                                    "explicit"))
    return mentions


def measure(articles: list[Article], gazetteer: object | None,
            run: Callable[[Article, object | None], object]) -> float:
    """CPU seconds of this process to extract every article once (the machine is shared, so
    CPU time, not wall time, is what one core delivers)."""
    start = time.process_time()
    for article in articles:
        run(article, gazetteer)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--baseline-articles", type=int, default=40)
    args = parser.parse_args()

    settings = get_settings()
    gazetteer = None
    if settings.gazetteer_path.is_file():
        from gazetteer.index import Gazetteer

        gazetteer = Gazetteer.load(settings)
    else:
        print(f"no built gazetteer at {settings.gazetteer_path}: extracting without places")

    corpus = build_corpus(args.articles)
    mean_kb = sum(len(a.text) for a in corpus) / len(corpus) / 1000
    extract = extract_module.extract_events
    extract(corpus[0], gazetteer)  # warm caches (actor list, regexes)
    product = measure(corpus, gazetteer, extract)

    original = extract_module.find_dates
    extract_module.find_dates = dateparser_find_dates  # type: ignore[assignment]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sample = corpus[: args.baseline_articles]
            extract(sample[0], gazetteer)
            baseline = measure(sample, gazetteer, extract)
    finally:
        extract_module.find_dates = original  # type: ignore[assignment]

    rows = [
        ("extract_events (regex dates)", len(corpus), product),
        ("baseline: dateparser per sentence", len(sample), baseline),
    ]
    print(f"corpus: {len(corpus)} articles of {mean_kb:.1f} KB on average, one core; "
          f"gazetteer {'loaded' if gazetteer is not None else 'absent'}")
    print(f"{'pipeline':<36} {'articles':>8} {'CPU s':>8} {'articles/s':>11} {'KB/s':>8}")
    for name, count, seconds in rows:
        print(f"{name:<36} {count:>8} {seconds:>8.2f} {count / seconds:>11.1f} "
              f"{count * mean_kb / seconds:>8.0f}")
    print(f"speed-up over the baseline: {(len(corpus) / product) / (len(sample) / baseline):.1f}x;"
          " target >= 200 articles/s")


if __name__ == "__main__":
    main()
