"""The plan de financement of an investment project: expenses with their quotes, resources by kind.

    InvestmentDialog.edit(parent, budgets, documents, project_id) -> InvestmentPlan | None

The investment applications of the project are resources by themselves (their rows cannot be removed,
only their amount changed, which stores a line for them); every other line is typed here. One save is
one service call and one transaction; closing with unsaved changes asks; a line changed on another PC
since it was read is refused whole and the plan is read again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.budget import parse_euros
from coopdesk.domain.enums import DocumentType, InvestmentLineKind
from coopdesk.domain.errors import CoopDeskError, FieldErrors, InvalidValue, NotFound, StaleEdit
from coopdesk.domain.investment import (
    RESOURCE_KINDS,
    InvestmentChanges,
    InvestmentItem,
    InvestmentLineInput,
    InvestmentPlan,
)
from coopdesk.services.budget_service import BudgetService
from coopdesk.services.document_service import DocumentService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import money

K = InvestmentLineKind
_Key = tuple[int | None, int | None]  # (stored line id, application id)


def resource_kind_label(kind: InvestmentLineKind) -> str:
    """The kind of a resource (never called for an expense)."""
    labels = {
        K.SUBSIDY: QCoreApplication.translate("InvestmentDialog", "Subsidy"),
        K.OWN_FUNDS: QCoreApplication.translate("InvestmentDialog", "Own funds"),
        K.LOAN: QCoreApplication.translate("InvestmentDialog", "Loan"),
        K.OTHER_RESOURCE: QCoreApplication.translate("InvestmentDialog", "Other resource"),
    }
    return labels[kind]


def _taken_as_is(plan: InvestmentPlan, data: InvestmentLineInput) -> bool:
    """An investment application's row left at its own amount: nothing to store for it."""
    return any(
        item.stored is None
        and item.application is not None
        and item.application.id == data.application_id
        and item.amount_cents == data.amount_cents
        for item in plan.resources
    )


