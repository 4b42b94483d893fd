"""The volunteer editor: validation by the domain, each message under its field, never exec() here."""

from __future__ import annotations

import dataclasses

import pytest

from coopdesk.domain.rows import VolunteerInput
from coopdesk.ui.dialogs import conflict_dialog
from coopdesk.ui.dialogs.volunteer_dialog import VolunteerDialog

pytestmark = pytest.mark.usefixtures("french")


def _dialog(qtbot, registry, volunteer=None) -> VolunteerDialog:
    dialog = VolunteerDialog(registry.volunteers, volunteer)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_volunteer_needs_a_name_and_valid_contact_details(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    assert dialog.windowTitle() == "Nouveau ou nouvelle bénévole"
    dialog.line_edits["email"].setText("marie@")
    dialog.line_edits["phone"].setText("12")

    dialog.accept()

    assert dialog.result() == 0  # still open
    assert dialog.saved is None
    assert dialog.error_labels["name"].text() == "Le nom est obligatoire."
    assert dialog.error_labels["email"].text().startswith("Cette adresse de courriel n’est pas valide")
    assert not dialog.error_labels["phone"].isHidden()
    assert dialog.error_labels["role"].isHidden()
    assert registry.volunteers.list() == []


def test_a_valid_volunteer_is_created_normalized(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.line_edits["name"].setText("  Marie   Dupont ")
    dialog.line_edits["role"].setText("Trésorière")
    dialog.line_edits["phone"].setText("0612345678")

    dialog.accept()

    assert dialog.result() == 1
    assert dialog.saved is not None
    assert (dialog.saved.name, dialog.saved.phone, dialog.saved.active) == (
        "Marie Dupont",
        "06 12 34 56 78",
        True,
    )
    assert registry.volunteers.list() == [dialog.saved]


def test_editing_shows_the_volunteer_and_saves_the_change(qtbot, registry):
    volunteer = registry.volunteers.create(VolunteerInput(name="Paul Martin", email="paul@exemple.fr"))
    dialog = _dialog(qtbot, registry, volunteer)
    assert dialog.windowTitle() == "Bénévole"
    assert dialog.line_edits["email"].text() == "paul@exemple.fr"
    assert dialog.active.isChecked()

    dialog.active.setChecked(False)
    dialog.accept()

    assert dialog.saved == dataclasses.replace(volunteer, active=False, version=dialog.saved.version)
    assert registry.volunteers.list()[0].active is False


def test_a_volunteer_changed_elsewhere_is_not_overwritten(qtbot, registry, monkeypatch):
    volunteer = registry.volunteers.create(VolunteerInput(name="Paul Martin"))
    registry.volunteers.update(
        volunteer.id, volunteer.version, VolunteerInput(name="Paul Martin", role="Président")
    )
    dialog = _dialog(qtbot, registry, volunteer)
    dialog.line_edits["role"].setText("Trésorier")
    asked: list[list[str]] = []
    answers = [False, True]  # first back to the editor, then reload
    monkeypatch.setattr(
        conflict_dialog,
        "resolve_conflict",
        lambda parent, found, *rest: (
            asked.append([d.mine + " / " + d.saved for d in found]) or answers.pop(0)
        ),
    )

    dialog.accept()

    assert dialog.saved is None
    assert asked == [["Trésorier / Président"]]  # the conflict dialog, with the difference
    assert dialog.line_edits["role"].text() == "Trésorier"  # back to the editor: nothing typed lost
    assert registry.volunteers.list()[0].role == "Président"
    dialog.accept()
    assert dialog.saved is None
    assert dialog.line_edits["role"].text() == "Président"  # reloaded: the editor shows what is saved
    dialog.line_edits["role"].setText("Trésorier")
    dialog.accept()  # saved over the version now read
    assert registry.volunteers.list()[0].role == "Trésorier"
