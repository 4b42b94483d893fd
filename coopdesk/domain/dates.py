"""Dates typed by French users, shown as dd/mm/yyyy, and the fiscal years of associations."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from coopdesk.domain.errors import InvalidValue, InvalidValueCode

MIN_YEAR = 1900
MAX_YEAR = 2200

# Day first with one separator used twice ("31/12/2026", "1.2.2026", "31-12-2026"), or ISO 8601.
# Years always have 4 digits: "31/12/26" is refused rather than guessed.
_FRENCH = re.compile(r"(?P<day>[0-9]{1,2})(?P<sep>[/.\-])(?P<month>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})")
_ISO = re.compile(r"(?P<year>[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})")
# A leap year, to accept 29/02 as the end of a fiscal year.
_LEAP_YEAR = 2000


def parse_date(text: str) -> date:
    """Read "31/12/2026", "1/2/2026", "31.12.2026", "31-12-2026" or "2026-12-31" as a date."""
    body = text.strip()
    if not body:
        raise InvalidValue("date", text, InvalidValueCode.REQUIRED)
    match = _FRENCH.fullmatch(body) or _ISO.fullmatch(body)
    if match is None:
        raise InvalidValue("date", text, InvalidValueCode.BAD_FORMAT)
    year, month, day = (int(match.group(name)) for name in ("year", "month", "day"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidValue("date", text, InvalidValueCode.OUT_OF_RANGE)
    try:
        return date(year, month, day)
    except ValueError as error:
        raise InvalidValue("date", text, InvalidValueCode.BAD_DATE) from error


def format_date(value: date) -> str:
    """Show a date as "31/12/2026"."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def add_months(value: date, months: int) -> date:
    """Add (or subtract) months, clamping to the last day of the month (31/01 + 1 -> 28/02 or 29/02)."""
    result: date = value + relativedelta(months=months)
    return result


def _last_day(year: int, month: int) -> int:
    """Number of days of a month."""
    return calendar.monthrange(year, month)[1]


def fiscal_year_end(year: int, end_month: int, end_day: int) -> date:
    """Last day of the fiscal year ending in `year`; 29/02 becomes 28/02 in common years.

    Raises InvalidValue("fiscal_year_end", "dd/mm", BAD_DATE) for a day that no year has (31/04, 30/02).
    """
    try:
        date(_LEAP_YEAR, end_month, end_day)
    except ValueError as error:
        raise InvalidValue(
            "fiscal_year_end", f"{end_day:02d}/{end_month:02d}", InvalidValueCode.BAD_DATE
        ) from error
    return date(year, end_month, min(end_day, _last_day(year, end_month)))


def fiscal_year_containing(value: date, end_month: int, end_day: int) -> tuple[date, date]:
    """First and last days of the fiscal year (ending each year on end_day/end_month) holding `value`."""
    end = fiscal_year_end(value.year, end_month, end_day)
    if value > end:
        end = fiscal_year_end(value.year + 1, end_month, end_day)
    start = fiscal_year_end(end.year - 1, end_month, end_day) + timedelta(days=1)
    return start, end
