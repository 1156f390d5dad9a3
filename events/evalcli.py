"""``sitmap eval events DIR``: score extraction on a labelled set in the shared/dev format."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sitmap.settings import Settings, get_settings

CROSSWALK = Path("boundaries") / "xk_municipalities.csv"


class OutputFormat(StrEnum):
    """How the report is printed."""

    table = "table"
    json = "json"


def find_crosswalk(settings: Settings) -> Path | None:
    """The municipality crosswalk (names -> codes) from the synced data or the mirror."""
    for base in (settings.raw_dir, settings.mirror_dir):
        if base is not None and (base / CROSSWALK).is_file():
            return base / CROSSWALK
    return None


def eval_events(
    directory: Annotated[Path, typer.Argument(help="Folder with seeds.jsonl / articles.jsonl.")],
    output: Annotated[OutputFormat, typer.Option("--format", help="table or json")] = (
        OutputFormat.table),
    data_dir: Annotated[Path | None, typer.Option(help="sitmap data folder (built gazetteer).")
                        ] = None,
) -> None:
    """Score event extraction (type F1, dates, municipalities, counts, furniture leaks)."""
    # loaded here: the CLI root must import quickly
    from events.evaluate import DevSetError, evaluate, format_table, load_dev_articles, report_json
    from gazetteer.index import Gazetteer

    settings = get_settings(data_dir=data_dir)
    if not settings.gazetteer_path.is_file():
        typer.echo(f"no gazetteer at {settings.gazetteer_path}: run `sitmap data sync` and "
                   "`sitmap data build` first (or pass --data-dir)", err=True)
        raise typer.Exit(2)
    crosswalk = find_crosswalk(settings)
    if crosswalk is None:
        typer.echo("municipality crosswalk not found: municipality scores compare names only",
                   err=True)
    try:
        articles = load_dev_articles(directory, crosswalk)
    except DevSetError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    report = evaluate(articles, Gazetteer.load(settings))
    typer.echo(report_json(report) if output is OutputFormat.json else format_table(report))


def register(*, app: typer.Typer, eval_app: typer.Typer, data_app: typer.Typer) -> None:
    """Add ``sitmap eval events`` to the CLI."""
    del app, data_app  # this module only adds an evaluation command
    eval_app.command("events")(eval_events)
