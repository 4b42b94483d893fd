"""The plan de financement editor: investment applications come by themselves, expenses with their
quotes, resources by kind, the balance said live, one save; and the kind of request in the application
editor, which decides the budget of the pack."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from coopdesk.domain.applications import ApplicationInput, ProjectInput
from coopdesk.domain.enums import FunderKind, FundingType, InvestmentLineKind, RequestObject
from coopdesk.domain.funders import FunderInput
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui.dialogs.investment_dialog import InvestmentDialog

D = dt.date


def _cold_room(registry: ServiceRegistry) -> int:
    project = registry.projects.create(ProjectInput(title="Chambre froide", starts_on=D(2027, 4, 1)))
    region = registry.funders.create(FunderInput(name="Région", kind=FunderKind.REGION)).id
    registry.applications.create(
        ApplicationInput(
            title="Fonds régional d'investissement",
            project_id=project.id,
            funder_id=region,
            funding_type=FundingType.INVESTMENT,
            amount_requested_cents=1_500_000,
        )
    )
    return project.id


def test_a_plan_typed_and_saved(qtbot: QtBot, registry: ServiceRegistry) -> None:
    project_id = _cold_room(registry)
    dialog = InvestmentDialog(
        registry.budgets, registry.documents, registry.budgets.investment_plan(project_id)
    )
    qtbot.addWidget(dialog)
    assert dialog.resources.rowCount() == 1  # the investment application, by itself
    assert "Unbalanced" in dialog.balance_label.text() or "déséquilibr" in dialog.balance_label.text()
    dialog.add_expense()
    dialog.expenses.item(0, 0).setText("Chambre froide 12 m³")
    dialog.expenses.item(0, 1).setText("20 000")
    dialog.add_resource()
    dialog.resources.item(1, 1).setText("Fonds propres")
    dialog.resources.item(1, 2).setText("5 000")
    assert dialog.is_dirty()
    assert (
        "1 expense(s) without a quote" in dialog.balance_label.text()
        or "devis" in dialog.balance_label.text()
    )
    dialog.accept()
    assert dialog.saved is not None
    plan = registry.budgets.investment_plan(project_id)
    assert plan.balanced
    assert plan.expenses_cents == 2_000_000
    assert [item.kind for item in plan.resources] == [
        InvestmentLineKind.SUBSIDY,
        InvestmentLineKind.OWN_FUNDS,
    ]
    assert [item.label for item in plan.expenses_without_quote] == ["Chambre froide 12 m³"]


def test_a_bad_amount_is_said_and_nothing_saved(qtbot: QtBot, registry: ServiceRegistry) -> None:
    project_id = _cold_room(registry)
    dialog = InvestmentDialog(
        registry.budgets, registry.documents, registry.budgets.investment_plan(project_id)
    )
    qtbot.addWidget(dialog)
    dialog.add_expense()
    dialog.expenses.item(0, 0).setText("Camion")
    dialog.expenses.item(0, 1).setText("12,50")  # cents: the CERFA is in whole euros
    dialog.accept()
    assert dialog.saved is None
    assert dialog.message.text()
    assert registry.budgets.investment_plan(project_id).expenses == ()


def test_the_kind_of_request_follows_the_project_until_chosen(
    qtbot: QtBot, registry: ServiceRegistry
) -> None:
    from coopdesk.ui.dialogs.application_dialog import ApplicationDialog

    _cold_room(registry)
    dialog = ApplicationDialog(registry, None)
    qtbot.addWidget(dialog)
    combo = dialog.request_object
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == RequestObject.OPERATION.value  # no project: the whole operation
    dialog.project.setCurrentIndex(dialog.project.count() - 1)
    assert combo.currentData() == RequestObject.PROJECT.value
    assert dialog.budget_hint.text()
    dialog.title.setText("Demande")
    data = dialog.value()
    assert data.request_object is RequestObject.PROJECT
    assert not data.in_kind


def test_a_plan_changed_on_another_pc_keeps_what_was_typed(
    qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopdesk.domain.investment import InvestmentChanges, InvestmentLineInput
    from coopdesk.ui.dialogs import message_box

    project_id = _cold_room(registry)
    registry.budgets.save_investment(
        project_id,
        InvestmentChanges(
            added=(InvestmentLineInput(InvestmentLineKind.OWN_FUNDS, "Fonds propres", 100_000),)
        ),
    )
    dialog = InvestmentDialog(
        registry.budgets, registry.documents, registry.budgets.investment_plan(project_id)
    )
    qtbot.addWidget(dialog)
    (own,) = [item for item in registry.budgets.investment_plan(project_id).resources if item.stored]
    assert own.stored is not None
    # meanwhile, on another PC, the own funds line changes
    registry.budgets.save_investment(
        project_id,
        InvestmentChanges(
            updated=(
                (
                    own.stored.id,
                    own.stored.version,
                    InvestmentLineInput(InvestmentLineKind.OWN_FUNDS, "Autre", 2_00),
                ),
            )
        ),
    )
    dialog.add_expense()
    dialog.expenses.item(0, 0).setText("Chambre froide")
    dialog.expenses.item(0, 1).setText("16 000")
    dialog.resources.item(1, 1).setText("Fonds propres de l'association")
    monkeypatch.setattr(message_box, "ask", lambda *_args: True)  # keep my lines
    dialog.accept()
    assert dialog.saved is not None
    plan = registry.budgets.investment_plan(project_id)
    assert [item.label for item in plan.expenses] == ["Chambre froide"]
    assert [item.label for item in plan.resources if item.stored] == ["Fonds propres de l'association"]
    assert plan.balanced


def test_the_plan_as_saved_is_printed_and_unsaved_lines_asked_to_be_saved_first(
    qtbot: QtBot, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    import io

    from pypdf import PdfReader

    from coopdesk.ui import file_saving
    from coopdesk.ui.dialogs import message_box

    project_id = _cold_room(registry)
    dialog = InvestmentDialog(
        registry.budgets, registry.documents, registry.budgets.investment_plan(project_id)
    )
    qtbot.addWidget(dialog)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(file_saving, "ask_save_path", lambda *args, **kwargs: target)
    warned: list[str] = []
    monkeypatch.setattr(message_box, "warn", lambda parent, title, text: warned.append(text))
    dialog.add_expense()
    dialog.expenses.item(0, 0).setText("Chambre froide 12 m³")
    dialog.expenses.item(0, 1).setText("15 000")
    dialog.export_pdf()
    assert warned  # typed, not saved: says so
    assert not target.exists()  # and writes nothing
    assert dialog.is_dirty()  # and loses nothing
    dialog.accept()
    again = InvestmentDialog(
        registry.budgets, registry.documents, registry.budgets.investment_plan(project_id)
    )
    qtbot.addWidget(again)
    again.export_pdf()
    text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(target.read_bytes())).pages
    )
    assert "Plan de financement de l'investissement « Chambre froide »" in text
    assert "Chambre froide 12 m³" in text
