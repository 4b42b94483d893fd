"""The contact editor: e-mail and phone refused at the field, topics split, completion of known topics."""

from __future__ import annotations

import pytest

from coopdesk.domain.enums import FunderKind
from coopdesk.domain.funders import FunderInput
from coopdesk.ui.dialogs.contact_dialog import ContactDialog

pytestmark = pytest.mark.usefixtures("french")


@pytest.fixture
def funder(registry):
    return registry.funders.create(FunderInput(name="CAF du Lez", kind=FunderKind.CAF))


def _dialog(qtbot, registry, funder, contact=None) -> ContactDialog:
    dialog = ContactDialog(registry.contacts, funder.id, contact, ["aide alimentaire", "PAT"])
    qtbot.addWidget(dialog)
    return dialog


def test_a_bad_email_is_shown_at_the_field_and_nothing_is_saved(qtbot, registry, funder):
    dialog = _dialog(qtbot, registry, funder)
    dialog.line_edits["name"].setText("Élise Dupré")
    dialog.line_edits["email"].setText("elise@")

    dialog.accept()

    assert dialog.saved is None
    assert dialog.error_labels["email"].text().startswith("Cette adresse de courriel n’est pas valide")
    assert not dialog.error_labels["email"].isHidden()
    assert dialog.error_labels["phone"].isHidden()
    assert registry.contacts.list(funder.id) == []


def test_a_contact_is_created_with_its_topics(qtbot, registry, funder):
    dialog = _dialog(qtbot, registry, funder)
    dialog.line_edits["name"].setText("Élise Dupré")
    dialog.line_edits["phone"].setText("0467123456")
    dialog.line_edits["topics"].setText("aide alimentaire, PAT, ")

    dialog.accept()

    assert dialog.saved is not None
    [contact] = registry.contacts.list(funder.id)
    assert contact.phone == "04 67 12 34 56"
    assert contact.topics == ("aide alimentaire", "PAT")
    assert dialog.completer.model().rowCount() == 2


def test_a_former_contact_keeps_a_departure_date(qtbot, registry, funder):
    dialog = _dialog(qtbot, registry, funder)
    assert not dialog.left_on.isEnabled()
    dialog.line_edits["name"].setText("Jean Morel")
    dialog.active.setChecked(False)
    dialog.left.setChecked(True)
    assert dialog.left_on.isEnabled()
    dialog.accept()
    [contact] = registry.contacts.list(funder.id)
    assert not contact.active
    assert contact.left_on is not None
