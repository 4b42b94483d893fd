from __future__ import annotations

import datetime as dt

from coopdesk.domain.applications import ApplicationInput
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.reminder_service import ReminderService
from coopdesk.storage.database import Database

TODAY = dt.date(2026, 11, 30)


def _application(service: ApplicationService, title: str, deadline: dt.date) -> None:
    service.create(ApplicationInput(title=title, deadline=deadline))


def test_only_what_falls_today_or_tomorrow(database: Database) -> None:
    applications = ApplicationService(database)
    _application(applications, "Hier", TODAY - dt.timedelta(days=1))
    _application(applications, "Aujourd'hui", TODAY)
    _application(applications, "Demain", TODAY + dt.timedelta(days=1))
    _application(applications, "Après-demain", TODAY + dt.timedelta(days=2))
    rows = ReminderService(database).due_today_and_tomorrow(TODAY)
    assert [(row.title, row.due_on) for row in rows] == [
        ("Aujourd'hui", TODAY),
        ("Demain", TODAY + dt.timedelta(days=1)),
    ]


def test_nothing_due(database: Database) -> None:
    assert ReminderService(database).due_today_and_tomorrow(TODAY) == []
