"""Budgets and comptes rendus, on SQLite and PostgreSQL: lines saved in one transaction, stale edits,
74 lines from the applications with overrides, the association's budget, and refused comptes rendus."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.applications import ApplicationInput, ProjectInput, TransitionInput
from coopdesk.domain.budget import (
    BudgetChanges,
    BudgetLineInput,
    BudgetOwner,
    CompteRenduNotes,
    CompteRenduUnavailable,
    changes_between,
)
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import BudgetSection as B
from coopdesk.domain.enums import Cerfa74Group, FunderKind
from coopdesk.domain.errors import FieldErrors, NotFound, StaleEdit
from coopdesk.domain.funders import FunderInput
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.budget_service import BudgetService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.project_service import ProjectService
from coopdesk.storage.database import Database

D = dt.date


@pytest.fixture
def budgets(database: Database) -> BudgetService:
    return BudgetService(database)


def _application(database: Database, project_id: int | None, funder_id: int, requested: int,
                 granted: int | None = None, period_start: dt.date | None = None) -> int:  # fmt: skip
    service = ApplicationService(database)
    row = service.create(
        ApplicationInput(title="Aide alimentaire 2027", project_id=project_id, funder_id=funder_id,
                         amount_requested_cents=requested, period_start=period_start,
                         period_end=None if period_start is None else D(period_start.year, 12, 31))
    )  # fmt: skip
    row = service.transition(row.id, row.version, TransitionInput(S.DRAFTING))
    row = service.transition(row.id, row.version, TransitionInput(S.SUBMITTED, submitted_on=D(2026, 10, 1)))
    if granted is not None:
        row = service.transition(
            row.id,
            row.version,
            TransitionInput(S.GRANTED, decision_on=D(2027, 1, 10), amount_granted_cents=granted),
        )
    return row.id


def test_project_budget_round_trip(database: Database, budgets: BudgetService) -> None:
    project = ProjectService(database).create(ProjectInput(title="Épicerie 2027", starts_on=D(2027, 1, 1)))
    empty = budgets.project_budget(project.id)
    assert empty.is_empty
    assert empty.balance.balanced
    ddets = FunderService(database).create(FunderInput(name="DDETS", kind=FunderKind.STATE_SERVICE)).id
    granted = _application(database, project.id, ddets, 1_000_000, 800_000)
    owner = BudgetOwner(project_id=project.id)
    budget = budgets.save(
        owner,
        BudgetChanges(added=(
            BudgetLineInput(B.CHARGES, "606", "Denrées", 1_000_000, position=0),
            BudgetLineInput(B.PRODUCTS, "756", "Cotisations", 75_000, position=1),
            BudgetLineInput(B.IN_KIND_USES, "864", "Bénévoles", 50_000, position=2),
        )),
    )  # fmt: skip
    (subsidy,) = [item for item in budget.products.items if item.application is not None]
    assert subsidy.application.id == granted
    assert subsidy.group is Cerfa74Group.STATE
    assert subsidy.planned_cents == 800_000
    assert subsidy.actual_cents == 800_000
    assert budget.balance.difference_cents == 125_000
    assert budget.balance.in_kind_difference_cents == 50_000
    sources = budgets.project_sources(project.id)
    edited = [(line.id, line.to_input()) for line in sources.lines if line.account != "864"]
    edited.append((None, BudgetLineInput(B.PRODUCTS, "74", "", 925_000, application_id=granted)))
    budget = budgets.save(owner, changes_between(sources.lines, edited))
    assert budget.balance.difference_cents == 0
    assert budget.balance.balanced
    (subsidy,) = [item for item in budget.products.items if item.application is not None]
    assert subsidy.overridden
    assert subsidy.stored is not None
    # a second editor that read the old lines saves nothing
    food = next(line for line in sources.lines if line.account == "606")
    renamed = BudgetLineInput(B.CHARGES, "606", "Denrées alimentaires", 1_000_000)
    with pytest.raises(StaleEdit):
        budgets.save(owner, BudgetChanges(updated=((food.id, food.version + 1, renamed),)))
    with pytest.raises(StaleEdit):
        budgets.save(owner, BudgetChanges(deleted=((food.id, food.version + 1),)))
    assert budgets.project_budget(project.id) == budget
    with pytest.raises(FieldErrors):
        budgets.save(owner, BudgetChanges(added=(BudgetLineInput(B.CHARGES, "606", "", 12_345),)))
    with pytest.raises(NotFound):
        budgets.project_budget(9999)


def test_association_budget_by_year(database: Database, budgets: BudgetService) -> None:
    commune = FunderService(database).create(FunderInput(name="Lunel", kind=FunderKind.MUNICIPALITY)).id
    _application(database, None, commune, 300_000, period_start=D(2027, 1, 1))
    _application(database, None, commune, 100_000, period_start=D(2026, 1, 1))
    budgets.save(
        BudgetOwner(fiscal_year=2027), BudgetChanges(added=(BudgetLineInput(B.CHARGES, "613", "", 300_000),))
    )
    budget = budgets.association_budget(2027)
    assert budget.products.planned_cents == 300_000
    assert budget.balance.balanced
    assert budgets.association_budget(2026).charges.planned_cents == 0
    with pytest.raises(FieldErrors):
        budgets.association_budget(12)


def test_compte_rendu(database: Database, budgets: BudgetService) -> None:
    project = ProjectService(database).create(ProjectInput(title="Camion"))
    caf = FunderService(database).create(FunderInput(name="CAF", kind=FunderKind.CAF)).id
    waiting = _application(database, project.id, caf, 500_000)
    with pytest.raises(CompteRenduUnavailable) as error:
        budgets.compte_rendu(waiting)
    assert error.value.reason == "not_granted"
    alone = _application(database, None, caf, 500_000, 400_000)
    # without a project: the compte rendu is made against the association's budget of the year
    # (submitted in 2026, no funded period typed)
    operation = budgets.compte_rendu(alone)
    assert operation.budget.owner.fiscal_year == 2026
    assert operation.budget.highlighted_application_id == alone
    (line,) = [item for item in operation.budget.products.items if operation.budget.is_highlighted(item)]
    assert line.planned_cents == 400_000
    assert len(operation.budget.products.items) == 2  # every application of that year, the other one too
    granted = _application(database, project.id, caf, 500_000, 400_000)
    budgets.save(
        BudgetOwner(project_id=project.id),
        BudgetChanges(added=(BudgetLineInput(B.CHARGES, "613", "Location", 400_000, actual_cents=480_000),)),
    )
    report = budgets.compte_rendu(granted)
    assert report.application.id == granted
    (location,) = report.items_needing_explanation
    assert location.gap_percent is not None
    assert location.gap_percent == 20


def test_compte_rendu_notes_saved_with_the_actuals_in_one_transaction(
    database: Database, budgets: BudgetService
) -> None:
    caf = FunderService(database).create(FunderInput(name="CAF", kind=FunderKind.CAF)).id
    granted = _application(database, None, caf, 500_000, 400_000, period_start=D(2027, 1, 1))
    report = budgets.compte_rendu(granted)
    assert report.notes == CompteRenduNotes()
    rent = BudgetLineInput(B.CHARGES, "613", "Loyer", 300_000, actual_cents=310_000)
    notes = CompteRenduNotes(indirect="  Sans objet.  ", gaps="Loyer révisé.", in_kind="Bénévolat au SMIC.")
    saved = budgets.save_compte_rendu(report, BudgetChanges(added=(rent,)), notes)
    assert saved.notes == CompteRenduNotes("Sans objet.", "Loyer révisé.", "Bénévolat au SMIC.")
    assert [item.actual_cents for item in saved.budget.charges.items] == [310_000]
    # a stale report (the notes were saved since it was read): nothing saved, neither lines nor notes
    more = BudgetLineInput(B.CHARGES, "616", "Assurance", 50_000)
    with pytest.raises(StaleEdit):
        budgets.save_compte_rendu(report, BudgetChanges(added=(more,)), CompteRenduNotes(gaps="Autre."))
    again = budgets.compte_rendu(granted)
    assert again.notes.gaps == "Loyer révisé."
    assert [item.account for item in again.budget.charges.items] == ["613"]
    # a note too long is refused with its field, nothing saved
    with pytest.raises(FieldErrors) as error:
        budgets.save_compte_rendu(again, BudgetChanges(added=(more,)), CompteRenduNotes(gaps="x" * 10_001))
    assert set(error.value.errors) == {"report_note_gaps"}
    assert [item.account for item in budgets.compte_rendu(granted).budget.charges.items] == ["613"]


def test_demo_budgets(database: Database, budgets: BudgetService) -> None:
    DemoService(database).fill(D(2026, 11, 28))
    projects = ProjectService(database).list()
    results = [budgets.project_budget(project.id) for project in projects]
    plans = [budgets.investment_plan(project.id) for project in projects]
    # every project has its budget, or (an investment) its plan de financement, or both (mixed)
    assert all(not budget.is_empty or not plan.is_empty for budget, plan in zip(results, plans, strict=True))
    investments = [plan for plan in plans if not plan.is_empty]
    assert len(investments) == 2
    assert all(plan.balanced for plan in investments)
    assert any(plan.expenses_without_quote for plan in investments)  # a quote still awaited
    assert any(budget.is_empty for budget in results)  # the cold room: an investment only
    assert any(budget.balance.balanced for budget in results)
    assert any(0 < abs(budget.balance.difference_cents) <= 100_000 for budget in results)
    association = budgets.association_budget(2027)  # the year of the demo's projects
    assert association.charges.planned_cents > 100_000_00
    assert association.block(B.PRODUCTS).accounts[2].planned_cents > 0  # 74, from the applications
    assert abs(association.balance.difference_cents) <= 100_000
    assert association.balance.in_kind_difference_cents == 0


def test_a_stale_editor_never_touches_a_line_of_another_budget(
    budgets: BudgetService, database: Database
) -> None:
    projects = ProjectService(database)
    first = BudgetOwner(project_id=projects.create(ProjectInput(title="Épicerie")).id)
    second = BudgetOwner(project_id=projects.create(ProjectInput(title="Camion")).id)
    budgets.save(first, BudgetChanges(added=(BudgetLineInput(B.CHARGES, "606", "Denrées", 100_000),)))
    (stale,) = budgets.project_sources(first.project_id or 0).lines  # read by a second window
    budgets.save(first, BudgetChanges(deleted=((stale.id, stale.version),)))
    # SQLite gives the highest rowid again: the new line of the other project may get the same id
    budgets.save(second, BudgetChanges(added=(BudgetLineInput(B.CHARGES, "613", "Loyer", 50_000),)))
    (other,) = budgets.project_sources(second.project_id or 0).lines
    renamed = BudgetLineInput(B.CHARGES, "606", "Denrées alimentaires", 100_000)
    with pytest.raises(StaleEdit):
        budgets.save(first, BudgetChanges(deleted=((stale.id, stale.version),)))
    with pytest.raises(StaleEdit):
        budgets.save(first, BudgetChanges(updated=((stale.id, stale.version, renamed),)))
    with pytest.raises(StaleEdit):  # nor a line of another budget named on purpose
        budgets.save(first, BudgetChanges(deleted=((other.id, other.version),)))
    assert budgets.project_sources(second.project_id or 0).lines == (other,)


def test_a_line_added_in_the_save_that_removes_the_newest_one_gets_a_new_id(
    budgets: BudgetService, database: Database
) -> None:
    owner = BudgetOwner(project_id=ProjectService(database).create(ProjectInput(title="Épicerie")).id)
    budgets.save(owner, BudgetChanges(added=(BudgetLineInput(B.CHARGES, "606", "Denrées", 100_000),)))
    (newest,) = budgets.project_sources(owner.project_id or 0).lines  # also read by a second window
    budgets.save(
        owner,
        BudgetChanges(
            added=(BudgetLineInput(B.CHARGES, "613", "Loyer", 50_000),),
            deleted=((newest.id, newest.version),),
        ),
    )
    (added,) = budgets.project_sources(owner.project_id or 0).lines
    assert added.id != newest.id
    with pytest.raises(StaleEdit):  # the second window's removal of the old line is refused
        budgets.save(owner, BudgetChanges(deleted=((newest.id, newest.version),)))
    assert budgets.project_sources(owner.project_id or 0).lines == (added,)
