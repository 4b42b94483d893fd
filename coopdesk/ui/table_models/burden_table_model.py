"""One table of the Rapports page (per funder, application, status, activity or volunteer): the page
gives the columns and, for each cell, the text shown and the native value it sorts by."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel


@dataclass(frozen=True)
class BurdenColumn:
    title: str
    numeric: bool = False  # right-aligned
    tip: str = ""  # what a short header means, shown as its tooltip


@dataclass(frozen=True)
class BurdenCell:
    text: str
    sort: Any  # int minutes or cents, casefolded text…


class BurdenTableModel(RowTableModel[Sequence[BurdenCell]]):
    """Its columns come with the table (not from a Column enum): it gives the counts and headers itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[BurdenColumn] = []

    def set_table(self, columns: Sequence[BurdenColumn], rows: Sequence[Sequence[BurdenCell]]) -> None:
        with self._resetting():
            self._columns = list(columns)
            self._rows = list(rows)

    def cell(self, row: int, column: int) -> BurdenCell:
        return self._rows[row][column]

    # -- Qt overrides ---------------------------------------------------------------------------

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cells = self._row_of_index(index)
        if cells is None or not 0 <= index.column() < len(self._columns):
            return None
        cell = cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.text or None
        if role == SORT_ROLE:
            return cell.sort
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or column.title
        return None
