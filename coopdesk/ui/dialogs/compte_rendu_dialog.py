"""The compte rendu financier (CERFA 15059) of a granted application: each line of its project's budget
with forecast, actual and gap; a gap above 15 % asks for an explanation; printable as PDF.

    CompteRenduDialog.edit(parent, service, application_id) -> Budget | None

An application without a grant (or without a project) has no compte rendu: the entry point says so in a
message box and opens nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.budget import (
    ANNEX_NOTE_FIELDS,
    Budget,
    CompteRendu,
    CompteRenduNotes,
    CompteRenduUnavailable,
)
from coopdesk.domain.enums import BudgetSection
from coopdesk.domain.errors import CoopDeskError, FieldErrors, NotFound, StaleEdit
from coopdesk.services.budget_service import BudgetService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.budget_dialog import SECTIONS, BudgetEditor
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import money, status_label
from coopdesk.ui.widgets.budget_table import BudgetTable, Mode


def _lower_first(text: str) -> str:
    """A status in the middle of a sentence: "(accordé)", not "(Accordé)"."""
    return text[:1].lower() + text[1:]


def unavailable_message(error: CompteRenduUnavailable) -> str:
    if error.reason == "no_year":
        return QCoreApplication.translate(
            "CompteRenduDialog",
            "The report of a grant for the association's operation is made against the association's "
            "budget of the funded year: type the funded period of this application first.",
        )
    return QCoreApplication.translate(
        "CompteRenduDialog",
        "A financial report is made once the grant is awarded; this application has no grant yet.",
    )


class CompteRenduDialog(BudgetEditor):
    mode = Mode.REPORT

    def __init__(self, service: BudgetService, report: CompteRendu, parent: QWidget | None = None) -> None:
        owner = report.budget.owner
        sources = (
            service.project_sources(owner.project_id)
            if owner.project_id is not None
            else service.association_sources(owner.fiscal_year or 0)
        )
        super().__init__(service, sources, parent)
        self.report = report
        application = report.application
        self.setWindowTitle(self.tr("Financial report — %1").replace("%1", application.title))
        self.resize(1100, 720)
        against = (
            self.tr("Project: %1.").replace("%1", owner.title)
            if owner.is_project
            else self.tr("Overall operation: the association's budget of %1.").replace(
                "%1", str(owner.fiscal_year)
            )
        )
        self.summary_label = summary = QLabel(
            self.tr("%1 — %2 (%3), granted %4.")
            .replace("%1", application.funder_name or self.tr("no funder"))
            .replace("%2", application.title)
            .replace("%3", _lower_first(status_label(application.status)))
            .replace("%4", money(application.amount_granted_cents or 0, with_cents=False))
            + " "
            + against
        )
        summary.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Type the actual amount of each line (whole euros). A gap above 15 % of the forecast must "
                "be explained: type the explanation in the last column."
            )
        )
        hint.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tables = {section: BudgetTable(Mode.REPORT) for section in SECTIONS}
        titles = {
            BudgetSection.CHARGES: self.tr("Charges"),
            BudgetSection.PRODUCTS: self.tr("Products"),
            BudgetSection.IN_KIND_USES: self.tr("86 – Uses in kind"),
            BudgetSection.IN_KIND_RESOURCES: self.tr("87 – Contributions in kind"),
        }
        for section, table in self.tables.items():
            table.setObjectName(f"report_{section.value}")
            table.edited.connect(self.apply_edit)
            self.tabs.addTab(table, titles[section])
        self.tabs.addTab(self._notes_page(report.notes), self.tr("Explanatory notes"))
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)  # a provisional result takes two sentences
        self.gaps_label = QLabel()
        self.gaps_label.setObjectName("gapsLabel")
        self.gaps_label.setWordWrap(True)  # names every line left unexplained
        self.gaps_label.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():  # Enter in the table confirms a cell, never the dialog
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pdf_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(hint)
        if not report.budget.has_charges:  # nothing to report against yet: say where to type it
            self.no_budget_label = QLabel(
                self.tr(
                    "The budget this report is made against has no charge yet: type it first (%1)."
                ).replace(
                    "%1",
                    self.tr("Projects page, Budget button")
                    if owner.is_project
                    else self.tr("Projects page, Budget of the association button, year %1").replace(
                        "%1", str(owner.fiscal_year)
                    ),
                )
            )
            self.no_budget_label.setObjectName("noBudgetLabel")
            self.no_budget_label.setWordWrap(True)
            self.no_budget_label.setStyleSheet("color: #b3261e;")
            layout.addWidget(self.no_budget_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.show_budget()

    def _notes_page(self, notes: CompteRenduNotes) -> QWidget:
        """The form's « annexe explicative »: its three questions, one box each."""
        page = QWidget()
        form = QVBoxLayout(page)
        questions = {
            "indirect": self.tr(
                "1. How were the indirect charges allocated to the action (share of the rent, of the "
                "salaries…)?"
            ),
            "gaps": self.tr(
                "2. Explain the significant gaps between the forecast and the actual budget (the "
                "explanations typed line by line are printed under it)."
            ),
            "in_kind": self.tr("3. Contributions in kind: what they were and how they were valued."),
        }
        self.note_edits: dict[str, QPlainTextEdit] = {}
        for name in ANNEX_NOTE_FIELDS:
            edit = QPlainTextEdit(getattr(notes, name))
            edit.setObjectName(f"note_{name}")
            edit.setTabChangesFocus(True)
            label = QLabel(questions[name])
            label.setWordWrap(True)
            label.setBuddy(edit)
            self.note_edits[name] = edit
            form.addWidget(label)
            form.addWidget(edit, 1)
        if not self.report.budget.owner.is_project:
            self.note_edits["indirect"].setPlaceholderText(
                self.tr("Does not apply to a grant for the association's overall operation: leave it empty.")
            )
        self.note_edits["in_kind"].setPlaceholderText(
            self.tr("e.g. volunteering valued at the hourly minimum wage, from the attendance sheets.")
        )
        return page

    def current_notes(self) -> CompteRenduNotes:
        return CompteRenduNotes(**{name: edit.toPlainText() for name, edit in self.note_edits.items()})

    def notes_changed(self) -> bool:
        typed = self.current_notes()
        return any(
            getattr(typed, name).strip() != getattr(self.report.notes, name).strip()
            for name in ANNEX_NOTE_FIELDS
        )

    def has_changes(self) -> bool:
        return super().has_changes() or self.notes_changed()

    def save_changes(self) -> bool:
        """Actual amounts and notes in one save; a stale edit reloads the amounts saved elsewhere and
        keeps the notes typed (they are saved again with the next click)."""
        try:
            self.report = self._service.save_compte_rendu(self.report, self.changes(), self.current_notes())
        except StaleEdit:
            message_box.warn(
                self,
                self.tr("Report changed elsewhere"),
                self.tr(
                    "Someone else changed this financial report or its application in the meantime: "
                    "nothing was saved. The amounts are reloaded; your notes are kept, save again to "
                    "record them."
                ),
            )
            self._reload_report()
            return False
        except FieldErrors as error:
            message_box.warn(self, self.tr("Report not saved"), error_message(error))
            return False
        except (NotFound, CoopDeskError) as error:
            message_box.critical(self, self.tr("Report not saved"), error_message(error))
            return False
        self.saved = self.report.budget
        return True

    def _reload_report(self) -> None:
        try:
            fresh = self._service.compte_rendu(self.report.application.id)
        except CoopDeskError:
            return
        self.report = fresh
        self.reload()

    def reject(self) -> None:
        if self._refresh_pending:
            self.refresh()
        if self.has_changes():
            confirmed = message_box.ask(
                self,
                self.tr("Discard the changes"),
                self.tr("Close the financial report without saving what you typed?"),
                self.tr("Discard"),
                self.tr("Keep editing"),
            )
            if not confirmed:
                return
        super().reject()

    @classmethod
    def edit(
        cls, parent: QWidget | None, service: BudgetService, application_id: int, year: int | None = None
    ) -> Budget | None:
        """Open the compte rendu of a granted application; for a multi-year grant for the association's
        operation, of the year chosen (asked when not given)."""
        try:
            years = service.report_years(application_id) if year is None else ()
            if len(years) > 1:
                year = cls.ask_year(parent, years)
                if year is None:
                    return None
            report = service.compte_rendu(application_id, year)
        except CompteRenduUnavailable as error:
            message_box.warn(
                parent,
                QCoreApplication.translate("CompteRenduDialog", "No financial report"),
                unavailable_message(error),
            )
            return None
        except NotFound as error:
            message_box.warn(
                parent,
                QCoreApplication.translate("CompteRenduDialog", "No financial report"),
                error_message(error),
            )
            return None
        dialog = cls(service, report, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved
        return None

    @staticmethod
    def ask_year(parent: QWidget | None, years: tuple[int, ...]) -> int | None:
        """Which year's compte rendu of a multi-year grant (each year has its own)."""
        from PySide6.QtWidgets import QInputDialog

        labels = [str(year) for year in years]
        chosen, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("CompteRenduDialog", "Financial report of which year?"),
            QCoreApplication.translate(
                "CompteRenduDialog", "This multi-year grant has one financial report per year:"
            ),
            labels,
            0,
            False,
        )
        return int(chosen) if ok and chosen in labels else None

    def current_report(self) -> CompteRendu:
        return CompteRendu(
            self.report.application, self.budget, self.current_notes(), self.report.notes_version
        )

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
        self.result_label.setText(self.result_text())
        missing = self.current_report().items_needing_explanation
        if missing:
            self.gaps_label.setText(
                self.tr("%n gap(s) above 15 % without an explanation: %1", "", len(missing)).replace(
                    "%1", "; ".join(item.label for item in missing)
                )
            )
            self.gaps_label.setStyleSheet("color: #b3261e;")
        else:
            self.gaps_label.setText(self.tr("Every gap above 15 % is explained."))
            self.gaps_label.setStyleSheet("color: #1e7a3a;")

    def result_text(self) -> str:
        """The actual result; provisional (and what it becomes) while subsidies await their decision."""
        report = self.current_report()
        if report.budget.charges.actual_cents is None:
            return self.tr("Actual result not computed yet: type the actual amount of the charges.")
        result = report.actual_result_cents
        if result < 0:
            text = self.tr("Actual result: deficit of %1.").replace("%1", money(-result, with_cents=False))
        elif result > 0:
            text = self.tr("Actual result: surplus of %1.").replace("%1", money(result, with_cents=False))
        else:
            text = self.tr("Actual result: balanced.")
        pending = report.pending_items
        if not pending:
            return text
        if_granted = report.result_if_granted_cents
        if if_granted < 0:
            outcome = self.tr("deficit of %1").replace("%1", money(-if_granted, with_cents=False))
        elif if_granted > 0:
            outcome = self.tr("surplus of %1").replace("%1", money(if_granted, with_cents=False))
        else:
            outcome = self.tr("balanced")
        return (
            text
            + " "
            + self.tr(
                "Provisional: the subsidies still awaiting a decision (%1 forecast) are left out; "
                "if they are granted as forecast: %2."
            )
            .replace("%1", money(report.pending_cents, with_cents=False))
            .replace("%2", outcome)
        )

    def accept(self) -> None:
        if self._refresh_pending:
            self.refresh()
        if self.current_report().items_needing_explanation:
            confirmed = message_box.ask(
                self,
                self.tr("Gaps without explanation"),
                self.gaps_label.text() + "\n\n" + self.tr("Save anyway and explain them later?"),
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

    def export_pdf(self) -> None:
        from coopdesk.ui.file_saving import ask_save_path, write_atomically

        if self._refresh_pending:
            self.refresh()
        path = ask_save_path(
            self,
            self.tr("Save the financial report as PDF"),
            Path("compte-rendu-financier.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if path is None:
            return
        try:
            write_atomically(path, self.export_bytes())
        except OSError as error:
            message_box.critical(self, self.tr("File not saved"), str(error))

    def export_bytes(self) -> bytes:
        return self._service.compte_rendu_pdf(self.current_report())
