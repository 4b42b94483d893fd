""" "Qui fait quoi": one line per topic and contact in post (TopicContacts flattened), topic repeated."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coopdesk.domain.funders import ContactRow, TopicContacts
from coopdesk.ui.table_models import SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TOPIC = 0
    NAME = 1
    FUNDER = 2
    ROLE = 3
    PHONE = 4
    EMAIL = 5


class WhoDoesWhatTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ContactRow]] = []

    def set_topics(self, topics: Sequence[TopicContacts]) -> None:
        self.beginResetModel()
        self._rows = [(entry.topic, contact) for entry in topics for contact in entry.contacts]
        self.endResetModel()

    def row_at(self, row: int) -> tuple[str, ContactRow]:
        return self._rows[row]

    def topic_count(self) -> int:
        return len({topic for topic, _contact in self._rows})

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        topic, contact = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(topic, contact, column)
        if role == SORT_ROLE:
            # Sorting by topic keeps the funders and names of one topic in order.
            if column == Column.TOPIC:
                return f"{topic.casefold()}\x00{contact.funder_name.casefold()}\x00{contact.name.casefold()}"
            return self._display(topic, contact, column).casefold()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        headers = {
            Column.TOPIC: self.tr("Topic"),
            Column.NAME: self.tr("Contact"),
            Column.FUNDER: self.tr("Funder"),
            Column.ROLE: self.tr("Role"),
            Column.PHONE: self.tr("Phone"),
            Column.EMAIL: self.tr("E-mail"),
        }
        return headers[Column(section)]

    def _display(self, topic: str, contact: ContactRow, column: Column) -> str:
        if column == Column.TOPIC:
            return topic
        if column == Column.NAME:
            return contact.name
        if column == Column.FUNDER:
            return contact.funder_name
        if column == Column.ROLE:
            return contact.role
        if column == Column.PHONE:
            return contact.phone
        return contact.email
