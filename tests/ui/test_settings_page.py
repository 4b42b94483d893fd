"""Paramètres: the profile (errors at the field, concurrent edits), volunteers, data, language."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from coopdesk.domain.errors import InUse
from coopdesk.domain.rows import AssociationProfile, VolunteerInput
from coopdesk.settings import LANGUAGE, SettingsStore
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.volunteer_dialog import VolunteerDialog
from coopdesk.ui.pages.settings_page import SettingsPage

pytestmark = pytest.mark.usefixtures("french")

VALID_SIRET = "73282932000074"


@pytest.fixture
def page(qtbot, registry, settings_store) -> SettingsPage:
    settings = SettingsPage(registry.association, registry.volunteers, registry.database, settings_store)
    qtbot.addWidget(settings)
    with qtbot.waitActive(settings):
        settings.show()
        settings.activateWindow()
    return settings


def _type(page: SettingsPage, field: str, text: str) -> None:
    page.form.line_edits[field].setText(text)


def test_tabs_and_french_labels(page):
    tabs = [page.tabs.tabText(index) for index in range(page.tabs.count())]
    assert tabs == ["Association", "Bénévoles", "Données", "Langue"]
    assert page.form.labels == {
        "name": "Nom",
        "acronym": "Sigle",
        "purpose": "Objet",
        "siret": "SIRET",
        "rna": "N° RNA",
        "street": "Adresse",
        "postal_code": "Code postal",
        "city": "Ville",
        "email": "Courriel",
        "phone": "Téléphone",
        "website": "Site web",
        "legal_representative": "Représentant légal",
        "legal_representative_role": "Qualité du représentant",
        "treasurer": "Trésorier·ère",
        "iban": "IBAN",
        "bic": "BIC",
        "fiscal_year_end": "Fin de l’exercice (jour/mois)",
        "volunteers_count": "Nombre de bénévoles",
        "employees_count": "Nombre de salariés",
        "employees_fte": "ETP",
        "accreditations": "Habilitations / agréments",
    }
    profile_fields = {field.name for field in dataclasses.fields(AssociationProfile)} - {"version"}
    form_fields = set(page.form.labels) - {"fiscal_year_end"} | {
        "fiscal_year_end_day",
        "fiscal_year_end_month",
    }
    assert form_fields == profile_fields


def test_a_bad_siret_shows_the_french_message_at_the_field_and_saves_nothing(page, registry):
    _type(page, "name", "Épicerie solidaire du Lez")
    _type(page, "siret", "732 829 320 00075")
    messages: list[str] = []
    page.status_message.connect(messages.append)

    page.save_button.click()

    assert page.form.error_text("siret") == "Ce numéro SIRET n’est pas valide (clé de contrôle incorrecte)."
    assert not page.form.error_labels["siret"].isHidden()
    assert page.form.error_text("name") == ""
    assert page.form.line_edits["siret"].hasFocus()
    assert messages == ["Non enregistré\u00a0: 1 champ à corriger."]
    assert registry.association.profile() is None

    _type(page, "siret", VALID_SIRET)
    page.form.line_edits["siret"].textEdited.emit(VALID_SIRET)  # as typing does: the message goes away
    assert page.form.error_labels["siret"].isHidden()


def test_several_refused_fields_each_show_their_message_and_the_first_gets_focus(page, registry):
    _type(page, "email", "contact@")
    _type(page, "postal_code", "3400")
    page.form.year_end_day.setValue(31)
    page.form.year_end_month.setCurrentIndex(page.form.year_end_month.findData(4))

    assert not page.save_profile()

    assert page.form.error_text("name") == "Le nom est obligatoire."
    assert page.form.error_text("postal_code") == "Un code postal compte 5 chiffres (par exemple 34000)."
    assert page.form.error_text("email").startswith("Cette adresse de courriel n’est pas valide")
    assert page.form.error_text("fiscal_year_end_day") == "Ce jour n’existe pas dans le mois choisi."
    assert page.form.line_edits["name"].hasFocus()
    assert registry.association.profile() is None


def test_a_valid_profile_saves_and_comes_back_normalized(page, registry, settings_store, qtbot):
    _type(page, "name", "  Épicerie   solidaire du Lez ")
    _type(page, "siret", "732 829 320 00074")
    _type(page, "iban", "fr76 3000 6000 0112 3456 7890 189")
    _type(page, "phone", "0467123456")
    _type(page, "employees_fte", "1.5")
    page.form.spin_boxes["volunteers_count"].setValue(25)
    page.form.text_edits["accreditations"].setPlainText("Habilitation nationale aide alimentaire")
    saved: list[AssociationProfile] = []
    messages: list[str] = []
    page.profile_saved.connect(saved.append)
    page.status_message.connect(messages.append)

    qtbot.keyClick(page.form.line_edits["name"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved))  # a button's shortcut clicks it after a short animation

    profile = registry.association.profile()
    assert profile is not None
    assert saved == [profile]
    assert messages == ["Le profil de l’association est enregistré."]
    assert (profile.name, profile.siret, profile.iban) == (
        "Épicerie solidaire du Lez",
        VALID_SIRET,
        "FR7630006000011234567890189",
    )
    assert (profile.phone, profile.employees_fte, profile.volunteers_count) == ("04 67 12 34 56", "1,5", 25)
    assert not page.is_modified()

    again = SettingsPage(registry.association, registry.volunteers, registry.database, settings_store)
    qtbot.addWidget(again)
    assert again.form.profile() == page.form.profile()
    assert again.form.line_edits["siret"].text() == "732 829 320 00074"
    assert again.form.line_edits["iban"].text() == "FR76 3000 6000 0112 3456 7890 189"
    assert again.form.text_edits["accreditations"].toPlainText() == "Habilitation nationale aide alimentaire"
    assert again.missing_label.text().startswith("Il manque encore pour vos dossiers\u00a0: Adresse")


def test_a_profile_saved_elsewhere_is_never_overwritten_and_can_be_reloaded(page, registry, monkeypatch):
    _type(page, "name", "Épicerie solidaire du Lez")
    assert page.save_profile()
    # Someone else, on another PC, saves the profile behind the page's back.
    current = registry.association.profile()
    registry.association.save_profile(dataclasses.replace(current, city="Lunel"))
    _type(page, "city", "Montpellier")
    questions: list[tuple[str, str, str, str]] = []

    def ask(_parent, title, text, accept_text, reject_text):
        questions.append((title, text, accept_text, reject_text))
        return True

    monkeypatch.setattr(message_box, "ask", ask)
    assert not page.save_profile()

    assert len(questions) == 1
    title, text, accept_text, reject_text = questions[0]
    assert (title, accept_text, reject_text) == ("Profil modifié ailleurs", "Recharger", "Annuler")
    assert "Rien n’a été écrasé" in text
    assert registry.association.profile().city == "Lunel"
    assert page.form.line_edits["city"].text() == "Lunel"
    assert page.save_profile()  # after reloading, saving works again


def test_refresh_keeps_what_is_being_typed(page, registry):
    _type(page, "name", "En cours de saisie")
    registry.association.save_profile(AssociationProfile(name="Enregistré ailleurs"))
    page.refresh()
    assert page.form.line_edits["name"].text() == "En cours de saisie"


def test_focus_name_for_a_first_start(page):
    page.select_tab("data")
    page.focus_name()
    assert page.current_tab() == "association"
    assert page.form.line_edits["name"].hasFocus()


# -- volunteers --------------------------------------------------------------------------------


def _select(page: SettingsPage, name: str) -> None:
    proxy = page.volunteer_proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            page.volunteer_table.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def _names(page: SettingsPage) -> list[str]:
    proxy = page.volunteer_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_add_and_edit_a_volunteer_through_the_dialog(page, registry, monkeypatch):
    def fill_and_accept(parent, service, volunteer):
        dialog = VolunteerDialog(service, volunteer, parent)
        dialog.line_edits["name"].setText("Marie Dupont" if volunteer is None else "Marie Durand")
        dialog.accept()
        return dialog.saved

    monkeypatch.setattr(VolunteerDialog, "edit", fill_and_accept)
    assert not page.edit_button.isEnabled()

    page.add_button.click()
    assert _names(page) == ["Marie Dupont"]
    assert page.selected_volunteer().name == "Marie Dupont"
    assert page.edit_button.isEnabled()

    page.edit_button.click()
    assert _names(page) == ["Marie Durand"]
    assert [volunteer.name for volunteer in registry.volunteers.list()] == ["Marie Durand"]


def test_delete_a_volunteer_after_confirmation(page, registry, monkeypatch):
    registry.volunteers.create(VolunteerInput(name="Paul Martin"))
    registry.volunteers.create(VolunteerInput(name="Anne Petit"))
    page.refresh()
    _select(page, "Paul Martin")
    answers = iter([False, True])
    monkeypatch.setattr(message_box, "ask", lambda *_args: next(answers))

    page.delete_button.click()  # "Annuler"
    assert _names(page) == ["Anne Petit", "Paul Martin"]
    page.delete_button.click()  # "Supprimer"
    assert _names(page) == ["Anne Petit"]
    assert [volunteer.name for volunteer in registry.volunteers.list()] == ["Anne Petit"]


def test_a_volunteer_in_use_can_be_marked_inactive_instead(page, registry, monkeypatch):
    volunteer = registry.volunteers.create(VolunteerInput(name="Paul Martin", role="Secrétaire"))
    page.refresh()
    _select(page, "Paul Martin")

    def in_use(volunteer_id: int) -> None:
        raise InUse("volunteer", volunteer_id, "time_entry")

    monkeypatch.setattr(registry.volunteers, "delete", in_use)
    questions: list[tuple[str, str]] = []

    def ask(_parent, _title, text, accept_text, _reject_text):
        questions.append((text, accept_text))
        return True

    monkeypatch.setattr(message_box, "ask", ask)
    page.delete_button.click()

    assert questions[0] == ("Supprimer Paul Martin des bénévoles\u202f?", "Supprimer")
    assert questions[1][1] == "Marquer comme inactive"
    assert questions[1][0].startswith("Paul Martin ne peut pas être supprimé·e")
    [kept] = registry.volunteers.list()
    assert (kept.id, kept.active, kept.role) == (volunteer.id, False, "Secrétaire")
    status = page.volunteer_proxy.index(0, 4).data()
    assert status == "Inactif·ve"


# -- data and language -------------------------------------------------------------------------


def test_data_tab_shows_where_the_data_lives(page, registry, locations):
    info = registry.database.info()
    assert page.location_label.text() == info.location
    assert page.dialect_label.text() == "SQLite (un fichier sur cet ordinateur)"
    assert page.revision_label.text() == info.schema_revision
    assert page.data_dir_label.text() == str(locations.data_dir)
    assert page.backup_dir_label.text() == str(locations.backup_dir)
    assert page.open_data_button.text() == "Ouvrir le dossier"
    assert page.open_data_button.isEnabled()


def test_language_choice_is_saved_for_the_next_start(page, settings_store):
    assert page.language_combo.currentText() == "Français"
    messages: list[str] = []
    page.status_message.connect(messages.append)

    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))

    assert SettingsStore(settings_store.path).get(LANGUAGE) == "en"
    assert messages == ["Langue enregistrée\u00a0: elle prendra effet au prochain démarrage."]
