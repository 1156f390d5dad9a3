"""sitmap dashboard, the Streamlit page: wiring only (widgets in, plain calls, figures out).

Run with ``sitmap serve`` (or ``streamlit run dashboard/app.py`` from the repository root, so
that ``.streamlit/config.toml`` applies and ``dashboard/static/`` is served at ``/app/static/``).
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date, timedelta

import altair as alt
import streamlit as st
from streamlit_folium import st_folium

from dashboard import data
from dashboard.errors import DashboardConfigError
from dashboard.mapview import MapSpec, build_map, standalone_html
from dashboard.summary import (
    MAP_MEASURES,
    actor_names,
    choropleth,
    events_table,
    indicators_with_previous,
    measure_label,
    timeline_frame,
)
from dashboard.viewstate import STEPS, ViewState, from_query_params, to_query_params
from events.filters import EventFilter, apply_filter
from events.schema import EVENT_TYPES, GEO_PRECISIONS, SUBTYPES_BY_TYPE

MAP_KEY = "map"
REFRESH_CHOICES = {"off": 0, "30 s": 30, "1 min": 60, "5 min": 300}
PLAY_SECONDS = 1.5
TABLE_ROWS = 2000

st.set_page_config(page_title="sitmap", page_icon=":world_map:", layout="wide")
st.markdown(
    "<style>div.block-container{padding-top:1.5rem;padding-bottom:1rem}"
    "h1{font-size:2.1rem !important;padding-top:0 !important}"
    ".sm-banner{background:#7a1f1f;color:#fff;text-align:center;font-weight:700;"
    "letter-spacing:.08em;padding:2px 0;margin-bottom:6px}</style>",
    unsafe_allow_html=True,
)

try:
    config = data.load_config()
except DashboardConfigError as exc:
    st.error(str(exc))
    st.stop()
db_url = config.settings.db_url
try:
    layers = data.load_layers(config.settings)
except (OSError, ValueError) as exc:  # the layer files are missing or unreadable
    st.error(f"The municipality layer cannot be loaded: {exc}")
    st.stop()
names = layers.names
codes = list(names)

# --- data, and what is new since the previous refresh of this session -------------------------
version = data.store_version(db_url)
if st.session_state.get("data_version") != version:
    st.session_state["new_since"] = st.session_state.get("latest_first_seen")
    st.session_state["data_version"] = version
events = data.load_events(db_url, version)
st.session_state["latest_first_seen"] = events["first_seen"].max() if len(events) else None
new_since = st.session_state.get("new_since")
as_of = data.now_utc()

# --- the view from the URL on the first run, then from the widgets -----------------------------
data_start = events["date"].min().date() if len(events) else date.today() - timedelta(days=30)
data_end = events["date"].max().date() if len(events) else date.today()
if "view_loaded" not in st.session_state:
    params = {key: st.query_params.get_all(key) for key in st.query_params}
    initial = from_query_params(params, measures=MAP_MEASURES, municipality_codes=codes)
    flt = initial.filter
    st.session_state.update(
        dates=(flt.date_from or data_start, flt.date_to or data_end),
        types=list(flt.types),
        subtypes=list(flt.subtypes),
        actors=list(flt.actors),
        munis=list(flt.municipalities),
        conf=flt.min_confidence,
        precs=list(flt.geo_precisions),
        measure=initial.measure,
        drill=initial.drill or "",
        step=initial.step,
        animate=initial.at is not None,
        at=initial.at,
        playing=False,
        refresh="off" if not config.refresh_seconds else f"{config.refresh_seconds} s",
    )
    st.session_state["view_loaded"] = True
refresh_choices = dict(REFRESH_CHOICES)
if config.refresh_seconds:  # the configured interval is always on offer
    refresh_choices.setdefault(f"{config.refresh_seconds} s", config.refresh_seconds)


def _on_map_change() -> None:
    """A click on a municipality polygon drills the view down to it."""
    clicked = (st.session_state.get(MAP_KEY) or {}).get("last_active_drawing") or {}
    code = (clicked.get("properties") or {}).get("municipality_code")
    if code in names and code != st.session_state.get("drill"):
        st.session_state["drill"] = code
        st.session_state["drill_pending"] = True


with st.sidebar:
    st.header("Filters")
    low, high = (
        min(data_start, st.session_state["dates"][0]),
        max(data_end, st.session_state["dates"][-1]),
    )
    picked = st.date_input(
        "Period",
        key="dates",
        min_value=low - timedelta(days=3650),
        max_value=high + timedelta(days=365),
    )
    st.multiselect("Event types", EVENT_TYPES, key="types")
    subtype_choices = [
        s for t in (st.session_state["types"] or EVENT_TYPES) for s in SUBTYPES_BY_TYPE[t]
    ]
    st.session_state["subtypes"] = [s for s in st.session_state["subtypes"] if s in subtype_choices]
    st.multiselect(
        "Subtypes", subtype_choices, key="subtypes", format_func=lambda s: s.replace("_", " ")
    )
    actor_choices = sorted(set(actor_names(events)) | set(st.session_state["actors"]))
    st.multiselect("Actors", actor_choices, key="actors")
    st.multiselect("Municipalities", codes, key="munis", format_func=lambda c: names[c])
    st.slider("Minimum confidence", 0.0, 1.0, step=0.05, key="conf")
    st.multiselect(
        "Geo precision",
        GEO_PRECISIONS,
        key="precs",
        help="1 the named place; 2 near it; 3 municipality only (drawn as an area); "
        "4 country level (not mapped)",
    )
    st.header("Map")
    st.selectbox("Colour municipalities by", MAP_MEASURES, key="measure", format_func=measure_label)
    st.selectbox(
        "Drill down to municipality",
        ["", *codes],
        key="drill",
        format_func=lambda c: names.get(c, "all municipalities"),
        help="Or click a municipality on the map.",
    )
    st.header("Time")
    st.toggle("Step through the period", key="animate")
    st.radio("Step", STEPS, key="step", horizontal=True)
    st.header("Watch")
    st.selectbox("Auto-refresh", list(refresh_choices), key="refresh")

dates = tuple(picked) if isinstance(picked, (list, tuple)) else (picked,)
date_from, date_to = (dates[0], dates[-1]) if dates else (data_start, data_end)
base_filter = EventFilter(
    date_from=date_from,
    date_to=date_to,
    types=tuple(st.session_state["types"]),
    subtypes=tuple(st.session_state["subtypes"]),
    actors=tuple(st.session_state["actors"]),
    municipalities=tuple(st.session_state["munis"]),
    min_confidence=float(st.session_state["conf"]),
    geo_precisions=tuple(int(p) for p in st.session_state["precs"]),
)
view = ViewState(
    filter=base_filter,
    measure=st.session_state["measure"],
    drill=st.session_state["drill"] or None,
    step=st.session_state["step"],
    at=st.session_state.get("at") if st.session_state["animate"] else None,
)

# --- header and indicators ---------------------------------------------------------------------
if config.banner:
    st.markdown(
        f"<div class='sm-banner'>{html.escape(config.banner)}</div>", unsafe_allow_html=True
    )
title = "Security events in Kosovo"
if view.drill:
    title += f": {names[view.drill]}"
st.title(title)
st.caption(
    f"{view.effective_filter().describe()} · data as of {as_of:%Y-%m-%d %H:%M} UTC · "
    f"{len(events):,} events stored"
)

current, before = indicators_with_previous(events, view.effective_filter())
cols = st.columns(5)
for col, (label, value, previous) in zip(
    cols,
    (
        ("Events", current.events, before.events if before else None),
        ("Incidents", current.incidents, before.incidents if before else None),
        ("Deployments", current.deployments, before.deployments if before else None),
        ("Troops reported", current.troops, before.troops if before else None),
        ("Casualties", current.casualties, before.casualties if before else None),
    ),
    strict=True,
):
    delta = None if previous is None else value - previous
    col.metric(
        label,
        f"{value:,.0f}",
        delta=None if delta is None else f"{delta:+,.0f}",
        delta_color="off" if label in ("Troops reported", "Deployments") else "inverse",
        help="Change against the previous period of the same length",
        border=True,
    )


# --- map, with the optional time stepping ------------------------------------------------------
def _window(state: ViewState) -> EventFilter:
    """The map's filter: the whole period, or one step ending at the slider date."""
    flt = state.filter
    if state.at is None:
        return flt
    days = 1 if state.step == "day" else 7
    return replace(
        flt,
        date_from=max(flt.date_from or state.at, state.at - timedelta(days=days - 1)),
        date_to=state.at,
    )


