"""Start-up: a shown main window with its first page filled, against a bare PySide6 window.

Both are measured as whole processes (interpreter start and imports included), alternately, in the
same run. CoopDesk opens the demo database and quits as soon as the dashboard is painted
(`coopdesk --smoke-test`). Target: at most 3 times the bare window.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from coopdesk.paths import resolve
from coopdesk.services.service_registry import ServiceRegistry
from tests.perf.harness import Result, run_python

TARGET_RATIO = 3.0

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

ORM_IMPORT = "import sqlalchemy.orm"


def _demo_database(folder: Path) -> Path:
    path = folder / "demo.sqlite3"
    registry = ServiceRegistry.open(resolve(db=str(path), data_dir=str(folder)))
    try:
        registry.demo.fill(dt.date.today())
    finally:
        registry.close()
    return path


def run(quick: bool) -> list[Result]:
    runs = 3 if quick else 9
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-") as scratch:
        folder = Path(scratch)
        database = _demo_database(folder)
        coopdesk_cmd = ["-m", "coopdesk", "--db", str(database), "--data-dir", str(folder), "--smoke-test"]
        bare_cmd = ["-c", BARE_WINDOW]
        orm_cmd = ["-c", ORM_IMPORT]
        commands = (coopdesk_cmd, bare_cmd, orm_cmd)
        for command in commands:
            run_python(command, env)  # warm the file cache and the compiled bytecode of each
        coopdesk_times: list[float] = []
        bare_times: list[float] = []
        orm_times: list[float] = []
        for _ in range(runs):
            for command, timings in zip(commands, (coopdesk_times, bare_times, orm_times), strict=True):
                start = time.perf_counter()
                run_python(command, env)
                timings.append(time.perf_counter() - start)
    return [
        Result(
            name="start-up to a filled dashboard",
            measured_s=statistics.median(coopdesk_times),
            baseline_s=statistics.median(bare_times),
            target_ratio=TARGET_RATIO,
            runs=runs,
            note="demo database; baseline: a bare PySide6 window shown and closed",
        ),
        # The floor under the figure above: reading the database goes through SQLAlchemy's ORM, and
        # importing it alone (no Qt, no database) is measured against the same bare window.
        Result(
            name="import sqlalchemy.orm alone (floor)",
            measured_s=statistics.median(orm_times),
            baseline_s=statistics.median(bare_times),
            target_ratio=TARGET_RATIO,
            runs=runs,
            note="what any ORM-backed first page pays before its first query",
        ),
    ]


if __name__ == "__main__":
    from tests.perf.harness import print_table

    print_table(run(quick="--quick" in sys.argv))
