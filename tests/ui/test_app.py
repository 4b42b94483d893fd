"""The composition root: screenshots of every page, and how the window starts (or refuses to)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from coopdesk import app
from coopdesk.domain.errors import NotADatabase
from coopdesk.domain.rows import AssociationProfile
from coopdesk.paths import resolve
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog
from coopdesk.ui.main_window import MainWindow

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_take_screenshots_writes_every_page_and_dialog(qapp, locations, tmp_path):
    registry = ServiceRegistry.open(locations)
    registry.association.save_profile(AssociationProfile(name="Épicerie solidaire du Lez"))
    registry.close()
    out_dir = tmp_path / "captures" / "fr"

    paths = app.take_screenshots(locations, out_dir, "fr")

    names = [path.name for path in paths]
    assert names == [
        "dashboard.png",
        "funders.png",
        "calls.png",
        "applications.png",
        "projects.png",
        "texts.png",
        "documents.png",
        "time.png",
        "reports.png",
        "settings.png",
        "about.png",
        "first_run.png",
    ]
    for path in paths:
        assert path.parent == out_dir
        assert path.read_bytes().startswith(PNG_SIGNATURE)
        image = QImage(str(path))
        assert not image.isNull()
        if path.name in ("dashboard.png", "settings.png"):
            assert (image.width(), image.height()) == (1280, 800)
        else:
            assert image.width() >= 300
            assert image.height() >= 150
    # the user's own settings file was neither used nor written
    assert not locations.settings_file.exists()


def test_take_screenshots_raises_a_database_problem_unchanged(qapp, tmp_path):
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("courses de la semaine", encoding="utf-8")
    locations = resolve(db=str(not_a_database), data_dir=str(tmp_path))
    with pytest.raises(NotADatabase):
        app.take_screenshots(locations, tmp_path / "out", "fr")


def test_run_window_refuses_a_foreign_file_with_one_french_message(qapp, tmp_path, monkeypatch):
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("courses de la semaine", encoding="utf-8")
    locations = resolve(db=str(not_a_database), data_dir=str(tmp_path))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(message_box, "critical", lambda _parent, title, text: shown.append((title, text)))

    assert app.run_window(locations, "fr") == 1

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "CoopDesk ne peut pas ouvrir ses données"
    assert text.startswith(f"Le fichier {not_a_database} n’est pas une base de données CoopDesk.")
    assert not_a_database.read_text(encoding="utf-8") == "courses de la semaine"
    assert not (tmp_path / "sauvegardes").exists()


def _run_until_shown(monkeypatch) -> list[MainWindow]:
    """Record the window run_window builds, and leave the event loop as soon as it runs."""
    created: list[MainWindow] = []

    def build(registry, settings_store):
        window = MainWindow(registry, settings_store)
        created.append(window)
        return window

    monkeypatch.setattr(app, "MainWindow", build)
    # exit(), not quit(): quit() closes the windows first, which would move the focus.
    QTimer.singleShot(0, lambda: QApplication.exit(0))
    return created


def test_first_start_create_opens_settings_with_the_name_focused(qapp, locations, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "ask", lambda _parent, _demo: FirstRunChoice.CREATE)
    created = _run_until_shown(monkeypatch)

    assert app.run_window(locations, "fr") == 0

    [window] = created
    try:
        assert window.current_page_key() == "settings"
        assert window.settings_page.current_tab() == "association"
        assert window.focusWidget() is window.settings_page.form.line_edits["name"]
    finally:
        window.close()


def test_first_start_closed_dialog_quits_without_a_window(qapp, locations, monkeypatch):
    monkeypatch.setattr(FirstRunDialog, "ask", lambda _parent, _demo: None)
    created = _run_until_shown(monkeypatch)
    assert app.run_window(locations, "fr") == 0
    assert created == []


def test_an_existing_association_opens_straight_on_the_last_page(qapp, locations, monkeypatch):
    registry = ServiceRegistry.open(locations)
    registry.association.save_profile(AssociationProfile(name="Épicerie solidaire du Lez"))
    registry.close()
    monkeypatch.setattr(FirstRunDialog, "ask", lambda *_args: pytest.fail("not a first start"))
    created = _run_until_shown(monkeypatch)

    assert app.run_window(locations, None) == 0

    [window] = created
    try:
        assert window.windowTitle() == "CoopDesk — Épicerie solidaire du Lez"
        assert window.current_page_key() == "dashboard"
        assert (
            window.sidebar.item(window.page_keys().index("settings")).text() == "Paramètres"
        )  # French by default
    finally:
        window.close()
    assert locations.settings_file.exists()
