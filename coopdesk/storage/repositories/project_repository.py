"""Projects: the list, the editor, and the summary of their funding per funder (SQL GROUP BY)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from coopdesk.domain.applications import (
    ApplicationFilter,
    ProjectFunderLine,
    ProjectInput,
    ProjectRow,
    ProjectSummary,
)
from coopdesk.domain.enums import ApplicationStatus, BudgetSection, InvestmentLineKind
from coopdesk.domain.errors import InUse, NotFound, StaleEdit
from coopdesk.storage.repositories import application_repository
from coopdesk.storage.tables import (
    Application,
    BudgetLine,
    Funder,
    InvestmentLine,
    Payment,
    Project,
    Volunteer,
)

S = ApplicationStatus
COVERING_STATUSES = (S.GRANTED, S.PARTIALLY_GRANTED, S.PAID, S.REPORT_DUE, S.REPORT_FILED, S.CLOSED)
"""Statuses whose amount granted covers the project (a closed refusal has none: NULL adds nothing)."""
SET_ASIDE_STATUSES = (S.REFUSED, S.WITHDRAWN)
"""Requests no longer alive: their amount is not counted in the total a project still asks for."""
_STATUS_ORDER = {status: index for index, status in enumerate(S)}


def _query() -> Select[*tuple[Any, ...]]:
    return select(Project, Volunteer.name).outerjoin(Volunteer, Volunteer.id == Project.owner_id)


def _row(project: Project, owner: str | None) -> ProjectRow:
    return ProjectRow(
        id=project.id,
        title=project.title,
        starts_on=project.starts_on,
        ends_on=project.ends_on,
        description=project.description,
        owner_id=project.owner_id,
        owner_name=owner or "",
        version=project.version,
    )


def _get(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFound("project", project_id)
    return project


def get(session: Session, project_id: int) -> ProjectRow:
    found = session.execute(_query().where(Project.id == project_id)).first()
    if found is None:
        raise NotFound("project", project_id)
    return _row(*found)


def list_projects(session: Session) -> list[ProjectRow]:
    """Every project, latest start first (undated ones first), then by title."""
    query = _query().order_by(Project.starts_on.is_not(None), Project.starts_on.desc(), Project.title)
    return [_row(project, owner) for project, owner in session.execute(query)]


def _apply(session: Session, project: Project, data: ProjectInput) -> None:
    if data.owner_id is not None and session.get(Volunteer, data.owner_id) is None:
        raise NotFound("volunteer", data.owner_id)
    project.title = data.title
    project.starts_on = data.starts_on
    project.ends_on = data.ends_on
    project.description = data.description
    project.owner_id = data.owner_id


def add(session: Session, data: ProjectInput) -> ProjectRow:
    project = Project()
    _apply(session, project, data)
    session.add(project)
    session.flush()
    return get(session, project.id)


def update(session: Session, project_id: int, expected_version: int, data: ProjectInput) -> ProjectRow:
    project = _get(session, project_id)
    if project.version != expected_version:
        raise StaleEdit("project", project_id)
    _apply(session, project, data)
    session.flush()
    return get(session, project_id)


def delete(session: Session, project_id: int) -> None:
    """Delete a project and its budget; one with applications is InUse."""
    project = _get(session, project_id)
    if session.scalar(select(func.count()).where(Application.project_id == project_id)):
        raise InUse("project", project_id, "application")
    session.delete(project)
    session.flush()


def summary(session: Session, project_id: int) -> ProjectSummary:
    """The project, its applications, one line per funder, the planned charges and what grants cover.
    A line's amount requested is everything asked of that funder, refused or withdrawn requests
    included (its statuses say so); the project's total of live requests leaves those out (see
    set_aside_requested)."""
    project = get(session, project_id)
    paid = (
        select(Payment.application_id, func.sum(Payment.amount_cents).label("paid"))
        .group_by(Payment.application_id)
        .subquery("paid_by_application")
    )
    covering = [status.value for status in COVERING_STATUSES]
    granted = func.sum(Application.amount_granted_cents).filter(Application.status.in_(covering))
    per_funder = session.execute(
        select(
            Application.funder_id,
            func.max(Funder.name),
            func.coalesce(func.sum(Application.amount_requested_cents), 0),
            func.coalesce(granted, 0),
            func.coalesce(func.sum(paid.c.paid), 0),
        )
        .outerjoin(Funder, Funder.id == Application.funder_id)
        .outerjoin(paid, paid.c.application_id == Application.id)
        .where(Application.project_id == project_id)
        .group_by(Application.funder_id)
    ).all()
    statuses: dict[int | None, set[S]] = {}
    for funder_id, status in session.execute(
        select(Application.funder_id, Application.status)
        .where(Application.project_id == project_id)
        .distinct()
    ):
        statuses.setdefault(funder_id, set()).add(S(status))
    lines = sorted(
        (
            ProjectFunderLine(
                funder_id=funder_id,
                funder_name=name or "",
                requested_cents=int(requested),
                granted_cents=int(granted_cents),
                paid_cents=int(paid_cents),
                statuses=tuple(sorted(statuses.get(funder_id, set()), key=_STATUS_ORDER.__getitem__)),
            )
            for funder_id, name, requested, granted_cents, paid_cents in per_funder
        ),
        key=lambda line: (line.funder_id is None, line.funder_name.casefold(), line.funder_id or 0),
    )
    planned = session.scalar(
        select(func.coalesce(func.sum(BudgetLine.planned_cents), 0)).where(
            BudgetLine.project_id == project_id, BudgetLine.section == BudgetSection.CHARGES.value
        )
    )
    # an investment costs what its plan de financement spends: a cold room has no operating charges
    invested = session.scalar(
        select(func.coalesce(func.sum(InvestmentLine.amount_cents), 0)).where(
            InvestmentLine.project_id == project_id, InvestmentLine.kind == InvestmentLineKind.EXPENSE.value
        )
    )
    applications = application_repository.list_applications(session, ApplicationFilter(project_id=project_id))
    return ProjectSummary(
        project=project,
        applications=tuple(applications),
        funders=tuple(lines),
        planned_charges_cents=int(planned or 0) + int(invested or 0),
        covered_cents=sum(line.granted_cents for line in lines),
    )


def set_aside_requested(session: Session, project_id: int) -> int:
    """Cents requested by the project's refused or withdrawn applications (left out of its requests)."""
    total = session.scalar(
        select(func.coalesce(func.sum(Application.amount_requested_cents), 0)).where(
            Application.project_id == project_id,
            Application.status.in_([status.value for status in SET_ASIDE_STATUSES]),
        )
    )
    return int(total or 0)
