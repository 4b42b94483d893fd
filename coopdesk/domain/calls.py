"""Calls for projects (appels à projets, dispositifs): their rows, rules, countdown and recurrence."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from dateutil.rrule import YEARLY, rrule

from coopdesk.domain.contact_details import normalize_website
from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode
from coopdesk.domain.money import MAX_CENTS

MAX_TITLE = 300
MAX_REFERENCE = 100
MAX_URL = 500
CLOSING_SOON_DAYS = 30


class CallWindow(StrEnum):
    """Which calls a list shows, seen from `today`.

    OPEN: one may still apply (no deadline, or a deadline today or later), including calls announced
    but not opened yet. CLOSING_SOON: a deadline between today and today + 30 days. CLOSED: the deadline
    has passed (a recurring call then shows its next occurrence).
    """

    ALL = "all"
    OPEN = "open"
    CLOSING_SOON = "closing_soon"
    CLOSED = "closed"


@dataclass(frozen=True)
class CallFilter:
    window: CallWindow = CallWindow.OPEN
    funder_id: int | None = None
    funding_type: FundingType | None = None
    recurrence: Recurrence | None = None
    text: str = ""  # every word must appear in the title, reference, description, eligibility or funder
    include_archived: bool = False
    closing_soon_days: int = CLOSING_SOON_DAYS
    limit: int | None = None


@dataclass(frozen=True)
class CallInput:
    """What the call editor sends. Amounts are cents, rates whole percents; either, both or none."""

    title: str
    funder_id: int | None = None
    reference: str = ""
    url: str = ""
    opens_on: dt.date | None = None
    predeposit_on: dt.date | None = None
    deadline: dt.date | None = None
    amount_min_cents: int | None = None
    amount_max_cents: int | None = None
    rate_min_percent: int | None = None
    rate_max_percent: int | None = None
    funding_type: FundingType = FundingType.OPERATING
    multi_year: bool = False
    eligibility: str = ""
    description: str = ""
    recurrence: Recurrence = Recurrence.ONEOFF
    archived: bool = False


@dataclass(frozen=True)
class ImportedSource:
    """Where an imported call comes from (Aides-territoires): matched again by id, then by slug."""

    source_id: str | None
    slug: str | None
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class CallRow:
    id: int
    title: str
    funder_id: int | None
    funder_name: str
    reference: str
    url: str
    opens_on: dt.date | None
    predeposit_on: dt.date | None
    deadline: dt.date | None
    amount_min_cents: int | None
    amount_max_cents: int | None
    rate_min_percent: int | None
    rate_max_percent: int | None
    funding_type: FundingType
    multi_year: bool
    eligibility: str
    description: str
    recurrence: Recurrence
    archived: bool
    source_id: str | None
    source_slug: str | None
    version: int
    days_left: int | None  # from the `today` of the query to `deadline`; negative once closed
    next_deadline: dt.date | None  # the deadline to come: `deadline`, or its next yearly occurrence

    @property
    def imported(self) -> bool:
        return self.source_id is not None or self.source_slug is not None


# -- countdown and recurrence --------------------------------------------------------------------------


def days_left(deadline: dt.date | None, today: dt.date) -> int | None:
    """Days from today to the deadline: 0 on the day itself, negative once passed, None without one."""
    if deadline is None:
        return None
    return (deadline - today).days


def next_occurrence(deadline: dt.date | None, recurrence: Recurrence, today: dt.date) -> dt.date | None:
    """The next deadline on or after `today`.

    A one-off or ongoing call has only its own deadline (None once passed). A recurring (yearly) call
    repeats its deadline every year: the first occurrence on or after today. A 29 February deadline falls
    on the last day of February in common years (an RFC 5545 rule would skip to the next leap year).
    """
    if deadline is None:
        return None
    if deadline >= today or recurrence != Recurrence.RECURRING:
        return deadline if deadline >= today else None
    start = dt.datetime.combine(deadline, dt.time())
    if (deadline.month, deadline.day) == (2, 29):
        rule = rrule(YEARLY, dtstart=start, bymonth=2, bymonthday=-1)
    else:
        rule = rrule(YEARLY, dtstart=start)
    found = rule.after(dt.datetime.combine(today, dt.time()), inc=True)
    return found.date() if found is not None else None


# -- validation ----------------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(text.split())


def _check_amount(errors: dict[str, InvalidValue], name: str, value: int | None) -> None:
    if value is None:
        return
    if value < 0:
        errors[name] = InvalidValue(name, str(value), InvalidValueCode.NEGATIVE)
    elif value > MAX_CENTS:
        errors[name] = InvalidValue(name, str(value), InvalidValueCode.TOO_LARGE)


def _check_rate(errors: dict[str, InvalidValue], name: str, value: int | None) -> None:
    if value is None:
        return
    if value < 0:
        errors[name] = InvalidValue(name, str(value), InvalidValueCode.NEGATIVE)
    elif value > 100:
        errors[name] = InvalidValue(name, str(value), InvalidValueCode.OUT_OF_RANGE)


def _check_order(
    errors: dict[str, InvalidValue], earlier: int | None, later_name: str, later: int | None
) -> None:
    """`later` may not be below `earlier` (min/max of a range): the error goes on the later field."""
    if earlier is not None and later is not None and later < earlier and later_name not in errors:
        errors[later_name] = InvalidValue(later_name, str(later), InvalidValueCode.OUT_OF_RANGE)


def validate_call(data: CallInput) -> CallInput:
    """The call with its texts trimmed and its address completed, or FieldErrors naming each field.

    Rules: a title (300 characters at most); a reference of 100 at most; a web address that looks like
    one; amounts between 0 and MAX_CENTS with min <= max; rates between 0 and 100 % with min <= max;
    opening <= pre-deposit <= deadline for the dates given.
    """
    errors: dict[str, InvalidValue] = {}
    title, reference = _clean(data.title), _clean(data.reference)
    if not title:
        errors["title"] = InvalidValue("title", data.title, InvalidValueCode.REQUIRED)
    elif len(title) > MAX_TITLE:
        errors["title"] = InvalidValue("title", data.title, InvalidValueCode.TOO_LONG)
    if len(reference) > MAX_REFERENCE:
        errors["reference"] = InvalidValue("reference", data.reference, InvalidValueCode.TOO_LONG)
    url = data.url.strip()
    if url:
        try:
            url = normalize_website(url)
        except InvalidValue as error:
            errors["url"] = InvalidValue("url", data.url, error.code)
        else:
            if len(url) > MAX_URL:
                errors["url"] = InvalidValue("url", data.url, InvalidValueCode.TOO_LONG)

    _check_amount(errors, "amount_min_cents", data.amount_min_cents)
    _check_amount(errors, "amount_max_cents", data.amount_max_cents)
    if not errors.keys() & {"amount_min_cents", "amount_max_cents"}:
        _check_order(errors, data.amount_min_cents, "amount_max_cents", data.amount_max_cents)
    _check_rate(errors, "rate_min_percent", data.rate_min_percent)
    _check_rate(errors, "rate_max_percent", data.rate_max_percent)
    if not errors.keys() & {"rate_min_percent", "rate_max_percent"}:
        _check_order(errors, data.rate_min_percent, "rate_max_percent", data.rate_max_percent)

    dates = [
        ("opens_on", data.opens_on),
        ("predeposit_on", data.predeposit_on),
        ("deadline", data.deadline),
    ]
    for index, (name, day) in enumerate(dates):
        if day is None:
            continue
        if any(before is not None and day < before for _, before in dates[:index]):
            errors[name] = InvalidValue(name, format_date(day), InvalidValueCode.OUT_OF_RANGE)

    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(
        data,
        title=title,
        reference=reference,
        url=url,
        eligibility=data.eligibility.strip(),
        description=data.description.strip(),
    )
