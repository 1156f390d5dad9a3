"""Synthetic events in the exact events-frame schema, for benchmarks and tests.

The mix imitates the news record of northern Kosovo: most events in the four northern
municipalities, every type and subtype, a spread of geo precision (1-2 at a site inside the
municipality, 3 at the municipality's representative point, 4 with no coordinates), a few events
outside Kosovo, a handful of recurring actors, troop ranges on deployments and casualties on
incidents, and bursts of activity around a few crisis days. Everything is drawn with numpy from
one seed, so the same arguments always give the same frame, and a million rows take about a
second.
"""

from __future__ import annotations

from datetime import date
from typing import Final

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import shapely

from events.schema import (
    DEPLOYMENT_SUBTYPES,
    EVENT_COLUMNS,
    INCIDENT_SUBTYPES,
    LIST_SEP,
    validate_events_frame,
)
from geo.errors import GeoDataError

# Relative weight of each municipality; codes not listed get 1. The four northern
# municipalities (Leposavić 12, Zubin Potok 29, Zvečan 30, North Mitrovica 38) dominate, as they
# do in the reporting; South Mitrovica (15) and Vushtrri (28) follow.
NORTH_WEIGHTS: Final[dict[str, float]] = {
    "12": 14.0,
    "29": 12.0,
    "30": 14.0,
    "38": 18.0,
    "15": 5.0,
    "28": 3.0,
    "20": 3.0,
}
ACTORS: Final = (
    "KFOR",
    "Kosovo Police",
    "Serbian Armed Forces",
    "Kosovo Serb protesters",
    "EULEX",
    "Kosovo Security Force",
    "unidentified gunmen",
)
OUTLETS: Final = ("Wire A", "Daily B", "Portal C", "Radio D")
# Places just outside Kosovo that the news mentions: (name, lat, lon).
OUTSIDE_PLACES: Final = (
    ("Raška", 43.286, 20.612),
    ("Novi Pazar", 43.137, 20.512),
    ("Kuršumlija", 43.140, 21.273),
)
SITES_PER_MUNICIPALITY: Final = 24
# Share of events per geo precision 1..4 inside Kosovo, and share outside Kosovo.
PRECISION_SHARES: Final = (0.45, 0.25, 0.20, 0.07)
OUTSIDE_SHARE: Final = 0.03


class SyntheticEventsError(GeoDataError):
    """The municipality layer given to :func:`make_synthetic_events` cannot be used."""


