"""The store: tables, the events frame contract, SQL filters, sources, municipality assignment."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from events.errors import StoreError
from events.filters import EventFilter, apply_filter
from events.model import Article, Event, Number
from events.readers import article_id_for
from events.schema import EVENT_COLUMNS, validate_events_frame
from events.store import (
    EventRow,
    MentionRow,
    assign_event_municipalities,
    event_sources,
    load_events_frame,
    open_store,
    store_article,
)

ZVECAN_POINT = (42.908, 20.840)  # GeoNames 783770
RASKA_POINT = (43.286, 20.612)  # in Serbia


def make_event(
    subtype: str,
    day: date,
    *,
    place: str = "Zvečan",
    place_id: str = "gn:783770",
    point: tuple[float, float] | None = ZVECAN_POINT,
    code: str | None = "30",
    actors: tuple[str, ...] = ("Kosovo Police",),
    killed: int | None = None,
    confidence: float = 0.7,
    start: int = 0,
) -> Event:
    numbers = (
        (Number("killed", killed, killed, f"{killed} killed", 5, 13),) if killed is not None else ()
    )
    return Event(
        type="deployment" if subtype in ("deployment", "withdrawal") else "incident",
        subtype=subtype,
        date=day,
        date_precision="day",
        date_basis="explicit",
        place_id=place_id,
        place=place,
        lat=point[0] if point else None,
        lon=point[1] if point else None,
        municipality_code=code,
        municipality="Zvečan" if code == "30" else None,
        in_aoi=code is not None,
        geo_precision=1 if point else 4,
        actors=tuple((a, "actor") for a in actors),
        numbers=numbers,
        sentence=f"Something happened ({subtype}).",
        start=start,
        end=start + 20,
        confidence=confidence,
    )


def make_article(name: str, outlet: str = "Test Wire", published: date | None = None) -> Article:
    body = f"{name}. A story written for the store tests."
    return Article(
        article_id=article_id_for(body),
        title=name,
        text=body,
        published=published,
        outlet=outlet,
        url=f"https://wire.example/{name.replace(' ', '-')}",
    )


@pytest.fixture()
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


def fill(
    url: str,
    items: list[tuple[Article, list[Event]]],
    municipalities: gpd.GeoDataFrame | None = None,
) -> None:
    engine = open_store(url)
    for art, events in items:
        with Session(engine) as session, session.begin():
            store_article(session, art, events, municipalities=municipalities)


def test_empty_store_gives_an_empty_frame_with_the_schema(url: str) -> None:
    frame = load_events_frame(url)
    assert list(frame.columns) == list(EVENT_COLUMNS)
    assert {c: str(frame[c].dtype) for c in frame.columns} == {
        c: ("string" if d == "string" else d) for c, d in EVENT_COLUMNS.items()
    }
    assert frame.empty


def test_frame_matches_the_schema_exactly(url: str) -> None:
    fill(
        url,
        [
            (
                make_article("one", published=date(2023, 5, 29)),
                [make_event("armed_clash", date(2023, 5, 29), killed=2)],
            ),
            (
                make_article("two"),
                [
                    make_event(
                        "withdrawal",
                        date(2022, 12, 29),
                        place="Serbia",
                        place_id="ov:serbia",
                        point=None,
                        code=None,
                        actors=(),
                    )
                ],
            ),
        ],
    )
    frame = load_events_frame(url)
    validate_events_frame(frame)
    for column, dtype in EVENT_COLUMNS.items():
        assert str(frame[column].dtype).startswith(dtype), column
    clash = frame.set_index("subtype").loc["armed_clash"]
    assert clash["killed"] == 2.0 and clash["n_sources"] == 1 and clash["outlets"] == "Test Wire"
    assert clash["date"] == pd.Timestamp("2023-05-29")
    withdrawal = frame.set_index("subtype").loc["withdrawal"]
    assert pd.isna(withdrawal["lat"]) and withdrawal["actors"] == "" and not withdrawal["in_aoi"]


def test_filters_in_sql_agree_with_apply_filter(url: str) -> None:
    items = []
    for i, (subtype, day, actors, code) in enumerate(
        [
            ("arrest", date(2023, 6, 13), ("Kosovo Police",), "30"),
            ("armed_clash", date(2023, 5, 29), ("KFOR", "Serb protesters"), "30"),
            ("barricade", date(2022, 12, 11), ("Serb protesters",), "12"),
            ("deployment", date(2023, 6, 1), ("NATO",), None),
        ]
    ):
        event = make_event(
            subtype, day, actors=actors, code=code, place_id=f"p{i}", confidence=0.5 + i / 10
        )
        items.append((make_article(f"story {i}"), [event]))
    fill(url, items)
    everything = load_events_frame(url)
    filters = [
        EventFilter(date_from=date(2023, 1, 1)),
        EventFilter(date_to=date(2023, 5, 29)),
        EventFilter(types=("incident",)),
        EventFilter(subtypes=("barricade", "arrest")),
        EventFilter(municipalities=("30",)),
        EventFilter(actors=("Serb protesters",)),
        EventFilter(min_confidence=0.65),
        EventFilter(geo_precisions=(1,)),
        EventFilter(date_from=date(2023, 1, 1), municipalities=("30",), actors=("KFOR",)),
    ]
    for flt in filters:
        in_sql = load_events_frame(url, flt)
        in_pandas = apply_filter(everything, flt)
        assert sorted(in_sql["event_id"]) == sorted(in_pandas["event_id"]), flt.describe()
    assert len(load_events_frame(url, EventFilter(actors=("Serb protesters",)))) == 2


def test_event_sources_lists_every_article(url: str) -> None:
    first = make_article("first report", outlet="Wire A", published=date(2023, 6, 13))
    second = make_article("second report", outlet="Wire B", published=date(2023, 6, 14))
    fill(
        url,
        [
            (first, [make_event("arrest", date(2023, 6, 13))]),
            (second, [make_event("arrest", date(2023, 6, 13))]),
        ],
    )
    frame = load_events_frame(url)
    assert (
        len(frame) == 1
        and frame.loc[0, "n_sources"] == 2
        and frame.loc[0, "outlets"] == "Wire A|Wire B"
    )
    sources = event_sources(url, str(frame.loc[0, "event_id"]))
    assert [(s.outlet, s.title, s.published) for s in sources] == [
        ("Wire A", "first report", date(2023, 6, 13)),
        ("Wire B", "second report", date(2023, 6, 14)),
    ]
    assert sources[0].url == "https://wire.example/first-report"
    assert event_sources(url, "no-such-event") == []


def test_mentions_are_stored(url: str) -> None:
    from gazetteer.model import Mention

    art = make_article("mentions")
    engine = open_store(url)
    with Session(engine) as session, session.begin():
        store_article(session, art, [], [Mention("Zvečan", 0, 6, None, 1, 0.9, "exact")])
    with Session(engine) as session:
        row = session.execute(select(MentionRow)).scalar_one()
        assert (row.text, row.start, row.end, row.place_id, row.score) == (
            "Zvečan",
            0,
            6,
            None,
            0.9,
        )


def test_sqlite_pragmas(url: str) -> None:
    engine = open_store(url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_bad_store_url_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("no-such-scheme://x")


def test_store_in_an_unwritable_place_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises((StoreError, OSError)):
        open_store(f"sqlite:///{blocker / 'sub' / 'store.db'}")


# --- municipality assignment (issue 4) -------------------------------------------------------


@pytest.fixture(scope="module")
def municipalities(mirror_dir: Path) -> gpd.GeoDataFrame:
    from geo.boundaries import build_municipality_layer

    boundaries = mirror_dir / "boundaries"
    return build_municipality_layer(
        boundaries / "geoBoundaries-XKX-ADM2_simplified.topojson",
        boundaries / "xk_municipalities.csv",
    )


@pytest.mark.shared
def test_municipality_comes_from_the_polygons(municipalities: gpd.GeoDataFrame) -> None:
    inside = make_event(
        "arrest", date(2023, 6, 13), code="99"
    )  # the event's own code is overridden
    outside = make_event(
        "arrest",
        date(2023, 6, 14),
        place="Raška",
        place_id="gn:raska",
        point=RASKA_POINT,
        code=None,
    )
    unplaced = make_event(
        "deployment", date(2023, 6, 1), place="Kosovo", place_id="ov:kosovo", point=None, code=None
    )
    result = assign_event_municipalities([inside, outside, unplaced], municipalities)
    assert result[0] == ("30", "Zvečan", True)
    assert result[1] == (None, None, False)
    assert result[2] == (None, None, False)  # no coordinates: the event's own values are kept


@pytest.mark.shared
def test_stored_events_carry_the_polygon_municipality(
    url: str, municipalities: gpd.GeoDataFrame
) -> None:
    fill(
        url,
        [(make_article("zv"), [make_event("arrest", date(2023, 6, 13), code=None)])],
        municipalities,
    )
    frame = load_events_frame(url)
    assert (
        frame.loc[0, "municipality_code"],
        frame.loc[0, "municipality"],
        bool(frame.loc[0, "in_aoi"]),
    ) == ("30", "Zvečan", True)
    engine = open_store(url)
    with Session(engine) as session:
        assert session.execute(select(func.count()).select_from(EventRow)).scalar() == 1


def test_sql_filters_agree_with_apply_filter_without_a_snapshot(url: str) -> None:
    """The SQL path (stores other than a SQLite file) filters like the frame filter."""
    from events.store import _select_frame

    fill(
        url,
        [
            (
                make_article(f"story {i}"),
                [make_event(subtype, day, code=code, place_id=f"p{i}", actors=actors)],
            )
            for i, (subtype, day, code, actors) in enumerate(
                [
                    ("arrest", date(2023, 6, 13), "30", ("Kosovo Police",)),
                    ("armed_clash", date(2023, 5, 29), "30", ("KFOR", "Serb protesters")),
                    ("barricade", date(2022, 12, 11), "12", ("Serb protesters",)),
                ]
            )
        ],
    )
    engine = open_store(url)
    with engine.connect() as connection:
        everything = _select_frame(connection, None)
        for flt in (
            EventFilter(date_from=date(2023, 1, 1)),
            EventFilter(subtypes=("barricade",)),
            EventFilter(municipalities=("12",)),
            EventFilter(actors=("KFOR",)),
            EventFilter(types=("incident",), date_to=date(2023, 5, 29)),
        ):
            assert sorted(_select_frame(connection, flt)["event_id"]) == sorted(
                apply_filter(everything, flt)["event_id"]
            )


def test_snapshot_follows_every_change(url: str, tmp_path: Path) -> None:
    fill(url, [(make_article("first"), [make_event("arrest", date(2023, 6, 13))])])
    assert len(load_events_frame(url)) == 1
    assert (tmp_path / "store.db.frame.parquet").is_file()
    # a merge changes no row count, only updated_at and the figures
    fill(
        url,
        [
            (
                make_article("second", outlet="Other Wire"),
                [make_event("arrest", date(2023, 6, 13), killed=1)],
            )
        ],
    )
    frame = load_events_frame(url)
    assert (len(frame), frame.loc[0, "n_sources"], frame.loc[0, "killed"]) == (1, 2, 1.0)
    fill(
        url, [(make_article("third"), [make_event("barricade", date(2022, 12, 11), place_id="p3")])]
    )
    assert len(load_events_frame(url)) == 2
    engine = open_store(url)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM event_sources"))
        connection.execute(text("DELETE FROM events WHERE subtype = 'barricade'"))
    assert list(load_events_frame(url)["subtype"]) == ["arrest"]


def test_a_corrupt_snapshot_is_rebuilt(url: str, tmp_path: Path) -> None:
    fill(url, [(make_article("first"), [make_event("arrest", date(2023, 6, 13))])])
    (tmp_path / "store.db.frame.parquet").write_bytes(b"not parquet")
    assert len(load_events_frame(url)) == 1


@pytest.mark.shared
def test_municipality_lookup_memoises_points(municipalities: gpd.GeoDataFrame) -> None:
    from events.store import MunicipalityLookup

    lookup = MunicipalityLookup(municipalities)
    zvecan = (ZVECAN_POINT[1], ZVECAN_POINT[0])
    raska = (RASKA_POINT[1], RASKA_POINT[0])
    assert lookup.codes([zvecan, raska, zvecan]) == ["30", None, "30"]
    assert len(lookup._memo) == 2
    assert lookup.names["30"] == "Zvečan"
