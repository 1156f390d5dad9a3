"""``sitmap ingest``, ``sitmap extract`` and ``sitmap events``: the event store's commands."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from events.errors import EventsError
from sitmap.cliopts import NO_FILTERS, DbOpt, FilterOptions, fail, parse_day, with_filter_options
from sitmap.settings import get_settings


class ExtractFormat(StrEnum):
    json = "json"


class EventsFormat(StrEnum):
    csv = "csv"
    json = "json"


def ingest_command(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files or folders of articles (text, HTML, JSON, JSONL, RSS/Atom)."),
    ],
    db: DbOpt = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published", help="Publication date (YYYY-MM-DD) for articles that give none."
        ),
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")
    ] = True,
) -> None:
    """Read, extract and store articles. Exit code 1 when any input was rejected."""
    from events.ingest import ingest_paths

    settings = get_settings(db_url=db)
    day = parse_day(published, "--published")
    try:
        summary = ingest_paths(paths, settings=settings, published=day, progress=progress)
    except (EventsError, OSError, ValueError) as exc:
        raise fail(str(exc)) from exc
    typer.echo(summary.describe())
    raise typer.Exit(0 if summary.ok else 1)


def extract_command(
    file: Annotated[
        Path, typer.Argument(help="One article file (or a JSONL/feed file with several).")
    ],
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", help="Output format.")
    ] = ExtractFormat.json,
    published: Annotated[
        str | None,
        typer.Option(
            "--published", help="Publication date (YYYY-MM-DD) if the article gives none."
        ),
    ] = None,
) -> None:
    """Extract events from a file without storing them: one JSON object per article."""
    from events.ingest import default_extractor, load_default_gazetteer, load_default_municipalities
    from events.readers import Rejected, read_articles
    from events.store import assign_event_municipalities

    del output_format  # JSON is the only format; the option keeps the command explicit
    settings = get_settings()
    day = parse_day(published, "--published")
    try:
        gazetteer = load_default_gazetteer(settings)
        municipalities = load_default_municipalities(settings)
        extract = default_extractor()
        items = list(read_articles(file, published=day))
    except (EventsError, OSError, ValueError) as exc:
        raise fail(str(exc)) from exc
    rejected = 0
    for item in items:
        if isinstance(item, Rejected):
            rejected += 1
            typer.echo(
                json.dumps({"rejected": item.path, "reason": item.reason}, ensure_ascii=False)
            )
            continue
        events = list(extract(item, gazetteer))
        placed = assign_event_municipalities(events, municipalities)
        payload = {
            "article": article_json(item),
            "events": [
                event_json(e, code, name, in_aoi)
                for e, (code, name, in_aoi) in zip(events, placed, strict=True)
            ],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False))
    raise typer.Exit(1 if rejected else 0)


def article_json(article: Any) -> dict[str, Any]:
    """The metadata of an article as JSON-ready values."""
    return {
        "article_id": article.article_id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source,
        "source_path": article.source_path,
        "input_format": article.input_format,
        "notes": list(getattr(article, "notes", ())),
        "chars": len(article.text),
    }


def event_json(
    event_: Any, code: str | None, municipality: str | None, in_aoi: bool
) -> dict[str, Any]:
    """One extracted event as JSON-ready values (the fields ``sitmap extract`` promises)."""
    troops = event_.count("troops")
    return {
        "type": event_.type,
        "subtype": event_.subtype,
        "date": event_.date.isoformat() if event_.date else None,
        "date_precision": event_.date_precision,
        "date_basis": event_.date_basis,
        "place": event_.place,
        "place_id": event_.place_id,
        "lat": event_.lat,
        "lon": event_.lon,
        "municipality_code": code,
        "municipality": municipality,
        "in_aoi": in_aoi,
        "geo_precision": event_.geo_precision,
        "actors": [{"name": name, "role": role} for name, role in event_.actors],
        "troops_low": troops[0],
        "troops_high": troops[1],
        "killed": event_.count("killed")[0],
        "injured": event_.count("injured")[0],
        "arrested": event_.count("arrested")[0],
        "numbers": [number.as_dict() for number in event_.numbers],
        "sentence": event_.sentence,
        "start": event_.start,
        "end": event_.end,
        "confidence": event_.confidence,
    }


@with_filter_options(type_takes_subtypes=True)
def events_command(
    output_format: Annotated[
        EventsFormat, typer.Option("--format", help="Output format.")
    ] = EventsFormat.csv,
    filters: FilterOptions = NO_FILTERS,
    db: DbOpt = None,
) -> None:
    """Print the stored events that match the filter, as CSV or JSON."""
    from events.store import load_events_frame

    settings = get_settings(db_url=db)
    flt = filters.to_filter(settings.municipalities_path)
    try:
        frame = load_events_frame(settings.db_url, flt)
    except (EventsError, OSError, ValueError) as exc:
        raise fail(str(exc)) from exc
    frame = frame.assign(
        date=frame["date"].dt.strftime("%Y-%m-%d"),
        first_seen=frame["first_seen"].dt.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )
    if output_format is EventsFormat.csv:
        frame.to_csv(sys.stdout, index=False)
    else:
        records = json.loads(frame.to_json(orient="records"))
        typer.echo(
            json.dumps({"filter": flt.to_dict(), "events": records}, ensure_ascii=False, indent=1)
        )


def register(*, app: typer.Typer, eval_app: typer.Typer, data_app: typer.Typer) -> None:
    """Add ``ingest``, ``extract`` and ``events`` to the ``sitmap`` command line."""
    del eval_app, data_app  # `sitmap eval events` lives in events.evalcli
    app.command("ingest")(ingest_command)
    app.command("extract")(extract_command)
    app.command("events")(events_command)
