"""One test for every editing dialog built on the kit (coopdesk.ui.kit.entity_dialog): a question before
closing with unsaved changes (Escape, Annuler, the close button), none without; Ctrl+S saves from any
field, a multi-line one included; a refused value is shown under its field; a stale edit opens the
conflict dialog, and reloading shows what is saved. Each dialog is a `Case` below."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.applications import ProjectInput
from coopdesk.domain.calls import CallInput
from coopdesk.domain.enums import FunderKind, InteractionKind
from coopdesk.domain.funders import ContactInput, FunderInput, InteractionInput
from coopdesk.domain.rows import VolunteerInput
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui.dialogs import conflict_dialog, message_box
from coopdesk.ui.dialogs.call_dialog import CallDialog
from coopdesk.ui.dialogs.contact_dialog import ContactDialog
from coopdesk.ui.dialogs.funder_dialog import FunderDialog
from coopdesk.ui.dialogs.interaction_dialog import InteractionDialog
from coopdesk.ui.dialogs.project_dialog import ProjectDialog
from coopdesk.ui.dialogs.volunteer_dialog import VolunteerDialog
from coopdesk.ui.kit.entity_dialog import EntityDialog

Dialog = EntityDialog  # type: ignore[type-arg]


@dataclass(frozen=True)
class Case:
    name: str
    open: Callable[[ServiceRegistry], Dialog]  # on a saved record
    text_field: Callable[[Dialog], QWidget]  # a field to type into (its text is saved)
    invalid: Callable[[Dialog], str]  # types a refused value; the field that must say why
    change_elsewhere: Callable[[ServiceRegistry, Dialog], None]  # another PC saves the record
    saved_text: Callable[[ServiceRegistry, Dialog], str]  # the text of `text_field` as saved now


def _type(widget: QWidget, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(text)


def _text(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    assert isinstance(widget, QLineEdit)
    return widget.text()


def _volunteer(registry: ServiceRegistry) -> Dialog:
    row = registry.volunteers.create(VolunteerInput(name="Paul Martin"))
    return VolunteerDialog(registry.volunteers, row)


def _volunteer_invalid(dialog: Dialog) -> str:
    assert isinstance(dialog, VolunteerDialog)
    dialog.line_edits["email"].setText("paul@")
    return "email"


def _volunteer_elsewhere(registry: ServiceRegistry, dialog: Dialog) -> None:
    row = dialog.row
    registry.volunteers.update(row.id, row.version, VolunteerInput(name="Paul Martin", role="Président"))


def _funder(registry: ServiceRegistry) -> Dialog:
    row = registry.funders.create(FunderInput(name="Région Occitanie", kind=FunderKind.REGION))
    return FunderDialog(registry.funders, row)


def _funder_invalid(dialog: Dialog) -> str:
    assert isinstance(dialog, FunderDialog)
    dialog.line_edits["name"].setText("")
    return "name"


def _funder_elsewhere(registry: ServiceRegistry, dialog: Dialog) -> None:
    row = dialog.row
    registry.funders.update(
        row.id, row.version, FunderInput(name="Région Occitanie", kind=FunderKind.REGION, city="Toulouse")
    )


def _project(registry: ServiceRegistry) -> Dialog:
    row = registry.projects.create(ProjectInput(title="Chambre froide"))
    return ProjectDialog(registry.projects, registry.volunteers.list(), row)


def _project_invalid(dialog: Dialog) -> str:
    assert isinstance(dialog, ProjectDialog)
    dialog.title_edit.setText("")
    return "title"


def _project_elsewhere(registry: ServiceRegistry, dialog: Dialog) -> None:
    row = dialog.row
    registry.projects.update(row.id, row.version, ProjectInput(title="Chambre froide 12 m³"))


def _contact(registry: ServiceRegistry) -> Dialog:
    funder = registry.funders.create(FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF))
    row = registry.contacts.create(ContactInput(funder_id=funder.id, name="Claire Martin"))
    return ContactDialog(registry.contacts, funder.id, row, [])


def _contact_invalid(dialog: Dialog) -> str:
    assert isinstance(dialog, ContactDialog)
    dialog.line_edits["email"].setText("claire@")
    return "email"


def _contact_elsewhere(registry: ServiceRegistry, dialog: Dialog) -> None:
    row = dialog.row
    registry.contacts.update(
        row.id, row.version, ContactInput(funder_id=row.funder_id, name="Claire Martin", role="Conseillère")
    )


def _interaction(registry: ServiceRegistry) -> Dialog:
    funder = registry.funders.create(FunderInput(name="DDETS", kind=FunderKind.STATE_SERVICE))
    row = registry.interactions.create(
        InteractionInput(funder_id=funder.id, occurred_on=dt.date(2026, 11, 2), kind=InteractionKind.CALL)
    )
    return InteractionDialog(registry.interactions, funder.id, [], row, today=dt.date(2026, 11, 20))


def _interaction_invalid(dialog: Dialog) -> str:
    assert isinstance(dialog, InteractionDialog)
    dialog.follow_up.setChecked(True)
    dialog.follow_up_on.setDate(QDate(2026, 10, 1))  # before the exchange itself
    return "follow_up_on"


def _interaction_elsewhere(registry: ServiceRegistry, dialog: Dialog) -> None:
    row = dialog.row
    registry.interactions.update(
        row.id,
        row.version,
        InteractionInput(
            funder_id=row.funder_id, occurred_on=row.occurred_on, kind=row.kind, participants="Paul"
        ),
    )


def _call(registry: ServiceRegistry) -> Dialog:
    row = registry.calls.create(CallInput(title="Appel alimentation 2027"), dt.date(2026, 11, 20))
    return CallDialog(registry.calls, [], row, today=lambda: dt.date(2026, 11, 20))


def _call_invalid(dialog: Dialog) -> str:
    assert isinstance(dialog, CallDialog)
    dialog.line_edits["amount_max_cents"].setText("douze")  # not an amount: said before any saving
    return "amount_max_cents"


def _call_elsewhere(registry: ServiceRegistry, dialog: Dialog) -> None:
    row = dialog.row
    registry.calls.update(
        row.id,
        row.version,
        CallInput(title="Appel alimentation 2027", reference="AAP-27"),
        dt.date(2026, 11, 20),
    )


CASES = [
    Case(
        "volunteer",
        _volunteer,
        lambda dialog: dialog.line_edits["role"],
        _volunteer_invalid,
        _volunteer_elsewhere,
        lambda registry, dialog: registry.volunteers.list()[0].role,
    ),
    Case(
        "funder",
        _funder,
        lambda dialog: dialog.notes,
        _funder_invalid,
        _funder_elsewhere,
        lambda registry, dialog: registry.funders.get(dialog.row.id).notes,
    ),
    Case(
        "project",
        _project,
        lambda dialog: dialog.description,
        _project_invalid,
        _project_elsewhere,
        lambda registry, dialog: registry.projects.get(dialog.row.id).description,
    ),
    Case(
        "contact",
        _contact,
        lambda dialog: dialog.notes,
        _contact_invalid,
        _contact_elsewhere,
        lambda registry, dialog: registry.contacts.get(dialog.row.id).notes,
    ),
    Case(
        "interaction",
        _interaction,
        lambda dialog: dialog.summary,
        _interaction_invalid,
        _interaction_elsewhere,
        lambda registry, dialog: registry.interactions.get(dialog.row.id).summary,
    ),
    Case(
        "call",
        _call,
        lambda dialog: dialog.description,
        _call_invalid,
        _call_elsewhere,
        lambda registry, dialog: registry.calls.get(dialog.row.id, dt.date(2026, 11, 20)).description,
    ),
]


@pytest.fixture(params=CASES, ids=[case.name for case in CASES])
def case(request: pytest.FixtureRequest) -> Case:
    return request.param


@pytest.fixture
def dialog(qtbot, registry: ServiceRegistry, case: Case) -> Iterator[Dialog]:
    opened = case.open(registry)
    opened.show()
    yield opened
    opened.mark_clean()  # what a test left typed: closed at teardown without the question
    opened.close()
    opened.deleteLater()


def _answer(monkeypatch: pytest.MonkeyPatch, choice: message_box.SaveChoice) -> list[str]:
    asked: list[str] = []

    def save_discard_cancel(parent: object, title: str, text: str) -> message_box.SaveChoice:
        asked.append(text)
        return choice

    monkeypatch.setattr(message_box, "save_discard_cancel", save_discard_cancel)
    return asked


def test_without_changes_escape_closes_at_once(dialog: Dialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # any question would fail the test (conftest)
    assert not dialog.isVisible()


@pytest.mark.parametrize("how", ["escape", "cancel", "close button"])
def test_with_changes_closing_asks_and_keeps_what_was_typed(
    dialog: Dialog, case: Case, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    field = case.text_field(dialog)
    _type(field, "Texte à ne pas perdre")
    asked = _answer(monkeypatch, message_box.SaveChoice.CANCEL)
    if how == "escape":
        QTest.keyClick(field, Qt.Key.Key_Escape)
    elif how == "cancel":
        dialog.reject()
    else:
        dialog.close()
    assert len(asked) == 1
    assert dialog.isVisible()  # « Continuer la saisie »
    assert case.saved_text(registry, dialog) != "Texte à ne pas perdre"
    assert _text(field) == "Texte à ne pas perdre"


def test_the_question_can_save_or_discard(
    dialog: Dialog, case: Case, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    _type(case.text_field(dialog), "Gardé")
    _answer(monkeypatch, message_box.SaveChoice.SAVE)
    dialog.reject()
    assert not dialog.isVisible()
    assert case.saved_text(registry, dialog) == "Gardé"


def test_discarding_saves_nothing(
    dialog: Dialog, case: Case, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = case.saved_text(registry, dialog)
    _type(case.text_field(dialog), "Abandonné")
    _answer(monkeypatch, message_box.SaveChoice.DISCARD)
    dialog.reject()
    assert not dialog.isVisible()
    assert case.saved_text(registry, dialog) == before


@pytest.mark.parametrize("keys", ["Ctrl+S", "Ctrl+Return"])
def test_ctrl_s_saves_from_the_field_being_typed(
    dialog: Dialog, case: Case, registry: ServiceRegistry, keys: str
) -> None:
    field = case.text_field(dialog)
    field.setFocus()
    _type(field, "Par le clavier")
    key = Qt.Key.Key_S if keys == "Ctrl+S" else Qt.Key.Key_Return
    QTest.keyClick(field, key, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    assert dialog.saved is not None
    assert case.saved_text(registry, dialog) == "Par le clavier"


def test_a_refused_value_is_said_under_its_field(dialog: Dialog, case: Case) -> None:
    name = case.invalid(dialog)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.saved is None
    assert dialog.error_labels[name].has_error()
    assert not dialog.error_labels[name].isHidden()


def test_a_stale_edit_opens_the_conflict_dialog(
    dialog: Dialog, case: Case, registry: ServiceRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    case.change_elsewhere(registry, dialog)
    field = case.text_field(dialog)
    _type(field, "Ma version")
    answers = [False, True]
    seen: list[int] = []
    monkeypatch.setattr(
        conflict_dialog,
        "resolve_conflict",
        lambda parent, found, *rest: seen.append(len(found)) or answers.pop(0),
    )
    dialog.accept()
    assert seen  # the conflict dialog, with the differences
    assert seen[0] >= 1
    assert dialog.isVisible()
    assert dialog.saved is None
    assert _text(field) == "Ma version"
    dialog.accept()  # « Recharger »: the editor shows what is saved, and counts as unchanged
    assert dialog.isVisible()
    assert not dialog.is_dirty()
    assert case.saved_text(registry, dialog) != "Ma version"
