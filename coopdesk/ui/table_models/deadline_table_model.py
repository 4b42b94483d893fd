"""What is due soon (and overdue), one DeadlineRow per line: for the dashboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coopdesk.domain.rows import DeadlineRow
from coopdesk.ui.formatting import date_text, deadline_kind_label, relative_days
from coopdesk.ui.table_models import SORT_ROLE

OVERDUE_FOREGROUND = QColor("#9b1c1c")
OVERDUE_BACKGROUND = QColor("#fdecec")

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DUE_ON = 0
    WHEN = 1
    KIND = 2
    TITLE = 3
    FUNDER = 4


class DeadlineTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DeadlineRow] = []
        self._today = dt.date.min

    def set_rows(self, rows: Sequence[DeadlineRow], today: dt.date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def row_at(self, row: int) -> DeadlineRow:
        return self._rows[row]

    def is_overdue(self, row: int) -> bool:
        return self._rows[row].due_on < self._today

    def overdue_count(self) -> int:
        return sum(1 for deadline in self._rows if deadline.due_on < self._today)

    # -- Qt overrides ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        deadline = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(deadline, column)
        if role == SORT_ROLE:
            return self._sort_value(deadline, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{deadline_kind_label(deadline.kind)} — {deadline.title}"
        overdue = deadline.due_on < self._today
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_FOREGROUND)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACKGROUND)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        headers = {
            Column.DUE_ON: self.tr("Due on"),
            Column.WHEN: self.tr("When"),
            Column.KIND: self.tr("What"),
            Column.TITLE: self.tr("Title"),
            Column.FUNDER: self.tr("Funder"),
        }
        return headers[Column(section)]

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, deadline: DeadlineRow, column: Column) -> str:
        if column == Column.DUE_ON:
            return date_text(deadline.due_on)
        if column == Column.WHEN:
            return relative_days(deadline.due_on, self._today)
        if column == Column.KIND:
            return deadline_kind_label(deadline.kind)
        if column == Column.TITLE:
            return deadline.title
        return deadline.funder_name

    def _sort_value(self, deadline: DeadlineRow, column: Column) -> Any:
        if column in (Column.DUE_ON, Column.WHEN):
            due_on = deadline.due_on  # a QDate: Qt compares it, a Python date it cannot
            return QDate(due_on.year, due_on.month, due_on.day)
        if column == Column.KIND:
            return deadline_kind_label(deadline.kind).casefold()
        if column == Column.TITLE:
            return deadline.title.casefold()
        return deadline.funder_name.casefold()
