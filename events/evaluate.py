"""Score event extraction against labelled articles in the ``shared/dev`` format.

Inputs are ``seeds.jsonl`` and ``articles.jsonl`` (schema in the dev set's README). Each
article is run through the real pipeline: seeds, which are raw pages, first go through
``events.furniture.clean_page`` (never through the gold ``boilerplate_spans``); predicted
offsets are mapped back to the raw page so that they can be compared with gold spans.

Matching: a predicted event matches a gold event when one of the sentences it was read from
overlaps the gold evidence span and its subtype is one the gold type maps to
(:data:`GOLD_SUBTYPES`); pairs are taken one to one, preferring the same municipality.

Metrics (all over in-scope gold events; ``political_statement`` and the ``other`` subtypes the
codebook does not cover are out of scope, and predictions on them alone are ignored):

- type: precision, recall, F1 of matched events;
- date right: the predicted period and the gold period (day, month or range) are consistent,
  one inside the other, i.e. right to the coarser of the two precisions; scored separately for
  gold dates that the text supports and for ``external`` gold dates (taken from outside the
  article, which no extractor can be expected to know); "date exact" also needs the same
  precision;
- municipality right: same municipality code (both none counts as right);
- counts exact: gold troops/killed/injured/arrested numbers reproduced with the same low and
  high (vague quantities match a vague prediction of the same kind);
- furniture leaks: predicted events whose sentence lies in gold page furniture (must be 0).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

from unidecode import unidecode

from events.dates import period
from events.errors import EventsError
from events.extract import GazetteerLike, extract_events
from events.model import Article, Event

if TYPE_CHECKING:
    from events.furniture import CleanPage

# Gold types of the dev set -> the codebook subtypes that count as the same event.
# clash covers armed clashes and violent crowd confrontations (the dev set types a protest that
# turned into a fight with KFOR as a clash); who struck first decides attack vs clash, which
# articles often leave open, so those two are accepted for each other.
GOLD_SUBTYPES: Final[dict[str, frozenset[str]]] = {
    "clash": frozenset({"armed_clash", "riot", "armed_attack"}),
    "armed_attack": frozenset({"armed_attack", "armed_clash"}),
    "explosion": frozenset({"explosion"}),
    "protest": frozenset({"protest"}),
    "barricade": frozenset({"barricade"}),
    "arrest": frozenset({"arrest"}),
    "deployment": frozenset({"deployment", "reinforcement_announced"}),
    "withdrawal": frozenset({"withdrawal"}),
    "military_buildup": frozenset({"military_buildup", "readiness_raised"}),
    "other/police_operation": frozenset({"police_operation"}),
    "other/border_closure": frozenset({"border_closure"}),
    "other/assault": frozenset({"armed_attack"}),
}
NEAR_DAYS: Final = 7  # lenient window for external gold dates
COUNT_KINDS: Final = ("troops", "killed", "injured", "arrested")
DEV_FILES: Final = ("seeds.jsonl", "articles.jsonl")


class DevSetError(EventsError, ValueError):
    """A dev-set file is missing or malformed; the message names the file, line and field."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One labelled event, reduced to what the scorer compares."""

    event_id: str
    gold_type: str  # "clash", "other/border_closure", ...
    subtypes: frozenset[str]  # empty when out of scope
    start: int
    end: int
    period: tuple[date, date] | None
    precision: str | None  # day, month, range
    date_basis: str
    municipality_code: str | None
    municipality: str | None
    numbers: tuple[tuple[str, int | None, int | None], ...]
    is_background: bool

    @property
    def in_scope(self) -> bool:
        return bool(self.subtypes)


@dataclass(frozen=True, slots=True)
class DevArticle:
    """One labelled article: raw text, metadata and gold events."""

    article_id: str
    title: str
    text: str
    published: date | None
    published_precision: str
    boilerplate: tuple[tuple[int, int], ...]
    gold: tuple[GoldEvent, ...]


