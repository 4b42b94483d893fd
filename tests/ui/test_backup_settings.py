"""Paramètres › Données: the backups box, the restore dialog and the protected export."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from coopdesk.domain.backups import BackupKind
from coopdesk.domain.rows import VolunteerInput
from coopdesk.services.backup_service import BackupService
from coopdesk.settings import BACKUP_DIR
from coopdesk.ui.background import wait_for_background_work
from coopdesk.ui.dialogs import message_box, restore_dialog
from coopdesk.ui.dialogs.restore_dialog import RestoreDialog, take_requested_restore
from coopdesk.ui.widgets.backup_settings import BackupSettings, ProtectedExportDialog


@pytest.fixture
def box(qtbot, registry, settings_store) -> BackupSettings:
    registry.volunteers.create(VolunteerInput(name="Alice"))
    widget = BackupSettings(registry.database, settings_store)
    qtbot.addWidget(widget)
    return widget


def finish(qtbot) -> None:
    wait_for_background_work()
    qtbot.wait(20)


def test_back_up_now_in_the_background(qtbot, box: BackupSettings, locations) -> None:
    assert box.last_label.text()
    box.back_up_now()
    assert not box.backup_button.isEnabled()
    finish(qtbot)
    qtbot.waitUntil(lambda: box.backup_button.isEnabled())
    (backup,) = locations.backup_dir.glob("sauvegarde-*.sqlite3")
    assert str(backup) in box.result_label.text()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert not box.error_label.has_error()


def test_a_removed_usb_key_is_said_and_backups_go_to_the_default_folder(
    qtbot, box: BackupSettings, tmp_path: Path, settings_store, locations
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    box.use_folder(str(usb))
    assert box.folder_label.text() == str(usb.resolve())
    assert settings_store.get(BACKUP_DIR) == str(usb.resolve())
    usb.rmdir()
    box.refresh()
    assert box.fallback_label.has_error()
    assert box.folder_label.text() == str(locations.backup_dir)
    box.back_up_now()
    finish(qtbot)
    qtbot.waitUntil(lambda: box.backup_button.isEnabled())
    assert list(locations.backup_dir.glob("sauvegarde-*.sqlite3"))


def test_choosing_a_missing_folder_shows_an_error(box: BackupSettings, tmp_path: Path) -> None:
    box.use_folder(str(tmp_path / "absent"))
    assert box.error_label.has_error()


def test_protected_export(qtbot, box: BackupSettings, tmp_path: Path) -> None:
    import pyzipper

    target = tmp_path / "envoi.zip"
    box.export_to(target, "mot-de-passe")
    finish(qtbot)
    qtbot.waitUntil(lambda: box.export_button.isEnabled())
    with pyzipper.AESZipFile(target) as archive:
        archive.setpassword(b"mot-de-passe")
        assert archive.read(archive.namelist()[0]).startswith(b"SQLite format 3")


def test_password_dialog_checks_length_and_repetition(qtbot) -> None:
    dialog = ProtectedExportDialog()
    qtbot.addWidget(dialog)
    dialog.password.setText("court")
    dialog.confirmation.setText("court")
    dialog.check_and_accept()
    assert dialog.error_label.has_error()
    dialog.password.setText("assez long")
    dialog.confirmation.setText("assez lont")
    dialog.check_and_accept()
    assert dialog.result() == 0
    dialog.confirmation.setText("assez long")
    dialog.check_and_accept()
    assert dialog.result() == 1


def test_restore_dialog_lists_backups_and_verifies_the_choice(qtbot, box: BackupSettings) -> None:
    service: BackupService = box.service
    service.back_up()
    dialog = RestoreDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.entries[0].kind is BackupKind.AUTOMATIC
    assert dialog.restore_button.isEnabled()
    dialog.verify_and_accept()
    finish(qtbot)
    qtbot.waitUntil(lambda: dialog.result() == 1)
    assert dialog.chosen == Path(dialog.entries[0].path)


def test_restore_dialog_refuses_a_bad_file_and_stays_open(qtbot, box: BackupSettings, tmp_path: Path) -> None:
    bad = tmp_path / "coupee.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    dialog = RestoreDialog(box.service)
    qtbot.addWidget(dialog)
    assert dialog.empty_label.isVisibleTo(dialog)
    dialog.set_other_file(bad)
    dialog.verify_and_accept()
    finish(qtbot)
    qtbot.waitUntil(lambda: dialog.error_label.has_error())
    assert dialog.result() == 0
    assert dialog.chosen is None


def test_confirmed_restore_asks_the_application_to_restore(
    qtbot, box: BackupSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = Path(box.service.back_up().path)
    monkeypatch.setattr(message_box, "ask", lambda *args: False)
    assert not box.confirm_and_restore(backup)
    assert take_requested_restore() is None
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    box.show()
    assert box.confirm_and_restore(backup)
    assert not box.isVisible()
    assert take_requested_restore() == backup
    assert take_requested_restore() is None


def test_a_window_that_refuses_to_close_cancels_the_request(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    class Stubborn(QWidget):
        def closeEvent(self, event) -> None:
            event.ignore()

    window = Stubborn()
    qtbot.addWidget(window)
    window.show()
    assert not restore_dialog.request_restore(window, Path("x.sqlite3"))
    assert take_requested_restore() is None


def test_postgresql_database_says_backups_are_the_servers_job(qtbot, tmp_path: Path, settings_store) -> None:
    from coopdesk.paths import resolve
    from coopdesk.services.database_service import DatabaseService

    locations = resolve(db="postgresql+psycopg://coop@serveur/coopdesk", data_dir=str(tmp_path))
    database = DatabaseService.__new__(DatabaseService)
    database._locations = locations  # a DatabaseService never connected: the box needs only where
    widget = BackupSettings(database, settings_store)
    qtbot.addWidget(widget)
    assert widget.findChild(type(widget.children()[-1]), "postgresql_note") is not None
    assert not hasattr(widget, "backup_button")


def test_menu_action_opens_the_protected_export(qtbot, registry, settings_store, monkeypatch) -> None:
    from coopdesk.ui.main_window import MainWindow

    called: list[bool] = []
    monkeypatch.setattr(BackupSettings, "export_protected", lambda self: called.append(True))
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)
    window.protected_backup_action.trigger()
    assert called == [True]
    assert window.current_page_key() == "settings"
    assert window.settings_page.current_tab() == "data"
    window.save_window_settings()


def test_every_restore_refusal_has_a_message() -> None:
    from coopdesk.domain.backups import RestoreRefusal, RestoreRefused
    from coopdesk.ui.dialogs.restore_dialog import restore_refusal_text

    for reason in RestoreRefusal:
        assert restore_refusal_text(RestoreRefused("envoi.zip", reason, "0003")).strip()


def test_restore_dialog_columns_show_whole_kind_and_size(qtbot, box: BackupSettings) -> None:
    box.service.back_up()
    dialog = RestoreDialog(box.service)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.minimumSize())
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    for column in range(table.columnCount()):
        item = table.item(0, column)
        needed = table.fontMetrics().horizontalAdvance(item.text())
        assert table.columnWidth(column) >= needed, item.text()
    assert table.columnWidth(0) < table.columnWidth(1)  # the date needs less room than the kind
