"""The dashboard's data layer: configuration, loading and all of the caching.

This is the only module that uses ``st.cache_data`` (never ``st.cache_resource`` for frames:
those are shared between sessions and mutable). Cache keys are cheap values (paths, a store
version string, a filter), never the big frames themselves, so a hit costs no hashing.

The store version is what makes new ingests appear: for SQLite it is the database file's (and
its WAL file's) modification time and size; for any other URL the store's event count and
latest ``first_seen``. A rerun whose store version changed reloads the events.

Configuration comes from the environment (documented in docs/dashboard.md):
``SITMAP_DB_URL`` / ``SITMAP_DATA_DIR`` (through ``sitmap.settings``), ``SITMAP_TILE_URL`` and
``SITMAP_TILE_ATTRIBUTION`` (an optional tile server, off by default), ``SITMAP_BANNER`` (a
handling banner shown above the view and on snapshots), ``SITMAP_REFRESH_SECONDS`` (the
default auto-refresh interval, 0 = off) and ``SITMAP_MAX_MARKERS`` (individual markers cap).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd
import sqlalchemy as sa
import streamlit as st
from sqlalchemy.engine import make_url

from dashboard.errors import DashboardConfigError
from dashboard.mapview import (
    DEFAULT_MAX_MARKERS,
    BaseLayers,
    TileConfig,
    prepare_base_layers,
)
from events.filters import EventFilter
from events.schema import empty_events_frame, validate_events_frame
from sitmap.settings import Settings, get_settings


@dataclass(frozen=True, slots=True)
class DashboardConfig:
    """Where the data is and how the view behaves, resolved once per run."""

    settings: Settings
    tiles: TileConfig | None
    banner: str | None
    refresh_seconds: int
    max_markers: int


def _int_setting(environ: Mapping[str, str], name: str, default: int) -> int:
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise DashboardConfigError(
            f"{name}={raw!r} is not a whole number; unset it or fix it"
        ) from exc
    if value < 0:
        raise DashboardConfigError(f"{name}={raw!r} must be 0 or more")
    return value


def load_config(environ: Mapping[str, str] | None = None) -> DashboardConfig:
    """The dashboard configuration from the environment (see the module docstring)."""
    env = os.environ if environ is None else environ
    tile_url = env.get("SITMAP_TILE_URL", "").strip()
    tiles = None
    if tile_url:
        attribution = env.get("SITMAP_TILE_ATTRIBUTION", "").strip()
        if not attribution:
            raise DashboardConfigError(
                "SITMAP_TILE_URL is set but SITMAP_TILE_ATTRIBUTION is empty; "
                "set the credit line the tile provider requires"
            )
        tiles = TileConfig(url=tile_url, attribution=attribution)
    return DashboardConfig(
        settings=get_settings(),
        tiles=tiles,
        banner=env.get("SITMAP_BANNER", "").strip() or None,
        refresh_seconds=_int_setting(env, "SITMAP_REFRESH_SECONDS", 0),
        max_markers=_int_setting(env, "SITMAP_MAX_MARKERS", DEFAULT_MAX_MARKERS),
    )


def _sqlite_path(db_url: str) -> Path | None:
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def store_version(db_url: str) -> str:
    """A string that changes whenever the store gains or changes events (see module docstring)."""
    path = _sqlite_path(db_url)
    if path is not None:
        parts = []
        for candidate in (path, path.with_name(path.name + "-wal")):
            if candidate.exists():
                stat = candidate.stat()
                parts.append(f"{stat.st_mtime_ns}:{stat.st_size}")
        return "|".join(parts) or "missing"
    engine = sa.create_engine(db_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(sa.text("SELECT COUNT(*), MAX(first_seen) FROM events")).one()
    finally:
        engine.dispose()
    return f"{row[0]}:{row[1]}"


def store_exists(db_url: str) -> bool:
    """False when a SQLite store file has not been created yet (nothing ingested)."""
    path = _sqlite_path(db_url)
    return path is None or path.is_file()


@st.cache_data(show_spinner="Loading events ...", max_entries=4)
def load_events(db_url: str, version: str) -> pd.DataFrame:
    """Every stored event as an events frame; ``version`` (from :func:`store_version`) keys it."""
    del version  # part of the cache key only
    if not store_exists(db_url):
        return empty_events_frame()
    from events.store import load_events_frame

    return validate_events_frame(load_events_frame(db_url))


@dataclass(frozen=True, slots=True)
class Layers:
    """The municipality and country layers plus their page-ready form."""

    municipalities: gpd.GeoDataFrame
    countries: gpd.GeoDataFrame | None
    base: BaseLayers

    @property
    def names(self) -> dict[str, str]:
        """Municipality code to English name."""
        return dict(
            zip(
                self.municipalities["municipality_code"].astype(str),
                self.municipalities["name_en"],
                strict=True,
            )
        )


def _mtime(path: Path) -> int:
    return path.stat().st_mtime_ns if path.exists() else 0


@st.cache_data(show_spinner=False, max_entries=2)
def _load_layers(municipalities_path: str, countries_path: str, stamp: tuple[int, int]) -> Layers:
    del stamp  # part of the cache key only: a rebuilt layer is reloaded
    from geo.boundaries import load_countries, load_municipalities

    municipalities = load_municipalities(municipalities_path)
    countries = load_countries(countries_path) if Path(countries_path).is_file() else None
    return Layers(municipalities, countries, prepare_base_layers(municipalities, countries))


def load_layers(settings: Settings) -> Layers:
    """The built layers from ``sitmap data build`` (cached until the files change)."""
    stamp = (_mtime(settings.municipalities_path), _mtime(settings.countries_path))
    return _load_layers(str(settings.municipalities_path), str(settings.countries_path), stamp)


@st.cache_data(show_spinner=False, max_entries=256)
def event_sources_frame(db_url: str, version: str, event_id: str) -> pd.DataFrame:
    """The articles behind one event (title, outlet, date, URL, sentence), as a small table."""
    del version  # part of the cache key only
    if not store_exists(db_url):
        return pd.DataFrame(columns=list(SOURCE_COLUMNS.values()))
    from events.store import event_sources

    rows = [
        {
            "published": source.published,
            "outlet": source.outlet or "",
            "title": source.title,
            "url": source.url or "",
            "sentence": source.sentence,
        }
        for source in event_sources(db_url, event_id)
    ]
    return pd.DataFrame(rows, columns=list(SOURCE_COLUMNS)).rename(columns=SOURCE_COLUMNS)


SOURCE_COLUMNS = {
    "published": "Published",
    "outlet": "Outlet",
    "title": "Title",
    "url": "URL",
    "sentence": "Sentence",
}


@st.cache_data(show_spinner=False)
def attribution() -> str:
    """The data credit line shown on the map and snapshots."""
    from sitmap.sources import attribution_text

    return attribution_text()


def now_utc() -> datetime:
    """The current time as naive UTC, the convention of ``first_seen``."""
    return datetime.now(UTC).replace(tzinfo=None)


def export_bytes(events: pd.DataFrame, *, fmt: str, flt: EventFilter, as_of: datetime) -> bytes:
    """The events matching ``flt`` exported by ``geo.export.export_events``, as bytes."""
    from geo.export import export_events

    suffix = {"csv": ".csv", "geojson": ".geojson"}[fmt]
    with tempfile.TemporaryDirectory(prefix="sitmap-export-") as folder:
        path = Path(folder) / f"events{suffix}"
        export_events(events, path, fmt=fmt, flt=flt, as_of=as_of, attribution=attribution())
        return path.read_bytes()


def snapshot_bytes(
    events: pd.DataFrame,
    layers: Layers,
    *,
    fmt: str,
    flt: EventFilter,
    measure: str,
    title: str,
    as_of: datetime,
    banner: str | None,
) -> bytes:
    """A PNG or PDF briefing snapshot via ``geo.snapshot.render_snapshot``.

    ``events`` is the unfiltered frame: the snapshot applies ``flt`` itself and uses the
    periods before it for the change figures.
    """
    from geo.snapshot import render_snapshot

    with tempfile.TemporaryDirectory(prefix="sitmap-snapshot-") as folder:
        out = render_snapshot(
            events,
            layers.municipalities,
            layers.countries,
            out=Path(folder) / f"snapshot.{fmt}",
            flt=flt,
            measure=measure,
            title=title,
            as_of=as_of,
            banner=banner,
            attribution=attribution(),
        )
        return Path(out).read_bytes()
