"""Dashboard benchmark: rerun time after a filter change and map page size, 100,000 events.

Prints two tables:

1. Server-side time of a rerun after a filter change, with 100,000 synthetic events in a
   temporary SQLite store: the whole page run by Streamlit's AppTest (script execution, no
   browser), and the data-layer and map functions timed one by one. Target <= 300 ms.
2. The map's page payload (the rendered HTML of the folium map, which is what the
   streamlit-folium component ships) for the dashboard's build (choropleth + at most
   ``max_markers`` clustered markers, older events only in the choropleth) beside the naive
   build (every event as its own folium marker with a popup), measured in the same run.
   Target < 2 MB whatever the number of events.

Usage: ``python bench/bench_dashboard.py [--events 100000] [--naive-max 10000]``.
Layers come from ``sitmap data build`` when built, otherwise from the shared mirror.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.mapview import MapSpec, build_map, event_popup_html, prepare_base_layers  # noqa: E402
from dashboard.summary import choropleth, indicators_with_previous  # noqa: E402
from events.filters import EventFilter, apply_filter  # noqa: E402
from events.store import EventRow, load_events_frame, open_store  # noqa: E402
from geo.boundaries import (  # noqa: E402
    build_country_layer,
    build_municipality_layer,
    load_countries,
    load_municipalities,
    write_layer,
)
from geo.synthetic import make_synthetic_events  # noqa: E402
from sitmap.settings import get_settings  # noqa: E402

FILTERS = (
    EventFilter(date_from=date(2023, 6, 1), date_to=date(2023, 6, 30)),
    EventFilter(date_from=date(2023, 6, 1), date_to=date(2023, 6, 30), types=("incident",)),
    EventFilter(date_from=date(2023, 3, 1), date_to=date(2023, 8, 31), municipalities=("30", "38")),
    EventFilter(date_from=date(2023, 1, 1), date_to=date(2023, 12, 31), min_confidence=0.7),
)


def _layers(data_dir: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """The layers in ``data_dir/build``, where the app under test reads them.

    Taken from the built data folder when it has them, else built from the mirror.
    """
    settings = get_settings()
    if settings.municipalities_path.is_file() and settings.countries_path.is_file():
        municipalities = load_municipalities(settings.municipalities_path)
        countries = load_countries(settings.countries_path)
        write_layer(municipalities, data_dir / "build" / "municipalities.parquet")
        write_layer(countries, data_dir / "build" / "countries.parquet")
        return municipalities, countries
    mirror = Path(
        os.environ.get("SITMAP_DATA_MIRROR") or ROOT.parent / "shared" / "data" / "kosovo"
    )
    boundaries = mirror / "boundaries"
    municipalities = build_municipality_layer(
        boundaries / "geoBoundaries-XKX-ADM2_simplified.topojson",
        boundaries / "xk_municipalities.csv",
    )
    countries = build_country_layer(boundaries / "ne10m_balkans_admin0_worldatlas.geojson")
    write_layer(municipalities, data_dir / "build" / "municipalities.parquet")
    write_layer(countries, data_dir / "build" / "countries.parquet")
    return municipalities, countries


def _store_rows(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Events-frame rows as rows of the store's ``events`` table."""
    out = frame.rename(columns={"actors": "actor_names"}).copy()
    for kind in ("killed", "injured", "arrested"):
        out[f"{kind}_low"] = out[kind]
        out[f"{kind}_high"] = out[kind]
    out["date"] = out["date"].dt.date
    out["first_seen"] = out["first_seen"].dt.to_pydatetime()
    out["updated_at"] = out["first_seen"]
    out["date_basis"] = "explicit"
    out["actors"] = [
        [[a, "actor"] for a in s.split("|") if a] for s in out["actor_names"].fillna("")
    ]
    out["merge_reasons"] = [[] for _ in range(len(out))]
    columns = [c.name for c in EventRow.__table__.columns if c.name != "id"]
    out = out[columns].astype(object).where(out[columns].notna(), None)
    return out.to_dict("records")


def _fill_store(url: str, frame: pd.DataFrame) -> None:
    engine = open_store(url)
    with engine.begin() as conn:
        conn.execute(sa.insert(EventRow.__table__), _store_rows(frame))
    engine.dispose()


