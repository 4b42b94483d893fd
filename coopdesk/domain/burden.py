"""The administrative burden: what the time spent on applications adds up to, set against what it got.

Plain values only: the filter of a report, the periods a user picks from, the aggregated rows the
storage computes in SQL, and the arithmetic on them (hours, valuation, euros per hour) in exact
integers or Decimals. French wording lives in coopdesk.reports.burden_report and in the window.

Which funder a time entry counts for: its application's funder; without an application (watching a
call, meeting a funder before any application), the funder it is attached to, else its call's funder.
Such entries are shown as "sans dossier" under that funder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from coopdesk.domain.enums import ApplicationStatus, TimeActivity
from coopdesk.domain.errors import InvalidValue, InvalidValueCode

S = ApplicationStatus

DECIDED_STATUSES: frozenset[ApplicationStatus] = frozenset(
    {
        S.GRANTED,
        S.PARTIALLY_GRANTED,
        S.PAID,
        S.REPORT_DUE,
        S.REPORT_FILED,
        S.CLOSED,
        S.REFUSED,
        S.WITHDRAWN,
    }
)
"""Applications whose outcome is known: euros per hour divide what they obtained by the hours they took
(refused and withdrawn ones obtained nothing: their hours still count)."""

NO_RETURN_STATUSES: frozenset[ApplicationStatus] = frozenset({S.REFUSED, S.WITHDRAWN})
"""Hours "sans retour": spent on applications refused or given up."""


class PeriodChoice(StrEnum):
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"


def period_for(choice: PeriodChoice, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last days of a quick choice (CUSTOM gives this year, to start from)."""
    if choice is PeriodChoice.LAST_YEAR:
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if choice is PeriodChoice.LAST_12_MONTHS:
        try:
            start = today.replace(year=today.year - 1) + dt.timedelta(days=1)
        except ValueError:  # 29 February
            start = dt.date(today.year - 1, 3, 1)
        return start, today
    return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)


def is_calendar_year(start: dt.date, end: dt.date) -> bool:
    return start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31)


@dataclass(frozen=True)
class BurdenFilter:
    """The time entries a report covers: spent between `start` and `end` (both included), and
    optionally only for one funder, one volunteer, applications of some statuses."""

    start: dt.date
    end: dt.date
    funder_id: int | None = None
    volunteer_id: int | None = None
    statuses: frozenset[ApplicationStatus] = frozenset()

    def check(self) -> None:
        """Raise InvalidValue("period", "start..end", OUT_OF_RANGE) when the period ends before it starts."""
        if self.start > self.end:
            raise InvalidValue(
                "period", f"{self.start.isoformat()}..{self.end.isoformat()}", InvalidValueCode.OUT_OF_RANGE
            )


# -- arithmetic ------------------------------------------------------------------------------------

GROUP_SEPARATOR = "\u202f"  # babel's fr_FR group separator (narrow no-break space)
_HUNDREDTH = Decimal("0.01")


def hours(minutes: int) -> Decimal:
    """Exact hours to the hundredth: 90 -> Decimal("1.50"), 20 -> Decimal("0.33")."""
    return (Decimal(minutes) / 60).quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def format_hours(minutes: int) -> str:
    """French hours to the tenth, without a useless ",0": "1\u202f234,5", "212", "0,8" (what babel's
    fr_FR "#,##0.#" gives, written out: a report formats thousands of them)."""
    tenths = (abs(minutes) * 10 + 30) // 60  # half a tenth rounds up
    whole, tenth = divmod(tenths, 10)
    text = f"{whole:,}".replace(",", GROUP_SEPARATOR)
    if tenth:
        text += f",{tenth}"
    return f"-{text}" if minutes < 0 and tenths else text


NO_BREAK_SPACE = "\u00a0"


def format_hours_minutes(minutes: int) -> str:
    """How a duration or a total of hours is written for a reader, in the window and in the PDF's text:
    "226 h 15", "27 h" (no minutes), "0 h" (nothing), "0 h 45", "1 234 h 05" (no-break spaces, the
    thousands grouped with a narrow one). Exact to the minute, so that parts shown side by side add up
    to their total. Tables of figures (PDF tables, CSV, XLSX) use decimal hours instead."""
    whole, rest = divmod(abs(minutes), 60)
    text = f"{whole:,}".replace(",", GROUP_SEPARATOR) + f"{NO_BREAK_SPACE}h"
    if rest:
        text += f"{NO_BREAK_SPACE}{rest:02d}"
    return f"-{text}" if minutes < 0 else text


def format_tenths(tenths: int) -> str:
    """Decimal hours given in tenths, as the tables of the PDF show them: 2648 -> "264,8", 270 -> "27,0",
    12345 -> "1 234,5" (always one decimal, so that the column reads as figures)."""
    whole, tenth = divmod(abs(tenths), 10)
    text = f"{whole:,}".replace(",", GROUP_SEPARATOR) + f",{tenth}"
    return f"-{text}" if tenths < 0 else text


def format_cents(cents: int) -> str:
    """ "1\u202f234,56\u00a0€": money.format_money's French output, written out for speed."""
    euros, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}{euros:,}".replace(",", GROUP_SEPARATOR) + f",{rest:02d}\u00a0€"


