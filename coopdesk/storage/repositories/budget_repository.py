"""Budget lines of a project or of the association (one fiscal year), and the applications whose grants
are the "74" lines of that budget."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, and_, extract, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.budget import (
    BudgetApplication,
    BudgetChanges,
    BudgetLineInput,
    BudgetOwner,
    BudgetSources,
    StoredBudgetLine,
)
from coopdesk.domain.enums import ApplicationStatus, BudgetSection, FunderKind
from coopdesk.domain.errors import NotFound, StaleEdit
from coopdesk.domain.funders import cerfa_group
from coopdesk.storage.tables import Application, ApplicationYear, BudgetLine, Funder, Project


def _line_query() -> Select[*tuple[Any, ...]]:
    return select(BudgetLine, Funder.name, Funder.kind).outerjoin(Funder, Funder.id == BudgetLine.funder_id)


def _line_row(line: BudgetLine, funder_name: str | None, funder_kind: str | None) -> StoredBudgetLine:
    return StoredBudgetLine(
        id=line.id,
        version=line.version,
        section=BudgetSection(line.section),
        account=line.account,
        label=line.label or "",
        planned_cents=int(line.planned_cents or 0),
        actual_cents=None if line.actual_cents is None else int(line.actual_cents),
        gap_explanation=line.gap_explanation or "",
        application_id=line.application_id,
        funder_id=line.funder_id,
        funder_name=funder_name or "",
        funder_group=cerfa_group(FunderKind(funder_kind)) if funder_kind else None,
        position=line.position or 0,
    )


def _owner_filter(owner: BudgetOwner) -> Any:
    if owner.project_id is not None:
        return BudgetLine.project_id == owner.project_id
    return and_(BudgetLine.project_id.is_(None), BudgetLine.fiscal_year == owner.fiscal_year)


def lines(session: Session, owner: BudgetOwner) -> list[StoredBudgetLine]:
    query = _line_query().where(_owner_filter(owner)).order_by(BudgetLine.position, BudgetLine.id)
    return [_line_row(*found) for found in session.execute(query)]


def project_owner(session: Session, project_id: int) -> BudgetOwner:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound("project", project_id)
    return BudgetOwner(
        project_id=project.id, title=project.title, starts_on=project.starts_on, ends_on=project.ends_on
    )


def _applications(session: Session, where: Any, year: int | None) -> list[BudgetApplication]:
    query = (
        select(Application, Funder.name, Funder.kind)
        .outerjoin(Funder, Funder.id == Application.funder_id)
        .where(where)
        .order_by(Funder.name, Application.title, Application.id)
    )
    found = session.execute(query).all()
    years: dict[int, dict[int, int]] = defaultdict(dict)
    ids = [application.id for application, _, _ in found if application.multi_year]
    if ids:
        for application_id, year_of, amount in session.execute(
            select(ApplicationYear.application_id, ApplicationYear.year, ApplicationYear.amount_cents).where(
                ApplicationYear.application_id.in_(ids)
            )
        ):
            years[application_id][year_of] = int(amount)
    rows = []
    for application, funder_name, funder_kind in found:
        granted = application.amount_granted_cents
        amount = int(granted if granted is not None else application.amount_requested_cents or 0)
        shares = years.get(application.id)
        if shares:
            chosen_year = year if year in shares else min(shares)
            amount = shares[chosen_year]
        rows.append(
            BudgetApplication(
                id=application.id,
                title=application.title,
                status=ApplicationStatus(application.status),
                funder_id=application.funder_id,
                funder_name=funder_name or "",
                group=cerfa_group(FunderKind(funder_kind or FunderKind.OTHER.value)),
                amount_cents=amount,
                amount_requested_cents=int(application.amount_requested_cents or 0),
                amount_granted_cents=None if granted is None else int(granted),
                period_start=application.period_start,
                period_end=application.period_end,
            )
        )
    return rows


def project_sources(session: Session, project_id: int) -> BudgetSources:
    owner = project_owner(session, project_id)
    year = owner.starts_on.year if owner.starts_on else None
    return BudgetSources(
        owner=owner,
        lines=tuple(lines(session, owner)),
        applications=tuple(_applications(session, Application.project_id == project_id, year)),
    )


def association_sources(session: Session, fiscal_year: int) -> BudgetSources:
    """The association's lines of the year, and every application whose funded period starts that year
    (or, without a period, submitted — else due — that year)."""
    owner = BudgetOwner(fiscal_year=fiscal_year)
    first, last = dt.date(fiscal_year, 1, 1), dt.date(fiscal_year, 12, 31)
    where = or_(
        Application.period_start.between(first, last),
        and_(Application.period_start.is_(None), Application.submitted_on.between(first, last)),
        and_(
            Application.period_start.is_(None),
            Application.submitted_on.is_(None),
            extract("year", Application.deadline) == fiscal_year,
        ),
    )
    return BudgetSources(
        owner=owner,
        lines=tuple(lines(session, owner)),
        applications=tuple(_applications(session, where, fiscal_year)),
    )


def application_project(session: Session, application_id: int) -> tuple[int | None, str]:
    """The project and the status of an application."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound("application", application_id)
    return application.project_id, application.status


def _apply(line: BudgetLine, data: BudgetLineInput, funder_id: int | None) -> None:
    line.section = data.section.value
    line.account = data.account
    line.label = data.label
    line.planned_cents = data.planned_cents
    line.actual_cents = data.actual_cents
    line.gap_explanation = data.gap_explanation
    line.application_id = data.application_id
    line.funder_id = funder_id
    line.position = data.position


def _funder_of(session: Session, data: BudgetLineInput) -> int | None:
    if data.application_id is None:
        return None
    application = session.get(Application, data.application_id)
    if application is None:
        raise NotFound("application", data.application_id)
    return application.funder_id


def save(session: Session, owner: BudgetOwner, changes: BudgetChanges) -> None:
    """Apply one save of the editor; a line changed or removed elsewhere since it was read: StaleEdit,
    and the caller's transaction saves nothing."""
    for line_id, version in changes.deleted:
        line = session.get(BudgetLine, line_id)
        if line is None or line.version != version:
            raise StaleEdit("budget_line", line_id)
        session.delete(line)
    for line_id, version, data in changes.updated:
        line = session.get(BudgetLine, line_id)
        if line is None or line.version != version:
            raise StaleEdit("budget_line", line_id)
        _apply(line, data, _funder_of(session, data))
    for data in changes.added:
        line = BudgetLine(
            project_id=owner.project_id, fiscal_year=None if owner.project_id else owner.fiscal_year
        )
        _apply(line, data, _funder_of(session, data))
        session.add(line)
    session.flush()
