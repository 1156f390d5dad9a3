"""Benchmark: assign_municipality on 1,000,000 random points in and around Kosovo.

Baselines, measured in the same run on the same points: a plain ``geopandas.sjoin`` with the
``intersects`` predicate (points in polygons only: no border rule, no snapping), including
building the point GeoDataFrame it needs; and the textbook shapely 2 way,
``STRtree.query(points, predicate="intersects")`` plus the lowest code per point (also without
snapping), including building the point geometries. Reads the layer built by
``sitmap data build``, or builds it in memory from the mirror (SITMAP_DATA_MIRROR or
../shared/data/kosovo).

    python bench/bench_assign.py [--points N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from geo.boundaries import (
    BORDER,
    INSIDE,
    assign_municipality,
    assign_municipality_detailed,
    build_municipality_layer,
    load_municipalities,
)
from sitmap.settings import get_settings

TARGET_SECONDS = 2.0
# Kosovo's bounding box (20.0-21.8 E, 41.85-43.27 N) plus about 15 km on each side.
BOX = (19.8, 41.7, 22.0, 43.4)


def _layer() -> gpd.GeoDataFrame:
    settings = get_settings()
    if settings.municipalities_path.is_file():
        return load_municipalities(settings.municipalities_path)
    mirror = settings.mirror_dir or Path(__file__).resolve().parents[2] / "shared/data/kosovo"
    return build_municipality_layer(
        mirror / "boundaries" / "geoBoundaries-XKX-ADM2_simplified.topojson",
        mirror / "boundaries" / "xk_municipalities.csv",
    )


def _sjoin(lon: np.ndarray, lat: np.ndarray, layer: gpd.GeoDataFrame) -> np.ndarray:
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    joined = gpd.sjoin(points, layer[["municipality_code", "geometry"]], predicate="intersects")
    codes = np.full(len(lon), None, dtype=object)
    first = joined[~joined.index.duplicated()]
    codes[first.index.to_numpy()] = first["municipality_code"].to_numpy()
    return codes


def _strtree(lon: np.ndarray, lat: np.ndarray, layer: gpd.GeoDataFrame) -> np.ndarray:
    tree = shapely.STRtree(layer.geometry.to_numpy())
    point_idx, poly_idx = tree.query(shapely.points(lon, lat), predicate="intersects")
    lowest = np.full(len(lon), len(layer), dtype="int64")
    np.minimum.at(lowest, point_idx, poly_idx)
    codes = np.append(layer["municipality_code"].to_numpy(dtype=object), None)
    return codes[lowest]


def _time(function: Callable[[], np.ndarray], repeat: int) -> tuple[float, np.ndarray]:
    timings = []
    result = np.empty(0, dtype=object)
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    layer = _layer()
    rng = np.random.default_rng(20230529)
    lon = rng.uniform(BOX[0], BOX[2], args.points)
    lat = rng.uniform(BOX[1], BOX[3], args.points)

    ours, codes = _time(lambda: assign_municipality(lon, lat, layer), args.repeat)
    baseline, joined = _time(lambda: _sjoin(lon, lat, layer), args.repeat)
    textbook, queried = _time(lambda: _strtree(lon, lat, layer), args.repeat)
    how = assign_municipality_detailed(lon, lat, layer).how
    covered = np.isin(how, [INSIDE, BORDER])
    agree = bool((codes[covered] == joined[covered]).all())
    agree = agree and bool((codes[covered] == queried[covered]).all())

    print(f"assign_municipality benchmark: {args.points:,} random points in {BOX}")
    print(
        f"(median of {args.repeat} runs, {os.cpu_count()} CPUs visible, "
        f"target <= {TARGET_SECONDS} s)"
    )
    print()
    print(f"| {'method':<46} | {'seconds':>8} | {'points/s':>12} |")
    print(f"|{'-' * 48}|{'-' * 10}|{'-' * 14}|")
    rows = [
        ("assign_municipality (border rule + 2 km snap)", ours),
        ("baseline: geopandas.sjoin intersects", baseline),
        ("baseline: STRtree.query intersects", textbook),
    ]
    for name, seconds in rows:
        print(f"| {name:<46} | {seconds:8.3f} | {args.points / seconds:12,.0f} |")
    print()
    counts = Counter(how.tolist())
    print("per point: " + ", ".join(f"{key} {counts[key]:,}" for key in sorted(counts)))
    print(
        f"speed-up: {baseline / ours:.1f}x over sjoin, {textbook / ours:.1f}x over STRtree.query; "
        f"same code as both where covered: {agree}"
    )
    print(f"target met: {ours <= TARGET_SECONDS}")


if __name__ == "__main__":
    main()
