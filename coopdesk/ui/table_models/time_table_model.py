"""Time entries, one TimeEntryRow per line: date, volunteer, what the time was spent on, activity,
duration ("1 h 30"), note."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coopdesk.domain.durations import format_duration
from coopdesk.domain.enums import TimeActivity
from coopdesk.domain.time_entries import TimeEntryRow
from coopdesk.ui.formatting import NO_VALUE, date_text
from coopdesk.ui.table_models import SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    VOLUNTEER = 1
    TARGET = 2
    ACTIVITY = 3
    DURATION = 4
    NOTE = 5


def activity_label(activity: TimeActivity) -> str:
    labels = {
        TimeActivity.RESEARCH: QCoreApplication.translate("TimeLabels", "Research and monitoring"),
        TimeActivity.WRITING: QCoreApplication.translate("TimeLabels", "Writing"),
        TimeActivity.COLLECTING_PIECES: QCoreApplication.translate("TimeLabels", "Collecting documents"),
        TimeActivity.PLATFORM_ENTRY: QCoreApplication.translate("TimeLabels", "Entry on the platform"),
        TimeActivity.MEETINGS: QCoreApplication.translate("TimeLabels", "Meetings and exchanges"),
        TimeActivity.FOLLOW_UP: QCoreApplication.translate("TimeLabels", "Follow-up and reminders"),
        TimeActivity.REPORTING: QCoreApplication.translate("TimeLabels", "Final report"),
        TimeActivity.OTHER: QCoreApplication.translate("TimeLabels", "Other"),
    }
    return labels[activity]


def target_text(row: TimeEntryRow) -> str:
    """The application (and its funder); else the call or the funder the time went to."""
    if row.application_id is not None:
        return f"{row.application_title} — {row.funder_name}" if row.funder_name else row.application_title
    if row.call_title:
        return QCoreApplication.translate("TimeLabels", "Call: %1").replace("%1", row.call_title)
    if row.funder_name:
        return QCoreApplication.translate("TimeLabels", "Funder: %1").replace("%1", row.funder_name)
    return NO_VALUE


class TimeTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TimeEntryRow] = []

    def set_rows(self, rows: Sequence[TimeEntryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TimeEntryRow:
        return self._rows[row]

    def rows(self) -> list[TimeEntryRow]:
        return list(self._rows)

    def row_of(self, entry_id: int) -> int:
        """The model row of the entry, or -1."""
        for number, row in enumerate(self._rows):
            if row.id == entry_id:
                return number
        return -1

    # -- Qt overrides ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = self._display(entry, column)
            return shown if role == Qt.ItemDataRole.DisplayRole else shown or None
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        headers = {
            Column.DATE: self.tr("Date"),
            Column.VOLUNTEER: self.tr("Volunteer"),
            Column.TARGET: self.tr("Application or funder"),
            Column.ACTIVITY: self.tr("Activity"),
            Column.DURATION: self.tr("Duration"),
            Column.NOTE: self.tr("Note"),
        }
        return headers[Column(section)]

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, entry: TimeEntryRow, column: Column) -> str:
        if column == Column.DATE:
            return date_text(entry.spent_on)
        if column == Column.VOLUNTEER:
            return entry.volunteer_name or NO_VALUE
        if column == Column.TARGET:
            return target_text(entry)
        if column == Column.ACTIVITY:
            return activity_label(entry.activity)
        if column == Column.DURATION:
            return format_duration(entry.minutes)
        return " ".join(entry.note.split())

    def _sort_value(self, entry: TimeEntryRow, column: Column) -> Any:
        if column == Column.DATE:
            day = entry.spent_on
            return QDate(day.year, day.month, day.day)
        if column == Column.DURATION:
            return entry.minutes
        return self._display(entry, column).casefold()
