"""Calls for projects: checking what the editor sends, the countdown, and the next yearly deadline."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.calls import CallInput, days_left, next_occurrence, validate_call
from coopdesk.domain.enums import Recurrence
from coopdesk.domain.errors import FieldErrors, InvalidValueCode
from coopdesk.domain.money import MAX_CENTS

TODAY = date(2026, 11, 28)


def test_a_valid_call_is_trimmed_and_its_address_completed() -> None:
    clean = validate_call(
        CallInput(
            title="  Appel à projets   Aide alimentaire 2027 ",
            reference=" DDETS-2027-01 ",
            url="ddets.exemple.fr/aap",
            opens_on=date(2026, 10, 1),
            predeposit_on=date(2026, 11, 15),
            deadline=date(2026, 12, 18),
            amount_min_cents=300_000,
            amount_max_cents=3_000_000,
            rate_min_percent=0,
            rate_max_percent=80,
            description="  Soutien au fonctionnement.\n",
        )
    )
    assert clean.title == "Appel à projets Aide alimentaire 2027"
    assert clean.reference == "DDETS-2027-01"
    assert clean.url == "https://ddets.exemple.fr/aap"
    assert clean.description == "Soutien au fonctionnement."


def test_every_bad_field_is_named_at_once() -> None:
    with pytest.raises(FieldErrors) as raised:
        validate_call(
            CallInput(
                title="   ",
                reference="x" * 101,
                url="pas une adresse",
                amount_min_cents=-1,
                rate_max_percent=101,
            )
        )
    errors = raised.value.errors
    assert set(errors) == {"title", "reference", "url", "amount_min_cents", "rate_max_percent"}
    assert errors["title"].code == InvalidValueCode.REQUIRED
    assert errors["reference"].code == InvalidValueCode.TOO_LONG
    assert errors["url"].code == InvalidValueCode.BAD_FORMAT
    assert errors["amount_min_cents"].code == InvalidValueCode.NEGATIVE
    assert errors["rate_max_percent"].code == InvalidValueCode.OUT_OF_RANGE


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"amount_min_cents": 500_000, "amount_max_cents": 100_000}, "amount_max_cents"),
        ({"amount_max_cents": MAX_CENTS + 1}, "amount_max_cents"),
        ({"rate_min_percent": 60, "rate_max_percent": 50}, "rate_max_percent"),
        ({"rate_min_percent": -5}, "rate_min_percent"),
        ({"opens_on": date(2027, 1, 10), "deadline": date(2027, 1, 5)}, "deadline"),
        ({"opens_on": date(2027, 1, 10), "predeposit_on": date(2027, 1, 5)}, "predeposit_on"),
        ({"predeposit_on": date(2027, 1, 10), "deadline": date(2027, 1, 9)}, "deadline"),
    ],
)
def test_ranges_and_dates_must_be_in_order(changes: dict[str, object], field: str) -> None:
    with pytest.raises(FieldErrors) as raised:
        validate_call(CallInput(title="Appel", **changes))  # type: ignore[arg-type]
    assert list(raised.value.errors) == [field]


def test_equal_bounds_and_a_single_day_call_are_accepted() -> None:
    day = date(2027, 1, 10)
    clean = validate_call(
        CallInput(
            title="Appel",
            amount_min_cents=100,
            amount_max_cents=100,
            rate_min_percent=50,
            rate_max_percent=50,
            opens_on=day,
            predeposit_on=day,
            deadline=day,
        )
    )
    assert (clean.amount_min_cents, clean.rate_max_percent, clean.deadline) == (100, 50, day)


def test_days_left() -> None:
    assert days_left(date(2026, 12, 18), TODAY) == 20
    assert days_left(TODAY, TODAY) == 0
    assert days_left(date(2026, 11, 22), TODAY) == -6
    assert days_left(None, TODAY) is None


@pytest.mark.parametrize(
    ("deadline", "recurrence", "expected"),
    [
        (date(2026, 12, 18), Recurrence.RECURRING, date(2026, 12, 18)),  # still to come this year
        (TODAY, Recurrence.RECURRING, TODAY),  # today counts
        (date(2026, 11, 22), Recurrence.RECURRING, date(2027, 11, 22)),  # passed: next year
        (date(2020, 3, 31), Recurrence.RECURRING, date(2027, 3, 31)),  # several years back
        (date(2024, 2, 29), Recurrence.RECURRING, date(2027, 2, 28)),  # no 29 February in 2027
        (date(2024, 2, 29), Recurrence.ONEOFF, None),
        (date(2026, 11, 22), Recurrence.ONEOFF, None),
        (date(2026, 11, 22), Recurrence.ONGOING, None),
        (date(2027, 1, 15), Recurrence.ONEOFF, date(2027, 1, 15)),
        (None, Recurrence.RECURRING, None),
    ],
)
def test_next_occurrence(deadline: date | None, recurrence: Recurrence, expected: date | None) -> None:
    assert next_occurrence(deadline, recurrence, TODAY) == expected


def test_a_29_february_deadline_comes_back_on_29_february_in_leap_years() -> None:
    assert next_occurrence(date(2024, 2, 29), Recurrence.RECURRING, date(2027, 3, 1)) == date(2028, 2, 29)


@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)),
)
def test_a_recurring_deadline_comes_back_within_a_year_on_the_same_day(deadline: date, today: date) -> None:
    found = next_occurrence(deadline, Recurrence.RECURRING, today)
    assert found is not None
    assert today <= found
    if deadline >= today:
        assert found == deadline
    else:
        assert (found - today).days < 366
        assert found.month == deadline.month
        assert found.day == deadline.day or (deadline.day, found.day) == (29, 28)
