"""One filter description shared by the store, aggregation, exports, snapshots and the dashboard."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from events.schema import LIST_SEP


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What an analyst selected. Empty tuples and ``None`` mean "no restriction"."""

    date_from: date | None = None  # inclusive
    date_to: date | None = None  # inclusive
    types: tuple[str, ...] = ()  # event types ("incident", "deployment")
    subtypes: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # canonical actor names; an event matches if it has any
    municipalities: tuple[str, ...] = ()  # municipality codes "01".."38"
    min_confidence: float = 0.0
    geo_precisions: tuple[int, ...] = field(default=())

    def describe(self) -> str:
        """The filter in words, for titles, exports and snapshot captions."""
        parts: list[str] = []
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "start"
            end = self.date_to.isoformat() if self.date_to else "now"
            parts.append(f"dates {start} to {end}")
        if self.types:
            parts.append("types " + ", ".join(self.types))
        if self.subtypes:
            parts.append("subtypes " + ", ".join(s.replace("_", " ") for s in self.subtypes))
        if self.actors:
            parts.append("actors " + ", ".join(self.actors))
        if self.municipalities:
            parts.append("municipalities " + ", ".join(self.municipalities))
        if self.min_confidence > 0:
            parts.append(f"confidence at least {self.min_confidence:.2f}")
        if self.geo_precisions:
            parts.append("geo precision " + ", ".join(str(p) for p in self.geo_precisions))
        return "; ".join(parts) if parts else "all events"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form, written into exports so a file says how it was made."""
        return {
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "types": list(self.types),
            "subtypes": list(self.subtypes),
            "actors": list(self.actors),
            "municipalities": list(self.municipalities),
            "min_confidence": self.min_confidence,
            "geo_precisions": list(self.geo_precisions),
        }


def apply_filter(frame: pd.DataFrame, flt: EventFilter) -> pd.DataFrame:
    """Rows of an events frame (see ``events.schema``) that match the filter, vectorised.

    A filter that restricts nothing returns ``frame`` itself, not a copy.
    """
    if flt == EventFilter():
        return frame
    mask = pd.Series(True, index=frame.index)
    if flt.date_from is not None:
        mask &= frame["date"] >= pd.Timestamp(flt.date_from)
    if flt.date_to is not None:
        mask &= frame["date"] < pd.Timestamp(flt.date_to) + pd.Timedelta(days=1)
    if flt.types:
        mask &= frame["type"].isin(flt.types)
    if flt.subtypes:
        mask &= frame["subtype"].isin(flt.subtypes)
    if flt.municipalities:
        mask &= frame["municipality_code"].isin(flt.municipalities).fillna(False)
    if flt.min_confidence > 0:
        mask &= frame["confidence"] >= flt.min_confidence
    if flt.geo_precisions:
        mask &= frame["geo_precision"].isin(flt.geo_precisions)
    if flt.actors:
        wanted = set(flt.actors)
        actors = frame["actors"].fillna("")
        mask &= actors.map(lambda s: not wanted.isdisjoint(s.split(LIST_SEP))).astype(bool)
    return frame.loc[mask.astype(bool)]
