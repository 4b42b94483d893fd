"""The preview of a contacts import: one ContactPreviewRow per line, New / Duplicate / Rejected (why)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from coopdesk.services.contacts_import_service import ContactPreviewRow, ContactRowStatus
from coopdesk.ui.error_messages import invalid_value_message, row_problem_message
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel

REJECTED_FOREGROUND = QColor("#9b1c1c")
DUPLICATE_FOREGROUND = QColor("#6b6b6b")


class Column(IntEnum):
    LINE = 0
    STATUS = 1
    FUNDER = 2
    NAME = 3
    ROLE = 4
    EMAIL = 5
    PHONE = 6
    REASON = 7


class ContactPreviewTableModel(RowTableModel[ContactPreviewRow]):
    columns = Column

    def statuses(self) -> list[ContactRowStatus]:
        return [row.status for row in self._rows]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row_of_index(index)
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.REASON:
            return self.reason(row) or None
        if role == SORT_ROLE:
            if column == Column.LINE:
                return row.line
            if column == Column.STATUS:
                return list(ContactRowStatus).index(row.status)
            return self._display(row, column).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.STATUS, Column.REASON):
            if row.status is ContactRowStatus.REJECTED:
                return QBrush(REJECTED_FOREGROUND)
            if row.status is ContactRowStatus.DUPLICATE:
                return QBrush(DUPLICATE_FOREGROUND)
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.LINE: self.tr("Line"),
            Column.STATUS: self.tr("Status"),
            Column.FUNDER: self.tr("Funder"),
            Column.NAME: self.tr("Name"),
            Column.ROLE: self.tr("Role"),
            Column.EMAIL: self.tr("E-mail"),
            Column.PHONE: self.tr("Phone"),
            Column.REASON: self.tr("Why"),
        }

    def status_label(self, status: ContactRowStatus) -> str:
        labels = {
            ContactRowStatus.NEW: self.tr("New"),
            ContactRowStatus.DUPLICATE: self.tr("Duplicate"),
            ContactRowStatus.REJECTED: self.tr("Rejected"),
        }
        return labels[status]

    def reason(self, row: ContactPreviewRow) -> str:
        if row.status is ContactRowStatus.DUPLICATE:
            if row.duplicate_line is not None:
                return self.tr("same person as line %1").replace("%1", str(row.duplicate_line))
            return self.tr("already recorded")
        reasons = [row_problem_message(problem) for problem in row.problems]
        reasons += [invalid_value_message(error) for error in row.invalid]
        return "; ".join(reasons)

    def _display(self, row: ContactPreviewRow, column: Column) -> str:
        fields = row.fields
        if column == Column.LINE:
            return str(row.line)
        if column == Column.STATUS:
            return self.status_label(row.status)
        if column == Column.FUNDER:
            return fields.funder
        if column == Column.NAME:
            return fields.name
        if column == Column.ROLE:
            return fields.role
        if column == Column.EMAIL:
            return fields.email
        if column == Column.PHONE:
            return fields.phone
        return self.reason(row)
