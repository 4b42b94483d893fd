"""Dates typed and shown: what CoopDesk shows reads back; anything typed is a date within 1900–2200
or an InvalidValue; fiscal years hold the day they are computed for."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, example, given
from hypothesis import strategies as st

from coopdesk.domain.dates import (
    MAX_YEAR,
    MIN_YEAR,
    add_months,
    fiscal_year_containing,
    fiscal_year_end,
    format_date,
    parse_date,
)
from coopdesk.domain.errors import InvalidValue
from tests.properties.outcomes import outcome

days = st.dates(min_value=dt.date(MIN_YEAR, 1, 1), max_value=dt.date(MAX_YEAR, 12, 31))
# Any (month, day) some year has: 29/02 included, 31/04 not.
fiscal_ends = st.tuples(st.integers(1, 12), st.integers(1, 31)).filter(
    lambda end: end[1] <= (29 if end[0] == 2 else 30 if end[0] in (4, 6, 9, 11) else 31)
)


@given(days)
def test_what_is_shown_reads_back(day: dt.date) -> None:
    assert parse_date(format_date(day)) == day
    assert parse_date(day.isoformat()) == day
    assert parse_date(f" {day.day}.{day.month}.{day.year} ") == day


@given(st.text(max_size=20))
@example("29/02/2100")
@example("31/04/2026")
@example("00/00/0000")
@example("１２/１２/２０２６")  # full-width digits
@example("1/2/2026\n")
def test_anything_typed_is_a_date_or_an_invalid_value(text: str) -> None:
    result = outcome(InvalidValue, parse_date, text)
    if isinstance(result, InvalidValue):
        assert result.kind == "date"
    else:
        assert MIN_YEAR <= result.year <= MAX_YEAR


@given(st.text(alphabet="0123456789/.- ", max_size=12))
def test_date_like_text_is_a_date_or_an_invalid_value(text: str) -> None:
    result = outcome(InvalidValue, parse_date, text)
    assert isinstance(result, (InvalidValue, dt.date))


@given(days, st.integers(-1200, 1200))
def test_adding_months_lands_in_the_right_month(day: dt.date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day <= day.day


@given(days, fiscal_ends)
@example(dt.date(2024, 2, 29), (2, 29))
@example(dt.date(2023, 3, 1), (2, 29))
@example(dt.date(2023, 2, 28), (2, 29))
def test_the_fiscal_year_holds_the_day(day: dt.date, end: tuple[int, int]) -> None:
    month, last_day = end
    assume(dt.date(MIN_YEAR + 1, 1, 1) <= day <= dt.date(MAX_YEAR - 1, 12, 31))
    start, stop = fiscal_year_containing(day, month, last_day)
    assert start <= day <= stop
    assert stop == fiscal_year_end(stop.year, month, last_day)
    assert 365 <= (stop - start).days + 1 <= 366


@given(st.integers(1, 12), st.integers(1, 31), st.integers(MIN_YEAR, MAX_YEAR))
def test_a_fiscal_year_end_is_a_day_or_an_invalid_value(month: int, day: int, year: int) -> None:
    result = outcome(InvalidValue, fiscal_year_end, year, month, day)
    if isinstance(result, InvalidValue):
        assert result.kind == "fiscal_year_end"
    else:
        assert (result.year, result.month) == (year, month)
