"""Life cycle of an application: which status may follow which, and what each status needs recorded."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

from coopdesk.domain.dates import fiscal_year_containing
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.errors import ForbiddenTransition, InvalidValue, InvalidValueCode

ALLOWED_TRANSITIONS: Mapping[S, frozenset[S]] = MappingProxyType(
    {
        S.IDEA: frozenset({S.DRAFTING, S.WITHDRAWN}),
        # Back to idea when the drafting is postponed to a later session of the call.
        S.DRAFTING: frozenset({S.SUBMITTED, S.WITHDRAWN, S.IDEA}),
        # Funders often decide without ever sending an "under review" notice.
        S.SUBMITTED: frozenset({S.UNDER_REVIEW, S.GRANTED, S.PARTIALLY_GRANTED, S.REFUSED, S.WITHDRAWN}),
        S.UNDER_REVIEW: frozenset({S.GRANTED, S.PARTIALLY_GRANTED, S.REFUSED, S.WITHDRAWN}),
        # The report can fall due before the money arrives.
        S.GRANTED: frozenset({S.PAID, S.REPORT_DUE}),
        S.PARTIALLY_GRANTED: frozenset({S.PAID, S.REPORT_DUE}),
        S.PAID: frozenset({S.REPORT_DUE}),
        S.REPORT_DUE: frozenset({S.REPORT_FILED}),
        S.REPORT_FILED: frozenset({S.CLOSED}),
        # A refusal is never reopened (a new application is made instead); it can only be archived.
        S.REFUSED: frozenset({S.CLOSED}),
        S.WITHDRAWN: frozenset({S.CLOSED}),
        S.CLOSED: frozenset(),
    }
)
"""Status -> statuses it may move to. Staying on the same status is not a transition."""


class StatusRequirement(StrEnum):
    """A piece of data that must be recorded when an application enters a status."""

    SUBMITTED_ON = "submitted_on"
    DECISION_ON = "decision_on"
    AMOUNT_GRANTED = "amount_granted"
    REFUSAL_REASON = "refusal_reason"  # "none given" is a valid reason: it is data too
    REPORT_FILED_ON = "report_filed_on"


_REQUIREMENTS: Mapping[S, frozenset[StatusRequirement]] = MappingProxyType(
    {
        S.SUBMITTED: frozenset({StatusRequirement.SUBMITTED_ON}),
        S.GRANTED: frozenset({StatusRequirement.DECISION_ON, StatusRequirement.AMOUNT_GRANTED}),
        S.PARTIALLY_GRANTED: frozenset({StatusRequirement.DECISION_ON, StatusRequirement.AMOUNT_GRANTED}),
        S.REFUSED: frozenset({StatusRequirement.DECISION_ON, StatusRequirement.REFUSAL_REASON}),
        S.REPORT_FILED: frozenset({StatusRequirement.REPORT_FILED_ON}),
    }
)

_OPEN = frozenset({S.IDEA, S.DRAFTING, S.SUBMITTED, S.UNDER_REVIEW})
_GRANTED = frozenset({S.GRANTED, S.PARTIALLY_GRANTED, S.PAID, S.REPORT_DUE, S.REPORT_FILED})
_DECIDED = _GRANTED | {S.REFUSED}

REPORT_DELAY_MONTHS = 6
"""The compte rendu financier is due within 6 months after the end of the funded fiscal year."""


def can_transition(current: S, target: S) -> bool:
    """Whether an application may move from `current` to `target`."""
    return target in ALLOWED_TRANSITIONS[current]


def check_transition(current: S, target: S) -> None:
    """Raise ForbiddenTransition(current, target) unless the move is allowed."""
    if not can_transition(current, target):
        raise ForbiddenTransition(current.value, target.value)


def requirements(target: S) -> frozenset[StatusRequirement]:
    """What must be recorded on an application entering `target` (empty for most statuses)."""
    return _REQUIREMENTS.get(target, frozenset())


def is_open(status: S) -> bool:
    """Still waiting on the association or the funder: idea, drafting, submitted, under review."""
    return status in _OPEN


def is_decided(status: S) -> bool:
    """The funder has answered (granted, partially granted, refused, or a later stage of a grant).

    CLOSED gives False: a closed application may come from a grant, a refusal or a withdrawal, and the
    status alone does not say which; look at the recorded decision instead.
    """
    return status in _DECIDED


def is_granted(status: S) -> bool:
    """Money was granted: granted, partially granted, paid, report due, report filed.

    CLOSED gives False: it can follow a refusal or a withdrawal too, so the status alone does not say
    whether money was granted; look at the amount granted instead.
    """
    return status in _GRANTED


def report_due_date(
    funded_period_end: date, *, fiscal_year_end_month: int = 12, fiscal_year_end_day: int = 31
) -> date:
    """Last day to file the compte rendu: 6 months after the fiscal year holding the period's end.

    The six months start the day after the fiscal year ends, so 31/12/2026 gives 30/06/2027 and
    30/06/2027 gives 31/12/2027.
    """
    _, year_end = fiscal_year_containing(funded_period_end, fiscal_year_end_month, fiscal_year_end_day)
    due: date = year_end + timedelta(days=1) + relativedelta(months=REPORT_DELAY_MONTHS) - timedelta(days=1)
    return due


def year_report_due_date(
    year: int,
    funded_period_end: date | None,
    *,
    fiscal_year_end_month: int = 12,
    fiscal_year_end_day: int = 31,
) -> date:
    """Last day to file the compte rendu of one year of a multi-year grant (a CPO): six months after the
    end of the fiscal year holding that year's last funded day (31 December, or the funded period's end
    when it ends within that year). A CPO 2027-2029 on calendar years: 30/06/2028, 30/06/2029, 30/06/2030."""
    last = date(year, 12, 31)
    if funded_period_end is not None and funded_period_end.year == year:
        last = funded_period_end
    return report_due_date(
        last, fiscal_year_end_month=fiscal_year_end_month, fiscal_year_end_day=fiscal_year_end_day
    )


def check_decision_dates(submitted_on: date | None, decision_on: date | None) -> None:
    """Raise InvalidValue("decision_on", iso date, OUT_OF_RANGE) if the decision precedes the submission."""
    if submitted_on is not None and decision_on is not None and decision_on < submitted_on:
        raise InvalidValue("decision_on", decision_on.isoformat(), InvalidValueCode.OUT_OF_RANGE)
