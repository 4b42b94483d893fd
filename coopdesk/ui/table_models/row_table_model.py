"""The common part of the table models over a list of frozen rows: the rows themselves (replaced as a
whole), finding a row by its id, the counts Qt asks for and the horizontal header titles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import IntEnum
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

# The index type of Qt's model methods.
ModelIndex = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT")
IdRowT = TypeVar("IdRowT", bound=HasId)


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A flat table, one row object per line and one `columns` member per column.

    A subclass sets `columns` (its Column enum), gives the titles in `headers()` and the cells in
    `data()`; extra state shown with the rows is set in an override of `set_rows` calling `_reset_rows`.
    """

    columns: ClassVar[type[IntEnum]]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self._reset_rows(rows)

    def _reset_rows(self, rows: Iterable[RowT]) -> None:
        with self._resetting():
            self._rows = list(rows)

    @contextmanager
    def _resetting(self) -> Iterator[None]:
        """Change the rows and what they are shown with inside one model reset."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_of(self: RowTableModel[IdRowT], row_id: int) -> int | None:
        """The model row of the row with this id, or None."""
        for number, row in enumerate(self._rows):
            if row.id == row_id:
                return number
        return None

    def headers(self) -> Mapping[Any, str]:
        """The title of each column (translated when asked: the language may change)."""
        raise NotImplementedError

    def _row_of_index(self, index: ModelIndex) -> RowT | None:
        """The row shown at a valid index of this model, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    # -- Qt overrides ---------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.headers().get(self.columns(section))
