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
        run_python(coopdesk_cmd, env)  # warm the file cache and the compiled bytecode of both
        run_python(bare_cmd, env)
        coopdesk_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(runs):
            for command, timings in ((coopdesk_cmd, coopdesk_times), (bare_cmd, bare_times)):
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
        )
    ]


if __name__ == "__main__":
    from tests.perf.harness import print_table

    print_table(run(quick="--quick" in sys.argv))
