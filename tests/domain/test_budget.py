"""The CERFA budget as pure computation: layout, totals, balance, whole euros, gaps of the compte rendu."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from coopdesk.domain.budget import (
    INDIRECT_CHARGES,
    BudgetApplication,
    BudgetLineInput,
    BudgetOwner,
    BudgetSources,
    CompteRendu,
    StoredBudgetLine,
    build_budget,
    changes_between,
    financed_year,
    gap_percent,
    heading_of,
    is_significant_gap,
    parse_euros,
    validate_line,
)
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import BudgetSection as B
from coopdesk.domain.enums import Cerfa74Group as G
from coopdesk.domain.enums import FundingType
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode
from tests.budget_factory import sample_budget


def line(line_id: int, section: B, account: str, euros: int, **kwargs: object) -> StoredBudgetLine:
    values: dict[str, object] = {
        "id": line_id, "version": 1, "section": section, "account": account, "label": f"ligne {line_id}",
        "planned_cents": euros * 100, "actual_cents": None, "gap_explanation": "", "application_id": None,
        "funder_id": None, "funder_name": "", "funder_group": None, "position": line_id,
    }  # fmt: skip
    values.update(kwargs)
    return StoredBudgetLine(**values)  # type: ignore[arg-type]


def application(
    app_id: int, group: G, euros: int, status: S = S.SUBMITTED, **kwargs: object
) -> BudgetApplication:
    return BudgetApplication(
        id=app_id, title=f"Aide {app_id}", status=status, funder_id=app_id, funder_name=f"Financeur {app_id}",
        group=group, amount_cents=euros * 100, amount_requested_cents=euros * 100, **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip


def test_layout_totals_and_balance() -> None:
    sources = BudgetSources(
        BudgetOwner(project_id=1, title="Épicerie"),
        (
            line(1, B.CHARGES, "606", 24_000),
            line(2, B.CHARGES, "613", 3_600),
            line(3, B.CHARGES, "641", 38_000),
            line(4, B.CHARGES, "CI", 1_000),
            line(5, B.PRODUCTS, "706", 14_000),
            line(6, B.PRODUCTS, "756", 1_200),
            line(7, B.IN_KIND_USES, "864", 74_400),
            line(8, B.IN_KIND_RESOURCES, "870", 74_400),
            line(9, B.CHARGES, "999", 5),  # unknown account: left out, never merged
        ),
        (
            application(10, G.MUNICIPALITY, 20_000),
            application(11, G.STATE, 8_000),
            application(12, G.REGION, 5_000, S.REFUSED),
        ),
    )
    budget = build_budget(sources)
    assert [account.code for account in budget.charges.accounts] == [
        "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "CI",
    ]  # fmt: skip
    assert [account.code for account in budget.products.accounts][-1] == "RP"
    assert budget.charges.planned_cents == 6_660_000
    assert budget.products.planned_cents == 4_320_000
    subsidies = next(account for account in budget.products.accounts if account.code == "74")
    assert [group for group, _ in subsidies.groups] == [G.STATE, G.MUNICIPALITY]
    assert subsidies.planned_cents == 2_800_000
    balance = budget.balance
    assert balance.difference_cents == 2_340_000
    assert not balance.balanced
    assert balance.in_kind_difference_cents == 0
    association = build_budget(BudgetSources(BudgetOwner(fiscal_year=2027), (), ()))
    assert "CI" not in [account.code for account in association.charges.accounts]
    assert "RP" not in [account.code for account in association.products.accounts]
    assert association.is_empty
    assert association.balance.balanced


def test_override_of_an_application_amount() -> None:
    granted = application(10, G.STATE, 8_000, S.GRANTED, amount_granted_cents=800_000)
    override = line(1, B.PRODUCTS, "74", 6_000, application_id=10, actual_cents=500_000)
    budget = build_budget(BudgetSources(BudgetOwner(project_id=1), (override,), (granted,)))
    (item,) = budget.products.items
    assert item.planned_cents == 600_000
    assert item.overridden
    assert item.actual_cents == 500_000
    assert item.label == "Financeur 10 — Aide 10"
    plain = build_budget(BudgetSources(BudgetOwner(project_id=1), (), (granted,)))
    (item,) = plain.products.items
    assert item.planned_cents == 800_000
    assert not item.overridden
    assert item.actual_cents == 800_000


@pytest.mark.parametrize(
    ("text", "cents"), [("1 250", 125_000), ("1\u202f250\u00a0€", 125_000), ("1250,00", 125_000), ("0", 0)]
)
def test_whole_euros(text: str, cents: int) -> None:
    assert parse_euros(text) == cents


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("12,50", InvalidValueCode.TOO_MANY_DECIMALS),
        ("-5", InvalidValueCode.NEGATIVE),
        ("12345678901", InvalidValueCode.TOO_LARGE),
        ("", InvalidValueCode.REQUIRED),
        ("douze", InvalidValueCode.BAD_FORMAT),
    ],
)
def test_refused_amounts(text: str, code: InvalidValueCode) -> None:
    with pytest.raises(InvalidValue) as error:
        parse_euros(text)
    assert error.value.code is code
    assert error.value.kind == "euros"


def test_ten_digits_are_accepted() -> None:
    assert parse_euros("9 999 999 999") == 999_999_999_900


def test_validate_line() -> None:
    clean = validate_line(BudgetLineInput(B.CHARGES, " ci ", "  Frais   de siège ", 100_000))
    assert clean.account == "CI"
    assert clean.label == "Frais de siège"
    with pytest.raises(FieldErrors) as error:
        validate_line(BudgetLineInput(B.CHARGES, "706", "x" * 301, -100, actual_cents=150))
    assert set(error.value.errors) == {"account", "label", "planned", "actual"}
    with pytest.raises(FieldErrors):
        validate_line(BudgetLineInput(B.CHARGES, "74", application_id=3))
    assert heading_of(B.PRODUCTS, "758") == "75"
    assert heading_of(B.IN_KIND_USES, "870") is None


def test_gaps() -> None:
    assert gap_percent(100_000, 120_000) == Decimal("20.0")
    assert gap_percent(100_000, None) is None
    assert gap_percent(0, 5) is None
    assert not is_significant_gap(100_000, 115_000)
    assert is_significant_gap(100_000, 115_100)
    assert is_significant_gap(100_000, 80_000)
    assert is_significant_gap(0, 100)
    assert not is_significant_gap(0, 0)


def test_changes_between() -> None:
    before = [line(1, B.CHARGES, "606", 10), line(2, B.CHARGES, "613", 20)]
    edited = [(1, before[0].to_input()), (2, BudgetLineInput(B.CHARGES, "613", "loyer", 3_000)),
              (None, BudgetLineInput(B.CHARGES, "616", "assurance", 900))]  # fmt: skip
    changes = changes_between(before, edited)
    assert [line_id for line_id, _, _ in changes.updated] == [2]
    assert len(changes.added) == 1
    assert changes.deleted == ()
    assert changes_between(before, []).deleted == ((1, 1), (2, 1))


def test_compte_rendu_leaves_pending_subsidies_out_of_the_actual_result() -> None:
    budget = sample_budget()  # DDETS 8 000 € submitted (no decision), commune 20 000 € granted
    report = CompteRendu(budget.applications[1], budget)
    assert [item.application.id for item in report.pending_items if item.application] == [10]
    assert report.pending_cents == 800_000
    # actual: charges 65 840 €, products 14 000 + 20 000 + 20 000 € (the pending 8 000 € not obtained yet)
    assert report.actual_result_cents == -1_184_000
    assert report.result_if_granted_cents == -384_000


def test_the_whole_grid_of_the_form() -> None:
    """69, the three indirect charges, own resources, every 74 group even empty, the result lines."""
    sources = BudgetSources(
        BudgetOwner(project_id=1, title="Chambre froide"),
        (
            line(1, B.CHARGES, "69", 300),
            line(2, B.CHARGES, "CIFIX", 1_000),
            line(3, B.CHARGES, "CIFIN", 200),
            line(4, B.CHARGES, "CIAUT", 100),
            line(5, B.PRODUCTS, "RP", 600),
        ),
        (application(10, G.STATE, 500, funder_service="Direction de l'alimentation"),),
    )
    budget = build_budget(sources, highlighted_application_id=10)
    indirect = next(account for account in budget.charges.accounts if account.code == "CI")
    assert [item.account for item in indirect.items] == ["CIFIX", "CIFIN", "CIAUT"]
    assert indirect.planned_cents == 130_000
    assert [label for _code, label in INDIRECT_CHARGES.details] == [
        "Charges fixes de fonctionnement", "Frais financiers", "Autres",
    ]  # fmt: skip
    subsidies = next(account for account in budget.products.accounts if account.code == "74")
    assert [group for group, _ in subsidies.all_groups] == list(G)
    assert [group for group, items in subsidies.all_groups if items] == [G.STATE]
    (state,) = subsidies.items
    assert state.label == "Financeur 10 (Direction de l'alimentation) — Aide 10"
    assert budget.is_highlighted(state)
    assert budget.products.planned_cents == 110_000
    assert budget.balance.deficit_cents == 50_000
    assert budget.balance.surplus_cents == 0
    assert budget.subsidy_share(10) == (50_000, Decimal("45.5"))
    assert budget.subsidy_share(99) is None


def test_an_investment_grant_is_never_a_74_line() -> None:
    sources = BudgetSources(
        BudgetOwner(fiscal_year=2027),
        (line(1, B.CHARGES, "606", 1_000),),
        (
            application(10, G.REGION, 30_000, funding_type=FundingType.INVESTMENT),
            application(11, G.REGION, 5_000),
        ),
    )
    budget = build_budget(sources)
    assert [item.application.id for item in budget.products.items if item.application] == [11]


def test_a_surplus_is_on_the_charges_side() -> None:
    budget = build_budget(
        BudgetSources(
            BudgetOwner(fiscal_year=2027),
            (line(1, B.CHARGES, "606", 100), line(2, B.PRODUCTS, "706", 250)),
            (),
        )
    )
    assert budget.balance.surplus_cents == 15_000
    assert budget.balance.deficit_cents == 0


def test_financed_year() -> None:
    assert financed_year(dt.date(2027, 3, 1), dt.date(2026, 11, 2), None) == 2027
    assert financed_year(None, dt.date(2026, 11, 2), dt.date(2027, 1, 15)) == 2026
    assert financed_year(None, None, dt.date(2027, 1, 15)) == 2027
    assert financed_year(None, None, None) is None


def test_named_headings_of_the_project_budget() -> None:
    assert validate_line(BudgetLineInput(B.CHARGES, " cifin ", "", 100)).account == "CIFIN"
    assert heading_of(B.CHARGES, "CIFIX") == "CI"
    assert heading_of(B.PRODUCTS, "RP") == "RP"
    assert heading_of(B.CHARGES, "RP") is None
    assert heading_of(B.PRODUCTS, "CIFIX") is None
    assert heading_of(B.CHARGES, "69") == "69"
