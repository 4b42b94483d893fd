"""Deadlines written as an iCalendar file (RFC 5545), for Thunderbird, Outlook, Google or a phone.

Each deadline is an all-day event (DTSTART;VALUE=DATE, DTEND;VALUE=DATE the next day) with a stable
UID: "<entity>-<id>-<kind>@coopdesk", so that importing the file again (or subscribing to it) updates
the events instead of duplicating them. SEQUENCE stays 0: CoopDesk keeps no revision counter per
deadline, so a changed date or title is picked up by clients from DTSTAMP and LAST-MODIFIED (both the
export instant), which every client compares when the UID is known.

Text is escaped per §3.3.11 (backslash, comma, semicolon, line breaks; control characters dropped),
lines are folded at 75 octets per §3.1 without ever cutting a UTF-8 character, every line ends with
CRLF. A VTIMEZONE for Europe/Paris is written even though all-day events do not refer to it, for the
clients that read X-WR-TIMEZONE. The summaries are French by design, like the headers of table exports.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import DeadlineKind
from coopdesk.domain.rows import DeadlineRow

PRODID: Final = "-//CoopDesk//CoopDesk//FR"
CALENDAR_NAME: Final = "Échéances CoopDesk"
TIMEZONE: Final = "Europe/Paris"
DEFAULT_REMINDER_DAYS: Final = 7
MAX_LINE_OCTETS: Final = 75
APP_CATEGORY: Final = "CoopDesk"

KIND_LABELS: Final[dict[DeadlineKind, str]] = {
    DeadlineKind.SUBMISSION: "Dépôt du dossier",
    DeadlineKind.REPORT: "Compte rendu financier",
    DeadlineKind.CALL_CLOSING: "Clôture de l’appel",
    DeadlineKind.PREDEPOSIT: "Pré-dépôt",
    DeadlineKind.LETTER_OF_INTENT: "Lettre d’intention",
    DeadlineKind.FOLLOW_UP: "Relance",
    DeadlineKind.DOCUMENT_EXPIRY: "Pièce qui expire",
}
"""The French label of each kind of deadline: start of the SUMMARY, and a CATEGORIES value."""

_ENTITY_LABELS: Final[dict[str, str]] = {
    "application": "Dossier",
    "call": "Appel à projets",
    "interaction": "Échange",
    "document": "Pièce",
}
_FUNDER_LABEL: Final = "Financeur"
_DUE_LABEL: Final = "Échéance"
_REMINDER_PREFIX: Final = "Dans {days} jours"

_VTIMEZONE: Final = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TIMEZONE}",
    f"X-LIC-LOCATION:{TIMEZONE}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)

# RFC 5545 §3.3.11: TEXT excludes the control characters but HTAB; CR and LF are escaped as \n.
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")
# Characters that Python's str.splitlines() (used by some parsers) takes as line ends.
_OTHER_BREAKS: Final = re.compile(r"[\x85\u2028\u2029]")


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event; `summary` and `description` are plain text, escaped when written."""

    uid: str
    day: dt.date
    summary: str
    description: str = ""
    categories: tuple[str, ...] = ()


def deadline_uid(deadline: DeadlineRow) -> str:
    """The stable UID of a deadline: never change it, calendars match events by UID. The compte rendu
    of one year of a multi-year grant carries its year."""
    year = f"-{deadline.year}" if deadline.year is not None else ""
    return f"{deadline.entity}-{deadline.entity_id}-{deadline.kind.value}{year}@coopdesk"


def event_for(deadline: DeadlineRow) -> CalendarEvent:
    """The French event of a deadline: "Dépôt du dossier : Épicerie mobile (CAF de l'Hérault)"."""
    label = KIND_LABELS[deadline.kind]
    if deadline.year is not None:
        label = f"{label} {deadline.year}"
    title = one_line(deadline.title)
    funder = one_line(deadline.funder_name)
    if title and funder:
        summary = f"{label} : {title} ({funder})"
    elif title or funder:
        summary = f"{label} : {title or funder}"
    else:
        summary = label
    description = [f"{label} — {_DUE_LABEL} le {format_date(deadline.due_on)}"]
    if title:
        entity = _ENTITY_LABELS.get(deadline.entity, deadline.entity)
        description.append(f"{entity} : {title}")
    if funder:
        description.append(f"{_FUNDER_LABEL} : {funder}")
    return CalendarEvent(
        uid=deadline_uid(deadline),
        day=deadline.due_on,
        summary=summary,
        description="\n".join(description),
        categories=(APP_CATEGORY, KIND_LABELS[deadline.kind]),
    )


def write_calendar(
    events: Iterable[CalendarEvent],
    *,
    product_id: str = PRODID,
    calendar_name: str = CALENDAR_NAME,
    reminder_days: int = DEFAULT_REMINDER_DAYS,
    now: dt.datetime,
) -> bytes:
    """A UTF-8 .ics file: one VCALENDAR, a VTIMEZONE and a VEVENT per event.

    `now` (DTSTAMP, LAST-MODIFIED) is taken as UTC when naive. `reminder_days` > 0 adds a VALARM that
    many days before the event; 0 writes no alarm.
    """
    if reminder_days < 0:
        raise ValueError(f"reminder_days must be >= 0, not {reminder_days}")
    stamp = _utc_stamp(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{escape_text(product_id)}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
        f"X-WR-TIMEZONE:{TIMEZONE}",
        *_VTIMEZONE,
    ]
    for event in events:
        lines.extend(_event_lines(event, stamp, reminder_days))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines).encode("utf-8")


def _event_lines(event: CalendarEvent, stamp: str, reminder_days: int) -> list[str]:
    next_day = event.day + dt.timedelta(days=1)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{stamp}",
        f"LAST-MODIFIED:{stamp}",
        "SEQUENCE:0",
        f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{next_day:%Y%m%d}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    categories = [escape_text(one_line(category)) for category in event.categories]
    categories = [category for category in categories if category]
    if categories:
        lines.append("CATEGORIES:" + ",".join(categories))
    lines.append("TRANSP:TRANSPARENT")
    if reminder_days > 0:
        reminder = f"{_REMINDER_PREFIX.format(days=reminder_days)} : {event.summary}"
        lines.extend(
            [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"TRIGGER:-P{reminder_days}D",
                f"DESCRIPTION:{escape_text(reminder)}",
                "END:VALARM",
            ]
        )
    lines.append("END:VEVENT")
    return lines


def _utc_stamp(instant: dt.datetime) -> str:
    if instant.tzinfo is not None:
        instant = instant.astimezone(dt.UTC)
    return f"{instant:%Y%m%dT%H%M%S}Z"


def one_line(text: str) -> str:
    """Text on one line, runs of white space as one space, no control characters: for summaries."""
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    return " ".join(_OTHER_BREAKS.sub(" ", text).split())


def escape_text(text: str) -> str:
    """A TEXT value per RFC 5545 §3.3.11: \\ ; , escaped, line breaks as \\n, control characters dropped.

    A lone surrogate, which UTF-8 cannot hold, becomes U+FFFD.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _OTHER_BREAKS.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), between UTF-8 characters, never inside one.

    Continuation lines start with one space, which counts in their 75 octets.
    """
    if len(line) * 4 <= MAX_LINE_OCTETS or len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
            limit = MAX_LINE_OCTETS - 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)
