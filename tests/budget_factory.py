"""Budgets built in memory for the report, format and window tests."""

from __future__ import annotations

from coopdesk.domain.budget import (
    Budget,
    BudgetApplication,
    BudgetOwner,
    BudgetSources,
    StoredBudgetLine,
    build_budget,
)
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import BudgetSection as B
from coopdesk.domain.enums import Cerfa74Group as G


def stored(
    line_id: int, section: B, account: str, euros: int, label: str = "", **kwargs: object
) -> StoredBudgetLine:
    values: dict[str, object] = {
        "id": line_id, "version": 1, "section": section, "account": account,
        "label": label or f"ligne {line_id}",
        "planned_cents": euros * 100, "actual_cents": None, "gap_explanation": "", "application_id": None,
        "funder_id": None, "funder_name": "", "funder_group": None, "position": line_id,
    }  # fmt: skip
    values.update(kwargs)
    return StoredBudgetLine(**values)  # type: ignore[arg-type]


def sample_sources(*, extra_charge: int = 0, huge: bool = False) -> BudgetSources:
    """A project budget: balanced unless extra_charge (euros) is given."""
    lines = [
        stored(1, B.CHARGES, "606", 24_000, "Denrées <b>& hygiène</b> =SUM(A1)", actual_cents=2_352_000),
        stored(
            2,
            B.CHARGES,
            "613",
            3_600,
            "Location de l'entrepôt",
            actual_cents=432_000,
            gap_explanation="Loyer augmenté.",
        ),
        stored(3, B.CHARGES, "641", 38_000 + extra_charge, "Coordinatrice", actual_cents=3_800_000),
        stored(4, B.PRODUCTS, "706", 14_000, "Participation des bénéficiaires", actual_cents=1_400_000),
        stored(5, B.PRODUCTS, "756", 23_600, "Cotisations", actual_cents=2_000_000),
        stored(6, B.IN_KIND_USES, "864", 74_400, "Bénévolat"),
        stored(7, B.IN_KIND_RESOURCES, "870", 74_400, "Bénévolat"),
    ]
    if huge:
        lines.append(stored(8, B.CHARGES, "615", 9_999_999_999, "Énorme"))
        lines.append(stored(9, B.PRODUCTS, "758", 9_999_999_999, "Énorme"))
    applications = (
        BudgetApplication(10, "Aide alimentaire 2027", S.SUBMITTED, 1, "DDETS", G.STATE, 800_000, 800_000),
        BudgetApplication(
            11,
            "Convention 2027",
            S.GRANTED,
            2,
            "Commune de Lunel",
            G.MUNICIPALITY,
            2_000_000,
            2_000_000,
            2_000_000,
        ),
        BudgetApplication(12, "Refusée", S.REFUSED, 3, "Région", G.REGION, 500_000, 500_000),
    )
    return BudgetSources(
        BudgetOwner(project_id=1, title="Épicerie solidaire 2027"), tuple(lines), applications
    )


def sample_budget(**kwargs: object) -> Budget:
    return build_budget(sample_sources(**kwargs))  # type: ignore[arg-type]
