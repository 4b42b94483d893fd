"""Composition root: the Qt application, its translators, the services over the database, the window.

The only module that wires everything; `cli.main()` calls `run_window` (no sub-command) and
`take_screenshots` (`coopdesk screenshots DOSSIER`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QWidget

import coopdesk
from coopdesk.domain.backups import BackupEntry, BackupFailed, RestoreRefused
from coopdesk.domain.errors import DatabaseProblem
from coopdesk.paths import Locations, resource_path
from coopdesk.services import server_connection
from coopdesk.services.backup_service import BackupService
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LANGUAGE, NETWORK_SHARE_WARNED, SettingsStore
from coopdesk.ui.accessibility import DialogNamer
from coopdesk.ui.background import run_in_background, wait_for_background_work
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.about_dialog import AboutDialog
from coopdesk.ui.dialogs.first_run_dialog import FirstRunChoice, FirstRunDialog
from coopdesk.ui.dialogs.restore_dialog import (
    backup_failure_text,
    restore_refusal_text,
    take_requested_restore,
)
from coopdesk.ui.error_messages import database_problem_message, database_problem_title, error_message
from coopdesk.ui.i18n import install_translators, remove_translators
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.widgets.server_settings import ask_server_password

log = logging.getLogger(__name__)

APP_NAME = "CoopDesk"
SCREENSHOT_SIZE = QSize(1280, 800)


def _application() -> QApplication:
    """The running QApplication, or a new one named CoopDesk."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(coopdesk.__version__)
    app.setWindowIcon(application_icon())
    app.setDesktopFileName("org.coopdesk.CoopDesk")  # Wayland and task bars match the .desktop entry
    if app.findChild(DialogNamer) is None:
        app.installEventFilter(DialogNamer(app))  # every dialog's controls named for screen readers
    return app


def application_icon() -> QIcon:
    """CoopDesk's icon at every size of resources/icons/hicolor, so that each screen gets a sharp one."""
    icon = QIcon()
    theme = resource_path("icons", "hicolor")
    if theme is not None:
        for png in sorted(theme.glob("*/apps/coopdesk.png")):
            icon.addFile(str(png))
    svg = resource_path("icons", "coopdesk.svg")
    if icon.isNull() and svg is not None:
        icon.addFile(str(svg))
    return icon


