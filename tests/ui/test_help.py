from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QTextDocument
from pytestqt.qtbot import QtBot

from coopdesk.paths import resource_path
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import SettingsStore
from coopdesk.ui.dialogs.guide_dialog import GUIDE_FILE, GuideDialog
from coopdesk.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from coopdesk.ui.main_window import MainWindow


def _window(qtbot: QtBot, registry: ServiceRegistry, settings_store: SettingsStore) -> MainWindow:
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)
    return window


def test_the_guide_has_ten_steps_and_every_picture(qtbot: QtBot) -> None:
    guide = resource_path("guide", GUIDE_FILE)
    assert guide is not None
    html = guide.read_text(encoding="utf-8")
    assert len(re.findall(r'<h2><a name="etape\d+"></a>', html)) == 10
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 10
    for picture in pictures:
        assert (guide.parent / picture).is_file(), picture


def test_f1_opens_the_guide_from_the_help_menu(
    qtbot: QtBot, registry: ServiceRegistry, settings_store: SettingsStore
) -> None:
    window = _window(qtbot, registry, settings_store)
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    help_menu = [action.menu() for action in window.menuBar().actions() if action.menu()][-1]
    assert window.guide_action in help_menu.actions()
    guide = window.show_guide()
    assert isinstance(guide, GuideDialog)
    assert "Votre première journée avec CoopDesk" in guide.browser.toPlainText()
    picture = guide.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("images/dashboard.png")
    )
    assert isinstance(picture, QImage | QPixmap | QByteArray)
    assert not (picture.isEmpty() if isinstance(picture, QByteArray) else picture.isNull())
    guide.close()


def test_the_shortcuts_dialog_lists_the_real_shortcuts(
    french: None, qtbot: QtBot, registry: ServiceRegistry, settings_store: SettingsStore
) -> None:
    window = _window(qtbot, registry, settings_store)
    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.rows()
    keys = {keys for _where, _what, keys in rows}
    assert {"F1", "Ctrl+Q", "F5", "Ctrl+1", "Ctrl+N"} <= keys
    # Every page appears with its own shortcuts, under its sidebar title.
    groups = {where for where, _what, _keys in rows}
    assert {"Partout", "Financeurs", "Dossiers", "Pièces", "Temps"} <= groups
    dialog.close()


def test_every_menu_action_is_reachable_by_keyboard(
    qtbot: QtBot, registry: ServiceRegistry, settings_store: SettingsStore
) -> None:
    window = _window(qtbot, registry, settings_store)
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()  # Alt+letter opens the menu
        menu = menu_action.menu()
        assert menu is not None
        for action in menu.actions():
            if not action.isSeparator():
                assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_guide_pictures_are_the_screenshots_of_the_pages(registry: ServiceRegistry) -> None:
    guide = resource_path("guide", GUIDE_FILE)
    assert guide is not None
    names = {Path(src).stem for src in re.findall(r'<img src="([^"]+)"', guide.read_text(encoding="utf-8"))}
    assert {"dashboard", "funders", "calls", "applications", "settings", "first_run"} <= names
