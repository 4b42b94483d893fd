"""Backup of a big database: SQLite's online backup (page by page, with progress, as CoopDesk does it)
against a plain copy of the same file, measured alternately in the same run. Target: at most twice.

The database holds 500 MB (50 MB with --quick) of incompressible document contents in `blob`, the
way a database full of scanned pieces looks.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from coopdesk.paths import resolve
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.storage.backup import online_backup
from tests.perf.harness import Result

TARGET_RATIO = 2.0
CHUNK = 1024 * 1024


def _big_database(folder: Path, megabytes: int) -> Path:
    path = folder / "coopdesk.sqlite3"
    ServiceRegistry.open(resolve(db=str(path), data_dir=str(folder))).close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE bench_filler (id INTEGER PRIMARY KEY, content BLOB NOT NULL)")
        with connection:
            for number in range(megabytes):
                connection.execute("INSERT INTO bench_filler VALUES (?, ?)", (number, os.urandom(CHUNK)))
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return path


def run(quick: bool) -> list[Result]:
    megabytes = 50 if quick else 500
    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-backup-") as scratch:
        folder = Path(scratch)
        database = _big_database(folder, megabytes)
        size = database.stat().st_size
        copies: list[float] = []
        backups: list[float] = []
        steps: list[int] = []
        for index in range(runs + 1):  # the first round warms the file cache
            copy_target = folder / f"copie-{index}.sqlite3"
            start = time.perf_counter()
            shutil.copyfile(database, copy_target)
            with copy_target.open("rb+") as handle:
                os.fsync(handle.fileno())  # online_backup flushes its file to disk: so does the copy
            copy_time = time.perf_counter() - start
            copy_target.unlink()
            backup_target = folder / f"sauvegarde-{index}.sqlite3"
            progress: list[int] = []
            start = time.perf_counter()
            online_backup(database, backup_target, lambda done, _total, seen=progress: seen.append(done))
            backup_time = time.perf_counter() - start
            backup_target.unlink()
            if index:
                copies.append(copy_time)
                backups.append(backup_time)
                steps.append(len(progress))
    return [
        Result(
            name=f"backup {size // (1024 * 1024)} MB (online, progress)",
            measured_s=statistics.median(backups),
            baseline_s=statistics.median(copies),
            target_ratio=TARGET_RATIO,
            runs=runs,
            note=f"baseline: plain copy + fsync; {statistics.median(steps):.0f} progress steps",
        )
    ]
