"""``sitmap geoparse`` (place mentions in a text) and ``sitmap eval geoparse`` (dev-set scores)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gazetteer.model import GazetteerError, Mention

if TYPE_CHECKING:  # the index loads wordfreq; the CLI root must start quickly
    from gazetteer.evaluate import ArticleScore
    from gazetteer.index import Gazetteer


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


GazetteerOption = Annotated[
    Path | None,
    typer.Option(
        "--gazetteer", help="Built gazetteer Parquet file (default: settings.gazetteer_path)."
    ),
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="json (JSON Lines) or table.")
]


def mention_record(mention: Mention) -> dict[str, object]:
    """The JSON object printed for one mention."""
    place = mention.place
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "place_id": place.place_id if place else None,
        "name": place.name if place else None,
        "feature_type": place.feature_type if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "municipality_code": place.municipality_code if place else None,
        "municipality": place.municipality if place else None,
        "in_aoi": place.in_aoi if place else None,
        "geo_precision": mention.geo_precision,
        "score": mention.score,
        "method": mention.method,
    }


def _print_table(rows: list[dict[str, object]], columns: list[str]) -> None:
    """Plain aligned columns: no extra dependency, readable in any terminal or log."""
    cells = [[("" if row[c] is None else str(row[c])) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    typer.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    typer.echo("  ".join("-" * w for w in widths))
    for row in cells:
        typer.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))


def _load(gazetteer_path: Path | None) -> Gazetteer:
    from gazetteer.index import Gazetteer

    try:
        return Gazetteer.load(gazetteer_path)
    except GazetteerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


def geoparse(
    source: Annotated[
        str, typer.Argument(help="Text file to read, or - for standard input.")
    ] = "-",
    output: FormatOption = OutputFormat.json,
    gazetteer_path: GazetteerOption = None,
) -> None:
    """Find and resolve the place mentions in a text."""
    if source == "-":
        text = sys.stdin.read()
    else:
        path = Path(source)
        if not path.is_file():
            typer.echo(f"error: {path} does not exist", err=True)
            raise typer.Exit(2)
        text = path.read_text(encoding="utf-8", errors="replace")
    gazetteer = _load(gazetteer_path)
    records = [mention_record(m) for m in gazetteer.find_mentions(text)]
    if output is OutputFormat.json:
        for record in records:
            typer.echo(json.dumps(record, ensure_ascii=False))
        return
    columns = [
        "start",
        "end",
        "text",
        "place_id",
        "name",
        "feature_type",
        "municipality",
        "in_aoi",
        "geo_precision",
        "score",
        "method",
    ]
    _print_table(records, columns)


def eval_geoparse(
    directory: Annotated[
        Path, typer.Argument(help="Folder with seeds.jsonl / articles.jsonl (dev format).")
    ],
    output: FormatOption = OutputFormat.table,
    gazetteer_path: GazetteerOption = None,
    show_errors: Annotated[
        bool, typer.Option("--errors", help="Also list every miss and extra.")
    ] = False,
) -> None:
    """Precision/recall of Kosovo place mentions, municipality accuracy and confusables."""
    from gazetteer.evaluate import evaluate_dir

    gazetteer = _load(gazetteer_path)
    try:
        scores, overall = evaluate_dir(gazetteer, directory)
    except GazetteerError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if output is OutputFormat.json:
        for score in [*scores, overall]:
            typer.echo(json.dumps(score.as_dict(), ensure_ascii=False))
        return
    columns = [
        "article_id",
        "tp",
        "fp",
        "fn",
        "precision",
        "recall",
        "exact_spans",
        "boilerplate_predictions",
        "municipality_accuracy",
        "confusables",
    ]
    rows = [_table_row(s) for s in [*scores, overall]]
    _print_table(rows, columns)
    if show_errors:
        for score in scores:
            for error in score.errors:
                typer.echo(f"{score.article_id}: {error}")


def _table_row(score: ArticleScore) -> dict[str, object]:
    row = score.as_dict()
    row["precision"] = f"{score.precision:.3f}"
    row["recall"] = f"{score.recall:.3f}"
    accuracy, correct, counted = (
        score.municipality_accuracy,
        score.municipality_correct,
        score.municipality_total,
    )
    row["municipality_accuracy"] = f"{accuracy:.3f} ({correct}/{counted})"
    row["confusables"] = (
        f"{score.confusables_flagged}/{score.confusables_total} (gold {score.outside_gold})"
    )
    return row


def register(*, app: typer.Typer, eval_app: typer.Typer, data_app: typer.Typer) -> None:
    """Add ``sitmap geoparse`` and ``sitmap eval geoparse``; ``data build`` calls the builder."""
    del data_app  # the build step is wired by sitmap.datacli through gazetteer.build
    app.command("geoparse")(geoparse)
    eval_app.command("geoparse")(eval_geoparse)