def make_synthetic_events(
    n: int,
    *,
    municipalities: gpd.GeoDataFrame,
    seed: int = 0,
    start: date = date(2023, 1, 1),
    days: int = 365,
) -> pd.DataFrame:
    """``n`` synthetic events between ``start`` and ``start + days``, valid events frame.

    ``municipalities`` is the layer from ``geo.boundaries.load_municipalities`` (needs
    ``municipality_code``, ``name_en`` and polygon ``geometry`` in EPSG:4326).
    """
    _check_layer(municipalities)
    if n < 0 or days < 1:
        raise ValueError(
            f"make_synthetic_events needs n >= 0 and days >= 1, got n={n}, days={days}"
        )
    rng = np.random.default_rng(seed)
    codes = municipalities["municipality_code"].astype(str).to_numpy()
    names = municipalities["name_en"].astype(str).to_numpy()
    sites_lon, sites_lat = _sample_sites(municipalities, rng)
    rep = municipalities.geometry.representative_point()

    weights = np.array([NORTH_WEIGHTS.get(c, 1.0) for c in codes])
    muni = rng.choice(len(codes), size=n, p=weights / weights.sum())
    site = rng.integers(0, SITES_PER_MUNICIPALITY, size=n)
    shares = np.array([*PRECISION_SHARES, OUTSIDE_SHARE])
    # Category 0..3 are precision 1..4 inside Kosovo; 4 is an event outside Kosovo.
    category = rng.choice(5, size=n, p=shares / shares.sum())
    precision = np.where(category == 4, 1, category + 1).astype("int64")
    outside = category == 4
    country_level = category == 3
    outside_idx = rng.integers(0, len(OUTSIDE_PLACES), size=n)

    lon = sites_lon[muni, site]
    lat = sites_lat[muni, site]
    imprecise = precision == 3
    lon = np.where(imprecise, rep.x.to_numpy()[muni], lon)
    lat = np.where(imprecise, rep.y.to_numpy()[muni], lat)
    lon = np.where(outside, np.array([p[2] for p in OUTSIDE_PLACES])[outside_idx], lon)
    lat = np.where(outside, np.array([p[1] for p in OUTSIDE_PLACES])[outside_idx], lat)
    lon = np.where(country_level, np.nan, lon)
    lat = np.where(country_level, np.nan, lat)

    # Place: a site id per municipality, the municipality itself, an outside place, or Kosovo.
    n_munis = len(codes)
    site_names = [
        f"{names[m]} site {s + 1}" for m in range(n_munis) for s in range(SITES_PER_MUNICIPALITY)
    ]
    place_choices = [*site_names, *names, *(p[0] for p in OUTSIDE_PLACES), "Kosovo"]
    place_ids = [
        *(
            f"syn:{codes[m]}:{s + 1:02d}"
            for m in range(n_munis)
            for s in range(SITES_PER_MUNICIPALITY)
        ),
        *(f"syn:municipality:{c}" for c in codes),
        *(f"syn:outside:{i}" for i in range(len(OUTSIDE_PLACES))),
        "syn:country:XK",
    ]
    place_idx = muni * SITES_PER_MUNICIPALITY + site
    place_idx = np.where(imprecise, len(site_names) + muni, place_idx)
    place_idx = np.where(outside, len(site_names) + n_munis + outside_idx, place_idx)
    place_idx = np.where(country_level, len(place_choices) - 1, place_idx)

    muni_idx = np.where(outside | country_level, n_munis, muni)  # n_munis -> <NA>

    is_deployment = rng.random(n) < 0.25
    inc_sub = rng.integers(0, len(INCIDENT_SUBTYPES), size=n)
    dep_sub = rng.integers(0, len(DEPLOYMENT_SUBTYPES), size=n)
    subtypes = [*INCIDENT_SUBTYPES, *DEPLOYMENT_SUBTYPES]
    subtype_idx = np.where(is_deployment, len(INCIDENT_SUBTYPES) + dep_sub, inc_sub)

    day = _draw_days(rng, n, days)
    dates = np.datetime64(start, "D") + day.astype("timedelta64[D]")
    seen = dates.astype("datetime64[ns]") + rng.integers(1, 48 * 3600, size=n).astype(
        "timedelta64[s]"
    )

    actor_combos = [*ACTORS, *(f"{a}{LIST_SEP}{b}" for a in ACTORS for b in ACTORS if a < b), ""]
    actor_idx = rng.integers(0, len(actor_combos), size=n)
    outlet_combos = [*OUTLETS, *(f"{a}{LIST_SEP}{b}" for a in OUTLETS for b in OUTLETS if a < b)]
    outlet_idx = rng.integers(0, len(outlet_combos), size=n)
    n_sources = np.array([1 if LIST_SEP not in o else 2 for o in outlet_combos])[outlet_idx]

    troop_sizes = np.array([30, 50, 100, 150, 200, 300, 500, 700])
    has_troops = is_deployment & (rng.random(n) < 0.7)
    troops_low = np.where(has_troops, troop_sizes[rng.integers(0, len(troop_sizes), n)], np.nan)
    ranged = rng.random(n) < 0.3
    troops_high = np.where(ranged, np.round(troops_low * 1.2), troops_low)

    is_arrest = np.asarray(subtype_idx == INCIDENT_SUBTYPES.index("arrest"))
    violent = np.isin(
        subtype_idx,
        [INCIDENT_SUBTYPES.index(s) for s in ("armed_clash", "armed_attack", "explosion", "riot")],
    )
    killed = np.where(violent & (rng.random(n) < 0.08), rng.integers(1, 4, n), np.nan)
    injured = np.where(violent & (rng.random(n) < 0.35), rng.integers(1, 31, n), np.nan)
    arrested = np.where(
        ~is_deployment & ((is_arrest & (rng.random(n) < 0.9)) | (rng.random(n) < 0.03)),
        rng.integers(1, 11, n),
        np.nan,
    )

    sentence_choices = [f"Synthetic {s.replace('_', ' ')} event." for s in subtypes]
    frame = pd.DataFrame(
        {
            "event_id": _strings_from_ints(f"syn-{seed}-", np.arange(n)),
            "type": _take(["incident", "deployment"], is_deployment.astype(np.int64)),
            "subtype": _take(subtypes, subtype_idx),
            "date": dates.astype("datetime64[ns]"),
            "date_precision": _take(["day", "week"], (rng.random(n) < 0.05).astype(np.int64)),
            "place_id": _take(place_ids, place_idx),
            "place": _take(place_choices, place_idx),
            "lat": lat.astype("float64"),
            "lon": lon.astype("float64"),
            "municipality_code": _take([*codes, None], muni_idx),
            "municipality": _take([*names, None], muni_idx),
            "in_aoi": ~outside,
            "geo_precision": precision,
            "actors": _take(actor_combos, actor_idx),
            "troops_low": troops_low.astype("float64"),
            "troops_high": troops_high.astype("float64"),
            "killed": killed.astype("float64"),
            "injured": injured.astype("float64"),
            "arrested": arrested.astype("float64"),
            "sentence": _take(sentence_choices, subtype_idx),
            "confidence": np.round(rng.uniform(0.35, 1.0, n), 2),
            "n_sources": n_sources.astype("int64"),
            "outlets": _take(outlet_combos, outlet_idx),
            "first_seen": seen,
        }
    )
    return validate_events_frame(frame[list(EVENT_COLUMNS)])


