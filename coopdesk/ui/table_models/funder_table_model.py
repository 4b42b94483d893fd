"""The funders list, one FunderListRow per line: for the Financeurs page."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QPalette

from coopdesk.domain.funders import FunderListRow
from coopdesk.ui.formatting import date_text
from coopdesk.ui.funder_labels import kind_label, level_label
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel


class Column(IntEnum):
    NAME = 0
    KIND = 1
    LEVEL = 2
    SERVICE = 3
    CITY = 4
    ACTIVE_CONTACTS = 5
    LAST_EXCHANGE = 6


class FunderTableModel(RowTableModel[FunderListRow]):
    columns = Column

    # -- Qt overrides ---------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        funder = self._row_of_index(index)
        if funder is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(funder, column)
        if role == SORT_ROLE:
            return self._sort_value(funder, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.ACTIVE_CONTACTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and funder.archived:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.ToolTipRole and funder.archived:
            return self.tr("Archived")
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Name"),
            Column.KIND: self.tr("Kind"),
            Column.LEVEL: self.tr("Level"),
            Column.SERVICE: self.tr("Service"),
            Column.CITY: self.tr("City"),
            Column.ACTIVE_CONTACTS: self.tr("Contacts"),
            Column.LAST_EXCHANGE: self.tr("Last exchange"),
        }

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, funder: FunderListRow, column: Column) -> str:
        if column == Column.NAME:
            return funder.name
        if column == Column.KIND:
            return kind_label(funder.kind)
        if column == Column.LEVEL:
            return level_label(funder.level)
        if column == Column.SERVICE:
            return funder.service
        if column == Column.CITY:
            return funder.city
        if column == Column.ACTIVE_CONTACTS:
            return str(funder.active_contacts)
        return date_text(funder.last_exchange_on) if funder.last_exchange_on else ""

    def _sort_value(self, funder: FunderListRow, column: Column) -> Any:
        if column == Column.ACTIVE_CONTACTS:
            return funder.active_contacts
        if column == Column.LEVEL:
            return list(type(funder.level)).index(funder.level)
        if column == Column.LAST_EXCHANGE:
            day = funder.last_exchange_on
            return QDate(day.year, day.month, day.day) if day else QDate(1, 1, 1)
        return self._display(funder, column).casefold()
