"""Online backups of a SQLite database through SQLite's own backup API (safe while in use), and the
verified, atomic replacement of a database by a backup.

A backup is written to `<name>.partiel`, flushed to disk, then renamed: a backup file that exists is
whole. A failed backup (disk full, folder gone) leaves no partial file and never touches the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from coopdesk.domain.backups import (
    BackupFailed,
    BackupFailureReason,
    RestoreRefusal,
    RestoreRefused,
    backup_name,
)

ProgressCallback = Callable[[int, int], None]  # (pages copied, total pages)

PAGES_PER_STEP = 4096  # 16 MB with 4 KB pages: few steps, and progress still moves on a big database
SQLITE_HEADER = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _reason(error: BaseException) -> BackupFailureReason:
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return BackupFailureReason.DISK_FULL
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return BackupFailureReason.NOT_WRITABLE
        if error.errno in (errno.ENOENT, errno.ENOTDIR):
            return BackupFailureReason.FOLDER_MISSING
    text = str(error).lower()
    if "disk is full" in text or "disk full" in text:
        return BackupFailureReason.DISK_FULL
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return BackupFailureReason.NOT_WRITABLE
    return BackupFailureReason.OTHER


def _read_only_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync on Windows; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection, progress: ProgressCallback | None) -> None:
    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    # One read transaction over every step: the backup copies one snapshot. Without it, each write by
    # another connection between two steps (an autosave every few seconds) restarts the backup from the
    # first page, and a big database would never finish. In WAL mode, readers do not block writers.
    src.execute("BEGIN")
    try:
        src.execute("SELECT count(*) FROM sqlite_master").fetchall()
        src.backup(dst, pages=PAGES_PER_STEP, progress=report)
    finally:
        src.rollback()


def online_backup(source: Path, target: Path, progress: ProgressCallback | None = None) -> Path:
    """Copy `source` into a new file `target` (owner-only), page by page, while others may write.

    Raises BackupFailed (disk full, folder missing or read-only…): no partial file is left behind."""
    if not source.is_file():
        raise BackupFailed(str(target), BackupFailureReason.SOURCE_MISSING, str(source))
    partial = target.with_name(target.name + ".partiel")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial.unlink(missing_ok=True)
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)
        src = sqlite3.connect(_read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                # A scratch file until renamed: no journal, no sync at each step; the whole file is
                # flushed to disk once at the end (below), before the rename makes it a backup.
                dst.execute("PRAGMA synchronous=OFF")
                dst.execute("PRAGMA locking_mode=EXCLUSIVE")
                dst.execute("PRAGMA journal_mode=OFF")
                _copy_pages(src, dst, progress)
                # One file that opens anywhere, even read-only: no WAL side files next to a backup.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_file(partial)
        os.replace(partial, target)
        _fsync_folder(target.parent)
    except (OSError, sqlite3.Error) as error:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise BackupFailed(str(target), _reason(error), str(error)) from error
    return target


def timestamped_name(prefix: str, now: dt.datetime | None = None) -> str:
    moment = now or dt.datetime.now().astimezone()
    return backup_name(prefix, moment)


# -- restoring ------------------------------------------------------------------------------------


def integrity_problem(path: Path) -> str | None:
    """None when `path` is a whole SQLite file passing PRAGMA integrity_check; else what is wrong
    ("header": not SQLite at all, "truncated", or SQLite's own words). Run it on a private copy: the
    copy is left in rollback-journal mode."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        return str(error)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return "header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_size and page_count and path.stat().st_size < page_size * page_count:
        return "truncated"
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA journal_mode=DELETE")
            rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.Error as error:
        return str(error)
    return None if rows == ["ok"] else "; ".join(rows[:3])


def release_database_file(path: Path, timeout_s: float = 2.0) -> None:
    """Fold the WAL into `path` and leave it in rollback-journal mode, so that no side file (-wal,
    -shm) is left that would be replayed over a replacement. Needs every other connection closed:
    raises RestoreRefused(IN_USE) otherwise."""
    try:
        connection = sqlite3.connect(path, timeout=timeout_s)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        raise RestoreRefused(str(path), RestoreRefusal.IN_USE, str(error)) from error
    if mode is None or str(mode[0]).lower() != "delete":
        raise RestoreRefused(str(path), RestoreRefusal.IN_USE, str(mode))
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size > 0 and suffix != "-shm":
            raise RestoreRefused(str(path), RestoreRefusal.IN_USE, side.name)


def staged_copy(source: Path, folder: Path) -> Path:
    """A private copy of `source` in `folder` (same file system as the database, for an atomic rename).

    Raises RestoreRefused(WRITE_FAILED) with no file left behind."""
    handle, name = tempfile.mkstemp(dir=folder, prefix=".coopdesk-restauration-", suffix=".sqlite3")
    os.close(handle)
    staged = Path(name)
    try:
        with source.open("rb") as reader, staged.open("wb") as writer:
            shutil.copyfileobj(reader, writer, 1024 * 1024)
            writer.flush()
            os.fsync(writer.fileno())
        os.chmod(staged, 0o600)
    except OSError as error:
        discard(staged)
        raise RestoreRefused(str(source), RestoreRefusal.WRITE_FAILED, str(error)) from error
    return staged


def discard(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in _SIDE_FILES)):
        with contextlib.suppress(OSError):
            candidate.unlink(missing_ok=True)


def put_in_place(staged: Path, database: Path) -> None:
    """Replace `database` by `staged` in one rename (same folder), and leave no stale side file."""
    for suffix in _SIDE_FILES:
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    os.replace(staged, database)
    _fsync_folder(database.parent)
