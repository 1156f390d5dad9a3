"""Briefing snapshots: an A4 landscape map of the selection as PDF (vector) or PNG (300 dpi).

Drawn with geopandas and matplotlib's object API (no pyplot state, no browser, no network) in
UTM zone 34N (EPSG:32634), where Kosovo sits near the central meridian (21 E): grid north is
within a degree of true north, so the north arrow points up, and the scale bar is in true
kilometres. What the page shows:

- a municipality choropleth of one measure (see ``geo.aggregate.MEASURES``) in classed ColorBrewer
  YlOrRd (colour-blind safe and monotonic in grey), zero in white; ``change`` uses the
  diverging PuOr scheme;
- neighbouring countries in grey with their names;
- events at a known place (geo precision 1-2) as symbols sized by count, a circle for incidents
  and a triangle for deployments (shape and fill differ, so they survive a greyscale copy);
- events known only by municipality (precision 3) as a hatched municipality outline, never as a
  point at the seat; Kosovo-wide and outside-Kosovo events as a note;
- surging municipalities with a heavy outline; names of municipalities with events;
- title, period, the filter in words, the data's as-of time, legend, scale bar, north arrow,
  source and data attribution, and an optional handling banner at top and bottom.

The same inputs give the same bytes: PDF creation dates are left out and everything is drawn in
a fixed order with fixed fonts (DejaVu Sans, shipped with matplotlib).
"""

from __future__ import annotations

import math
import os
import textwrap
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

import geopandas as gpd
import matplotlib
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.colors import ListedColormap, to_hex
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import MaxNLocator

from events.filters import EventFilter, apply_filter
from geo.aggregate import MEASURES, SURGE_FACTOR, SURGE_MIN_EVENTS, municipality_totals
from geo.errors import GeoDataError

PAGE_SIZE_IN: Final = (11.69, 8.27)  # A4 landscape
PNG_DPI: Final = 300
MAP_CRS: Final = "EPSG:32634"  # UTM zone 34N
SEQUENTIAL: Final = "YlOrRd"
DIVERGING: Final = "PuOr"
N_CLASSES: Final = 5
SYMBOLS: Final[dict[str, tuple[str, str, str]]] = {
    # type: (marker, face colour, edge colour)
    "incident": ("o", "#253494", "#ffffff"),
    "deployment": ("^", "#ffffff", "#111111"),
}
SYMBOL_LABELS: Final = {"incident": "Incident", "deployment": "Deployment"}
IMPRECISE_HATCH: Final = "///"
FONT: Final = "DejaVu Sans"


class SnapshotError(GeoDataError):
    """A snapshot cannot be drawn as asked (unknown measure or file type)."""


def render_snapshot(
    events: pd.DataFrame,
    municipalities: gpd.GeoDataFrame,
    countries: gpd.GeoDataFrame | None,
    *,
    out: str | os.PathLike[str],
    flt: EventFilter | None = None,
    measure: str = "events",
    title: str | None = None,
    as_of: datetime,
    banner: str | None = None,
    attribution: str,
) -> Path:
    """Draw the selection (``flt`` over the unfiltered ``events`` frame) to ``out`` (.pdf/.png).

    ``events`` should reach back before the selection so the change and surge baseline can be
    computed (see ``geo.aggregate.municipality_totals``). Returns the path written.
    """
    target = Path(out)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "png"):
        raise SnapshotError(
            f"{target}: snapshots are written as .pdf or .png, not {target.suffix!r}"
        )
    if measure not in MEASURES:
        raise SnapshotError(f"unknown measure {measure!r}; choose one of {', '.join(MEASURES)}")
    flt = flt or EventFilter()
    totals = municipality_totals(events, municipalities, flt)
    selected = apply_filter(events, flt)

    with matplotlib.rc_context(
        {
            "font.family": FONT,
            "svg.hashsalt": "sitmap",
            "hatch.linewidth": 0.45,
            "path.simplify": False,
        }
    ):
        fig = Figure(figsize=PAGE_SIZE_IN)
        ax = fig.add_axes((0.025, 0.075, 0.655, 0.80))
        panel = fig.add_axes((0.70, 0.075, 0.28, 0.80))
        panel.set_axis_off()
        munis = totals.to_crs(MAP_CRS)
        if countries is not None:  # the neighbours are a backdrop; the map stands without them
            _draw_countries(ax, countries, municipalities)
        legend_classes = _draw_choropleth(ax, munis, measure)
        _draw_imprecise(ax, munis)
        _draw_surge(ax, munis)
        _set_view(ax, munis)
        symbol_sizes = _draw_symbols(ax, selected)
        _draw_labels(ax, munis)
        _draw_scale_bar(ax)
        _draw_north_arrow(ax)
        heading = title or f"{MEASURES[measure]} by municipality"
        _draw_header(fig, heading, totals, flt, as_of)
        _draw_panel(panel, measure, legend_classes, symbol_sizes, totals, selected, attribution)
        if banner:
            _draw_banners(fig, banner)
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "pdf":
            metadata = {
                "Title": heading,
                "Subject": f"{flt.describe()}; data as of {_as_of_text(as_of)}",
                "Creator": "sitmap",
                "CreationDate": None,  # no clock in the file: same inputs, same bytes
                "ModDate": None,
            }
            fig.savefig(target, format="pdf", metadata=metadata)
        else:
            fig.savefig(target, format="png", dpi=PNG_DPI, metadata={"Software": "sitmap"})
    return target


