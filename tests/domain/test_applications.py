"""Rules of applications, projects and payments: every refusal names its field, nothing else."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coopdesk.domain.applications import (
    NO_REASON_GIVEN,
    ApplicationInput,
    ApplicationRow,
    PaymentInput,
    ProjectInput,
    TransitionInput,
    uncovered_percent,
    validate_application,
    validate_payment,
    validate_project,
    validate_report_due,
    validate_transition,
)
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import FundingType
from coopdesk.domain.errors import FieldErrors, ForbiddenTransition, InvalidValueCode

D = dt.date


def row(status: S, **changes: object) -> ApplicationRow:
    base = ApplicationRow(
        id=1, title="Aide alimentaire", status=status, project_id=None, funder_id=None, call_id=None,
        owner_id=None, previous_id=None, funding_type=FundingType.OPERATING, multi_year=False,
        year_amounts=(), amount_requested_cents=1_000_000, amount_granted_cents=None,
        period_start=D(2026, 1, 1), period_end=D(2026, 12, 31), letter_of_intent_on=None, deadline=None,
        submitted_on=None, decision_on=None, report_due_on=None, report_filed_on=None,
        refusal_reason=None, platform=None, notes="", version=1,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def fields(error: pytest.ExceptionInfo[FieldErrors]) -> dict[str, InvalidValueCode]:
    return {name: value.code for name, value in error.value.errors.items()}


def test_application_is_trimmed_and_years_sorted() -> None:
    clean = validate_application(
        ApplicationInput(title="  Épicerie   2027 ", year_amounts=((2028, 5), (2027, 4)), notes=" x ")
    )
    assert (clean.title, clean.year_amounts, clean.notes) == ("Épicerie 2027", ((2027, 4), (2028, 5)), "x")


def test_bad_application_names_each_field() -> None:
    with pytest.raises(FieldErrors) as error:
        validate_application(
            ApplicationInput(
                title=" ",
                amount_requested_cents=-1,
                year_amounts=((2027, -5),),
                period_start=D(2027, 1, 1),
                period_end=D(2026, 12, 31),
                letter_of_intent_on=D(2026, 3, 1),
                deadline=D(2026, 2, 1),
            )
        )
    assert fields(error) == {
        "title": InvalidValueCode.REQUIRED,
        "amount_requested_cents": InvalidValueCode.NEGATIVE,
        "year_amounts": InvalidValueCode.NEGATIVE,
        "period_end": InvalidValueCode.OUT_OF_RANGE,
        "deadline": InvalidValueCode.OUT_OF_RANGE,
    }


def test_project_and_payment_rules() -> None:
    with pytest.raises(FieldErrors) as error:
        validate_project(ProjectInput(title="", starts_on=D(2026, 2, 1), ends_on=D(2026, 1, 1)))
    assert fields(error) == {"title": InvalidValueCode.REQUIRED, "ends_on": InvalidValueCode.OUT_OF_RANGE}
    # a negative payment is a refund to the funder (« reversement »); too large either way is refused
    assert validate_payment(PaymentInput(D(2026, 5, 1), -100)).amount_cents == -100
    with pytest.raises(FieldErrors) as payment_error:
        validate_payment(PaymentInput(D(2026, 5, 1), -(10**14)))
    assert fields(payment_error) == {"amount_cents": InvalidValueCode.TOO_LARGE}
    with pytest.raises(FieldErrors):
        validate_payment(PaymentInput(D(2026, 5, 1), 0))
    assert validate_payment(PaymentInput(D(2026, 5, 1), 100, " VIR  123 ")).reference == "VIR 123"


def test_report_due_before_period_end_is_refused() -> None:
    with pytest.raises(FieldErrors) as error:
        validate_report_due(D(2026, 12, 31), D(2026, 12, 30))
    assert fields(error) == {"report_due_on": InvalidValueCode.OUT_OF_RANGE}
    validate_report_due(D(2026, 12, 31), D(2026, 12, 31))
    validate_report_due(None, D(2020, 1, 1))


def test_forbidden_transition() -> None:
    with pytest.raises(ForbiddenTransition):
        validate_transition(row(S.IDEA), TransitionInput(S.GRANTED, decision_on=D(2026, 5, 1)))


def test_submission_needs_its_date() -> None:
    with pytest.raises(FieldErrors) as error:
        validate_transition(row(S.DRAFTING), TransitionInput(S.SUBMITTED))
    assert fields(error) == {"submitted_on": InvalidValueCode.REQUIRED}
    clean = validate_transition(row(S.DRAFTING), TransitionInput(S.SUBMITTED, submitted_on=D(2026, 3, 1)))
    assert clean.submitted_on == D(2026, 3, 1)


def test_decision_before_submission_is_refused() -> None:
    submitted = row(S.SUBMITTED, submitted_on=D(2026, 3, 1))
    with pytest.raises(FieldErrors) as error:
        validate_transition(submitted, TransitionInput(S.REFUSED, decision_on=D(2026, 2, 28)))
    assert fields(error) == {"decision_on": InvalidValueCode.OUT_OF_RANGE}


def test_grants_need_an_amount_and_a_partial_one_less_than_requested() -> None:
    submitted = row(S.SUBMITTED, submitted_on=D(2026, 3, 1))
    with pytest.raises(FieldErrors) as error:
        validate_transition(submitted, TransitionInput(S.GRANTED))
    assert fields(error) == {
        "decision_on": InvalidValueCode.REQUIRED,
        "amount_granted_cents": InvalidValueCode.REQUIRED,
    }
    with pytest.raises(FieldErrors) as partial:
        validate_transition(
            submitted,
            TransitionInput(S.PARTIALLY_GRANTED, decision_on=D(2026, 5, 1), amount_granted_cents=1_000_000),
        )
    assert fields(partial) == {"amount_granted_cents": InvalidValueCode.OUT_OF_RANGE}
    with pytest.raises(FieldErrors) as negative:
        validate_transition(
            submitted, TransitionInput(S.GRANTED, decision_on=D(2026, 5, 1), amount_granted_cents=-1)
        )
    assert fields(negative) == {"amount_granted_cents": InvalidValueCode.NEGATIVE}
    clean = validate_transition(
        submitted,
        TransitionInput(S.PARTIALLY_GRANTED, decision_on=D(2026, 5, 1), amount_granted_cents=600_000),
    )
    assert (clean.amount_granted_cents, clean.decision_on) == (600_000, D(2026, 5, 1))


def test_a_refusal_without_reason_is_data() -> None:
    submitted = row(S.UNDER_REVIEW, submitted_on=D(2026, 3, 1))
    clean = validate_transition(submitted, TransitionInput(S.REFUSED, decision_on=D(2026, 5, 1)))
    assert clean.refusal_reason == NO_REASON_GIVEN == ""
    given = validate_transition(
        submitted, TransitionInput(S.REFUSED, decision_on=D(2026, 5, 1), refusal_reason=" Enveloppe épuisée ")
    )
    assert given.refusal_reason == "Enveloppe épuisée"


def test_report_filed_needs_its_date_and_closing_needs_the_report() -> None:
    granted = row(S.REPORT_DUE, amount_granted_cents=5, decision_on=D(2026, 5, 1))
    with pytest.raises(FieldErrors) as error:
        validate_transition(granted, TransitionInput(S.REPORT_FILED))
    assert fields(error) == {"report_filed_on": InvalidValueCode.REQUIRED}
    with pytest.raises(ForbiddenTransition):
        validate_transition(granted, TransitionInput(S.CLOSED))
    filed = dataclasses.replace(granted, status=S.REPORT_FILED)
    with pytest.raises(FieldErrors) as closing:  # a report filed status whose date was never recorded
        validate_transition(filed, TransitionInput(S.CLOSED))
    assert fields(closing) == {"report_filed_on": InvalidValueCode.REQUIRED}
    done = dataclasses.replace(filed, report_filed_on=D(2027, 3, 1))
    assert validate_transition(done, TransitionInput(S.CLOSED)).target == S.CLOSED
    refused = row(S.REFUSED, refusal_reason="")
    assert validate_transition(refused, TransitionInput(S.CLOSED)).refusal_reason == ""


def test_remaining_and_uncovered_share() -> None:
    assert row(S.IDEA).remaining_cents is None
    assert dataclasses.replace(row(S.PAID, amount_granted_cents=1000), paid_cents=400).remaining_cents == 600
    assert uncovered_percent(0, 0) is None
    assert uncovered_percent(10_000, 2_500) == 75
    assert uncovered_percent(10_000, 12_000) == 0
