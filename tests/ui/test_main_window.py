"""The main window: its pages, keyboard shortcuts, menus, title, and what it remembers across starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt

from coopdesk.domain.rows import AssociationProfile
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LAST_PAGE, WINDOW_GEOMETRY, WINDOW_STATE, SettingsStore
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.main_window import DEFAULT_SIZE, MainWindow

pytestmark = pytest.mark.usefixtures("french")


def _window(qtbot, registry: ServiceRegistry, settings_store: SettingsStore) -> MainWindow:
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_lists_exactly_the_pages_that_work(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)

    assert window.page_keys() == [
        "dashboard",
        "funders",
        "calls",
        "applications",
        "projects",
        "texts",
        "documents",
        "time",
        "reports",
        "settings",
    ]
    labels = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert labels == [
        "Tableau de bord",
        "Financeurs",
        "Appels à projets",
        "Dossiers",
        "Projets",
        "Textes",
        "Pièces",
        "Temps",
        "Rapports",
        "Paramètres",
    ]
    assert window.stack.count() == 10
    assert all(not window.sidebar.item(row).icon().isNull() for row in range(window.sidebar.count()))
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Fichier", "&Aide"]


def test_ctrl_2_then_ctrl_1_switch_pages(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)
    assert window.current_page_key() == "dashboard"

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "funders"
    assert window.stack.currentWidget() is window.funders_page
    assert window.sidebar.currentRow() == 1

    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "documents"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "reports"
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"  # the tenth page has its own key
    assert window.stack.currentWidget() is window.settings_page

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "dashboard"


def test_ctrl_comma_opens_settings_and_f5_refreshes(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"

    window.select_page("dashboard")
    registry.association.save_profile(AssociationProfile(name="Banque alimentaire du Lez"))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.dashboard_page.title.text() == "Banque alimentaire du Lez"
    assert window.statusBar().currentMessage() == "Page actualisée."


def test_ctrl_q_closes_the_window(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_title_and_status_bar(qtbot, registry, settings_store):
    registry.association.save_profile(AssociationProfile(name="Épicerie solidaire du Lez"))
    window = _window(qtbot, registry, settings_store)

    assert window.windowTitle() == "CoopDesk — Épicerie solidaire du Lez"
    assert window.database_label.text() == f"Base de données\u00a0: {registry.database_location}"

    window.select_page("settings")
    window.settings_page.form.line_edits["name"].setText("Épicerie du Lez")
    assert window.settings_page.save_profile()
    assert window.windowTitle() == "CoopDesk — Épicerie du Lez"


def test_unknown_page_is_refused(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)
    with pytest.raises(KeyError):
        window.select_page("no-such-page")


def test_geometry_state_and_last_page_survive_a_restart(qtbot, registry, settings_store):
    # Not the dashboard: its minimum width is more than the 800 pixels of the offscreen screen, and
    # restoreGeometry() keeps a window on its screen.
    settings_store.set(LAST_PAGE, "projects")
    window = _window(qtbot, registry, settings_store)
    assert window.current_page_key() == "projects"
    window.select_page("settings")
    window.resize(790, 580)
    size = window.size()
    assert size == QSize(790, 580)
    assert size != DEFAULT_SIZE  # what a window without saved settings would get
    window.close()

    saved = SettingsStore(settings_store.path)  # read back from the file, as at the next start
    assert saved.get(WINDOW_GEOMETRY)
    assert saved.get(WINDOW_STATE)
    assert saved.get(LAST_PAGE) == "settings"

    again = _window(qtbot, registry, saved)
    assert again.size() == size
    assert again.current_page_key() == "settings"


def test_about_dialog_opens_without_blocking(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)
    window.about_action.trigger()
    about = window.show_about()
    assert about.isVisible()
    assert registry.database_location in about.text()
    about.close()


def test_closing_with_an_unsaved_profile_asks_first(qtbot, registry, settings_store, monkeypatch):
    window = _window(qtbot, registry, settings_store)
    window.settings_page.form.line_edits["name"].setText("Association en cours de saisie")
    asked: list[str] = []

    def cancel(_parent, title, _text):
        asked.append(title)
        return message_box.SaveChoice.CANCEL

    monkeypatch.setattr(message_box, "save_discard_cancel", cancel)
    window.close()
    assert window.isVisible()
    assert asked == ["Modifications non enregistrées"]
    assert window.current_page_key() == "settings"

    monkeypatch.setattr(message_box, "save_discard_cancel", lambda *_args: message_box.SaveChoice.SAVE)
    window.close()
    assert not window.isVisible()
    profile = registry.association.profile()
    assert profile is not None
    assert profile.name == "Association en cours de saisie"
