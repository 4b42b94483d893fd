"""Dates typed by French users, their display, month arithmetic and fiscal years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
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
from coopdesk.domain.errors import InvalidValue, InvalidValueCode

supported_dates = st.dates(min_value=date(MIN_YEAR, 1, 1), max_value=date(MAX_YEAR, 12, 31))
# (month, day) pairs that end a fiscal year, 29/02 included.
fiscal_ends = st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)).map(
    lambda d: (d.month, d.day)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31/12/2026", date(2026, 12, 31)),
        ("1/2/2026", date(2026, 2, 1)),
        ("01/02/2026", date(2026, 2, 1)),
        ("2026-12-31", date(2026, 12, 31)),
        ("31.12.2026", date(2026, 12, 31)),
        ("31-12-2026", date(2026, 12, 31)),
        ("  31/12/2026 \t", date(2026, 12, 31)),
        ("29/02/2024", date(2024, 2, 29)),
        ("01/01/1900", date(1900, 1, 1)),
        ("31/12/2200", date(2200, 12, 31)),
    ],
)
def test_parse_date_accepts(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", InvalidValueCode.REQUIRED),
        ("   ", InvalidValueCode.REQUIRED),
        ("31/02/2026", InvalidValueCode.BAD_DATE),
        ("29/02/2025", InvalidValueCode.BAD_DATE),
        ("00/01/2026", InvalidValueCode.BAD_DATE),
        ("12/13/2026", InvalidValueCode.BAD_DATE),
        ("2026-02-30", InvalidValueCode.BAD_DATE),
        ("31/12/26", InvalidValueCode.BAD_FORMAT),  # two-digit years are never guessed
        ("31/12-2026", InvalidValueCode.BAD_FORMAT),  # mixed separators
        ("31 12 2026", InvalidValueCode.BAD_FORMAT),
        ("2026/12/31", InvalidValueCode.BAD_FORMAT),
        ("31 décembre 2026", InvalidValueCode.BAD_FORMAT),
        ("demain", InvalidValueCode.BAD_FORMAT),
        ("123/12/2026", InvalidValueCode.BAD_FORMAT),
        ("31/12/1899", InvalidValueCode.OUT_OF_RANGE),
        ("01/01/2201", InvalidValueCode.OUT_OF_RANGE),
        ("0000-01-01", InvalidValueCode.OUT_OF_RANGE),
        ("29/02/1800", InvalidValueCode.OUT_OF_RANGE),
    ],
)
def test_parse_date_refused_with_code(text: str, code: InvalidValueCode) -> None:
    with pytest.raises(InvalidValue) as error:
        parse_date(text)
    assert error.value == InvalidValue("date", text, code)


def test_format_date() -> None:
    assert format_date(date(2026, 12, 31)) == "31/12/2026"
    assert format_date(date(2026, 2, 1)) == "01/02/2026"


@given(value=supported_dates)
def test_format_then_parse_round_trips(value: date) -> None:
    assert parse_date(format_date(value)) == value
    assert parse_date(value.isoformat()) == value


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 12, 31), 6, date(2027, 6, 30)),
        (date(2026, 3, 15), -3, date(2025, 12, 15)),
        (date(2026, 3, 15), 0, date(2026, 3, 15)),
        (date(2026, 5, 31), 12, date(2027, 5, 31)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(value=supported_dates, months=st.integers(-120, 120))
def test_add_months_keeps_the_day_or_clamps(value: date, months: int) -> None:
    result = add_months(value, months)
    assert (result.year * 12 + result.month) - (value.year * 12 + value.month) == months
    next_month_first = add_months(result.replace(day=1), 1)
    last_day = (next_month_first - timedelta(days=1)).day
    assert result.day == min(value.day, last_day)


@pytest.mark.parametrize(
    ("year", "month", "day", "expected"),
    [
        (2026, 12, 31, date(2026, 12, 31)),
        (2027, 6, 30, date(2027, 6, 30)),
        (2024, 2, 29, date(2024, 2, 29)),
        (2025, 2, 29, date(2025, 2, 28)),
    ],
)
def test_fiscal_year_end(year: int, month: int, day: int, expected: date) -> None:
    assert fiscal_year_end(year, month, day) == expected


@pytest.mark.parametrize(("month", "day"), [(4, 31), (2, 30), (13, 1), (0, 1), (12, 0), (12, 32)])
def test_fiscal_year_end_refuses_impossible_days(month: int, day: int) -> None:
    with pytest.raises(InvalidValue) as error:
        fiscal_year_end(2026, month, day)
    assert error.value.kind == "fiscal_year_end"
    assert error.value.code is InvalidValueCode.BAD_DATE


@pytest.mark.parametrize(
    ("value", "month", "day", "expected"),
    [
        (date(2026, 7, 14), 12, 31, (date(2026, 1, 1), date(2026, 12, 31))),
        (date(2026, 12, 31), 12, 31, (date(2026, 1, 1), date(2026, 12, 31))),
        (date(2027, 1, 1), 12, 31, (date(2027, 1, 1), date(2027, 12, 31))),
        (date(2027, 3, 31), 6, 30, (date(2026, 7, 1), date(2027, 6, 30))),
        (date(2027, 7, 1), 6, 30, (date(2027, 7, 1), date(2028, 6, 30))),
        (date(2024, 2, 29), 2, 29, (date(2023, 3, 1), date(2024, 2, 29))),
        (date(2024, 3, 1), 2, 29, (date(2024, 3, 1), date(2025, 2, 28))),
        (date(2024, 2, 29), 2, 28, (date(2024, 2, 29), date(2025, 2, 28))),
    ],
)
def test_fiscal_year_containing(value: date, month: int, day: int, expected: tuple[date, date]) -> None:
    assert fiscal_year_containing(value, month, day) == expected


@given(value=st.dates(min_value=date(1901, 1, 1), max_value=date(2199, 12, 31)), end=fiscal_ends)
def test_fiscal_years_tile_the_calendar(value: date, end: tuple[int, int]) -> None:
    start, stop = fiscal_year_containing(value, *end)
    assert start <= value <= stop
    assert 365 <= (stop - start).days + 1 <= 366
    assert (stop.month, stop.day) in {end, (2, 28)}
    assert fiscal_year_containing(stop + timedelta(days=1), *end)[0] == stop + timedelta(days=1)
    assert fiscal_year_containing(start - timedelta(days=1), *end)[1] == start - timedelta(days=1)