class InvestmentDialog(QDialog):
    def __init__(
        self,
        budgets: BudgetService,
        documents: DocumentService,
        plan: InvestmentPlan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._budgets, self._documents = budgets, documents
        self.saved: InvestmentPlan | None = None
        self.setWindowTitle(self.tr("Financing plan — %1").replace("%1", plan.owner.title))
        self.resize(980, 600)
        hint = QLabel(
            self.tr(
                "Investment subsidies finance these expenses; they are never part of the operating "
                "budget (74). Amounts in whole euros; attach the quote of each expense (a document of "
                "the Pièces page, type Quote)."
            )
        )
        hint.setWordWrap(True)
        self.expenses = self._table([self.tr("Expense"), self.tr("Amount"), self.tr("Quote")], "expenses")
        self.resources = self._table(
            [self.tr("Kind"), self.tr("Resource"), self.tr("Amount"), self.tr("Obtained")], "resources"
        )
        add_expense = QPushButton(self.tr("Add an &expense"))
        add_expense.clicked.connect(self.add_expense)
        add_resource = QPushButton(self.tr("Add a &resource"))
        add_resource.clicked.connect(self.add_resource)
        self.remove_button = QPushButton(self.tr("Re&move the line"))
        self.remove_button.clicked.connect(self.remove_current)
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceLabel")
        self.balance_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():  # Enter in a cell confirms the cell, never the dialog
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        for sequence in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(sequence), self, self.accept)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        row = QHBoxLayout()
        for button in (add_expense, add_resource, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("<b>Investment expenses</b>")))
        layout.addWidget(self.expenses, 1)
        layout.addWidget(QLabel(self.tr("<b>Resources</b>")))
        layout.addWidget(self.resources, 1)
        layout.addLayout(row)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._quotes = [
            document
            for document in documents.list()
            if document.replaced_by_id is None
            and document.document_type in (DocumentType.QUOTE, DocumentType.OTHER)
        ]
        self._load(plan)

    # -- building -----------------------------------------------------------------------------------

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the label takes what is left; the combo boxes (quote, kind) get room for their text
        header.setSectionResizeMode(0 if name == "expenses" else 1, QHeaderView.ResizeMode.Stretch)
        combo_column = 2 if name == "expenses" else 0
        header.setSectionResizeMode(combo_column, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(combo_column, 260 if name == "expenses" else 150)
        table.itemChanged.connect(lambda _item: self.show_balance())
        return table

    def _load(self, plan: InvestmentPlan) -> None:
        self.plan = plan
        self.expenses.setRowCount(0)
        self.resources.setRowCount(0)
        for item in plan.expenses:
            self._expense_row(item)
        for item in plan.resources:
            self._resource_row(item)
        self._initial = self.lines()
        self.show_balance()

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
        cell = table.item(row, column)
        assert cell is not None  # every cell is filled when its row is added
        return cell

    def _key_item(self, text: str, key: _Key, editable: bool = True) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        cell.setData(Qt.ItemDataRole.UserRole, key)
        if not editable:
            cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return cell

    def _amount_item(self, cents: int) -> QTableWidgetItem:
        cell = QTableWidgetItem(money(cents, with_cents=False))
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return cell

    def _expense_row(self, item: InvestmentItem | None) -> None:
        blocker = QSignalBlocker(self.expenses)  # no balance until the row is whole
        row = self.expenses.rowCount()
        self.expenses.insertRow(row)
        key: _Key = (item.stored.id if item and item.stored else None, None)
        self.expenses.setItem(row, 0, self._key_item(item.label if item else "", key))
        self.expenses.setItem(row, 1, self._amount_item(item.amount_cents if item else 0))
        quote = QComboBox()
        quote.addItem(self.tr("(quote to attach)"), None)
        for document in self._quotes:
            quote.addItem(document.title, document.id)
        if item and item.document_id is not None:
            index = quote.findData(item.document_id)
            if index < 0:
                quote.addItem(item.document_title or str(item.document_id), item.document_id)
                index = quote.count() - 1
            quote.setCurrentIndex(index)
        quote.currentIndexChanged.connect(lambda _index: self.show_balance())
        self.expenses.setCellWidget(row, 2, quote)
        blocker.unblock()

    def _resource_row(self, item: InvestmentItem | None) -> None:
        blocker = QSignalBlocker(self.resources)  # no balance until the row is whole
        row = self.resources.rowCount()
        self.resources.insertRow(row)
        application = item.application if item else None
        key: _Key = (
            item.stored.id if item and item.stored else None,
            application.id if application else None,
        )
        kind = QComboBox()
        for value in RESOURCE_KINDS:
            kind.addItem(resource_kind_label(value), value.value)
        kind.setCurrentIndex(kind.findData((item.kind if item else K.OWN_FUNDS).value))
        kind.setEnabled(application is None)
        kind.currentIndexChanged.connect(lambda _index: self.show_balance())
        self.resources.setCellWidget(row, 0, kind)
        self.resources.setItem(
            row, 1, self._key_item(item.label if item else "", key, editable=application is None)
        )
        self.resources.setItem(row, 2, self._amount_item(item.amount_cents if item else 0))
        obtained = QTableWidgetItem()
        if application is None:
            obtained.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            obtained.setCheckState(
                Qt.CheckState.Checked if item and item.acquired else Qt.CheckState.Unchecked
            )
        else:  # the state of an application is its status
            obtained.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            obtained.setText(item.status_word if item else "")
        self.resources.setItem(row, 3, obtained)
        blocker.unblock()

    # -- reading what is typed --------------------------------------------------------------------------

    def lines(self, errors: dict[str, InvalidValue] | None = None) -> list[tuple[_Key, InvestmentLineInput]]:
        """Every line as typed, in order; an unreadable amount is named in `errors` (and read as 0)."""
        found: list[tuple[_Key, InvestmentLineInput]] = []
        for row in range(self.expenses.rowCount()):
            label = self._cell(self.expenses, row, 0)
            quote = self.expenses.cellWidget(row, 2)
            assert isinstance(quote, QComboBox)
            data = quote.currentData()
            found.append(
                (
                    label.data(Qt.ItemDataRole.UserRole),
                    InvestmentLineInput(
                        K.EXPENSE,
                        label.text(),
                        self._amount(self._cell(self.expenses, row, 1), errors),
                        document_id=data if isinstance(data, int) else None,
                        position=len(found),
                    ),
                )
            )
        for row in range(self.resources.rowCount()):
            kind = self.resources.cellWidget(row, 0)
            assert isinstance(kind, QComboBox)
            label = self._cell(self.resources, row, 1)
            key: _Key = label.data(Qt.ItemDataRole.UserRole)
            obtained = self._cell(self.resources, row, 3)
            found.append(
                (
                    key,
                    InvestmentLineInput(
                        InvestmentLineKind(kind.currentData()),
                        label.text() if key[1] is None else "",
                        self._amount(self._cell(self.resources, row, 2), errors),
                        application_id=key[1],
                        acquired=key[1] is None and obtained.checkState() == Qt.CheckState.Checked,
                        position=len(found),
                    ),
                )
            )
        return found

    @staticmethod
    def _amount(cell: QTableWidgetItem | None, errors: dict[str, InvalidValue] | None) -> int:
        text = cell.text() if cell is not None else ""
        try:
            return parse_euros(text or "0", kind="amount")
        except InvalidValue as error:
            if errors is not None:
                errors.setdefault("amount", error)
            return 0

    def is_dirty(self) -> bool:
        return self.lines() != self._initial

    def show_balance(self) -> None:
        lines = [data for _key, data in self.lines()]
        expenses = sum(data.amount_cents for data in lines if data.kind is K.EXPENSE)
        resources = sum(data.amount_cents for data in lines if data.kind is not K.EXPENSE)
        difference = expenses - resources
        if difference > 0:
            text = self.tr("Unbalanced: expenses exceed resources by %1.").replace(
                "%1", money(difference, with_cents=False)
            )
        elif difference < 0:
            text = self.tr("Unbalanced: resources exceed expenses by %1.").replace(
                "%1", money(-difference, with_cents=False)
            )
        else:
            text = self.tr("Balanced: expenses = resources = %1.").replace(
                "%1", money(expenses, with_cents=False)
            )
        missing = sum(1 for data in lines if data.kind is K.EXPENSE and data.document_id is None)
        if missing:
            text += " " + self.tr("%n expense(s) without a quote.", "", missing)
        self.balance_label.setText(text)
        self.balance_label.setStyleSheet(
            "color: #1e7a3a;" if difference == 0 and not missing else "color: #b3261e;"
        )

    # -- actions --------------------------------------------------------------------------------------

    def add_expense(self) -> None:
        self._expense_row(None)
        self.show_balance()
        self.expenses.setFocus()
        self.expenses.setCurrentCell(self.expenses.rowCount() - 1, 0)
        self.expenses.editItem(self._cell(self.expenses, self.expenses.rowCount() - 1, 0))

    def add_resource(self) -> None:
        self._resource_row(None)
        self.show_balance()
        self.resources.setFocus()
        self.resources.setCurrentCell(self.resources.rowCount() - 1, 1)
        self.resources.editItem(self._cell(self.resources, self.resources.rowCount() - 1, 1))

    def remove_current(self) -> None:
        for table, column in ((self.expenses, 0), (self.resources, 1)):
            row = table.currentRow()
            if table.hasFocus() and row >= 0:
                key: _Key = self._cell(table, row, column).data(Qt.ItemDataRole.UserRole)
                if key[1] is not None and key[0] is None:
                    self.message.setText(
                        self.tr(
                            "An investment application is a resource by itself: change its status instead."
                        )
                    )
                    return
                table.removeRow(row)
                self.show_balance()
                return

    def changes(self, errors: dict[str, InvalidValue]) -> InvestmentChanges:
        stored = {
            item.stored.id: item.stored for item in (*self.plan.expenses, *self.plan.resources) if item.stored
        }
        kept: set[int] = set()
        added, updated = [], []
        for (line_id, _application_id), data in self.lines(errors):
            if line_id is None:
                if not _taken_as_is(self.plan, data):
                    added.append(data)
            else:
                kept.add(line_id)
                if stored[line_id].data != data:
                    updated.append((line_id, stored[line_id].version, data))
        deleted = tuple((line.id, line.version) for line_id, line in stored.items() if line_id not in kept)
        return InvestmentChanges(tuple(added), tuple(updated), deleted)

    def accept(self) -> None:
        errors: dict[str, InvalidValue] = {}
        changes = self.changes(errors)
        if errors:
            self.message.setText(error_message(FieldErrors(errors)))
            return
        try:
            self.saved = self._budgets.save_investment(self.plan.owner.project_id or 0, changes)
        except StaleEdit:
            if not self._resolve_conflict():
                return
        except (FieldErrors, NotFound, CoopDeskError) as error:
            self.message.setText(error_message(error))
            return
        super().accept()

    def _resolve_conflict(self) -> bool:
        """The plan changed on another PC since it was read: keep the lines typed here (they replace
        the plan as saved there, in one transaction) or read the plan again. True once saved."""
        project_id = self.plan.owner.project_id or 0
        keep = message_box.ask(
            self,
            self.tr("Financing plan changed elsewhere"),
            self.tr(
                "The plan was changed on another computer since you opened it. Keep the lines typed "
                "here (they replace that plan), or read the plan again (your changes are lost)?"
            ),
            self.tr("Keep my lines"),
            self.tr("Read the plan again"),
        )
        fresh = self._budgets.investment_plan(project_id)
        if not keep:
            self._load(fresh)
            return False
        stored = [item.stored for item in (*fresh.expenses, *fresh.resources) if item.stored is not None]
        mine = InvestmentChanges(
            added=tuple(data for _key, data in self.lines() if not _taken_as_is(fresh, data)),
            deleted=tuple((line.id, line.version) for line in stored),
        )
        try:
            self.saved = self._budgets.save_investment(project_id, mine)
        except CoopDeskError as error:  # changed yet again, or a line refused: nothing saved, nothing lost
            self.message.setText(error_message(error))
            return False
        return True

    def export_pdf(self) -> None:
        """The plan as saved, as a PDF (the one the pack carries); with lines not saved yet, says to
        save first."""
        from coopdesk.ui.file_saving import ask_save_path, write_atomically

        if self.is_dirty():
            message_box.warn(
                self,
                self.tr("Save first"),
                self.tr("The PDF shows the plan as saved: save your changes first (Ctrl+S), then reopen it."),
            )
            return
        path = ask_save_path(
            self,
            self.tr("Save the financing plan as PDF"),
            Path("plan-de-financement.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        try:
            write_atomically(path, self._budgets.investment_pdf(self.plan))
        except OSError as error:
            message_box.critical(self, self.tr("File not saved"), str(error))

    def reject(self) -> None:
        if self.is_dirty() and not message_box.ask(
            self,
            self.tr("Unsaved changes"),
            self.tr("The financing plan has unsaved changes. Close without saving them?"),
            self.tr("Close without saving"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()

    @classmethod
    def edit(
        cls, parent: QWidget | None, budgets: BudgetService, documents: DocumentService, project_id: int
    ) -> InvestmentPlan | None:
        try:
            plan = budgets.investment_plan(project_id)
        except NotFound as error:
            message_box.warn(parent, QCoreApplication.translate("InvestmentDialog", "No financing plan"),
                             error_message(error))  # fmt: skip
            return None
        dialog = cls(budgets, documents, plan, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None
