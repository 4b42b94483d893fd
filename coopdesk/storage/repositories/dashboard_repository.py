"""Figures and deadlines of the dashboard: SQL aggregations, never Python loops over rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, Select, func, literal, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain import workflow
from coopdesk.domain.applications import PieceState, RequiredPieceRow
from coopdesk.domain.dashboard import LabelledChecklistGap
from coopdesk.domain.enums import ApplicationStatus, DeadlineKind, DocumentType
from coopdesk.domain.rows import DeadlineRow, StatusCount
from coopdesk.storage.repositories import application_repository
from coopdesk.storage.repositories.document_repository import PREPARING_STATUSES
from coopdesk.storage.tables import (
    Application,
    ApplicationYear,
    Association,
    Call,
    Document,
    Funder,
    Interaction,
    Payment,
    RequiredPiece,
)

OPEN_STATUSES = (ApplicationStatus.IDEA, ApplicationStatus.DRAFTING)
GRANTED_STATUSES = (
    ApplicationStatus.GRANTED,
    ApplicationStatus.PARTIALLY_GRANTED,
    ApplicationStatus.PAID,
    ApplicationStatus.REPORT_DUE,
    ApplicationStatus.REPORT_FILED,
)
REPORT_PENDING_STATUSES = (
    ApplicationStatus.GRANTED,
    ApplicationStatus.PARTIALLY_GRANTED,
    ApplicationStatus.PAID,
    ApplicationStatus.REPORT_DUE,
)


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def year_figures(session: Session, year: int) -> tuple[int, int, int, int, int]:
    """(requested, granted, paid) in cents, then (decided, refused) counts, for one calendar year."""
    start, end = _year_bounds(year)
    requested = session.scalar(
        select(func.coalesce(func.sum(Application.amount_requested_cents), 0)).where(
            Application.submitted_on.between(start, end)
        )
    )
    granted = session.scalar(
        select(func.coalesce(func.sum(Application.amount_granted_cents), 0)).where(
            Application.decision_on.between(start, end),
            Application.status.in_([*GRANTED_STATUSES, ApplicationStatus.CLOSED]),
        )
    )
    paid = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
            Payment.received_on.between(start, end)
        )
    )
    decided, refused = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum((Application.status == ApplicationStatus.REFUSED).cast(Integer)), 0),
        ).where(
            Application.decision_on.between(start, end),
            Application.status != ApplicationStatus.WITHDRAWN,
        )
    ).one()
    return int(requested or 0), int(granted or 0), int(paid or 0), int(decided), int(refused)


def status_counts(session: Session) -> list[StatusCount]:
    rows = session.execute(
        select(
            Application.status,
            func.count(),
            func.coalesce(func.sum(Application.amount_requested_cents), 0),
        ).group_by(Application.status)
    ).all()
    by_status = {ApplicationStatus(status): (count, total) for status, count, total in rows}
    return [
        StatusCount(status, by_status[status][0], int(by_status[status][1]))
        for status in ApplicationStatus
        if status in by_status
    ]


def _collect(found: list[DeadlineRow], kind: DeadlineKind, entity: str, rows: Iterable[Any]) -> None:
    for entity_id, title, due_on, funder in rows:
        if due_on is not None:
            found.append(DeadlineRow(kind, due_on, title or "", funder or "", entity, entity_id))


def deadlines(session: Session, today: dt.date, horizon_days: int = 30) -> list[DeadlineRow]:
    """Everything due within `horizon_days`, and what is overdue, sorted by date."""
    until = today + dt.timedelta(days=horizon_days)
    found: list[DeadlineRow] = []
    funder_name = func.coalesce(Funder.name, "")

    def of_applications(date_column: Any, *conditions: Any) -> Select[Any]:
        return (
            select(Application.id, Application.title, date_column, funder_name)
            .outerjoin(Funder, Funder.id == Application.funder_id)
            .where(*conditions)
        )

    open_ones = Application.status.in_(OPEN_STATUSES)
    _collect(
        found,
        DeadlineKind.SUBMISSION,
        "application",
        session.execute(of_applications(Application.deadline, open_ones, Application.deadline <= until)),
    )
    _collect(
        found,
        DeadlineKind.LETTER_OF_INTENT,
        "application",
        session.execute(
            of_applications(
                Application.letter_of_intent_on,
                open_ones,
                Application.letter_of_intent_on.between(today, until),
            )
        ),
    )
    # a multi-year grant (CPO) has one compte rendu per year, tracked on its years; the others one
    by_year = select(ApplicationYear.id).where(ApplicationYear.application_id == Application.id).exists()
    _collect(
        found,
        DeadlineKind.REPORT,
        "application",
        session.execute(
            of_applications(
                Application.report_due_on,
                Application.status.in_(REPORT_PENDING_STATUSES),
                Application.report_filed_on.is_(None),
                Application.report_due_on <= until,
                or_(Application.multi_year.is_(False), ~by_year),
            )
        ),
    )
    found += _year_reports(session, until)

    def of_calls(date_column: Any) -> Select[Any]:
        return (
            select(Call.id, Call.title, date_column, funder_name)
            .outerjoin(Funder, Funder.id == Call.funder_id)
            .where(Call.archived.is_(False), date_column.between(today, until))
        )

    _collect(found, DeadlineKind.PREDEPOSIT, "call", session.execute(of_calls(Call.predeposit_on)))
    _collect(found, DeadlineKind.CALL_CLOSING, "call", session.execute(of_calls(Call.deadline)))

    follow_ups = (
        select(Interaction.id, Interaction.summary, Interaction.follow_up_on, funder_name)
        .join(Funder, Funder.id == Interaction.funder_id)
        .where(Interaction.follow_up_done.is_(False), Interaction.follow_up_on <= until)
    )
    for interaction_id, summary, due_on, funder in session.execute(follow_ups):
        if due_on is None:
            continue
        title = summary.strip().splitlines()[0][:120] if summary.strip() else ""
        found.append(
            DeadlineRow(DeadlineKind.FOLLOW_UP, due_on, title, funder, "interaction", interaction_id)
        )

    expiring = select(Document.id, Document.title, Document.valid_until, literal("")).where(
        Document.replaced_by_id.is_(None), Document.valid_until <= today + dt.timedelta(days=60)
    )
    _collect(found, DeadlineKind.DOCUMENT_EXPIRY, "document", session.execute(expiring))

    found.sort(key=lambda row: (row.due_on, row.kind.value, row.title))
    return found


def _year_reports(session: Session, until: dt.date) -> list[DeadlineRow]:
    """The compte rendu of each year of the multi-year grants, not filed yet, due by `until` (each six
    months after the end of the fiscal year holding that year, see workflow.year_report_due_date)."""
    month, day = application_repository.fiscal_year_end(session)
    query = (
        select(
            Application.id,
            Application.title,
            Application.period_end,
            func.coalesce(Funder.name, ""),
            ApplicationYear.year,
        )
        .join(ApplicationYear, ApplicationYear.application_id == Application.id)
        .outerjoin(Funder, Funder.id == Application.funder_id)
        .where(
            Application.multi_year.is_(True),
            Application.status.in_(REPORT_PENDING_STATUSES),
            Application.report_filed_on.is_(None),
            ApplicationYear.report_filed_on.is_(None),
            # a year whose fiscal year ends after `until` + 6 months cannot be due by then
            ApplicationYear.year <= until.year,
        )
    )
    found = []
    for application_id, title, period_end, funder, year in session.execute(query):
        due_on = workflow.year_report_due_date(
            int(year), period_end, fiscal_year_end_month=month, fiscal_year_end_day=day
        )
        if due_on <= until:
            found.append(
                DeadlineRow(
                    DeadlineKind.REPORT, due_on, title or "", funder, "application", application_id, int(year)
                )
            )
    return found


def is_empty(session: Session) -> bool:
    """True when nothing was ever entered: no association, funder or application."""
    for table in (Association, Funder, Application):
        if session.scalar(select(func.count()).select_from(table)):
            return False
    return True


def _piece_name(piece: RequiredPieceRow) -> str:
    """The piece's own label, else the title of the document of an "other" piece, else ""."""
    if piece.label.strip():
        return piece.label.strip()
    if piece.document_type is DocumentType.OTHER and piece.document_title.strip():
        return piece.document_title.strip()
    return ""


