"""Applications, one ApplicationListRow per line: status, funder, project, amounts, the dates that matter."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt

from coopdesk.domain.applications import ApplicationListRow
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.ui.formatting import NO_VALUE, date_text, money, status_label
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel

_STATUS_ORDER = {status: number for number, status in enumerate(ApplicationStatus)}


class Column(IntEnum):
    TITLE = 0
    STATUS = 1
    FUNDER = 2
    PROJECT = 3
    OWNER = 4
    YEAR = 5
    REQUESTED = 6
    GRANTED = 7
    PAID = 8
    DEADLINE = 9
    SUBMITTED = 10
    DECISION = 11
    REPORT_DUE = 12


MONEY_COLUMNS = frozenset({Column.REQUESTED, Column.GRANTED, Column.PAID})
DATE_COLUMNS = frozenset({Column.DEADLINE, Column.SUBMITTED, Column.DECISION, Column.REPORT_DUE})


def euros(cents: int) -> str:
    """Whole euros when the amount is round ("1 234 €"), cents otherwise."""
    return money(cents, with_cents=cents % 100 != 0)


def _qdate(day: dt.date | None) -> QDate:
    return QDate() if day is None else QDate(day.year, day.month, day.day)


def _date(day: dt.date | None) -> str:
    return NO_VALUE if day is None else date_text(day)


def _cents(row: ApplicationListRow, column: Column) -> int | None:
    if column == Column.REQUESTED:
        return row.amount_requested_cents
    if column == Column.GRANTED:
        return row.amount_granted_cents
    return row.paid_cents


def _day(row: ApplicationListRow, column: Column) -> dt.date | None:
    days = {
        Column.DEADLINE: row.deadline,
        Column.SUBMITTED: row.submitted_on,
        Column.DECISION: row.decision_on,
        Column.REPORT_DUE: row.report_due_on,
    }
    return days[column]


class ApplicationTableModel(RowTableModel[ApplicationListRow]):
    columns = Column

    # -- Qt overrides ---------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_of_index(index)
        if row is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column in MONEY_COLUMNS or column in DATE_COLUMNS or column == Column.YEAR
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.TITLE: self.tr("Title"),
            Column.STATUS: self.tr("Status"),
            Column.FUNDER: self.tr("Funder"),
            Column.PROJECT: self.tr("Project"),
            Column.OWNER: self.tr("Owner"),
            Column.YEAR: self.tr("Year"),
            Column.REQUESTED: self.tr("Requested"),
            Column.GRANTED: self.tr("Granted"),
            Column.PAID: self.tr("Paid"),
            Column.DEADLINE: self.tr("Deadline"),
            Column.SUBMITTED: self.tr("Submitted on"),
            Column.DECISION: self.tr("Decision on"),
            Column.REPORT_DUE: self.tr("Report due"),
        }

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, row: ApplicationListRow, column: Column) -> str:
        if column == Column.TITLE:
            return row.title
        if column == Column.STATUS:
            return status_label(row.status)
        if column == Column.FUNDER:
            return row.funder_name
        if column == Column.PROJECT:
            return row.project_title
        if column == Column.OWNER:
            return row.owner_name
        if column == Column.YEAR:
            return "" if row.year is None else str(row.year)
        if column in MONEY_COLUMNS:
            cents = _cents(row, column)
            return NO_VALUE if cents is None else euros(cents)
        return _date(_day(row, column))

    def _sort_value(self, row: ApplicationListRow, column: Column) -> Any:
        if column == Column.TITLE:
            return row.title.casefold()
        if column == Column.STATUS:
            return _STATUS_ORDER[row.status]
        if column == Column.FUNDER:
            return row.funder_name.casefold()
        if column == Column.PROJECT:
            return row.project_title.casefold()
        if column == Column.OWNER:
            return row.owner_name.casefold()
        if column == Column.YEAR:
            return -1 if row.year is None else row.year
        if column in MONEY_COLUMNS:
            cents = _cents(row, column)
            return -1 if cents is None else cents
        return _qdate(_day(row, column))


def totals_text(count: int, requested: int, granted: int, paid: int) -> str:
    """ "25 dossiers — demandé 117 000 € · accordé 42 000 € · versé 25 800 €"."""
    # Explicit singular and plural strings: not every lupdate version sees the plural form of translate().
    if count == 1:
        text = QCoreApplication.translate(
            "ApplicationTableModel", "1 application — requested %1 · granted %2 · paid %3"
        )
    else:
        text = QCoreApplication.translate(
            "ApplicationTableModel", "%4 applications — requested %1 · granted %2 · paid %3"
        ).replace("%4", str(count))
    return text.replace("%1", euros(requested)).replace("%2", euros(granted)).replace("%3", euros(paid))
