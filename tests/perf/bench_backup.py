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


def _time_copy(database: Path, folder: Path, index: int) -> tuple[float, int]:
    target = folder / f"copie-{index}.sqlite3"
    os.sync()  # start from a clean disk queue
    start = time.perf_counter()
    shutil.copyfile(database, target)
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())  # online_backup flushes its file to disk: so does the copy
    elapsed = time.perf_counter() - start
    target.unlink()
    return elapsed, 0


def _time_backup(database: Path, folder: Path, index: int) -> tuple[float, int]:
    target = folder / f"sauvegarde-{index}.sqlite3"
    progress: list[int] = []
    os.sync()
    start = time.perf_counter()
    online_backup(database, target, lambda done, _total: progress.append(done))
    elapsed = time.perf_counter() - start
    target.unlink()
    return elapsed, len(progress)


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
            # Alternate which one goes first: the first pays for the disk flushing the other's writes.
            order = (_time_copy, _time_backup) if index % 2 else (_time_backup, _time_copy)
            timings = {measure.__name__: measure(database, folder, index) for measure in order}
            if index:
                copies.append(timings["_time_copy"][0])
                backups.append(timings["_time_backup"][0])
                steps.append(timings["_time_backup"][1])
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
