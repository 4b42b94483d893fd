"""The applications list over 50,000 applications: first page and totals within 300 ms, a filter change
within 50 ms, the dashboard (summary, waiting applications, refusal reasons) within 100 ms.

A SQLite database is filled by bulk inserts with 300 funders, 60 projects, 20 volunteers, 50,000
applications spread over ten years and every status, and about 35,000 payments. Every measured call
goes through the services (one session each, SQL with WHERE, ORDER BY, LIMIT, the rows built).
The baseline of each figure is its budget: a ratio of 1.0 means the slowest median just fits.
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

from sqlalchemy import insert

from coopdesk.domain.applications import ApplicationFilter
from coopdesk.domain.enums import ApplicationStatus, FunderKind, FundingType
from coopdesk.domain.funders import default_level
from coopdesk.domain.text_search import fold
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Application, Funder, Payment, Project, Volunteer
from tests.perf.harness import Result, print_table

APPLICATIONS = 50_000
FUNDERS = 300
PROJECTS = 60
VOLUNTEERS = 20
PAGE = 200
TODAY = dt.date(2026, 11, 28)

S = ApplicationStatus
_DECIDED = {S.GRANTED, S.PARTIALLY_GRANTED, S.PAID, S.REPORT_DUE, S.REPORT_FILED, S.CLOSED, S.REFUSED}
_SUBMITTED = _DECIDED | {S.SUBMITTED, S.UNDER_REVIEW, S.WITHDRAWN}
_GRANTED = {S.GRANTED, S.PARTIALLY_GRANTED, S.PAID, S.REPORT_DUE, S.REPORT_FILED}
_FINAL = (S.CLOSED, S.CLOSED, S.REFUSED, S.WITHDRAWN, S.REPORT_FILED)
_REASONS = ("", "", "Enveloppe épuisée", "Projet hors critères", "Dossier incomplet")
_TITLES = (
    "Aide alimentaire",
    "Épicerie solidaire",
    "Camion itinérant",
    "Chambre froide",
    "Ateliers cuisine",
    "Jardin partagé",
    "Accompagnement budgétaire",
    "Paniers solidaires",
)


def build(url: str, seed: int = 2026) -> Database:
    database = Database.open(url)
    rng = random.Random(seed)
    kinds = list(FunderKind)
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
    volunteers = [{"id": i, "name": f"Bénévole {i}"} for i in range(1, VOLUNTEERS + 1)]
    projects = [{"id": i, "title": f"{rng.choice(_TITLES)} {2017 + i % 10}"} for i in range(1, PROJECTS + 1)]
    statuses = list(S)
    applications, payments = [], []
    for app_id in range(1, APPLICATIONS + 1):
        deadline = TODAY - dt.timedelta(days=rng.randint(-200, 3650))
        # As in real life, what is more than 18 months old has reached the end of its life cycle.
        status = rng.choice(statuses if deadline > TODAY - dt.timedelta(days=548) else _FINAL)
        submitted = deadline - dt.timedelta(days=rng.randint(0, 20)) if status in _SUBMITTED else None
        decided = (
            submitted + dt.timedelta(days=rng.randint(20, 200)) if submitted and status in _DECIDED else None
        )
        requested = rng.randint(10, 500) * 10_000
        granted = requested * rng.choice((1, 1, 0.5)) // 1 if status in _GRANTED else None
        applications.append(
            {
                "id": app_id,
                "title": f"{rng.choice(_TITLES)} {deadline.year} n°{app_id}",
                "status": status.value,
                "funder_id": rng.randint(1, FUNDERS),
                "project_id": rng.randint(1, PROJECTS),
                "owner_id": rng.randint(1, VOLUNTEERS),
                "funding_type": rng.choice(list(FundingType)).value,
                "amount_requested_cents": requested,
                "amount_granted_cents": int(granted) if granted else None,
                "deadline": deadline,
                "submitted_on": submitted,
                "decision_on": decided,
                "refusal_reason": rng.choice(_REASONS) if status == S.REFUSED else None,
                "report_due_on": decided + dt.timedelta(days=365) if decided and granted else None,
                "report_filed_on": decided + dt.timedelta(days=300) if status == S.REPORT_FILED else None,
            }
        )
        if granted and status in {S.PAID, S.REPORT_DUE, S.REPORT_FILED} and decided:
            for instalment in range(rng.randint(1, 3)):
                payments.append(
                    {
                        "application_id": app_id,
                        "amount_cents": int(granted) // 3 or 1,
                        "received_on": decided + dt.timedelta(days=30 * (instalment + 1)),
                    }
                )
    with database.session() as session:
        session.execute(insert(Funder), funders)
        session.execute(insert(Volunteer), volunteers)
        session.execute(insert(Project), projects)
        for start in range(0, len(applications), 10_000):
            session.execute(insert(Application), applications[start : start + 10_000])
        session.execute(insert(Payment), payments)
    with database.engine.begin() as connection:
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
    runs = 5 if quick else 15
    with tempfile.TemporaryDirectory() as folder:
        database = build(f"sqlite:///{Path(folder) / 'applications.sqlite3'}")
        try:
            service = ApplicationService(database)
            dashboard = DashboardService(database)
            first_page = ApplicationFilter(limit=PAGE)

            def open_list() -> None:
                service.list(first_page)
                service.totals(first_page)

            changes = {
                "status": ApplicationFilter(statuses=frozenset({S.SUBMITTED, S.UNDER_REVIEW}), limit=PAGE),
                "funder": ApplicationFilter(funder_id=17, limit=PAGE),
                "year": ApplicationFilter(year=2024, limit=PAGE),
                "text": ApplicationFilter(text="épicerie hérault", limit=PAGE),
                "all four": ApplicationFilter(
                    statuses=frozenset({S.REFUSED}), funder_id=17, year=2024, text="épicerie", limit=PAGE
                ),
            }
            medians = {}
            for label, chosen in changes.items():
                medians[label] = _median(
                    lambda chosen=chosen: (service.list(chosen), service.totals(chosen)), runs
                )  # type: ignore[misc]
            slowest = max(medians, key=lambda label: medians[label])

            def home() -> None:
                dashboard.summary(TODAY)
                dashboard.waiting_and_reasons(TODAY)

            waiting, reasons = dashboard.waiting_and_reasons(TODAY)
            return [
                Result(
                    name="applications: first page + totals",
                    measured_s=_median(open_list, runs),
                    baseline_s=0.300,
                    target_ratio=1.0,
                    runs=runs,
                    note=f"{APPLICATIONS} applications, page of {PAGE}; {service.totals()}",
                ),
                Result(
                    name="applications: filter change",
                    measured_s=medians[slowest],
                    baseline_s=0.050,
                    target_ratio=1.0,
                    runs=runs * len(changes),
                    note="slowest of "
                    + ", ".join(f"{label} {value * 1000:.1f} ms" for label, value in medians.items()),
                ),
                Result(
                    name="applications: dashboard",
                    measured_s=_median(home, runs),
                    baseline_s=0.100,
                    target_ratio=1.0,
                    runs=runs,
                    note=f"summary + {len(waiting)} waiting + {len(reasons)} refusal reasons",
                ),
            ]
        finally:
            database.dispose()


if __name__ == "__main__":
    found = run(quick="--quick" in sys.argv)
    print_table(found)
    sys.exit(0 if all(result.ok for result in found) else 1)
