"""`coopdesk export ics`: the deadlines as a calendar file, written whole, French messages."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import icalendar
import pytest
import vobject

from coopdesk.cli import main
from coopdesk.services.calendar_service import CalendarService
from coopdesk.services.demo_service import DemoService
from coopdesk.storage.database import Database


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(database: Database, database_url: str) -> str:
    """The URL of a database filled with the demonstration association (SQLite, then PostgreSQL)."""
    DemoService(database).fill(dt.date.today())
    return database_url


def test_export_ics_writes_every_deadline(
    tmp_path: Path, db: str, database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = CalendarService(database).export(dt.date.today()).event_count
    assert expected > 1
    target = tmp_path / "échéances.ics"
    code, out, err = run(capsys, "--db", db, "export", "ics", "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"Calendrier écrit : {target} ({expected} échéances).\n"
    data = target.read_bytes()
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == expected
    assert all(
        alarm["TRIGGER"].dt == dt.timedelta(days=-7)
        for alarm in icalendar.Calendar.from_ical(data).walk("VALARM")
    )
    assert len(vobject.readOne(data.decode("utf-8")).vevent_list) == expected
    assert [name for name in os.listdir(tmp_path) if name.endswith(".tmp")] == []

    code, _, _ = run(capsys, "--db", db, "export", "ics", "-o", str(target))  # overwritten, same UIDs
    assert code == 0
    again = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(event["UID"]) for event in again] == [str(event["UID"]) for event in events]


def test_export_ics_without_reminders(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "calendrier.ics"
    code, out, _ = run(capsys, "--db", db, "export", "ics", "-o", str(target), "--reminder-days", "0")
    assert code == 0
    assert out.startswith(f"Calendrier écrit : {target} (")
    assert b"BEGIN:VALARM" not in target.read_bytes()
    assert b"BEGIN:VEVENT" in target.read_bytes()
    code, _, _ = run(capsys, "--db", db, "export", "ics", "-o", str(target), "--reminder-days", "3")
    assert code == 0
    assert b"TRIGGER:-P3D\r\n" in target.read_bytes()


def test_export_ics_into_a_missing_folder(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nulle-part" / "calendrier.ics"
    code, out, err = run(capsys, "--db", db, "export", "ics", "-o", str(target))
    assert (code, out) == (1, "")
    assert err == (
        f"coopdesk : Le dossier {target.parent} n'existe pas : impossible d'y écrire calendrier.ics.\n"
    )
    assert not target.parent.exists()


def test_export_ics_refuses_a_negative_reminder(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "calendrier.ics"
    with pytest.raises(SystemExit) as raised:
        main(["--db", db, "export", "ics", "-o", str(target), "--reminder-days", "-2"])
    assert raised.value.code == 1
    assert "nombre de jours attendu (entier, 0 ou plus), pas « -2 »" in capsys.readouterr().err
    assert not target.exists()


def test_an_empty_database_gives_an_empty_calendar(
    tmp_path: Path, database: Database, database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "vide.ics"
    code, out, _ = run(capsys, "--db", database_url, "export", "ics", "-o", str(target))
    assert code == 0
    assert out == f"Calendrier écrit : {target} (0 échéance).\n"
    assert icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT") == []
