"""``sitmap ingest``, ``sitmap extract`` and ``sitmap events``: the event store's commands."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from events.errors import EventsError
from events.filters import EventFilter
from events.schema import EVENT_TYPES, SUBTYPES_BY_TYPE
from sitmap.settings import get_settings


class ExtractFormat(StrEnum):
    json = "json"


class EventsFormat(StrEnum):
    csv = "csv"
    json = "json"


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option
        ) from exc


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def ingest_command(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Files or folders of articles (text, HTML, JSON, JSONL, RSS/Atom)."),
    ],
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: settings / SITMAP_DB_URL).")
    ] = None,
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
    day = _parse_day(published, "--published")
    try:
        summary = ingest_paths(paths, settings=settings, published=day, progress=progress)
    except (EventsError, OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
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
    day = _parse_day(published, "--published")
    try:
        gazetteer = load_default_gazetteer(settings)
        municipalities = load_default_municipalities(settings)
        extract = default_extractor()
        items = list(read_articles(file, published=day))
    except (EventsError, OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
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
        "numbers": [
            {
                "kind": n.kind,
                "low": n.low,
                "high": n.high,
                "phrase": n.phrase,
                "start": n.start,
                "end": n.end,
            }
            for n in event_.numbers
        ],
        "sentence": event_.sentence,
        "start": event_.start,
        "end": event_.end,
        "confidence": event_.confidence,
    }


def events_command(
    date_from: Annotated[
        str | None, typer.Option("--from", help="First day (YYYY-MM-DD), inclusive.")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Last day (YYYY-MM-DD), inclusive.")
    ] = None,
    actor: Annotated[
        list[str] | None, typer.Option("--actor", help="Canonical actor name (repeatable).")
    ] = None,
    event_type: Annotated[
        list[str] | None,
        typer.Option("--type", help="Event type or subtype, e.g. incident, arrest (repeatable)."),
    ] = None,
    municipality: Annotated[
        list[str] | None,
        typer.Option(
            "--municipality", help="Municipality code 01..38 or English name (repeatable)."
        ),
    ] = None,
    db: Annotated[
        str | None, typer.Option("--db", help="Store URL (default: settings / SITMAP_DB_URL).")
    ] = None,
    output_format: Annotated[
        EventsFormat, typer.Option("--format", help="Output format.")
    ] = EventsFormat.csv,
) -> None:
    """Print the stored events that match the filter, as CSV or JSON."""
    from events.store import load_events_frame

    settings = get_settings(db_url=db)
    types, subtypes = _split_types(event_type or [])
    flt = EventFilter(
        date_from=_parse_day(date_from, "--from"),
        date_to=_parse_day(date_to, "--to"),
        types=types,
        subtypes=subtypes,
        actors=tuple(actor or ()),
        municipalities=_municipality_codes(municipality or [], settings.municipalities_path),
    )
    try:
        frame = load_events_frame(settings.db_url, flt)
    except (EventsError, OSError, ValueError) as exc:
        raise _fail(str(exc)) from exc
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


def _split_types(values: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    known_subtypes = {s for subs in SUBTYPES_BY_TYPE.values() for s in subs}
    types: list[str] = []
    subtypes: list[str] = []
    for value in values:
        key = value.strip().lower().replace(" ", "_")
        if key in EVENT_TYPES:
            types.append(key)
        elif key in known_subtypes:
            subtypes.append(key)
        else:
            choices = ", ".join([*EVENT_TYPES, *sorted(known_subtypes)])
            raise typer.BadParameter(
                f"unknown type {value!r}; choose from {choices}", param_hint="--type"
            )
    return tuple(types), tuple(subtypes)


def _municipality_codes(values: list[str], layer_path: Path) -> tuple[str, ...]:
    codes: list[str] = []
    names: dict[str, str] | None = None
    for value in values:
        if value.isdigit():
            codes.append(value.zfill(2))
            continue
        if names is None:
            names = _municipality_names(layer_path)
        code = names.get(value.strip().casefold())
        if code is None:
            raise typer.BadParameter(
                f"unknown municipality {value!r}; give a code 01..38 or an English name "
                "(names need the built layer: run `sitmap data build`)",
                param_hint="--municipality",
            )
        codes.append(code)
    return tuple(codes)


def _municipality_names(layer_path: Path) -> dict[str, str]:
    if not layer_path.is_file():
        return {}
    from geo.boundaries import load_municipalities

    layer = load_municipalities(layer_path)
    names: dict[str, str] = {}
    for column in ("name_en", "name_sq", "name_sr_latn", "name_sr_cyrl"):
        if column in layer.columns:
            for code, name in zip(layer["municipality_code"], layer[column], strict=True):
                if isinstance(name, str):
                    names.setdefault(name.casefold(), str(code))
    return names


def register(*, app: typer.Typer, eval_app: typer.Typer, data_app: typer.Typer) -> None:
    """Add ``ingest``, ``extract`` and ``events`` to the ``sitmap`` command line."""
    del eval_app, data_app  # `sitmap eval events` lives in events.evalcli
    app.command("ingest")(ingest_command)
    app.command("extract")(extract_command)
    app.command("events")(events_command)