def _show_unexpected_errors() -> object:
    """An error nobody caught (a lost server, a disk failing) is shown, not only printed to a console
    that a volunteer never sees: they must know their last action may not be saved."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, traceback: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, traceback))
        previous(kind, value, traceback)
        message_box.critical(
            None,
            QCoreApplication.translate("App", "Unexpected error"),
            QCoreApplication.translate(
                "App", "%1\n\nYour last action may not have been saved: check it before going on."
            ).replace("%1", error_message(value)),
        )

    sys.excepthook = hook
    return previous


def _language(locations: Locations, language: str | None) -> str:
    return language or SettingsStore(locations.settings_file).get(LANGUAGE)


def run_window(locations: Locations, language: str | None, *, smoke_test: bool = False) -> int:
    """Open the window on the database of `locations`; the exit code of the event loop.

    A database that cannot be opened gets one clear message box and exit code 1, and nothing is created.
    An empty database first offers demonstration data or the creation of one's association.
    With `smoke_test`, the program quits as soon as the window and its first page are shown, after
    printing one line saying which page was shown and in which language (start-up benchmark, bundles).
    A restore asked from Paramètres closes the window: the database, closed, is replaced, then the
    window opens again on it. The database is backed up at close and, at start, once a day.
    """
    app = _application()
    settings_store = SettingsStore(locations.settings_file)
    translators = install_translators(app, language or settings_store.get(LANGUAGE))
    previous_hook = _show_unexpected_errors()
    try:
        locations = _with_chosen_server(locations, settings_store)
        notice = ""
        while True:  # again after a restore asked from Paramètres, on the restored database
            try:
                registry = ServiceRegistry.open(locations)
            except DatabaseProblem as error:
                message_box.critical(None, database_problem_title(), database_problem_message(error))
                return 1
            backups = BackupService(locations, settings_store)
            restore: Path | None = None
            shown = False
            try:
                choice: FirstRunChoice | None = None
                if registry.database.is_empty() and not smoke_test:
                    choice = FirstRunDialog.ask(None, registry.demo)
                    if choice is None:
                        return 0
                window = MainWindow(registry, settings_store)
                if choice == FirstRunChoice.DEMO:
                    window.select_page("dashboard")
                window.show()
                shown = True
                if choice == FirstRunChoice.CREATE:
                    window.select_page("settings")
                    window.settings_page.focus_name()
                if smoke_test:
                    QTimer.singleShot(0, lambda smoke_window=window: _report_smoke_test(app, smoke_window))
                else:
                    window.start_reminders()
                    _start_backup_duties(window, backups, settings_store, notice)
                code = app.exec()
                restore = take_requested_restore()
                if restore is None:
                    return code
                window.deleteLater()  # closed for the restore: its pages and timers go with it
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            finally:
                wait_for_background_work()
                if shown and restore is None and not smoke_test:
                    _back_up_at_close(backups)
                registry.close()
            notice = _restore(backups, restore)
    finally:
        sys.excepthook = previous_hook  # type: ignore[assignment]
        remove_translators(app, translators)


def _with_chosen_server(locations: Locations, settings_store: SettingsStore) -> Locations:
    """The office server chosen in Paramètres, its password from the keyring or typed at start."""
    return server_connection.with_chosen_server(
        locations, settings_store, lambda server: ask_server_password(None, server.label)
    )


def _start_backup_duties(
    window: MainWindow, backups: BackupService, settings_store: SettingsStore, notice: str
) -> None:
    """After a restore, say so; warn about a database on a network share (once in a message, always in
    the status bar) and about an unreachable backup folder; take the daily backup in the background."""
    status = window.statusBar()
    if notice:
        status.showMessage(notice, 30_000)
    if not backups.supported:
        return
    share = backups.network_share()
    if share is not None:
        warning = QCoreApplication.translate(
            "App",
            "The database is on a network share (%1): if several PCs open it, it may be damaged. "
            "Use a PostgreSQL server instead (Settings › Data).",
        ).replace("%1", share)
        label = QLabel(QCoreApplication.translate("App", "Database on a network share"))
        label.setObjectName("network_share_warning")
        label.setToolTip(warning)
        status.addPermanentWidget(label)
        if settings_store.get(NETWORK_SHARE_WARNED) != str(backups.database_file):
            message_box.warn(
                window, QCoreApplication.translate("App", "Database on a network share"), warning
            )
            settings_store.set(NETWORK_SHARE_WARNED, str(backups.database_file))
            with contextlib.suppress(OSError):
                settings_store.save()
    state = backups.folder_state()
    if state.fell_back:
        status.showMessage(
            QCoreApplication.translate(
                "App", "The backup folder %1 cannot be reached (USB key removed?): backups go to %2."
            )
            .replace("%1", state.chosen)
            .replace("%2", state.folder),
            30_000,
        )

    def done(entry: BackupEntry | None) -> None:
        if entry is not None:
            status.showMessage(
                QCoreApplication.translate("App", "Daily backup written to %1.").replace("%1", entry.path),
                10_000,
            )

    def failed(error: BaseException) -> None:
        text = backup_failure_text(error) if isinstance(error, BackupFailed) else error_message(error)
        log.warning("daily backup failed: %s", error)
        status.showMessage(text)

    run_in_background(window, backups.back_up_if_due, done, failed)


def _back_up_at_close(backups: BackupService) -> None:
    """The backup at close; a failure is said (the data itself is saved in the database)."""
    try:
        backups.back_up_at_close()
    except BackupFailed as error:
        log.warning("backup at close failed: %s", error)
        message_box.warn(
            None, QCoreApplication.translate("App", "Backup not made"), backup_failure_text(error)
        )


def _restore(backups: BackupService, backup: Path | None) -> str:
    """Replace the closed database by `backup`; the notice for the status bar of the reopened window."""
    if backup is None:
        return ""
    try:
        outcome = backups.restore(backup)
    except RestoreRefused as error:
        message_box.critical(
            None, QCoreApplication.translate("App", "Restore refused"), restore_refusal_text(error)
        )
        return ""
    return (
        QCoreApplication.translate("App", "Data restored from %1. The previous data is kept in %2.")
        .replace("%1", outcome.restored_from)
        .replace("%2", outcome.safety_backup or "—")
    )


def _report_smoke_test(app: QApplication, window: MainWindow) -> None:
    """Print what a person would see first (page title, language of the labels), then quit."""
    page = window.current_page_key()
    label = window.sidebar.item(window.page_keys().index(page)).text()
    print(f"CoopDesk {coopdesk.__version__} : fenêtre ouverte sur « {label} » ({page}).", flush=True)
    app.quit()


def _force_offscreen_without_display() -> None:
    """Screenshots work on a server: without a display, Qt draws offscreen (before the app exists)."""
    if QCoreApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _save(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()  # lay out and polish before painting: allowed here, nowhere else
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    return path


def _shown_database(location: str) -> str:
    """A SQLite file by its name only; a server address as it is (it holds no password)."""
    path = Path(location)
    return path.name if path.suffix in (".sqlite3", ".sqlite", ".db") else location


def _settle() -> None:
    """Let background work finish and its results reach the window before a picture is taken."""
    for _ in range(3):
        wait_for_background_work()
        QApplication.processEvents()


def take_screenshots(locations: Locations, out_dir: Path, language: str | None) -> list[Path]:
    """Save a PNG of each page (`<page key>.png`), `about.png` and `first_run.png` in `out_dir`.

    The window is 1280×800 and uses a throwaway settings file: the user's window size, last page and
    language choice are neither used nor changed. Raises DatabaseProblem unchanged.
    """
    _force_offscreen_without_display()
    app = _application()
    out_dir.mkdir(parents=True, exist_ok=True)
    translators = install_translators(app, _language(locations, language))
    try:
        registry = ServiceRegistry.open(locations)
    except DatabaseProblem:
        remove_translators(app, translators)
        raise
    paths: list[Path] = []
    try:
        with tempfile.TemporaryDirectory(prefix="coopdesk-screenshots-") as scratch:
            window = MainWindow(registry, SettingsStore(Path(scratch) / "parametres.json"))
            # Pictures for the README and the guide: the database's name, not a path of this machine.
            shown_database = _shown_database(registry.database_location)
            window.database_label.setText(
                QCoreApplication.translate("MainWindow", "Database: %1").replace("%1", shown_database)
            )
            try:
                window.resize(SCREENSHOT_SIZE)
                window.show()
                for key in window.page_keys():
                    window.select_page(key)
                    _settle()  # pages that compute in the background (Rapports) show their figures
                    paths.append(_save(window, out_dir / f"{key}.png"))
                about = AboutDialog(shown_database, window)
                about.show()
                paths.append(_save(about, out_dir / "about.png"))
                about.close()
                first_run = FirstRunDialog(registry.demo, window)
                first_run.show()
                paths.append(_save(first_run, out_dir / "first_run.png"))
                first_run.close()
            finally:
                window.save_window_settings()  # into the throwaway file, so close() has nothing to ask
                window.hide()
                window.deleteLater()
                QApplication.processEvents()
    finally:
        registry.close()
        remove_translators(app, translators)
    return paths
