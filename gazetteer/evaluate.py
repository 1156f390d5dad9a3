"""Score ``find_mentions`` against labelled articles in the shared dev-set format.

Measured per article and in total:

- precision and recall of place mentions inside Kosovo. A gold mention with ``in_kosovo`` is
  found when an in-AOI prediction overlaps it (one to one); an in-AOI prediction that overlaps
  no in-Kosovo gold mention is a false positive. Overlap rather than identical spans because a
  phrase such as "northern Kosovo" is one region mention for us and the mention "Kosovo" in
  the labels; ``exact_spans`` counts the identical ones too. Predictions inside
  ``non_place_mentions`` spans are ignored; those inside seed ``boilerplate_spans`` are
  ignored for precision and counted in ``boilerplate``.
- municipality accuracy over matched sub-national Kosovo mentions whose municipality is
  labelled; with ``municipality_ambiguous`` any of the candidates counts (and so does none when
  the label itself is null).
- confusables: every gold mention outside Kosovo that we predict must carry ``in_aoi=False``
  (``confusables_total`` of ``outside_gold`` were predicted at all).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer.index import Gazetteer
from gazetteer.model import GazetteerDataError, GazetteerFileError, Mention

DEV_FILES = ("seeds.jsonl", "articles.jsonl")


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """Counts for one article (or, from :func:`total`, for all of them)."""

    article_id: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    exact_spans: int = 0
    boilerplate: int = 0
    municipality_correct: int = 0
    municipality_total: int = 0
    confusables_flagged: int = 0
    confusables_total: int = 0
    outside_gold: int = 0  # gold mentions outside Kosovo (found or not)
    errors: tuple[str, ...] = field(default=())

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def municipality_accuracy(self) -> float:
        return (
            self.municipality_correct / self.municipality_total if self.municipality_total else 1.0
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "article_id": self.article_id,
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "exact_spans": self.exact_spans,
            "boilerplate_predictions": self.boilerplate,
            "municipality_correct": self.municipality_correct,
            "municipality_total": self.municipality_total,
            "municipality_accuracy": round(self.municipality_accuracy, 4),
            "confusables_flagged": self.confusables_flagged,
            "confusables_total": self.confusables_total,
            "outside_gold": self.outside_gold,
            "errors": list(self.errors),
        }


def read_articles(directory: Path) -> list[dict]:
    """The labelled articles of ``seeds.jsonl`` and ``articles.jsonl`` (whichever exist)."""
    paths = [directory / name for name in DEV_FILES if (directory / name).is_file()]
    if not paths:
        raise GazetteerFileError(f"{directory}: neither {' nor '.join(DEV_FILES)} is there")
    articles: list[dict] = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                article = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GazetteerDataError(f"{path}:{number}: not JSON ({exc})") from exc
            for key in ("id", "text", "places"):
                if key not in article:
                    raise GazetteerDataError(f"{path}:{number}: field {key!r} is missing")
            articles.append(article)
    return articles


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside_any(span: tuple[int, int], spans: Iterable[Sequence[int]]) -> bool:
    return any(_overlaps(span, (s, e)) for s, e in spans)


def _municipality_codes(gazetteer: Gazetteer, names: Iterable[str | None]) -> set[str | None]:
    codes: set[str | None] = set()
    for name in names:
        if name is None:
            codes.add(None)
            continue
        codes |= {
            p.municipality_code for p in gazetteer.lookup(name) if p.feature_type == "municipality"
        }
    return codes


def evaluate_article(gazetteer: Gazetteer, article: dict) -> ArticleScore:
    """Score the mentions found in one labelled article."""
    text = article["text"]
    mentions = gazetteer.find_mentions(text)
    ignored = [(p["start"], p["end"]) for p in article.get("non_place_mentions", [])]
    boilerplate = article.get("boilerplate_spans", [])
    gold = article["places"]
    predictions: list[Mention] = []
    in_boilerplate = 0
    for mention in mentions:
        span = (mention.start, mention.end)
        if _inside_any(span, boilerplate):
            in_boilerplate += 1
        elif not _inside_any(span, ignored):
            predictions.append(mention)
    used: set[int] = set()
    tp = fn = exact = mun_ok = mun_total = conf_ok = conf_total = outside = 0
    errors: list[str] = []
    for place in gold:
        span = (place["start"], place["end"])
        hit = next(
            (
                i
                for i, m in enumerate(predictions)
                if i not in used and _overlaps(span, (m.start, m.end))
            ),
            None,
        )
        if not place["in_kosovo"]:
            outside += 1
            if hit is not None:
                used.add(hit)
                conf_total += 1
                predicted = predictions[hit].place
                if predicted is not None and not predicted.in_aoi:
                    conf_ok += 1
                else:
                    errors.append(f"confusable {place['surface']!r}@{span[0]} predicted in AOI")
            continue
        if hit is None or predictions[hit].place is None or not predictions[hit].place.in_aoi:
            fn += 1
            errors.append(f"missed {place['surface']!r}@{span[0]}")
            if hit is not None:
                used.add(hit)
            continue
        used.add(hit)
        tp += 1
        mention = predictions[hit]
        exact += (mention.start, mention.end) == span
        labelled = [place.get("municipality")]
        if place.get("municipality_ambiguous"):
            labelled += place.get("municipality_candidates") or []
        elif place.get("municipality") is None:
            continue  # country, region, or a crossing whose municipality is unverified
        mun_total += 1
        expected = _municipality_codes(gazetteer, labelled)
        if mention.place.municipality_code in expected:
            mun_ok += 1
        else:
            errors.append(
                f"municipality {place['surface']!r}@{span[0]}: {mention.place.municipality} "
                f"({mention.place.place_id}) vs {labelled}"
            )
    fp = 0
    for i, mention in enumerate(predictions):
        if i in used or mention.place is None or not mention.place.in_aoi:
            continue
        fp += 1
        errors.append(f"extra {mention.text!r}@{mention.start} -> {mention.place.place_id}")
    return ArticleScore(
        article_id=article["id"],
        true_positives=tp,
        false_positives=fp,
        false_negatives=fn,
        exact_spans=exact,
        boilerplate=in_boilerplate,
        municipality_correct=mun_ok,
        municipality_total=mun_total,
        confusables_flagged=conf_ok,
        confusables_total=conf_total,
        outside_gold=outside,
        errors=tuple(errors),
    )


def total(scores: Sequence[ArticleScore]) -> ArticleScore:
    """The sum of per-article counts."""
    return ArticleScore(
        article_id="TOTAL",
        true_positives=sum(s.true_positives for s in scores),
        false_positives=sum(s.false_positives for s in scores),
        false_negatives=sum(s.false_negatives for s in scores),
        exact_spans=sum(s.exact_spans for s in scores),
        boilerplate=sum(s.boilerplate for s in scores),
        municipality_correct=sum(s.municipality_correct for s in scores),
        municipality_total=sum(s.municipality_total for s in scores),
        confusables_flagged=sum(s.confusables_flagged for s in scores),
        confusables_total=sum(s.confusables_total for s in scores),
        outside_gold=sum(s.outside_gold for s in scores),
    )


def evaluate_dir(gazetteer: Gazetteer, directory: Path) -> tuple[list[ArticleScore], ArticleScore]:
    """Per-article scores and their total over every labelled article in ``directory``."""
    scores = [evaluate_article(gazetteer, article) for article in read_articles(directory)]
    return scores, total(scores)
