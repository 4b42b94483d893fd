"""Budget lines of a project or of the association (one fiscal year), and the applications whose grants
are the "74" lines of that budget."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, and_, extract, func, or_, select
from sqlalchemy.orm import Session

from coopdesk.domain.budget import (
    BudgetApplication,
    BudgetChanges,
    BudgetLineInput,
    BudgetOwner,
    BudgetSources,
    CompteRenduNotes,
    StoredBudgetLine,
    financed_year,
)
from coopdesk.domain.enums import (
    ApplicationStatus,
    BudgetSection,
    FunderKind,
    FundingType,
    InvestmentLineKind,
    RequestObject,
)
from coopdesk.domain.errors import NotFound, StaleEdit
from coopdesk.domain.funders import cerfa_group
from coopdesk.domain.investment import (
    InvestmentChanges,
    InvestmentLineInput,
    InvestmentSources,
    StoredInvestmentLine,
)
from coopdesk.storage.tables import (
    Application,
    ApplicationYear,
    BudgetLine,
    Document,
    Funder,
    InvestmentLine,
    Project,
)


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
        select(Application, Funder.name, Funder.kind, Funder.service)
        .outerjoin(Funder, Funder.id == Application.funder_id)
        .where(where)
        .order_by(Funder.name, Application.title, Application.id)
    )
    found = session.execute(query).all()
    years: dict[int, dict[int, int]] = defaultdict(dict)
    ids = [application.id for application, *_ in found if application.multi_year]
    if ids:
        for application_id, year_of, amount in session.execute(
            select(ApplicationYear.application_id, ApplicationYear.year, ApplicationYear.amount_cents).where(
                ApplicationYear.application_id.in_(ids)
            )
        ):
            years[application_id][year_of] = int(amount)
    rows = []
    for application, funder_name, funder_kind, funder_service in found:
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
                funder_service=funder_service or "",
                funding_type=FundingType(application.funding_type or FundingType.OPERATING.value),
            )
        )
    return rows


def _sources(session: Session, owner: BudgetOwner, applications: list[BudgetApplication]) -> BudgetSources:
    """The owner's lines and these applications, with what a plan de financement takes of the mixed
    ones (their line 74 is the rest)."""
    return BudgetSources(
        owner=owner,
        lines=tuple(lines(session, owner)),
        applications=tuple(applications),
        investment_shares=_investment_shares(
            session, [item.id for item in applications if item.funding_type is FundingType.BOTH]
        ),
    )


def project_sources(session: Session, project_id: int) -> BudgetSources:
    owner = project_owner(session, project_id)
    year = owner.starts_on.year if owner.starts_on else None
    return _sources(session, owner, _applications(session, Application.project_id == project_id, year))


def _investment_shares(session: Session, application_ids: list[int]) -> tuple[tuple[int, int], ...]:
    """(application id, cents) the plans de financement take of these applications."""
    if not application_ids:
        return ()
    found = session.execute(
        select(InvestmentLine.application_id, func.sum(InvestmentLine.amount_cents))
        .where(InvestmentLine.application_id.in_(application_ids))
        .group_by(InvestmentLine.application_id)
        .order_by(InvestmentLine.application_id)
    )
    return tuple((int(application_id or 0), int(total or 0)) for application_id, total in found)


# -- the plan de financement of an investment project -------------------------------------------------


def investment_lines(session: Session, project_id: int) -> list[StoredInvestmentLine]:
    query = (
        select(InvestmentLine, Document.title)
        .outerjoin(Document, Document.id == InvestmentLine.document_id)
        .where(InvestmentLine.project_id == project_id)
        .order_by(InvestmentLine.position, InvestmentLine.id)
    )
    return [
        StoredInvestmentLine(
            id=line.id,
            version=line.version,
            data=InvestmentLineInput(
                kind=InvestmentLineKind(line.kind),
                label=line.label or "",
                amount_cents=int(line.amount_cents or 0),
                document_id=line.document_id,
                application_id=line.application_id,
                acquired=bool(line.acquired),
                position=line.position or 0,
            ),
            document_title=title or "",
        )
        for line, title in session.execute(query)
    ]


def investment_sources(session: Session, project_id: int) -> InvestmentSources:
    owner = project_owner(session, project_id)
    year = owner.starts_on.year if owner.starts_on else None
    return InvestmentSources(
        owner=owner,
        lines=tuple(investment_lines(session, project_id)),
        applications=tuple(_applications(session, Application.project_id == project_id, year)),
    )


def _apply_investment(
    session: Session, project_id: int, line: InvestmentLine, data: InvestmentLineInput
) -> None:
    if data.application_id is not None:
        application = session.get(Application, data.application_id)
        if application is None or application.project_id != project_id:
            raise NotFound("application", data.application_id)
    if data.document_id is not None and session.get(Document, data.document_id) is None:
        raise NotFound("document", data.document_id)
    line.kind = data.kind.value
    line.label = data.label
    line.amount_cents = data.amount_cents
    line.document_id = data.document_id
    line.application_id = data.application_id
    line.acquired = data.acquired
    line.position = data.position


def save_investment(session: Session, project_id: int, changes: InvestmentChanges) -> None:
    """Apply one save of the plan's editor; a line changed or removed elsewhere: StaleEdit."""
    own = {line.id for line in investment_lines(session, project_id)}
    for line_id, version in changes.deleted:
        line = session.get(InvestmentLine, line_id)
        if line is None or line.id not in own or line.version != version:
            raise StaleEdit("investment_line", line_id)
        session.delete(line)
    for line_id, version, data in changes.updated:
        line = session.get(InvestmentLine, line_id)
        if line is None or line.id not in own or line.version != version:
            raise StaleEdit("investment_line", line_id)
        _apply_investment(session, project_id, line, data)
    for data in changes.added:
        line = InvestmentLine(project_id=project_id)
        _apply_investment(session, project_id, line, data)
        session.add(line)
    session.flush()


