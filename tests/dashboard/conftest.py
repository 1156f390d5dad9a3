"""Fixtures for the dashboard tests: built layers, a small hand-made event store, a live server.

The layers are built from the shared mirror with ``geo.boundaries`` into a temporary data
folder; the store is a temporary SQLite file written through the store's own tables, holding a
dozen events in northern Kosovo (one with a script payload in its sentence and its article
title, one known only by municipality, one at country level).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from events.store import ArticleRow, EventRow, EventSourceRow, open_store
from geo.boundaries import build_country_layer, build_municipality_layer, write_layer

REPO_ROOT = Path(__file__).resolve().parents[2]
PAYLOAD = "<script>alert('sitmap')</script>"

# (id, type, subtype, day, place, lat, lon, code, municipality, precision, actors, troops, killed,
#  injured, confidence, outlet, sentence)
EVENTS: tuple[tuple[object, ...], ...] = (
    (
        "ev-01",
        "incident",
        "barricade",
        date(2023, 5, 26),
        "Zvečan",
        42.907,
        20.840,
        "30",
        "Zvečan",
        1,
        "Kosovo Police",
        None,
        None,
        None,
        0.9,
        "Wire A",
        "Protesters blocked the road at the municipal building.",
    ),
    (
        "ev-02",
        "incident",
        "riot",
        date(2023, 5, 29),
        "Zvečan",
        42.908,
        20.842,
        "30",
        "Zvečan",
        1,
        "KFOR",
        None,
        None,
        30.0,
        0.95,
        "Wire A|Daily B",
        "Soldiers were hurt when the crowd turned on them.",
    ),
    (
        "ev-03",
        "deployment",
        "reinforcement_announced",
        date(2023, 5, 30),
        "Zvečan",
        42.905,
        20.838,
        "30",
        "Zvečan",
        2,
        "KFOR",
        700.0,
        None,
        None,
        0.85,
        "Daily B",
        "Extra troops were ordered to the north.",
    ),
    (
        "ev-04",
        "incident",
        "protest",
        date(2023, 5, 31),
        "Leposavić",
        43.102,
        20.803,
        "12",
        "Leposavić",
        1,
        "",
        None,
        None,
        None,
        0.7,
        "Radio D",
        "Residents gathered outside the town hall.",
    ),
    (
        "ev-05",
        "incident",
        "arrest",
        date(2023, 6, 13),
        "North Mitrovica",
        42.894,
        20.866,
        "38",
        "North Mitrovica",
        2,
        "Kosovo Police",
        None,
        None,
        None,
        0.8,
        "Portal C",
        "Police detained a man near the bridge.",
    ),
    (
        "ev-06",
        "incident",
        "armed_attack",
        date(2023, 9, 24),
        "Banjska",
        42.970,
        20.776,
        "30",
        "Zvečan",
        1,
        "Kosovo Police",
        None,
        4.0,
        1.0,
        0.95,
        "Wire A|Portal C|Radio D",
        "Gunmen attacked a police patrol at dawn.",
    ),
    (
        "ev-07",
        "deployment",
        "deployment",
        date(2023, 9, 29),
        "Zubin Potok",
        42.914,
        20.689,
        "29",
        "Zubin Potok",
        3,
        "KFOR",
        200.0,
        None,
        None,
        0.75,
        "Daily B",
        "More soldiers were sent to the municipality.",
    ),
    (
        "ev-08",
        "deployment",
        "military_buildup",
        date(2023, 9, 30),
        None,
        None,
        None,
        None,
        None,
        4,
        "Serbian Armed Forces",
        None,
        None,
        None,
        0.6,
        "Wire A",
        "A build-up along the line was reported.",
    ),
    (
        "ev-09",
        "incident",
        "explosion",
        date(2023, 6, 20),
        "Leposavić",
        43.101,
        20.801,
        "12",
        "Leposavić",
        1,
        "",
        None,
        None,
        None,
        0.55,
        "Radio D",
        f"Headline quoted {PAYLOAD} in the sentence.",
    ),
    (
        "ev-10",
        "incident",
        "police_operation",
        date(2023, 6, 1),
        "Gračanica",
        42.600,
        21.193,
        "16",
        "Gračanica",
        1,
        "Kosovo Police",
        None,
        None,
        None,
        0.65,
        "Portal C",
        "Officers searched several houses.",
    ),
)
FIRST_SEEN = datetime(2023, 10, 1, 12, 0)


def events_rows() -> list[dict[str, object]]:
    """The store rows of :data:`EVENTS`."""
    rows = []
    for (
        event_id,
        type_,
        subtype,
        day,
        place,
        lat,
        lon,
        code,
        muni,
        precision,
        actors,
        troops,
        killed,
        injured,
        confidence,
        outlets,
        sentence,
    ) in EVENTS:
        rows.append(
            {
                "event_id": event_id,
                "type": type_,
                "subtype": subtype,
                "date": day,
                "date_precision": "day",
                "date_basis": "explicit",
                "place_id": None if place is None else f"t:{event_id}",
                "place": place,
                "lat": lat,
                "lon": lon,
                "municipality_code": code,
                "municipality": muni,
                "in_aoi": True,
                "geo_precision": precision,
                "actors": [[a, "actor"] for a in str(actors).split("|") if a],
                "actor_names": actors,
                "troops_low": troops,
                "troops_high": troops,
                "killed_low": killed,
                "killed_high": killed,
                "injured_low": injured,
                "injured_high": injured,
                "arrested_low": None,
                "arrested_high": None,
                "sentence": sentence,
                "confidence": confidence,
                "n_sources": len(outlets.split("|")),
                "outlets": outlets,
                "first_seen": FIRST_SEEN,
                "updated_at": FIRST_SEEN,
                "merge_reasons": [],
            }
        )
    return rows


def fill_store(
    db_url: str, rows: list[dict[str, object]], *, titles: dict[str, str] | None = None
) -> None:
    """Write event rows (and one article per event, titled from ``titles``) into a store."""
    engine = open_store(db_url)
    titles = titles or {}
    with engine.begin() as conn:
        conn.execute(sa.insert(EventRow.__table__), rows)
        articles = [
            {
                "article_id": f"art-{row['event_id']}",
                "title": titles.get(str(row["event_id"]), f"Report {row['event_id']}"),
                "outlet": str(row["outlets"]).split("|")[0],
                "url": None,
                "published": row["date"],
                "published_source": "metadata",
                "published_precision": "day",
                "source_path": None,
                "input_format": "text",
                "notes": [],
                "ingested_at": row["first_seen"],
            }
            for row in rows
        ]
        conn.execute(sa.insert(ArticleRow.__table__), articles)
        conn.execute(
            sa.insert(EventSourceRow.__table__),
            [
                {
                    "event_id": row["event_id"],
                    "article_id": f"art-{row['event_id']}",
                    "sentence": row["sentence"],
                    "start": 0,
                    "end": len(str(row["sentence"])),
                    "provenance": {},
                    "confidence": row["confidence"],
                }
                for row in rows
            ],
        )
    engine.dispose()


@pytest.fixture(scope="session")
def layers_data_dir(tmp_path_factory: pytest.TempPathFactory, mirror_dir: Path) -> Path:
    """A data folder whose build/ holds the municipality and country layers from the mirror."""
    data_dir = tmp_path_factory.mktemp("sitmap-data")
    boundaries = mirror_dir / "boundaries"
    municipalities = build_municipality_layer(
        boundaries / "geoBoundaries-XKX-ADM2_simplified.topojson",
        boundaries / "xk_municipalities.csv",
    )
    write_layer(municipalities, data_dir / "build" / "municipalities.parquet")
    write_layer(
        build_country_layer(boundaries / "ne10m_balkans_admin0_worldatlas.geojson"),
        data_dir / "build" / "countries.parquet",
    )
    return data_dir


@pytest.fixture()
def store_url(tmp_path: Path) -> str:
    """A fresh SQLite store holding :data:`EVENTS`; ev-09's article title carries the payload."""
    url = f"sqlite:///{tmp_path / 'store.db'}"
    fill_store(url, events_rows(), titles={"ev-09": f"Breaking {PAYLOAD} news"})
    return url