def render_map() -> None:
    """The time controls and the map; a fragment so that playing reruns only this part."""
    state = view
    if st.session_state["animate"]:
        step_days = 1 if st.session_state["step"] == "day" else 7
        at = st.session_state.get("at") or date_from
        if st.session_state.get("playing"):
            at = at + timedelta(days=step_days)
            if at > date_to:
                at = date_from
        at = min(max(at, date_from), date_to)
        st.session_state["at"] = at
        play_col, slider_col = st.columns([1, 6])
        label = "Pause" if st.session_state.get("playing") else "Play"
        if play_col.button(label, key="play_button", width="stretch"):
            st.session_state["playing"] = not st.session_state.get("playing")
            st.rerun()
        if date_from < date_to:
            slider_col.slider(
                "Map date",
                min_value=date_from,
                max_value=date_to,
                step=timedelta(days=step_days),
                key="at",
                label_visibility="collapsed",
            )
        state = replace(view, at=st.session_state["at"])
        st.query_params["at"] = state.at.isoformat()  # playing reruns only this fragment
    map_filter = _window(state)
    map_events = apply_filter(events, map_filter)
    colours = choropleth(events, layers.municipalities, map_filter, state.measure)
    spec = MapSpec(
        measure=state.measure,
        measure_label=measure_label(state.measure),
        max_markers=config.max_markers,
        attribution=data.attribution(),
        tiles=config.tiles,
        new_since=new_since,
    )
    fmap, summary = build_map(map_events, layers.base, colours.values, spec, surge=colours.surge)
    st.session_state["map_html"] = fmap
    st_folium(
        fmap,
        key=MAP_KEY,
        height=spec.height_px,
        use_container_width=True,
        returned_objects=["last_active_drawing"],
        on_change=_on_map_change,
    )
    if st.session_state.pop("drill_pending", False):
        st.rerun(scope="app")  # the click ran only this fragment; the rest must follow
    notes = [f"{summary.markers:,} events shown as symbols"]
    if summary.markers_left_out:
        notes.append(
            f"{summary.markers_left_out:,} older placed events counted in the colours only"
        )
    notes.append(f"{summary.imprecise_events:,} known only by municipality (dashed outline)")
    notes.append(f"{summary.unmapped_events:,} without a map position (country level or unknown)")
    if state.at is not None:
        notes.insert(0, f"map shows {map_filter.date_from} to {map_filter.date_to}")
    st.caption(" · ".join(notes))


