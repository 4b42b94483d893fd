"""Choose a backup to restore: `RestoreDialog.choose(parent, service) -> Path | None`.

The dialog lists the backups of the backup folder (date, kind, size) or takes another file, and
verifies the choice in the background before accepting it. Restoring itself happens with the database
closed: `request_restore(window, path)` closes the window, and the composition root (app.py) then
replaces the database and opens the window again (`take_requested_restore`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.backups import (
    BackupEntry,
    BackupFailed,
    BackupFailureReason,
    BackupKind,
    RestoreRefusal,
    RestoreRefused,
)
from coopdesk.services.backup_service import BackupService
from coopdesk.ui.background import run_in_background
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import date_text
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        number = f"{size / (1024 * 1024):.1f}".replace(".", ",")
        return QCoreApplication.translate("Backups", "%1 MB").replace("%1", number)
    return QCoreApplication.translate("Backups", "%1 KB").replace("%1", str(max(1, size // 1024)))


def moment_text(entry: BackupEntry) -> str:
    return f"{date_text(entry.taken_at.date())} {entry.taken_at:%H:%M}"


def kind_text(kind: BackupKind) -> str:
    labels = {
        BackupKind.AUTOMATIC: QCoreApplication.translate("Backups", "Automatic"),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate("Backups", "Before a restore"),
        BackupKind.BEFORE_MIGRATION: QCoreApplication.translate("Backups", "Before an update"),
        BackupKind.OTHER: QCoreApplication.translate("Backups", "Other file"),
    }
    return labels[kind]


def restore_refusal_text(error: RestoreRefused) -> str:
    reasons = {
        RestoreRefusal.MISSING: QCoreApplication.translate("Backups", "This file no longer exists."),
        RestoreRefusal.NOT_A_DATABASE: QCoreApplication.translate(
            "Backups", "This file is not a CoopDesk backup."
        ),
        RestoreRefusal.DAMAGED: QCoreApplication.translate(
            "Backups", "This backup is damaged or incomplete (an interrupted copy?). Choose another one."
        ),
        RestoreRefusal.TOO_NEW: QCoreApplication.translate(
            "Backups", "This backup comes from a newer version of CoopDesk: install the latest version first."
        ),
        RestoreRefusal.IN_USE: QCoreApplication.translate(
            "Backups", "The database is open in another CoopDesk window or program: close it and try again."
        ),
        RestoreRefusal.SAME_FILE: QCoreApplication.translate("Backups", "This file is the database itself."),
        RestoreRefusal.NOT_SQLITE: QCoreApplication.translate(
            "Backups",
            "The database is on a PostgreSQL server: restoring it is done on the server (pg_restore).",
        ),
        RestoreRefusal.WRITE_FAILED: QCoreApplication.translate(
            "Backups", "The files could not be written (disk full or access refused)."
        ),
        RestoreRefusal.ZIP_ARCHIVE: QCoreApplication.translate(
            "Backups",
            "This file is a ZIP archive (a backup protected by a password?): open it with 7-Zip and "
            "restore the .sqlite3 file it holds.",
        ),
    }
    return (
        reasons[error.reason]
        + " "
        + QCoreApplication.translate("Backups", "Nothing was replaced: your data is as it was.")
    )


def backup_failure_text(error: BackupFailed) -> str:
    reasons = {
        BackupFailureReason.DISK_FULL: QCoreApplication.translate("Backups", "the disk is full"),
        BackupFailureReason.NOT_WRITABLE: QCoreApplication.translate(
            "Backups", "writing there is not allowed"
        ),
        BackupFailureReason.FOLDER_MISSING: QCoreApplication.translate(
            "Backups", "the folder does not exist (USB key removed?)"
        ),
        BackupFailureReason.NOT_SQLITE: QCoreApplication.translate(
            "Backups", "the database is on a PostgreSQL server, backed up by the server (pg_dump)"
        ),
        BackupFailureReason.SOURCE_MISSING: QCoreApplication.translate(
            "Backups", "the database file is missing"
        ),
        BackupFailureReason.OTHER: error.detail,
    }
    return (
        QCoreApplication.translate("Backups", "The backup to %1 failed: %2. Your data was not changed.")
        .replace("%1", error.target)
        .replace("%2", reasons[error.reason])
    )


# -- restore requested from the window, done by app.py with the database closed ------------------------

_requested: list[Path] = []


def request_restore(window: QWidget, path: Path) -> bool:
    """Ask the application to restore `path`: the window closes (it may still ask about unsaved changes);
    False, and nothing requested, when it stays open."""
    _requested[:] = [path]
    if window.close():
        return True
    _requested.clear()
    return False


def take_requested_restore() -> Path | None:
    path = _requested[0] if _requested else None
    _requested.clear()
    return path


class RestoreDialog(QDialog):
    COLUMNS = ("date", "kind", "size")

    def __init__(self, service: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self._service = service
        self._other: Path | None = None
        self.chosen: Path | None = None
        self.revision: str | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(560, 380)

        folder = service.folder()
        intro = QLabel(
            self.tr(
                "Choose the backup to bring back. Your current data is first kept as a backup; "
                "then CoopDesk closes the database, replaces it and opens it again."
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel(self.tr("Backups in %1").replace("%1", str(folder)))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.entries = service.list_backups()
        self.table = QTableWidget(len(self.entries), len(self.COLUMNS))
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # "Avant une restauration" fits
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, entry in enumerate(self.entries):
            size = QTableWidgetItem(size_text(entry.size_bytes))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            date = QTableWidgetItem(moment_text(entry))
            date.setToolTip(entry.path)
            self.table.setItem(row, 0, date)
            self.table.setItem(row, 1, QTableWidgetItem(kind_text(entry.kind)))
            self.table.setItem(row, 2, size)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.verify_and_accept())
        self.empty_label = QLabel(
            self.tr("No backup in this folder yet. Use “Other file…” to choose one elsewhere.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self.entries)
        self.table.setVisible(bool(self.entries))

        self.other_button = QPushButton(self.tr("Other file…"))
        self.other_button.clicked.connect(self._choose_other_file)
        self.other_label = QLabel()
        self.other_label.setWordWrap(True)
        self.error_label = FieldErrorLabel()
        self.error_label.setObjectName("restore_error")
        self.progress_label = QLabel(self.tr("Checking the backup…"))
        self.progress_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.verify_and_accept)
        self.buttons.rejected.connect(self.reject)

        other_row = QHBoxLayout()
        other_row.addWidget(self.other_button)
        other_row.addWidget(self.other_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(other_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.buttons)
        if self.entries:
            self.table.selectRow(0)

    @classmethod
    def choose(cls, parent: QWidget | None, service: BackupService) -> Path | None:
        dialog = cls(service, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.chosen
        return None

    def selected_path(self) -> Path | None:
        if self._other is not None:
            return self._other
        rows = self.table.selectionModel().selectedRows()
        return Path(self.entries[rows[0].row()].path) if rows else None

    def _selection_changed(self) -> None:
        if self.table.selectionModel().selectedRows():
            self._other = None
            self.other_label.clear()
        self.error_label.hide_error()
        self.restore_button.setEnabled(self.selected_path() is not None)

    def _choose_other_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self._service.folder()),
            self.tr("CoopDesk backups (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.set_other_file(Path(path))

    def set_other_file(self, path: Path) -> None:
        self.table.clearSelection()
        self._other = path
        self.other_label.setText(str(path))
        self.error_label.hide_error()
        self.restore_button.setEnabled(True)

    def verify_and_accept(self) -> None:
        """Verify the chosen backup in the background; accept when sound, else say why and stay open."""
        path = self.selected_path()
        if path is None:
            return
        self._set_busy(True)
        run_in_background(
            self,
            lambda: self._service.verify(path),
            lambda revision: self._verified(path, revision),
            self._refused,
        )

    def _set_busy(self, busy: bool) -> None:
        self.progress_label.setVisible(busy)
        for widget in (self.restore_button, self.other_button, self.table):
            widget.setEnabled(not busy)

    def _verified(self, path: Path, revision: str) -> None:
        self._set_busy(False)
        self.chosen = path
        self.revision = revision
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, RestoreRefused):
            self.error_label.show_error(restore_refusal_text(error))
        else:
            self.error_label.show_error(error_message(error))