def _check_layer(municipalities: gpd.GeoDataFrame) -> None:
    missing = [c for c in ("municipality_code", "name_en") if c not in municipalities.columns]
    if missing:
        raise SyntheticEventsError(
            f"municipality layer lacks {missing}; load it with geo.boundaries.load_municipalities"
        )
    if municipalities.empty:
        raise SyntheticEventsError("municipality layer is empty; run `sitmap data build`")
    if municipalities.crs is None or municipalities.crs.to_epsg() != 4326:
        raise SyntheticEventsError(
            f"municipality layer CRS is {municipalities.crs}, expected EPSG:4326"
        )


def _sample_sites(
    municipalities: gpd.GeoDataFrame, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """``SITES_PER_MUNICIPALITY`` random points inside each polygon (rejection sampling)."""
    n_munis = len(municipalities)
    lon = np.empty((n_munis, SITES_PER_MUNICIPALITY))
    lat = np.empty((n_munis, SITES_PER_MUNICIPALITY))
    for row, geom in enumerate(municipalities.geometry.to_numpy()):
        shapely.prepare(geom)
        minx, miny, maxx, maxy = geom.bounds
        found_x: list[np.ndarray] = []
        found_y: list[np.ndarray] = []
        count = 0
        while count < SITES_PER_MUNICIPALITY:
            x = rng.uniform(minx, maxx, 256)
            y = rng.uniform(miny, maxy, 256)
            keep = shapely.contains_xy(geom, x, y)
            found_x.append(x[keep])
            found_y.append(y[keep])
            count += int(keep.sum())
        lon[row] = np.concatenate(found_x)[:SITES_PER_MUNICIPALITY]
        lat[row] = np.concatenate(found_y)[:SITES_PER_MUNICIPALITY]
    return lon, lat


def _draw_days(rng: np.random.Generator, n: int, days: int) -> np.ndarray:
    """Day offsets: 70 % spread evenly, 30 % bunched around a few crisis days."""
    crises = rng.integers(0, days, size=max(1, days // 60))
    bunched = rng.random(n) < 0.3
    around = crises[rng.integers(0, len(crises), n)] + np.round(rng.normal(0, 3, n))
    day = np.where(bunched, around, rng.integers(0, days, n))
    return np.clip(day, 0, days - 1).astype(np.int64)


def _take(
    choices: list[str | None] | tuple[str, ...], idx: np.ndarray
) -> pd.api.extensions.ExtensionArray:
    """A pandas string array of ``choices[idx]``, built in Arrow (no Python loop over rows)."""
    values = pa.array(list(choices), pa.string()).take(pa.array(np.asarray(idx, dtype=np.int64)))
    return pd.array(values, dtype="string[pyarrow]")


def _strings_from_ints(prefix: str, numbers: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """``prefix`` + zero-padded number for each entry, in Arrow."""
    import pyarrow.compute as pc

    digits = pc.utf8_lpad(pc.cast(pa.array(numbers), pa.string()), width=7, padding="0")
    joined = pc.binary_join_element_wise(pa.scalar(prefix), digits, "")
    return pd.array(joined, dtype="string[pyarrow]")
