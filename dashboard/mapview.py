"""The dashboard's folium map, built offline: plain Python, no Streamlit.

Every script and stylesheet the map needs is served by Streamlit from ``dashboard/static/vendor``
(at ``/app/static/vendor/``, see ``scripts/copy_assets.py``); no element keeps a CDN link, there
is no basemap unless a tile server is configured, and no branca colormap is used (streamlit-folium
would add d3 from a CDN), so the legend is plain HTML.

What is drawn, bottom to top: neighbouring countries, the municipality choropleth of one measure,
municipalities holding imprecise events (geo precision 3: known only at municipality level, drawn
as the area, never as a pin), municipality labels, and a cluster layer of the most recent
precisely placed events (precision 1-2), capped at ``max_markers`` so the page stays small
whatever the number of events; precision-4 events are not mapped and are counted in the legend.
Every text that comes from an article is HTML-escaped before it reaches the page.
"""

from __future__ import annotations

import base64
import html
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import folium
import geopandas as gpd
import pandas as pd
import shapely
from branca.element import MacroElement
from folium.plugins import FastMarkerCluster
from folium.template import Template
from matplotlib import colormaps
from matplotlib.colors import to_hex

from dashboard.errors import MapBuildError, MissingAssetError
from events.schema import LIST_SEP

STATIC_URL = "/app/static/vendor"
VENDOR_DIR = Path(__file__).resolve().parent / "static" / "vendor"

MAP_JS: tuple[tuple[str, str], ...] = (
    ("leaflet", f"{STATIC_URL}/leaflet/leaflet.js"),
    ("jquery", f"{STATIC_URL}/jquery/jquery.min.js"),
)
MAP_CSS: tuple[tuple[str, str], ...] = (("leaflet_css", f"{STATIC_URL}/leaflet/leaflet.css"),)
CLUSTER_JS: tuple[tuple[str, str], ...] = (
    ("markerclusterjs", f"{STATIC_URL}/markercluster/leaflet.markercluster.js"),
)
CLUSTER_CSS: tuple[tuple[str, str], ...] = (
    ("markerclustercss", f"{STATIC_URL}/markercluster/MarkerCluster.css"),
    ("markerclusterdefaultcss", f"{STATIC_URL}/markercluster/MarkerCluster.Default.css"),
)

# Marker look per event type: shape and colour both differ, so the map reads without colour.
TYPE_STYLE: Mapping[str, tuple[str, str]] = {
    "incident": ("circle", "#d7301f"),
    "deployment": ("triangle", "#2b8cbe"),
}
CHOROPLETH_CMAP = "cividis"  # colour-blind safe and readable in greyscale
DEFAULT_MAX_MARKERS = 500
KOSOVO_CENTER = (42.58, 20.90)
COUNTRY_MARGIN = 1.5  # degrees of neighbouring countries drawn around Kosovo


@dataclass(frozen=True, slots=True)
class TileConfig:
    """An optional tile server (off by default: the map must work with no network)."""

    url: str
    attribution: str


@dataclass(frozen=True, slots=True)
class MapSpec:
    """Everything that decides how the map looks, apart from the data."""

    measure: str = "events"
    measure_label: str = "Events"
    max_markers: int = DEFAULT_MAX_MARKERS
    attribution: str = ""
    tiles: TileConfig | None = None
    height_px: int = 720
    new_since: pd.Timestamp | None = None  # events first seen after this are highlighted


@dataclass(frozen=True, slots=True)
class MapSummary:
    """What the map shows and leaves out, for captions and tests."""

    markers: int
    markers_left_out: int
    imprecise_municipalities: int
    imprecise_events: int
    unmapped_events: int  # geo precision 4, or no coordinates
    surge_municipalities: int = 0


