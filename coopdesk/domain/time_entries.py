"""Time spent: what a volunteer gave to an application, or to a funder or a call before any application.

Rows and inputs of the Temps page, the rules of an entry, and the running timer's state (kept in the
per-PC settings so that a timer survives closing the program).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from coopdesk.domain.durations import MAX_MINUTES, MINUTES_PER_DAY
from coopdesk.domain.enums import TimeActivity
from coopdesk.domain.errors import CoopDeskError, FieldErrors, InvalidValue, InvalidValueCode

MAX_NOTE_LENGTH = 2000
FUTURE_DAYS_ALLOWED = 1
"""An entry may be dated tomorrow (time zones, a late evening); further ahead is refused: time is
recorded once spent, never planned."""


@dataclass(frozen=True)
class TimeEntryInput:
    """What the entry row, the timer and `coopdesk time add` send. One of application, funder or call."""

    volunteer_id: int | None
    spent_on: dt.date | None
    minutes: int
    activity: TimeActivity
    application_id: int | None = None
    funder_id: int | None = None
    call_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class TimeEntryRow:
    id: int
    volunteer_id: int | None
    volunteer_name: str
    spent_on: dt.date
    minutes: int
    activity: TimeActivity
    application_id: int | None
    application_title: str
    funder_id: int | None
    funder_name: str  # the application's funder, else the entry's own, else the call's
    call_id: int | None
    call_title: str
    note: str
    version: int


@dataclass(frozen=True)
class TimeFilter:
    """Empty fields select everything; `start` and `end` are inclusive."""

    start: dt.date | None = None
    end: dt.date | None = None
    volunteer_id: int | None = None
    application_id: int | None = None


@dataclass(frozen=True)
class TimeTargetChoice:
    """Something time can be spent on, for the completers: an application, a funder or a call."""

    kind: str  # "application", "funder", "call"
    id: int
    label: str


@dataclass(frozen=True)
class TimeTotals:
    count: int
    minutes: int


@dataclass(frozen=True)
class RunningTimer:
    """A timer started on an application, as kept between two starts of the program."""

    application_id: int
    volunteer_id: int | None
    started_at: dt.datetime  # aware, UTC

    def elapsed_minutes(self, now: dt.datetime) -> int:
        """Whole minutes since the start, rounded to the nearest minute (never below 0)."""
        seconds = (now - self.started_at).total_seconds()
        return max(0, int((seconds + 30) // 60))

    def to_text(self) -> str:
        volunteer = "" if self.volunteer_id is None else str(self.volunteer_id)
        return f"{self.application_id};{volunteer};{self.started_at.astimezone(dt.UTC).isoformat()}"

    @classmethod
    def from_text(cls, text: str) -> RunningTimer | None:
        """The timer kept in a setting, or None for an empty or damaged value."""
        parts = text.split(";")
        if len(parts) != 3:
            return None
        try:
            application_id = int(parts[0])
            volunteer_id = int(parts[1]) if parts[1] else None
            started_at = dt.datetime.fromisoformat(parts[2])
        except ValueError:
            return None
        if started_at.tzinfo is None:
            return None
        return cls(application_id, volunteer_id, started_at.astimezone(dt.UTC))


@dataclass(unsafe_hash=True)
class DayOverfull(CoopDeskError):
    """More than 24 hours in one day for one volunteer: saved only once the user confirms."""

    volunteer_id: int
    day: dt.date
    already_minutes: int  # what the day holds without this entry
    new_minutes: int

    @property
    def total_minutes(self) -> int:
        return self.already_minutes + self.new_minutes

    def __str__(self) -> str:
        return f"volunteer {self.volunteer_id} would have {self.total_minutes} minutes on {self.day}"


def day_is_overfull(already_minutes: int, new_minutes: int) -> bool:
    return already_minutes + new_minutes > MINUTES_PER_DAY


def validate_time_entry(data: TimeEntryInput, today: dt.date) -> TimeEntryInput:
    """The entry with its note trimmed, or FieldErrors naming the fields: volunteer_id, target
    (application, funder or call), spent_on (missing or more than a day ahead), minutes, note."""
    errors: dict[str, InvalidValue] = {}
    if data.volunteer_id is None:
        errors["volunteer_id"] = InvalidValue("volunteer", "", InvalidValueCode.REQUIRED)
    if data.application_id is None and data.funder_id is None and data.call_id is None:
        errors["target"] = InvalidValue("time_target", "", InvalidValueCode.REQUIRED)
    if data.spent_on is None:
        errors["spent_on"] = InvalidValue("date", "", InvalidValueCode.REQUIRED)
    elif data.spent_on > today + dt.timedelta(days=FUTURE_DAYS_ALLOWED):
        errors["spent_on"] = InvalidValue(
            "time_date", data.spent_on.isoformat(), InvalidValueCode.OUT_OF_RANGE
        )
    if data.minutes <= 0:
        code = InvalidValueCode.NEGATIVE if data.minutes < 0 else InvalidValueCode.OUT_OF_RANGE
        errors["minutes"] = InvalidValue("duration", str(data.minutes), code)
    elif data.minutes > MAX_MINUTES:
        errors["minutes"] = InvalidValue("duration", str(data.minutes), InvalidValueCode.TOO_LARGE)
    note = data.note.strip()
    if len(note) > MAX_NOTE_LENGTH:
        errors["note"] = InvalidValue("note", note[:40], InvalidValueCode.TOO_LONG)
    if errors:
        raise FieldErrors(errors)
    return TimeEntryInput(
        volunteer_id=data.volunteer_id,
        spent_on=data.spent_on,
        minutes=data.minutes,
        activity=TimeActivity(data.activity),
        application_id=data.application_id,
        funder_id=None if data.application_id is not None else data.funder_id,
        call_id=None if data.application_id is not None else data.call_id,
        note=note,
    )


@dataclass(frozen=True)
class DashboardTimeFigures:
    """Time on the dashboard: this month's hours, and what an hour spent on applications brought."""

    month_minutes: int
    year_application_minutes: int  # spent this year on applications
    year_granted_cents: int  # granted by this year's decisions

    @property
    def cents_per_hour(self) -> int | None:
        """Granted euros (in cents) per hour spent on applications this year; None without hours."""
        if self.year_application_minutes <= 0:
            return None
        return (
            self.year_granted_cents * 60 + self.year_application_minutes // 2
        ) // self.year_application_minutes


def default_volunteer(
    remembered_id: int | None, owner_id: int | None, active_ids: Sequence[int]
) -> int | None:
    """Who a stopped timer's time is for, before the user picks: the volunteer who last recorded time on
    this PC, else the one in charge of the application, else the association's only active volunteer;
    never an inactive or deleted one (None when nobody fits)."""
    for candidate in (remembered_id, owner_id):
        if candidate is not None and candidate in active_ids:
            return candidate
    return active_ids[0] if len(active_ids) == 1 else None