# --- map layers -------------------------------------------------------------------------


def _draw_countries(
    ax: Axes, countries: gpd.GeoDataFrame, municipalities: gpd.GeoDataFrame
) -> None:
    """Neighbours in grey, clipped to a box around Kosovo before projecting (fast, stable)."""
    minx, miny, maxx, maxy = municipalities.total_bounds
    pad = 1.0
    clipped = countries.clip((minx - pad, miny - pad, maxx + pad, maxy + pad))
    clipped = clipped[~clipped.geometry.is_empty].to_crs(MAP_CRS)
    if clipped.empty:
        return
    clipped.plot(ax=ax, facecolor="#e4e4e4", edgecolor="#9a9a9a", linewidth=0.6, zorder=1)
    view = municipalities.to_crs(MAP_CRS).total_bounds
    names = clipped[clipped["name"] != "Kosovo"] if "name" in clipped.columns else clipped.iloc[:0]
    for name, geom in zip(names["name"], names.geometry, strict=True):
        visible = geom.intersection(_view_box(view))
        if visible.is_empty or visible.area < 1e8:  # under ~100 km2 in view: no room for a label
            continue
        point = visible.representative_point()
        ax.text(
            point.x,
            point.y,
            _country_label(str(name)),
            fontsize=8,
            color="#6d6d6d",
            ha="center",
            va="center",
            style="italic",
            zorder=2,
        )


def _country_label(name: str) -> str:
    return {"Macedonia": "North Macedonia", "Bosnia and Herz.": "Bosnia and Herzegovina"}.get(
        name, name
    )


def _view_box(bounds: np.ndarray) -> object:
    from shapely.geometry import box

    minx, miny, maxx, maxy = bounds
    margin = 25_000
    return box(minx - margin, miny - margin, maxx + margin, maxy + margin)


def _set_view(ax: Axes, munis: gpd.GeoDataFrame) -> None:
    """Kosovo plus a margin, stretched to fill the axes without distorting the map."""
    minx, miny, maxx, maxy = munis.total_bounds
    margin = 12_000
    minx, miny, maxx, maxy = minx - margin, miny - margin, maxx + margin, maxy + margin
    box = ax.get_position(original=True)  # geopandas may already have shrunk the active box
    box_w, box_h = box.width * PAGE_SIZE_IN[0], box.height * PAGE_SIZE_IN[1]
    target_ratio = box_h / box_w
    width, height = maxx - minx, maxy - miny
    if height / width < target_ratio:
        grow = width * target_ratio - height
        miny, maxy = miny - grow / 2, maxy + grow / 2
    else:
        grow = height / target_ratio - width
        minx, maxx = minx - grow / 2, maxx + grow / 2
    ax.set_xlim(minx, maxx)
    ax.set_ylim(miny, maxy)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_facecolor("#f7f7f7")
    for spine in ax.spines.values():
        spine.set_edgecolor("#555555")
        spine.set_linewidth(0.8)


def _draw_choropleth(ax: Axes, munis: gpd.GeoDataFrame, measure: str) -> list[tuple[str, str]]:
    """Fill municipalities by class; return (colour, label) pairs for the legend."""
    values = munis[measure].to_numpy(dtype=np.float64)
    colours, legend = _classify(values, measure)
    munis.plot(ax=ax, color=colours, edgecolor="#9e9e9e", linewidth=0.4, zorder=3)
    munis.dissolve().boundary.plot(ax=ax, color="#333333", linewidth=1.0, zorder=4)
    return legend


