"""Applications from idea to final report, the projects they fund, their payments: rows and rules.

Decisions written down here because the list, the budget and the dashboard rely on them:

- The year of an application (list column and filter) is the year it was submitted, or the year of
  its deadline while it has not been submitted.
- A refusal without a reason given by the funder stores "" ("aucun motif communiqué"): that is data
  too, counted by the dashboard. `TransitionInput.refusal_reason` None means "not given" and becomes "".
- Validation never touches the database: a rule refused here means nothing was written.
- A project's covered amount is what its applications were granted (amount granted of granted,
  partially granted, paid, report due, report filed and closed ones); its uncovered share is the part of
  the planned charges (operating charges and investment expenses)
  not covered, in whole percents, None without planned charges.
- A required piece (the checklist) is missing without a document; with one it is expired when its
  validity ended before today, expires soon when it ends within EXPIRES_SOON_DAYS of today or before
  the application's deadline, provided otherwise (no end of validity, or valid long enough).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain import workflow
from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import (
    ApplicationStatus,
    DocumentType,
    FundingType,
    RequestObject,
    SubmissionPlatform,
)
from coopdesk.domain.errors import (
    CoopDeskError,
    FieldErrors,
    InvalidValue,
    InvalidValueCode,
    YearsDoNotAddUp,
)
from coopdesk.domain.money import MAX_CENTS
from coopdesk.domain.workflow import StatusRequirement

S = ApplicationStatus
MAX_TITLE = 300
MAX_PAYMENT_REFERENCE = 200
MAX_PIECE_LABEL = 300
EXPIRES_SOON_DAYS = 60
NO_REASON_GIVEN = ""
"""Stored as the refusal reason when the funder gave none ("aucun motif communiqué")."""

WAITING_STATUSES = frozenset({S.SUBMITTED, S.UNDER_REVIEW})
"""Statuses of an application waiting for the funder's decision."""


# -- rows ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationInput:
    """What the application editor sends. `year_amounts`: (year, cents) of a multi-year grant."""

    title: str
    project_id: int | None = None
    funder_id: int | None = None
    call_id: int | None = None
    owner_id: int | None = None
    funding_type: FundingType = FundingType.OPERATING
    multi_year: bool = False
    year_amounts: tuple[tuple[int, int], ...] = ()
    amount_requested_cents: int = 0
    request_object: RequestObject = RequestObject.PROJECT
    # the day each year's compte rendu was filed, for the years of a multi-year grant (year, day)
    year_reports_filed: tuple[tuple[int, dt.date], ...] = ()
    in_kind: bool = False
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    letter_of_intent_on: dt.date | None = None
    deadline: dt.date | None = None
    platform: SubmissionPlatform | None = None
    notes: str = ""


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    title: str
    status: ApplicationStatus
    project_id: int | None
    funder_id: int | None
    call_id: int | None
    owner_id: int | None
    previous_id: int | None
    funding_type: FundingType
    multi_year: bool
    year_amounts: tuple[tuple[int, int], ...]
    amount_requested_cents: int
    amount_granted_cents: int | None
    period_start: dt.date | None
    period_end: dt.date | None
    letter_of_intent_on: dt.date | None
    deadline: dt.date | None
    submitted_on: dt.date | None
    decision_on: dt.date | None
    report_due_on: dt.date | None
    report_filed_on: dt.date | None
    refusal_reason: str | None  # None: not refused; "": refused, no reason given
    platform: SubmissionPlatform | None
    notes: str
    version: int
    request_object: RequestObject = RequestObject.PROJECT
    in_kind: bool = False
    funder_name: str = ""
    project_title: str = ""
    call_title: str = ""
    owner_name: str = ""
    paid_cents: int = 0  # the sum of the payments received, refunds taken off
    refunded_cents: int = 0  # what was paid back to the funder (« reversements »), as a positive sum
    year_reports_filed: tuple[tuple[int, dt.date], ...] = ()
    year_reports: tuple[YearReport, ...] = ()  # of a multi-year grant: one compte rendu per year

    @property
    def remaining_cents(self) -> int | None:
        """What is still to be received on a grant; None when nothing was granted."""
        if self.amount_granted_cents is None:
            return None
        # a refund gives money back: it never makes the funder owe more
        return self.amount_granted_cents - (self.paid_cents + self.refunded_cents)

    def to_input(self) -> ApplicationInput:
        """The editable fields, as the editor would send them back unchanged."""
        return ApplicationInput(
            title=self.title,
            project_id=self.project_id,
            funder_id=self.funder_id,
            call_id=self.call_id,
            owner_id=self.owner_id,
            funding_type=self.funding_type,
            multi_year=self.multi_year,
            year_amounts=self.year_amounts,
            amount_requested_cents=self.amount_requested_cents,
            period_start=self.period_start,
            period_end=self.period_end,
            letter_of_intent_on=self.letter_of_intent_on,
            deadline=self.deadline,
            platform=self.platform,
            notes=self.notes,
            request_object=self.request_object,
            in_kind=self.in_kind,
            year_reports_filed=self.year_reports_filed,
        )


