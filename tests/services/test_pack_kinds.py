"""Every kind of request gets its budget in the pack, read back from the PDF text and the database, on
both databases: an operating grant (the association's budget, this request highlighted), a project (the
association's budget, then the project's), an investment (its plan de financement, never in 74), and
the compte rendu of an operating grant against the association's budget."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from coopdesk.domain.enums import FundingType, RequestObject
from coopdesk.domain.pack import MissingItem
from coopdesk.reports.budget_pdf import compte_rendu_pdf
from coopdesk.services.budget_service import BudgetService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.pack_service import PackService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Application

TODAY = dt.date(2026, 11, 28)


def _text(data: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(data), strict=True).pages)
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def _euros(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", " ") + " €"


@pytest.fixture
def demo(database: Database) -> Database:
    DemoService(database).fill(TODAY)
    return database


def _application(database: Database, title_start: str) -> Application:
    with database.session() as session:
        found = session.scalars(select(Application).where(Application.title.startswith(title_start))).all()
        (application,) = [
            row for row in found if row.period_start and row.period_start.year == TODAY.year + 1
        ]
        session.expunge(application)
        return application


def test_an_operating_grant_carries_the_association_budget(demo: Database) -> None:
    application = _application(demo, "Aide alimentaire")
    assert application.request_object == RequestObject.OPERATION.value
    assert application.project_id is None
    result = PackService(demo).make(application.id, today=TODAY)
    budget = result.content.association_budget
    assert budget is not None
    assert budget.owner.fiscal_year == TODAY.year + 1
    assert result.content.budget is None
    assert MissingItem.PROJECT not in result.content.missing
    text = _text(result.data)
    assert "☒ fonctionnement global ☐ projet(s) / action(s)" in text
    assert "Budget prévisionnel de l'association" in text
    assert "— la présente demande" in text
    assert f"Total des charges {_euros(budget.charges.planned_cents)}" in text
    assert f"Total des produits {_euros(budget.products.planned_cents)}" in text
    assert "Excédent prévisionnel (bénéfice)" in text
    assert "Insuffisance prévisionnelle (perte)" in text


def test_a_project_request_carries_both_budgets_and_the_share(demo: Database) -> None:
    application = _application(demo, "Insertion et lutte")
    result = PackService(demo).make(application.id, today=TODAY)
    assert result.content.association_budget is not None
    assert result.content.budget is not None
    text = _text(result.data)
    first, second = (
        text.index("Budget prévisionnel de l'association"),
        text.index("Budget prévisionnel du projet"),
    )
    assert first < second  # section 5, then section 6, as the form
    share = result.content.budget.subsidy_share(application.id)
    assert share is not None
    assert f"La subvention de {_euros(share[0])} représente {str(share[1]).replace('.', ',')} %" in text


def test_an_investment_has_its_plan_and_no_74_line(demo: Database) -> None:
    application = _application(demo, "Chambre froide – Fonds")
    assert application.funding_type == FundingType.INVESTMENT.value
    result = PackService(demo).make(application.id, today=TODAY)
    plan = result.content.investment
    assert plan is not None
    assert plan.balanced
    assert result.content.budget is None  # no operating charges: the plan in place of the project budget
    assert MissingItem.QUOTES in result.content.missing  # one quote still awaited
    text = _text(result.data)
    assert "Plan de financement de l'investissement" in text
    assert f"Total des dépenses {_euros(plan.expenses_cents)}" in text
    assert "devis à joindre" in text
    association = result.content.association_budget
    assert association is not None
    assert all(
        item.application is None or item.application.id != application.id
        for item in association.products.items
    )


def test_the_quotes_of_the_plan_are_pieces_of_the_pack(demo: Database) -> None:
    from coopdesk.domain.enums import DocumentType

    application = _application(demo, "Chambre froide – Fonds")
    service = PackService(demo)
    plan = service.plan(application.id, today=TODAY)
    quotes = [piece for piece in plan.pieces if piece.document_type is DocumentType.QUOTE]
    investment = service.make(application.id, today=TODAY).content.investment
    assert investment is not None
    with_quote = [item for item in investment.expenses if item.document_id is not None]
    assert len(quotes) == len(with_quote) >= 1  # each quote of the plan once, the awaited one not
    assert all(piece.label.startswith("Devis — ") and piece.merged for piece in quotes)
    # left out by the user like any piece, and the pack is one page shorter per quote
    full = service.make(application.id, plan, today=TODAY)
    without = service.make(application.id, plan.with_included(quotes[0].piece_id, False), today=TODAY)
    assert without.pages == full.pages - quotes[0].pages
    # an operating grant carries no quote
    operating = _application(demo, "Aide alimentaire")
    assert not [
        piece
        for piece in service.plan(operating.id, today=TODAY).pieces
        if piece.document_type is DocumentType.QUOTE
    ]


def test_the_compte_rendu_of_an_operating_grant(demo: Database) -> None:
    with demo.session() as session:
        paid = session.scalars(
            select(Application).where(Application.project_id.is_(None), Application.status == "paid")
        ).first()
        assert paid is not None
        paid_id = paid.id
    budgets = BudgetService(demo)
    report = budgets.compte_rendu(paid_id)
    assert not report.budget.owner.is_project
    assert report.budget.highlighted_application_id == paid_id
    assert "Prévision" in _text(compte_rendu_pdf(report, None))
