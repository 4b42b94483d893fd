""" "Qui fait quoi": one line per topic and contact in post (TopicContacts flattened), topic repeated."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from coopdesk.domain.funders import ContactRow, TopicContacts
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel


class Column(IntEnum):
    TOPIC = 0
    NAME = 1
    FUNDER = 2
    ROLE = 3
    PHONE = 4
    EMAIL = 5


class WhoDoesWhatTableModel(RowTableModel[tuple[str, ContactRow]]):
    columns = Column

    def set_topics(self, topics: Sequence[TopicContacts]) -> None:
        self._reset_rows((entry.topic, contact) for entry in topics for contact in entry.contacts)

    def topic_count(self) -> int:
        return len({topic for topic, _contact in self._rows})

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._row_of_index(index)
        if entry is None:
            return None
        topic, contact = entry
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(topic, contact, column)
        if role == SORT_ROLE:
            # Sorting by topic keeps the funders and names of one topic in order.
            if column == Column.TOPIC:
                return f"{topic.casefold()}\x00{contact.funder_name.casefold()}\x00{contact.name.casefold()}"
            return self._display(topic, contact, column).casefold()
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.TOPIC: self.tr("Topic"),
            Column.NAME: self.tr("Contact"),
            Column.FUNDER: self.tr("Funder"),
            Column.ROLE: self.tr("Role"),
            Column.PHONE: self.tr("Phone"),
            Column.EMAIL: self.tr("E-mail"),
        }

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
