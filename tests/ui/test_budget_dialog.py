"""The budget editor and the compte rendu dialog: live totals and balance, whole euros, overrides of the
74 lines, warnings before saving, stale edits; the buttons of the Projets page and the application editor."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from coopdesk.domain.applications import ApplicationInput, ProjectInput, TransitionInput
from coopdesk.domain.budget import BudgetChanges, BudgetLineInput, BudgetOwner
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import BudgetSection as B
from coopdesk.domain.enums import FunderKind
from coopdesk.domain.funders import FunderInput
from coopdesk.domain.rows import AssociationProfile
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui import file_saving
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.budget_dialog import BudgetDialog, suggested_stem
from coopdesk.ui.dialogs.compte_rendu_dialog import CompteRenduDialog
from coopdesk.ui.formatting import money, status_label
from coopdesk.ui.widgets.budget_table import Field

D = dt.date


def _project(registry: ServiceRegistry, *, granted: bool = True) -> tuple[int, int]:
    project = registry.projects.create(ProjectInput(title="Épicerie 2027", starts_on=D(2027, 1, 1)))
    funder = registry.funders.create(FunderInput(name="DDETS", kind=FunderKind.STATE_SERVICE)).id
    service = registry.applications
    data = ApplicationInput(
        title="Aide alimentaire 2027", project_id=project.id, funder_id=funder, amount_requested_cents=800_000
    )
    row = service.create(data)
    row = service.transition(row.id, row.version, TransitionInput(S.DRAFTING))
    row = service.transition(row.id, row.version, TransitionInput(S.SUBMITTED, submitted_on=D(2026, 10, 1)))
    if granted:
        row = service.transition(
            row.id,
            row.version,
            TransitionInput(S.GRANTED, decision_on=D(2027, 1, 5), amount_granted_cents=800_000),
        )
    registry.budgets.save(
        BudgetOwner(project_id=project.id),
        BudgetChanges(added=(
            BudgetLineInput(B.CHARGES, "606", "Denrées", 1_000_000, position=0),
            BudgetLineInput(B.PRODUCTS, "756", "Cotisations", 200_000, position=1),
        )),
    )  # fmt: skip
    return project.id, row.id


def _dialog(qtbot: QtBot, registry: ServiceRegistry, project_id: int) -> BudgetDialog:
    dialog = BudgetDialog(registry.budgets, registry.budgets.project_sources(project_id))
    qtbot.addWidget(dialog)
    return dialog


def _line_key(dialog: BudgetDialog, account: str) -> tuple[str, int]:
    for local, (_line_id, data) in dialog.drafts.items():
        if data.account == account:
            return ("line", local)
    raise AssertionError(account)


def test_live_totals_balance_and_whole_euros(
    qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    project_id, application_id = _project(registry)
    dialog = _dialog(qtbot, registry, project_id)
    assert dialog.budget.balance.balanced
    assert "DDETS" in dialog.tables[B.PRODUCTS].cell_text(("application", application_id), Field.LABEL)
    charges = dialog.tables[B.CHARGES]
    key = _line_key(dialog, "606")
    charges.edit_cell(key, Field.PLANNED, "11 250")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    assert dialog.budget.balance.difference_cents == 125_000
    assert "1" in dialog.balance_label.text()
    charges.edit_cell(key, Field.PLANNED, "11 250,50")  # cents refused, amount kept
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    assert dialog.message.text()
    assert dialog.budget.charges.planned_cents == 1_125_000
    charges.edit_cell(key, Field.PLANNED, "-5")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    assert dialog.message.text()
    charges.edit_cell(key, Field.PLANNED, "12345678901")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    assert dialog.budget.charges.planned_cents == 1_125_000
    # unbalanced: asked first; "keep editing" keeps the dialog open and saves nothing
    asked: list[str] = []
    monkeypatch.setattr(message_box, "ask", lambda parent, title, text, *rest: asked.append(text) or False)
    dialog.accept()
    assert asked
    assert dialog.saved is None
    assert registry.budgets.project_budget(project_id).charges.planned_cents == 1_000_000
    # the 74 line overridden in the budget only
    dialog.tables[B.PRODUCTS].edit_cell(("application", application_id), Field.PLANNED, "9 250")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    assert dialog.budget.balance.balanced
    dialog.accept()
    assert dialog.saved is not None
    saved = registry.budgets.project_budget(project_id)
    (subsidy,) = [item for item in saved.products.items if item.application is not None]
    assert subsidy.overridden
    assert saved.balance.balanced


def test_add_and_remove_lines(qtbot: QtBot, registry: ServiceRegistry) -> None:
    project_id, _ = _project(registry)
    dialog = _dialog(qtbot, registry, project_id)
    index = dialog.account_choice.findData("charges:613")
    dialog.account_choice.setCurrentIndex(index)
    dialog.add_line()
    table = dialog.tables[B.CHARGES]
    key = table.current_key()
    assert key is not None
    table.edit_cell(key, Field.PLANNED, "3 600")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    table.select_key(key)
    dialog.remove_current()
    assert dialog.budget.charges.planned_cents == 1_000_000
    assert not dialog.has_changes()


def test_stale_edit_reloads(qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch) -> None:
    project_id, _ = _project(registry)
    dialog = _dialog(qtbot, registry, project_id)
    key = _line_key(dialog, "606")
    other = registry.budgets.project_sources(project_id)
    line = next(line for line in other.lines if line.account == "606")
    registry.budgets.save(
        BudgetOwner(project_id=project_id),
        BudgetChanges(
            updated=((line.id, line.version, BudgetLineInput(B.CHARGES, "606", "Autre", 800_000)),)
        ),
    )
    dialog.tables[B.CHARGES].edit_cell(key, Field.PLANNED, "8 000")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    warned: list[str] = []
    monkeypatch.setattr(message_box, "warn", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    assert not dialog.save_changes()
    assert warned
    assert dialog.budget.charges.items[0].label == "Autre"


def test_pdf_and_xlsx_of_what_is_shown(qtbot: QtBot, registry: ServiceRegistry) -> None:
    project_id, _ = _project(registry)
    dialog = _dialog(qtbot, registry, project_id)
    assert dialog.export_bytes("pdf").startswith(b"%PDF")
    assert dialog.export_bytes("xlsx").startswith(b"PK")


def test_pdfs_of_the_window_name_the_association_as_the_command_line_does(
    qtbot: QtBot, registry: ServiceRegistry
) -> None:
    registry.association.save_profile(
        AssociationProfile(name="Épicerie du Lez", siret="82314697200018", rna="W343009871")
    )
    project_id, application_id = _project(registry)
    budget_dialog = _dialog(qtbot, registry, project_id)
    report_dialog = CompteRenduDialog(registry.budgets, registry.budgets.compte_rendu(application_id))
    qtbot.addWidget(report_dialog)
    for data in (budget_dialog.export_bytes("pdf"), report_dialog.export_bytes()):
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
        assert "Épicerie du Lez" in text
        assert "SIRET 82314697200018" in text
        assert "RNA W343009871" in text


def test_project_without_application(qtbot: QtBot, registry: ServiceRegistry) -> None:
    project = registry.projects.create(ProjectInput(title="Vide"))
    dialog = _dialog(qtbot, registry, project.id)
    assert dialog.budget.is_empty
    assert not dialog.empty_label.isHidden()


def test_compte_rendu_dialog(
    qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project_id, application_id = _project(registry)
    dialog = CompteRenduDialog(registry.budgets, registry.budgets.compte_rendu(application_id))
    qtbot.addWidget(dialog)
    table = dialog.tables[B.CHARGES]
    key = _line_key(dialog, "606")
    table.edit_cell(key, Field.ACTUAL, "12 000")  # +20 %
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    assert dialog.current_report().items_needing_explanation
    assert table.cell_text(key, Field.GAP).startswith("+20")
    granted = status_label(S.GRANTED)
    assert f"({granted[:1].lower()}{granted[1:]})" in dialog.summary_label.text()  # mid-sentence
    table.edit_cell(key, Field.ACTUAL, "7 500")  # −25 %, written with a true minus sign as in the PDF
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    assert table.cell_text(key, Field.GAP) == "\u221225,0\u202f%"
    table.edit_cell(key, Field.ACTUAL, "12 000")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    asked: list[str] = []
    monkeypatch.setattr(message_box, "ask", lambda parent, title, text, *rest: asked.append(text) or False)
    dialog.accept()
    assert asked
    table.edit_cell(key, Field.EXPLANATION, "Prix des denrées en hausse.")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    assert not dialog.current_report().items_needing_explanation
    dialog.accept()
    report = registry.budgets.compte_rendu(application_id)
    (food,) = [item for item in report.budget.charges.items if item.account == "606"]
    assert food.actual_cents == 1_200_000
    assert food.gap_explanation == "Prix des denrées en hausse."
    assert dialog.export_bytes().startswith(b"%PDF")


def test_compte_rendu_notes_saved_with_the_actuals_and_printed(
    qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project_id, application_id = _project(registry)
    dialog = CompteRenduDialog(registry.budgets, registry.budgets.compte_rendu(application_id))
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Explanatory notes"
    dialog.tables[B.CHARGES].edit_cell(_line_key(dialog, "606"), Field.ACTUAL, "10 000")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    dialog.note_edits["indirect"].setPlainText("10 % du loyer, au prorata des surfaces.")
    dialog.note_edits["in_kind"].setPlainText("Bénévolat valorisé au SMIC horaire chargé.")
    # Escape with notes typed asks first, and keeps them when the user goes on editing
    asked: list[str] = []
    monkeypatch.setattr(message_box, "ask", lambda parent, title, text, *rest: asked.append(text) or False)
    dialog.show()
    dialog.reject()
    assert asked
    assert dialog.isVisible()  # "keep editing": still open
    assert dialog.note_edits["indirect"].toPlainText().startswith("10 %")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.export_bytes())).pages)
    assert "Annexe explicative" in text
    assert "10 % du loyer, au prorata des surfaces." in text
    assert "Bénévolat valorisé au SMIC horaire chargé." in text
    dialog.accept()
    report = registry.budgets.compte_rendu(application_id)
    assert report.notes.indirect == "10 % du loyer, au prorata des surfaces."
    assert report.notes.in_kind == "Bénévolat valorisé au SMIC horaire chargé."
    assert report.notes.gaps == ""
    (food,) = [item for item in report.budget.charges.items if item.account == "606"]
    assert food.actual_cents == 1_000_000  # the amounts and the notes, in one save


def test_compte_rendu_escape_without_changes_closes_at_once(
    qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project_id, application_id = _project(registry)
    dialog = CompteRenduDialog(registry.budgets, registry.budgets.compte_rendu(application_id))
    qtbot.addWidget(dialog)
    asked: list[str] = []
    monkeypatch.setattr(message_box, "ask", lambda parent, title, text, *rest: asked.append(text) or False)
    dialog.show()
    dialog.reject()
    assert not asked
    assert not dialog.isVisible()


def test_compte_rendu_notes_kept_on_a_stale_edit(
    qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project_id, application_id = _project(registry)
    dialog = CompteRenduDialog(registry.budgets, registry.budgets.compte_rendu(application_id))
    qtbot.addWidget(dialog)
    other = registry.budgets.compte_rendu(application_id)  # another PC saves its notes first
    registry.budgets.save_compte_rendu(other, BudgetChanges(), type(other.notes)(gaps="Autre poste."))
    dialog.note_edits["gaps"].setPlainText("Mon explication.")
    warned: list[str] = []
    monkeypatch.setattr(message_box, "warn", lambda parent, title, text: warned.append(text))
    dialog.accept()
    assert warned
    assert dialog.note_edits["gaps"].toPlainText() == "Mon explication."  # nothing typed is lost
    assert registry.budgets.compte_rendu(application_id).notes.gaps == "Autre poste."
    dialog.accept()  # read again: the second save goes through
    assert registry.budgets.compte_rendu(application_id).notes.gaps == "Mon explication."


def test_compte_rendu_result_leaves_out_the_subsidies_awaiting_a_decision(
    qtbot: QtBot, registry: ServiceRegistry
) -> None:
    project_id, application_id = _project(registry)
    funder = registry.funders.create(FunderInput(name="CAF", kind=FunderKind.CAF)).id
    registry.applications.create(
        ApplicationInput(
            title="Ateliers 2027", project_id=project_id, funder_id=funder, amount_requested_cents=300_000
        )
    )
    dialog = CompteRenduDialog(registry.budgets, registry.budgets.compte_rendu(application_id))
    qtbot.addWidget(dialog)
    before = dialog.result_text()
    dialog.tables[B.CHARGES].edit_cell(_line_key(dialog, "606"), Field.ACTUAL, "10 000")
    qtbot.waitUntil(lambda: not dialog._refresh_pending)
    report = dialog.current_report()
    assert [item.application.title for item in report.pending_items if item.application] == ["Ateliers 2027"]
    # actual: 10 000 € of charges, 2 000 € of dues typed as nothing, 8 000 € granted: deficit of 2 000 €
    assert report.actual_result_cents == -200_000
    assert report.result_if_granted_cents == 100_000
    text = dialog.result_text()
    assert text != before
    assert money(200_000, with_cents=False) in text  # the provisional deficit
    assert money(300_000, with_cents=False) in text  # the subsidy awaiting its decision
    assert money(100_000, with_cents=False) in text  # the result if it is granted
    assert dialog.result_label.text() == text
    products = dialog.tables[B.PRODUCTS]
    (pending,) = report.pending_items
    assert pending.application is not None
    key = ("application", pending.application.id)
    assert products.cell_text(key, Field.ACTUAL) == ""
    assert products.cell_tooltip(key, Field.ACTUAL)  # says why it is empty and what to type
    granted_key = ("application", application_id)  # granted: nothing awaited
    assert products.cell_tooltip(granted_key, Field.ACTUAL) != products.cell_tooltip(key, Field.ACTUAL)
    assert dialog.result_label.wordWrap()
    assert dialog.gaps_label.wordWrap()


def test_compte_rendu_refused_for_an_application_not_granted(
    registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, application_id = _project(registry, granted=False)
    warned: list[str] = []
    monkeypatch.setattr(message_box, "warn", lambda parent, title, text: warned.append(text))
    assert CompteRenduDialog.edit(None, registry.budgets, application_id) is None
    assert warned


def test_projects_page_opens_the_budget(
    qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopdesk.ui.pages.projects_page import ProjectsPage

    project_id, _ = _project(registry)
    page = ProjectsPage(registry)
    qtbot.addWidget(page)
    page.refresh()
    assert page.budget_action.isEnabled()
    opened: list[int] = []
    monkeypatch.setattr(
        BudgetDialog, "edit_project", classmethod(lambda cls, parent, service, pid: opened.append(pid))
    )
    page.edit_budget()
    assert opened == [project_id]


def test_application_dialog_report_button(qtbot: QtBot, registry: ServiceRegistry) -> None:
    from coopdesk.ui.dialogs.application_dialog import ApplicationDialog

    _, granted = _project(registry)
    dialog = ApplicationDialog(registry, granted)
    qtbot.addWidget(dialog)
    assert dialog.report_button.isEnabled()
    _, waiting = _project(registry, granted=False)
    other = ApplicationDialog(registry, waiting)
    qtbot.addWidget(other)
    assert not other.report_button.isEnabled()


def test_enter_in_the_table_does_not_close_the_dialog(qtbot: QtBot, registry: ServiceRegistry) -> None:
    from PySide6.QtCore import Qt

    project_id, _ = _project(registry)
    dialog = _dialog(qtbot, registry, project_id)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.tables[B.CHARGES]
    table.select_key(_line_key(dialog, "606"))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.saved is None


def test_the_file_offered_is_named_after_the_project(
    qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    project = registry.projects.create(ProjectInput(title='Épicerie 2027 : "camion"/froid'))
    dialog = _dialog(qtbot, registry, project.id)
    offered: list[Path] = []

    def ask(parent: object, title: str, suggested: Path, *rest: object) -> Path:
        offered.append(suggested)
        return tmp_path / suggested.name

    monkeypatch.setattr(file_saving, "ask_save_path", ask)
    dialog.export("pdf")
    dialog.export("xlsx")
    assert [path.name for path in offered] == [
        "Budget - Épicerie 2027 camion froid.pdf",
        "Budget - Épicerie 2027 camion froid.xlsx",
    ]
    assert (tmp_path / offered[0].name).read_bytes().startswith(b"%PDF")
    assert suggested_stem(BudgetOwner(fiscal_year=2027)) == "budget-2027"


def test_the_hint_of_the_association_budget_says_where_its_subsidies_come_from(
    qtbot: QtBot, registry: ServiceRegistry
) -> None:
    project_id, _ = _project(registry)
    association = BudgetDialog(registry.budgets, registry.budgets.association_sources(2027))
    qtbot.addWidget(association)
    project = _dialog(qtbot, registry, project_id)
    assert association.hint_label.text() != project.hint_label.text()
    assert association.hint_label.wordWrap()