@dataclass(slots=True)
class Score:
    """Counts for one article or for the totals."""

    article_id: str
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    ignored: int = 0
    date_right: int = 0
    date_exact: int = 0
    date_total: int = 0
    date_external_right: int = 0
    date_external_near: int = 0
    date_external_total: int = 0
    municipality_right: int = 0
    municipality_total: int = 0
    counts_exact: int = 0
    counts_total: int = 0
    counts_spurious: int = 0
    furniture_leaks: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "predicted", "tp", "fp", "fn", "ignored", "date_right",
                     "date_exact", "date_total", "date_external_right", "date_external_near",
                     "date_external_total",
                     "municipality_right", "municipality_total", "counts_exact", "counts_total",
                     "counts_spurious", "furniture_leaks"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, right: str, total: str) -> float | None:
        denominator = getattr(self, total)
        return getattr(self, right) / denominator if denominator else None

    def summary(self) -> dict[str, object]:
        """The figures of this score, rounded, for tables and JSON."""
        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 3)
        return {
            "article_id": self.article_id, "gold": self.gold, "predicted": self.predicted,
            "tp": self.tp, "fp": self.fp, "fn": self.fn, "ignored": self.ignored,
            "precision": r(self.precision), "recall": r(self.recall), "f1": r(self.f1),
            "date_right": r(self.rate("date_right", "date_total")),
            "date_exact": r(self.rate("date_exact", "date_total")),
            "date_n": self.date_total,
            "date_external_right": r(self.rate("date_external_right", "date_external_total")),
            "date_external_near": r(self.rate("date_external_near", "date_external_total")),
            "date_external_n": self.date_external_total,
            "municipality_right": r(self.rate("municipality_right", "municipality_total")),
            "municipality_n": self.municipality_total,
            "counts_exact": r(self.rate("counts_exact", "counts_total")),
            "counts_n": self.counts_total, "counts_spurious": self.counts_spurious,
            "furniture_leaks": self.furniture_leaks,
        }


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Per-article scores and their totals."""

    articles: tuple[Score, ...]
    totals: Score

    def to_dict(self) -> dict[str, object]:
        return {
            "totals": self.totals.summary(),
            "articles": [
                {**s.summary(), "misses": s.misses, "false_positives": s.false_positives}
                for s in self.articles
            ],
        }


def _fold(name: str) -> str:
    return unidecode(name).lower().replace("-", " ").strip()


def load_municipality_codes(crosswalk: Path | None) -> dict[str, str]:
    """Folded municipality name (any language or spelling in the crosswalk) -> code."""
    codes: dict[str, str] = {}
    if crosswalk is None or not crosswalk.is_file():
        return codes
    with crosswalk.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = row["adm2_code"]
            names = [row["name_sq"], row["name_sr_latn"], row["name_en"],
                     *row.get("geonames_altnames", "").split(";")]
            for name in names:
                if name.strip():
                    codes.setdefault(_fold(name), code)
                    codes.setdefault(_fold(name.split("(")[0]), code)
    return codes


def _gold_period(event: dict[str, object]) -> tuple[tuple[date, date] | None, str | None]:
    if event.get("date_range"):
        low, high = event["date_range"]  # type: ignore[misc]
        return (date.fromisoformat(str(low)), date.fromisoformat(str(high))), "range"
    value = event.get("date")
    if not value:
        return None, None
    text = str(value)
    if len(text) == 7:
        first = date.fromisoformat(text + "-01")
        return period(first, "month"), "month"
    day = date.fromisoformat(text)
    return (day, day), "day"


def _gold_event(raw: dict[str, object], codes: dict[str, str], where: str) -> GoldEvent:
    try:
        gold_type = str(raw["type"])
        if gold_type == "other":
            gold_type = f"other/{raw.get('subtype')}"
        start, end = raw["evidence_span"]  # type: ignore[misc]
        municipality = raw.get("location_municipality")
        code = codes.get(_fold(str(municipality))) if municipality else None
        gold_period, precision = _gold_period(raw)
        numbers = tuple(
            (str(n["kind"]), n.get("value"), n.get("value_max", n.get("value")))
            for n in raw.get("numbers", [])  # type: ignore[union-attr]
            if n["kind"] in COUNT_KINDS
        )
        return GoldEvent(
            event_id=str(raw["event_id"]), gold_type=gold_type,
            subtypes=GOLD_SUBTYPES.get(gold_type, frozenset()), start=int(start), end=int(end),
            period=gold_period, precision=precision, date_basis=str(raw.get("date_basis")),
            municipality_code=code, municipality=str(municipality) if municipality else None,
            numbers=numbers, is_background=bool(raw.get("is_background")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DevSetError(f"{where}: event lacks or garbles a field ({exc}); "
                          "check it against the dev README schema") from exc


def load_dev_articles(directory: Path, crosswalk: Path | None = None) -> list[DevArticle]:
    """The labelled articles of ``seeds.jsonl`` and ``articles.jsonl`` in ``directory``."""
    codes = load_municipality_codes(crosswalk)
    articles: list[DevArticle] = []
    found = False
    for name in DEV_FILES:
        path = directory / name
        if not path.is_file():
            continue
        found = True
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    raw = json.loads(line)
                    published_text = raw.get("publication_date")
                    precision = "month" if published_text and len(published_text) == 7 else "day"
                    published = (date.fromisoformat(published_text + "-01" if precision == "month"
                                                    else published_text)
                                 if published_text else None)
                    articles.append(DevArticle(
                        article_id=raw["id"], title=raw.get("title") or "", text=raw["text"],
                        published=published, published_precision=precision,
                        boilerplate=tuple(tuple(s) for s in raw.get("boilerplate_spans", [])),
                        gold=tuple(_gold_event(e, codes, f"{where} {e.get('event_id')}")
                                   for e in raw.get("events", [])),
                    ))
                except (json.JSONDecodeError, KeyError, ValueError) as exc:
                    raise DevSetError(f"{where}: not a dev-set article ({exc}); "
                                      "see the dev README for the schema") from exc
    if not found:
        raise DevSetError(f"{directory}: neither {' nor '.join(DEV_FILES)} found; "
                          "pass the folder that holds the dev set")
    return articles


@dataclass(frozen=True, slots=True)
class _Prediction:
    event: Event
    spans: tuple[tuple[int, int], ...]  # raw-text spans of every sentence it was read from


def _prepare(article: DevArticle) -> tuple[Article, CleanPage | None]:
    """The article as the pipeline sees it; seeds (raw pages) go through furniture removal."""
    page = None
    text, title = article.text, article.title
    if article.boilerplate:
        from events.furniture import clean_page  # the real furniture removal, not gold spans

        page = clean_page(article.text)
        text, title = page.text, page.title or title
    return Article(
        article_id=article.article_id, title=title, text=text, published=article.published,
        published_source="dev-set metadata", published_precision=article.published_precision,
    ), page


def _raw_span(page: CleanPage | None, start: int, end: int) -> tuple[int, int]:
    """A span of the cleaned text mapped back to the raw page."""
    if page is None:
        return start, end
    return page.to_raw_offset(start), page.to_raw_offset(max(start, end - 1)) + 1


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _date_near(event: Event, gold: GoldEvent) -> bool:
    """Lenient, for external gold dates: the predicted period within a week of the gold one."""
    if gold.period is None or event.date is None:
        return False
    low, high = period(event.date, event.date_precision)
    return (low - gold.period[1]).days <= NEAR_DAYS and (gold.period[0] - high).days <= NEAR_DAYS


def _date_scores(event: Event, gold: GoldEvent) -> tuple[bool, bool]:
    """(right to the coarser precision, exact) for one matched pair."""
    if gold.period is None or event.date is None:
        return False, False
    low, high = period(event.date, event.date_precision)
    g_low, g_high = gold.period
    right = (g_low <= low and high <= g_high) or (low <= g_low and g_high <= high)
    exact = (low, high) == (g_low, g_high) or (
        gold.precision == "range" and event.date_precision == "day" and g_low <= low <= g_high)
    return right, exact


def _count_scores(event: Event, gold: GoldEvent) -> tuple[int, int, int]:
    exact = 0
    for kind, low, high in gold.numbers:
        if any(n.kind == kind and n.low == low and (n.high == high or low is None)
               for n in event.numbers):
            exact += 1
    gold_kinds = {kind for kind, _, _ in gold.numbers}
    spurious = sum(1 for n in event.numbers if n.kind not in gold_kinds)
    return exact, len(gold.numbers), spurious


def score_article(article: DevArticle, gazetteer: GazetteerLike | None) -> Score:
    """Run extraction on one labelled article and compare it with the gold events."""
    prepared, page = _prepare(article)
    events = extract_events(prepared, gazetteer)
    predictions = [
        _Prediction(e, tuple(_raw_span(page, s, t) for s, t in ((e.start, e.end),
                                                                 *e.also_reported)))
        for e in events
    ]
    score = Score(article.article_id, predicted=len(predictions))
    for prediction in predictions:
        if any(_overlaps(prediction.spans[0], span) for span in article.boilerplate):
            score.furniture_leaks += 1
    in_scope = [g for g in article.gold if g.in_scope]
    score.gold = len(in_scope)
    used: set[int] = set()
    for gold in in_scope:
        candidates = [
            i for i, p in enumerate(predictions)
            if i not in used and p.event.subtype in gold.subtypes
            and any(_overlaps(span, (gold.start, gold.end)) for span in p.spans)
        ]
        if not candidates:
            score.fn += 1
            score.misses.append(f"{gold.event_id} {gold.gold_type}")
            continue
        best = min(candidates, key=lambda i: (
            predictions[i].event.municipality_code != gold.municipality_code,
            not _overlaps(predictions[i].spans[0], (gold.start, gold.end))))
        used.add(best)
        event = predictions[best].event
        score.tp += 1
        if gold.period is not None:
            right, exact = _date_scores(event, gold)
            if gold.date_basis == "external":
                score.date_external_total += 1
                score.date_external_right += right
                score.date_external_near += _date_near(event, gold)
            else:
                score.date_total += 1
                score.date_right += right
                score.date_exact += exact
        score.municipality_total += 1
        score.municipality_right += event.municipality_code == gold.municipality_code
        exact_counts, total_counts, spurious = _count_scores(event, gold)
        score.counts_exact += exact_counts
        score.counts_total += total_counts
        score.counts_spurious += spurious
    out_of_scope = [g for g in article.gold if not g.in_scope and
                    g.gold_type != "political_statement"]
    for i, prediction in enumerate(predictions):
        if i in used:
            continue
        if any(_overlaps(span, (g.start, g.end)) for g in out_of_scope
               for span in prediction.spans):
            score.ignored += 1
            continue
        score.fp += 1
        score.false_positives.append(
            f"{prediction.event.subtype} @{prediction.spans[0][0]}: "
            f"{prediction.event.sentence[:70]}")
    return score


def evaluate(articles: Sequence[DevArticle], gazetteer: GazetteerLike | None) -> EvalReport:
    """Scores per article and in total."""
    scores = tuple(score_article(a, gazetteer) for a in articles)
    totals = Score("TOTAL")
    for score in scores:
        totals.add(score)
    return EvalReport(scores, totals)


TABLE_COLUMNS: Final = (
    ("article_id", "article", 10), ("gold", "gold", 4), ("predicted", "pred", 4),
    ("tp", "tp", 3), ("fp", "fp", 3), ("fn", "fn", 3), ("f1", "F1", 5),
    ("date_right", "date", 5), ("date_external_right", "d.ext", 5),
    ("municipality_right", "munic", 5), ("counts_exact", "counts", 6),
    ("furniture_leaks", "leaks", 5),
)


def format_table(report: EvalReport) -> str:
    """A plain-text table: one row per article, then the totals."""
    def cell(value: object, width: int) -> str:
        text = "-" if value is None else (f"{value:.2f}" if isinstance(value, float) else
                                          str(value))
        return text.rjust(width)

    header = " ".join(title.rjust(width) for _, title, width in TABLE_COLUMNS)
    rows: Iterable[Score] = (*report.articles, report.totals)
    lines = [header, "-" * len(header)]
    for score in rows:
        if score is report.totals:
            lines.append("-" * len(header))
        summary = score.summary()
        lines.append(" ".join(cell(summary[key], width) for key, _, width in TABLE_COLUMNS))
    t = report.totals.summary()
    lines.append("")
    lines.append(
        f"type P {t['precision']} R {t['recall']} F1 {t['f1']}; date right {t['date_right']} "
        f"(exact {t['date_exact']}, n={t['date_n']}); external dates {t['date_external_right']}, "
        f"within {NEAR_DAYS} days {t['date_external_near']} "
        f"(n={t['date_external_n']}); municipality {t['municipality_right']} "
        f"(n={t['municipality_n']}); counts exact {t['counts_exact']} (n={t['counts_n']}, "
        f"spurious {t['counts_spurious']}); furniture leaks {t['furniture_leaks']}"
    )
    return "\n".join(lines)


def report_json(report: EvalReport) -> str:
    """The report as JSON text."""
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False, default=str)


__all__ = [
    "GOLD_SUBTYPES", "DevArticle", "DevSetError", "EvalReport", "GoldEvent", "Score",
    "evaluate", "format_table", "load_dev_articles", "load_municipality_codes", "report_json",
    "score_article",
]
