"""The deadlines as an iCalendar file, for the association's shared or personal calendar.

The deadlines are those of the dashboard (overdue ones included) up to a long horizon, two years by
default, so that a calendar holds every known date. Each one becomes an all-day event with a stable
UID (coopdesk.formats.ics): importing a newer export updates the events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.formats.ics import DEFAULT_REMINDER_DAYS, event_for, write_calendar
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import dashboard_repository

DEFAULT_HORIZON_DAYS = 730


@dataclass(frozen=True)
class CalendarFile:
    """The bytes of an .ics file and the number of events (deadlines) it holds."""

    data: bytes
    event_count: int


class CalendarService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def export(
        self,
        today: dt.date,
        *,
        reminder_days: int = DEFAULT_REMINDER_DAYS,
        horizon_days: int = DEFAULT_HORIZON_DAYS,
        now: dt.datetime | None = None,
    ) -> CalendarFile:
        """Every deadline up to `today` + `horizon_days`, and the overdue ones, as one .ics file.

        `reminder_days` > 0 adds an alarm that many days before each deadline; 0 adds none.
        """
        if reminder_days < 0:
            raise ValueError(f"reminder_days must be >= 0, not {reminder_days}")
        with self._database.session() as session:
            deadlines = dashboard_repository.deadlines(session, today, horizon_days)
        events = [event_for(deadline) for deadline in deadlines]
        data = write_calendar(
            events, reminder_days=reminder_days, now=now if now is not None else dt.datetime.now(dt.UTC)
        )
        return CalendarFile(data, len(events))

    def export_ics(
        self,
        today: dt.date,
        *,
        reminder_days: int = DEFAULT_REMINDER_DAYS,
        horizon_days: int = DEFAULT_HORIZON_DAYS,
        now: dt.datetime | None = None,
    ) -> bytes:
        """The bytes of `export`: what the window writes where the user chose."""
        return self.export(today, reminder_days=reminder_days, horizon_days=horizon_days, now=now).data