@dataclass(frozen=True)
class YearReport:
    """The compte rendu of one year of a multi-year grant: its amount, its due day, when it was filed."""

    year: int
    amount_cents: int
    due_on: dt.date
    filed_on: dt.date | None = None


@dataclass(frozen=True)
class ApplicationListRow:
    """One line of the applications table."""

    id: int
    title: str
    status: ApplicationStatus
    funder_name: str
    project_title: str
    owner_name: str
    funding_type: FundingType
    year: int | None  # of the submission, else of the deadline
    amount_requested_cents: int
    amount_granted_cents: int | None
    paid_cents: int
    deadline: dt.date | None
    submitted_on: dt.date | None
    decision_on: dt.date | None
    report_due_on: dt.date | None
    version: int


@dataclass(frozen=True)
class ApplicationFilter:
    """Which applications the table shows. Empty `statuses`: every status. `text`: every word typed
    must appear in the title, the project's title, the notes or the funder's name."""

    statuses: frozenset[ApplicationStatus] = frozenset()
    funder_id: int | None = None
    project_id: int | None = None
    year: int | None = None
    owner_id: int | None = None
    funding_type: FundingType | None = None
    text: str = ""
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class ApplicationTotals:
    """Totals of every application of a filter (whatever its limit and offset)."""

    count: int
    requested_cents: int
    granted_cents: int
    paid_cents: int


@dataclass(frozen=True)
class PaymentInput:
    received_on: dt.date
    amount_cents: int
    reference: str = ""


@dataclass(frozen=True)
class PaymentRow:
    id: int
    application_id: int
    received_on: dt.date
    amount_cents: int
    reference: str
    version: int


@dataclass(frozen=True)
class StatusChangeRow:
    from_status: ApplicationStatus | None  # None: the creation
    to_status: ApplicationStatus
    changed_at: dt.datetime  # aware, UTC
    changed_by: str
    note: str


@dataclass(frozen=True)
class TransitionInput:
    """A move to `target` with what it records. Dates and amounts left None keep the recorded ones."""

    target: ApplicationStatus
    submitted_on: dt.date | None = None
    decision_on: dt.date | None = None
    amount_granted_cents: int | None = None
    refusal_reason: str | None = None  # None: none given, stored as NO_REASON_GIVEN
    report_filed_on: dt.date | None = None
    note: str = ""
    changed_by: str = ""


@dataclass(frozen=True)
class ProjectInput:
    title: str
    starts_on: dt.date | None = None
    ends_on: dt.date | None = None
    description: str = ""
    owner_id: int | None = None


@dataclass(frozen=True)
class ProjectRow:
    id: int
    title: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    description: str
    owner_id: int | None
    owner_name: str
    version: int


@dataclass(frozen=True)
class ProjectFunderLine:
    """What a project asked of one funder (its "74" budget line), and what came of it."""

    funder_id: int | None  # None: applications with no funder recorded
    funder_name: str
    requested_cents: int
    granted_cents: int
    paid_cents: int
    statuses: tuple[ApplicationStatus, ...]  # distinct, in life-cycle order


