"""Projects, on SQLite and PostgreSQL: the editor, deletion, and the summary per funder."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.applications import ApplicationInput, PaymentInput, ProjectInput, TransitionInput
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import BudgetSection, FunderKind
from coopdesk.domain.errors import FieldErrors, InUse, NotFound, StaleEdit
from coopdesk.domain.funders import FunderInput
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.project_service import ProjectService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import BudgetLine

D = dt.date


@pytest.fixture
def projects(database: Database) -> ProjectService:
    return ProjectService(database)


def test_create_update_delete(database: Database, projects: ProjectService) -> None:
    with pytest.raises(FieldErrors) as error:
        projects.create(ProjectInput(title=" ", starts_on=D(2027, 1, 1), ends_on=D(2026, 1, 1)))
    assert set(error.value.errors) == {"title", "ends_on"}
    assert projects.list() == []
    with pytest.raises(NotFound):
        projects.create(ProjectInput(title="Camion", owner_id=42))
    project = projects.create(ProjectInput(title="  Épicerie   2027 ", starts_on=D(2027, 1, 1)))
    assert project.title == "Épicerie 2027"
    changed = projects.update(project.id, project.version, ProjectInput(title="Épicerie solidaire 2027"))
    with pytest.raises(StaleEdit):
        projects.update(project.id, project.version, ProjectInput(title="Autre"))
    assert projects.get(project.id).title == changed.title
    applications = ApplicationService(database)
    application = applications.create(ApplicationInput(title="Aide", project_id=project.id))
    with pytest.raises(InUse):
        projects.delete(project.id)
    applications.delete(application.id)
    projects.delete(project.id)
    assert projects.list() == []


def test_summary_per_funder(database: Database, projects: ProjectService) -> None:
    funders = FunderService(database)
    ddets = funders.create(FunderInput(name="DDETS", kind=FunderKind.STATE_SERVICE)).id
    commune = funders.create(FunderInput(name="Commune de Lunel", kind=FunderKind.MUNICIPALITY)).id
    project = projects.create(ProjectInput(title="Épicerie 2027"))
    with database.session() as session:
        for section, cents in ((BudgetSection.CHARGES, 6_000_000), (BudgetSection.CHARGES, 4_000_000),
                               (BudgetSection.PRODUCTS, 99_999_999)):  # fmt: skip
            session.add(
                BudgetLine(project_id=project.id, section=section.value, account="60", planned_cents=cents)
            )
    service = ApplicationService(database)

    def application(funder: int, requested: int, granted: int | None) -> int:
        row = service.create(ApplicationInput(title="A", project_id=project.id, funder_id=funder,
                                              amount_requested_cents=requested))  # fmt: skip
        row = service.transition(row.id, row.version, TransitionInput(S.DRAFTING))
        row = service.transition(
            row.id, row.version, TransitionInput(S.SUBMITTED, submitted_on=D(2026, 2, 1))
        )
        if granted is not None:
            row = service.transition(
                row.id,
                row.version,
                TransitionInput(S.GRANTED, decision_on=D(2026, 4, 1), amount_granted_cents=granted),
            )
        return row.id

    first = application(ddets, 3_000_000, 2_000_000)
    application(ddets, 1_000_000, None)
    application(commune, 500_000, 500_000)
    service.add_payment(first, PaymentInput(D(2026, 5, 1), 1_200_000))
    summary = projects.summary(project.id)
    assert [(line.funder_name, line.requested_cents, line.granted_cents, line.paid_cents, line.statuses)
            for line in summary.funders] == [
        ("Commune de Lunel", 500_000, 500_000, 0, (S.GRANTED,)),
        ("DDETS", 4_000_000, 2_000_000, 1_200_000, (S.SUBMITTED, S.GRANTED)),
    ]  # fmt: skip
    assert len(summary.applications) == 3
    assert (summary.planned_charges_cents, summary.covered_cents) == (10_000_000, 2_500_000)
    assert summary.uncovered_percent == 75


def test_demo_summaries_agree_with_applications(database: Database, projects: ProjectService) -> None:
    DemoService(database).fill(D(2026, 11, 28))
    applications = ApplicationService(database)
    for project in projects.list():
        summary = projects.summary(project.id)
        rows = [applications.get(row.id) for row in summary.applications]
        assert sum(line.requested_cents for line in summary.funders) == sum(
            r.amount_requested_cents for r in rows
        )
        assert projects.set_aside_requested(project.id) == sum(
            r.amount_requested_cents for r in rows if r.status in {S.REFUSED, S.WITHDRAWN}
        )
        assert sum(line.paid_cents for line in summary.funders) == sum(r.paid_cents for r in rows)
        assert summary.covered_cents == sum(
            r.amount_granted_cents or 0 for r in rows if r.status not in {S.REFUSED, S.WITHDRAWN}
        )
        assert {line.funder_id for line in summary.funders} == {r.funder_id for r in rows}


def test_refused_and_withdrawn_requests_are_not_counted_as_requested(
    database: Database, projects: ProjectService
) -> None:
    # "Chambre froide": 15 000 € asked and granted, 18 000 € refused, 2 000 € withdrawn, 31 000 € of charges.
    funders = FunderService(database)
    region = funders.create(FunderInput(name="Région", kind=FunderKind.REGION)).id
    fondation = funders.create(FunderInput(name="Fondation", kind=FunderKind.FOUNDATION)).id
    project = projects.create(ProjectInput(title="Chambre froide"))
    with database.session() as session:
        session.add(
            BudgetLine(project_id=project.id, section=BudgetSection.CHARGES.value, account="21",
                       planned_cents=3_100_000)
        )  # fmt: skip
    service = ApplicationService(database)

    def application(funder: int, requested: int, outcome: S) -> None:
        row = service.create(ApplicationInput(title="A", project_id=project.id, funder_id=funder,
                                              amount_requested_cents=requested))  # fmt: skip
        row = service.transition(row.id, row.version, TransitionInput(S.DRAFTING))
        if outcome is S.WITHDRAWN:
            service.transition(row.id, row.version, TransitionInput(S.WITHDRAWN))
            return
        row = service.transition(
            row.id, row.version, TransitionInput(S.SUBMITTED, submitted_on=D(2026, 2, 1))
        )
        granted = requested if outcome is S.GRANTED else None
        service.transition(
            row.id,
            row.version,
            TransitionInput(outcome, decision_on=D(2026, 4, 1), amount_granted_cents=granted),
        )

    application(region, 1_500_000, S.GRANTED)
    application(fondation, 1_800_000, S.REFUSED)
    application(region, 200_000, S.WITHDRAWN)
    summary = projects.summary(project.id)
    # Each funder's line says what was asked of it, with its statuses; the refused and withdrawn
    # requests are counted apart, and the live ones are what is left.
    assert [(line.funder_name, line.requested_cents, line.statuses) for line in summary.funders] == [
        ("Fondation", 1_800_000, (S.REFUSED,)),
        ("Région", 1_700_000, (S.GRANTED, S.WITHDRAWN)),
    ]
    set_aside = projects.set_aside_requested(project.id)
    assert set_aside == 2_000_000
    assert sum(line.requested_cents for line in summary.funders) - set_aside == 1_500_000
    assert projects.set_aside_requested(projects.create(ProjectInput(title="Vide")).id) == 0