def _escape(value: object) -> str:
    """Text from an article, safe to put in HTML; missing values become an empty string."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return html.escape(str(value), quote=True)


def _number_text(low: float, high: float) -> str:
    if pd.isna(low) and pd.isna(high):
        return ""
    if pd.isna(high) or low == high:
        return f"{low:,.0f}"
    if pd.isna(low):
        return f"{high:,.0f}"
    return f"{low:,.0f}-{high:,.0f}"


def event_popup_html(row: Mapping[str, object]) -> str:
    """A popup for one event: date, type, place, actors, numbers, the source sentence, outlets."""
    date = pd.Timestamp(row["date"]).date().isoformat() if not pd.isna(row["date"]) else "?"
    subtype = str(row["subtype"]).replace("_", " ")
    actors = [a for a in str(row.get("actors") or "").split(LIST_SEP) if a]
    outlets = [o for o in str(row.get("outlets") or "").split(LIST_SEP) if o]
    numbers = []
    for label, low, high in (
        ("troops", row.get("troops_low"), row.get("troops_high")),
        ("killed", row.get("killed"), None),
        ("injured", row.get("injured"), None),
        ("arrested", row.get("arrested"), None),
    ):
        text = _number_text(
            float(low) if low is not None else math.nan,
            float(high) if high is not None else math.nan,
        )
        if text:
            numbers.append(f"{label} {text}")
    parts = [
        f"<b>{_escape(date)}</b> &middot; {_escape(row['type'])}: {_escape(subtype)}",
        f"<br>{_escape(row.get('place'))} ({_escape(row.get('municipality'))})",
    ]
    if actors:
        parts.append("<br>Actors: " + _escape(", ".join(actors)))
    if numbers:
        parts.append("<br>" + _escape("; ".join(numbers)))
    parts.append(f"<br><i>&ldquo;{_escape(row.get('sentence'))}&rdquo;</i>")
    parts.append("<br>Sources: " + (_escape(", ".join(outlets)) or "unknown"))
    return "".join(parts)


def measure_colors(values: pd.Series) -> dict[str, str]:
    """Hex fill per municipality code on a sequential, colour-blind safe scale (zero is grey)."""
    cmap = colormaps[CHOROPLETH_CMAP]
    top = float(values.max()) if len(values) else 0.0
    colors: dict[str, str] = {}
    for code, value in values.items():
        if not value or pd.isna(value) or top <= 0:
            colors[str(code)] = "#3a3f4b"
        else:
            colors[str(code)] = to_hex(cmap(0.15 + 0.85 * float(value) / top))
    return colors


def _legend_html(spec: MapSpec, values: pd.Series, summary: MapSummary) -> str:
    cmap = colormaps[CHOROPLETH_CMAP]
    top = float(values.max()) if len(values) else 0.0
    stops = ", ".join(to_hex(cmap(0.15 + 0.85 * i / 4)) for i in range(5))
    rows = [
        f"<b>{_escape(spec.measure_label)}</b> by municipality",
        f"<div style='height:10px;background:linear-gradient(to right,{stops})'></div>",
        (
            f"<div style='display:flex;justify-content:space-between'><span>low</span>"
            f"<span>{top:,.0f}</span></div>"
            if top > 0
            else "<div>nothing in this selection</div>"
        ),
        "<div><span class='sm-swatch' style='background:#3a3f4b'></span> none</div>",
    ]
    for event_type, (shape, color) in TYPE_STYLE.items():
        rows.append(
            f"<div><span class='sm-ev sm-{shape}' style='--c:{color}'></span> {event_type}</div>"
        )
    rows.append("<div><span class='sm-ev sm-circle sm-new' style='--c:#888'></span> new</div>")
    if summary.surge_municipalities:
        rows.append(
            f"<div><span style='color:#ff8a65'>&#9650;</span> surge "
            f"({summary.surge_municipalities})</div>"
        )
    rows.append(
        "<div><span class='sm-swatch sm-hatch'></span> area of imprecise events "
        f"({summary.imprecise_events})</div>"
    )
    if summary.markers_left_out:
        rows.append(f"<div>{summary.markers_left_out:,} older events: choropleth only</div>")
    rows.append(f"<div>{summary.unmapped_events:,} events without a place not mapped</div>")
    return "".join(rows)


_MARKER_CSS = """
.sm-legend{background:rgba(20,24,32,.88);color:#e8ecf2;padding:8px 10px;border-radius:6px;
 font:14px/1.45 sans-serif;min-width:190px}
