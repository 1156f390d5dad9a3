"""The Streamlit page run headless with AppTest against a small temporary store (see conftest)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")
URL = re.compile(r"""(?:https?:)?//[^\s"'<>)\\]+""")


def _run(query: dict[str, list[str]] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, values in (query or {}).items():
        at.query_params[key] = values
    at.run()
    assert not at.exception, at.exception
    return at


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _metrics(at: AppTest) -> dict[str, str]:
    return {metric.label: metric.value for metric in at.metric}


def _table(at: AppTest):  # noqa: ANN202 - a pandas frame
    return at.dataframe(key="events_table").value


def _map_args(at: AppTest) -> dict[str, object]:
    (component,) = [
        c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")
    ]
    return json.loads(component.proto.json_args)


def test_page_shows_every_stored_event(dashboard_env: str) -> None:
    at = _run()
    assert _metrics(at) == {
        "Events": "10",
        "Incidents": "7",
        "Deployments": "3",
        "Troops reported": "900",  # 700 + 200
        "Casualties": "35",  # 30 injured + 4 killed + 1 injured
    }
    assert len(_table(at)) == 10


@pytest.mark.parametrize(
    ("widget", "value", "events", "table_ids"),
    [
        ("types", ["deployment"], "3", {"ev-03", "ev-07", "ev-08"}),
        ("munis", ["12"], "2", {"ev-04", "ev-09"}),
        ("actors", ["KFOR"], "3", {"ev-02", "ev-03", "ev-07"}),
        ("precs", [3, 4], "2", {"ev-07", "ev-08"}),
    ],
)
def test_filters_change_indicators_and_table(
    dashboard_env: str, widget: str, value: list[object], events: str, table_ids: set[str]
) -> None:
    at = _run()
    at.multiselect(key=widget).set_value(value).run()
    assert not at.exception
    assert _metrics(at)["Events"] == events
    assert set(_table(at)["Event id"]) == table_ids


def test_confidence_and_period_filters(dashboard_env: str) -> None:
    at = _run()
    at.slider(key="conf").set_value(0.9).run()
    assert set(_table(at)["Event id"]) == {"ev-01", "ev-02", "ev-06"}
    at.slider(key="conf").set_value(0.0).run()
    at.date_input(key="dates").set_value((datetime(2023, 9, 1), datetime(2023, 9, 30))).run()
    assert _metrics(at)["Events"] == "3"
    # Against the 30 days before (2023-08-02 .. 2023-08-31), which hold no event.
    events_metric = next(m for m in at.metric if m.label == "Events")
    assert events_metric.proto.delta == "+3"


def test_map_loads_nothing_from_outside_the_app(dashboard_env: str) -> None:
    args = _map_args(_run())
    links = [*args["js_links"], *args["css_links"]]
    assert links and all(link.startswith("/app/static/vendor/") for link in links)
    for name in ("leaflet.js", "jquery.min.js", "leaflet.markercluster.js", "leaflet.css"):
        assert any(link.endswith(name) for link in links)
    content = " ".join(str(args[k] or "") for k in ("script", "header", "html"))
    outside = [
        u
        for u in URL.findall(content)
        if urlsplit(u if u[:2] != "//" else "http:" + u).hostname
        not in (None, "localhost", "127.0.0.1")
    ]
    assert outside == []


def test_map_is_stable_when_only_the_drill_down_changes(dashboard_env: str) -> None:
    at = _run()
    before = _map_args(at)
    at.selectbox(key="drill").set_value("30").run()
    assert set(_table(at)["Event id"]) == {"ev-01", "ev-02", "ev-03", "ev-06"}
    assert at.title[0].value.endswith("Zvečan")
    after = _map_args(at)
    assert after["key"] == before["key"]  # same component key: not remounted
    at.selectbox(key="measure").set_value("deployments").run()
    assert _map_args(at)["key"] != before["key"]


def test_url_holds_the_view_and_reopens_it(dashboard_env: str) -> None:
    at = _run()
    at.multiselect(key="types").set_value(["incident"]).run()
    at.selectbox(key="measure").set_value("casualties").run()
    at.selectbox(key="drill").set_value("30").run()
    params = {key: _as_list(at.query_params[key]) for key in at.query_params}
    assert params["type"] == ["incident"]
    assert params["measure"] == ["casualties"]
    assert params["drill"] == ["30"]

    reopened = _run(params)
    assert _metrics(reopened) == _metrics(at)
    assert list(_table(reopened)["Event id"]) == list(_table(at)["Event id"])
    assert reopened.selectbox(key="measure").value == "casualties"


def test_bad_url_values_are_ignored(dashboard_env: str) -> None:
    at = _run({"type": ["nonsense"], "conf": ["high"], "from": ["yesterday"], "drill": ["99"]})
    assert _metrics(at)["Events"] == "10"


def test_events_new_since_the_last_refresh_are_flagged(dashboard_env: str, add_events) -> None:  # noqa: ANN001
    at = _run()
    assert not _table(at)["New"].any()
    row = {
        **_first_row(),
        "event_id": "ev-11",
        "sentence": "A later report of another roadblock.",
        "first_seen": datetime(2023, 10, 2, 8, 0),
        "updated_at": datetime(2023, 10, 2, 8, 0),
    }
    add_events(dashboard_env, [row])
    at.run()
    table = _table(at)
    assert _metrics(at)["Events"] == "11"
    assert set(table.loc[table["New"], "Event id"]) == {"ev-11"}
    at.run()  # reruns with no new ingest keep the highlight
    table = _table(at)
    assert set(table.loc[table["New"], "Event id"]) == {"ev-11"}
    add_events(
        dashboard_env,
        [
            {
                **row,
                "event_id": "ev-12",
                "first_seen": datetime(2023, 10, 3),
                "updated_at": datetime(2023, 10, 3),
            }
        ],
    )
    at.run()  # the next ingest: only what it brought is new
    table = _table(at)
    assert set(table.loc[table["New"], "Event id"]) == {"ev-12"}


def _first_row() -> dict[str, object]:
    """A store row for one more event (as ``events.store`` writes them)."""
    return {
        "type": "incident",
        "subtype": "barricade",
        "date": datetime(2023, 5, 27).date(),
        "date_precision": "day",
        "date_basis": "explicit",
        "place_id": "t:ev-11",
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
        "confidence": 0.8,
        "n_sources": 1,
        "outlets": "Wire A",
        "merge_reasons": [],
    }


def test_article_text_is_plain_text(dashboard_env: str, payload: str) -> None:
    at = _run({"from": ["2023-06-15"], "to": ["2023-06-25"]})
    texts = [t.value for t in at.text]
    assert any(payload in t for t in texts)
    assert not any(payload in m.value for m in at.markdown)  # never rendered as HTML
    script = str(_map_args(at)["script"])
    assert payload not in script
    # html.escape'd in Python, then JSON-escaped by the template: "&lt;script&gt;" as \u0026lt;...
    assert "\\u0026lt;script\\u0026gt;alert" in script


def test_time_stepping_shows_one_week_on_the_map(dashboard_env: str) -> None:
    at = _run()
    at.toggle(key="animate").set_value(True).run()
    assert not at.exception
    at.slider(key="at").set_value(datetime(2023, 5, 30).date()).run()
    captions = " ".join(c.value for c in at.caption)
    assert "map shows 2023-05-26 to 2023-05-30" in captions  # a week, cut at the period start
    assert "3 events shown as symbols" in captions  # ev-01, ev-02, ev-03
    assert at.query_params["at"] in ("2023-05-30", ["2023-05-30"])
    at.button(key="play_button").click().run()
    assert not at.exception
    assert at.session_state["playing"] is True
    assert at.button(key="play_button").label == "Pause"


def test_configured_refresh_interval_is_kept_across_reruns(
    dashboard_env: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITMAP_REFRESH_SECONDS", "7")
    at = _run()
    assert at.selectbox(key="refresh").value == "7 s"
    at.multiselect(key="types").set_value(["incident"]).run()
    assert at.selectbox(key="refresh").value == "7 s"
    assert "7 s" in at.selectbox(key="refresh").options
