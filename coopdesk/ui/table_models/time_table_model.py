"""Time entries, one TimeEntryRow per line: date, volunteer, what the time was spent on, activity,
duration ("1 h 30"), note."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt

from coopdesk.domain.durations import format_duration
from coopdesk.domain.enums import TimeActivity
from coopdesk.domain.time_entries import TimeEntryRow
from coopdesk.ui.formatting import NO_VALUE, date_text
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel


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


class TimeTableModel(RowTableModel[TimeEntryRow]):
    columns = Column

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._row_of_index(index)
        if entry is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = self._display(entry, column)
            return shown if role == Qt.ItemDataRole.DisplayRole else shown or None
        if role == SORT_ROLE:
            return self._sort_value(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.DATE: self.tr("Date"),
            Column.VOLUNTEER: self.tr("Volunteer"),
            Column.TARGET: self.tr("Application or funder"),
            Column.ACTIVITY: self.tr("Activity"),
            Column.DURATION: self.tr("Duration"),
            Column.NOTE: self.tr("Note"),
        }

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