map_col, side_col = st.columns([3, 2])
with map_col:
    playing = st.session_state["animate"] and st.session_state.get("playing")
    st.fragment(render_map, run_every=PLAY_SECONDS if playing else None)()

view_events = apply_filter(events, view.effective_filter())
with side_col:
    st.subheader("Events per day")
    timeline = timeline_frame(view_events)
    chart = (
        alt.Chart(timeline)
        .mark_bar()
        .encode(
            x=alt.X("day:T", title=None),
            y=alt.Y("events:Q", title="events", axis=alt.Axis(tickMinStep=1, format="d")),
            color=alt.Color(
                "type:N", scale=alt.Scale(domain=list(EVENT_TYPES), range=["#d7301f", "#2b8cbe"])
            ),
            tooltip=["day:T", "type:N", "events:Q"],
        )
        .properties(height=260)
    )
    st.altair_chart(chart, width="stretch")
    st.subheader("Export this view")
    export_filter = view.effective_filter()
    stem = f"sitmap-{export_filter.date_from}-{export_filter.date_to}"
    c1, c2, c3 = st.columns(3)
    c1.download_button(
        "Map PNG",
        lambda: data.snapshot_bytes(
            events,
            layers,
            fmt="png",
            flt=export_filter,
            measure=view.measure,
            title=title,
            as_of=as_of,
            banner=config.banner,
        ),
        file_name=f"{stem}.png",
        mime="image/png",
        key="dl_png",
        on_click="ignore",
    )
    c2.download_button(
        "Map PDF",
        lambda: data.snapshot_bytes(
            events,
            layers,
            fmt="pdf",
            flt=export_filter,
            measure=view.measure,
            title=title,
            as_of=as_of,
            banner=config.banner,
        ),
        file_name=f"{stem}.pdf",
        mime="application/pdf",
        key="dl_pdf",
        on_click="ignore",
    )
    c3.download_button(
        "Interactive HTML",
        lambda: standalone_html(st.session_state["map_html"]),
        file_name=f"{stem}.html",
        mime="text/html",
        key="dl_html",
        on_click="ignore",
    )
    c4, c5 = st.columns(2)
    c4.download_button(
        "Events CSV",
        lambda: data.export_bytes(events, fmt="csv", flt=export_filter, as_of=as_of),
        file_name=f"{stem}.csv",
        mime="text/csv",
        key="dl_csv",
        on_click="ignore",
    )
    c5.download_button(
        "Events GeoJSON",
        lambda: data.export_bytes(events, fmt="geojson", flt=export_filter, as_of=as_of),
        file_name=f"{stem}.geojson",
        mime="application/geo+json",
        key="dl_geojson",
        on_click="ignore",
    )

