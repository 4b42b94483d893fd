"""The application life cycle: transitions, requirements, status families and report due dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.errors import ForbiddenTransition, InvalidValue, InvalidValueCode
from coopdesk.domain.workflow import (
    ALLOWED_TRANSITIONS,
    StatusRequirement,
    can_transition,
    check_decision_dates,
    check_transition,
    is_decided,
    is_granted,
    is_open,
    report_due_date,
    requirements,
)

EXPECTED_TRANSITIONS = {
    (S.IDEA, S.DRAFTING),
    (S.IDEA, S.WITHDRAWN),
    (S.DRAFTING, S.SUBMITTED),
    (S.DRAFTING, S.WITHDRAWN),
    (S.DRAFTING, S.IDEA),
    (S.SUBMITTED, S.UNDER_REVIEW),
    (S.SUBMITTED, S.GRANTED),
    (S.SUBMITTED, S.PARTIALLY_GRANTED),
    (S.SUBMITTED, S.REFUSED),
    (S.SUBMITTED, S.WITHDRAWN),
    (S.UNDER_REVIEW, S.GRANTED),
    (S.UNDER_REVIEW, S.PARTIALLY_GRANTED),
    (S.UNDER_REVIEW, S.REFUSED),
    (S.UNDER_REVIEW, S.WITHDRAWN),
    (S.GRANTED, S.PAID),
    (S.GRANTED, S.REPORT_DUE),
    (S.PARTIALLY_GRANTED, S.PAID),
    (S.PARTIALLY_GRANTED, S.REPORT_DUE),
    (S.PAID, S.REPORT_DUE),
    (S.REPORT_DUE, S.REPORT_FILED),
    (S.REPORT_FILED, S.CLOSED),
    (S.REFUSED, S.CLOSED),
    (S.WITHDRAWN, S.CLOSED),
}


def _reachable(start: S) -> set[S]:
    seen = {start}
    todo = [start]
    while todo:
        for target in ALLOWED_TRANSITIONS[todo.pop()]:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_every_status_has_an_entry() -> None:
    assert set(ALLOWED_TRANSITIONS) == set(S)


def test_transition_table_is_exactly_the_documented_one() -> None:
    actual = {(current, target) for current, targets in ALLOWED_TRANSITIONS.items() for target in targets}
    assert actual == EXPECTED_TRANSITIONS


def test_table_is_read_only() -> None:
    with pytest.raises(TypeError):
        ALLOWED_TRANSITIONS[S.CLOSED] = frozenset({S.IDEA})  # type: ignore[index]


@given(current=st.sampled_from(S), target=st.sampled_from(S))
def test_can_and_check_transition_agree(current: S, target: S) -> None:
    allowed = (current, target) in EXPECTED_TRANSITIONS
    assert can_transition(current, target) is allowed
    if allowed:
        check_transition(current, target)
    else:
        with pytest.raises(ForbiddenTransition) as error:
            check_transition(current, target)
        assert error.value == ForbiddenTransition(current.value, target.value)


@pytest.mark.parametrize("status", list(S))
def test_staying_on_a_status_is_not_a_transition(status: S) -> None:
    assert not can_transition(status, status)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.REFUSED, S.DRAFTING),
        (S.REFUSED, S.SUBMITTED),
        (S.WITHDRAWN, S.DRAFTING),
        (S.CLOSED, S.IDEA),
        (S.IDEA, S.SUBMITTED),
        (S.PAID, S.GRANTED),
        (S.GRANTED, S.CLOSED),
    ],
)
def test_notable_forbidden_transitions(current: S, target: S) -> None:
    with pytest.raises(ForbiddenTransition) as error:
        check_transition(current, target)
    assert (error.value.current, error.value.target) == (current.value, target.value)


def test_every_status_is_reachable_from_idea_and_leads_to_closed() -> None:
    assert _reachable(S.IDEA) == set(S)
    for status in S:
        assert S.CLOSED in _reachable(status)


def test_closed_is_the_only_terminal_status() -> None:
    assert [status for status, targets in ALLOWED_TRANSITIONS.items() if not targets] == [S.CLOSED]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (S.SUBMITTED, {StatusRequirement.SUBMITTED_ON}),
        (S.GRANTED, {StatusRequirement.DECISION_ON, StatusRequirement.AMOUNT_GRANTED}),
        (S.PARTIALLY_GRANTED, {StatusRequirement.DECISION_ON, StatusRequirement.AMOUNT_GRANTED}),
        (S.REFUSED, {StatusRequirement.DECISION_ON, StatusRequirement.REFUSAL_REASON}),
        (S.REPORT_FILED, {StatusRequirement.REPORT_FILED_ON}),
        (S.IDEA, set()),
        (S.DRAFTING, set()),
        (S.UNDER_REVIEW, set()),
        (S.WITHDRAWN, set()),
        (S.PAID, set()),
        (S.REPORT_DUE, set()),
        (S.CLOSED, set()),
    ],
)
def test_requirements(target: S, expected: set[StatusRequirement]) -> None:
    assert requirements(target) == expected
    assert isinstance(requirements(target), frozenset)


def test_status_families() -> None:
    assert {s for s in S if is_open(s)} == {S.IDEA, S.DRAFTING, S.SUBMITTED, S.UNDER_REVIEW}
    assert {s for s in S if is_granted(s)} == {
        S.GRANTED,
        S.PARTIALLY_GRANTED,
        S.PAID,
        S.REPORT_DUE,
        S.REPORT_FILED,
    }
    assert {s for s in S if is_decided(s)} == {s for s in S if is_granted(s)} | {S.REFUSED}


def test_closed_and_withdrawn_are_neither_open_granted_nor_decided() -> None:
    for status in (S.CLOSED, S.WITHDRAWN):
        assert not is_open(status)
        assert not is_granted(status)
        assert not is_decided(status)


@pytest.mark.parametrize("status", list(S))
def test_open_and_decided_never_overlap(status: S) -> None:
    assert not (is_open(status) and is_decided(status))


@pytest.mark.parametrize(
    ("period_end", "month", "day", "expected"),
    [
        (date(2026, 12, 31), 12, 31, date(2027, 6, 30)),
        (date(2027, 3, 31), 12, 31, date(2028, 6, 30)),
        (date(2027, 3, 31), 6, 30, date(2027, 12, 31)),
        (date(2027, 6, 30), 6, 30, date(2027, 12, 31)),
        (date(2027, 7, 1), 6, 30, date(2028, 12, 31)),
        (date(2026, 9, 30), 9, 30, date(2027, 3, 31)),
        # Fiscal year ending on 28/02 in a common year: six months from 01/03.
        (date(2027, 1, 15), 2, 29, date(2027, 8, 31)),
        (date(2027, 8, 31), 8, 31, date(2028, 2, 29)),
    ],
)
def test_report_due_date(period_end: date, month: int, day: int, expected: date) -> None:
    assert report_due_date(period_end, fiscal_year_end_month=month, fiscal_year_end_day=day) == expected


def test_report_due_date_defaults_to_the_calendar_year() -> None:
    assert report_due_date(date(2026, 5, 31)) == date(2027, 6, 30)


@given(period_end=st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 12, 31)))
def test_report_due_date_is_after_the_period_within_18_months(period_end: date) -> None:
    due = report_due_date(period_end)
    assert period_end < due
    assert (due - period_end).days <= 366 + 183
    assert (due.month, due.day) == (6, 30)


@pytest.mark.parametrize(
    ("submitted_on", "decision_on"),
    [
        (date(2026, 3, 1), date(2026, 3, 1)),
        (date(2026, 3, 1), date(2026, 6, 15)),
        (None, date(2026, 6, 15)),
        (date(2026, 3, 1), None),
        (None, None),
    ],
)
def test_decision_on_or_after_submission_is_accepted(
    submitted_on: date | None, decision_on: date | None
) -> None:
    # The assertion is that no InvalidValue is raised.
    check_decision_dates(submitted_on, decision_on)


def test_decision_before_submission_is_refused() -> None:
    with pytest.raises(InvalidValue) as error:
        check_decision_dates(date(2026, 3, 1), date(2026, 2, 28))
    assert error.value == InvalidValue("decision_on", "2026-02-28", InvalidValueCode.OUT_OF_RANGE)
