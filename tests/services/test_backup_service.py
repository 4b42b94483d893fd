import datetime as dt
import errno
import sqlite3
import stat
from pathlib import Path

import pytest

from coopdesk.domain.backups import (
    BackupFailed,
    BackupFailureReason,
    BackupKind,
    RestoreRefusal,
    RestoreRefused,
)
from coopdesk.domain.rows import VolunteerInput
from coopdesk.paths import Locations, resolve
from coopdesk.services.backup_service import BackupService
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import BACKUP_DIR, SettingsStore
from coopdesk.storage import backup as storage


@pytest.fixture
def locations(tmp_path: Path, data_dir: Path) -> Locations:
    return resolve(db=str(data_dir / "coopdesk.sqlite3"), data_dir=str(data_dir))


def add_volunteers(locations: Locations, *names: str) -> None:
    registry = ServiceRegistry.open(locations)
    try:
        for name in names:
            registry.volunteers.create(VolunteerInput(name=name))
    finally:
        registry.close()


def volunteer_names(locations: Locations) -> list[str]:
    registry = ServiceRegistry.open(locations)
    try:
        return sorted(row.name for row in registry.volunteers.list())
    finally:
        registry.close()


@pytest.fixture
def service(locations: Locations) -> BackupService:
    add_volunteers(locations, "Alice")
    return BackupService(locations, SettingsStore(locations.settings_file))


