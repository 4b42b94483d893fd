"""Projects, one ProjectRow per line: title, period ("01/01/2027 – 31/12/2027"), person in charge."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt

from coopdesk.domain.applications import ProjectRow
from coopdesk.ui.formatting import NO_VALUE, date_text
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel

EN_DASH = "\u2013"


class Column(IntEnum):
    TITLE = 0
    PERIOD = 1
    OWNER = 2


def period_text(starts_on: dt.date | None, ends_on: dt.date | None) -> str:
    """ "01/01/2027 – 31/12/2027", "from 01/01/2027", "until 31/12/2027", or "—"."""
    if starts_on is not None and ends_on is not None:
        return f"{date_text(starts_on)} {EN_DASH} {date_text(ends_on)}"
    if starts_on is not None:
        return QCoreApplication.translate("ProjectLabels", "from %1").replace("%1", date_text(starts_on))
    if ends_on is not None:
        return QCoreApplication.translate("ProjectLabels", "until %1").replace("%1", date_text(ends_on))
    return NO_VALUE


def _qdate(day: dt.date | None) -> QDate:
    return QDate() if day is None else QDate(day.year, day.month, day.day)


class ProjectTableModel(RowTableModel[ProjectRow]):
    columns = Column

    # -- Qt overrides ---------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        project = self._row_of_index(index)
        if project is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = self._display(project, column)
            return shown if role == Qt.ItemDataRole.DisplayRole else shown or None
        if role == SORT_ROLE:
            return self._sort_value(project, column)
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.TITLE: self.tr("Title"),
            Column.PERIOD: self.tr("Period"),
            Column.OWNER: self.tr("In charge"),
        }

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, project: ProjectRow, column: Column) -> str:
        if column == Column.TITLE:
            return project.title
        if column == Column.PERIOD:
            return period_text(project.starts_on, project.ends_on)
        return project.owner_name

    def _sort_value(self, project: ProjectRow, column: Column) -> Any:
        if column == Column.TITLE:
            return project.title.casefold()
        if column == Column.PERIOD:
            return _qdate(project.starts_on or project.ends_on)
        return project.owner_name.casefold()
