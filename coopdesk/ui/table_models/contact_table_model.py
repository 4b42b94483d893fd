"""A funder's contacts, one ContactRow per line: for the funder's sheet (former ones greyed)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette

from coopdesk.domain.funders import ContactRow
from coopdesk.ui.formatting import date_text
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    PHONE = 2
    EMAIL = 3
    TOPICS = 4
    STATUS = 5


class ContactTableModel(RowTableModel[ContactRow]):
    columns = Column

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        contact = self._row_of_index(index)
        if contact is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(contact, column)
        if role == SORT_ROLE:
            if column == Column.STATUS:
                return int(contact.active)
            return self._display(contact, column).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and not contact.active:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Name"),
            Column.ROLE: self.tr("Role"),
            Column.PHONE: self.tr("Phone"),
            Column.EMAIL: self.tr("E-mail"),
            Column.TOPICS: self.tr("Topics"),
            Column.STATUS: self.tr("Status"),
        }

    def _display(self, contact: ContactRow, column: Column) -> str:
        if column == Column.NAME:
            return contact.name
        if column == Column.ROLE:
            return contact.role
        if column == Column.PHONE:
            return contact.phone
        if column == Column.EMAIL:
            return contact.email
        if column == Column.TOPICS:
            return ", ".join(contact.topics)
        if contact.active:
            return self.tr("In post")
        if contact.left_on is not None:
            return self.tr("Left on %1").replace("%1", date_text(contact.left_on))
        return self.tr("Left")
