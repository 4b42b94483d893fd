"""Pieces of the permanent file, one DocumentRow per line; expired and soon-expiring pieces stand out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.domain.documents import DocumentRow, ExpiryState, expiry_state
from coopdesk.ui.document_labels import document_type_label
from coopdesk.ui.formatting import NO_VALUE, date_text
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel

EXPIRED_FOREGROUND = QColor("#9b1c1c")
EXPIRED_BACKGROUND = QColor("#fde2e2")
SOON_FOREGROUND = QColor("#8a4b00")
SOON_BACKGROUND = QColor("#fff4d6")
REPLACED_FOREGROUND = QColor("#777777")


class Column(IntEnum):
    TYPE = 0
    TITLE = 1
    VALID_FROM = 2
    VALID_UNTIL = 3
    STATE = 4
    FILE = 5
    SIZE = 6
    ADDED = 7


def size_text(size: int) -> str:
    """ "512 o", "48 Ko", "2,4 Mo" in the user's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def state_text(row: DocumentRow, today: dt.date) -> str:
    """The marker of a piece: "Expired 3 days ago", "Expires in 12 days", "Replaced", or ""."""
    if not row.is_current:
        return QCoreApplication.translate("DocumentTableModel", "Replaced")
    state = expiry_state(row.valid_until, today)
    if state == ExpiryState.EXPIRED and row.valid_until is not None:
        days = (today - row.valid_until).days
        if days == 1:
            return QCoreApplication.translate("DocumentTableModel", "Expired yesterday")
        return QCoreApplication.translate("DocumentTableModel", "Expired %1 days ago").replace(
            "%1", str(days)
        )
    if state == ExpiryState.EXPIRES_SOON and row.valid_until is not None:
        days = (row.valid_until - today).days
        if days == 0:
            return QCoreApplication.translate("DocumentTableModel", "Expires today")
        if days == 1:
            return QCoreApplication.translate("DocumentTableModel", "Expires tomorrow")
        return QCoreApplication.translate("DocumentTableModel", "Expires in %1 days").replace("%1", str(days))
    return QCoreApplication.translate("DocumentTableModel", "Valid")


def _qdate(day: dt.date | None) -> QDate:
    return QDate() if day is None else QDate(day.year, day.month, day.day)


class DocumentTableModel(RowTableModel[DocumentRow]):
    columns = Column

    def __init__(self, parent: QObject | None = None, *, count_older: bool = True) -> None:
        super().__init__(parent)
        self._count_older = count_older  # "(+2 older)" after the title of a piece with a history
        self._today = dt.date.min

    def set_rows(self, rows: Sequence[DocumentRow], today: dt.date | None = None) -> None:
        """The pieces to show and the day their expiry is judged on (kept as it was when not given)."""
        if today is not None:
            self._today = today
        self._reset_rows(rows)

    def state(self, row: int) -> ExpiryState | None:
        """The expiry state of a current piece (None for a replaced version: it no longer counts)."""
        document = self._rows[row]
        return expiry_state(document.valid_until, self._today) if document.is_current else None

    # -- Qt overrides ---------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        document = self._row_of_index(index)
        if document is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(document, column)
        if role == SORT_ROLE:
            return self._sort_value(document, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.TITLE and document.notes:
                return f"{document.title}\n\n{document.notes}"
            return self._display(document, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.VALID_FROM,
            Column.VALID_UNTIL,
            Column.SIZE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        state = self.state(index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            if state == ExpiryState.EXPIRED:
                return QBrush(EXPIRED_FOREGROUND)
            if state == ExpiryState.EXPIRES_SOON:
                return QBrush(SOON_FOREGROUND)
            if state is None:
                return QBrush(REPLACED_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if state == ExpiryState.EXPIRED:
                return QBrush(EXPIRED_BACKGROUND)
            if state == ExpiryState.EXPIRES_SOON:
                return QBrush(SOON_BACKGROUND)
            return None
        if (
            role == Qt.ItemDataRole.FontRole
            and column == Column.STATE
            and state
            in (
                ExpiryState.EXPIRED,
                ExpiryState.EXPIRES_SOON,
            )
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.TYPE: self.tr("Type"),
            Column.TITLE: self.tr("Title"),
            Column.VALID_FROM: self.tr("Valid from"),
            Column.VALID_UNTIL: self.tr("Valid until"),
            Column.STATE: self.tr("State"),
            Column.FILE: self.tr("File"),
            Column.SIZE: self.tr("Size"),
            Column.ADDED: self.tr("Added on"),
        }

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, document: DocumentRow, column: Column) -> str:
        if column == Column.TYPE:
            return document_type_label(document.document_type)
        if column == Column.TITLE:
            if self._count_older and document.is_current and document.older_versions:
                return (
                    self.tr("%1 (+%2 older)")
                    .replace("%1", document.title)
                    .replace("%2", str(document.older_versions))
                )
            return document.title
        if column == Column.VALID_FROM:
            return NO_VALUE if document.valid_from is None else date_text(document.valid_from)
        if column == Column.VALID_UNTIL:
            return NO_VALUE if document.valid_until is None else date_text(document.valid_until)
        if column == Column.STATE:
            return state_text(document, self._today)
        if column == Column.FILE:
            return document.filename
        if column == Column.SIZE:
            return size_text(document.size)
        return date_text(document.added_at.date())

    def _sort_value(self, document: DocumentRow, column: Column) -> Any:
        if column == Column.TYPE:
            return document_type_label(document.document_type).casefold()
        if column == Column.TITLE:
            return document.title.casefold()
        if column == Column.VALID_FROM:
            return _qdate(document.valid_from)
        if column == Column.VALID_UNTIL:
            return _qdate(document.valid_until)
        if column == Column.STATE:
            if not document.is_current:
                return 10**7
            if document.valid_until is None:
                return 10**6
            return (document.valid_until - self._today).days
        if column == Column.FILE:
            return document.filename.casefold()
        if column == Column.SIZE:
            return document.size
        return document.added_at.isoformat()