st.subheader(f"Events ({len(view_events):,})")
table = events_table(view_events, new_since=new_since, limit=TABLE_ROWS)
if len(view_events) > TABLE_ROWS:
    st.caption(
        f"The newest {TABLE_ROWS:,} are listed; "
        f"the CSV and GeoJSON exports hold all {len(view_events):,}."
    )
picked_rows = st.dataframe(
    table,
    on_select="rerun",
    selection_mode="single-row",
    hide_index=True,
    width="stretch",
    height=min(420, 40 + 35 * max(len(table), 1)),
    column_config={
        "New": st.column_config.CheckboxColumn("New", help="First seen since the previous refresh"),
        "Confidence": st.column_config.ProgressColumn(
            "Confidence", min_value=0.0, max_value=1.0, format="%.2f"
        ),
        "Source sentence": st.column_config.TextColumn("Source sentence", width="large"),
    },
    key="events_table",
)

# --- one event with every source behind it --------------------------------------------------------
st.subheader("Event details")
event_ids = table["Event id"].head(500).tolist()
if event_ids:
    selected_rows = picked_rows.selection.rows if picked_rows is not None else []
    if selected_rows and table["Event id"].iloc[selected_rows[0]] in event_ids:
        st.session_state["detail"] = table["Event id"].iloc[selected_rows[0]]
    if st.session_state.get("detail") not in event_ids:
        st.session_state["detail"] = event_ids[0]
    labels = {
        row["Event id"]: " · ".join(
            (str(row["Date"]), row["Subtype"], row["Place"] or row["Municipality"] or "no place")
        )
        for row in table.head(500).to_dict("records")
    }
    detail_id = st.selectbox(
        "Event",
        event_ids,
        key="detail",
        format_func=labels.get,
        help="Or select a row in the table.",
    )
    detail_row = view_events.loc[view_events["event_id"] == detail_id].iloc[0]
    st.text(f"\u201c{detail_row['sentence']}\u201d")
    sources = data.event_sources_frame(db_url, version, detail_id)
    if sources.empty:
        st.caption("No source articles recorded for this event.")
    else:
        st.dataframe(sources, hide_index=True, width="stretch", key="sources_table")
        for title_text in sources["Title"].head(5):
            st.text(f"Source: {title_text}")
else:
    st.caption("No events match the filters.")

# --- keep the URL in step with the view -----------------------------------------------------------
wanted = to_query_params(view)
current_params = {key: st.query_params.get_all(key) for key in st.query_params}
if current_params != wanted:
    st.query_params.from_dict(wanted)

# --- watch the store for new ingests ---------------------------------------------------------
refresh_every = refresh_choices.get(st.session_state["refresh"], 0)
if refresh_every:

    def watch_store() -> None:
        """Reload the whole page when the store has changed since this run."""
        if data.store_version(db_url) != st.session_state.get("data_version"):
            st.rerun(scope="app")

    st.fragment(watch_store, run_every=refresh_every)()
