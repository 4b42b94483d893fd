"""The burden report's queries go through the index on time_entry.spent_on: a year among ten is read
from the index, never by scanning every entry (SQLite's plan of each query, as run by the report)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event, insert, text

from coopdesk.domain.burden import BurdenFilter
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import report_repository
from coopdesk.storage.tables import Application, Funder, TimeEntry


def test_every_query_reads_the_period_from_the_spent_on_index(sqlite_url: str) -> None:
    database = Database.open(sqlite_url)
    try:
        with database.session() as session:
            session.add(
                Funder(id=1, name="DDETS", normalized_name="ddets", kind="state_service", level="local")
            )
            session.flush()  # no relationship tells the unit of work that the funder comes first
            session.add(Application(id=1, title="Camion", funder_id=1, status="refused"))
            session.flush()
            session.execute(
                insert(TimeEntry),
                [
                    {
                        "application_id": 1 if index % 3 else None,
                        "funder_id": None if index % 3 else 1,
                        "spent_on": dt.date(2017, 1, 1) + dt.timedelta(days=index % 3650),
                        "minutes": 30,
                        "activity": "writing",
                    }
                    for index in range(5000)
                ],
            )
        statements: list[tuple[str, object]] = []

        def remember(
            _conn: object, _cursor: object, statement: str, parameters: object, *_args: object
        ) -> None:
            if "time_entry" in statement:
                statements.append((statement, parameters))

        event.listen(database.engine, "before_cursor_execute", remember)
        chosen = BurdenFilter(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
        with database.session() as session:
            report_repository.by_status(session, chosen)
            report_repository.by_application(session, chosen)
            report_repository.by_funder(session, chosen)
            report_repository.by_activity(session, chosen)
            report_repository.by_volunteer(session, chosen)
        event.remove(database.engine, "before_cursor_execute", remember)
        assert len(statements) == 5
        with database.engine.connect() as connection:
            for statement, parameters in statements:
                plan = " | ".join(
                    row[3]
                    for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
                )
                assert "USING INDEX ix_time_entry_spent_on" in plan, plan
                assert "SCAN time_entry" not in plan, plan
            assert connection.execute(text("SELECT count(*) FROM time_entry")).scalar() == 5000
    finally:
        database.dispose()