@dataclass(frozen=True)
class ProjectSummary:
    project: ProjectRow
    applications: tuple[ApplicationListRow, ...]
    funders: tuple[ProjectFunderLine, ...]  # by funder name
    planned_charges_cents: int  # the project's planned charges budget lines and its investment expenses
    covered_cents: int  # granted

    @property
    def uncovered_percent(self) -> int | None:
        """The share of the planned charges no grant covers, in whole percents (0 when covered)."""
        return uncovered_percent(self.planned_charges_cents, self.covered_cents)


class PieceState(StrEnum):
    """Where a required piece stands (see the module's decisions)."""

    PROVIDED = "provided"
    EXPIRES_SOON = "expires_soon"
    EXPIRED = "expired"
    MISSING = "missing"


@dataclass(frozen=True)
class RequiredPieceRow:
    """One line of an application's checklist, with the document chosen for it (if any)."""

    id: int
    document_type: DocumentType
    label: str
    document_id: int | None
    document_title: str
    valid_until: dt.date | None
    state: PieceState
    version: int


@dataclass(frozen=True)
class DocumentChoice:
    """A document of the permanent file that a piece of the checklist can point to."""

    id: int
    title: str
    document_type: DocumentType
    valid_until: dt.date | None


# -- errors --------------------------------------------------------------------------------------------


@dataclass(unsafe_hash=True)
class PaymentAboveGrant(CoopDeskError):
    """The payments would add up to more than the amount granted: saved only once confirmed."""

    application_id: int
    granted: int  # cents (0 when nothing was granted)
    total_after: int  # cents

    def __str__(self) -> str:
        return f"application {self.application_id}: payments {self.total_after} above grant {self.granted}"


# -- rules ---------------------------------------------------------------------------------------------


def uncovered_percent(planned_cents: int, covered_cents: int) -> int | None:
    if planned_cents <= 0:
        return None
    uncovered = max(planned_cents - covered_cents, 0)
    return round(100 * uncovered / planned_cents)


def piece_state(
    document_id: int | None, valid_until: dt.date | None, deadline: dt.date | None, today: dt.date
) -> PieceState:
    """Missing without a document; expired when its validity ended before `today`; expires soon when
    it ends within EXPIRES_SOON_DAYS of `today` or before the deadline; provided otherwise."""
    if document_id is None:
        return PieceState.MISSING
    if valid_until is None:
        return PieceState.PROVIDED
    if valid_until < today:
        return PieceState.EXPIRED
    if valid_until <= today + dt.timedelta(days=EXPIRES_SOON_DAYS):
        return PieceState.EXPIRES_SOON
    if deadline is not None and valid_until < deadline:
        return PieceState.EXPIRES_SOON
    return PieceState.PROVIDED


def validate_piece_label(label: str) -> str:
    """The label trimmed (it may be empty: the type names the piece), 300 characters at most."""
    clean = _clean(label)
    if len(clean) > MAX_PIECE_LABEL:
        raise FieldErrors({"label": InvalidValue("label", label, InvalidValueCode.TOO_LONG)})
    return clean


def application_year(submitted_on: dt.date | None, deadline: dt.date | None) -> int | None:
    day = submitted_on or deadline
    return day.year if day is not None else None


def _clean(text: str) -> str:
    return " ".join(text.split())


def _bad(errors: dict[str, InvalidValue], name: str, value: object, code: InvalidValueCode) -> None:
    if name not in errors:
        shown = format_date(value) if isinstance(value, dt.date) else str(value)
        errors[name] = InvalidValue(name, shown, code)


def _check_amount(errors: dict[str, InvalidValue], name: str, value: int | None) -> None:
    if value is None:
        return
    if value < 0:
        _bad(errors, name, value, InvalidValueCode.NEGATIVE)
    elif value > MAX_CENTS:
        _bad(errors, name, value, InvalidValueCode.TOO_LARGE)


