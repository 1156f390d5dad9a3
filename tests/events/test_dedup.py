"""Cross-article dedup: the rule on hand-built reports, in the store, and on the seeds.

The hand-built reports follow what the dev labels say the seeds report (subtype, date, place,
figures); the last test runs the real extraction over the seed pages.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy.orm import Session

from events.dedup import (
    DedupView,
    counts_compatible,
    date_window,
    decide_merge,
    merge_counts,
    more_precise_date,
)
from events.model import Article, Event, Number
from events.readers import article_id_for
from events.store import load_events_frame, open_store, store_article

KOSOVO = ("ov:kosovo", "Kosovo", None, None, None, None, True, 4)
ZVECAN = ("gn:783770", "Zvečan", 42.91, 20.84, "30", "Zvečan", True, 1)
BANJSKA = ("gn:792910", "Banjska", 42.98, 20.77, "30", "Zvečan", True, 1)
LEPOSAVIC = ("gn:789128", "Leposavić", 43.10, 20.80, "12", "Leposavić", True, 1)


def report(
    subtype: str,
    day: date | None,
    place: tuple[object, ...],
    *,
    precision: str = "day",
    numbers: tuple[tuple[str, int | None, int | None], ...] = (),
    actors: tuple[str, ...] = (),
    confidence: float = 0.6,
    start: int = 0,
) -> Event:
    """A report of one event as extraction would give it."""
    place_id, name, lat, lon, code, municipality, in_aoi, geo_precision = place
    event_type = (
        "deployment"
        if subtype
        in (
            "deployment",
            "reinforcement_announced",
            "readiness_raised",
            "withdrawal",
            "military_buildup",
        )
        else "incident"
    )
    return Event(
        type=event_type,
        subtype=subtype,
        date=day,
        date_precision=precision,
        date_basis="explicit" if day else "unknown",
        place_id=place_id,  # type: ignore[arg-type]
        place=name,  # type: ignore[arg-type]
        lat=lat,  # type: ignore[arg-type]
        lon=lon,  # type: ignore[arg-type]
        municipality_code=code,  # type: ignore[arg-type]
        municipality=municipality,  # type: ignore[arg-type]
        in_aoi=in_aoi,  # type: ignore[arg-type]
        geo_precision=geo_precision,  # type: ignore[arg-type]
        actors=tuple((a, "actor") for a in actors),
        numbers=tuple(
            Number(kind, low, high, f"{low} {kind}", 0, 1) for kind, low, high in numbers
        ),
        sentence=f"{subtype} sentence at {start}",
        start=start,
        end=start + 10,
        confidence=confidence,
    )


def article(name: str, outlet: str, published: date | None = None) -> Article:
    text = f"A report called {name}."
    return Article(
        article_id=article_id_for(text), title=name, text=text, published=published, outlet=outlet
    )


def view(event: Event, article_id: str = "a") -> DedupView:
    return DedupView(
        subtype=event.subtype,
        type=event.type,
        date=event.date,
        date_precision=event.date_precision,
        place_id=event.place_id,
        municipality_code=event.municipality_code,
        geo_precision=event.geo_precision,
        in_aoi=event.in_aoi,
        counts={
            k: tuple(float(v) if v is not None else None for v in event.count(k))  # type: ignore[misc]
            for k in ("troops", "killed", "injured", "arrested")
        },
        actors=frozenset(a for a, _ in event.actors),
        article_ids=frozenset({article_id}),
    )


# --- the rule --------------------------------------------------------------------------------


def test_same_deployment_with_close_figures_merges() -> None:
    one = report(
        "deployment", date(2023, 6, 1), KOSOVO, numbers=(("troops", 700, 700),), actors=("NATO",)
    )
    two = report(
        "deployment",
        date(2023, 5, 31),
        KOSOVO,
        numbers=(("troops", 650, 650),),
        actors=("NATO", "KFOR"),
    )
    decision = decide_merge(view(one, "a"), view(two, "b"))
    assert decision.merge
    assert any("compatible figures" in r for r in decision.reasons)
    assert any("dates within" in r for r in decision.reasons)


def test_incompatible_troop_figures_veto() -> None:
    one = report("deployment", date(2023, 6, 1), KOSOVO, numbers=(("troops", 700, 700),))
    two = report("deployment", date(2023, 6, 2), KOSOVO, numbers=(("troops", 2000, 2000),))
    decision = decide_merge(view(one, "a"), view(two, "b"))
    assert not decision.merge and decision.reasons == ("incompatible troops figures",)


def test_two_arrests_in_one_town_a_week_apart_stay_distinct() -> None:
    first = report("arrest", date(2023, 6, 13), ZVECAN, numbers=(("arrested", 1, 1),))
    second = report("arrest", date(2023, 6, 20), ZVECAN, numbers=(("arrested", 1, 1),))
    assert not decide_merge(view(first, "a"), view(second, "b")).merge


def test_the_same_arrest_dated_a_day_apart_merges() -> None:
    first = report("arrest", date(2023, 6, 13), ZVECAN, numbers=(("arrested", 1, 1),))
    second = report("arrest", date(2023, 6, 14), ZVECAN)
    assert decide_merge(view(first, "a"), view(second, "b")).merge


def test_clash_and_deployment_stay_distinct() -> None:
    clash = report("armed_clash", date(2023, 5, 29), ZVECAN, numbers=(("injured", 30, 30),))
    deployment = report("deployment", date(2023, 5, 30), KOSOVO, numbers=(("troops", 700, 700),))
    assert decide_merge(view(clash, "a"), view(deployment, "b")).reasons == ("different subtype",)


def test_reports_from_one_article_never_merge() -> None:
    one = report("deployment", date(2023, 6, 1), KOSOVO, numbers=(("troops", 700, 700),))
    assert decide_merge(view(one, "a"), view(one, "a")).reasons == ("same article",)


def test_other_municipality_does_not_merge() -> None:
    one = report("barricade", date(2022, 12, 11), ZVECAN)
    two = report("barricade", date(2022, 12, 11), LEPOSAVIC)
    assert decide_merge(view(one, "a"), view(two, "b")).reasons == ("places differ",)


def test_a_kosovo_level_report_contains_a_site() -> None:
    vague = report(
        "armed_attack", date(2023, 9, 24), KOSOVO, precision="week", numbers=(("killed", 4, 4),)
    )
    precise = report("armed_attack", date(2023, 9, 24), BANJSKA, numbers=(("killed", 1, 1),))
    decision = decide_merge(view(precise, "a"), view(vague, "b"))
    assert decision.merge
    assert "one place contains the other" in decision.reasons


def test_month_precision_overlaps_days_inside_it() -> None:
    assert date_window(date(2023, 5, 1), "month") == (date(2023, 4, 29), date(2023, 6, 2))
    month = report("armed_clash", date(2023, 5, 1), ZVECAN, precision="month")
    day = report("armed_clash", date(2023, 5, 29), ZVECAN)
    assert decide_merge(view(day, "a"), view(month, "b")).merge
    later = report("armed_clash", date(2023, 7, 29), ZVECAN)
    assert not decide_merge(view(later, "a"), view(month, "b")).merge


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ((500.0, 650.0), (700.0, 700.0), True),
        ((1.0, 1.0), (4.0, 4.0), True),
        ((500.0, 500.0), (1500.0, 1500.0), False),
        ((None, None), (30.0, 30.0), True),
    ],
)
def test_counts_compatible(
    a: tuple[float | None, float | None], b: tuple[float | None, float | None], compatible: bool
) -> None:
    assert counts_compatible(a, b) is compatible


def test_merged_figures_become_a_range_and_dates_keep_the_finest() -> None:
    assert merge_counts((500.0, 650.0), (700.0, 700.0)) == (500.0, 700.0)
    assert merge_counts((None, None), (30.0, 30.0)) == (30.0, 30.0)
    assert more_precise_date((date(2023, 5, 1), "month"), (date(2023, 5, 29), "day")) == (
        date(2023, 5, 29),
        "day",
    )
    assert more_precise_date((None, "day"), (date(2023, 5, 1), "month")) == (
        date(2023, 5, 1),
        "month",
    )


# --- in the store ----------------------------------------------------------------------------


def _store(engine_url: str, items: list[tuple[Article, list[Event]]]) -> None:
    engine = open_store(engine_url)
    for art, events in items:
        with Session(engine) as session, session.begin():
            store_article(session, art, events)


def test_seed_000_and_001_deployment_is_one_event_with_both_sources(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    seed0 = article("seed 000", "aggregator A")
    seed1 = article("seed 001", "aggregator B")
    _store(
        url,
        [
            (
                seed0,
                [
                    report(
                        "deployment",
                        None,
                        KOSOVO,
                        numbers=(("troops", 500, 500),),
                        actors=("Turkish Armed Forces",),
                    ),
                    report(
                        "deployment",
                        date(2023, 6, 1),
                        KOSOVO,
                        numbers=(("troops", 700, 700),),
                        actors=("NATO",),
                        start=50,
                    ),
                    report("armed_clash", date(2023, 5, 29), ZVECAN, start=90),
                ],
            ),
            (
                seed1,
                [
                    report(
                        "deployment",
                        date(2023, 6, 1),
                        KOSOVO,
                        numbers=(("troops", 700, 700),),
                        actors=("NATO",),
                    ),
                    report(
                        "readiness_raised", date(2023, 6, 1), KOSOVO, actors=("NATO",), start=40
                    ),
                ],
            ),
        ],
    )
    frame = load_events_frame(url)
    deployments = frame[(frame["subtype"] == "deployment") & (frame["troops_low"] == 700)]
    assert len(deployments) == 1
    row = deployments.iloc[0]
    assert row["n_sources"] == 2 and row["outlets"] == "aggregator A|aggregator B"
    assert len(frame) == 4  # 500 Turkish, 700 NATO (merged), Zvečan clash, readiness


def test_seed_002_and_003_banjska_attack_and_battalion_merge(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    seed2 = article("seed 002", "Defence Today")
    seed3 = article("seed 003", "time news", published=date(2023, 9, 30))
    _store(
        url,
        [
            (
                seed2,
                [
                    report(
                        "armed_attack",
                        date(2023, 9, 24),
                        KOSOVO,
                        precision="week",
                        numbers=(("killed", 4, 4),),
                    ),
                    report(
                        "reinforcement_announced",
                        date(2023, 9, 29),
                        KOSOVO,
                        actors=("British Army",),
                        start=40,
                    ),
                ],
            ),
            (
                seed3,
                [
                    report(
                        "armed_attack",
                        date(2023, 9, 24),
                        BANJSKA,
                        numbers=(("killed", 1, 1),),
                        actors=("Kosovo Police",),
                    ),
                    report(
                        "reinforcement_announced",
                        date(2023, 9, 29),
                        KOSOVO,
                        actors=("British Army", "NATO"),
                        numbers=(("troops", 500, 650),),
                        start=40,
                    ),
                ],
            ),
        ],
    )
    frame = load_events_frame(url).set_index("subtype")
    assert len(frame) == 2
    attack = frame.loc["armed_attack"]
    assert attack["n_sources"] == 2
    assert (
        attack["place"] == "Banjska" and attack["municipality_code"] == "30"
    )  # the finer place wins
    assert attack["killed"] == 1.0  # frame shows the low of the 1..4 range
    battalion = frame.loc["reinforcement_announced"]
    assert battalion["n_sources"] == 2 and (battalion["troops_low"], battalion["troops_high"]) == (
        500.0,
        650.0,
    )


def test_merge_reasons_and_sources_are_kept(tmp_path: Path) -> None:
    from sqlalchemy import select

    from events.store import EventRow, event_sources

    url = f"sqlite:///{tmp_path / 'store.db'}"
    a1, a2 = (
        article("one", "Outlet 1", date(2023, 6, 13)),
        article("two", "Outlet 2", date(2023, 6, 14)),
    )
    _store(
        url,
        [
            (a1, [report("arrest", date(2023, 6, 13), ZVECAN)]),
            (a2, [report("arrest", date(2023, 6, 13), ZVECAN)]),
        ],
    )
    engine = open_store(url)
    with Session(engine) as session:
        row = session.execute(select(EventRow)).scalar_one()
        assert row.merge_reasons[0]["article_id"] == a2.article_id
        assert "same subtype arrest" in row.merge_reasons[0]["reasons"]
    sources = event_sources(url, row.event_id)
    assert [s.outlet for s in sources] == ["Outlet 1", "Outlet 2"]


# --- on the seed pages, with the real extraction -------------------------------------------

HAS_EXTRACTION = importlib.util.find_spec("events.extract") is not None


@pytest.mark.shared
@pytest.mark.xfail(
    not HAS_EXTRACTION, reason="needs events.extract (extraction)", strict=True, raises=ImportError
)
def test_seed_pages_dedup_with_real_extraction(
    tmp_path: Path, shared_dir: Path, small_gazetteer: object
) -> None:
    from events.ingest import ingest_paths

    summary = ingest_paths(
        [shared_dir / "seeds"],
        db_url=f"sqlite:///{tmp_path / 's.db'}",
        gazetteer=small_gazetteer,
        progress=False,
        municipalities=None,
    )
    assert summary.ingested == 5 and not summary.rejected
    frame = load_events_frame(f"sqlite:///{tmp_path / 's.db'}")
    multi = frame[frame["n_sources"] == 2]
    # seeds 000 + 001: about 700 NATO troops in early June 2023
    assert ((multi["type"] == "deployment") & (multi["troops_low"] == 700)).any()
    # seeds 002 + 003: the Banjska attack and the British battalion
    assert multi["subtype"].isin(["armed_clash", "armed_attack"]).any()
    assert multi["actors"].str.contains("British Army").any()
    # the 29 May Zvečan clash stays apart from the June deployment
    assert not (
        multi["subtype"].isin(["armed_clash", "armed_attack"]) & multi["troops_low"].notna()
    ).any()


def test_casualty_counts_of_one_incident_widen_the_range() -> None:
    early = report(
        "armed_clash", date(2023, 5, 29), ZVECAN, numbers=(("injured", 25, 25),), actors=("KFOR",)
    )
    late = report(
        "armed_clash", date(2023, 5, 29), ZVECAN, numbers=(("injured", 85, 85),), actors=("KFOR",)
    )
    decision = decide_merge(view(late, "a"), view(early, "b"))
    assert decision.merge and "figures disagree (injured): kept as a range" in decision.reasons
    elsewhere = report("armed_clash", date(2023, 5, 29), LEPOSAVIC, numbers=(("injured", 85, 85),))
    assert not decide_merge(view(elsewhere, "a"), view(early, "b")).merge


NO_PLACE = (None, None, None, None, None, None, False, 4)


def test_unplaced_reports_need_a_shared_actor() -> None:
    serbia = report(
        "readiness_raised", date(2023, 5, 26), NO_PLACE, actors=("Serbian Armed Forces",)
    )
    nato = report("readiness_raised", date(2023, 5, 28), KOSOVO, actors=("NATO",))
    decision = decide_merge(view(nato, "a"), view(serbia, "b"))
    assert not decision.merge
    assert decision.reasons == ("no place in common and no shared actor or figures",)
    again = report(
        "readiness_raised", date(2023, 5, 27), NO_PLACE, actors=("Serbian Armed Forces",)
    )
    assert decide_merge(view(again, "a"), view(serbia, "b")).merge


def test_the_merged_date_is_the_one_most_sources_give(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    nato = ("troops", 700, 700)
    _store(
        url,
        [
            (article("a", "A"), [report("deployment", date(2023, 5, 29), KOSOVO, numbers=(nato,))]),
            (article("b", "B"), [report("deployment", date(2023, 5, 30), KOSOVO, numbers=(nato,))]),
            (article("c", "C"), [report("deployment", date(2023, 5, 30), KOSOVO, numbers=(nato,))]),
            (
                article("d", "D"),
                [
                    report(
                        "deployment", date(2023, 5, 1), KOSOVO, precision="month", numbers=(nato,)
                    )
                ],
            ),
        ],
    )
    frame = load_events_frame(url)
    assert len(frame) == 1 and frame.loc[0, "n_sources"] == 4
    assert (frame.loc[0, "date"], frame.loc[0, "date_precision"]) == (
        pd.Timestamp("2023-05-30"),
        "day",
    )
