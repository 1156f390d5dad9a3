"""Date phrases resolved against the publication date (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from events.dates import (
    DateMention,
    after_anchor,
    article_year,
    find_dates,
    in_story_year,
    period,
    publication_fallback,
)

SATURDAY = date(2023, 9, 30)  # a Saturday


@pytest.mark.parametrize(
    ("sentence", "published", "expected", "precision", "basis"),
    [
        ("Troops left the base on Friday.", SATURDAY, date(2023, 9, 29), "day",
         "relative_to_publication"),
        ("Police said Saturday the road was shut.", SATURDAY, SATURDAY, "day",
         "relative_to_publication"),
        ("Shots were heard Tuesday evening near the bridge.", SATURDAY, date(2023, 9, 26),
         "day", "relative_to_publication"),
        ("Gunmen entered the village on the night of September 24.", SATURDAY,
         date(2023, 9, 24), "day", "explicit"),
        ("The convoy arrived on 24 September.", SATURDAY, date(2023, 9, 24), "day", "explicit"),
        ("The Dec. 10 detention angered residents.", date(2023, 1, 5), date(2022, 12, 10),
         "day", "explicit"),
        ("Roads were blocked in December.", date(2023, 1, 15), date(2022, 12, 1), "month",
         "explicit"),
        ("A patrol was attacked last week.", SATURDAY, date(2023, 9, 18), "week",
         "relative_to_publication"),
        ("Two men were detained yesterday.", SATURDAY, date(2023, 9, 29), "day",
         "relative_to_publication"),
        ("Similar clashes happened last year.", SATURDAY, date(2022, 1, 1), "year",
         "relative_to_publication"),
        ("Fighting broke out in May 2023.", None, date(2023, 5, 1), "month", "explicit"),
        ("More troops arrive next week.", SATURDAY, date(2023, 10, 2), "week",
         "relative_to_publication"),
        ("The rules apply from next month.", date(2023, 12, 5), date(2024, 1, 1), "month",
         "relative_to_publication"),
        ("The attack of 6 January 2023 was condemned.", None, date(2023, 1, 6), "day",
         "explicit"),
        ("It happened on 2023-06-14 at noon.", None, date(2023, 6, 14), "day", "explicit"),
    ],
)
def test_date_phrases(sentence: str, published: date | None, expected: date, precision: str,
                      basis: str) -> None:
    found = find_dates(sentence, published)
    assert len(found) == 1
    mention = found[0]
    assert (mention.date, mention.precision, mention.basis) == (expected, precision, basis)
    assert sentence[mention.start:mention.end] == mention.phrase


def test_weekday_with_month_only_publication_gives_the_month() -> None:
    (mention,) = find_dates("A grenade hit the post on Sunday.", date(2021, 10, 1),
                            pub_precision="month")
    assert (mention.date, mention.precision) == (date(2021, 10, 1), "month")


def test_relative_date_without_publication_is_unknown() -> None:
    (mention,) = find_dates("Police said on Monday they had closed the road.", None)
    assert mention.date is None and mention.basis == "unknown"


def test_day_without_year_uses_the_article_year_when_unpublished() -> None:
    (mention,) = find_dates("On June 1 the battalion arrived.", None, context_year=2023)
    assert mention.date == date(2023, 6, 1)


@pytest.mark.parametrize("sentence", [
    "The mission may be extended.",
    "Officials said it may take weeks.",
    "He will march 30 kilometres.",
])
def test_words_that_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, SATURDAY) == []


def test_offsets_are_shifted() -> None:
    (mention,) = find_dates("on Friday", SATURDAY, offset=100)
    assert (mention.start, mention.end) == (100, 109)


def test_publication_fallback() -> None:
    assert publication_fallback(SATURDAY, "day").date == SATURDAY
    month = publication_fallback(date(2024, 3, 1), "month")
    assert (month.date, month.precision, month.basis) == (date(2024, 3, 1), "month",
                                                          "publication")
    assert publication_fallback(None, "day").basis == "unknown"


def test_period_and_article_year() -> None:
    assert period(date(2023, 2, 10), "month") == (date(2023, 2, 1), date(2023, 2, 28))
    assert period(date(2023, 2, 10), "week") == (date(2023, 2, 10), date(2023, 2, 16))
    assert article_year("In 2022 and again in 2023, and 2023 once more.") == 2023
    assert article_year("no year here") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen fired on the station Sunday night.", date(2023, 9, 24)),
        ("Protesters gathered last Saturday outside the hall.", date(2023, 9, 23)),
        ("A patrol was ambushed on Thursday.", date(2023, 9, 28)),
    ],
)
def test_weekdays_resolve_to_the_latest_such_day_up_to_publication(
        sentence: str, expected: date) -> None:
    (mention,) = find_dates(sentence, SATURDAY)
    assert mention.date == expected and mention.basis == "relative_to_publication"


@pytest.mark.parametrize(
    ("sentence", "story_year", "expected"),
    [
        ("The raid in Banjska that September shocked the north.", 2023, date(2023, 9, 1)),
        ("A blockade in April 2022 and the ambush that September.", None, date(2022, 9, 1)),
        ("Talks resumed that same May.", 2021, date(2021, 5, 1)),
    ],
)
def test_that_month_takes_the_year_in_context(sentence: str, story_year: int | None,
                                              expected: date) -> None:
    mention = in_story_year(find_dates(sentence, date(2024, 3, 1)), story_year)[-1]
    assert (mention.date, mention.precision) == (expected, "month")


@pytest.mark.parametrize(
    ("sentence", "expected", "precision"),
    [
        ("Two days later police detained a suspect.", date(2023, 6, 14), "day"),
        ("A day later the road was blocked again.", date(2023, 6, 13), "day"),
        ("The following week troops arrived.", date(2023, 6, 19), "week"),
        ("Later that night shots were fired.", date(2023, 6, 12), "day"),
        ("Later, the barricades were removed.", date(2023, 6, 12), "week"),
    ],
)
def test_dates_counted_from_the_event_told_before(sentence: str, expected: date,
                                                  precision: str) -> None:
    anchor = DateMention("on 12 June", 0, 10, date(2023, 6, 12), "day", "explicit")
    mention = after_anchor(sentence, anchor)
    assert mention is not None and (mention.date, mention.precision) == (expected, precision)
    assert mention.basis == "relative_to_event"


def test_no_anchor_date_means_no_counted_date() -> None:
    vague = DateMention("in 2023", 0, 7, date(2023, 1, 1), "year", "explicit")
    assert after_anchor("Two days later police detained a suspect.", vague) is None
