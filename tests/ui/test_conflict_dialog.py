"""Someone else saved the record meanwhile: the dialog shows who, and the fields that differ (your
value / value now saved) on demand; the funder, call and application editors use it and never
overwrite the other save."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.applications import ApplicationInput
from coopdesk.domain.enums import FunderKind, FundingType
from coopdesk.domain.funders import FunderInput
from coopdesk.domain.history import ChangeEventRow, HistoryAction, HistoryEntity
from coopdesk.ui.dialogs import conflict_dialog
from coopdesk.ui.dialogs.conflict_dialog import ConflictDialog, FieldDifference, differences
from coopdesk.ui.dialogs.funder_dialog import FunderDialog
from coopdesk.ui.formatting import NO_VALUE, money

pytestmark = pytest.mark.usefixtures("french")

LAST = ChangeEventRow(
    id=1,
    occurred_at=dt.datetime(2026, 11, 28, 9, 30, tzinfo=dt.UTC),
    actor="camille",
    entity=HistoryEntity.APPLICATION,
    entity_id=3,
    entity_label="Épicerie",
    action=HistoryAction.UPDATED,
    field="notes",
    old_value=None,
    new_value="x",
)


def test_differences_lists_only_the_fields_that_differ_with_their_values_shown():
    mine = ApplicationInput(title="Épicerie", amount_requested_cents=500_000, notes=" Appeler ")
    saved = ApplicationInput(
        title="Épicerie", amount_requested_cents=650_000, notes="Appeler", funding_type=FundingType.INVESTMENT
    )
    found = differences(mine, saved, {"funder_id": lambda value: "?"})
    assert [(d.field, d.mine, d.saved) for d in found] == [
        ("funding_type", found[0].mine, found[0].saved),
        ("amount_requested_cents", money(500_000), money(650_000)),
    ]
    assert found[0].mine != found[0].saved


def test_a_dialog_shows_the_table_only_on_demand_and_reload_is_a_choice(qtbot):
    found = [
        FieldDifference("title", "Titre", "Le mien", "Le leur"),
        FieldDifference("notes", "Notes", NO_VALUE, "x"),
    ]
    dialog = ConflictDialog(found, LAST)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.table.isVisible()
    dialog.differences_button.click()
    assert dialog.table.isVisible()
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(1, column).text() for column in range(3)] == ["Notes", NO_VALUE, "x"]
    dialog.differences_button.click()
    assert not dialog.table.isVisible()
    dialog.reload_button.click()
    assert dialog.reload_chosen
    assert dialog.result() == 1


def test_cancel_keeps_the_editor(qtbot):
    dialog = ConflictDialog([], None)
    qtbot.addWidget(dialog)
    assert not dialog.differences_button.isEnabled()
    dialog.cancel_button.click()
    assert not dialog.reload_chosen
    assert dialog.result() == 0


def test_the_dialog_names_who_saved_last(qtbot):
    from PySide6.QtWidgets import QLabel

    dialog = ConflictDialog([FieldDifference("title", "Titre", "a", "b")], LAST)
    qtbot.addWidget(dialog)
    details = dialog.findChild(QLabel, "conflictDetails")
    assert "camille" in details.text()
    assert "Titre" in details.text()


def test_a_funder_changed_meanwhile_is_not_overwritten_and_can_be_reloaded(qtbot, registry, monkeypatch):
    funder = registry.funders.create(FunderInput(name="CAF", kind=FunderKind.CAF))
    dialog = FunderDialog(registry.funders, funder)
    qtbot.addWidget(dialog)
    registry.funders.update(
        funder.id, funder.version, FunderInput(name="CAF", kind=FunderKind.CAF, city="Sète")
    )
    asked: list[list[FieldDifference]] = []
    answers = [False, True]

    def resolve(parent, found, last_change=None):
        asked.append(list(found))
        return answers.pop(0)

    monkeypatch.setattr(conflict_dialog, "resolve_conflict", resolve)
    dialog.line_edits["city"].setText("Montpellier")
    dialog.accept()
    assert dialog.saved is None
    assert [(d.field, d.mine, d.saved) for d in asked[0]] == [("city", "Montpellier", "Sète")]
    assert dialog.line_edits["city"].text() == "Montpellier"  # cancelled: the typing is kept
    dialog.accept()  # still refused: never overwrites
    assert dialog.saved is None
    assert registry.funders.get(funder.id).city == "Sète"
    assert dialog.line_edits["city"].text() == "Sète"  # reloaded
    dialog.line_edits["city"].setText("Montpellier")
    dialog.accept()
    assert dialog.saved is not None
    assert registry.funders.get(funder.id).city == "Montpellier"


def test_the_application_editor_names_linked_records_in_the_differences(qtbot, registry, monkeypatch):
    from coopdesk.ui.dialogs.application_dialog import ApplicationDialog

    funder = registry.funders.create(FunderInput(name="Fondation du Lez", kind=FunderKind.FOUNDATION))
    row = registry.applications.create(ApplicationInput(title="Maraude"))
    dialog = ApplicationDialog(registry, row.id, today=lambda: dt.date(2026, 3, 16))
    qtbot.addWidget(dialog)
    registry.applications.update(row.id, row.version, ApplicationInput(title="Maraude", funder_id=funder.id))
    seen: list[tuple[list[FieldDifference], ChangeEventRow | None]] = []
    monkeypatch.setattr(
        conflict_dialog, "resolve_conflict", lambda parent, found, last=None: seen.append((list(found), last))
    )
    dialog.accept()
    ((found, last),) = seen
    assert [(d.field, d.mine, d.saved) for d in found] == [("funder_id", NO_VALUE, "Fondation du Lez")]
    assert last is not None
    assert last.field == "funder"
    assert dialog.saved is None