.sm-swatch{display:inline-block;width:14px;height:12px;vertical-align:middle;border:1px solid #999}
.sm-hatch{background:repeating-linear-gradient(45deg,#f2b134 0 2px,transparent 2px 5px)}
.sm-ev{display:inline-block;width:12px;height:12px;background:var(--c);vertical-align:middle;
 border:1.5px solid #fff;box-sizing:border-box}
.sm-circle{border-radius:50%}
.sm-triangle{clip-path:polygon(50% 0,100% 100%,0 100%);border:none}
.sm-new{box-shadow:0 0 0 3px #f2b134}
.leaflet-container .leaflet-control-attribution{background:rgba(20,24,32,.8);color:#c9ced8;
 font-size:11px;max-width:60%}
.leaflet-container .leaflet-control-attribution a{color:#9ecae1}
.sm-cluster{border-radius:50%;background:rgba(245,246,248,.92);color:#111;text-align:center;
 font:700 13px sans-serif;border:2px solid #111;box-shadow:0 0 0 2px rgba(255,255,255,.5)}
.sm-label{color:#f4f6fa;font:600 12px sans-serif;text-shadow:0 0 3px #000,0 0 3px #000;
 white-space:nowrap;pointer-events:none;transform:translate(-50%,-50%)}
.sm-label.sm-surge{color:#ff8a65;font-size:14px}
"""


class _Decorations(MacroElement):
    """Legend, marker CSS, data attribution and municipality labels, in the map's own script.

    Labels are one JSON list drawn by a loop rather than 38 folium markers: far less page and
    render time. Label names are HTML-escaped before they get here.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function(){
            var style = document.createElement('style');
            style.textContent = {{ this.css|tojson }};
            document.head.appendChild(style);
            var legend = L.control({position: 'bottomright'});
            legend.onAdd = function () {
                var div = L.DomUtil.create('div', 'sm-legend');
                div.innerHTML = {{ this.legend|tojson }};
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
            {{ this._parent.get_name() }}.attributionControl.addAttribution(
                {{ this.attribution|tojson }});
            {{ this.labels|tojson }}.forEach(function (label) {
                L.marker([label[0], label[1]], {
                    interactive: false, keyboard: false, icon: L.divIcon({
                    className: '', iconSize: [0, 0],
                    html: '<div class="sm-label' + (label[3] ? ' sm-surge' : '') + '">'
                        + label[2] + (label[3] ? ' \u25b2' : '') + '</div>'})
                }).addTo({{ this._parent.get_name() }});
            });
        })();
        {% endmacro %}
        """
    )

    def __init__(self, *, legend: str, attribution: str, labels: list[list[object]]) -> None:
        super().__init__()
        self._name = "Decorations"
        self.css = _MARKER_CSS
        self.legend = legend
        self.attribution = attribution
        self.labels = labels


# One row per marker: [lat, lon, shape, colour, is_new, popup_html]. A div icon keeps the page
# free of image requests and draws the shape by type.
_MARKER_CALLBACK = """
function callback(row) {
    var cls = 'sm-ev sm-' + row[2] + (row[4] ? ' sm-new' : '');
    var icon = L.divIcon({className: '', iconSize: [14, 14],
        html: '<span class="' + cls + '" style="--c:' + row[3]
            + ';width:14px;height:14px"></span>'});
    var marker = L.marker(new L.LatLng(row[0], row[1]), {icon: icon});
    marker.bindPopup(row[5], {maxWidth: 420});
    return marker;
}
"""

# Neutral cluster discs (the default green/yellow/orange would read as part of the colour scale).
_CLUSTER_ICON = """
function (cluster) {
    var n = cluster.getChildCount();
    var size = n < 10 ? 28 : (n < 100 ? 34 : 42);
    return L.divIcon({className: '', iconSize: [size, size],
        html: '<div class="sm-cluster" style="width:' + size + 'px;height:' + size
            + 'px;line-height:'
            + size + 'px">' + n + '</div>'});
}
"""

_BIND_POPUP = folium.JsCode(
    "function(feature, layer) {"
    " if (feature.properties.popup) { layer.bindPopup(feature.properties.popup,"
    " {maxWidth: 420}); } }"
)


@dataclass(frozen=True, slots=True)
class MunicipalityShape:
    """One municipality ready for the page: code, name, GeoJSON geometry, label point."""

    code: str
    name: str
    geometry: dict[str, object]
    label_lat: float
    label_lon: float


@dataclass(frozen=True, slots=True)
class BaseLayers:
    """The static layers converted to GeoJSON once (the data layer caches this)."""

    municipalities: tuple[MunicipalityShape, ...]
    countries: tuple[tuple[str, dict[str, object]], ...]
    bounds: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat


def _geojson_geometries(geometries: gpd.GeoSeries) -> list[dict[str, object]]:
    """GeoJSON geometries with coordinates snapped to ~1 m, which keeps the page small."""
    snapped = shapely.set_precision(geometries.to_numpy(), 1e-5)
    return [json.loads(text) for text in shapely.to_geojson(snapped)]


def prepare_base_layers(
    municipalities: gpd.GeoDataFrame, countries: gpd.GeoDataFrame | None
) -> BaseLayers:
    """Convert the municipality and country layers for :func:`build_map` (done once per layer)."""
    missing = [c for c in ("municipality_code", "name_en") if c not in municipalities.columns]
    if missing:
        raise MapBuildError(
            f"municipalities layer lacks {missing}; load it with "
            "geo.boundaries.load_municipalities(settings.municipalities_path)"
        )
    points = municipalities.geometry.representative_point()
    shapes = tuple(
        MunicipalityShape(
            code=str(code),
            name=str(name),
            geometry=geometry,
            label_lat=round(float(point.y), 4),
            label_lon=round(float(point.x), 4),
        )
        for code, name, geometry, point in zip(
            municipalities["municipality_code"],
            municipalities["name_en"],
            _geojson_geometries(municipalities.geometry),
            points,
            strict=True,
        )
    )
    minx, miny, maxx, maxy = (float(v) for v in municipalities.total_bounds)
    outlines: tuple[tuple[str, dict[str, object]], ...] = ()
    if countries is not None and len(countries):
        # A backdrop only: cut to the region around Kosovo and simplify to ~200 m, which keeps
        # the page (and folium's render time, linear in the page) small.
        window = shapely.box(
            minx - COUNTRY_MARGIN,
            miny - COUNTRY_MARGIN,
            maxx + COUNTRY_MARGIN,
            maxy + COUNTRY_MARGIN,
        )
        clipped = shapely.simplify(
            shapely.intersection(countries.geometry.to_numpy(), window), 0.002
        )
        keep = ~shapely.is_empty(clipped)
        outlines = tuple(
            zip(
                (str(n) for n in countries["name"][keep]),
                _geojson_geometries(gpd.GeoSeries(clipped[keep])),
                strict=True,
            )
        )
    return BaseLayers(municipalities=shapes, countries=outlines, bounds=(minx, miny, maxx, maxy))


def _feature_collection(
    rows: list[tuple[dict[str, object], dict[str, object]]],
) -> dict[str, object]:
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": geometry, "properties": props}
            for geometry, props in rows
        ],
    }


def _imprecise_popup(count: int, latest: list[dict[str, object]]) -> str:
    items = "".join(
        f"<li>{_escape(pd.Timestamp(r['date']).date())} "
        f"{_escape(str(r['subtype']).replace('_', ' '))}: {_escape(r['sentence'])}</li>"
        for r in latest
    )
    return (
        f"{count} event(s) known only at municipality level"
        f"<ul style='padding-left:16px;margin:4px 0'>{items}</ul>"
    )


def _municipality_style(feature: dict[str, dict[str, object]]) -> dict[str, object]:
    props = feature["properties"]
    style: dict[str, object] = {
        "fillColor": props["fill"],
        "color": "#c9ced8",
        "weight": 1,
        "fillOpacity": 0.75,
    }
    if props["imprecise"]:
        style.update(color="#f2b134", weight=3, dashArray="6 5")
    return style


def _marker_rows(precise: pd.DataFrame, spec: MapSpec) -> list[list[object]]:
    """[lat, lon, shape, colour, is_new, popup] for the most recent precisely placed events."""
    shown = precise.nlargest(spec.max_markers, "date", keep="first") if len(precise) else precise
    rows: list[list[object]] = []
    for rec in shown.to_dict("records"):
        shape, color = TYPE_STYLE.get(str(rec["type"]), ("circle", "#999999"))
        is_new = bool(
            spec.new_since is not None
            and not pd.isna(rec["first_seen"])
            and rec["first_seen"] > spec.new_since
        )
        rows.append(
            [
                round(float(rec["lat"]), 5),
                round(float(rec["lon"]), 5),
                shape,
                color,
                int(is_new),
                event_popup_html(rec),
            ]
        )
    return rows


def build_map(
    events: pd.DataFrame,
    base: BaseLayers,
    values: pd.Series,
    spec: MapSpec,
    *,
    surge: frozenset[str] = frozenset(),
) -> tuple[folium.Map, MapSummary]:
    """The map for an already filtered events frame and one value per municipality code.

    ``values`` is the chosen measure indexed by municipality code (missing codes count as 0);
    municipalities in ``surge`` (see ``geo.aggregate``) get a marked label and a popup line.
    The result is deterministic for the same inputs, so streamlit-folium keeps the component
    mounted between reruns that do not change the data.
    """
    codes = [shape.code for shape in base.municipalities]
    values = values.reindex(codes).fillna(0)
    fmap = folium.Map(
        location=KOSOVO_CENTER,
        zoom_start=9,
        tiles=None,
        control_scale=True,
    )
    # With no tile layer folium leaves the zoom range unset, and markercluster needs maxZoom.
    fmap.options.update(min_zoom=7, max_zoom=16)
    fmap.default_js = list(MAP_JS)
    fmap.default_css = list(MAP_CSS)
    if spec.tiles is not None:
        folium.TileLayer(
            tiles=spec.tiles.url, attr=_escape(spec.tiles.attribution), name="Basemap"
        ).add_to(fmap)

    if base.countries:
        folium.GeoJson(
            _feature_collection([(geom, {"name": name}) for name, geom in base.countries]),
            name="Neighbouring countries",
            style_function=lambda _f: {
                "fillColor": "#2a2f3a",
                "color": "#6b7280",
                "weight": 1,
                "fillOpacity": 0.9,
            },
            interactive=False,
            control=False,
        ).add_to(fmap)

    mappable = events["lat"].notna() & events["lon"].notna() & (events["geo_precision"] != 4)
    placed = events[mappable]
    imprecise = placed[(placed["geo_precision"] == 3) & placed["municipality_code"].notna()]
    counts = imprecise["municipality_code"].value_counts()
    latest_by_code: dict[str, list[dict[str, object]]] = {}
    recent = (
        imprecise[["municipality_code", "date", "subtype", "sentence"]]
        .sort_values("date", ascending=False)
        .groupby("municipality_code")
        .head(5)
    )
    for rec in recent.to_dict("records"):
        latest_by_code.setdefault(str(rec["municipality_code"]), []).append(rec)

    # One polygon layer: the fill is the measure, a dashed outline marks a municipality that
    # holds imprecise events (listed in its popup), so no polygon is sent twice.
    colors = measure_colors(values)
    label = _escape(spec.measure_label)
    muni_rows = []
    for shape in base.municipalities:
        n_imprecise = int(counts.get(shape.code, 0))
        popup = f"<b>{_escape(shape.name)}</b><br>{label}: {values[shape.code]:,.0f}"
        if shape.code in surge:
            popup += "<br><b>Surge</b>: at least twice the average of the four periods before"
        if n_imprecise:
            popup += "<br>" + _imprecise_popup(n_imprecise, latest_by_code.get(shape.code, []))
        muni_rows.append(
            (
                shape.geometry,
                {
                    "municipality_code": shape.code,
                    "name": shape.name,
                    "fill": colors[shape.code],
                    "imprecise": n_imprecise,
                    "popup": popup,
                },
            )
        )
    folium.GeoJson(
        _feature_collection(muni_rows),
        name=f"Municipalities: {spec.measure_label}",
        style_function=_municipality_style,
        highlight_function=lambda _f: {"weight": 4, "color": "#ffffff"},
        on_each_feature=_BIND_POPUP,
    ).add_to(fmap)

    precise = placed[placed["geo_precision"].isin((1, 2))]
    data = _marker_rows(precise, spec)
    if data:
        cluster = FastMarkerCluster(
            data,
            callback=_MARKER_CALLBACK,
            icon_create_function=_CLUSTER_ICON,
            name="Events",
            disableClusteringAtZoom=13,
            maxClusterRadius=40,
        )
        cluster.default_js = list(CLUSTER_JS)
        cluster.default_css = list(CLUSTER_CSS)
        cluster.add_to(fmap)

    summary = MapSummary(
        markers=len(data),
        markers_left_out=len(precise) - len(data),
        imprecise_municipalities=len(counts),
        imprecise_events=len(imprecise),
        unmapped_events=len(events) - len(placed),
        surge_municipalities=len(surge & set(codes)),
    )
    _Decorations(
        legend=_legend_html(spec, values, summary),
        attribution=_escape(spec.attribution),
        labels=[
            [s.label_lat, s.label_lon, _escape(s.name), int(s.code in surge)]
            for s in base.municipalities
        ],
    ).add_to(fmap)
    folium.LayerControl(collapsed=True).add_to(fmap)
    minx, miny, maxx, maxy = base.bounds
    fmap.fit_bounds([[miny, minx], [maxy, maxx]])
    return fmap, summary


def iter_asset_links(fmap: folium.Map) -> Iterator[str]:
    """Every script and stylesheet URL the map's elements ask for, as streamlit-folium sees them."""

    def walk(element: object) -> Iterator[object]:
        yield element
        for child in getattr(element, "_children", {}).values():
            yield from walk(child)

    for element in walk(fmap):
        for _name, url in getattr(element, "default_js", []):
            yield url
        for _name, url in getattr(element, "default_css", []):
            yield url


_SCRIPT_TAG = re.compile(r'<script src="(?P<url>/app/static/vendor/[^"]+)"></script>')
_CSS_TAG = re.compile(r'<link rel="stylesheet" href="(?P<url>/app/static/vendor/[^"]+)"/>')
_CSS_IMAGE = re.compile(r"url\((?P<path>images/[^)]+\.png)\)")


def _vendor_file(url: str, vendor_dir: Path) -> Path:
    path = vendor_dir / url.removeprefix(STATIC_URL + "/")
    if not path.is_file():
        raise MissingAssetError(
            f"{path} is missing: run `npm ci && python3 scripts/copy_assets.py` "
            "to vendor the map assets"
        )
    return path


def standalone_html(fmap: folium.Map, *, vendor_dir: Path = VENDOR_DIR) -> str:
    """The map as one self-contained HTML file: vendored JS and CSS inlined, works offline."""
    page = fmap.get_root().render()

    def inline_script(match: re.Match[str]) -> str:
        code = _vendor_file(match["url"], vendor_dir).read_text(encoding="utf-8")
        return "<script>" + code.replace("</script", "<\\/script") + "</script>"

    def inline_css(match: re.Match[str]) -> str:
        css_path = _vendor_file(match["url"], vendor_dir)
        css = css_path.read_text(encoding="utf-8")

        def data_uri(image: re.Match[str]) -> str:
            png = css_path.parent / image["path"]
            if not png.is_file():
                return "url()"
            return "url(data:image/png;base64," + base64.b64encode(png.read_bytes()).decode() + ")"

        return "<style>" + _CSS_IMAGE.sub(data_uri, css) + "</style>"

    page = _SCRIPT_TAG.sub(inline_script, page)
    return _CSS_TAG.sub(inline_css, page)


def page_payload_bytes(fmap: folium.Map) -> int:
    """Size of what the browser receives for the map: the rendered HTML/JS of the map."""
    return len(fmap.get_root().render().encode("utf-8"))
