"""The burden report over 1,000,000 time entries (100,000 with --quick): its figures within 1.2 times the
same aggregations written by hand in SQL on the same database, measured in the same run; a year's PDF
within 2 seconds.

A SQLite database is filled by bulk inserts: 300 funders, 200 calls, 5,000 applications spread over ten
years and every status, 40 volunteers, and the time entries (70 % on an application of their year, 15 %
on a funder, 15 % on a call), ten years of them. The measured call is BurdenService.report for one
calendar year (its sessions, the hourly valuation setting, the rows built); the baseline runs the same
five GROUP BY queries as plain SQL text on the DBAPI connection and fetches every row.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from coopdesk.domain.burden import DECIDED_STATUSES, BurdenFilter
from coopdesk.domain.enums import ApplicationStatus, FunderKind, TimeActivity
from coopdesk.domain.funders import default_level
from coopdesk.domain.text_search import fold
from coopdesk.services.burden_service import BurdenService
from coopdesk.services.shared_settings_service import SharedSettingsService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Application, Association, Call, Funder, TimeEntry, Volunteer
from tests.perf.harness import Result, print_table

ENTRIES, QUICK_ENTRIES = 1_000_000, 100_000
FUNDERS, CALLS, APPLICATIONS, VOLUNTEERS = 300, 200, 5_000, 40
FIRST_YEAR, YEARS = 2017, 10
YEAR = 2024
CHUNK = 50_000

_DECIDED = ", ".join(f"'{status.value}'" for status in sorted(DECIDED_STATUSES))
_ENTRIES = """
    FROM time_entry AS te
    LEFT OUTER JOIN application AS a ON a.id = te.application_id
    LEFT OUTER JOIN call AS c ON c.id = te.call_id
    WHERE te.spent_on BETWEEN ? AND ?
"""
_PER_APPLICATION = f"""
    WITH per AS (
        SELECT te.application_id AS application_id,
               coalesce(a.funder_id, te.funder_id, c.funder_id) AS funder_id,
               sum(te.minutes) AS minutes, count(*) AS entries
        {_ENTRIES}
        GROUP BY te.application_id, coalesce(a.funder_id, te.funder_id, c.funder_id)
    )
