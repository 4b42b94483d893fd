"""Calls for projects, one CallRow per line: deadline, countdown, amounts; closing within 7 days stand out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from coopdesk.domain.calls import CallRow
from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.ui.formatting import NO_VALUE, date_text, money, percent, relative_days
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel

SOON_DAYS = 7  # a deadline this close (or closer) is highlighted
SOON_FOREGROUND = QColor("#8a4b00")
SOON_BACKGROUND = QColor("#fff4d6")
ARCHIVED_FOREGROUND = QColor("#777777")
EN_DASH = "\u2013"
_NO_DEADLINE_SORT = 10**9  # after every countdown
_CLOSED_SORT = 10**9 + 1  # after the calls without deadline


class Column(IntEnum):
    TITLE = 0
    FUNDER = 1
    DEADLINE = 2
    COUNTDOWN = 3
    AMOUNTS = 4
    FUNDING_TYPE = 5
    RECURRENCE = 6
    MULTI_YEAR = 7


def funding_type_label(funding_type: FundingType) -> str:
    labels = {
        FundingType.OPERATING: QCoreApplication.translate("CallLabels", "Operating"),
        FundingType.INVESTMENT: QCoreApplication.translate("CallLabels", "Investment"),
        FundingType.BOTH: QCoreApplication.translate("CallLabels", "Both"),
    }
    return labels[funding_type]


def recurrence_label(recurrence: Recurrence) -> str:
    labels = {
        Recurrence.ONEOFF: QCoreApplication.translate("CallLabels", "One-off"),
        Recurrence.ONGOING: QCoreApplication.translate("CallLabels", "Ongoing"),
        Recurrence.RECURRING: QCoreApplication.translate("CallLabels", "Recurring"),
    }
    return labels[recurrence]


def _euros(cents: int) -> str:
    """Whole euros when the amount is round ("5 000 €"), cents otherwise."""
    return money(cents, with_cents=cents % 100 != 0)


def _range(low: str | None, high: str | None) -> str:
    if low is not None and high is not None:
        return low if low == high else f"{low} {EN_DASH} {high}"
    if high is not None:
        return QCoreApplication.translate("CallLabels", "up to %1").replace("%1", high)
    if low is not None:
        return QCoreApplication.translate("CallLabels", "from %1").replace("%1", low)
    return ""


def amounts_text(call: CallRow) -> str:
    """ "5 000 € – 20 000 €", "jusqu’à 80 %", both joined by " · ", or "—"."""
    amounts = _range(
        None if call.amount_min_cents is None else _euros(call.amount_min_cents),
        None if call.amount_max_cents is None else _euros(call.amount_max_cents),
    )
    rates = _range(
        None if call.rate_min_percent is None else percent(call.rate_min_percent),
        None if call.rate_max_percent is None else percent(call.rate_max_percent),
    )
    shown = " · ".join(part for part in (amounts, rates) if part)
    return shown or NO_VALUE


def countdown_text(call: CallRow, today: dt.date) -> str:
    """ "dans 12 jours", "aujourd’hui", "clos", or the next deadline of a recurring call that passed."""
    if call.deadline is None:
        return QCoreApplication.translate("CallLabels", "no deadline")
    if call.deadline >= today:
        return relative_days(call.deadline, today)
    if call.next_deadline is not None and call.next_deadline >= today:
        return QCoreApplication.translate("CallLabels", "next: %1").replace(
            "%1", date_text(call.next_deadline)
        )
    return QCoreApplication.translate("CallLabels", "closed")


def _qdate(day: dt.date | None) -> QDate:
    return QDate() if day is None else QDate(day.year, day.month, day.day)


class CallTableModel(RowTableModel[CallRow]):
    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.min

    def set_rows(self, rows: Sequence[CallRow], today: dt.date | None = None) -> None:
        """The rows to show and the day they are judged on (kept as it was when not given)."""
        if today is not None:
            self._today = today
        self._reset_rows(rows)

    def days_to_next(self, call: CallRow) -> int | None:
        """Days until the deadline to come (the next occurrence for a recurring call), None if none."""
        if call.next_deadline is None or call.next_deadline < self._today:
            return None
        return (call.next_deadline - self._today).days

    def is_soon(self, row: int) -> bool:
        days = self.days_to_next(self._rows[row])
        return days is not None and days <= SOON_DAYS

    # -- Qt overrides ---------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        call = self._row_of_index(index)
        if call is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(call, column)
        if role == SORT_ROLE:
            return self._sort_value(call, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE and call.url:
                return f"{call.title}\n{call.url}"
            return self._display(call, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.DEADLINE, Column.AMOUNTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        soon = self.is_soon(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            if soon:
                return QBrush(SOON_FOREGROUND)
            if call.archived:
                return QBrush(ARCHIVED_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and soon:
            return QBrush(SOON_BACKGROUND)
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.TITLE: self.tr("Title"),
            Column.FUNDER: self.tr("Funder"),
            Column.DEADLINE: self.tr("Deadline"),
            Column.COUNTDOWN: self.tr("Countdown"),
            Column.AMOUNTS: self.tr("Amounts"),
            Column.FUNDING_TYPE: self.tr("Funding"),
            Column.RECURRENCE: self.tr("Recurrence"),
            Column.MULTI_YEAR: self.tr("Multi-year"),
        }

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, call: CallRow, column: Column) -> str:
        if column == Column.TITLE:
            return call.title
        if column == Column.FUNDER:
            return call.funder_name
        if column == Column.DEADLINE:
            return NO_VALUE if call.deadline is None else date_text(call.deadline)
        if column == Column.COUNTDOWN:
            return countdown_text(call, self._today)
        if column == Column.AMOUNTS:
            return amounts_text(call)
        if column == Column.FUNDING_TYPE:
            return funding_type_label(call.funding_type)
        if column == Column.RECURRENCE:
            return recurrence_label(call.recurrence)
        return self.tr("yes") if call.multi_year else ""

    def _sort_value(self, call: CallRow, column: Column) -> Any:
        if column == Column.TITLE:
            return call.title.casefold()
        if column == Column.FUNDER:
            return call.funder_name.casefold()
        if column == Column.DEADLINE:
            return _qdate(call.deadline)
        if column == Column.COUNTDOWN:
            days = self.days_to_next(call)
            if days is not None:
                return days
            return _NO_DEADLINE_SORT if call.deadline is None else _CLOSED_SORT
        if column == Column.AMOUNTS:
            cents = call.amount_max_cents if call.amount_max_cents is not None else call.amount_min_cents
            return -1 if cents is None else cents
        if column == Column.FUNDING_TYPE:
            return funding_type_label(call.funding_type).casefold()
        if column == Column.RECURRENCE:
            return recurrence_label(call.recurrence).casefold()
        return int(call.multi_year)
