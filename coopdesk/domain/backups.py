"""What the window and the command line know about backups: plain rows and the errors of backing up
and restoring (turned into French by the ui and the cli)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain.errors import CoopDeskError

BACKUP_SUFFIX = ".sqlite3"
AUTOMATIC_PREFIX = "sauvegarde"
BEFORE_RESTORE_PREFIX = "avant-restauration"
BEFORE_MIGRATION_PREFIX = "avant-migration"
_NAME = re.compile(r"^(?P<prefix>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})\.sqlite3$")


class BackupKind(StrEnum):
    AUTOMATIC = "automatic"  # at close, daily, or `coopdesk backup`: rotated
    BEFORE_RESTORE = "before_restore"  # the database as it was before a restore: kept
    BEFORE_MIGRATION = "before_migration"  # kept
    OTHER = "other"  # a file someone put in the folder: listed, never deleted


@dataclass(frozen=True)
class BackupEntry:
    path: str
    name: str
    taken_at: dt.datetime  # local time, naive (from the file name, else the file's modification time)
    size_bytes: int
    kind: BackupKind


@dataclass(frozen=True)
class BackupFolderState:
    """Where backups go now: the chosen folder, or the default one when the chosen one is missing."""

    folder: str
    chosen: str  # "" when the default folder is used
    fell_back: bool  # the chosen folder is unavailable (USB key removed): the default one is used


@dataclass(frozen=True)
class RestoreOutcome:
    restored_from: str
    safety_backup: str | None  # the database as it was, kept before it was replaced


def backup_name(prefix: str, moment: dt.datetime) -> str:
    return f"{prefix}-{moment:%Y-%m-%d-%H%M%S}{BACKUP_SUFFIX}"


def parse_backup_name(name: str) -> tuple[BackupKind, dt.datetime] | None:
    """The kind and moment encoded in a backup's file name; None for another name."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        moment = dt.datetime.strptime(match["stamp"], "%Y-%m-%d-%H%M%S")  # noqa: DTZ007 - local time
    except ValueError:
        return None
    prefix = match["prefix"]
    if prefix == AUTOMATIC_PREFIX:
        kind = BackupKind.AUTOMATIC
    elif prefix == BEFORE_RESTORE_PREFIX:
        kind = BackupKind.BEFORE_RESTORE
    elif prefix.startswith(BEFORE_MIGRATION_PREFIX):
        kind = BackupKind.BEFORE_MIGRATION
    else:
        kind = BackupKind.OTHER
    return kind, moment


class BackupFailureReason(StrEnum):
    DISK_FULL = "disk_full"
    NOT_WRITABLE = "not_writable"
    FOLDER_MISSING = "folder_missing"
    NOT_SQLITE = "not_sqlite"  # PostgreSQL: the server's own tools back it up
    SOURCE_MISSING = "source_missing"
    OTHER = "other"


@dataclass(unsafe_hash=True)
class BackupFailed(CoopDeskError):
    """A backup could not be written; the database is untouched and no partial file is left."""

    target: str
    reason: BackupFailureReason
    detail: str = ""

    def __str__(self) -> str:
        return f"backup to {self.target} failed: {self.reason} {self.detail}".strip()


class RestoreRefusal(StrEnum):
    MISSING = "missing"
    NOT_A_DATABASE = "not_a_database"  # not SQLite, or SQLite but not CoopDesk
    DAMAGED = "damaged"  # truncated or failing PRAGMA integrity_check
    TOO_NEW = "too_new"  # written by a newer CoopDesk
    IN_USE = "in_use"  # another CoopDesk has the database open
    SAME_FILE = "same_file"
    NOT_SQLITE = "not_sqlite"  # the current database is on a PostgreSQL server
    WRITE_FAILED = "write_failed"  # disk full, no permission: nothing replaced
    ZIP_ARCHIVE = "zip_archive"  # a (password-protected) ZIP export: to be opened with 7-Zip first


@dataclass(unsafe_hash=True)
class RestoreRefused(CoopDeskError):
    """A restore refused or failed before the database was replaced: the database is as it was."""

    path: str
    reason: RestoreRefusal
    detail: str = ""

    def __str__(self) -> str:
        return f"cannot restore {self.path}: {self.reason} {self.detail}".strip()
