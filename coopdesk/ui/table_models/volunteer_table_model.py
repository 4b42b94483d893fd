"""The association's volunteers, one VolunteerRow per line: for Paramètres › Bénévoles."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette

from coopdesk.domain.rows import VolunteerRow
from coopdesk.ui.table_models import SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    EMAIL = 2
    PHONE = 3
    ACTIVE = 4


class VolunteerTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VolunteerRow] = []

    def set_rows(self, rows: Sequence[VolunteerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> VolunteerRow:
        return self._rows[row]

    def row_of(self, volunteer_id: int) -> int | None:
        for number, volunteer in enumerate(self._rows):
            if volunteer.id == volunteer_id:
                return number
        return None

    # -- Qt overrides ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        volunteer = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(volunteer, column)
        if role == SORT_ROLE:
            return self._sort_value(volunteer, column)
        if role == Qt.ItemDataRole.ForegroundRole and not volunteer.active:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        headers = {
            Column.NAME: self.tr("Name"),
            Column.ROLE: self.tr("Role"),
            Column.EMAIL: self.tr("E-mail"),
            Column.PHONE: self.tr("Phone"),
            Column.ACTIVE: self.tr("Status"),
        }
        return headers[Column(section)]

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, volunteer: VolunteerRow, column: Column) -> str:
        if column == Column.NAME:
            return volunteer.name
        if column == Column.ROLE:
            return volunteer.role
        if column == Column.EMAIL:
            return volunteer.email
        if column == Column.PHONE:
            return volunteer.phone
        return self.tr("Active") if volunteer.active else self.tr("Inactive")

    def _sort_value(self, volunteer: VolunteerRow, column: Column) -> Any:
        if column == Column.ACTIVE:
            return int(volunteer.active)
        return self._display(volunteer, column).casefold()
