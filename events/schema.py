"""The events table as the rest of sitmap sees it: one row per deduplicated event.

This is the contract between the store (``events.store``), aggregation and exports (``geo``)
and the dashboard. ``events.store.load_events_frame`` returns exactly these columns; synthetic
frames for tests and benchmarks are built with the same schema and checked by
:func:`validate_events_frame`.
"""

from __future__ import annotations

from typing import Final

import pandas as pd

# Event classes, after the ACLED / UCDP GED style: a top-level type and a subtype.
# Statements are context, not events, and never appear here.
INCIDENT_SUBTYPES: Final = (
    "armed_clash",
    "armed_attack",
    "explosion",
    "protest",
    "riot",
    "barricade",
    "arrest",
    "police_operation",
    "border_closure",
)
DEPLOYMENT_SUBTYPES: Final = (
    "deployment",  # deployment or arrival of forces
    "reinforcement_announced",
    "readiness_raised",  # readiness raised, forces on standby
    "withdrawal",  # includes lowering an alert level
    "military_buildup",  # build-up near the administrative boundary line
)
SUBTYPES_BY_TYPE: Final = {"incident": INCIDENT_SUBTYPES, "deployment": DEPLOYMENT_SUBTYPES}
EVENT_TYPES: Final = tuple(SUBTYPES_BY_TYPE)
ALL_SUBTYPES: Final = INCIDENT_SUBTYPES + DEPLOYMENT_SUBTYPES

DATE_PRECISIONS: Final = ("day", "week", "month", "year")

# Geo precision, shared with the gazetteer:
# 1 the named place itself; 2 near a named place or part of it;
# 3 a municipality or region, placed at a representative point; 4 country level, not mapped.
GEO_PRECISIONS: Final = (1, 2, 3, 4)

# Separator for multi-valued text columns (actors, outlets) in frames and CSV exports.
LIST_SEP: Final = "|"

EVENT_COLUMNS: Final[dict[str, str]] = {
    "event_id": "string",  # stable id, unique
    "type": "string",  # one of EVENT_TYPES
    "subtype": "string",  # one of SUBTYPES_BY_TYPE[type]
    "date": "datetime64[ns]",  # first day the date stands for
    "date_precision": "string",  # one of DATE_PRECISIONS
    "place_id": "string",  # gazetteer id, <NA> when unknown
    "place": "string",  # display name of the place, <NA> when unknown
    "lat": "float64",  # NaN when geo_precision == 4
    "lon": "float64",
    "municipality_code": "string",  # "01".."38", <NA> outside Kosovo or unknown
    "municipality": "string",  # English municipality name, <NA> likewise
    "in_aoi": "bool",  # inside Kosovo (the area of interest)
    "geo_precision": "int64",  # one of GEO_PRECISIONS
    "actors": "string",  # canonical actor names joined by LIST_SEP, may be ""
    "troops_low": "float64",  # NaN when not reported
    "troops_high": "float64",
    "killed": "float64",
    "injured": "float64",
    "arrested": "float64",
    "sentence": "string",  # the sentence of the first source
    "confidence": "float64",  # 0..1
    "n_sources": "int64",  # number of articles that report it
    "outlets": "string",  # outlets joined by LIST_SEP
    "first_seen": "datetime64[ns]",  # UTC time the store first saw the event (naive UTC)
}


class SchemaError(ValueError):
    """A frame does not match the events schema; the message names the column and the fix."""


def empty_events_frame() -> pd.DataFrame:
    """An events frame with no rows and the right dtypes."""
    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in EVENT_COLUMNS.items()})


def validate_events_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Check columns, dtypes and invariants; return the frame unchanged or raise SchemaError."""
    missing = [c for c in EVENT_COLUMNS if c not in frame.columns]
    if missing:
        raise SchemaError(f"events frame lacks columns {missing}; build it with events.schema")
    for name, dtype in EVENT_COLUMNS.items():
        actual = str(frame[name].dtype)
        if actual != dtype and not (dtype == "string" and actual.startswith("string")):
            raise SchemaError(f"events column {name!r} has dtype {actual}, expected {dtype}")
    if frame["event_id"].duplicated().any():
        dupes = frame.loc[frame["event_id"].duplicated(), "event_id"].head(3).tolist()
        raise SchemaError(f"events frame has duplicate event_id values, e.g. {dupes}")
    bad_type = ~frame["type"].isin(EVENT_TYPES)
    if bad_type.any():
        raise SchemaError(f"unknown event type(s) {sorted(frame.loc[bad_type, 'type'].unique())}")
    bad_sub = ~frame["subtype"].isin(ALL_SUBTYPES)
    if bad_sub.any():
        raise SchemaError(f"unknown subtype(s) {sorted(frame.loc[bad_sub, 'subtype'].unique())}")
    if not frame["geo_precision"].isin(GEO_PRECISIONS).all():
        raise SchemaError("geo_precision must be 1, 2, 3 or 4")
    return frame
