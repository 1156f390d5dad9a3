"""``sitmap export`` and ``sitmap snapshot``: stored events out as files and briefing maps.

Both read the event store (``--db`` or ``SITMAP_DB_URL``) and the built municipality layer
(``sitmap data build``), take the same filter options as the dashboard, and stamp their output
with the filter and the data's as-of time: the latest ``first_seen`` among the events read
(when the store last learned something about them), or the current time when there are none.
The snapshot banner defaults to the environment variable ``SITMAP_BANNER`` (e.g.
"UNCLASSIFIED // EXERCISE").
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer

from events.filters import EventFilter
from events.schema import EVENT_TYPES, GEO_PRECISIONS, SUBTYPES_BY_TYPE
from sitmap.settings import Settings, get_settings

BANNER_ENV = "SITMAP_BANNER"


class ExportFormatOption(StrEnum):
    csv = "csv"
    geojson = "geojson"
    gpkg = "gpkg"
    parquet = "parquet"


class ExportWhat(StrEnum):
    events = "events"
    aggregates = "aggregates"


class PeriodOption(StrEnum):
    day = "day"
    week = "week"
    month = "month"


FromOpt = Annotated[str | None, typer.Option("--from", help="First day (YYYY-MM-DD), inclusive.")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Last day (YYYY-MM-DD), inclusive.")]
TypeOpt = Annotated[
    list[str] | None, typer.Option("--type", help="incident or deployment (repeatable).")
]
SubtypeOpt = Annotated[
    list[str] | None,
    typer.Option("--subtype", help="Event subtype, e.g. arrest, deployment (repeatable)."),
]
ActorOpt = Annotated[
    list[str] | None, typer.Option("--actor", help="Canonical actor name (repeatable).")
]
MuniOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--municipality", help="Municipality code 01..38 or a name in any language (repeatable)."
    ),
]
ConfOpt = Annotated[
    float, typer.Option("--min-confidence", min=0.0, max=1.0, help="Lowest confidence kept.")
]
PrecisionOpt = Annotated[
    list[int] | None, typer.Option("--precision", help="Geo precision 1-4 to keep (repeatable).")
]
DbOpt = Annotated[
    str | None, typer.Option("--db", help="Store URL (default: settings / SITMAP_DB_URL).")
]


def export_command(
    out: Annotated[
        Path, typer.Option("--out", help="File to write; the format follows its suffix.")
    ],
    fmt: Annotated[
        ExportFormatOption | None, typer.Option("--format", help="csv, geojson, gpkg or parquet.")
    ] = None,
    what: Annotated[
        ExportWhat, typer.Option("--what", help="Events, or counts per municipality.")
    ] = ExportWhat.events,
    period: Annotated[
        PeriodOption | None,
        typer.Option(
            "--period", help="With --what aggregates: one row per municipality and period."
        ),
    ] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    event_type: TypeOpt = None,
    subtype: SubtypeOpt = None,
    actor: ActorOpt = None,
    municipality: MuniOpt = None,
    min_confidence: ConfOpt = 0.0,
    precision: PrecisionOpt = None,
    db: DbOpt = None,
) -> None:
    """Write the filtered events (or their municipality aggregates) with filters and as-of time."""
    from geo.aggregate import aggregate_by_municipality, municipality_totals
    from geo.errors import GeoDataError
    from geo.export import export_aggregates, export_events

    settings = get_settings(db_url=db)
    municipalities = _municipalities(settings)
    flt = _filter(
        date_from,
        date_to,
        event_type,
        subtype,
        actor,
        municipality,
        min_confidence,
        precision,
        municipalities,
    )
    events, as_of = _load(settings, flt, keep_history=what is ExportWhat.aggregates)
    chosen = fmt.value if fmt else None
    try:
        if what is ExportWhat.events:
            path = export_events(
                events, out, fmt=chosen, flt=flt, as_of=as_of, attribution=_attribution()
            )  # type: ignore[arg-type]
            summary = f"{len(events)} events"
        else:
            if period is None:
                table = municipality_totals(events, municipalities, flt)
            else:
                table = aggregate_by_municipality(
                    events, municipalities, period=period.value, flt=flt
                )  # type: ignore[arg-type]
            path = export_aggregates(
                table,
                out,
                fmt=chosen,
                flt=flt,
                as_of=as_of,  # type: ignore[arg-type]
                municipalities=municipalities,
                attribution=_attribution(),
            )
            summary = f"{len(table)} rows"
    except (GeoDataError, OSError) as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"wrote {path} ({summary}; {flt.describe()}; data as of {as_of:%Y-%m-%d %H:%M} UTC)")


def snapshot_command(
    out: Annotated[
        Path, typer.Option("--out", help="File to write: .pdf (vector) or .png (300 dpi).")
    ],
    measure: Annotated[
        str,
        typer.Option(
            "--measure", help="Choropleth measure, e.g. events, incidents, troops_best, change."
        ),
    ] = "events",
    title: Annotated[
        str | None, typer.Option("--title", help="Title (default: the measure).")
    ] = None,
    banner: Annotated[
        str | None,
        typer.Option(
            "--banner", help=f"Handling banner at top and bottom (default: ${BANNER_ENV})."
        ),
    ] = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    event_type: TypeOpt = None,
    subtype: SubtypeOpt = None,
    actor: ActorOpt = None,
    municipality: MuniOpt = None,
    min_confidence: ConfOpt = 0.0,
    precision: PrecisionOpt = None,
    db: DbOpt = None,
) -> None:
    """Draw an A4 landscape briefing map of the filtered events."""
    from geo.boundaries import load_countries
    from geo.errors import GeoDataError
    from geo.snapshot import render_snapshot

    settings = get_settings(db_url=db)
    municipalities = _municipalities(settings)
    flt = _filter(
        date_from,
        date_to,
        event_type,
        subtype,
        actor,
        municipality,
        min_confidence,
        precision,
        municipalities,
    )
    events, as_of = _load(settings, flt, keep_history=True)
    try:
        countries = load_countries(settings.countries_path)
        path = render_snapshot(
            events,
            municipalities,
            countries,
            out=out,
            flt=flt,
            measure=measure,
            title=title,
            as_of=as_of,
            banner=banner if banner is not None else os.environ.get(BANNER_ENV) or None,
            attribution=_attribution(),
        )
    except (GeoDataError, OSError) as exc:
        raise _fail(str(exc)) from exc
    typer.echo(f"wrote {path} ({flt.describe()}; data as of {as_of:%Y-%m-%d %H:%M} UTC)")


def register(*, app: typer.Typer, eval_app: typer.Typer, data_app: typer.Typer) -> None:
    """Add ``export`` and ``snapshot`` to the ``sitmap`` command."""
    del eval_app, data_app  # geo adds no evaluation or data commands
    app.command("export")(export_command)
    app.command("snapshot")(snapshot_command)


def _filter(
    date_from: str | None,
    date_to: str | None,
    types: list[str] | None,
    subtypes: list[str] | None,
    actors: list[str] | None,
    municipalities: list[str] | None,
    min_confidence: float,
    precisions: list[int] | None,
    layer: pd.DataFrame,
) -> EventFilter:
    known_subtypes = {s for subs in SUBTYPES_BY_TYPE.values() for s in subs}
    for value in types or []:
        if value not in EVENT_TYPES:
            raise typer.BadParameter(
                f"unknown type {value!r}; use {', '.join(EVENT_TYPES)}", param_hint="--type"
            )
    for value in subtypes or []:
        if value not in known_subtypes:
            raise typer.BadParameter(
                f"unknown subtype {value!r}; use one of {', '.join(sorted(known_subtypes))}",
                param_hint="--subtype",
            )
    for value in precisions or []:
        if value not in GEO_PRECISIONS:
            raise typer.BadParameter(
                f"geo precision must be 1, 2, 3 or 4, got {value}", param_hint="--precision"
            )
    start, end = _day(date_from, "--from"), _day(date_to, "--to")
    if start and end and end < start:
        raise typer.BadParameter(f"--to {end} is before --from {start}", param_hint="--to")
    return EventFilter(
        date_from=start,
        date_to=end,
        types=tuple(types or ()),
        subtypes=tuple(subtypes or ()),
        actors=tuple(actors or ()),
        municipalities=tuple(_municipality_code(v, layer) for v in municipalities or []),
        min_confidence=min_confidence,
        geo_precisions=tuple(sorted(set(precisions or ()))),
    )


def _municipality_code(value: str, layer: pd.DataFrame) -> str:
    """A code "01".."38" from a code or any of the layer's names (case-insensitive)."""
    wanted = value.strip()
    if wanted.isdigit() and wanted.zfill(2) in set(layer["municipality_code"]):
        return wanted.zfill(2)
    folded = wanted.casefold()
    for column in ("name_en", "name_sq", "name_sr_latn", "name_sr_cyrl"):
        if column in layer.columns:
            match = layer.loc[
                layer[column].astype(str).str.casefold() == folded, "municipality_code"
            ]
            if len(match):
                return str(match.iloc[0])
    raise typer.BadParameter(
        f"unknown municipality {value!r}; give a code 01..38 or a name from the municipality layer",
        param_hint="--municipality",
    )


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option
        ) from exc


def _municipalities(settings: Settings) -> pd.DataFrame:
    from geo.boundaries import load_municipalities
    from geo.errors import GeoDataError

    try:
        return load_municipalities(settings.municipalities_path)
    except (GeoDataError, OSError) as exc:
        raise _fail(str(exc)) from exc


def _load(
    settings: Settings, flt: EventFilter, *, keep_history: bool
) -> tuple[pd.DataFrame, datetime]:
    """Events from the store and the store's as-of time.

    With ``keep_history`` the dates are not pushed into the query: aggregates and snapshots need
    the periods before the selection for their change and surge baseline.
    """
    from events.store import load_events_frame

    query = replace(flt, date_from=None, date_to=None) if keep_history else flt
    try:
        events = load_events_frame(settings.db_url, query)
    except (OSError, ValueError) as exc:
        raise _fail(f"cannot read the event store {settings.db_url}: {exc}") from exc
    latest = events["first_seen"].max() if len(events) else None
    as_of = (
        latest.to_pydatetime().replace(tzinfo=UTC)
        if latest is not None and pd.notna(latest)
        else datetime.now(UTC)
    )
    return events, as_of


def _attribution() -> str:
    from sitmap.sources import attribution_text

    return attribution_text()


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)