@pytest.fixture()
def dashboard_env(monkeypatch: pytest.MonkeyPatch, layers_data_dir: Path, store_url: str) -> str:
    """Point the dashboard at the test layers and store through the environment."""
    monkeypatch.setenv("SITMAP_DATA_DIR", str(layers_data_dir))
    monkeypatch.setenv("SITMAP_DB_URL", store_url)
    for name in (
        "SITMAP_TILE_URL",
        "SITMAP_TILE_ATTRIBUTION",
        "SITMAP_BANNER",
        "SITMAP_REFRESH_SECONDS",
    ):
        monkeypatch.delenv(name, raising=False)
    return store_url


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _streamlit_server(log_path: Path, env_extra: dict[str, str]) -> Iterator[str]:
    """``streamlit run dashboard/app.py`` on a free localhost port; yields the base URL."""
    vendor = REPO_ROOT / "dashboard" / "static" / "vendor" / "leaflet" / "leaflet.js"
    if not vendor.is_file():
        pytest.fail(
            f"{vendor} is missing: run `npm ci && python3 scripts/copy_assets.py` (make assets)"
        )
    port = _free_port()
    env = {**os.environ, **env_extra}
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(REPO_ROOT / "dashboard" / "app.py"),
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/_stcore/health", timeout=1) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"streamlit did not start; log: {log_path.read_text()[-2000:]}")
                time.sleep(0.3)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory, layers_data_dir: Path) -> Iterator[str]:
    """The dashboard served from the test layers and a store of its own, shared by a module's
    tests (which must not write to it); yields the base URL."""
    folder = tmp_path_factory.mktemp("live-server")
    url = f"sqlite:///{folder / 'store.db'}"
    fill_store(url, events_rows(), titles={"ev-09": f"Breaking {PAYLOAD} news"})
    env = {"SITMAP_DATA_DIR": str(layers_data_dir), "SITMAP_DB_URL": url}
    with _streamlit_server(folder / "streamlit.log", env) as base:
        yield base


@pytest.fixture()
def refreshing_server(tmp_path: Path, layers_data_dir: Path, store_url: str) -> Iterator[str]:
    """Like ``live_server`` with auto-refresh every 2 seconds."""
    env = {
        "SITMAP_DATA_DIR": str(layers_data_dir),
        "SITMAP_DB_URL": store_url,
        "SITMAP_REFRESH_SECONDS": "2",
    }
    with _streamlit_server(tmp_path / "streamlit.log", env) as base:
        yield base


@pytest.fixture()
def make_frame() -> Callable[[], pd.DataFrame]:
    """The hand-made events as an events frame, read back through the store."""

    def build(tmp: Path) -> pd.DataFrame:
        from events.store import load_events_frame

        url = f"sqlite:///{tmp / 'frame.db'}"
        fill_store(url, events_rows())
        return load_events_frame(url)

    return build


@pytest.fixture()
def payload() -> str:
    """The script text planted in ev-09's sentence and its article's title."""
    return PAYLOAD


@pytest.fixture()
def add_events() -> Callable[..., None]:
    """Write more event rows into a store, as a later ingest would."""
    return fill_store