def owner_only(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_backup_into_default_folder_is_a_whole_owner_only_copy(
    service: BackupService, locations: Locations
) -> None:
    entry = service.back_up()
    path = Path(entry.path)
    assert path.parent == locations.backup_dir
    assert entry.kind is BackupKind.AUTOMATIC
    assert owner_only(path)
    assert storage.integrity_problem(path) is None
    assert not list(locations.backup_dir.glob("*.partiel"))
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM volunteer").fetchall() == [("Alice",)]
    assert [e.path for e in service.list_backups()] == [entry.path]


def test_backup_while_the_database_is_open_and_written(service: BackupService, locations: Locations) -> None:
    registry = ServiceRegistry.open(locations)
    try:
        registry.volunteers.create(VolunteerInput(name="Bob"))
        entry = service.back_up()
    finally:
        registry.close()
    with sqlite3.connect(entry.path) as connection:
        assert sorted(r[0] for r in connection.execute("SELECT name FROM volunteer")) == ["Alice", "Bob"]


def test_progress_is_reported(service: BackupService) -> None:
    seen: list[tuple[int, int]] = []
    service.back_up(progress=lambda done, total: seen.append((done, total)))
    assert seen
    assert seen[-1][0] == seen[-1][1]


def test_daily_backup_only_when_the_last_is_a_day_old(service: BackupService) -> None:
    now = dt.datetime(2026, 11, 28, 9, 0)
    assert service.back_up_if_due(now) is not None
    assert service.back_up_if_due(now + dt.timedelta(hours=5)) is None
    assert service.back_up_if_due(now + dt.timedelta(days=1)) is not None
    assert len(service.list_backups()) == 2


def test_rotation_deletes_old_automatic_backups_only(service: BackupService, locations: Locations) -> None:
    start = dt.datetime(2026, 1, 1, 18, 0)
    for day in range(60):
        service.back_up(now=start + dt.timedelta(days=day))
    other = locations.backup_dir / "avant-restauration-2025-01-01-120000.sqlite3"
    other.write_bytes(Path(service.list_backups()[0].path).read_bytes())
    service.back_up(now=start + dt.timedelta(days=60))
    entries = service.list_backups()
    automatic = [e for e in entries if e.kind is BackupKind.AUTOMATIC]
    assert len(automatic) <= 23
    assert other.exists()
    assert automatic[0].taken_at == start + dt.timedelta(days=60)


def test_chosen_folder_is_used_and_a_missing_one_falls_back(service: BackupService, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    state = service.choose_folder(str(usb))
    assert state.folder == str(usb.resolve())
    assert Path(service.back_up().path).parent == usb.resolve()
    assert SettingsStore(service._settings.path).get(BACKUP_DIR) == str(usb.resolve())
    usb_entry = service.list_backups()[0]
    Path(usb_entry.path).unlink()
    usb.rmdir()  # the key was removed
    state = service.folder_state()
    assert state.fell_back
    entry = service.back_up()
    assert Path(entry.path).parent == service.default_folder


def test_choosing_a_missing_folder_is_refused(service: BackupService, tmp_path: Path) -> None:
    with pytest.raises(BackupFailed) as caught:
        service.choose_folder(str(tmp_path / "nowhere"))
    assert caught.value.reason is BackupFailureReason.FOLDER_MISSING
    assert service.folder_state().chosen == ""


def test_disk_full_during_a_backup_leaves_nothing_and_the_database_intact(
    service: BackupService, locations: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = locations.sqlite_path.read_bytes()

    def full(src: sqlite3.Connection, dst: sqlite3.Connection, progress: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "_copy_pages", full)
    with pytest.raises(BackupFailed) as caught:
        service.back_up()
    assert caught.value.reason is BackupFailureReason.DISK_FULL
    assert list(locations.backup_dir.iterdir()) == []
    assert locations.sqlite_path.read_bytes() == before
    assert volunteer_names(locations) == ["Alice"]


def test_sqlite_disk_full_error_is_recognised(
    service: BackupService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(src: sqlite3.Connection, dst: sqlite3.Connection, progress: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(storage, "_copy_pages", full)
    with pytest.raises(BackupFailed) as caught:
        service.back_up()
    assert caught.value.reason is BackupFailureReason.DISK_FULL


def test_restore_brings_back_the_backup_and_keeps_the_current_database(
    service: BackupService, locations: Locations
) -> None:
    entry = service.back_up()
    add_volunteers(locations, "Bob")
    outcome = service.restore(Path(entry.path))
    assert volunteer_names(locations) == ["Alice"]
    assert outcome.safety_backup is not None
    safety = Path(outcome.safety_backup)
    assert owner_only(safety)
    assert owner_only(locations.sqlite_path)
    with sqlite3.connect(safety) as connection:
        assert sorted(r[0] for r in connection.execute("SELECT name FROM volunteer")) == ["Alice", "Bob"]
    assert [e.kind for e in service.list_backups()].count(BackupKind.BEFORE_RESTORE) == 1
    assert not [
        p for p in locations.sqlite_path.parent.iterdir() if p.name.startswith(".coopdesk-restauration")
    ]


def assert_refused(
    service: BackupService, locations: Locations, backup: Path, reason: RestoreRefusal
) -> None:
    before = locations.sqlite_path.read_bytes()
    with pytest.raises(RestoreRefused) as caught:
        service.restore(backup)
    assert caught.value.reason is reason
    assert locations.sqlite_path.read_bytes() == before
    assert volunteer_names(locations) == ["Alice"]
    assert not [e for e in service.list_backups() if e.kind is BackupKind.BEFORE_RESTORE]
    assert not [
        p for p in locations.sqlite_path.parent.iterdir() if p.name.startswith(".coopdesk-restauration")
    ]


def test_truncated_backup_is_refused(service: BackupService, locations: Locations, tmp_path: Path) -> None:
    add_volunteers(locations, *[f"Bénévole {n}" for n in range(300)])
    full = Path(service.back_up().path).read_bytes()
    add_volunteers(locations)
    truncated = tmp_path / "coupee.sqlite3"
    truncated.write_bytes(full[: len(full) // 2])
    before = volunteer_names(locations)
    with pytest.raises(RestoreRefused) as caught:
        service.restore(truncated)
    assert caught.value.reason is RestoreRefusal.DAMAGED
    assert volunteer_names(locations) == before


def test_not_a_database_is_refused(service: BackupService, locations: Locations, tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite3"
    text.write_text("bonjour")
    assert_refused(service, locations, text, RestoreRefusal.NOT_A_DATABASE)


def test_other_sqlite_database_is_refused(
    service: BackupService, locations: Locations, tmp_path: Path
) -> None:
    other = tmp_path / "autre.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recettes (nom TEXT)")
    connection.close()
    assert_refused(service, locations, other, RestoreRefusal.NOT_A_DATABASE)


def test_empty_sqlite_file_is_refused(service: BackupService, locations: Locations, tmp_path: Path) -> None:
    empty = tmp_path / "vide.sqlite3"
    sqlite3.connect(empty).close()
    assert_refused(service, locations, empty, RestoreRefusal.NOT_A_DATABASE)


def test_backup_from_a_newer_version_is_refused(service: BackupService, locations: Locations) -> None:
    newer = Path(service.back_up().path)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    assert_refused(service, locations, newer, RestoreRefusal.TOO_NEW)


def test_missing_backup_is_refused(service: BackupService, locations: Locations, tmp_path: Path) -> None:
    assert_refused(service, locations, tmp_path / "absent.sqlite3", RestoreRefusal.MISSING)


def test_restoring_the_database_onto_itself_is_refused(service: BackupService, locations: Locations) -> None:
    assert_refused(service, locations, locations.sqlite_path, RestoreRefusal.SAME_FILE)


def test_restore_refused_while_another_program_writes(service: BackupService, locations: Locations) -> None:
    backup = Path(service.back_up().path)
    monkey_timeout = 0.2
    holder = sqlite3.connect(locations.sqlite_path)
    try:
        holder.execute("BEGIN IMMEDIATE")
        original = storage.release_database_file
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(storage, "release_database_file", lambda path: original(path, monkey_timeout))
            with pytest.raises(RestoreRefused) as caught:
                service.restore(backup)
        assert caught.value.reason is RestoreRefusal.IN_USE
    finally:
        holder.rollback()
        holder.close()
    assert volunteer_names(locations) == ["Alice"]


def test_disk_full_while_keeping_the_current_database_replaces_nothing(
    service: BackupService, locations: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = Path(service.back_up().path)
    add_volunteers(locations, "Bob")

    def full(src: sqlite3.Connection, dst: sqlite3.Connection, progress: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "_copy_pages", full)
    with pytest.raises(RestoreRefused) as caught:
        service.restore(backup)
    assert caught.value.reason is RestoreRefusal.WRITE_FAILED
    monkeypatch.undo()
    assert volunteer_names(locations) == ["Alice", "Bob"]


def test_verify_gives_the_schema_revision(service: BackupService) -> None:
    from coopdesk.storage.migrations import HEAD

    assert service.verify(Path(service.back_up().path)) == HEAD


def test_postgresql_database_has_no_file_backups(tmp_path: Path) -> None:
    locations = resolve(db="postgresql+psycopg://coop@serveur/coopdesk", data_dir=str(tmp_path))
    service = BackupService(locations, SettingsStore(tmp_path / "p.json"))
    assert not service.supported
    assert service.back_up_at_close() is None
    assert service.back_up_if_due() is None
    with pytest.raises(BackupFailed) as caught:
        service.back_up(tmp_path / "x.sqlite3")
    assert caught.value.reason is BackupFailureReason.NOT_SQLITE
    with pytest.raises(RestoreRefused) as refused:
        service.restore(tmp_path / "x.sqlite3")
    assert refused.value.reason is RestoreRefusal.NOT_SQLITE


def test_protected_export_opens_only_with_the_password(service: BackupService, tmp_path: Path) -> None:
    import pyzipper

    target = tmp_path / "envoi.zip"
    service.export_protected(target, "mot de passe très long")
    assert owner_only(target)
    with pyzipper.AESZipFile(target) as archive:
        (name,) = archive.namelist()
        info = archive.getinfo(name)
        assert info.flag_bits & 0x1  # encrypted
        with pytest.raises(RuntimeError):
            archive.read(name)
        archive.setpassword(b"mauvais")
        with pytest.raises(RuntimeError):
            archive.read(name)
        archive.setpassword("mot de passe très long".encode())
        data = archive.read(name)
    copy = tmp_path / "copie.sqlite3"
    copy.write_bytes(data)
    assert storage.integrity_problem(copy) is None
    assert service.verify(copy)


@pytest.mark.parametrize("tool", ["7zz", "bsdtar"])
def test_protected_export_opens_with_a_standard_tool(
    service: BackupService, tmp_path: Path, tool: str
) -> None:
    import shutil
    import subprocess

    program = shutil.which(tool)
    if program is None:
        pytest.skip(f"{tool} is not installed")
    target = tmp_path / "envoi.zip"
    service.export_protected(target, "secret-123")
    out = tmp_path / "out"
    out.mkdir()
    if tool == "bsdtar":
        command = [program, "-xf", str(target), "-C", str(out), "--passphrase", "secret-123"]
    else:
        command = [program, "x", "-psecret-123", f"-o{out}", str(target)]
    subprocess.run(command, check=True, capture_output=True)
    (extracted,) = out.iterdir()
    assert storage.integrity_problem(extracted) is None


def test_backup_does_not_restart_while_another_connection_keeps_writing(
    service: BackupService, locations: Locations, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    add_volunteers(locations, *[f"Bénévole {n}" for n in range(200)])
    monkeypatch.setattr(storage, "PAGES_PER_STEP", 1)  # many steps: many chances to restart
    stop = threading.Event()

    def write() -> None:
        connection = sqlite3.connect(locations.sqlite_path, timeout=10)
        try:
            while not stop.is_set():
                with connection:
                    connection.execute("UPDATE volunteer SET role = ? WHERE id = 1", (str(time.time()),))
                time.sleep(0.001)
        finally:
            connection.close()

    writer = threading.Thread(target=write)
    writer.start()
    seen: list[int] = []
    try:
        time.sleep(0.05)

        def progress(done: int, total: int) -> None:
            seen.append(done)
            assert len(seen) < 20 * total, "the backup keeps restarting"
            time.sleep(0.0005)  # give the writer a chance between two steps

        entry = service.back_up(progress=progress)
    finally:
        stop.set()
        writer.join()
    assert seen == sorted(seen)  # never back to the first page
    assert storage.integrity_problem(Path(entry.path)) is None


def test_restore_refused_while_a_window_has_the_database_open(
    service: BackupService, locations: Locations
) -> None:
    backup = Path(service.back_up().path)
    add_volunteers(locations, "Bob")
    registry = ServiceRegistry.open(locations)  # an idle window on the same database
    try:
        registry.volunteers.list()
        original = storage.release_database_file
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(storage, "release_database_file", lambda path: original(path, 0.2))
            with pytest.raises(RestoreRefused) as caught:
                service.restore(backup)
        assert caught.value.reason is RestoreRefusal.IN_USE
        assert sorted(row.name for row in registry.volunteers.list()) == ["Alice", "Bob"]
    finally:
        registry.close()
    assert volunteer_names(locations) == ["Alice", "Bob"]


def test_files_of_an_interrupted_backup_are_cleaned_later(
    service: BackupService, locations: Locations
) -> None:
    import os
    import time

    locations.backup_dir.mkdir(parents=True, exist_ok=True)
    old = locations.backup_dir / "sauvegarde-2026-01-01-120000.sqlite3.partiel"
    recent = locations.backup_dir / "sauvegarde-2026-11-28-120000.sqlite3.partiel"
    for path in (old, recent):
        path.write_bytes(b"SQLite format 3\x00")
    os.utime(old, (time.time() - 86_400, time.time() - 86_400))
    service.back_up()
    assert not old.exists()
    assert recent.exists()  # may be a backup running right now in another CoopDesk


def test_backup_service_of_the_window_database_uses_its_public_locations(locations: Locations) -> None:
    registry = ServiceRegistry.open(locations)
    try:
        database_service = registry.database
        assert database_service.locations == locations
        settings = SettingsStore(locations.settings_file)
        service = BackupService.for_database_service(database_service, settings)
        assert service.database_file == locations.sqlite_path
        assert service.default_folder == locations.backup_dir
    finally:
        registry.close()


def test_a_protected_zip_export_is_refused_with_its_own_reason(
    service: BackupService, locations: Locations, tmp_path: Path
) -> None:
    archive = service.export_protected(tmp_path / "envoi.zip", "un long secret")
    with pytest.raises(RestoreRefused) as refused:
        service.restore(archive)
    assert refused.value.reason is RestoreRefusal.ZIP_ARCHIVE
    assert volunteer_names(locations) == ["Alice"]
