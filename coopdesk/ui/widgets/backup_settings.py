"""The backups box of Paramètres › Données: where backups go, the last one, back up now, restore, and a
password-protected export to send by e-mail. Long work runs in the background with a progress bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.backups import BackupEntry, BackupFailed
from coopdesk.services.backup_service import BackupService
from coopdesk.services.database_service import DatabaseService
from coopdesk.settings import SettingsStore
from coopdesk.ui.background import run_in_background
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.restore_dialog import (
    RestoreDialog,
    backup_failure_text,
    moment_text,
    request_restore,
    size_text,
)
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.file_saving import ask_save_path
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel
from coopdesk.ui.widgets.server_settings import ServerSettingsBox

MIN_PASSWORD_LENGTH = 8


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the backup thread emits, Qt queues the signal to the progress bar."""

    advanced = Signal(int, int)


class ProtectedExportDialog(QDialog):
    """The password of a protected export, typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the backup with a password"))
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "The backup is put in a ZIP archive encrypted with AES-256. Send the password by "
                "another way than the archive (by phone, for instance)."
            )
        )
        intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = FieldErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Once again"), self.confirmation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def check_and_accept(self) -> None:
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            self.error_label.show_error(
                self.tr("At least %1 characters.").replace("%1", str(MIN_PASSWORD_LENGTH))
            )
            return
        if self.password.text() != self.confirmation.text():
            self.error_label.show_error(self.tr("The two passwords differ."))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        return dialog.password.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class BackupSettings(QGroupBox):
    status_message = Signal(str)

    def __init__(
        self, database: DatabaseService, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backup_settings")
        self.setTitle(self.tr("Backups"))
        self.service = BackupService.for_database_service(database, settings)
        self._relay = _ProgressRelay(self)
        layout = QVBoxLayout(self)
        if not self.service.supported:
            note = QLabel(
                self.tr(
                    "The database is on a PostgreSQL server: backing it up is the server's job "
                    "(pg_dump, see the guide, “Several PCs in the office”)."
                )
            )
            note.setObjectName("postgresql_note")
            note.setWordWrap(True)
            layout.addWidget(note)
            return

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_folder_button = QPushButton(self.tr("Choose…"))
        self.choose_folder_button.setToolTip(self.tr("A USB key or a synchronised folder, for instance"))
        self.choose_folder_button.clicked.connect(self._choose_folder)
        self.default_folder_button = QPushButton(self.tr("Default folder"))
        self.default_folder_button.clicked.connect(lambda: self.use_folder(""))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.choose_folder_button)
        folder_row.addWidget(self.default_folder_button)
        self.fallback_label = FieldErrorLabel()
        self.fallback_label.setObjectName("backup_fallback_warning")
        self.last_label = QLabel()
        self.last_label.setObjectName("last_backup")
        rule = QLabel(
            self.tr(
                "CoopDesk backs up when it closes and, at start, when the last backup is a day old. "
                "It keeps one backup a day for 7 days, one a week for 4 weeks, one a month for 12 months."
            )
        )
        rule.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore)
        self.export_button = QPushButton(self.tr("Export a protected backup…"))
        self.export_button.setObjectName("export_protected")
        self.export_button.clicked.connect(self.export_protected)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.result_label = QLabel()
        self.result_label.setObjectName("backup_result")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.error_label = FieldErrorLabel()
        self.error_label.setObjectName("backup_error")
        self._relay.advanced.connect(self._advance)

        form = QFormLayout()
        form.addRow(self.tr("Backup folder"), folder_row)
        form.addRow("", self.fallback_label)
        form.addRow(self.tr("Last backup"), self.last_label)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error_label)
        self.refresh()

    # -- state -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.service.supported:
            return
        state = self.service.folder_state()
        self.folder_label.setText(state.folder)
        self.default_folder_button.setEnabled(bool(state.chosen))
        if state.fell_back:
            self.fallback_label.show_error(
                self.tr(
                    "The chosen folder %1 cannot be reached (USB key removed?): backups go to the "
                    "default folder until it is back."
                ).replace("%1", state.chosen)
            )
        else:
            self.fallback_label.hide_error()
        last = self.service.last_backup()
        if last is None:
            self.last_label.setText(self.tr("None yet"))
        else:
            self.last_label.setText(f"{moment_text(last)} — {size_text(last.size_bytes)}")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the backups"), str(self.service.folder())
        )
        if folder:
            self.use_folder(folder)

    def use_folder(self, folder: str) -> None:
        self.error_label.hide_error()
        try:
            self.service.choose_folder(folder)
        except BackupFailed as error:
            self.error_label.show_error(backup_failure_text(error))
        except OSError as error:
            self.error_label.show_error(error_message(error))
        self.refresh()

    # -- long work ---------------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.restore_button, self.export_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.error_label.hide_error()
            self.result_label.clear()
            self.result_label.hide()

    def _advance(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 100)

    def _run(self, work: Callable[[Callable[[int, int], None]], BackupEntry | Path], done_text: str) -> None:
        self._busy(True)
        relay = self._relay
        run_in_background(
            self,
            lambda: work(relay.advanced.emit),
            lambda result: self._done(result, done_text),
            self._failed,
        )

    def _done(self, result: BackupEntry | Path, done_text: str) -> None:
        self._busy(False)
        path = result.path if isinstance(result, BackupEntry) else str(result)
        text = done_text.replace("%1", path)
        self.result_label.setText(text)
        self.result_label.show()
        self.status_message.emit(text)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.error_label.show_error(
            backup_failure_text(error) if isinstance(error, BackupFailed) else error_message(error)
        )
        self.refresh()

    def back_up_now(self) -> None:
        self._run(lambda progress: self.service.back_up(progress=progress), self.tr("Backup written to %1."))

    def export_protected(self) -> None:
        target = ask_save_path(
            self,
            self.tr("Export a protected backup"),
            Path.home() / "coopdesk-sauvegarde.zip",
            self.tr("ZIP archive (*.zip)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        password = ProtectedExportDialog.ask(self)
        if password is None:
            return
        self.export_to(target, password)

    def export_to(self, target: Path, password: str) -> None:
        self._run(
            lambda progress: self.service.export_protected(target, password, progress),
            self.tr("Protected backup written to %1. It opens with 7-Zip and the password."),
        )

    def restore(self) -> None:
        path = RestoreDialog.choose(self, self.service)
        if path is not None:
            self.confirm_and_restore(path)

    def confirm_and_restore(self, path: Path) -> bool:
        confirmed = message_box.ask(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "CoopDesk will keep your current data as a backup, close the database, replace it by "
                "%1, then open it again. Whatever was entered since that backup will no longer be shown."
            ).replace("%1", path.name),
            self.tr("Restore"),
            self.tr("Cancel"),
        )
        return confirmed and request_restore(self.window(), path)


class DataSafetySettings(QScrollArea):
    """The backups box and the office server box, scrolling together inside the Données tab (so that
    the window's smallest size does not grow with them)."""

    def __init__(
        self, database: DatabaseService, settings: SettingsStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("data_safety_settings")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.backups = BackupSettings(database, settings)
        self.server = ServerSettingsBox(settings)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.backups)
        layout.addWidget(self.server)
        layout.addStretch(1)
        self.setWidget(content)