def _check_title(errors: dict[str, InvalidValue], raw: str) -> str:
    title = _clean(raw)
    if not title:
        _bad(errors, "title", raw, InvalidValueCode.REQUIRED)
    elif len(title) > MAX_TITLE:
        _bad(errors, "title", raw, InvalidValueCode.TOO_LONG)
    return title


def _check_period(
    errors: dict[str, InvalidValue], start: dt.date | None, end_name: str, end: dt.date | None
) -> None:
    if start is not None and end is not None and end < start:
        _bad(errors, end_name, end, InvalidValueCode.OUT_OF_RANGE)


def validate_application(data: ApplicationInput) -> ApplicationInput:
    """The application with its texts trimmed and its years sorted, or FieldErrors naming each field.

    Rules: a title (300 characters at most); amounts between 0 and MAX_CENTS; the funded period's end
    not before its start; the letter of intent not after the deadline; one amount per year at most.
    """
    errors: dict[str, InvalidValue] = {}
    title = _check_title(errors, data.title)
    _check_amount(errors, "amount_requested_cents", data.amount_requested_cents)
    years = sorted(data.year_amounts)
    for year, cents in years:
        _check_amount(errors, "year_amounts", cents)
        if not 1900 <= year <= 2200:
            _bad(errors, "year_amounts", year, InvalidValueCode.OUT_OF_RANGE)
    if len({year for year, _ in years}) != len(years):
        _bad(errors, "year_amounts", years, InvalidValueCode.BAD_FORMAT)
    filed = sorted(data.year_reports_filed)
    known = {year for year, _ in years}
    for year, _day in filed:
        if year not in known:  # a report filed for a year the grant does not cover
            _bad(errors, "year_amounts", year, InvalidValueCode.OUT_OF_RANGE)
    _check_period(errors, data.period_start, "period_end", data.period_end)
    _check_period(errors, data.letter_of_intent_on, "deadline", data.deadline)
    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(
        data,
        title=title,
        year_amounts=tuple(years),
        year_reports_filed=tuple(filed),
        notes=data.notes.strip(),
    )


def check_years_add_up(
    multi_year: bool, year_amounts: tuple[tuple[int, int], ...], granted_cents: int | None, kind: str
) -> None:
    """A multi-year grant's amounts per year must add up to the amount granted: FieldErrors on `kind`
    ("year_amounts" when the years are being typed, "amount_granted_cents" when the decision is) with
    both figures. Nothing to check before the decision, or without amounts per year."""
    if not multi_year or not year_amounts or granted_cents is None:
        return
    total = sum(cents for _, cents in year_amounts)
    if total != granted_cents:
        raise FieldErrors(
            {kind: YearsDoNotAddUp(kind, str(total), InvalidValueCode.DOES_NOT_ADD_UP, total, granted_cents)}
        )


def validate_project(data: ProjectInput) -> ProjectInput:
    """The project with its texts trimmed, or FieldErrors (title required, end not before start)."""
    errors: dict[str, InvalidValue] = {}
    title = _check_title(errors, data.title)
    _check_period(errors, data.starts_on, "ends_on", data.ends_on)
    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(data, title=title, description=data.description.strip())


def validate_payment(data: PaymentInput) -> PaymentInput:
    """A payment is an amount received (> 0) or a refund to the funder (< 0, « reversement »), at most
    MAX_CENTS either way, with a reference of 200 characters at most. Whether a refund exceeds what was
    received is the service's check (it needs the other payments)."""
    errors: dict[str, InvalidValue] = {}
    if data.amount_cents == 0:
        _bad(errors, "amount_cents", data.amount_cents, InvalidValueCode.REQUIRED)
    elif abs(data.amount_cents) > MAX_CENTS:
        _bad(errors, "amount_cents", data.amount_cents, InvalidValueCode.TOO_LARGE)
    reference = _clean(data.reference)
    if len(reference) > MAX_PAYMENT_REFERENCE:
        _bad(errors, "reference", data.reference, InvalidValueCode.TOO_LONG)
    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(data, reference=reference)


