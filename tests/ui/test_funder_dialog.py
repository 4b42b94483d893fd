"""The funder editor: the CERFA line and the level follow the kind; saved through the service."""

from __future__ import annotations

import pytest

from coopdesk.domain.enums import Cerfa74Group, FunderKind, FunderLevel, SubmissionPlatform
from coopdesk.domain.funders import FunderInput
from coopdesk.ui.dialogs.funder_dialog import FunderDialog
from coopdesk.ui.funder_labels import cerfa_group_label

pytestmark = pytest.mark.usefixtures("french")


def _dialog(qtbot, registry, funder=None) -> FunderDialog:
    dialog = FunderDialog(registry.funders, funder)
    qtbot.addWidget(dialog)
    return dialog


def test_the_cerfa_line_and_the_level_follow_the_kind(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(FunderKind.CCAS))
    assert dialog.cerfa_label.text() == cerfa_group_label(Cerfa74Group.OTHER_PUBLIC)
    assert dialog.level_combo.currentData() == FunderLevel.LOCAL
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(FunderKind.CAF))
    assert dialog.cerfa_label.text() == cerfa_group_label(Cerfa74Group.SOCIAL_BODIES)
    assert dialog.level_combo.currentData() == FunderLevel.DEPARTMENTAL
    assert dialog.platform_combo.currentData() is None  # "—"


def test_a_funder_is_created_by_accept(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.line_edits["name"].setText("  CCAS de Lunel ")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(FunderKind.CCAS))
    dialog.line_edits["postal_code"].setText("34400")
    dialog.platform_combo.setCurrentIndex(dialog.platform_combo.findData(SubmissionPlatform.PAPER))

    dialog.accept()

    assert dialog.result() == 1
    assert dialog.saved is not None
    saved = registry.funders.get(dialog.saved.id)
    assert (saved.name, saved.kind, saved.level, saved.platform) == (
        "CCAS de Lunel",
        FunderKind.CCAS,
        FunderLevel.LOCAL,
        SubmissionPlatform.PAPER,
    )


def test_a_refused_funder_shows_the_errors_at_the_fields(qtbot, registry):
    dialog = _dialog(qtbot, registry)
    dialog.line_edits["postal_code"].setText("3440")

    dialog.accept()

    assert dialog.saved is None
    assert dialog.error_labels["name"].has_error()
    assert dialog.error_labels["postal_code"].has_error()
    assert not dialog.error_labels["city"].has_error()
    assert registry.funders.search() == []


def test_an_existing_funder_is_updated(qtbot, registry):
    funder = registry.funders.create(FunderInput(name="Région", kind=FunderKind.REGION))
    dialog = _dialog(qtbot, registry, funder)
    assert dialog.line_edits["name"].text() == "Région"
    dialog.line_edits["city"].setText("Montpellier")
    dialog.accept()
    assert registry.funders.get(funder.id).city == "Montpellier"
    assert registry.funders.get(funder.id).level == FunderLevel.REGIONAL
