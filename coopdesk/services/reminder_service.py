"""What the reminders in the system tray announce: the deadlines due today and tomorrow."""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.rows import DeadlineRow
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import dashboard_repository


class ReminderService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def due_today_and_tomorrow(self, today: dt.date) -> list[DeadlineRow]:
        """Deadlines falling today or tomorrow (not the overdue ones, which the dashboard lists), by date."""
        with self._database.session() as session:
            rows = dashboard_repository.deadlines(session, today, horizon_days=1)
        return [row for row in rows if today <= row.due_on <= today + dt.timedelta(days=1)]
