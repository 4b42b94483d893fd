"""Every control of every page, and of the main dialogs, has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import SettingsStore
from coopdesk.ui.accessibility import DialogNamer, name_controls, unnamed_controls
from coopdesk.ui.dialogs.application_dialog import ApplicationDialog
from coopdesk.ui.main_window import MainWindow


def test_every_page_names_its_controls(
    qtbot: QtBot, registry: ServiceRegistry, settings_store: SettingsStore
) -> None:
    registry.demo.fill(__import__("datetime").date(2026, 11, 28))
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)
    for key in window.page_keys():
        window.select_page(key)
        assert unnamed_controls(window.stack.currentWidget()) == [], key


def test_names_come_from_what_the_page_shows(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    label = QLabel("&Statut :")
    status = QComboBox()
    search = QLineEdit()
    search.setPlaceholderText("Rechercher un dossier… (Ctrl+F)")
    table = QTableView()
    icon_only = QToolButton()
    for widget in (label, status, search, table, icon_only):
        row.addWidget(widget)
    name_controls(root, "Dossiers")
    assert label.buddy() is status  # Alt+S now reaches the field too
    assert search.accessibleName() == "Rechercher un dossier"
    assert table.accessibleName() == "Dossiers"
    assert unnamed_controls(root) == ["QToolButton ''"]  # nothing to name it from: reported
    icon_only.setToolTip("Supprimer")
    assert unnamed_controls(root) == []


def test_dialogs_are_named_when_shown(qtbot: QtBot, registry: ServiceRegistry, qapp: object) -> None:
    namer = DialogNamer()
    qapp.installEventFilter(namer)  # type: ignore[attr-defined]
    try:
        dialog = ApplicationDialog(registry, None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == []
    finally:
        qapp.removeEventFilter(namer)  # type: ignore[attr-defined]
