"""Events counted per municipality: per period (long table) and per selected window (choropleth).

Which events count in a municipality: inside Kosovo (``in_aoi``), with a municipality code of the
layer, and placed on the map (geo precision 1-3). Precision 1-2 events are counted as
``precise``; precision 3 events (known only at municipality level, placed at a representative
point) as ``imprecise``, so a map can show them as an area rather than a pin at the seat. Events
outside Kosovo, at country level (precision 4) or without a municipality are never counted in a
municipality; :func:`count_unmapped` reports them and both aggregations carry that report (for
the selected dates) in ``frame.attrs["unmapped"]``.

Troops: each event's range is ``troops_low``..``troops_high`` (a single figure when only one is
reported); ``troops_best`` sums the midpoints. ``troops_reports`` counts the events that gave a
figure, so "no troops reported" (0 reports) differs from "0 troops".

Surge (after ACLED's surge idea, with the thresholds set here): a municipality surges in a period
when its event count is at least ``SURGE_FACTOR`` (2) times the mean of the
``SURGE_BASELINE_PERIODS`` (4) previous periods of the same length and at least
``SURGE_MIN_EVENTS`` (3). Periods with fewer than four previous periods of record (before the
first counted event in the data) have no baseline and never surge.

Events without a date (``NaT``) belong to no period: the long table leaves them out and counts
them in ``attrs["undated"]``; the window totals include them only when the filter has no dates
(as ``events.filters.apply_filter`` does).

Everything is computed with ``numpy.bincount`` on integer keys (municipality x period), so a
million events aggregate in well under a second.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from events.filters import EventFilter, apply_filter
from events.schema import ALL_SUBTYPES, EVENT_TYPES
from geo.errors import GeoDataError

Period = Literal["day", "week", "month"]
PERIODS: Final = ("day", "week", "month")
SURGE_FACTOR: Final = 2.0
SURGE_BASELINE_PERIODS: Final = 4
SURGE_MIN_EVENTS: Final = 3
TYPE_COLUMNS: Final = {"incident": "incidents", "deployment": "deployments"}

# Measures a map can colour by: column -> label for legends and captions.
MEASURES: Final[dict[str, str]] = {
    "events": "Events",
    "incidents": "Incidents",
    "deployments": "Deployments",
    "precise": "Events at a known place (precision 1-2)",
    "imprecise": "Events known only by municipality (precision 3)",
    "troops_best": "Troops reported (best estimate)",
    "killed": "Killed",
    "injured": "Injured",
    "arrested": "Arrested",
    "casualties": "Casualties (killed + injured)",
    "change": "Change in events against the previous period",
}
COUNT_COLUMNS: Final = (
    "events",
    *TYPE_COLUMNS.values(),
    *(f"n_{s}" for s in ALL_SUBTYPES),
    "precise",
    "imprecise",
    "troops_reports",
)
SUM_COLUMNS: Final = (
    "troops_low",
    "troops_high",
    "troops_best",
    "killed",
    "injured",
    "arrested",
    "casualties",
)
TREND_COLUMNS: Final = ("prev_events", "change", "baseline", "surge")


class AggregationError(GeoDataError):
    """An aggregation request cannot be met (unknown period, unusable municipality layer)."""


@dataclass(frozen=True, slots=True)
class UnmappedCounts:
    """Events that are in the data but in no municipality, by reason."""

    outside_aoi: int  # in_aoi is False (e.g. Raška, Belgrade)
    country_level: int  # in Kosovo, geo precision 4: not placed on the map
    no_municipality: int  # in Kosovo, placed, but no (known) municipality code

    @property
    def total(self) -> int:
        return self.outside_aoi + self.country_level + self.no_municipality

    def describe(self) -> str:
        """A caption line, e.g. for a snapshot or an export."""
        return (
            f"not in any municipality: {self.outside_aoi} outside Kosovo, "
            f"{self.country_level} Kosovo-wide (not mapped), "
            f"{self.no_municipality} without municipality"
        )


def count_unmapped(
    events: pd.DataFrame,
    codes: pd.Index | None = None,
    *,
    counted: np.ndarray | None = None,
    within: np.ndarray | None = None,
) -> UnmappedCounts:
    """How many events no municipality will count, and why (see module docstring).

    ``codes`` restricts the known municipality codes (default: any code); ``counted`` may pass
    the mask already computed by an aggregation; ``within`` restricts the count to a row mask
    (e.g. the selected dates).
    """
    in_aoi = events["in_aoi"].to_numpy(dtype=bool)
    country = in_aoi & (events["geo_precision"].to_numpy() == 4)
    if counted is None:
        has_code = events["municipality_code"].notna().to_numpy(dtype=bool)
        if codes is not None:
            has_code &= _index_in(events["municipality_code"], codes) >= 0
        counted = in_aoi & ~country & has_code
    rows = np.ones(len(events), dtype=bool) if within is None else within
    return UnmappedCounts(
        outside_aoi=int((~in_aoi & rows).sum()),
        country_level=int((country & rows).sum()),
        no_municipality=int((in_aoi & ~country & ~counted & rows).sum()),
    )


def _date_mask(events: pd.DataFrame, start: date | None, end: date | None) -> np.ndarray | None:
    """Rows dated from ``start`` to ``end`` inclusive (``None``: no restriction)."""
    if start is None and end is None:
        return None
    dates = events["date"].to_numpy(dtype="datetime64[ns]")
    mask = np.ones(len(dates), dtype=bool)
    if start is not None:
        mask &= dates >= np.datetime64(start, "ns")
    if end is not None:
        mask &= dates < np.datetime64(end + timedelta(days=1), "ns")
    return mask


def aggregate_by_municipality(
    events: pd.DataFrame,
    municipalities: gpd.GeoDataFrame,
    *,
    period: Period = "week",
    flt: EventFilter | None = None,
    surge_min: int = SURGE_MIN_EVENTS,
) -> pd.DataFrame:
    """Long table, one row per municipality x period, every municipality and period present.

    Columns: ``municipality_code``, ``municipality`` (English name), ``period_start``
    (Monday for weeks, first of month for months), the counts ``COUNT_COLUMNS``, the sums
    ``SUM_COLUMNS`` and ``prev_events``/``change``/``baseline``/``surge``. The filter's date
    range picks which periods are returned (periods overlapping it, counted whole); its other
    conditions pick the events. Earlier periods still feed the change and surge baseline.
    """
    if period not in PERIODS:
        raise AggregationError(f"period must be one of {PERIODS}, got {period!r}")
    layer = _layer_index(municipalities)
    flt = flt or EventFilter()
    frame = _apply_non_date_filter(events, flt)
    arrays = _event_arrays(frame, layer.index)
    dated = ~np.isnat(arrays["date"])
    undated = int((~dated).sum())
    arrays = _select(arrays, dated)  # an event without a date belongs to no period
    unmapped = count_unmapped(
        frame,
        layer.index,
        counted=arrays["counted"],
        within=_date_mask(frame, flt.date_from, flt.date_to),
    )

    ordinals = _period_ordinals(arrays["date"], period)
    bounds = [ordinals.min(), ordinals.max()] if len(ordinals) else []
    record_start = bounds[0] if bounds else None
    for day in (flt.date_from, flt.date_to):
        if day is not None:
            bounds.append(int(_period_ordinals(np.array([np.datetime64(day, "ns")]), period)[0]))
    if not bounds:
        result = _empty_long(layer)
        result.attrs.update(unmapped=unmapped, undated=undated, period=period)
        return result
    first, last = int(min(bounds)), int(max(bounds))
    n_periods = last - first + 1
    key = arrays["muni"] * n_periods + (ordinals - first)
    measures = _measures(arrays, key, len(layer) * n_periods)
    grid = {name: values.reshape(len(layer), n_periods) for name, values in measures.items()}

    history = np.arange(first, last + 1) - (record_start if record_start is not None else last + 1)
    trend = _trend(grid["events"], history, surge_min)

    starts = _ordinal_starts(np.arange(first, last + 1), period)
    keep = np.ones(n_periods, dtype=bool)
    if flt.date_from is not None:
        keep &= (
            np.arange(first, last + 1)
            >= _period_ordinals(np.array([np.datetime64(flt.date_from, "ns")]), period)[0]
        )
    if flt.date_to is not None:
        keep &= starts <= np.datetime64(flt.date_to, "ns")
    n_keep = int(keep.sum())
    result = pd.DataFrame(
        {
            "municipality_code": pd.array(
                np.repeat(layer.index.to_numpy(), n_keep), dtype="string"
            ),
            "municipality": pd.array(np.repeat(layer.to_numpy(), n_keep), dtype="string"),
            "period_start": np.tile(starts[keep], len(layer)),
        }
    )
    for name, values in {**grid, **trend}.items():
        result[name] = values[:, keep].reshape(-1)
    result.attrs.update(unmapped=unmapped, undated=undated, period=period)
    return result


def municipality_totals(
    events: pd.DataFrame,
    municipalities: gpd.GeoDataFrame,
    flt: EventFilter | None = None,
    *,
    surge_min: int = SURGE_MIN_EVENTS,
) -> gpd.GeoDataFrame:
    """One row per municipality (all of them, with polygons) for the filter's date window.

    ``events`` should be the unfiltered frame (or at least reach back before ``flt.date_from``):
    the filter is applied here, and the four windows of the same length before it give
    ``prev_events``, ``change``, ``baseline`` and ``surge``. Without ``date_from`` the window is
    open-ended, so those four columns are NaN / False. ``attrs`` carries ``unmapped``,
    ``window_start`` and ``window_end``.
    """
    layer = _layer_index(municipalities)
    flt = flt or EventFilter()
    frame = _apply_non_date_filter(events, flt)
    arrays = _event_arrays(frame, layer.index)
    dated = ~np.isnat(arrays["date"])
    days = np.where(dated, arrays["date"].astype("datetime64[D]").astype(np.int64), 0)
    record_start = int(days[dated].min()) if dated.any() else None
    end = (
        _day_ordinal(flt.date_to)
        if flt.date_to
        else (int(days[dated].max()) if dated.any() else None)
    )
    start = _day_ordinal(flt.date_from) if flt.date_from else record_start
    n_windows = 1 + SURGE_BASELINE_PERIODS
    if start is None or end is None or end < start:
        window = np.full(len(days), -1)
        length = 1
    else:
        length = end - start + 1
        window = np.where(days <= end, (end - days) // length, -1)
        window = np.where(window < n_windows, window, -1)
    # Undated events match no date range, but belong to a selection without one.
    open_range = flt.date_from is None and flt.date_to is None
    window = np.where(dated, window, 0 if open_range else -1)
    in_range = window >= 0
    key = arrays["muni"] * n_windows + window
    measures = _measures(_select(arrays, in_range), key[in_range], len(layer) * n_windows)
    grid = {name: values.reshape(len(layer), n_windows) for name, values in measures.items()}

    # Window 0 is the selection; windows 1..4 precede it. Reverse to chronological order.
    chrono_events = grid["events"][:, ::-1]
    if flt.date_from is None or record_start is None or start is None:
        history = np.full(n_windows, -1)
    else:
        oldest_first = start - np.arange(n_windows)[::-1] * length
        history = _history_positions(oldest_first, record_start)
    trend = _trend(chrono_events, history, surge_min)

    out = municipalities.reset_index(drop=True).copy()
    for name, values in grid.items():
        out[name] = values[:, 0]
    for name, values in trend.items():
        out[name] = values[:, -1]
    window_mask = _date_mask(frame, flt.date_from, flt.date_to)
    out.attrs["unmapped"] = count_unmapped(
        frame, layer.index, counted=arrays["counted"], within=window_mask
    )
    out.attrs["window_start"] = _ordinal_date(start) if start is not None else None
    out.attrs["window_end"] = _ordinal_date(end) if end is not None else None
    return out


def _history_positions(window_starts: np.ndarray, record_start: int) -> np.ndarray:
    """Per chronological window: how many earlier windows of record precede it (-1: none)."""
    covered = window_starts >= record_start
    positions = np.cumsum(covered) - 1
    return np.where(covered, positions, -1)


def _trend(counts: np.ndarray, history: np.ndarray, surge_min: int) -> dict[str, np.ndarray]:
    """prev_events, change, baseline and surge for a (municipality, period) count grid.

    ``history[j]`` is how many periods of record precede period ``j`` (negative: before the
    record starts). A period needs 1 for a change and ``SURGE_BASELINE_PERIODS`` for a baseline.
    """
    counts = counts.astype(np.float64)
    n = SURGE_BASELINE_PERIODS
    n_periods = counts.shape[1]
    padded = np.concatenate([np.zeros((counts.shape[0], n)), counts], axis=1)
    prev = padded[:, n - 1 : n - 1 + n_periods]
    baseline = sum(padded[:, n - k : n - k + n_periods] for k in range(1, n + 1)) / n
    prev = np.where(history >= 1, prev, np.nan)
    baseline = np.where(history >= n, baseline, np.nan)
    surge = (counts >= SURGE_FACTOR * np.nan_to_num(baseline)) & (counts >= surge_min)
    surge &= ~np.isnan(baseline)
    return {"prev_events": prev, "change": counts - prev, "baseline": baseline, "surge": surge}


def _measures(arrays: dict[str, np.ndarray], key: np.ndarray, size: int) -> dict[str, np.ndarray]:
    """Every count and sum column as a flat array over ``size`` keys (bincount, no loops)."""
    key = np.asarray(key, dtype=np.int64)
    out: dict[str, np.ndarray] = {"events": np.bincount(key, minlength=size)}
    for code, name in enumerate(EVENT_TYPES):
        out[TYPE_COLUMNS[name]] = np.bincount(key[arrays["type"] == code], minlength=size)
    n_sub = len(ALL_SUBTYPES)
    by_subtype = np.bincount(key * n_sub + arrays["subtype"], minlength=size * n_sub)
    by_subtype = by_subtype.reshape(size, n_sub)
    for code, name in enumerate(ALL_SUBTYPES):
        out[f"n_{name}"] = by_subtype[:, code]
    precision = arrays["geo_precision"]
    out["precise"] = np.bincount(key[precision <= 2], minlength=size)
    out["imprecise"] = np.bincount(key[precision == 3], minlength=size)

    low, high = arrays["troops_low"], arrays["troops_high"]
    low, high = np.where(np.isnan(low), high, low), np.where(np.isnan(high), low, high)
    reported = ~np.isnan(low)
    out["troops_reports"] = np.bincount(key[reported], minlength=size)
    for name, values in (
        ("troops_low", low),
        ("troops_high", high),
        ("troops_best", (low + high) / 2),
    ):
        out[name] = np.bincount(key, weights=np.nan_to_num(values), minlength=size)
    for name in ("killed", "injured", "arrested"):
        out[name] = np.bincount(key, weights=np.nan_to_num(arrays[name]), minlength=size)
    out["casualties"] = out["killed"] + out["injured"]
    return {name: out[name] for name in (*COUNT_COLUMNS, *SUM_COLUMNS)}


def _event_arrays(frame: pd.DataFrame, codes: pd.Index) -> dict[str, np.ndarray]:
    """Numpy arrays of the counted events only (strings turned into integer codes in Arrow)."""
    muni = _index_in(frame["municipality_code"], codes)
    counted = (
        frame["in_aoi"].to_numpy(dtype=bool)
        & (muni >= 0)
        & (frame["geo_precision"].to_numpy() <= 3)
    )
    arrays = {
        "counted": counted,
        "muni": muni[counted],
        "type": _index_in(frame["type"], pd.Index(EVENT_TYPES))[counted],
        "subtype": _index_in(frame["subtype"], pd.Index(ALL_SUBTYPES))[counted],
        "date": frame["date"].to_numpy(dtype="datetime64[ns]")[counted],
        "geo_precision": frame["geo_precision"].to_numpy()[counted],
    }
    for name in ("troops_low", "troops_high", "killed", "injured", "arrested"):
        arrays[name] = frame[name].to_numpy(dtype=np.float64)[counted]
    return arrays


def _select(arrays: dict[str, np.ndarray], mask: np.ndarray) -> dict[str, np.ndarray]:
    return {name: values if name == "counted" else values[mask] for name, values in arrays.items()}


def _index_in(values: pd.Series, choices: pd.Index) -> np.ndarray:
    """Position of each value in ``choices``, -1 when missing or absent (hashing in Arrow)."""
    found = pc.index_in(
        pa.array(values, type=pa.string()), value_set=pa.array(list(choices), pa.string())
    )
    return found.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)


def _layer_index(municipalities: gpd.GeoDataFrame) -> pd.Series:
    """English names indexed by municipality code, in layer order."""
    missing = [c for c in ("municipality_code", "name_en") if c not in municipalities.columns]
    if missing:
        raise AggregationError(
            f"municipality layer lacks {missing}; load it with geo.boundaries.load_municipalities"
        )
    codes = municipalities["municipality_code"].astype(str).to_numpy()
    return pd.Series(municipalities["name_en"].astype(str).to_numpy(), index=pd.Index(codes))


def _apply_non_date_filter(events: pd.DataFrame, flt: EventFilter) -> pd.DataFrame:
    rest = replace(flt, date_from=None, date_to=None)
    return apply_filter(events, rest)


def _period_ordinals(dates: np.ndarray, period: Period) -> np.ndarray:
    """Integer period numbers: days, Monday-weeks or months since 1970."""
    if period == "month":
        return dates.astype("datetime64[M]").astype(np.int64)
    days = dates.astype("datetime64[D]").astype(np.int64)
    if period == "day":
        return days
    return (days + 3) // 7  # 1970-01-01 was a Thursday: week 0 starts Monday 1969-12-29


def _ordinal_starts(ordinals: np.ndarray, period: Period) -> np.ndarray:
    """First day (datetime64[ns]) of each period number from :func:`_period_ordinals`."""
    if period == "month":
        return ordinals.astype("datetime64[M]").astype("datetime64[ns]")
    days = ordinals if period == "day" else ordinals * 7 - 3
    return days.astype("datetime64[D]").astype("datetime64[ns]")


def _day_ordinal(day: date) -> int:
    return (day - date(1970, 1, 1)).days


def _ordinal_date(ordinal: int) -> date:
    return date(1970, 1, 1) + timedelta(days=int(ordinal))


def _empty_long(layer: pd.Series) -> pd.DataFrame:
    columns: dict[str, object] = {
        "municipality_code": pd.array([], dtype="string"),
        "municipality": pd.array([], dtype="string"),
        "period_start": np.array([], dtype="datetime64[ns]"),
    }
    columns.update({c: np.array([], dtype=np.int64) for c in COUNT_COLUMNS})
    columns.update({c: np.array([], dtype=np.float64) for c in (*SUM_COLUMNS, *TREND_COLUMNS[:-1])})
    columns["surge"] = np.array([], dtype=bool)
    return pd.DataFrame(columns)
