"""A project's applications, one ProjectFunderLine per funder: statuses, requested, granted, paid."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from coopdesk.domain.applications import ProjectFunderLine
from coopdesk.ui.formatting import money, status_label
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel


class Column(IntEnum):
    FUNDER = 0
    STATUSES = 1
    REQUESTED = 2
    GRANTED = 3
    PAID = 4


AMOUNT_COLUMNS = (Column.REQUESTED, Column.GRANTED, Column.PAID)


def euros(cents: int) -> str:
    """Whole euros when the amount is round ("1 234 €"), cents otherwise."""
    return money(cents, with_cents=cents % 100 != 0)


def funder_text(line: ProjectFunderLine) -> str:
    if line.funder_id is None or not line.funder_name:
        return QCoreApplication.translate("ProjectLabels", "(no funder)")
    return line.funder_name


class ProjectFunderTableModel(RowTableModel[ProjectFunderLine]):
    columns = Column

    # -- Qt overrides ---------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self._row_of_index(index)
        if line is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = self._display(line, column)
            return shown if role == Qt.ItemDataRole.DisplayRole else shown or None
        if role == SORT_ROLE:
            return self._sort_value(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in AMOUNT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.FUNDER: self.tr("Funder"),
            Column.STATUSES: self.tr("Status"),
            Column.REQUESTED: self.tr("Requested"),
            Column.GRANTED: self.tr("Granted"),
            Column.PAID: self.tr("Paid"),
        }

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, line: ProjectFunderLine, column: Column) -> str:
        if column == Column.FUNDER:
            return funder_text(line)
        if column == Column.STATUSES:
            return ", ".join(status_label(status) for status in line.statuses)
        return euros(self._cents(line, column))

    def _sort_value(self, line: ProjectFunderLine, column: Column) -> Any:
        if column == Column.FUNDER:
            return funder_text(line).casefold()
        if column == Column.STATUSES:
            return self._display(line, column).casefold()
        return self._cents(line, column)

    @staticmethod
    def _cents(line: ProjectFunderLine, column: Column) -> int:
        if column == Column.REQUESTED:
            return line.requested_cents
        if column == Column.GRANTED:
            return line.granted_cents
        return line.paid_cents