"""
HAND_WRITTEN = (
    _PER_APPLICATION
    + f"""
    SELECT a.status, sum(per.minutes), count(per.application_id),
           coalesce(sum(CASE WHEN a.status IN ({_DECIDED}) THEN coalesce(a.amount_granted_cents, 0)
                        ELSE 0 END), 0),
           sum(per.entries)
    FROM per LEFT OUTER JOIN application AS a ON a.id = per.application_id
    GROUP BY a.status
    """,
    _PER_APPLICATION
    + """
    SELECT per.application_id, a.title, per.funder_id, f.name, a.status, a.amount_granted_cents,
           per.minutes, per.entries
    FROM per
    LEFT OUTER JOIN application AS a ON a.id = per.application_id
    LEFT OUTER JOIN funder AS f ON f.id = per.funder_id
    ORDER BY per.minutes DESC, per.application_id
    """,
    _PER_APPLICATION
    + f"""
    SELECT per.funder_id, max(f.name), sum(per.minutes), count(per.application_id),
           coalesce(sum(CASE WHEN per.application_id IS NULL THEN per.minutes ELSE 0 END), 0),
           coalesce(sum(CASE WHEN a.status IN ({_DECIDED}) THEN per.minutes ELSE 0 END), 0),
           coalesce(sum(CASE WHEN a.status IN ({_DECIDED}) THEN coalesce(a.amount_granted_cents, 0)
                        ELSE 0 END), 0),
           coalesce(sum(CASE WHEN a.status IN ('refused', 'withdrawn') THEN per.minutes ELSE 0 END), 0)
    FROM per
    LEFT OUTER JOIN application AS a ON a.id = per.application_id
    LEFT OUTER JOIN funder AS f ON f.id = per.funder_id
    GROUP BY per.funder_id
    ORDER BY sum(per.minutes) DESC, per.funder_id
    """,
    f"""
    SELECT te.activity, sum(te.minutes), count(*)
    {_ENTRIES}
    GROUP BY te.activity
    ORDER BY sum(te.minutes) DESC, te.activity
    """,
    f"""
    SELECT per.volunteer_id, v.name, per.minutes, per.n
    FROM (SELECT te.volunteer_id AS volunteer_id, sum(te.minutes) AS minutes, count(*) AS n
          {_ENTRIES}
          GROUP BY te.volunteer_id) AS per
    LEFT OUTER JOIN volunteer AS v ON v.id = per.volunteer_id
    ORDER BY per.minutes DESC, per.volunteer_id
    """,
)


def build(url: str, entries: int, seed: int = 2026) -> Database:
    database = Database.open(url)
    rng = random.Random(seed)
    kinds = list(FunderKind)
    statuses = [status.value for status in ApplicationStatus]
    decided = {status.value for status in DECIDED_STATUSES} - {"refused", "withdrawn"}
    activities = [activity.value for activity in TimeActivity]
    funders = []
    for funder_id in range(1, FUNDERS + 1):
        kind = kinds[funder_id % len(kinds)]
        name = f"{kind.value.replace('_', ' ').title()} de l'Hérault {funder_id}"
        funders.append(
            {
                "id": funder_id,
                "name": name,
                "normalized_name": fold(name),
                "kind": kind.value,
                "level": default_level(kind).value,
                "search_text": fold(name),
            }
        )
    calls = [
        {"id": call_id, "title": f"Appel {call_id}", "funder_id": rng.choice([None, rng.randint(1, FUNDERS)])}
        for call_id in range(1, CALLS + 1)
    ]
    volunteers = [{"id": index, "name": f"Bénévole {index}"} for index in range(1, VOLUNTEERS + 1)]
    applications = []
    years: dict[int, list[int]] = {}
    for app_id in range(1, APPLICATIONS + 1):
        year = FIRST_YEAR + app_id % YEARS
        years.setdefault(year, []).append(app_id)
        status = rng.choice(statuses)
        applications.append(
            {
                "id": app_id,
                "title": f"Demande {year} n°{app_id}",
                "status": status,
                "funder_id": rng.randint(1, FUNDERS),
                "amount_requested_cents": 1_000_000,
                "amount_granted_cents": rng.choice((500_000, 1_000_000)) if status in decided else None,
            }
        )
    with database.session() as session:
        session.add(Association(name="Épicerie solidaire du banc d'essai"))
        session.execute(insert(Funder), funders)
        session.execute(insert(Call), calls)
        session.execute(insert(Volunteer), volunteers)
        session.execute(insert(Application), applications)
    days = YEARS * 365
    first_day = dt.date(FIRST_YEAR, 1, 1)
    with database.engine.begin() as connection:
        batch: list[dict[str, Any]] = []
        for _ in range(entries):
            day = first_day + dt.timedelta(days=rng.randrange(days))
            target = rng.random()
            row: dict[str, Any] = {
                "spent_on": day,
                "minutes": rng.randint(1, 16) * 15,
                "activity": rng.choice(activities),
                "volunteer_id": rng.randint(1, VOLUNTEERS),
                "application_id": None,
                "funder_id": None,
                "call_id": None,
                "note": "",
                "version": 1,
                "updated_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            }
            if target < 0.70:
                row["application_id"] = rng.choice(years.get(day.year) or [1])
            elif target < 0.85:
                row["funder_id"] = rng.randint(1, FUNDERS)
            else:
                row["call_id"] = rng.randint(1, CALLS)
            batch.append(row)
            if len(batch) == CHUNK:
                connection.execute(insert(TimeEntry), batch)
                batch = []
        if batch:
            connection.execute(insert(TimeEntry), batch)
        connection.exec_driver_sql("ANALYZE")
    return database


def _median(work: Callable[[], object], runs: int) -> float:
    work()  # warm the statement cache and the pages
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def run(quick: bool) -> list[Result]:
    runs = 9 if quick else 11
    entries = QUICK_ENTRIES if quick else ENTRIES
    with tempfile.TemporaryDirectory() as folder:
        database = build(f"sqlite:///{Path(folder) / 'burden.sqlite3'}", entries)
        try:
            service = BurdenService(database, SharedSettingsService(database))
            chosen = BurdenFilter(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))
            today = dt.date(2026, 11, 28)
            raw = database.engine.raw_connection()
            try:

                def hand_written() -> None:
                    cursor = raw.cursor()
                    for sql in HAND_WRITTEN:
                        cursor.execute(sql, (chosen.start.isoformat(), chosen.end.isoformat()))
                        cursor.fetchall()
                    cursor.close()

                # Interleaved, so that both see the same cache and machine load.
                figures, baseline = [], []
                hand_written()
                service.report(chosen, today)
                for _ in range(runs):
                    start = time.perf_counter()
                    hand_written()
                    baseline.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    service.report(chosen, today)
                    figures.append(time.perf_counter() - start)
            finally:
                raw.close()
            report = service.report(chosen, today)
            pdf_time = _median(lambda: service.pdf(report), 3 if quick else 5)
            pdf_pages = service.pdf(report).count(b"/Type /Page\n")
            return [
                Result(
                    name="burden: a year's figures vs hand SQL",
                    measured_s=statistics.median(figures),
                    baseline_s=statistics.median(baseline),
                    target_ratio=1.2,
                    runs=runs,
                    note=f"{entries:,} entries, {report.entries:,} in {YEAR}, "
                    f"{len(report.by_application)} application rows, {len(report.by_funder)} funders",
                ),
                Result(
                    name="burden: a year's PDF",
                    measured_s=pdf_time,
                    baseline_s=2.0,
                    target_ratio=1.0,
                    runs=3 if quick else 5,
                    note=f"{len(service.pdf(report)) // 1024} KiB, about {pdf_pages} pages",
                ),
            ]
        finally:
            database.dispose()


if __name__ == "__main__":
    found = run(quick="--quick" in sys.argv)
    print_table(found)
    sys.exit(0 if all(result.ok for result in found) else 1)
