"""What the dashboard shows beside the map, from an events frame: plain pandas, no Streamlit.

Indicators for a period and the one before it, events per day by type for the timeline, the
events table with a "new" flag, and the choropleth values (through ``geo.aggregate``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import geopandas as gpd
import numpy as np
import pandas as pd

from events.filters import EventFilter, apply_filter
from events.schema import LIST_SEP
from geo.aggregate import MEASURES, municipality_totals

# Measures offered for the choropleth (a subset of geo.aggregate.MEASURES, in menu order).
MAP_MEASURES: tuple[str, ...] = (
    "events",
    "incidents",
    "deployments",
    "imprecise",
    "troops_best",
    "casualties",
    "arrested",
)

TABLE_COLUMNS: dict[str, str] = {
    "new": "New",
    "date": "Date",
    "type": "Type",
    "subtype": "Subtype",
    "place": "Place",
    "municipality": "Municipality",
    "geo_precision": "Geo precision",
    "actors": "Actors",
    "troops": "Troops",
    "killed": "Killed",
    "injured": "Injured",
    "arrested": "Arrested",
    "confidence": "Confidence",
    "n_sources": "Sources",
    "outlets": "Outlets",
    "sentence": "Source sentence",
    "event_id": "Event id",
}


def measure_label(measure: str) -> str:
    """The legend label of a measure (the key itself when unknown)."""
    return MEASURES.get(measure, measure)


@dataclass(frozen=True, slots=True)
class Indicators:
    """Headline figures for one period."""

    events: int
    incidents: int
    deployments: int
    troops: float  # sum of each report's midpoint (low..high); 0 when none reported
    casualties: float  # killed + injured


def troops_best(frame: pd.DataFrame) -> pd.Series:
    """Per event, the midpoint of the reported troop range (a lone figure stands for both ends)."""
    low = frame["troops_low"].fillna(frame["troops_high"])
    high = frame["troops_high"].fillna(frame["troops_low"])
    return (low + high) / 2


def compute_indicators(frame: pd.DataFrame) -> Indicators:
    """Indicators of an already filtered events frame."""
    types = frame["type"].value_counts()
    return Indicators(
        events=len(frame),
        incidents=int(types.get("incident", 0)),
        deployments=int(types.get("deployment", 0)),
        troops=float(troops_best(frame).sum()),
        casualties=float(frame["killed"].sum() + frame["injured"].sum()),
    )


def previous_period(date_from: date, date_to: date) -> tuple[date, date]:
    """The period of the same length that ends the day before ``date_from``."""
    length = (date_to - date_from).days + 1
    return date_from - timedelta(days=length), date_from - timedelta(days=1)


def indicators_with_previous(
    events: pd.DataFrame, flt: EventFilter
) -> tuple[Indicators, Indicators | None]:
    """Indicators for the filter and for the previous period of the same length (None if open)."""
    current = compute_indicators(apply_filter(events, flt))
    if flt.date_from is None or flt.date_to is None:
        return current, None
    start, end = previous_period(flt.date_from, flt.date_to)
    before = compute_indicators(apply_filter(events, replace(flt, date_from=start, date_to=end)))
    return current, before


def timeline_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Events per day and type, long format (``day``, ``type``, ``events``) for a bar chart."""
    if frame.empty:
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[ns]"), "type": [], "events": []})
    counts = (
        frame.assign(day=frame["date"].dt.floor("D"), type=frame["type"].astype(str))
        .groupby(["day", "type"], observed=True)
        .size()
        .rename("events")
        .reset_index()
    )
    return counts


def events_table(
    frame: pd.DataFrame, *, new_since: pd.Timestamp | None, limit: int | None = None
) -> pd.DataFrame:
    """The table shown under the map, newest first, with a ``new`` flag and readable lists.

    ``limit`` keeps only the newest rows (the browser need not receive 100,000 rows; the CSV
    export has them all).
    """
    # Newest first by date; a stable sort on the date alone keeps the store's order within a
    # day and avoids sorting 100,000 strings.
    order = np.argsort(
        -frame["date"].to_numpy(dtype="datetime64[ns]").astype(np.int64), kind="stable"
    )
    table = frame.iloc[order[:limit] if limit is not None else order].copy()
    table["new"] = table["first_seen"] > new_since if new_since is not None else False
    table["new"] = table["new"].fillna(False).astype(bool)
    best = troops_best(table)
    table["troops"] = best
    for column in ("actors", "outlets"):
        table[column] = table[column].fillna("").str.replace(LIST_SEP, ", ", regex=False)
    table["subtype"] = table["subtype"].str.replace("_", " ", regex=False)
    table["date"] = table["date"].dt.date
    return table[list(TABLE_COLUMNS)].rename(columns=TABLE_COLUMNS).reset_index(drop=True)


@dataclass(frozen=True, slots=True)
class Choropleth:
    """What the map colours: one value per municipality code, and the municipalities in surge."""

    values: pd.Series
    surge: frozenset[str]


def choropleth(
    events: pd.DataFrame,
    municipalities: gpd.GeoDataFrame,
    flt: EventFilter,
    measure: str,
) -> Choropleth:
    """The chosen measure per municipality code for the filter, and the surge flags.

    Both come from ``geo.aggregate.municipality_totals`` (``events`` unfiltered, so the four
    periods before the selection give the surge baseline).
    """
    totals = municipality_totals(events, municipalities, flt)
    if measure not in totals.columns:
        raise ValueError(
            f"unknown map measure {measure!r}; choose one of {', '.join(MAP_MEASURES)}"
        )
    codes = totals["municipality_code"].astype(str)
    return Choropleth(
        values=pd.Series(totals[measure].to_numpy(dtype=float), index=codes, name=measure),
        surge=frozenset(codes[totals["surge"].to_numpy(dtype=bool)]),
    )


def actor_names(events: pd.DataFrame) -> list[str]:
    """Every canonical actor in the frame, sorted, for the actor filter."""
    names: set[str] = set()
    for value in events["actors"].dropna().unique():
        names.update(a for a in str(value).split(LIST_SEP) if a)
    return sorted(names)
