"""The dashboard view as URL query parameters, both ways: plain Python, no Streamlit.

A link holds the whole view (filters, measure, drill-down, animation step) so that opening it
shows the same picture. Unknown or malformed values are dropped, never raised: a hand-edited
link still opens the dashboard.

Parameters (lists repeat the key, e.g. ``?type=incident&type=deployment``):
``from``, ``to`` (ISO dates), ``type``, ``subtype``, ``actor``, ``muni`` (codes "01".."38"),
``conf`` (minimum confidence 0..1), ``prec`` (geo precision 1..4), ``measure``, ``drill``
(municipality code), ``step`` (day or week), ``at`` (date shown by the time slider).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from events.filters import EventFilter
from events.schema import ALL_SUBTYPES, EVENT_TYPES, GEO_PRECISIONS

STEPS = ("day", "week")


@dataclass(frozen=True, slots=True)
class ViewState:
    """What the analyst chose; ``filter`` is the sidebar selection, ``drill`` narrows it further."""

    filter: EventFilter = field(default_factory=EventFilter)
    measure: str = "events"
    drill: str | None = None  # municipality code chosen on the map or in the selectbox
    step: str = "week"
    at: date | None = None  # time slider position; None shows the whole period

    def effective_filter(self) -> EventFilter:
        """The sidebar filter narrowed to the drill-down municipality, if any."""
        if self.drill is None:
            return self.filter
        return replace(self.filter, municipalities=(self.drill,))


def _date(values: Sequence[str]) -> date | None:
    try:
        return date.fromisoformat(values[-1]) if values else None
    except ValueError:
        return None


def _float(values: Sequence[str], low: float, high: float) -> float:
    try:
        value = float(values[-1]) if values else low
    except ValueError:
        return low
    return min(max(value, low), high)


def from_query_params(
    params: Mapping[str, Sequence[str]],
    *,
    measures: Sequence[str],
    municipality_codes: Sequence[str],
) -> ViewState:
    """A view from query parameters (each key to its list of values); bad values are ignored."""

    def pick(key: str, allowed: Sequence[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v for v in params.get(key, ()) if v in allowed))

    precisions = tuple(
        dict.fromkeys(
            int(v) for v in params.get("prec", ()) if v.isdigit() and int(v) in GEO_PRECISIONS
        )
    )
    start, end = _date(params.get("from", ())), _date(params.get("to", ()))
    if start and end and start > end:
        start, end = end, start
    flt = EventFilter(
        date_from=start,
        date_to=end,
        types=pick("type", EVENT_TYPES),
        subtypes=pick("subtype", ALL_SUBTYPES),
        actors=tuple(dict.fromkeys(v for v in params.get("actor", ()) if v)),
        municipalities=pick("muni", municipality_codes),
        min_confidence=_float(params.get("conf", ()), 0.0, 1.0),
        geo_precisions=precisions,
    )
    measure = params.get("measure", ("events",))[-1] if params.get("measure") else "events"
    drill = params.get("drill", (None,))[-1] if params.get("drill") else None
    step = params.get("step", ("week",))[-1] if params.get("step") else "week"
    return ViewState(
        filter=flt,
        measure=measure if measure in measures else "events",
        drill=drill if drill in municipality_codes else None,
        step=step if step in STEPS else "week",
        at=_date(params.get("at", ())),
    )


def to_query_params(state: ViewState) -> dict[str, list[str]]:
    """Query parameters for a view; defaults are left out so links stay short."""
    flt = state.filter
    params: dict[str, list[str]] = {}
    if flt.date_from:
        params["from"] = [flt.date_from.isoformat()]
    if flt.date_to:
        params["to"] = [flt.date_to.isoformat()]
    for key, values in (
        ("type", flt.types),
        ("subtype", flt.subtypes),
        ("actor", flt.actors),
        ("muni", flt.municipalities),
    ):
        if values:
            params[key] = list(values)
    if flt.min_confidence > 0:
        params["conf"] = [f"{flt.min_confidence:g}"]
    if flt.geo_precisions:
        params["prec"] = [str(p) for p in flt.geo_precisions]
    if state.measure != "events":
        params["measure"] = [state.measure]
    if state.drill:
        params["drill"] = [state.drill]
    if state.step != "week":
        params["step"] = [state.step]
    if state.at:
        params["at"] = [state.at.isoformat()]
    return params
