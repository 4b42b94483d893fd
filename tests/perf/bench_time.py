"""Time entries at the scale of a big federation: 100,000 entries by 40 volunteers over five years on
3,000 applications. The Temps page's load (latest 2,000 entries of the last 12 months and the SQL total)
within 300 ms, a volunteer filter within 150 ms, the completers' list (applications, funders, calls)
within 100 ms, the dashboard's time figures within 50 ms, the CSV export of every entry within 10 s
(about 2.2 s of CPU on the reference machine: 1.1 s reading the entries, 0.75 s turning cells into
French text in table_export, 0.25 s in the French CSV writer).

The baseline of each figure is its budget: a ratio of 1.0 means the slowest median just fits.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

from sqlalchemy import insert

from coopdesk.domain.enums import FunderKind, TimeActivity
from coopdesk.domain.funders import default_level
from coopdesk.domain.text_search import fold
from coopdesk.domain.time_entries import TimeFilter
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.services.time_service import TimeService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Application, Funder, TimeEntry, Volunteer
from tests.perf.harness import Result, median_time, print_table

TODAY = dt.date(2026, 11, 28)
VOLUNTEERS = 40
FUNDERS = 200


def build(url: str, entries: int, applications: int, seed: int = 2026) -> Database:
    database = Database.open(url)
    rng = random.Random(seed)
    kinds = list(FunderKind)
    funders = [
        {
            "id": i,
            "name": f"Financeur {i}",
            "normalized_name": fold(f"Financeur {i}"),
            "kind": kinds[i % len(kinds)].value,
            "level": default_level(kinds[i % len(kinds)]).value,
            "search_text": fold(f"Financeur {i}"),
        }
        for i in range(1, FUNDERS + 1)
    ]
    volunteers = [{"id": i, "name": f"Bénévole {i}"} for i in range(1, VOLUNTEERS + 1)]
    rows = [
        {"id": i, "title": f"Dossier {i}", "funder_id": rng.randint(1, FUNDERS), "status": "drafting"}
        for i in range(1, applications + 1)
    ]
    activities = [activity.value for activity in TimeActivity]
    time_rows = []
    for _ in range(entries):
        on_application = rng.random() < 0.85
        time_rows.append(
            {
                "volunteer_id": rng.randint(1, VOLUNTEERS),
                "application_id": rng.randint(1, applications) if on_application else None,
                "funder_id": None if on_application else rng.randint(1, FUNDERS),
                "spent_on": TODAY - dt.timedelta(days=rng.randint(0, 5 * 365)),
                "minutes": 15 * rng.randint(1, 16),
                "activity": rng.choice(activities),
                "note": "Rédaction du budget" if rng.random() < 0.5 else "",
            }
        )
    with database.session() as session:
        session.execute(insert(Funder), funders)
        session.execute(insert(Volunteer), volunteers)
        session.execute(insert(Application), rows)
        session.execute(insert(TimeEntry), time_rows)
    return database


def run(*, quick: bool = False) -> list[Result]:
    entries, applications, runs = (20_000, 600, 3) if quick else (100_000, 3_000, 7)
    with tempfile.TemporaryDirectory() as folder:
        database = build(f"sqlite:///{Path(folder) / 'time.sqlite3'}", entries, applications)
        try:
            service = TimeService(database)
            last_year = TimeFilter(start=TODAY - dt.timedelta(days=364), end=TODAY + dt.timedelta(days=1))
            one_volunteer = TimeFilter(volunteer_id=7)
            note = f"{entries:,} entries, {applications:,} applications"

            def page_load() -> None:
                service.entries(last_year, limit=2000)
                service.totals(last_year)

            def volunteer_filter() -> None:
                service.entries(one_volunteer, limit=2000)
                service.totals(one_volunteer)

            return [
                Result(
                    "time: page load (2,000 + total)", median_time(page_load, runs), 0.300, 1.0, runs, note
                ),
                Result("time: volunteer filter", median_time(volunteer_filter, runs), 0.150, 1.0, runs, note),
                Result(
                    "time: completers' choices", median_time(service.targets, runs), 0.100, 1.0, runs, note
                ),
                Result(
                    "time: dashboard figures",
                    median_time(lambda: DashboardService(database).time_figures(TODAY), runs),
                    0.050,
                    1.0,
                    runs,
                    note,
                ),
                Result(
                    "time: CSV export of every entry", median_time(service.export_csv, 1), 10.0, 1.0, 1, note
                ),
            ]
        finally:
            database.dispose()


if __name__ == "__main__":
    results = run(quick="--quick" in sys.argv)
    print_table(results)
    sys.exit(0 if all(result.ok for result in results) else 1)
