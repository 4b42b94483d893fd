"""The association's volunteers, one VolunteerRow per line: for Paramètres › Bénévoles."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette

from coopdesk.domain.rows import VolunteerRow
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    EMAIL = 2
    PHONE = 3
    ACTIVE = 4


class VolunteerTableModel(RowTableModel[VolunteerRow]):
    columns = Column

    # -- Qt overrides ---------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        volunteer = self._row_of_index(index)
        if volunteer is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(volunteer, column)
        if role == SORT_ROLE:
            return self._sort_value(volunteer, column)
        if role == Qt.ItemDataRole.ForegroundRole and not volunteer.active:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Name"),
            Column.ROLE: self.tr("Role"),
            Column.EMAIL: self.tr("E-mail"),
            Column.PHONE: self.tr("Phone"),
            Column.ACTIVE: self.tr("Status"),
        }

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
