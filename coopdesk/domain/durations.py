"""Durations as volunteers type them ("1h30", "90", "1,5 h", "1:30", "45 min") and as they are shown
("1 h 30"), always stored as whole minutes.

Rules of reading:
- a whole number alone is minutes ("90"); a decimal number alone is hours ("1,5" = 1 h 30);
- "h", "heure(s)" mark hours, "min", "mn", "m", "minute(s)" mark minutes; both may appear ("1 h 30 min"),
  and minutes may follow the hours without a unit ("1h30");
- "1:30" is hours and minutes (minutes below 60);
- decimal hours ("1,5 h", "0.75h") are rounded to the nearest minute.
Spaces (including U+00A0 and U+202F) are ignored, case too. Nothing else is guessed.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

from coopdesk.domain.errors import InvalidValue, InvalidValueCode

KIND: Final = "duration"
MINUTES_PER_DAY: Final = 24 * 60
MAX_MINUTES: Final = MINUTES_PER_DAY
"""The longest single entry: one day. More in one day for one volunteer asks for a confirmation."""

_NUMBER = r"\d+(?:[.,]\d+)?"
_HOURS_UNIT = r"(?:h|heures?|hrs?)"
_MINUTES_UNIT = r"(?:min(?:utes?)?|mn|m)"
_HOURS_MINUTES = re.compile(
    rf"(?P<hours>{_NUMBER}){_HOURS_UNIT}(?:(?P<minutes>\d+)(?:{_MINUTES_UNIT})?)?", re.IGNORECASE
)
_MINUTES_ONLY = re.compile(rf"(?P<minutes>\d+){_MINUTES_UNIT}", re.IGNORECASE)
_CLOCK = re.compile(r"(?P<hours>\d+):(?P<minutes>\d{1,2})")
_BARE_INTEGER = re.compile(r"\d+")
_BARE_DECIMAL = re.compile(r"\d+[.,]\d+")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")

NO_BREAK_SPACE: Final = "\u00a0"


def parse_duration(text: str) -> int:
    """Minutes of a typed duration; raises InvalidValue("duration", text, code):

    REQUIRED when empty, NEGATIVE for a minus sign, BAD_FORMAT when unreadable (or "1:75"),
    OUT_OF_RANGE for zero, TOO_LARGE above one day (MAX_MINUTES).
    """
    compact = _SPACES.sub("", text).lower()
    if not compact:
        raise InvalidValue(KIND, text, InvalidValueCode.REQUIRED)
    if compact.startswith(("-", "\u2212")):
        raise InvalidValue(KIND, text, InvalidValueCode.NEGATIVE)
    minutes = _minutes_of(compact)
    if minutes is None:
        raise InvalidValue(KIND, text, InvalidValueCode.BAD_FORMAT)
    if minutes <= 0:
        raise InvalidValue(KIND, text, InvalidValueCode.OUT_OF_RANGE)
    if minutes > MAX_MINUTES:
        raise InvalidValue(KIND, text, InvalidValueCode.TOO_LARGE)
    return minutes


def _minutes_of(compact: str) -> int | None:
    if _BARE_INTEGER.fullmatch(compact):
        return int(compact)
    if _BARE_DECIMAL.fullmatch(compact):
        return _hours_to_minutes(compact)
    if found := _MINUTES_ONLY.fullmatch(compact):
        return int(found["minutes"])
    if found := _CLOCK.fullmatch(compact):
        minutes = int(found["minutes"])
        return None if minutes >= 60 else int(found["hours"]) * 60 + minutes
    if found := _HOURS_MINUTES.fullmatch(compact):
        hours_text, minutes_text = found["hours"], found["minutes"]
        if minutes_text is None:
            return _hours_to_minutes(hours_text)
        if not hours_text.isdigit() or int(minutes_text) >= 60:
            return None  # "1,5h30" or "1h75": nobody means that
        return int(hours_text) * 60 + int(minutes_text)
    return None


def _hours_to_minutes(hours_text: str) -> int | None:
    try:
        hours = Decimal(hours_text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the patterns only let digits through
        return None
    if hours > MAX_MINUTES:  # no need to compute huge numbers to refuse them
        return MAX_MINUTES + 1
    return int((hours * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_duration(minutes: int) -> str:
    """ "1 h 30", "2 h", "45 min", "1 h 05", "0 min" (no-break spaces); negative values keep their sign."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if not hours:
        return f"{sign}{rest}{NO_BREAK_SPACE}min"
    if not rest:
        return f"{sign}{hours}{NO_BREAK_SPACE}h"
    return f"{sign}{hours}{NO_BREAK_SPACE}h{NO_BREAK_SPACE}{rest:02d}"


def hundredths_of_hour(minutes: int) -> int:
    """Minutes as hundredths of an hour, rounded half up: 90 -> 150 ("1,50"), 20 -> 33, 1 -> 2."""
    sign = -1 if minutes < 0 else 1
    return sign * ((abs(minutes) * 100 + 30) // 60)


def format_decimal_hours(minutes: int) -> str:
    """Minutes as decimal hours for a spreadsheet: 90 -> "1,50", 20 -> "0,33" (comma, no grouping)."""
    hundredths = hundredths_of_hour(minutes)
    sign = "-" if hundredths < 0 else ""
    whole, rest = divmod(abs(hundredths), 100)
    return f"{sign}{whole},{rest:02d}"
