"""The CERFA budget of a project or of the association (one fiscal year), edited like the form:
charges on the left, produits on the right, the contributions in kind (86 | 87) below; totals and the
balance recomputed at each keystroke; a warning before saving an unbalanced budget.

    BudgetDialog.edit_project(parent, service, project_id) -> Budget | None
    BudgetDialog.edit_association(parent, service, year) -> Budget | None

The dialog keeps the edited lines (the stored ones, new ones, and "74" overrides) and rebuilds the
`Budget` with the same pure computation the PDF and the XLSX use (coopdesk.domain.budget).
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.budget import (
    SUBSIDY_ACCOUNT,
    Budget,
    BudgetChanges,
    BudgetLineInput,
    BudgetOwner,
    BudgetSources,
    StoredBudgetLine,
    build_budget,
    cerfa_accounts,
    changes_between,
    parse_euros,
    shown_code,
)
from coopdesk.domain.enums import BudgetSection
from coopdesk.domain.errors import CoopDeskError, InvalidValue, InvalidValueCode, NotFound, StaleEdit
from coopdesk.services.budget_service import BudgetService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import money
from coopdesk.ui.widgets.budget_table import BudgetTable, Field, LineKey, Mode

SECTIONS = (
    BudgetSection.CHARGES,
    BudgetSection.PRODUCTS,
    BudgetSection.IN_KIND_USES,
    BudgetSection.IN_KIND_RESOURCES,
)


def suggested_stem(owner: BudgetOwner) -> str:
    """The file name offered when saving: the project's title (without the characters a file name
    cannot hold), or the association's fiscal year."""
    if not owner.is_project:
        return f"budget-{owner.fiscal_year}"
    cleaned = " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", owner.title).split())[:80]
    return f"Budget - {cleaned}" if cleaned else "budget-projet"


def amount_problem(error: InvalidValue) -> str:
    """The sentence under the budget for an amount refused."""
    messages = {
        InvalidValueCode.TOO_MANY_DECIMALS: QCoreApplication.translate(
            "BudgetDialog", "The CERFA budget is in whole euros: type the amount without cents."
        ),
        InvalidValueCode.NEGATIVE: QCoreApplication.translate(
            "BudgetDialog", "An amount of the budget cannot be negative."
        ),
        InvalidValueCode.TOO_LARGE: QCoreApplication.translate(
            "BudgetDialog", "This amount is too large (10 digits at most)."
        ),
        InvalidValueCode.REQUIRED: QCoreApplication.translate("BudgetDialog", "Type an amount (0 if none)."),
    }
    return messages.get(
        error.code,
        QCoreApplication.translate("BudgetDialog", "This amount is not understood; type e.g. 1 250."),
    ).strip()


