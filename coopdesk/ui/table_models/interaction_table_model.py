"""Exchanges with funders, one InteractionRow per line: the timeline of a sheet and the follow-ups due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QBrush

from coopdesk.domain.funders import InteractionRow
from coopdesk.ui.formatting import date_text, relative_days
from coopdesk.ui.funder_labels import interaction_kind_label
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.deadline_table_model import OVERDUE_FOREGROUND
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel


class Column(IntEnum):
    DATE = 0
    FUNDER = 1
    KIND = 2
    CONTACT = 3
    SUMMARY = 4
    FOLLOW_UP = 5


def _qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate(1, 1, 1)


class InteractionTableModel(RowTableModel[InteractionRow]):
    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()

    def set_rows(self, rows: Sequence[InteractionRow], today: dt.date | None = None) -> None:
        """The rows to show and the day they are judged on (kept as it was when not given)."""
        if today is not None:
            self._today = today
        self._reset_rows(rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        interaction = self._row_of_index(index)
        if interaction is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(interaction, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.SUMMARY and interaction.summary:
            return interaction.summary
        if role == SORT_ROLE:
            if column == Column.DATE:
                return _qdate(interaction.occurred_on)
            if column == Column.FOLLOW_UP:
                return _qdate(interaction.follow_up_on)
            return self._display(interaction, column).casefold()
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.FOLLOW_UP
            and interaction.follow_up_overdue(self._today)
        ):
            return QBrush(OVERDUE_FOREGROUND)
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.DATE: self.tr("Date"),
            Column.FUNDER: self.tr("Funder"),
            Column.KIND: self.tr("Kind"),
            Column.CONTACT: self.tr("Contact"),
            Column.SUMMARY: self.tr("Summary"),
            Column.FOLLOW_UP: self.tr("Follow-up"),
        }

    def _display(self, interaction: InteractionRow, column: Column) -> str:
        if column == Column.DATE:
            return date_text(interaction.occurred_on)
        if column == Column.FUNDER:
            return interaction.funder_name
        if column == Column.KIND:
            return interaction_kind_label(interaction.kind)
        if column == Column.CONTACT:
            return interaction.contact_name or interaction.participants
        if column == Column.SUMMARY:
            return " ".join(interaction.summary.split())
        if interaction.follow_up_on is None:
            return ""
        if interaction.follow_up_done:
            return self.tr("%1 (done)").replace("%1", date_text(interaction.follow_up_on))
        return (
            f"{date_text(interaction.follow_up_on)} ({relative_days(interaction.follow_up_on, self._today)})"
        )