def association_sources(session: Session, fiscal_year: int) -> BudgetSources:
    """The association's lines of the year, and every application whose funded period starts that year
    (or, without a period, submitted — else due — that year)."""
    owner = BudgetOwner(fiscal_year=fiscal_year)
    first, last = dt.date(fiscal_year, 1, 1), dt.date(fiscal_year, 12, 31)
    where = or_(
        # a multi-year grant is in the budget of each year it funds
        Application.id.in_(
            select(ApplicationYear.application_id)
            .join(Application, Application.id == ApplicationYear.application_id)
            .where(Application.multi_year.is_(True), ApplicationYear.year == fiscal_year)
        ),
        Application.period_start.between(first, last),
        and_(Application.period_start.is_(None), Application.submitted_on.between(first, last)),
        and_(
            Application.period_start.is_(None),
            Application.submitted_on.is_(None),
            extract("year", Application.deadline) == fiscal_year,
        ),
    )
    return _sources(session, owner, _applications(session, where, fiscal_year))


def application_budget_owner(
    session: Session, application_id: int
) -> tuple[int | None, int | None, str, tuple[int, ...]]:
    """Whose budget an application's compte rendu is made against: (project id, None) for a project
    request, (None, financed year) for a request for the association's operation (or without a
    project); its status; the years of a multi-year grant (each with its own compte rendu)."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound("application", application_id)
    years: tuple[int, ...] = ()
    if application.multi_year:
        years = tuple(
            int(year)
            for year in session.scalars(
                select(ApplicationYear.year)
                .where(ApplicationYear.application_id == application_id)
                .order_by(ApplicationYear.year)
            )
        )
    if application.request_object != RequestObject.OPERATION.value and application.project_id is not None:
        return application.project_id, None, application.status, years
    year = financed_year(application.period_start, application.submitted_on, application.deadline)
    return None, year, application.status, years


def report_notes(session: Session, application_id: int) -> tuple[CompteRenduNotes, int]:
    """The explanatory notes of an application's compte rendu and the application's version."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound("application", application_id)
    notes = CompteRenduNotes(
        indirect=application.report_note_indirect or "",
        gaps=application.report_note_gaps or "",
        in_kind=application.report_note_in_kind or "",
    )
    return notes, application.version


def save_report_notes(session: Session, application_id: int, version: int, notes: CompteRenduNotes) -> None:
    """Write the notes if the application is still at `version` (StaleEdit otherwise)."""
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound("application", application_id)
    if application.version != version:
        raise StaleEdit("application", application_id)
    application.report_note_indirect = notes.indirect
    application.report_note_gaps = notes.gaps
    application.report_note_in_kind = notes.in_kind
    session.flush()


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
