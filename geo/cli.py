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
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from sitmap.cliopts import NO_FILTERS, DbOpt, FilterOptions, fail, with_filter_options
from sitmap.settings import Settings, get_settings

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from events.filters import EventFilter
    from geo.aggregate import Period
    from geo.export import ExportFormat

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


@with_filter_options()
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
    filters: FilterOptions = NO_FILTERS,
    db: DbOpt = None,
) -> None:
    """Write the filtered events (or their municipality aggregates) with filters and as-of time."""
    from geo.aggregate import aggregate_by_municipality, municipality_totals
    from geo.errors import GeoDataError
    from geo.export import export_aggregates, export_events

    sel = _select(filters, db, keep_history=what is ExportWhat.aggregates)
    chosen = cast("ExportFormat | None", fmt.value if fmt else None)
    try:
        if what is ExportWhat.events:
            path = export_events(
                sel.events,
                out,
                fmt=chosen,
                flt=sel.flt,
                as_of=sel.as_of,
                attribution=_attribution(),
            )
            summary = f"{len(sel.events)} events"
        else:
            if period is None:
                table = municipality_totals(sel.events, sel.municipalities, sel.flt)
            else:
                table = aggregate_by_municipality(
                    sel.events,
                    sel.municipalities,
                    period=cast("Period", period.value),
                    flt=sel.flt,
                )
            path = export_aggregates(
                table,
                out,
                fmt=chosen,
                flt=sel.flt,
                as_of=sel.as_of,
                municipalities=sel.municipalities,
                attribution=_attribution(),
            )
            summary = f"{len(table)} rows"
    except (GeoDataError, OSError) as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"wrote {path} ({summary}; {sel.describe()})")


@with_filter_options()
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
    filters: FilterOptions = NO_FILTERS,
    db: DbOpt = None,
) -> None:
    """Draw an A4 landscape briefing map of the filtered events."""
    from geo.boundaries import load_countries
    from geo.errors import GeoDataError
    from geo.snapshot import render_snapshot

    sel = _select(filters, db, keep_history=True)
    try:
        countries = load_countries(sel.settings.countries_path)
        path = render_snapshot(
            sel.events,
            sel.municipalities,
            countries,
            out=out,
            flt=sel.flt,
            measure=measure,
            title=title,
            as_of=sel.as_of,
            banner=banner if banner is not None else os.environ.get(BANNER_ENV) or None,
            attribution=_attribution(),
        )
    except (GeoDataError, OSError) as exc:
        raise fail(str(exc)) from exc
    typer.echo(f"wrote {path} ({sel.describe()})")


def register(*, app: typer.Typer, eval_app: typer.Typer, data_app: typer.Typer) -> None:
    """Add ``export`` and ``snapshot`` to the ``sitmap`` command."""
    del eval_app, data_app  # geo adds no evaluation or data commands
    app.command("export")(export_command)
    app.command("snapshot")(snapshot_command)


@dataclass(frozen=True, slots=True)
class _Selection:
    """What both commands work on: the checked filter and the events and layer it applies to."""

    settings: Settings
    municipalities: gpd.GeoDataFrame
    flt: EventFilter
    events: pd.DataFrame
    as_of: datetime

    def describe(self) -> str:
        """The filter and as-of time, as the commands' closing line reports them."""
        return f"{self.flt.describe()}; data as of {self.as_of:%Y-%m-%d %H:%M} UTC"


def _select(filters: FilterOptions, db: str | None, *, keep_history: bool) -> _Selection:
    """Settings, layer, filter and events for a command; bad input exits with code 2."""
    settings = get_settings(db_url=db)
    municipalities = _municipalities(settings)
    flt = filters.to_filter(municipalities)
    events, as_of = _load(settings, flt, keep_history=keep_history)
    return _Selection(settings, municipalities, flt, events, as_of)


def _municipalities(settings: Settings) -> gpd.GeoDataFrame:
    from geo.boundaries import load_municipalities
    from geo.errors import GeoDataError

    try:
        return load_municipalities(settings.municipalities_path)
    except (GeoDataError, OSError) as exc:
        raise fail(str(exc)) from exc


def _load(
    settings: Settings, flt: EventFilter, *, keep_history: bool
) -> tuple[pd.DataFrame, datetime]:
    """Events from the store and the store's as-of time.

    With ``keep_history`` the dates are not pushed into the query: aggregates and snapshots need
    the periods before the selection for their change and surge baseline.
    """
    import pandas as pd

    from events.store import load_events_frame

    query = replace(flt, date_from=None, date_to=None) if keep_history else flt
    try:
        events = load_events_frame(settings.db_url, query)
    except (OSError, ValueError) as exc:
        raise fail(f"cannot read the event store {settings.db_url}: {exc}") from exc
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
