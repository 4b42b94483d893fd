"""A funder's contacts, one ContactRow per line: for the funder's sheet (former ones greyed)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette

from coopdesk.domain.funders import ContactRow
from coopdesk.ui.formatting import date_text
from coopdesk.ui.table_models import SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    PHONE = 2
    EMAIL = 3
    TOPICS = 4
    STATUS = 5


class ContactTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []

    def set_rows(self, rows: Sequence[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ContactRow:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int | None:
        for number, contact in enumerate(self._rows):
            if contact.id == contact_id:
                return number
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        contact = self._rows[index.row()]
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
            Column.PHONE: self.tr("Phone"),
            Column.EMAIL: self.tr("E-mail"),
            Column.TOPICS: self.tr("Topics"),
            Column.STATUS: self.tr("Status"),
        }
        return headers[Column(section)]

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