class BudgetEditor(QDialog):
    """What the budget dialog and the compte rendu dialog share: the lines being edited and their
    budget, rebuilt after each edit."""

    mode = Mode.BUDGET

    def __init__(self, service: BudgetService, sources: BudgetSources, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._keys = itertools.count(-1, -1)
        self.saved: Budget | None = None
        self._load(sources)
        self.message = QLabel()
        self.message.setObjectName("budgetMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self._refresh_pending = False

    def _load(self, sources: BudgetSources) -> None:
        self.sources = sources
        # local key -> (stored id or None, data); stored lines keep their id as key
        self.drafts: dict[int, tuple[int | None, BudgetLineInput]] = {
            line.id: (line.id, line.to_input()) for line in sources.lines
        }
        self.budget = self._build()

    def _build(self) -> Budget:
        stored_by_id = {line.id: line for line in self.sources.lines}
        lines = []
        for key, (line_id, data) in self.drafts.items():
            original = stored_by_id.get(line_id) if line_id is not None else None
            lines.append(
                StoredBudgetLine(
                    id=key,
                    version=original.version if original else 0,
                    section=data.section,
                    account=data.account,
                    label=data.label,
                    planned_cents=data.planned_cents,
                    actual_cents=data.actual_cents,
                    gap_explanation=data.gap_explanation,
                    application_id=data.application_id,
                    funder_id=original.funder_id if original else None,
                    funder_name=original.funder_name if original else "",
                    funder_group=original.funder_group if original else None,
                    position=data.position,
                )
            )
        return build_budget(BudgetSources(self.sources.owner, tuple(lines), self.sources.applications))

    # -- edits ------------------------------------------------------------------------------------

    def _draft_for(self, key: LineKey) -> int:
        """The local key of the line behind a table key (a 74 line gets an override line)."""
        kind, number = key
        if kind == "line":
            return number
        for local, (_line_id, data) in self.drafts.items():
            if data.application_id == number:
                return local
        application = next(item for item in self.sources.applications if item.id == number)
        local = next(self._keys)
        self.drafts[local] = (
            None,
            BudgetLineInput(
                BudgetSection.PRODUCTS,
                SUBSIDY_ACCOUNT,
                "",
                application.amount_cents,
                actual_cents=application.amount_cents if application.granted else None,
                application_id=number,
                position=self._next_position(),
            ),
        )
        return local

    def _next_position(self) -> int:
        return max((data.position for _id, data in self.drafts.values()), default=-1) + 1

    def apply_edit(self, key: LineKey, field: Field, text: str) -> bool:
        """Apply one cell typed by the user; False (and the message says why) when refused."""
        self.message.clear()
        try:
            local = self._draft_for(key)
            line_id, data = self.drafts[local]
            if field is Field.PLANNED:
                data = _replace(data, planned_cents=parse_euros(text))
            elif field is Field.ACTUAL:
                data = _replace(data, actual_cents=None if not text.strip() else parse_euros(text))
            elif field is Field.LABEL:
                data = _replace(data, label=text.strip())
            elif field is Field.EXPLANATION:
                data = _replace(data, gap_explanation=text.strip())
            else:
                return False
        except InvalidValue as error:
            self.message.setText(amount_problem(error))
            self.schedule_refresh()
            return False
        self.drafts[local] = (line_id, data)
        self._drop_useless_override(local)
        self.schedule_refresh()
        return True

    def _drop_useless_override(self, local: int) -> None:
        """A 74 line typed back to its application's amount needs no line of its own."""
        _line_id, data = self.drafts[local]
        if data.application_id is None:
            return
        application = next(
            (item for item in self.sources.applications if item.id == data.application_id), None
        )
        if application is None:
            return
        default_actual = application.amount_cents if application.granted else None
        if (
            data.planned_cents == application.amount_cents
            and data.actual_cents == default_actual
            and not data.gap_explanation
        ):
            del self.drafts[local]

    def schedule_refresh(self) -> None:
        """Rebuild after the edit has left the table (never inside the table's own signal)."""
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self._refresh_pending = False
        self.budget = self._build()
        self.show_budget()

    def show_budget(self) -> None:  # overridden
        raise NotImplementedError

    def has_changes(self) -> bool:
        return not self.changes().empty

    def changes(self) -> BudgetChanges:
        return changes_between(self.sources.lines, list(self.drafts.values()))

    def save_changes(self) -> bool:
        """Save through the service; a stale edit reloads what others saved, and says so."""
        try:
            self.saved = self._service.save(self.sources.owner, self.changes())
        except StaleEdit:
            message_box.warn(
                self,
                self.tr("Budget changed elsewhere"),
                self.tr(
                    "Someone else changed this budget in the meantime: nothing was saved. "
                    "The budget is reloaded; type your changes again."
                ),
            )
            self.reload()
            return False
        except (NotFound, CoopDeskError) as error:
            message_box.critical(self, self.tr("Budget not saved"), error_message(error))
            return False
        return True

    def reload(self) -> None:
        owner = self.sources.owner
        if owner.project_id is not None:
            sources = self._service.project_sources(owner.project_id)
        else:
            sources = self._service.association_sources(owner.fiscal_year or 0)
        self._load(sources)
        self.show_budget()


def _replace(data: BudgetLineInput, **changes: object) -> BudgetLineInput:
    from dataclasses import replace

    return replace(data, **changes)  # type: ignore[arg-type]


class BudgetDialog(BudgetEditor):
    """The budget editor (see the module's docstring)."""

    def __init__(self, service: BudgetService, sources: BudgetSources, parent: QWidget | None = None) -> None:
        super().__init__(service, sources, parent)
        owner = sources.owner
        if owner.is_project:
            self.setWindowTitle(self.tr("Budget of “%1”").replace("%1", owner.title))
        else:
            self.setWindowTitle(
                self.tr("Budget of the association, %1").replace("%1", str(owner.fiscal_year))
            )
        self.resize(1180, 760)

        self.tables = {section: BudgetTable(Mode.BUDGET) for section in SECTIONS}
        self.total_labels: dict[BudgetTable, QLabel] = {}
        for section, table in self.tables.items():
            table.setObjectName(f"budget_{section.value}")
            table.edited.connect(self.apply_edit)
            table.currentCellChanged.connect(lambda *_args, chosen=section: self._focus_changed(chosen))

        self.account_choice = QComboBox()
        self.account_choice.setObjectName("accountChoice")
        self.add_button = QPushButton(self.tr("&Add a line"))
        self.add_button.setToolTip(self.tr("Adds a line under the chosen account (Insert)"))
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("&Remove the line"))
        self.remove_button.setToolTip(
            self.tr("Removes the selected line (Delete); nothing is lost before saving")
        )
        self.remove_button.clicked.connect(self.remove_current)
        insert = QAction(self)
        insert.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        insert.triggered.connect(self.add_line)
        self.addAction(insert)
        delete = QAction(self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.remove_current)
        self.addAction(delete)
        self._section = BudgetSection.CHARGES
        self._fill_accounts()

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Account:")))
        tools.addWidget(self.account_choice, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Save as &XLSX…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        tools.addWidget(self.pdf_button)
        tools.addWidget(self.xlsx_button)

        if owner.is_project:
            hint_text = self.tr(
                "Whole euros. Type an amount in a line and press Enter; the subsidies (74) come from the "
                "project's applications — type another amount to change it in this budget only."
            )
        else:
            hint_text = self.tr(
                "Whole euros. Type an amount in a line and press Enter; the subsidies (74) come from the "
                "applications whose funded period starts this year — type another amount to change it in "
                "this budget only."
            )
        self.hint_label = hint = QLabel(hint_text)
        hint.setWordWrap(True)

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self._box(self.tr("Charges"), self.tables[BudgetSection.CHARGES]))
        main.addWidget(self._box(self.tr("Products"), self.tables[BudgetSection.PRODUCTS]))
        in_kind = QSplitter(Qt.Orientation.Horizontal)
        in_kind.addWidget(
            self._box(self.tr("86 – Uses of contributions in kind"), self.tables[BudgetSection.IN_KIND_USES])
        )
        in_kind.addWidget(
            self._box(self.tr("87 – Contributions in kind"), self.tables[BudgetSection.IN_KIND_RESOURCES])
        )
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(main)
        body.addWidget(in_kind)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)

        self.balance_label = QLabel()
        self.balance_label.setObjectName("balanceLabel")
        self.balance_label.setWordWrap(True)
        font = self.balance_label.font()
        font.setBold(True)
        self.balance_label.setFont(font)
        self.empty_label = QLabel(
            self.tr("No line yet: choose an account above and press Add a line (Insert).")
        )
        self.empty_label.setObjectName("emptyLabel")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():  # Enter in the table confirms a cell, never the dialog
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(tools)
        layout.addWidget(self.empty_label)
        layout.addWidget(body, 1)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.show_budget()
        self.tables[BudgetSection.CHARGES].setFocus()

    def _box(self, title: str, table: BudgetTable) -> QGroupBox:
        box = QGroupBox(title)
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(table)
        total = QLabel()
        total.setAlignment(Qt.AlignmentFlag.AlignRight)
        font = total.font()
        font.setBold(True)
        total.setFont(font)
        box_layout.addWidget(total)
        self.total_labels[table] = total
        return box

    # -- entry points -----------------------------------------------------------------------------

    @classmethod
    def edit_project(cls, parent: QWidget | None, service: BudgetService, project_id: int) -> Budget | None:
        try:
            sources = service.project_sources(project_id)
        except NotFound as error:
            message_box.warn(
                parent, QCoreApplication.translate("BudgetDialog", "Budget"), error_message(error)
            )
            return None
        return cls._run(parent, service, sources)

    @classmethod
    def edit_association(cls, parent: QWidget | None, service: BudgetService, year: int) -> Budget | None:
        return cls._run(parent, service, service.association_sources(year))

    @classmethod
    def _run(cls, parent: QWidget | None, service: BudgetService, sources: BudgetSources) -> Budget | None:
        dialog = cls(service, sources, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None

    # -- showing ----------------------------------------------------------------------------------

    def show_budget(self) -> None:
        budget = self.budget
        totals = {
            BudgetSection.CHARGES: self.tr("Total charges"),
            BudgetSection.PRODUCTS: self.tr("Total products"),
            BudgetSection.IN_KIND_USES: self.tr("Total uses (86)"),
            BudgetSection.IN_KIND_RESOURCES: self.tr("Total resources (87)"),
        }
        for section, table in self.tables.items():
            table.show_block(budget.block(section), totals[section])
            amount = money(budget.block(section).planned_cents, with_cents=False)
            self.total_labels[table].setText(
                self.tr("%1: %2").replace("%1", totals[section]).replace("%2", amount)
            )
        self.empty_label.setVisible(budget.is_empty)
        self.balance_label.setText(self.balance_text())
        color = "#1e7a3a" if budget.balance.balanced else "#b3261e"
        self.balance_label.setStyleSheet(f"color: {color};")

    def balance_text(self) -> str:
        balance = self.budget.balance
        sentences = []
        difference = balance.difference_cents
        if difference > 0:
            sentences.append(
                self.tr("The budget is unbalanced: charges exceed products by %1.").replace(
                    "%1", money(difference, with_cents=False)
                )
            )
        elif difference < 0:
            sentences.append(
                self.tr("The budget is unbalanced: products exceed charges by %1.").replace(
                    "%1", money(-difference, with_cents=False)
                )
            )
        in_kind = balance.in_kind_difference_cents
        if in_kind:
            sentences.append(
                self.tr("Contributions in kind: uses (86) and resources (87) differ by %1.").replace(
                    "%1", money(abs(in_kind), with_cents=False)
                )
            )
        if not sentences:
            sentences.append(
                self.tr("The budget is balanced: charges = products = %1.").replace(
                    "%1", money(balance.charges_cents, with_cents=False)
                )
            )
        return " ".join(sentences)

    # -- lines ------------------------------------------------------------------------------------

    def _focus_changed(self, section: BudgetSection) -> None:
        if section is not self._section:
            self._section = section
            self._fill_accounts()

    def _fill_accounts(self) -> None:
        """The accounts of the block the cursor is in (the 74 lines come from the applications)."""
        self.account_choice.clear()
        project = self.sources.owner.is_project
        for heading in cerfa_accounts(self._section, project=project):
            if heading.code == SUBSIDY_ACCOUNT:
                continue
            shown = f"{shown_code(heading.code)} ".lstrip()
            self.account_choice.addItem(f"{shown}{heading.label}", f"{self._section.value}:{heading.code}")
            for code, label in heading.details:
                shown_detail = f"{shown_code(code)} ".lstrip()
                self.account_choice.addItem(f"    {shown_detail}{label}", f"{self._section.value}:{code}")

    def add_line(self) -> None:
        data = self.account_choice.currentData()
        if data is None:
            return
        section_value, account = str(data).split(":", 1)
        section = BudgetSection(section_value)
        local = next(self._keys)
        text = self.account_choice.currentText().strip()
        label = text.split(" ", 1)[-1] if account.isdigit() else ("" if account in ("CI", "RP") else text)
        self.drafts[local] = (
            None,
            BudgetLineInput(section, account, label, 0, position=self._next_position()),
        )
        self.refresh()
        table = self.tables[section]
        table.setFocus()
        table.select_key(("line", local), Field.PLANNED)

    def remove_current(self) -> None:
        table = self.tables[self._section]
        key = table.current_key()
        if key is None:
            return
        if key[0] == "application":  # a 74 line: back to the application's amount
            local = next(
                (local for local, (_i, data) in self.drafts.items() if data.application_id == key[1]), None
            )
            if local is not None:
                del self.drafts[local]
        else:
            self.drafts.pop(key[1], None)
        self.refresh()

    # -- saving -----------------------------------------------------------------------------------

    def accept(self) -> None:
        if self._refresh_pending:
            self.refresh()
        if not self.budget.balance.balanced:
            confirmed = message_box.ask(
                self,
                self.tr("Unbalanced budget"),
                self.balance_text()
                + "\n\n"
                + self.tr("A CERFA budget must be balanced. Save it anyway and balance it later?"),
                self.tr("Save anyway"),
                self.tr("Keep editing"),
            )
            if not confirmed:
                return
        if not self.has_changes():
            self.saved = self.budget
            super().accept()
            return
        if self.save_changes():
            super().accept()

    def reject(self) -> None:
        if self.has_changes():
            confirmed = message_box.ask(
                self,
                self.tr("Discard the changes"),
                self.tr("Close the budget without saving your changes?"),
                self.tr("Discard"),
                self.tr("Keep editing"),
            )
            if not confirmed:
                return
        super().reject()

    def export(self, kind: str) -> None:
        from coopdesk.ui.file_saving import ask_save_path, write_atomically

        if self._refresh_pending:
            self.refresh()
        stem = suggested_stem(self.sources.owner)
        if kind == "pdf":
            path = ask_save_path(
                self, self.tr("Save the budget as PDF"), Path(f"{stem}.pdf"), self.tr("PDF (*.pdf)")
            )
        else:
            path = ask_save_path(
                self,
                self.tr("Save the budget as XLSX"),
                Path(f"{stem}.xlsx"),
                self.tr("Spreadsheet (*.xlsx)"),
            )
        if path is None:
            return
        data = self.export_bytes(kind)
        try:
            write_atomically(path, data)
        except OSError as error:
            message_box.critical(self, self.tr("File not saved"), str(error))

    def export_bytes(self, kind: str) -> bytes:
        """The budget as shown (saved or not) in a PDF or an XLSX."""
        from coopdesk.reports.budget_pdf import budget_title

        if kind == "pdf":
            return self._service.budget_pdf(self.budget, budget_title(self.budget))
        from coopdesk.formats.budget_xlsx import budget_xlsx

        return budget_xlsx(self.budget, budget_title(self.budget))
