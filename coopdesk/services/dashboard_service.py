"""The home page: this year's figures and what is due soon."""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.applications import ApplicationListRow
from coopdesk.domain.burden import BurdenFilter, decided_figures
from coopdesk.domain.dashboard import LabelledChecklistGap
from coopdesk.domain.rows import DashboardSummary
from coopdesk.domain.time_entries import DashboardTimeFigures
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import (
    application_repository,
    association_repository,
    dashboard_repository,
    report_repository,
    time_repository,
)


class DashboardService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def summary(self, today: dt.date, horizon_days: int = 30) -> DashboardSummary:
        with self._database.session() as session:
            profile = association_repository.load(session)
            requested, granted, paid, decided, refused = dashboard_repository.year_figures(
                session, today.year
            )
            return DashboardSummary(
                association_name=profile.name if profile else "",
                year=today.year,
                requested_cents=requested,
                granted_cents=granted,
                paid_cents=paid,
                decided_count=decided,
                refused_count=refused,
                deadlines=tuple(dashboard_repository.deadlines(session, today, horizon_days)),
                status_counts=tuple(dashboard_repository.status_counts(session)),
            )

    def waiting_and_reasons(
        self, today: dt.date, waiting_days: int = 90
    ) -> tuple[list[ApplicationListRow], list[tuple[str, int]]]:
        """Applications submitted more than `waiting_days` ago still waiting for a decision (oldest
        first), and the refusal reasons of this year with their counts ("" = no reason given)."""
        with self._database.session() as session:
            waiting = application_repository.waiting_for_decision(session, today, waiting_days)
            reasons = application_repository.refusal_reasons(session, today.year)
            return waiting, reasons

    def time_figures(self, today: dt.date) -> DashboardTimeFigures:
        """Hours of this month, and euros obtained per hour this calendar year as the burden report
        (Rapports page, PDF) computes them: the amounts granted to the applications whose outcome is
        known, over the hours spent this year on those same applications. `year_application_minutes`
        and `year_granted_cents` are those hours and that amount."""
        with self._database.session() as session:
            month_start = today.replace(day=1)
            month_end = (month_start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            year_start, year_end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
            month_minutes, _ = time_repository.dashboard_minutes(
                session, (month_start, month_end), (year_start, year_end)
            )
            by_status, _ = report_repository.by_status(session, BurdenFilter(year_start, year_end))
            granted, decided_minutes = decided_figures(by_status)
            return DashboardTimeFigures(
                month_minutes=month_minutes,
                year_application_minutes=decided_minutes,
                year_granted_cents=granted,
            )

    def checklist_gaps(self, today: dt.date) -> list[LabelledChecklistGap]:
        """Applications being prepared whose checklist lacks a piece or holds one expired before
        `today`, nearest deadline first (those without a deadline last) — as their sheets show them,
        each piece with its own label when it has one."""
        with self._database.session() as session:
            return dashboard_repository.checklist_gaps(session, today)
