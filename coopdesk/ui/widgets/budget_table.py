"""One block of a CERFA budget (charges, produits, 86 or 87) as an editable table.

Rows are the CERFA headings (bold, with their subtotal), the "74" funder groups, the lines, and the
block's total. In the budget editor (`Mode.BUDGET`) the label and amount of a line are editable; in the
compte rendu (`Mode.REPORT`) the actual amount and the explanation of the gap are. The table does not
keep data: it shows a `Budget` block and reports each edit through `edited(key, field, text)`, where
`key` is ("line", local id) for a line of the editor or ("application", application id) for a 74 line
taken from an application; the dialog validates, rebuilds the budget and calls `show_block` again.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from coopdesk.domain.budget import (
    CERFA_GROUP_LABELS,
    SUBSIDY_ACCOUNT,
    BudgetBlock,
    BudgetItem,
    is_pending,
    shown_code,
)
from coopdesk.domain.enums import BudgetSection
from coopdesk.ui.formatting import money, status_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_BACKGROUND = QColor("#e8eff5")
TOTAL_BACKGROUND = QColor("#d5e3ee")
ALERT = QColor("#b3261e")

LineKey = tuple[str, int]


class Mode(Enum):
    BUDGET = "budget"
    REPORT = "report"


class Field(Enum):
    ACCOUNT = "account"
    LABEL = "label"
    PLANNED = "planned"
    ACTUAL = "actual"
    GAP = "gap"
    EXPLANATION = "explanation"


COLUMNS = {
    Mode.BUDGET: (Field.ACCOUNT, Field.LABEL, Field.PLANNED),
    Mode.REPORT: (Field.ACCOUNT, Field.LABEL, Field.PLANNED, Field.ACTUAL, Field.GAP, Field.EXPLANATION),
}


def euros_text(cents: int | None) -> str:
    return "" if cents is None else money(cents, with_cents=False)


def gap_text(item: BudgetItem) -> str:
    gap = item.gap_percent
    if gap is None:
        return ""
    # as printed in the PDF: a true minus sign (U+2212), a decimal comma, a narrow space before %
    sign = "+" if gap > 0 else "\u2212" if gap < 0 else ""
    return f"{sign}{str(abs(gap)).replace('.', ',')}\u202f%"


def item_key(item: BudgetItem) -> LineKey:
    if item.application is not None:
        return ("application", item.application.id)
    assert item.stored is not None
    return ("line", item.stored.id)


class BudgetTable(QTableWidget):
    """One block of the budget; see the module's docstring."""

    edited = Signal(object, object, str)  # key, Field, text

    def __init__(self, mode: Mode = Mode.BUDGET, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.block: BudgetBlock | None = None
        self._filling = False
        self.columns = COLUMNS[mode]
        self.setColumnCount(len(self.columns))
        self.setHorizontalHeaderLabels([self._header(column) for column in self.columns])
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.columns.index(Field.LABEL), QHeaderView.ResizeMode.Stretch)
        if Field.EXPLANATION in self.columns:
            header.setSectionResizeMode(self.columns.index(Field.EXPLANATION), QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._item_changed)

    @staticmethod
    def _header(column: Field) -> str:
        return {
            Field.ACCOUNT: QCoreApplication.translate("BudgetTable", "Account"),
            Field.LABEL: QCoreApplication.translate("BudgetTable", "Label"),
            Field.PLANNED: QCoreApplication.translate("BudgetTable", "Forecast"),
            Field.ACTUAL: QCoreApplication.translate("BudgetTable", "Actual"),
            Field.GAP: QCoreApplication.translate("BudgetTable", "Gap"),
            Field.EXPLANATION: QCoreApplication.translate("BudgetTable", "Explanation of the gap"),
        }[column]

    # -- filling ----------------------------------------------------------------------------------

    def show_block(self, block: BudgetBlock, total_label: str) -> None:
        """Show the block; the current cell stays on the same line and column when still there."""
        current = self.current_key()
        column = max(self.currentColumn(), 0)
        self._filling = True
        self.block = block
        self.setRowCount(0)
        for account in block.accounts:
            self._add_heading(account.code, account.label, account.planned_cents if account.items else None,
                              account.actual_cents)  # fmt: skip
            if account.code == SUBSIDY_ACCOUNT and block.section is BudgetSection.PRODUCTS:
                for group, items in account.all_groups:  # every group of the form, even empty
                    self._add_group(CERFA_GROUP_LABELS[group])
                    for item in items:
                        self._add_item(item)
            else:
                for item in account.items:
                    self._add_item(item)
        self._add_total(total_label, block.planned_cents, block.actual_cents)
        self._filling = False
        if current is not None:
            self.select_key(current, column)

    def _cells(self, values: dict[Field, str]) -> list[QTableWidgetItem]:
        row = self.rowCount()
        self.insertRow(row)
        cells = []
        for index, column in enumerate(self.columns):
            cell = QTableWidgetItem(values.get(column, ""))
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if column in (Field.PLANNED, Field.ACTUAL, Field.GAP):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, index, cell)
            cells.append(cell)
        return cells

    def _add_heading(self, code: str, label: str, planned: int | None, actual: int | None) -> None:
        values = {
            Field.ACCOUNT: shown_code(code),
            Field.LABEL: label,
            Field.PLANNED: euros_text(planned),
            Field.ACTUAL: euros_text(actual if planned is not None else None),
        }
        cells = self._cells(values)
        font = QFont(self.font())
        font.setBold(True)
        for cell in cells:
            cell.setFont(font)
            cell.setBackground(QBrush(HEADING_BACKGROUND))

    def _add_group(self, label: str) -> None:
        cells = self._cells({Field.LABEL: label})
        font = QFont(self.font())
        font.setItalic(True)
        for cell in cells:
            cell.setFont(font)

    def _add_total(self, label: str, planned: int, actual: int | None) -> None:
        cells = self._cells(
            {Field.LABEL: label, Field.PLANNED: euros_text(planned), Field.ACTUAL: euros_text(actual)}
        )
        font = QFont(self.font())
        font.setBold(True)
        for cell in cells:
            cell.setFont(font)
            cell.setBackground(QBrush(TOTAL_BACKGROUND))

    def _add_item(self, item: BudgetItem) -> None:
        label = item.label
        if item.application is not None:
            label = f"{label} ({status_label(item.application.status)})"
            if item.overridden:
                label += " ✎"
        values = {
            Field.ACCOUNT: "" if item.account == SUBSIDY_ACCOUNT else shown_code(item.account),
            Field.LABEL: "    " + label if item.application is not None else label,
            Field.PLANNED: euros_text(item.planned_cents),
            Field.ACTUAL: euros_text(item.actual_cents),
            Field.GAP: gap_text(item),
            Field.EXPLANATION: item.gap_explanation,
        }
        cells = self._cells(values)
        key = item_key(item)
        editable = {Field.PLANNED} if self.mode is Mode.BUDGET else {Field.ACTUAL, Field.EXPLANATION}
        if self.mode is Mode.BUDGET and item.application is None:
            editable.add(Field.LABEL)
        for column, cell in zip(self.columns, cells, strict=True):
            cell.setData(KEY_ROLE, key)
            if column in editable:
                cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsEditable)
        if item.application is not None:
            tip = QCoreApplication.translate(
                "BudgetTable",
                "Amount of the application: %1. Type another amount to change it in this budget only.",
            ).replace("%1", euros_text(item.application.amount_cents))
            tip = f"{label}\n{tip}"
            for cell in cells:
                cell.setToolTip(tip)
        if self.mode is Mode.REPORT and is_pending(item):
            actual = cells[self.columns.index(Field.ACTUAL)]
            actual.setToolTip(
                QCoreApplication.translate(
                    "BudgetTable",
                    "Awaiting the funder's decision: left out of the actual result. "
                    "Type the amount obtained once it is known.",
                )
            )
        if self.mode is Mode.REPORT and item.significant_gap:
            gap_cell = cells[self.columns.index(Field.GAP)]
            gap_cell.setForeground(QBrush(ALERT))
            if item.explanation_missing:
                explanation = cells[self.columns.index(Field.EXPLANATION)]
                explanation.setBackground(QBrush(QColor("#fdecea")))
                explanation.setToolTip(
                    QCoreApplication.translate(
                        "BudgetTable", "A gap above 15 % must be explained to the funder."
                    )
                )

    # -- keys and edits ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter goes down to the next line (as in a spreadsheet); it never closes the dialog."""
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            row, column = self.currentRow(), max(self.currentColumn(), 0)
            for following in range(row + 1, self.rowCount()):
                cell = self.item(following, column)
                if cell is not None and cell.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentCell(following, column)
                    break
            event.accept()
            return
        super().keyPressEvent(event)

    def key_at(self, row: int) -> LineKey | None:
        cell = self.item(row, 0)
        if cell is None:
            return None
        key = cell.data(KEY_ROLE)
        return None if key is None else (str(key[0]), int(key[1]))

    def current_key(self) -> LineKey | None:
        return None if self.currentRow() < 0 else self.key_at(self.currentRow())

    def row_of(self, key: LineKey) -> int:
        for row in range(self.rowCount()):
            if self.key_at(row) == key:
                return row
        return -1

    def select_key(self, key: LineKey, column: int | Field = Field.PLANNED) -> bool:
        row = self.row_of(key)
        if row < 0:
            return False
        index = self.columns.index(column) if isinstance(column, Field) else column
        self.setCurrentCell(row, min(index, self.columnCount() - 1))
        return True

    def cell_tooltip(self, key: LineKey, column: Field) -> str:
        row = self.row_of(key)
        cell = self.item(row, self.columns.index(column)) if row >= 0 else None
        return "" if cell is None else cell.toolTip()

    def cell_text(self, key: LineKey, column: Field) -> str:
        row = self.row_of(key)
        cell = self.item(row, self.columns.index(column)) if row >= 0 else None
        return "" if cell is None else cell.text()

    def edit_cell(self, key: LineKey, column: Field, text: str) -> None:
        """Type `text` into a cell, as the user would (tests and keyboard helpers)."""
        row = self.row_of(key)
        cell = self.item(row, self.columns.index(column))
        assert cell is not None
        assert cell.flags() & Qt.ItemFlag.ItemIsEditable
        cell.setText(text)

    def texts(self) -> list[list[str]]:
        return [
            [cell.text() if (cell := self.item(row, column)) else "" for column in range(self.columnCount())]
            for row in range(self.rowCount())
        ]

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        key = cell.data(KEY_ROLE)
        if key is None:
            return
        self.edited.emit((str(key[0]), int(key[1])), self.columns[cell.column()], cell.text())
