"""The contacts import: mapping proposed, preview New / Duplicate / Rejected, written only on Import."""

from __future__ import annotations

import pytest

from coopdesk.domain.enums import FunderKind
from coopdesk.domain.funders import ContactInput, FunderInput
from coopdesk.services.contacts_import_service import ContactRowStatus
from coopdesk.ui.dialogs.contacts_import_dialog import ContactsImportDialog

pytestmark = pytest.mark.usefixtures("french")

CSV = (
    "Organisme;Nom;Fonction;Courriel;Téléphone\n"
    "CAF du Lez;Élise Dupré;Conseillère;elise@caf.fr;04 67 12 34 56\n"
    "CAF du Lez;Jean Morel;Chargé de mission;jean.morel@caf.fr;\n"
    "CAF du Lez;Paul Faux;;paul@;\n"
)


@pytest.fixture
def known(registry):
    funder = registry.funders.create(FunderInput(name="CAF du Lez", kind=FunderKind.CAF))
    registry.contacts.create(ContactInput(funder_id=funder.id, name="Jean Morel", email="jean.morel@caf.fr"))
    return funder


def _dialog(qtbot, registry) -> ContactsImportDialog:
    dialog = ContactsImportDialog(registry.contacts_import)
    qtbot.addWidget(dialog)
    return dialog


def test_one_new_one_duplicate_one_rejected_then_import_writes_one(qtbot, registry, known, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = _dialog(qtbot, registry)

    assert dialog.load_file(path)
    assert dialog.mapping() == {0: "funder", 1: "name", 2: "role", 3: "email", 4: "phone"}
    assert dialog.preview_button.isEnabled()

    dialog.show_preview()

    assert dialog.preview_model.statuses() == [
        ContactRowStatus.NEW,
        ContactRowStatus.DUPLICATE,
        ContactRowStatus.REJECTED,
    ]
    assert dialog.preview_model.reason(dialog.preview_model.row_at(2)) != ""
    assert len(registry.contacts.list(known.id)) == 1  # nothing written before the button
    assert dialog.import_button.isEnabled()

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)

    assert dialog.report.created == 1
    assert sorted(contact.name for contact in registry.contacts.list(known.id)) == [
        "Jean Morel",
        "Élise Dupré",
    ]
    assert not dialog.import_button.isEnabled()


def test_a_mapping_without_a_name_column_cannot_be_previewed(qtbot, registry, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(CSV, encoding="utf-8")
    dialog = _dialog(qtbot, registry)
    dialog.load_file(path)

    dialog.mapping_combos[1].setCurrentIndex(0)  # "(ignore)"

    assert not dialog.preview_button.isEnabled()
    assert dialog.mapping_hint.text() != ""


def test_an_unreadable_file_is_one_sentence_naming_the_file(qtbot, registry, tmp_path):
    path = tmp_path / "vide.csv"
    path.write_bytes(b"  \n")
    dialog = _dialog(qtbot, registry)

    assert not dialog.load_file(path)

    assert "vide.csv" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    assert dialog.sheet is None
    assert not dialog.steps.isEnabled()
