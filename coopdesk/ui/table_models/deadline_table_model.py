"""What is due soon (and overdue), one DeadlineRow per line: for the dashboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from coopdesk.domain.rows import DeadlineRow
from coopdesk.ui.formatting import date_text, deadline_kind_label, relative_days
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel

OVERDUE_FOREGROUND = QColor("#9b1c1c")
OVERDUE_BACKGROUND = QColor("#fdecec")


class Column(IntEnum):
    DUE_ON = 0
    WHEN = 1
    KIND = 2
    TITLE = 3
    FUNDER = 4


class DeadlineTableModel(RowTableModel[DeadlineRow]):
    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.min

    def set_rows(self, rows: Sequence[DeadlineRow], today: dt.date | None = None) -> None:
        """The rows to show and the day they are judged on (kept as it was when not given)."""
        if today is not None:
            self._today = today
        self._reset_rows(rows)

    def is_overdue(self, row: int) -> bool:
        return self._rows[row].due_on < self._today

    def overdue_count(self) -> int:
        return sum(1 for deadline in self._rows if deadline.due_on < self._today)

    # -- Qt overrides ---------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        deadline = self._row_of_index(index)
        if deadline is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(deadline, column)
        if role == SORT_ROLE:
            return self._sort_value(deadline, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{_kind_text(deadline)} — {deadline.title}"
        overdue = deadline.due_on < self._today
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.DUE_ON: self.tr("Due on"),
            Column.WHEN: self.tr("When"),
            Column.KIND: self.tr("What"),
            Column.TITLE: self.tr("Title"),
            Column.FUNDER: self.tr("Funder"),
        }

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, deadline: DeadlineRow, column: Column) -> str:
        if column == Column.DUE_ON:
            return date_text(deadline.due_on)
        if column == Column.WHEN:
            return relative_days(deadline.due_on, self._today)
        if column == Column.KIND:
            return _kind_text(deadline)
        if column == Column.TITLE:
            return deadline.title
        return deadline.funder_name

    def _sort_value(self, deadline: DeadlineRow, column: Column) -> Any:
        if column in (Column.DUE_ON, Column.WHEN):
            due_on = deadline.due_on  # a QDate: Qt compares it, a Python date it cannot
            return QDate(due_on.year, due_on.month, due_on.day)
        if column == Column.KIND:
            return _kind_text(deadline).casefold()
        if column == Column.TITLE:
            return deadline.title.casefold()
        return deadline.funder_name.casefold()


def _kind_text(deadline: DeadlineRow) -> str:
    """ "Compte rendu financier", or "Compte rendu financier 2027" for one year of a multi-year grant."""
    label = deadline_kind_label(deadline.kind)
    return label if deadline.year is None else f"{label} {deadline.year}"
