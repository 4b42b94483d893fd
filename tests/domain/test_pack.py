"""Rules of the application pack: the plan's order and choices, what is missing, the public aid window."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coopdesk.domain.applications import PieceState
from coopdesk.domain.budget import BudgetOwner
from coopdesk.domain.enums import ApplicationStatus, DocumentType, InvestmentLineKind, RequestObject
from coopdesk.domain.investment import InvestmentItem, InvestmentPlan
from coopdesk.domain.pack import (
    MissingItem,
    PackApplication,
    PackPart,
    PackPlan,
    PieceStatus,
    PlannedPiece,
    missing_information,
    piece_needs_attention,
    public_aid_window,
)
from coopdesk.domain.rows import AssociationProfile


def _piece(piece_id: int, status: PieceStatus = PieceStatus.READABLE, pages: int = 1) -> PlannedPiece:
    return PlannedPiece(
        piece_id=piece_id,
        document_type=DocumentType.OTHER,
        label=str(piece_id),
        document_id=piece_id,
        document_title="",
        filename="",
        valid_until=None,
        state=PieceState.PROVIDED,
        status=status,
        pages=pages,
    )


def _plan() -> PackPlan:
    return PackPlan(1, tuple(PackPart), tuple(_piece(number) for number in (10, 20, 30)))


def _ids(plan: PackPlan) -> list[int]:
    return [piece.piece_id for piece in plan.pieces]


def test_moving_stops_at_either_end() -> None:
    plan = _plan()
    assert _ids(plan.with_moved(30, -1)) == [10, 30, 20]
    assert _ids(plan.with_moved(30, -9)) == [30, 10, 20]
    assert _ids(plan.with_moved(10, 9)) == [20, 30, 10]
    assert _ids(plan.with_moved(10, -1)) == [10, 20, 30]


def test_order_keeps_pieces_not_named_after_the_others() -> None:
    assert _ids(_plan().with_order([30])) == [30, 10, 20]


def test_leaving_out_a_piece() -> None:
    plan = _plan().with_included(20, False)
    assert [piece.piece_id for piece in plan.included] == [10, 30]
    assert not plan.piece(20).merged
    assert plan.piece(10).merged
    with pytest.raises(KeyError):
        plan.piece(99)


def test_only_readable_pieces_with_pages_are_merged() -> None:
    assert not _piece(1, PieceStatus.UNREADABLE, 0).merged
    assert not _piece(1, PieceStatus.OTHER, 0).merged
    assert piece_needs_attention(_piece(1, PieceStatus.UNREADABLE, 0))
    assert piece_needs_attention(_piece(1, PieceStatus.MISSING, 0))
    assert not piece_needs_attention(_piece(1, PieceStatus.OTHER, 0))


def test_missing_information() -> None:
    application = PackApplication(id=1, title="Dossier", status=ApplicationStatus.DRAFTING)
    everything = missing_information(None, application, sections=0, has_budget=False)
    assert everything == (
        MissingItem.ASSOCIATION_PROFILE,
        MissingItem.FUNDER,
        MissingItem.PROJECT,
        MissingItem.AMOUNT_REQUESTED,
        MissingItem.PERSON_IN_CHARGE,
        MissingItem.SECTIONS,
        MissingItem.BUDGET_YEAR,  # no period, submission or deadline: which association budget?
    )
    profile = AssociationProfile(name="Asso", city="Sète", street="1 quai", postal_code="34200", rna="W1")
    missing = missing_information(profile, application, sections=2, has_budget=True)
    assert MissingItem.ADDRESS not in missing
    assert MissingItem.SIRET in missing
    assert MissingItem.RNA not in missing
    assert MissingItem.LEGAL_REPRESENTATIVE in missing
    assert MissingItem.HUMAN_RESOURCES in missing
    assert MissingItem.SECTIONS not in missing
    with_project = PackApplication(
        id=1, title="Dossier", status=ApplicationStatus.DRAFTING, project_title="P"
    )
    assert MissingItem.BUDGET in missing_information(profile, with_project, sections=1, has_budget=False)
    # without a call: a spontaneous application, complete as it is
    assert MissingItem.CALL not in everything


def test_missing_information_of_each_kind_of_request() -> None:
    profile = AssociationProfile(name="Asso")
    operation = PackApplication(
        id=1,
        title="Fonctionnement 2027",
        status=ApplicationStatus.DRAFTING,
        request_object=RequestObject.OPERATION,
        period_start=dt.date(2027, 1, 1),
    )
    assert operation.budget_year == 2027
    missing = missing_information(
        profile, operation, sections=1, has_budget=False, has_association_budget=False
    )
    assert MissingItem.PROJECT not in missing  # a request for the whole operation needs no project
    assert MissingItem.BUDGET not in missing
    assert MissingItem.ASSOCIATION_BUDGET in missing
    assert MissingItem.ASSOCIATION_BUDGET not in missing_information(
        profile, operation, sections=1, has_budget=False
    )
    project = dataclasses.replace(
        operation, request_object=RequestObject.PROJECT, project_title="Chambre froide"
    )
    assert MissingItem.BUDGET in missing_information(profile, project, sections=1, has_budget=False)
    owner = BudgetOwner(project_id=1, title="Chambre froide")
    no_quote = InvestmentPlan(
        owner, (InvestmentItem(InvestmentLineKind.EXPENSE, "Chambre froide", 2_600_000, False),), ()
    )
    missing = missing_information(profile, project, sections=1, has_budget=True, investment=no_quote)
    assert MissingItem.QUOTES in missing


@pytest.mark.parametrize(
    ("today", "end", "expected"),
    [
        (dt.date(2026, 11, 28), (12, 31), (dt.date(2024, 1, 1), dt.date(2026, 12, 31))),
        (dt.date(2026, 11, 28), (6, 30), (dt.date(2024, 7, 1), dt.date(2027, 6, 30))),
        (dt.date(2026, 6, 30), (6, 30), (dt.date(2023, 7, 1), dt.date(2026, 6, 30))),
        (dt.date(2028, 2, 29), (2, 29), (dt.date(2025, 3, 1), dt.date(2028, 2, 29))),
    ],
)
def test_public_aid_window_is_three_fiscal_years(
    today: dt.date, end: tuple[int, int], expected: tuple[dt.date, dt.date]
) -> None:
    assert public_aid_window(today, *end) == expected
