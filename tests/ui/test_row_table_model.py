"""RowTableModel: rows replaced as a whole (with a model reset), found by index or id, counts and
horizontal headers from the subclass's Column enum and headers()."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class Column(IntEnum):
    ID = 0
    NAME = 1


class ItemModel(RowTableModel[Item]):
    columns = Column

    def headers(self) -> dict[Column, str]:
        return {Column.ID: "Number", Column.NAME: "Name"}

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._row_of_index(index)
        if item is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(item.id) if index.column() == Column.ID else item.name


ITEMS = [Item(4, "Banque alimentaire"), Item(9, "Épicerie solidaire")]


def test_passes_qtmodeltester(qtmodeltester):
    model = ItemModel()
    qtmodeltester.check(model)
    model.set_rows(ITEMS)
    qtmodeltester.check(model)


def test_set_rows_resets_the_model_and_copies_the_rows(qtbot):
    model = ItemModel()
    given = list(ITEMS)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(given)
    given.clear()
    assert model.rowCount() == 2
    assert model.rows() == ITEMS
    model.rows().clear()  # a copy: the model keeps its rows
    assert model.row_at(1) == ITEMS[1]
    assert model.index(1, Column.NAME).data() == "Épicerie solidaire"
    model.set_rows([])
    assert model.rowCount() == 0
    assert model.index(0, 0).data() is None


def test_row_of_finds_a_row_by_id():
    model = ItemModel()
    assert model.row_of(4) is None
    model.set_rows(ITEMS)
    assert model.row_of(4) == 0
    assert model.row_of(9) == 1
    assert model.row_of(99) is None


def test_counts_are_zero_under_a_valid_parent():
    model = ItemModel()
    model.set_rows(ITEMS)
    assert model.rowCount() == 2
    assert model.columnCount() == len(Column)
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 0
    assert model.columnCount(parent) == 0
    assert model.rowCount(QPersistentModelIndex(parent)) == 0
    assert model.columnCount(QModelIndex()) == 2


def test_headers_only_horizontal_display_in_range():
    model = ItemModel()
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(section, horizontal) for section in range(2)] == ["Number", "Name"]
    assert model.headerData(2, horizontal) is None
    assert model.headerData(-1, horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None


def test_no_row_at_an_invalid_index():
    model = ItemModel()
    model.set_rows(ITEMS)
    assert model._row_of_index(QModelIndex()) is None
    assert model._row_of_index(model.index(0, 0)) == ITEMS[0]


def test_state_changed_inside_one_reset(qtbot):
    model = ItemModel()
    seen: list[int] = []
    model.modelAboutToBeReset.connect(lambda: seen.append(model.rowCount()))
    model.modelReset.connect(lambda: seen.append(model.rowCount()))
    with model._resetting():
        model._rows = list(ITEMS)
    assert seen == [0, 2]
