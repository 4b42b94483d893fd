"""Fixtures of the window tests: a real ServiceRegistry on a temporary SQLite database, French by default.

Every test here fails on a Qt warning, and on any message box it did not expect (it would block).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication

from coopdesk.paths import Locations, resolve
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import SettingsStore
from coopdesk.ui.background import wait_for_background_work
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.i18n import install_translators, remove_translators

# The offscreen platform says this of every top-level window; it is not a defect of CoopDesk.
HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)
FAILING_TYPES = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


@pytest.fixture(autouse=True)
def _no_qt_warnings(qtlog: Any) -> Iterator[None]:
    yield
    warnings = [
        record.message
        for record in qtlog.records
        if record.type in FAILING_TYPES and not record.message.startswith(HARMLESS_QT_MESSAGES)
    ]
    assert not warnings, f"Qt warnings: {warnings}"


@pytest.fixture(autouse=True)
def _no_unexpected_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(*args: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:]}")

    for name in ("ask", "warn", "critical", "save_discard_cancel"):
        monkeypatch.setattr(message_box, name, unexpected)


@pytest.fixture
def locations(tmp_path: Path) -> Locations:
    return resolve(db=str(tmp_path / "t.sqlite3"), data_dir=str(tmp_path))


@pytest.fixture
def registry(locations: Locations) -> Iterator[ServiceRegistry]:
    opened = ServiceRegistry.open(locations)
    try:
        yield opened
    finally:
        wait_for_background_work()
        opened.close()


@pytest.fixture
def settings_store(locations: Locations) -> SettingsStore:
    return SettingsStore(locations.settings_file)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The window in French, as users see it by default."""
    translators = install_translators(qapp, "fr")
    try:
        yield
    finally:
        remove_translators(qapp, translators)