def valuation_cents(minutes: int, hourly_cents: int) -> int:
    """What `minutes` of volunteer time are worth at `hourly_cents` an hour, rounded half up to the cent."""
    return int((Decimal(minutes) * hourly_cents / 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def apportion(numerators: Sequence[int], divisor: int) -> list[int]:
    """Each numerator / divisor rounded so that the results add up to the total rounded half up
    (largest remainders get the spare units): the lines of a table then sum to its total."""
    floors = [numerator // divisor for numerator in numerators]
    remainders = [numerator % divisor for numerator in numerators]
    total = sum(numerators)
    spare = (total * 2 + divisor) // (2 * divisor) - sum(floors)
    by_remainder = sorted(range(len(numerators)), key=lambda index: (-remainders[index], index))
    for index in by_remainder[:spare]:
        floors[index] += 1
    return floors


def cents_per_hour(cents: int, minutes: int) -> int | None:
    """Euros obtained per hour, in cents (None without hours)."""
    if minutes <= 0:
        return None
    return int((Decimal(cents) * 60 / minutes).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# -- rows computed in SQL --------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationHours:
    """Hours on one application, or ("sans dossier": application_id None) on one funder without one."""

    application_id: int | None
    title: str
    funder_id: int | None
    funder_name: str
    status: ApplicationStatus | None
    minutes: int
    entries: int
    granted_cents: int | None  # only for a decided application that obtained something


@dataclass(frozen=True)
class FunderHours:
    funder_id: int | None  # None: neither application nor entry names a funder
    funder_name: str
    minutes: int
    applications: int
    minutes_without_application: int
    minutes_decided: int  # on applications whose outcome is known
    granted_cents: int  # obtained by those decided applications
    minutes_no_return: int  # on refused or withdrawn applications

    @property
    def cents_per_hour(self) -> int | None:
        return cents_per_hour(self.granted_cents, self.minutes_decided)


@dataclass(frozen=True)
class StatusHours:
    status: ApplicationStatus | None  # None: time without an application
    minutes: int
    applications: int
    granted_cents: int


def decided_figures(rows: Sequence[StatusHours]) -> tuple[int, int]:
    """(cents granted, minutes spent) of the applications whose outcome is known, from the per-status
    rows: what "euros obtenus par heure" divides, on the Rapports page, in the PDF and on the dashboard."""
    decided = [row for row in rows if row.status in DECIDED_STATUSES]
    return sum(row.granted_cents for row in decided), sum(row.minutes for row in decided)


@dataclass(frozen=True)
class ActivityHours:
    activity: TimeActivity
    minutes: int
    entries: int


@dataclass(frozen=True)
class VolunteerHours:
    volunteer_id: int | None  # None: nobody named
    name: str
    minutes: int
    entries: int


@dataclass(frozen=True)
class BurdenReport:
    """Every figure of one report. Totals come from the per-status rows, which partition the entries."""

    filter: BurdenFilter
    hourly_valuation_cents: int
    hourly_valuation_is_default: bool
    association_name: str
    funder_name: str  # of filter.funder_id, "" without that filter
    volunteer_name: str
    generated_on: dt.date
    entries: int
    by_application: tuple[ApplicationHours, ...] = ()
    by_funder: tuple[FunderHours, ...] = ()
    by_status: tuple[StatusHours, ...] = ()
    by_activity: tuple[ActivityHours, ...] = ()
    by_volunteer: tuple[VolunteerHours, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return self.entries == 0

    @property
    def minutes(self) -> int:
        return sum(row.minutes for row in self.by_status)

    @property
    def applications(self) -> int:
        return sum(row.applications for row in self.by_status)

    def _of(self, statuses: frozenset[ApplicationStatus]) -> list[StatusHours]:
        return [row for row in self.by_status if row.status in statuses]

    @property
    def refused_applications(self) -> int:
        return sum(row.applications for row in self._of(frozenset({S.REFUSED})))

    @property
    def withdrawn_applications(self) -> int:
        return sum(row.applications for row in self._of(frozenset({S.WITHDRAWN})))

    @property
    def minutes_no_return(self) -> int:
        return sum(row.minutes for row in self._of(NO_RETURN_STATUSES))

    @property
    def minutes_decided(self) -> int:
        return decided_figures(self.by_status)[1]

    @property
    def minutes_without_application(self) -> int:
        return sum(row.minutes for row in self.by_status if row.status is None)

    @property
    def granted_cents(self) -> int:
        return decided_figures(self.by_status)[0]

    @property
    def cents_per_hour(self) -> int | None:
        return cents_per_hour(self.granted_cents, self.minutes_decided)

    @property
    def valuation_cents(self) -> int:
        """What the time spent on applications is worth: part of the volunteering the association puts
        in CERFA 864 (personnel bénévole) = 870 (bénévolat), never the whole of those lines."""
        return valuation_cents(self.minutes, self.hourly_valuation_cents)

    def valuation_of(self, minutes: int) -> int:
        return valuation_cents(minutes, self.hourly_valuation_cents)

    def valuations_of(self, minutes: Sequence[int]) -> list[int]:
        """The valuation of each line of a table, adding up to the valuation of their total (rounding
        each line on its own could leave the column a cent or two away from its total)."""
        return apportion([line * self.hourly_valuation_cents for line in minutes], 60)
