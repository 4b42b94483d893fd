"""Backups of the SQLite database: automatic (at close, and at start when the last one is a day old),
on demand, password-protected for sending by e-mail; restoring a verified backup.

A PostgreSQL database is backed up by its server (pg_dump): every method here then says so
(BackupFailed/RestoreRefused with NOT_SQLITE) and the automatic ones do nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.domain.backup_rotation import backup_is_due, backups_to_delete
from coopdesk.domain.backups import (
    AUTOMATIC_PREFIX,
    BEFORE_RESTORE_PREFIX,
    BackupEntry,
    BackupFailed,
    BackupFailureReason,
    BackupFolderState,
    BackupKind,
    RestoreOutcome,
    RestoreRefusal,
    RestoreRefused,
    backup_name,
    parse_backup_name,
)
from coopdesk.domain.errors import DatabaseProblem, DatabaseTooNew, NotADatabase
from coopdesk.paths import Locations
from coopdesk.settings import BACKUP_DIR, SettingsStore
from coopdesk.storage import backup as storage
from coopdesk.storage.backup import ProgressCallback
from coopdesk.storage.database import Database
from coopdesk.storage.network_share import network_share_kind

if TYPE_CHECKING:
    from coopdesk.services.database_service import DatabaseService

log = logging.getLogger(__name__)

ZIP_MEMBER_PREFIX = "coopdesk"
ZIP_MAGIC = b"PK\x03\x04"


def _starts_with(path: Path, magic: bytes) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(magic)) == magic
    except OSError:
        return False  # staged_copy tells what is wrong with reading it


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(tzinfo=None)


class BackupService:
    def __init__(self, locations: Locations, settings: SettingsStore) -> None:
        self._locations = locations
        self._settings = settings

    @classmethod
    def for_database_service(cls, database: DatabaseService, settings: SettingsStore) -> BackupService:
        """The backup service of the database a DatabaseService is about (what the Paramètres page has:
        it must share the window's SettingsStore, whose whole content is written back at close)."""
        return cls(database.locations, settings)

    # -- where -----------------------------------------------------------------------------------

    @property
    def supported(self) -> bool:
        """False for a PostgreSQL server: its backups are the server's job (pg_dump)."""
        return self._locations.sqlite_path is not None

    @property
    def database_file(self) -> Path | None:
        return self._locations.sqlite_path

    def network_share(self) -> str | None:
        """The kind of network share holding the SQLite file ("cifs", "UNC"…), None when local."""
        path = self.database_file
        return network_share_kind(path) if path is not None else None

    @property
    def default_folder(self) -> Path:
        return self._locations.backup_dir

    def folder_state(self) -> BackupFolderState:
        chosen = self._settings.get(BACKUP_DIR).strip()
        if not chosen:
            return BackupFolderState(folder=str(self.default_folder), chosen="", fell_back=False)
        if Path(chosen).is_dir() and os.access(chosen, os.W_OK | os.X_OK):
            return BackupFolderState(folder=chosen, chosen=chosen, fell_back=False)
        return BackupFolderState(folder=str(self.default_folder), chosen=chosen, fell_back=True)

    def folder(self) -> Path:
        return Path(self.folder_state().folder)

    def choose_folder(self, folder: str) -> BackupFolderState:
        """Use `folder` for the next backups ('' = the default folder); saved in the per-PC settings.

        Raises BackupFailed(FOLDER_MISSING / NOT_WRITABLE) for a folder that cannot take backups."""
        folder = folder.strip()
        if folder:
            path = Path(folder).expanduser()
            if not path.is_dir():
                raise BackupFailed(folder, BackupFailureReason.FOLDER_MISSING)
            if not os.access(path, os.W_OK | os.X_OK):
                raise BackupFailed(folder, BackupFailureReason.NOT_WRITABLE)
            folder = str(path.resolve())
            if folder == str(self.default_folder.resolve()):
                folder = ""
        self._settings.set(BACKUP_DIR, folder)
        self._settings.save()
        return self.folder_state()

    # -- listing ---------------------------------------------------------------------------------

    def list_backups(self, folder: Path | None = None) -> list[BackupEntry]:
        """Backups in the folder, newest first."""
        folder = folder or self.folder()
        entries: list[BackupEntry] = []
        try:
            children = list(folder.iterdir())
        except OSError:
            return []
        for child in children:
            if child.name.startswith(".") or child.suffix != ".sqlite3" or not child.is_file():
                continue
            try:
                stat = child.stat()
            except OSError:
                continue
            parsed = parse_backup_name(child.name)
            if parsed is None:
                kind, moment = BackupKind.OTHER, dt.datetime.fromtimestamp(stat.st_mtime)  # noqa: DTZ006
            else:
                kind, moment = parsed
            entries.append(BackupEntry(str(child), child.name, moment, stat.st_size, kind))
        entries.sort(key=lambda entry: (entry.taken_at, entry.name), reverse=True)
        return entries

    def last_backup(self) -> BackupEntry | None:
        candidates = [entry for entry in self.list_backups() if entry.kind is not BackupKind.OTHER]
        return candidates[0] if candidates else None

    # -- backing up ------------------------------------------------------------------------------

    def _source(self, target: str) -> Path:
        source = self.database_file
        if source is None:
            raise BackupFailed(target, BackupFailureReason.NOT_SQLITE)
        return source

    def back_up(
        self,
        target: Path | None = None,
        progress: ProgressCallback | None = None,
        *,
        now: dt.datetime | None = None,
    ) -> BackupEntry:
        """A backup into `target`, or a dated one in the backup folder (then the folder is rotated).

        Raises BackupFailed; the database is untouched whatever happens."""
        moment = now or _now()
        rotate = target is None
        if target is None:
            target = self.folder() / backup_name(AUTOMATIC_PREFIX, moment)
        source = self._source(str(target))
        if source.resolve() == target.expanduser().resolve():
            raise BackupFailed(str(target), BackupFailureReason.OTHER, "same file as the database")
        storage.online_backup(source, target, progress)
        if rotate:
            self.rotate()
        size = target.stat().st_size
        kind = BackupKind.AUTOMATIC if rotate else BackupKind.OTHER
        return BackupEntry(str(target), target.name, moment, size, kind)

    def back_up_if_due(self, now: dt.datetime | None = None) -> BackupEntry | None:
        """The daily backup at start: made when the last one is a day old or more; None if not due or
        for PostgreSQL. Raises BackupFailed."""
        if not self.supported or self.database_file is None or not self.database_file.exists():
            return None
        moment = now or _now()
        last = self.last_backup()
        if not backup_is_due(last.taken_at if last else None, moment):
            return None
        return self.back_up(now=moment)

    def back_up_at_close(self, now: dt.datetime | None = None) -> BackupEntry | None:
        """The backup at close (None for PostgreSQL). Raises BackupFailed."""
        if not self.supported or self.database_file is None or not self.database_file.exists():
            return None
        return self.back_up(now=now)

    def rotate(self) -> list[str]:
        """Delete the automatic backups the rotation no longer keeps (7 daily, 4 weekly, 12 monthly);
        the names deleted. Backups taken before a restore or a migration are never deleted here."""
        self._remove_stale_partial_files()
        automatic = [entry for entry in self.list_backups() if entry.kind is BackupKind.AUTOMATIC]
        doomed = backups_to_delete(entry.taken_at for entry in automatic)
        deleted: list[str] = []
        for entry in automatic:
            if entry.taken_at in doomed:
                try:
                    Path(entry.path).unlink()
                    deleted.append(entry.name)
                except OSError as error:
                    log.warning("old backup %s not deleted: %s", entry.path, error)
        return deleted

    def _remove_stale_partial_files(self, age: dt.timedelta = dt.timedelta(hours=6)) -> None:
        """`.partiel` files left by a backup interrupted by a crash or a power cut."""
        limit = (dt.datetime.now() - age).timestamp()  # noqa: DTZ005 - compared with file times
        try:
            leftovers = list(self.folder().glob("*.partiel"))
        except OSError:
            return
        for leftover in leftovers:
            try:
                if leftover.stat().st_mtime < limit:
                    leftover.unlink()
            except OSError as error:
                log.warning("interrupted backup %s not deleted: %s", leftover, error)

    def export_protected(self, target: Path, password: str, progress: ProgressCallback | None = None) -> Path:
        """A backup inside a ZIP encrypted with AES-256 (opens in 7-Zip and most archivers, with the
        password). Written to a temporary file then renamed, readable by its owner only."""
        import pyzipper

        if not password:
            raise BackupFailed(str(target), BackupFailureReason.OTHER, "empty password")
        source = self._source(str(target))
        moment = _now()
        partial = target.with_name(target.name + ".partiel")
        with tempfile.TemporaryDirectory(prefix="coopdesk-export-") as scratch:
            copy = Path(scratch) / backup_name(ZIP_MEMBER_PREFIX, moment)
            storage.online_backup(source, copy, progress)
            try:
                fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
                os.close(fd)
                with pyzipper.AESZipFile(
                    partial, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
                ) as archive:
                    archive.setpassword(password.encode("utf-8"))
                    archive.setencryption(pyzipper.WZ_AES, nbits=256)
                    archive.write(copy, arcname=copy.name)
                with partial.open("rb+") as handle:
                    os.fsync(handle.fileno())
                os.replace(partial, target)
            except OSError as error:
                partial.unlink(missing_ok=True)
                raise BackupFailed(str(target), storage._reason(error), str(error)) from error
        return target

    # -- restoring -------------------------------------------------------------------------------

    def verify(self, backup: Path) -> str:
        """Check that `backup` can be restored: a whole SQLite file passing integrity_check, a CoopDesk
        database, not written by a newer CoopDesk. Its schema revision; raises RestoreRefused."""
        database = self.database_file
        folder = database.parent if database is not None else Path(tempfile.gettempdir())
        staged = self._staged(backup, folder)
        try:
            return self._check_staged(backup, staged)
        finally:
            storage.discard(staged)

    def _staged(self, backup: Path, folder: Path) -> Path:
        if not backup.is_file():
            raise RestoreRefused(str(backup), RestoreRefusal.MISSING)
        if _starts_with(backup, ZIP_MAGIC):
            raise RestoreRefused(str(backup), RestoreRefusal.ZIP_ARCHIVE)
        return storage.staged_copy(backup, folder)

    @staticmethod
    def _check_staged(backup: Path, staged: Path) -> str:
        problem = storage.integrity_problem(staged)
        if problem == "header":
            raise RestoreRefused(str(backup), RestoreRefusal.NOT_A_DATABASE)
        if problem is not None:
            raise RestoreRefused(str(backup), RestoreRefusal.DAMAGED, problem)
        try:
            opened = Database.open("sqlite:///" + str(staged), must_exist=True, migrate=False)
        except DatabaseTooNew as error:
            raise RestoreRefused(str(backup), RestoreRefusal.TOO_NEW, error.revision) from error
        except NotADatabase as error:
            raise RestoreRefused(str(backup), RestoreRefusal.NOT_A_DATABASE) from error
        except DatabaseProblem as error:
            raise RestoreRefused(str(backup), RestoreRefusal.DAMAGED, str(error)) from error
        try:
            revision = opened.schema_state().current
        finally:
            opened.dispose()
        if revision is None:  # an empty SQLite file: nothing of CoopDesk in it
            raise RestoreRefused(str(backup), RestoreRefusal.NOT_A_DATABASE)
        return revision

    def restore(self, backup: Path, now: dt.datetime | None = None) -> RestoreOutcome:
        """Replace the database by `backup` after verifying it; the current database is first kept as
        an `avant-restauration-…` backup. The database must not be open (the window closes it first;
        another CoopDesk using it makes this fail with IN_USE). Raises RestoreRefused: then nothing was
        replaced."""
        database = self.database_file
        if database is None:
            raise RestoreRefused(str(backup), RestoreRefusal.NOT_SQLITE)
        if backup.exists() and database.exists() and backup.resolve() == database.resolve():
            raise RestoreRefused(str(backup), RestoreRefusal.SAME_FILE)
        if not database.parent.is_dir():
            raise RestoreRefused(str(database.parent), RestoreRefusal.WRITE_FAILED, "missing folder")
        staged = self._staged(backup, database.parent)
        try:
            self._check_staged(backup, staged)
            safety: Path | None = None
            if database.exists():
                storage.release_database_file(database)
                target = self.folder() / backup_name(BEFORE_RESTORE_PREFIX, now or _now())
                try:
                    safety = storage.online_backup(database, target)
                except BackupFailed as error:
                    raise RestoreRefused(
                        str(backup), RestoreRefusal.WRITE_FAILED, error.reason.value
                    ) from error
            try:
                storage.put_in_place(staged, database)
            except OSError as error:
                raise RestoreRefused(str(backup), RestoreRefusal.WRITE_FAILED, str(error)) from error
        finally:
            storage.discard(staged)
        log.info("database %s restored from %s (previous one kept as %s)", database, backup, safety)
        return RestoreOutcome(restored_from=str(backup), safety_backup=str(safety) if safety else None)