def checklist_gaps(session: Session, today: dt.date) -> list[LabelledChecklistGap]:
    """Applications being prepared (idea, drafting) whose checklist has a missing or expired piece,
    nearest deadline first (those without one last), as document_repository.checklist_gaps gives them,
    each piece with the name it has on the application's sheet."""
    preparing = session.execute(
        select(Application.id, Application.title, Application.deadline)
        .where(
            Application.status.in_(PREPARING_STATUSES),
            Application.id.in_(select(RequiredPiece.application_id)),
        )
        .order_by(Application.deadline.is_(None), Application.deadline, Application.title, Application.id)
    ).all()
    gaps = []
    for application_id, title, deadline in preparing:
        checklist = application_repository.pieces(session, application_id, today)
        missing = [piece for piece in checklist if piece.state == PieceState.MISSING]
        expired = [piece for piece in checklist if piece.state == PieceState.EXPIRED]
        if missing or expired:
            gaps.append(
                LabelledChecklistGap(
                    application_id,
                    title,
                    deadline,
                    tuple(piece.document_type for piece in missing),
                    tuple(piece.document_type for piece in expired),
                    missing_labels=tuple(_piece_name(piece) for piece in missing),
                    expired_labels=tuple(_piece_name(piece) for piece in expired),
                )
            )
    return gaps