def _classify(values: np.ndarray, measure: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Colour per value and the legend; classes have round-number limits."""
    missing = np.isnan(values)
    colours = np.full(len(values), "#bdbdbd", dtype=object)
    legend: list[tuple[str, str]] = []
    if measure == "change":
        span = float(np.nanmax(np.abs(values))) if (~missing).any() else 0.0
        span = max(span, 1.0)
        edges = MaxNLocator(nbins=3, symmetric=True, steps=[1, 2, 2.5, 5, 10]).tick_values(
            -span, span
        )
        edges[0], edges[-1] = min(edges[0], -span), max(edges[-1], span)
        cmap = matplotlib.colormaps[DIVERGING].resampled(len(edges) - 1)
        index = np.clip(np.searchsorted(edges, values, side="right") - 1, 0, len(edges) - 2)
        for i in range(len(edges) - 1):
            colour = to_hex(cmap(len(edges) - 2 - i))  # orange for rises, purple for falls
            colours[(index == i) & ~missing] = colour
            legend.append((colour, f"{_fmt(edges[i])} to {_fmt(edges[i + 1])}"))
        colours[values == 0] = "#ffffff"
        legend.insert(len(legend) // 2, ("#ffffff", "0 (no change)"))
    else:
        top = float(np.nanmax(values)) if (~missing).any() else 0.0
        zero = values == 0
        colours[zero] = "#ffffff"
        legend.append(("#ffffff", "0"))
        if top > 0:
            edges = MaxNLocator(nbins=N_CLASSES, integer=True, min_n_ticks=2).tick_values(0, top)
            edges = edges[edges >= 0]
            if edges[-1] < top:
                edges = np.append(edges, top)
            cmap: ListedColormap = matplotlib.colormaps[SEQUENTIAL].resampled(len(edges) - 1)
            index = np.clip(np.searchsorted(edges, values, side="left") - 1, 0, len(edges) - 2)
            for i in range(len(edges) - 1):
                colour = to_hex(cmap(i))
                colours[(index == i) & ~zero & ~missing] = colour
                low = edges[i] + (1 if edges[i] == int(edges[i]) else 0)
                label = (
                    _fmt(edges[i + 1])
                    if low >= edges[i + 1]
                    else f"{_fmt(low)} to {_fmt(edges[i + 1])}"
                )
                legend.append((colour, label))
    if missing.any():
        legend.append(("#bdbdbd", "no previous period to compare"))
    return list(colours), legend


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _draw_imprecise(ax: Axes, munis: gpd.GeoDataFrame) -> None:
    """Municipalities holding events known only at municipality level: hatched, not a pin."""
    area = munis[munis["imprecise"] > 0]
    if not area.empty:
        area.plot(
            ax=ax,
            facecolor="none",
            edgecolor="#555555",
            hatch=IMPRECISE_HATCH,
            linewidth=0.0,
            zorder=5,
        )


def _draw_surge(ax: Axes, munis: gpd.GeoDataFrame) -> None:
    surging = munis[munis["surge"].astype(bool)]
    if not surging.empty:
        surging.boundary.plot(ax=ax, color="#000000", linewidth=2.2, zorder=6)


def event_symbols(selected: pd.DataFrame) -> pd.DataFrame:
    """Events drawn as symbols: in Kosovo at geo precision 1-2, counted per type and ~100 m cell.

    Columns ``type``, ``x``, ``y`` (metres in ``MAP_CRS``) and ``count``, largest first.
    Precision 3 events are areas and precision 4 / outside-Kosovo events are notes, never symbols.
    """
    precise = selected[selected["geo_precision"].isin([1, 2]) & selected["in_aoi"]]
    precise = precise[precise["lon"].notna() & precise["lat"].notna()]
    points = gpd.GeoSeries(
        gpd.points_from_xy(precise["lon"], precise["lat"]), crs="EPSG:4326"
    ).to_crs(MAP_CRS)
    table = pd.DataFrame(
        {
            "type": precise["type"].to_numpy(dtype=object),
            "x": np.round(points.x.to_numpy(), -2),
            "y": np.round(points.y.to_numpy(), -2),
        }
    )
    groups = table.groupby(["type", "x", "y"], sort=True).size().rename("count").reset_index()
    groups = groups.sort_values(["count", "type", "x", "y"], ascending=[False, True, True, True])
    return groups.reset_index(drop=True)


def _draw_symbols(ax: Axes, selected: pd.DataFrame) -> list[int]:
    """Symbols sized by count, one shape per type; returns the counts for the size legend."""
    groups = event_symbols(selected)
    if groups.empty:
        return []
    top = int(groups["count"].max())
    for event_type, (marker, face, edge) in SYMBOLS.items():
        part = groups[groups["type"] == event_type]
        if part.empty:
            continue
        ax.scatter(
            part["x"],
            part["y"],
            s=_marker_area(part["count"].to_numpy(), top),
            marker=marker,
            facecolor=face,
            edgecolor=edge,
            linewidth=0.6,
            alpha=0.9,
            zorder=7,
        )
    return _size_steps(top)


def _marker_area(counts: np.ndarray, top: int) -> np.ndarray:
    """Marker area in points^2, proportional to count, from 12 up to 260 for the largest."""
    return 12 + 248 * np.asarray(counts, dtype=np.float64) / max(top, 1)


def _size_steps(top: int) -> list[int]:
    if top <= 1:
        return [1]
    steps = sorted({1, max(1, round(top / 4)), top})
    return steps


def _draw_labels(ax: Axes, munis: gpd.GeoDataFrame) -> None:
    """Names of municipalities with events: a white halo drawn under ordinary text.

    The halo is a separate stroked copy, so the name itself stays real (searchable) PDF text.
    """
    halo = [patheffects.Stroke(linewidth=2.2, foreground="#ffffff")]
    with_events = munis[munis["events"] > 0].sort_values("municipality_code")
    for name, point in zip(
        with_events["name_en"], with_events.geometry.representative_point(), strict=True
    ):
        for effects in (halo, None):
            ax.text(
                point.x,
                point.y,
                str(name),
                fontsize=6.5,
                ha="center",
                va="center",
                color="#111111",
                path_effects=effects,
                zorder=8,
            )


def _draw_scale_bar(ax: Axes) -> None:
    """A 0-10-20 km (or longer) bar in the lower left, in true map metres."""
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    length_km = _nice_length((x1 - x0) / 1000 / 5)
    left, bottom = x0 + (x1 - x0) * 0.04, y0 + (y1 - y0) * 0.04
    height = (y1 - y0) * 0.008
    half = length_km * 500
    for i, colour in enumerate(("#111111", "#ffffff")):
        ax.add_patch(
            Rectangle(
                (left + i * half, bottom),
                half,
                height,
                facecolor=colour,
                edgecolor="#111111",
                linewidth=0.6,
                zorder=9,
            )
        )
    for km, x in ((0, left), (length_km / 2, left + half), (length_km, left + 2 * half)):
        label = f"{_fmt(km)} km" if km == length_km else _fmt(km)
        ax.text(x, bottom + height * 1.8, label, fontsize=7, ha="center", va="bottom", zorder=9)


def _nice_length(km: float) -> float:
    magnitude = 10 ** math.floor(math.log10(km))
    for step in (5, 2, 1):
        if step * magnitude <= km:
            return step * magnitude
    return magnitude


def _draw_north_arrow(ax: Axes) -> None:
    ax.annotate(
        "N",
        xy=(0.95, 0.95),
        xytext=(0.95, 0.86),
        xycoords="axes fraction",
        ha="center",
        va="center",
        fontsize=10,
        fontweight="bold",
        zorder=9,
        arrowprops={
            "arrowstyle": "-|>",
            "facecolor": "#111111",
            "edgecolor": "#111111",
            "linewidth": 1.2,
            "mutation_scale": 14,
        },
    )


# --- text ---------------------------------------------------------------------------------


def _draw_header(
    fig: Figure, title: str, totals: gpd.GeoDataFrame, flt: EventFilter, as_of: datetime
) -> None:
    start, end = totals.attrs.get("window_start"), totals.attrs.get("window_end")
    period = (
        f"{start.isoformat()} to {end.isoformat()}"
        if start and end
        else "no events in the selection"
    )
    fig.text(0.025, 0.935, title, fontsize=15, fontweight="bold", va="bottom")
    fig.text(
        0.025,
        0.905,
        f"Period: {period}   |   Data as of {_as_of_text(as_of)}",
        fontsize=9,
        va="bottom",
    )
    fig.text(
        0.025,
        0.882,
        textwrap.shorten(f"Filters: {flt.describe()}", 170),
        fontsize=8,
        va="bottom",
        color="#333333",
    )


def _draw_panel(
    panel: Axes,
    measure: str,
    classes: list[tuple[str, str]],
    sizes: list[int],
    totals: gpd.GeoDataFrame,
    selected: pd.DataFrame,
    attribution: str,
) -> None:
    handles: list[Patch | Line2D] = [
        Patch(facecolor=colour, edgecolor="#777777", linewidth=0.5, label=label)
        for colour, label in classes
    ]
    choropleth = panel.legend(
        handles=handles,
        title=textwrap.fill(MEASURES[measure], 40),
        loc="upper left",
        bbox_to_anchor=(0.0, 1.0),
        fontsize=7.5,
        title_fontsize=8.5,
        frameon=False,
        alignment="left",
    )
    panel.add_artist(choropleth)

    top = max(sizes) if sizes else 1
    symbol_handles: list[Patch | Line2D] = []
    for event_type, (marker, face, edge) in SYMBOLS.items():
        symbol_handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker=marker,
                markersize=8,
                markerfacecolor=face,
                markeredgecolor=edge,
                label=f"{SYMBOL_LABELS[event_type]} at a known place",
            )
        )
    for count in sizes:
        size = math.sqrt(float(_marker_area(np.array([count]), top)[0]))
        symbol_handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                markersize=size,
                markerfacecolor="#bdbdbd",
                markeredgecolor="#555555",
                label=f"{count} event{'s' if count != 1 else ''}",
            )
        )
    symbol_handles.append(
        Patch(
            facecolor="none",
            edgecolor="#3a3a3a",
            hatch=IMPRECISE_HATCH,
            label="Events known only by municipality",
        )
    )
    symbol_handles.append(
        Patch(
            facecolor="none",
            edgecolor="#000000",
            linewidth=2.0,
            label=f"Surge (at least {SURGE_FACTOR:g}x the mean of 4 earlier\n"
            f"periods and {SURGE_MIN_EVENTS} or more events)",
        )
    )
    panel.legend(
        handles=symbol_handles,
        title="Symbols",
        loc="upper left",
        bbox_to_anchor=(0.0, 0.56),
        fontsize=7.5,
        title_fontsize=8.5,
        frameon=False,
        alignment="left",
        labelspacing=0.9,
    )

    unmapped = totals.attrs["unmapped"]
    mapped = int(totals["events"].sum())
    imprecise = int(totals["imprecise"].sum())
    lines = [
        f"Events in the selection: {len(selected):,}",
        f"  on the map: {mapped:,} ({imprecise:,} known only by municipality)",
        f"  Kosovo-wide, not mapped: {unmapped.country_level:,}",
        f"  outside Kosovo: {unmapped.outside_aoi:,}",
    ]
    if unmapped.no_municipality:
        lines.append(f"  without municipality: {unmapped.no_municipality:,}")
    panel.text(0.0, 0.135, "\n".join(lines), fontsize=7.5, va="bottom", transform=panel.transAxes)
    credit = "Source: sitmap event store, extracted from news reports. Map data: " + attribution
    panel.text(
        0.0,
        0.0,
        "\n".join(textwrap.wrap(credit, 62)),
        fontsize=6.3,
        color="#444444",
        va="bottom",
        transform=panel.transAxes,
    )
    panel.text(
        0.0,
        -0.045,
        "Projection: WGS 84 / UTM zone 34N (EPSG:32634)",
        fontsize=6.3,
        color="#444444",
        va="bottom",
        transform=panel.transAxes,
    )


def _draw_banners(fig: Figure, banner: str) -> None:
    for y, va in ((0.992, "top"), (0.008, "bottom")):
        fig.text(
            0.5,
            y,
            banner,
            ha="center",
            va=va,
            fontsize=10,
            fontweight="bold",
            color="#ffffff",
            bbox={"boxstyle": "square,pad=0.3", "facecolor": "#111111", "edgecolor": "none"},
        )


def _as_of_text(moment: datetime) -> str:
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.strftime("%Y-%m-%d %H:%M UTC")
