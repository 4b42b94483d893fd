"""The window's start and close around backups: daily backup, backup at close, restore and reopen,
the network share warning."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from coopdesk import app
from coopdesk.domain.rows import AssociationProfile, VolunteerInput
from coopdesk.services.backup_service import BackupService
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import NETWORK_SHARE_WARNED, SettingsStore
from coopdesk.ui.background import wait_for_background_work
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.restore_dialog import request_restore
from coopdesk.ui.main_window import MainWindow


@pytest.fixture
def filled(locations):
    registry = ServiceRegistry.open(locations)
    registry.association.save_profile(AssociationProfile(name="Épicerie solidaire du Lez"))
    registry.volunteers.create(VolunteerInput(name="Alice"))
    registry.close()
    return locations


def names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM volunteer"))
    finally:
        connection.close()


def run_windows(monkeypatch, actions) -> list[MainWindow]:
    """Run the window; each window built gets the next action (called once it is shown)."""
    created: list[MainWindow] = []
    pending = list(actions)

    def build(registry, settings_store):
        window = MainWindow(registry, settings_store)
        created.append(window)
        action = pending.pop(0)
        QTimer.singleShot(0, lambda: action(window))
        return window

    monkeypatch.setattr(app, "MainWindow", build)
    return created


def leave(window: MainWindow) -> None:
    wait_for_background_work()
    QApplication.processEvents()
    QApplication.exit(0)  # the window is closed after run_window returns (see close_windows)


@pytest.fixture(autouse=True)
def close_windows(monkeypatch) -> Iterator[None]:
    yield
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.save_window_settings()
            window.close()
            window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_daily_backup_at_start_and_backup_at_close(qapp, filled, monkeypatch) -> None:
    created = run_windows(monkeypatch, [leave])
    assert app.run_window(filled, "fr") == 0
    assert len(created) == 1
    backups = sorted(filled.backup_dir.glob("sauvegarde-*.sqlite3"))
    assert 1 <= len(backups) <= 2  # the daily one at start, then the one at close (same second: one)
    assert names(backups[-1]) == ["Alice"]


def test_restore_from_the_window_replaces_the_database_and_reopens(qapp, filled, monkeypatch) -> None:
    backup = Path(BackupService(filled, SettingsStore(filled.settings_file)).back_up().path)
    registry = ServiceRegistry.open(filled)
    registry.volunteers.create(VolunteerInput(name="Bob"))
    registry.close()
    seen: list[str] = []

    def restore(window: MainWindow) -> None:
        wait_for_background_work()
        assert request_restore(window, backup)
        QApplication.exit(0)

    def check(window: MainWindow) -> None:
        seen.append(window.statusBar().currentMessage())
        seen.extend(row.name for row in window._registry.volunteers.list())
        leave(window)

    created = run_windows(monkeypatch, [restore, check])
    assert app.run_window(filled, "fr") == 0
    assert len(created) == 2
    assert "Alice" in seen
    assert "Bob" not in seen
    assert str(backup) in seen[0]
    assert names(filled.sqlite_path) == ["Alice"]
    (kept,) = filled.backup_dir.glob("avant-restauration-*.sqlite3")
    assert names(kept) == ["Alice", "Bob"]


def test_a_refused_restore_says_why_and_reopens_the_same_data(qapp, filled, monkeypatch, tmp_path) -> None:
    bad = tmp_path / "mauvais.sqlite3"
    bad.write_text("pas une base", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(message_box, "critical", lambda _parent, title, text: shown.append(text))

    def restore(window: MainWindow) -> None:
        wait_for_background_work()
        assert request_restore(window, bad)
        QApplication.exit(0)

    created = run_windows(monkeypatch, [restore, leave])
    assert app.run_window(filled, "fr") == 0
    assert len(created) == 2
    assert len(shown) == 1
    assert names(filled.sqlite_path) == ["Alice"]


def test_database_on_a_network_share_is_warned_once(qapp, filled, monkeypatch) -> None:
    monkeypatch.setattr(BackupService, "network_share", lambda self: "cifs")
    warned: list[str] = []
    monkeypatch.setattr(message_box, "warn", lambda _parent, title, text: warned.append(text))
    labels: list[bool] = []

    def look(window: MainWindow) -> None:
        labels.append(window.statusBar().findChild(object, "network_share_warning") is not None)
        leave(window)

    run_windows(monkeypatch, [look])
    assert app.run_window(filled, "fr") == 0
    run_windows(monkeypatch, [look])
    assert app.run_window(filled, "fr") == 0
    assert len(warned) == 1
    assert "cifs" in warned[0]
    assert labels == [True, True]
    assert SettingsStore(filled.settings_file).get(NETWORK_SHARE_WARNED) == str(filled.sqlite_path)