def _time(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    """Median wall time in ms over ``repeat`` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def _naive_map(events: pd.DataFrame, base) -> folium.Map:  # noqa: ANN001
    """The baseline: every placed event as its own folium marker with a popup."""
    fmap = folium.Map(location=(42.6, 20.9), zoom_start=9, tiles=None)
    for rec in events[events["lat"].notna()].to_dict("records"):
        folium.CircleMarker(
            (rec["lat"], rec["lon"]), radius=5, popup=folium.Popup(event_popup_html(rec))
        ).add_to(fmap)
    return fmap


def _rerun_times(url: str, data_dir: Path, repeat: int) -> list[float]:
    """AppTest: one warm-up run, then time reruns that each change a sidebar filter."""
    from streamlit.testing.v1 import AppTest

    os.environ["SITMAP_DATA_DIR"] = str(data_dir)
    os.environ["SITMAP_DB_URL"] = url
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=300)
    at.run()
    if at.exception or at.error:
        problems = [e.value for e in at.exception] + [e.value for e in at.error]
        raise RuntimeError(f"the dashboard did not start: {problems}")
    changes = [["incident"], ["deployment"], [], ["incident", "deployment"]]
    times = []
    for i in range(repeat):
        at.multiselect(key="types").set_value(changes[i % len(changes)])
        start = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - start) * 1000)
        if at.exception:
            raise RuntimeError(f"the dashboard failed: {at.exception}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument(
        "--naive-max", type=int, default=10_000, help="largest naive build measured"
    )
    parser.add_argument("--reruns", type=int, default=8)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sitmap-bench-dashboard-") as folder:
        data_dir = Path(folder)
        municipalities, countries = _layers(data_dir)
        base = prepare_base_layers(municipalities, countries)
        frame = make_synthetic_events(args.events, municipalities=municipalities, seed=7)
        url = f"sqlite:///{data_dir / 'bench.db'}"
        start = time.perf_counter()
        _fill_store(url, frame)
        fill_s = time.perf_counter() - start
        load_ms, events = _time(lambda: load_events_frame(url), repeat=3)

        print(
            f"== rerun after a filter change, {len(events):,} events in the store "
            f"(store filled in {fill_s:.1f} s)"
        )
        rows = [("store -> events frame (cache miss, once per ingest)", load_ms)]
        for flt in FILTERS[:2]:
            rows.append(
                (
                    f"apply_filter [{flt.describe()}]",
                    _time(lambda f=flt: apply_filter(events, f))[0],
                )
            )
        flt = FILTERS[1]
        rows.append(
            (
                "indicators + previous period",
                _time(lambda: indicators_with_previous(events, flt))[0],
            )
        )
        rows.append(
            (
                "choropleth values (geo.aggregate)",
                _time(lambda: choropleth(events, municipalities, flt, "events"))[0],
            )
        )
        selected = apply_filter(events, flt)
        values = choropleth(events, municipalities, flt, "events").values
        rows.append(
            (
                "build_map (500 markers cap)",
                _time(lambda: build_map(selected, base, values, MapSpec()))[0],
            )
        )
        fmap = build_map(selected, base, values, MapSpec())[0]
        rows.append(("render map HTML", _time(lambda: fmap.get_root().render())[0]))
        reruns = _rerun_times(url, data_dir, args.reruns)
        rows.append(
            (f"whole page rerun, AppTest (median of {len(reruns)})", statistics.median(reruns))
        )
        rows.append(("whole page rerun, AppTest (max)", max(reruns)))
        width = max(len(r[0]) for r in rows)
        print(f"{'step':<{width}}  {'ms':>8}")
        for name, ms in rows:
            print(f"{name:<{width}}  {ms:8.1f}")
        print(f"{'target for a rerun':<{width}}  {300:8.1f}")

        print()
        print("== map page payload (rendered folium HTML) against the naive build")
        print(
            f"{'events':>8}  {'dashboard MB':>12}  {'build+render ms':>15}  "
            f"{'naive MB':>9}  {'naive ms':>9}"
        )
        for n in sorted({n for n in (1_000, 10_000, 100_000) if n < len(events)} | {len(events)}):
            sample = events.sample(n=n, random_state=0) if n < len(events) else events
            counts = sample.groupby("municipality_code").size()
            ours_ms, ours = _time(
                lambda s=sample, c=counts: build_map(s, base, c, MapSpec())[0].get_root().render(),
                repeat=3,
            )
            naive_mb, naive_ms = "skipped", ""
            if n <= args.naive_max:
                t0 = time.perf_counter()
                naive = _naive_map(sample, base).get_root().render()
                naive_ms = f"{(time.perf_counter() - t0) * 1000:9.0f}"
                naive_mb = f"{len(naive.encode()) / 1e6:9.2f}"
            print(
                f"{n:>8,}  {len(ours.encode()) / 1e6:12.2f}  {ours_ms:15.0f}  "
                f"{naive_mb:>9}  {naive_ms:>9}"
            )
        print(
            f"target: < 2 MB; naive builds above --naive-max={args.naive_max:,} are skipped "
            "(they grow linearly, ~the 10,000 figure x n/10,000)"
        )
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
