"""A CoopDesk killed at any moment (power button, task manager) loses no confirmed save.

A child process saves a stream of records through the services and prints each id once its
transaction is committed; it is killed with SIGKILL at a random moment, many times over the same
database. The database must then pass PRAGMA integrity_check and hold every record confirmed.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

KILLS = 20

CHILD = textwrap.dedent(
    """
    import sys
    from coopdesk.domain.rows import VolunteerInput
    from coopdesk.services.volunteer_service import VolunteerService
    from coopdesk.storage.database import Database

    database = Database.open(sys.argv[1])
    volunteers = VolunteerService(database)
    print("ready", flush=True)
    run = sys.argv[2]
    for number in range(1_000_000):
        row = volunteers.create(VolunteerInput(name=f"{run}-{number}", role="x" * (number % 300)))
        print(row.id, flush=True)
    """
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_killed_at_random_moments_loses_no_confirmed_save(tmp_path: Path) -> None:
    database = tmp_path / "coopdesk.sqlite3"
    url = f"sqlite:///{database}"
    rng = random.Random(20261128)
    confirmed: set[int] = set()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, url, f"run{run}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        output, _errors = child.communicate()
        assert child.returncode == -signal.SIGKILL
        lines = output.splitlines()
        complete = lines if output.endswith("\n") else lines[:-1]  # a line cut by the kill proves nothing
        confirmed |= {int(line) for line in complete if line.isdigit()}
    assert len(confirmed) > KILLS  # the children did save between kills
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        present = {row[0] for row in connection.execute("SELECT id FROM volunteer")}
    finally:
        connection.close()
    assert confirmed <= present
