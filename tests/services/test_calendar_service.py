"""The deadlines as an .ics file: one event per deadline of the dashboard, stable UIDs, on both databases."""

from __future__ import annotations

import datetime as dt

import icalendar
import vobject

from coopdesk.formats.ics import deadline_uid
from coopdesk.services.calendar_service import CalendarService
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.services.demo_service import DemoService
from coopdesk.storage.database import Database

TODAY = dt.date(2026, 11, 28)
NOW = dt.datetime(2026, 11, 28, 8, 0, tzinfo=dt.UTC)


def uids(data: bytes) -> list[str]:
    return [str(event["UID"]) for event in icalendar.Calendar.from_ical(data).walk("VEVENT")]


def test_one_event_per_deadline_with_stable_uids(database: Database) -> None:
    DemoService(database).fill(TODAY)
    deadlines = DashboardService(database).summary(TODAY, horizon_days=730).deadlines
    assert deadlines  # the demo association has things due
    service = CalendarService(database)

    first = service.export(TODAY, now=NOW)
    assert first.event_count == len(deadlines)
    assert len(uids(first.data)) == len(deadlines)
    assert len(set(uids(first.data))) == len(deadlines)  # never two events for one deadline
    # the compte rendu of one year of a multi-year grant carries its year
    expected = {
        f"{d.entity}-{d.entity_id}-{d.kind.value}{'' if d.year is None else f'-{d.year}'}@coopdesk"
        for d in deadlines
    }
    assert expected == set(uids(first.data))
    assert any(d.year is not None for d in deadlines)  # the demo's CPO: one report per year
    overdue = [d for d in deadlines if d.due_on < TODAY]
    assert overdue
    assert all(d.due_on <= TODAY + dt.timedelta(days=730) for d in deadlines)

    again = service.export_ics(TODAY, now=NOW + dt.timedelta(hours=2))
    assert uids(again) == uids(first.data)
    assert again != first.data  # a newer DTSTAMP tells calendars to take the new version

    parsed = vobject.readOne(first.data.decode("utf-8"))
    by_uid = {event.uid.value: event.dtstart.value for event in parsed.vevent_list}
    assert by_uid == {deadline_uid(d): d.due_on for d in deadlines}


def test_reminder_days_and_an_empty_database(database: Database) -> None:
    service = CalendarService(database)
    empty = service.export(TODAY, now=NOW)
    assert empty.event_count == 0
    assert uids(empty.data) == []
    DemoService(database).fill(TODAY)
    assert b"TRIGGER:-P7D\r\n" in service.export_ics(TODAY, now=NOW)
    assert b"BEGIN:VALARM" not in service.export_ics(TODAY, reminder_days=0, now=NOW)
    shorter = service.export(TODAY, horizon_days=0, now=NOW)
    assert 0 < shorter.event_count <= service.export(TODAY, now=NOW).event_count
