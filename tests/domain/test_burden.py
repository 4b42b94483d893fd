"""The arithmetic of the burden report: periods, hours, valuation, euros per hour, French numbers."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.burden import (
    BurdenFilter,
    PeriodChoice,
    cents_per_hour,
    format_cents,
    format_hours,
    hours,
    is_calendar_year,
    period_for,
    valuation_cents,
)
from coopdesk.domain.errors import InvalidValue, InvalidValueCode
from coopdesk.domain.money import format_money


def test_quick_periods() -> None:
    today = dt.date(2026, 11, 28)
    assert period_for(PeriodChoice.THIS_YEAR, today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert period_for(PeriodChoice.LAST_YEAR, today) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert period_for(PeriodChoice.LAST_12_MONTHS, today) == (dt.date(2025, 11, 29), today)
    assert period_for(PeriodChoice.LAST_12_MONTHS, dt.date(2028, 2, 29)) == (
        dt.date(2027, 3, 1),
        dt.date(2028, 2, 29),
    )
    assert period_for(PeriodChoice.CUSTOM, today) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert is_calendar_year(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert not is_calendar_year(dt.date(2026, 1, 1), dt.date(2027, 12, 31))
    assert not is_calendar_year(dt.date(2025, 3, 1), dt.date(2026, 2, 28))


def test_a_period_ending_before_it_starts_is_refused() -> None:
    BurdenFilter(dt.date(2026, 1, 1), dt.date(2026, 1, 1)).check()  # one day is fine
    with pytest.raises(InvalidValue) as raised:
        BurdenFilter(dt.date(2026, 1, 2), dt.date(2026, 1, 1)).check()
    assert raised.value.kind == "period"
    assert raised.value.code is InvalidValueCode.OUT_OF_RANGE


def test_hours_and_money() -> None:
    assert hours(90) == Decimal("1.50")
    assert hours(20) == Decimal("0.33")
    assert format_hours(1234 * 60 + 30) == "1\u202f234,5"
    assert format_hours(212 * 60) == "212"
    assert format_hours(45) == "0,8"
    assert format_hours(0) == "0"
    assert format_cents(123_456) == "1\u202f234,56\u00a0€"
    assert valuation_cents(60, 1202) == 1202
    assert valuation_cents(45, 1202) == 902  # 901,5 rounds half up
    assert valuation_cents(0, 1202) == 0
    assert cents_per_hour(1_000_000, 480) == 125_000
    assert cents_per_hour(100, 0) is None


@given(st.integers(min_value=0, max_value=10**8))
def test_format_hours_is_what_babel_gives(minutes: int) -> None:
    value = (Decimal(minutes) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert format_hours(minutes) == format_decimal(value, format="#,##0.#", locale="fr_FR")


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_format_cents_is_format_money(cents: int) -> None:
    assert format_cents(cents) == format_money(cents)


def test_apportion_rounds_lines_so_that_they_add_up_to_the_rounded_total() -> None:
    from coopdesk.domain.burden import apportion

    # 3 lines of 1 590, 1 215 and 1 125 minutes at 12,02 € an hour: 318,53 + 243,405 + 225,375.
    numerators = [1590 * 1202, 1215 * 1202, 1125 * 1202]
    lines = apportion(numerators, 60)
    assert sum(lines) == (sum(numerators) * 2 + 60) // 120
    assert all(abs(line * 60 - numerator) < 60 for line, numerator in zip(lines, numerators, strict=True))
    assert apportion([], 60) == []
    assert apportion([30, 30], 60) == [1, 0]  # 0,5 + 0,5 = 1: the first line takes the spare unit
