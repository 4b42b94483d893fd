"""Calendars and address cards read back by independent parsers (icalendar, vobject) with exactly the
text written: any Unicode, commas, semicolons, backslashes, line breaks, emoji; long lines folded
between characters."""

from __future__ import annotations

import datetime as dt
import re

import icalendar
import vobject
from hypothesis import example, given
from hypothesis import strategies as st

from coopdesk.formats.ics import CalendarEvent, write_calendar
from coopdesk.formats.vcard import VCardContact, write_vcards

NOW = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
# Any character but lone surrogates (replaced by U+FFFD, checked in tests/formats) and control
# characters (dropped); with the ones that need escaping or folding drawn often.
SPECIAL = st.sampled_from([",", ";", "\\", "\n", "\r\n", ":", '"', "😀", "é", "\u00a0", "\t", " "])
text = st.lists(st.characters(exclude_categories=("Cs", "Cc")) | SPECIAL, max_size=120).map("".join)
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 30))
_OTHER_BREAKS = re.compile(r"[\x85\u2028\u2029]")


def _as_written(value: str) -> str:
    """What a TEXT value becomes: line breaks as LF (U+2028 and U+2029 too in iCalendar)."""
    return _OTHER_BREAKS.sub("\n", value.replace("\r\n", "\n").replace("\r", "\n"))


@given(st.lists(st.tuples(days, text, text), min_size=1, max_size=4))
@example([(dt.date(2026, 12, 31), "Dépôt : a,b;c\\d", "ligne 1\nligne 2 😀")])
@example([(dt.date(2026, 12, 31), "é" * 80, "")])
@example([(dt.date(2026, 12, 31), "x\u2028y", "\r")])
def test_a_calendar_reads_back_in_icalendar(events: list[tuple[dt.date, str, str]]) -> None:
    written = [
        CalendarEvent(uid=f"e{number}@coopdesk", day=day, summary=summary, description=description)
        for number, (day, summary, description) in enumerate(events)
    ]
    data = write_calendar(written, now=NOW)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(data)
    read = list(calendar.walk("VEVENT"))
    assert [str(event["UID"]) for event in read] == [event.uid for event in written]
    for event, original in zip(read, written, strict=True):
        assert event.decoded("DTSTART") == original.day
        assert str(event["SUMMARY"]) == _as_written(original.summary)
        if original.description:
            assert str(event["DESCRIPTION"]) == _as_written(original.description)
        else:
            assert "DESCRIPTION" not in event


names = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
    lambda value: value.split() != []
)


@given(names, text, text, text, st.lists(text, max_size=3))
@example("Élise de La Dupré 😀", "CAF, Hérault", "Chargée; mission", "a\\b\nc", ["aide, alimentaire"])
@example("x", "", "", "x\u2028y", [])
def test_a_card_reads_back_in_vobject(
    name: str, funder: str, role: str, notes: str, topics: list[str]
) -> None:
    contact = VCardContact(id=7, name=name, funder=funder, role=role, notes=notes, topics=tuple(topics))
    data = write_vcards([contact])
    assert all(len(line.encode("utf-8")) <= 75 for line in data.split("\r\n"))
    (card,) = list(vobject.readComponents(data))
    assert card.fn.value == " ".join(name.split())
    if role:
        assert card.title.value == role.replace("\r\n", "\n").replace("\r", "\n")
    if funder.strip():
        assert card.org.value[0] == funder.strip().replace("\r\n", "\n").replace("\r", "\n")
    if notes.strip() and not any(topic.split() for topic in topics):
        assert card.note.value == notes.strip().replace("\r\n", "\n").replace("\r", "\n")