def validate_report_due(period_end: dt.date | None, report_due_on: dt.date | None) -> None:
    """A report cannot fall due before the funded period ends: FieldErrors on "report_due_on"."""
    if period_end is not None and report_due_on is not None and report_due_on < period_end:
        raise FieldErrors(
            {
                "report_due_on": InvalidValue(
                    "report_due_on", format_date(report_due_on), InvalidValueCode.OUT_OF_RANGE
                )
            }
        )


def validate_transition(current: ApplicationRow, data: TransitionInput) -> TransitionInput:
    """The transition with every recorded value settled (given, else already recorded), or an error.

    Raises ForbiddenTransition when the workflow does not allow the move, FieldErrors naming the
    missing or refused field otherwise: submitted_on for submitted; decision_on (not before the
    submission) for a decision; amount_granted_cents for a grant (below the amount requested for a
    partial one); report_filed_on (not before the decision) for report filed. A granted application
    cannot be closed before its report is filed (FieldErrors on report_filed_on).
    """
    workflow.check_transition(current.status, data.target)
    needed = workflow.requirements(data.target)
    errors: dict[str, InvalidValue] = {}
    submitted_on = data.submitted_on or current.submitted_on
    decision_on = data.decision_on or current.decision_on
    granted = (
        data.amount_granted_cents if data.amount_granted_cents is not None else current.amount_granted_cents
    )
    report_filed_on = data.report_filed_on or current.report_filed_on
    refusal_reason = current.refusal_reason
    if StatusRequirement.SUBMITTED_ON in needed and submitted_on is None:
        _bad(errors, "submitted_on", "", InvalidValueCode.REQUIRED)
    if StatusRequirement.DECISION_ON in needed:
        if decision_on is None:
            _bad(errors, "decision_on", "", InvalidValueCode.REQUIRED)
        elif submitted_on is not None and decision_on < submitted_on:
            _bad(errors, "decision_on", decision_on, InvalidValueCode.OUT_OF_RANGE)
    if StatusRequirement.AMOUNT_GRANTED in needed:
        if granted is None:
            _bad(errors, "amount_granted_cents", "", InvalidValueCode.REQUIRED)
        else:
            _check_amount(errors, "amount_granted_cents", granted)
            partial = data.target == S.PARTIALLY_GRANTED
            if partial and not 0 < granted < current.amount_requested_cents:
                _bad(errors, "amount_granted_cents", granted, InvalidValueCode.OUT_OF_RANGE)
    if StatusRequirement.REFUSAL_REASON in needed:
        refusal_reason = (data.refusal_reason or "").strip() or NO_REASON_GIVEN
    if StatusRequirement.REPORT_FILED_ON in needed:
        if report_filed_on is None:
            _bad(errors, "report_filed_on", "", InvalidValueCode.REQUIRED)
        elif decision_on is not None and report_filed_on < decision_on:
            _bad(errors, "report_filed_on", report_filed_on, InvalidValueCode.OUT_OF_RANGE)
    if (
        data.target == S.CLOSED
        and current.amount_granted_cents is not None
        and current.refusal_reason is None
        and report_filed_on is None
    ):
        _bad(errors, "report_filed_on", "", InvalidValueCode.REQUIRED)
    if errors:
        raise FieldErrors(errors)
    # Only what the target status records changes; the rest stays as recorded.
    return dataclasses.replace(
        data,
        submitted_on=submitted_on if StatusRequirement.SUBMITTED_ON in needed else current.submitted_on,
        decision_on=decision_on if StatusRequirement.DECISION_ON in needed else current.decision_on,
        amount_granted_cents=(
            granted if StatusRequirement.AMOUNT_GRANTED in needed else current.amount_granted_cents
        ),
        refusal_reason=refusal_reason,
        report_filed_on=(
            report_filed_on if StatusRequirement.REPORT_FILED_ON in needed else current.report_filed_on
        ),
        note=data.note.strip(),
        changed_by=_clean(data.changed_by),
    )
