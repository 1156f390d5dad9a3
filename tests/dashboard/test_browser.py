"""The dashboard in a real browser: Debian's Chromium driven by Playwright, no internet.

Each test starts ``streamlit run`` on a free localhost port (the ``live_server`` fixture) with
the small hand-made store from conftest.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, FrameLocator, Page, sync_playwright

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(
            f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium chromium-driver)"
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, accept_downloads=True)
    opened = context.new_page()
    yield opened
    context.close()


def _open(page: Page, url: str) -> FrameLocator:
    """Load the dashboard and wait until the map has drawn its polygons."""
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_text("Security events in Kosovo").first.wait_for(timeout=60_000)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=60_000)
    return frame


def test_map_draws_offline_and_nothing_leaves_localhost(live_server: str, page: Page) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    frame = _open(page, live_server)
    frame.locator(".sm-ev, .sm-cluster").first.wait_for(state="attached", timeout=30_000)
    page.wait_for_timeout(1500)  # let the chart and table settle before the screenshot

    polygons = frame.locator("path.leaflet-interactive").count()
    markers = frame.locator(".sm-ev, .sm-cluster").count()
    labels = frame.locator(".sm-label").count()
    assert polygons >= 38  # 38 municipalities (+ imprecise-event outlines)
    assert markers >= 1
    assert labels == 38
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=False)

    outside = [
        url
        for url in requests
        if urlsplit(url).scheme in ("http", "https", "ws", "wss")
        and urlsplit(url).hostname not in LOCAL_HOSTS
    ]
    assert requests, "no requests were recorded"
    assert outside == []


def test_clicking_a_municipality_filters_the_view(live_server: str, page: Page) -> None:
    frame = _open(page, live_server + "/?from=2023-05-01&to=2023-10-31")
    assert page.get_by_text("Events (10)").count() == 1
    # Leposavić's polygon: find it among the map's GeoJSON layers and click inside it.
    handle = frame.locator("path.leaflet-interactive").first.element_handle()
    assert handle is not None
    point = handle.evaluate(
        """() => {
            const map = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])
                .find(v => v && v.latLngToContainerPoint);
            let target = null;
            map.eachLayer(layer => {
                const p = layer.feature && layer.feature.properties;
                if (!target && p && p.municipality_code === '12' && p.fill) target = layer;
            });
            const c = map.latLngToContainerPoint([43.23, 20.72]);
            const box = map.getContainer().getBoundingClientRect();
            return {x: box.left + c.x, y: box.top + c.y, found: target !== null};
        }"""
    )
    assert point["found"]
    box = page.locator(MAP_FRAME).bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    page.get_by_text("Security events in Kosovo: Leposavić").wait_for(timeout=30_000)
    page.get_by_text("Events (2)").wait_for(timeout=30_000)
    page.wait_for_url(re.compile(r".*drill=12.*"), timeout=30_000)  # the link holds the drill-down


def test_script_in_an_article_is_shown_as_text_and_never_runs(
    live_server: str, page: Page, payload: str
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    frame = _open(page, live_server + "/?from=2023-06-15&to=2023-06-25")
    page.get_by_text("Events (1)").wait_for(timeout=30_000)
    page.get_by_text(f"Source: Breaking {payload} news").wait_for(timeout=30_000)
    assert page.get_by_text(payload, exact=False).count() >= 2  # the sentence and the title
    frame.locator(".sm-ev").first.click()
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert payload in popup.inner_text()
    page.wait_for_timeout(500)
    assert dialogs == []


def test_png_export_downloads_an_image(live_server: str, page: Page) -> None:
    _open(page, live_server)
    with page.expect_download(timeout=60_000) as download_info:
        page.get_by_role("button", name="Map PNG").click()
    path = download_info.value.path()
    content = Path(path).read_bytes()
    assert content[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(content) > 20_000


def test_interactive_html_export_works_as_a_single_offline_file(
    page: Page,
    tmp_path: Path,
    layers_data_dir: Path,
    make_frame,  # noqa: ANN001
) -> None:
    from dashboard.mapview import MapSpec, build_map, prepare_base_layers, standalone_html
    from geo.boundaries import load_countries, load_municipalities

    municipalities = load_municipalities(layers_data_dir / "build" / "municipalities.parquet")
    countries = load_countries(layers_data_dir / "build" / "countries.parquet")
    frame = make_frame(tmp_path)
    fmap, _ = build_map(
        frame,
        prepare_base_layers(municipalities, countries),
        frame.groupby("municipality_code").size(),
        MapSpec(attribution="test credit"),
    )
    html_file = tmp_path / "map.html"
    html_file.write_text(standalone_html(fmap), encoding="utf-8")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(html_file.as_uri())
    page.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=30_000)
    assert page.locator("path.leaflet-interactive").count() >= 38
    assert page.locator(".sm-ev, .sm-cluster").count() >= 1
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []


def test_auto_refresh_picks_up_a_new_ingest(
    refreshing_server: str,
    store_url: str,
    page: Page,
    add_events,  # noqa: ANN001
) -> None:
    from datetime import date, datetime

    _open(page, refreshing_server + "/?from=2023-05-01&to=2023-10-31")
    page.get_by_text("Events (10)").wait_for(timeout=30_000)
    add_events(
        store_url,
        [
            {
                "event_id": "ev-20",
                "type": "incident",
                "subtype": "protest",
                "date": date(2023, 10, 1),
                "date_precision": "day",
                "date_basis": "explicit",
                "place_id": "t:ev-20",
                "place": "Zvečan",
                "lat": 42.906,
                "lon": 20.841,
                "municipality_code": "30",
                "municipality": "Zvečan",
                "in_aoi": True,
                "geo_precision": 1,
                "actors": [],
                "actor_names": "",
                "troops_low": None,
                "troops_high": None,
                "killed_low": None,
                "killed_high": None,
                "injured_low": None,
                "injured_high": None,
                "arrested_low": None,
                "arrested_high": None,
                "sentence": "A crowd gathered again.",
                "confidence": 0.8,
                "n_sources": 1,
                "outlets": "Wire A",
                "first_seen": datetime(2023, 10, 2),
                "updated_at": datetime(2023, 10, 2),
                "merge_reasons": [],
            }
        ],
    )
    page.get_by_text("Events (11)").wait_for(timeout=30_000)  # no click: the page refreshed itself
