"""ProjectDialog: saves through the service, refuses at the field, never exec()'d here."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from coopdesk.domain.applications import ProjectInput
from coopdesk.domain.rows import VolunteerInput
from coopdesk.ui.dialogs import conflict_dialog
from coopdesk.ui.dialogs.project_dialog import ProjectDialog

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 11, 28)


def _dialog(qtbot, registry, project=None) -> ProjectDialog:
    dialog = ProjectDialog(registry.projects, registry.volunteers.list(), project, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_creates_a_project_with_its_dates_and_person_in_charge(qtbot, registry):
    volunteer = registry.volunteers.create(VolunteerInput(name="Camille Roussel"))
    dialog = _dialog(qtbot, registry)
    dialog.title_edit.setText("  Épicerie   solidaire 2027 ")
    dialog.dates["starts_on"].set_value(dt.date(2027, 1, 1))
    dialog.dates["ends_on"].set_value(dt.date(2027, 12, 31))
    dialog.description.setPlainText("Accueil de 250 foyers.")
    dialog.owner.setCurrentIndex(dialog.owner.findData(volunteer.id))
    assert dialog.dates["starts_on"].date_edit.displayFormat() == "dd/MM/yyyy"

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None
    assert saved.title == "Épicerie solidaire 2027"
    assert (saved.starts_on, saved.ends_on) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert saved.owner_name == "Camille Roussel"
    assert registry.projects.get(saved.id) == saved


def test_dates_are_optional(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.title_edit.setText("Camion")
    assert dialog.value().starts_on is None
    assert dialog.value().ends_on is None
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.starts_on is None


def test_an_end_before_the_start_is_refused_at_the_field(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.title_edit.setText("Ateliers")
    dialog.dates["starts_on"].set_value(dt.date(2027, 6, 1))
    dialog.dates["ends_on"].set_value(dt.date(2027, 1, 31))

    dialog.accept()

    assert dialog.saved is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_labels["ends_on"].has_error()
    assert not dialog.error_labels["starts_on"].has_error()
    assert not dialog.form_error.has_error()
    assert registry.projects.list() == []
    dialog.dates["ends_on"].set_value(dt.date(2027, 12, 31))  # changing the field clears its message
    assert not dialog.error_labels["ends_on"].has_error()


def test_a_missing_title_is_refused_at_the_field(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.accept()
    assert dialog.saved is None
    assert dialog.error_labels["title"].has_error()


def test_edits_and_offers_to_reload_a_project_changed_meanwhile(qtbot, registry, monkeypatch):
    project = registry.projects.create(ProjectInput(title="Chambre froide"))
    dialog = _dialog(qtbot, registry, project)
    assert dialog.title_edit.text() == "Chambre froide"
    registry.projects.update(project.id, project.version, ProjectInput(title="Chambre froide 12 m³"))

    asked: list[str] = []
    # the conflict dialog, with the differences; « Recharger » chosen
    monkeypatch.setattr(
        conflict_dialog, "resolve_conflict", lambda parent, found, *rest: asked.append(found[0].saved) or True
    )
    dialog.title_edit.setText("Chambre froide positive")
    dialog.accept()

    assert dialog.saved is None
    assert len(asked) == 1
    assert dialog.title_edit.text() == "Chambre froide 12 m³"  # reloaded
    dialog.title_edit.setText("Chambre froide positive")
    dialog.accept()
    assert dialog.saved is not None
    assert dialog.saved.title == "Chambre froide positive"
