"""iCalendar export of the deadlines, read back with two independent parsers: icalendar and vobject."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.enums import DeadlineKind
from coopdesk.domain.rows import DeadlineRow
from coopdesk.formats.ics import (
    KIND_LABELS,
    MAX_LINE_OCTETS,
    CalendarEvent,
    escape_text,
    event_for,
    fold_line,
    write_calendar,
)

NOW = dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))

TRICKY = DeadlineRow(
    kind=DeadlineKind.SUBMISSION,
    due_on=dt.date(2026, 12, 31),
    title="Épicerie solidaire; mobile, « Noël » \\ 2027 😀👍🏽 — très, très longue demande de subvention",
    funder_name="Conseil départemental de l'Hérault; pôle solidarités",
    entity="application",
    entity_id=42,
)
DEADLINES = (
    TRICKY,
    DeadlineRow(DeadlineKind.REPORT, dt.date(2027, 3, 31), "Aide alimentaire 2026", "CAF", "application", 7),
    DeadlineRow(DeadlineKind.CALL_CLOSING, dt.date(2027, 1, 15), "AAP Hiver", "DDETS", "call", 3),
    DeadlineRow(DeadlineKind.PREDEPOSIT, dt.date(2027, 1, 5), "AAP Hiver", "DDETS", "call", 3),
    DeadlineRow(DeadlineKind.LETTER_OF_INTENT, dt.date(2027, 2, 1), "Camion", "Fondation", "application", 8),
    DeadlineRow(DeadlineKind.FOLLOW_UP, dt.date(2026, 11, 20), "Rappeler Élise", "Mairie", "interaction", 5),
    DeadlineRow(DeadlineKind.DOCUMENT_EXPIRY, dt.date(2027, 1, 1), "Attestation URSSAF", "", "document", 9),
)


def export(deadlines: tuple[DeadlineRow, ...] = DEADLINES, **options: int) -> bytes:
    return write_calendar([event_for(deadline) for deadline in deadlines], now=NOW, **options)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def by_icalendar(data: bytes) -> list[tuple[str, str, dt.date]]:
    calendar = icalendar.Calendar.from_ical(data)
    return [
        (str(event["UID"]), str(event["SUMMARY"]), event["DTSTART"].dt) for event in calendar.walk("VEVENT")
    ]


def by_vobject(data: bytes) -> list[tuple[str, str, dt.date]]:
    calendar = vobject.readOne(data.decode("utf-8"))
    return [(event.uid.value, event.summary.value, event.dtstart.value) for event in calendar.vevent_list]


def test_french_summaries_for_every_kind() -> None:
    assert set(KIND_LABELS) == set(DeadlineKind)
    summaries = [event_for(deadline).summary for deadline in DEADLINES]
    assert summaries == [
        "Dépôt du dossier : Épicerie solidaire; mobile, « Noël » \\ 2027 😀👍🏽 — très, très longue "
        "demande de subvention (Conseil départemental de l'Hérault; pôle solidarités)",
        "Compte rendu financier : Aide alimentaire 2026 (CAF)",
        "Clôture de l’appel : AAP Hiver (DDETS)",
        "Pré-dépôt : AAP Hiver (DDETS)",
        "Lettre d’intention : Camion (Fondation)",
        "Relance : Rappeler Élise (Mairie)",
        "Pièce qui expire : Attestation URSSAF",
    ]
    empty = DeadlineRow(DeadlineKind.FOLLOW_UP, dt.date(2027, 1, 1), " \n ", "", "interaction", 1)
    assert event_for(empty).summary == "Relance"


def test_both_parsers_read_the_same_events() -> None:
    data = export()
    expected = [
        (f"{d.entity}-{d.entity_id}-{d.kind.value}@coopdesk", event_for(d).summary, d.due_on)
        for d in DEADLINES
    ]
    assert by_icalendar(data) == expected
    assert by_vobject(data) == expected
    assert expected[0][0] == "application-42-submission@coopdesk"


def test_escaping_of_special_characters() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert escape_text("bip\x07\x00 ok\ttab") == "bip ok\ttab"
    event = CalendarEvent(
        uid="x-1-report@coopdesk",
        day=dt.date(2027, 1, 1),
        summary="S",
        description="Ligne 1, avec virgule;\nLigne 2 \\ fin 🎉",
        categories=("CoopDesk", "Compte rendu, financier"),
    )
    data = write_calendar([event], now=NOW)
    text = data.decode("utf-8").replace("\r\n ", "")
    assert "DESCRIPTION:Ligne 1\\, avec virgule\\;\\nLigne 2 \\\\ fin 🎉\r\n" in text
    assert "CATEGORIES:CoopDesk,Compte rendu\\, financier\r\n" in text
    parsed = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(parsed["DESCRIPTION"]) == "Ligne 1, avec virgule;\nLigne 2 \\ fin 🎉"
    assert [str(category) for category in parsed["CATEGORIES"].cats] == [
        "CoopDesk",
        "Compte rendu, financier",
    ]
    vevent = vobject.readOne(data.decode("utf-8")).vevent
    assert vevent.description.value == "Ligne 1, avec virgule;\nLigne 2 \\ fin 🎉"
    assert vevent.categories.value == ["CoopDesk", "Compte rendu, financier"]


def test_lines_are_folded_at_75_octets_between_characters() -> None:
    data = export()
    lines = physical_lines(data)
    assert all(len(line) <= MAX_LINE_OCTETS for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the tricky summary was folded
    for line in lines:
        line.decode("utf-8")  # never a UTF-8 sequence cut in two
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")


@pytest.mark.parametrize("char", ["é", "€", "😀", "a"])
def test_folding_never_splits_a_multibyte_character(char: str) -> None:
    for length in range(60, 200, 7):
        line = "SUMMARY:" + char * length
        folded = fold_line(line).encode("utf-8").split(b"\r\n")
        assert all(len(piece) <= MAX_LINE_OCTETS for piece in folded)
        assert all(piece.startswith(b" ") for piece in folded[1:])
        assert "".join(piece.decode("utf-8") for piece in folded).replace(" ", "") == line


def test_calendar_properties_and_time_zone() -> None:
    data = export()
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//CoopDesk//CoopDesk//FR"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Échéances CoopDesk"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Paris"
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Paris"
    standard, daylight = zone.walk("STANDARD")[0], zone.walk("DAYLIGHT")[0]
    assert (str(standard["TZNAME"]), str(daylight["TZNAME"])) == ("CET", "CEST")
    assert standard["RRULE"]["BYMONTH"] == [10]
    assert daylight["RRULE"]["BYMONTH"] == [3]
    assert standard["RRULE"]["BYDAY"] == ["-1SU"] == daylight["RRULE"]["BYDAY"]
    assert zone.to_tz().utcoffset(dt.datetime(2027, 7, 1)) == dt.timedelta(hours=2)  # icalendar builds it
    assert zone.to_tz().utcoffset(dt.datetime(2027, 1, 1)) == dt.timedelta(hours=1)
    event = calendar.walk("VEVENT")[0]
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event["DTEND"].dt == dt.date(2027, 1, 1)  # the day after 31/12/2026
    assert event["DTSTAMP"].dt == dt.datetime(2026, 11, 28, 8, 30, tzinfo=dt.UTC)
    assert b"DTSTAMP:20261128T083000Z\r\n" in data
    assert event["SEQUENCE"] == 0
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["DESCRIPTION"]).startswith("Dépôt du dossier — Échéance le 31/12/2026\nDossier : ")
    vcalendar = vobject.readOne(data.decode("utf-8"))
    assert vcalendar.vevent.dtend.value == dt.date(2027, 1, 1)
    assert vcalendar.vtimezone.tzid.value == "Europe/Paris"


def test_uids_are_stable_across_exports() -> None:
    first = by_icalendar(export())
    later = write_calendar(
        [event_for(deadline) for deadline in reversed(DEADLINES)], now=NOW + dt.timedelta(days=3)
    )
    assert sorted(uid for uid, _, _ in by_icalendar(later)) == sorted(uid for uid, _, _ in first)
    moved = DeadlineRow(
        TRICKY.kind, dt.date(2027, 2, 1), "Nouveau titre", "", TRICKY.entity, TRICKY.entity_id
    )
    assert event_for(moved).uid == event_for(TRICKY).uid
    assert len({uid for uid, _, _ in first}) == len(DEADLINES)


def test_reminder_seven_days_before_by_default_and_none_with_zero() -> None:
    default = icalendar.Calendar.from_ical(export())
    for event in default.walk("VEVENT"):
        (alarm,) = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm["TRIGGER"].dt == dt.timedelta(days=-7)
        assert str(alarm["DESCRIPTION"]).startswith("Dans 7 jours : ")
    assert b"TRIGGER:-P7D\r\n" in export()
    vevent = vobject.readOne(export().decode("utf-8")).vevent
    assert vevent.valarm.trigger.value == dt.timedelta(days=-7)

    three = icalendar.Calendar.from_ical(export(reminder_days=3))
    assert three.walk("VALARM")[0]["TRIGGER"].dt == dt.timedelta(days=-3)

    silent = export(reminder_days=0)
    assert b"VALARM" not in silent
    assert len(by_icalendar(silent)) == len(DEADLINES)
    with pytest.raises(ValueError, match="reminder_days must be >= 0"):
        export(reminder_days=-1)


def test_an_empty_calendar_is_still_valid() -> None:
    data = write_calendar([], now=NOW)
    assert by_icalendar(data) == []
    assert str(icalendar.Calendar.from_ical(data)["VERSION"]) == "2.0"


@settings(max_examples=150, deadline=None)
@given(title=st.text(max_size=200), funder=st.text(max_size=80))
def test_arbitrary_text_round_trips_through_icalendar(title: str, funder: str) -> None:
    deadline = DeadlineRow(DeadlineKind.REPORT, dt.date(2027, 6, 30), title, funder, "application", 1)
    event = event_for(deadline)
    data = write_calendar([event], now=NOW)
    assert all(len(line) <= MAX_LINE_OCTETS for line in physical_lines(data))
    ((uid, summary, day),) = by_icalendar(data)
    assert (uid, summary, day) == (event.uid, event.summary, deadline.due_on)
    if title.strip() and title.isprintable():
        assert " ".join(title.split()) in summary


@settings(max_examples=100, deadline=None)
@given(title=st.text(max_size=120), funder=st.text(max_size=60))
def test_arbitrary_text_reads_the_same_with_vobject(title: str, funder: str) -> None:
    deadline = DeadlineRow(DeadlineKind.FOLLOW_UP, dt.date(2027, 6, 30), title, funder, "interaction", 2)
    data = write_calendar([event_for(deadline)], now=NOW)
    assert by_vobject(data) == by_icalendar(data)
