"""Applications from idea to final report, on SQLite and PostgreSQL: the list and its totals on the
demo data, the life cycle and its refusals (nothing saved half-way), payments, stale edits, renewal."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from coopdesk.domain.applications import (
    ApplicationFilter,
    ApplicationInput,
    ApplicationListRow,
    ApplicationRow,
    PaymentAboveGrant,
    PaymentInput,
    PieceState,
    RequiredPieceRow,
    TransitionInput,
    piece_state,
)
from coopdesk.domain.documents import DocumentInput
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import DocumentType, FunderKind, FundingType
from coopdesk.domain.errors import FieldErrors, ForbiddenTransition, NotFound, StaleEdit
from coopdesk.domain.funders import FunderInput
from coopdesk.domain.rows import AssociationProfile
from coopdesk.domain.text_search import fold
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.association_service import AssociationService
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.document_service import DocumentService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.shared_settings_service import SharedSettingsService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import ApplicationSection, Document, RequiredPiece

TODAY = dt.date(2026, 11, 28)
D = dt.date


@pytest.fixture
def service(database: Database) -> ApplicationService:
    return ApplicationService(database)


@pytest.fixture
def funder(database: Database) -> int:
    return (
        FunderService(database)
        .create(FunderInput(name="DDETS de l'Hérault", kind=FunderKind.STATE_SERVICE))
        .id
    )


@pytest.fixture
def draft(service: ApplicationService, funder: int) -> ApplicationRow:
    created = service.create(
        ApplicationInput(
            title="Aide alimentaire 2026",
            funder_id=funder,
            amount_requested_cents=2_000_000,
            period_start=D(2026, 1, 1),
            period_end=D(2026, 12, 31),
            deadline=D(2026, 3, 15),
        ),
        changed_by="Sophie",
    )
    return service.transition(created.id, created.version, TransitionInput(S.DRAFTING))


def submitted(service: ApplicationService, draft: ApplicationRow) -> ApplicationRow:
    return service.transition(
        draft.id, draft.version, TransitionInput(S.SUBMITTED, submitted_on=D(2026, 3, 10))
    )


def granted(service: ApplicationService, draft: ApplicationRow, amount: int = 1_500_000) -> ApplicationRow:
    sent = submitted(service, draft)
    return service.transition(
        sent.id,
        sent.version,
        TransitionInput(S.PARTIALLY_GRANTED, decision_on=D(2026, 6, 2), amount_granted_cents=amount),
    )


# -- the list and its totals on the demo data ------------------------------------------------------------


@pytest.fixture
def demo(database: Database) -> int:
    return DemoService(database).fill(TODAY).applications


def _matches(row: ApplicationListRow, chosen: ApplicationFilter) -> bool:
    if chosen.statuses and row.status not in chosen.statuses:
        return False
    if chosen.funding_type is not None and row.funding_type != chosen.funding_type:
        return False
    if chosen.year is not None and row.year != chosen.year:
        return False
    words = chosen.text.lower().split()
    return all(
        word in row.title.lower() or word in row.project_title.lower() or fold(word) in fold(row.funder_name)
        for word in words
    )


def test_filters_and_totals_agree_with_python(service: ApplicationService, demo: int) -> None:
    everything = service.list()
    assert len(everything) == demo == service.totals().count
    for row in everything:  # paid is the sum of the payments
        assert row.paid_cents == sum(payment.amount_cents for payment in service.payments(row.id))
    some_funder = service.get(everything[0].id).funder_id
    filters = [
        ApplicationFilter(),
        ApplicationFilter(statuses=frozenset({S.SUBMITTED, S.UNDER_REVIEW})),
        ApplicationFilter(statuses=frozenset({S.REFUSED}), year=2026),
        ApplicationFilter(year=2025),
        ApplicationFilter(funding_type=FundingType.INVESTMENT),
        ApplicationFilter(text="épicerie"),
        ApplicationFilter(text="ddets aide"),
        ApplicationFilter(funder_id=some_funder),
    ]
    for chosen in filters:
        found = service.list(chosen)
        if chosen.funder_id is not None:
            expected = [row for row in everything if service.get(row.id).funder_id == chosen.funder_id]
        else:
            expected = [row for row in everything if _matches(row, chosen)]
        assert [row.id for row in found] == [row.id for row in expected], chosen
        totals = service.totals(chosen)
        assert totals.count == len(expected)
        assert totals.requested_cents == sum(row.amount_requested_cents for row in expected)
        assert totals.granted_cents == sum(row.amount_granted_cents or 0 for row in expected)
        assert totals.paid_cents == sum(row.paid_cents for row in expected)
    assert any(service.list(ApplicationFilter(text="épicerie")))
    page = service.list(ApplicationFilter(limit=5, offset=5))
    assert [row.id for row in page] == [row.id for row in everything[5:10]]
    assert service.totals(ApplicationFilter(limit=5)).count == demo


def test_demo_rows_read_back(service: ApplicationService, demo: int) -> None:
    for row in service.list():
        full = service.get(row.id)
        assert (full.status, full.paid_cents, full.funder_name) == (
            row.status,
            row.paid_cents,
            row.funder_name,
        )
        if full.amount_granted_cents is not None:
            # a refund (negative payment) is taken off what was paid, never added to what is owed
            assert full.remaining_cents == full.amount_granted_cents - full.paid_cents - full.refunded_cents
        history = service.history(row.id)
        assert history[0].from_status is None
        assert history[-1].to_status == row.status
        assert all(change.changed_at.tzinfo is not None for change in history)


def test_waiting_and_refusal_reasons(database: Database, service: ApplicationService, demo: int) -> None:
    waiting, reasons = DashboardService(database).waiting_and_reasons(TODAY, waiting_days=30)
    everything = service.list()
    expected_waiting = [
        row.id
        for row in everything
        if row.status in {S.SUBMITTED, S.UNDER_REVIEW}
        and row.submitted_on is not None
        and row.submitted_on < TODAY - dt.timedelta(days=30)
    ]
    assert sorted(row.id for row in waiting) == sorted(expected_waiting)
    refusals: dict[str, int] = {}
    for row in everything:
        full = service.get(row.id)
        if full.refusal_reason is not None and full.decision_on and full.decision_on.year == TODAY.year:
            refusals[full.refusal_reason] = refusals.get(full.refusal_reason, 0) + 1
    assert dict(reasons) == refusals
    assert "" in dict(reasons)  # "aucun motif communiqué" is counted too


# -- the life cycle --------------------------------------------------------------------------------------


def test_create_starts_at_idea_with_history(service: ApplicationService, draft: ApplicationRow) -> None:
    history = service.history(draft.id)
    assert [(change.from_status, change.to_status) for change in history] == [
        (None, S.IDEA),
        (S.IDEA, S.DRAFTING),
    ]
    assert history[0].changed_by == "Sophie"


def test_report_due_six_months_after_fiscal_year_end(
    database: Database, service: ApplicationService, draft: ApplicationRow
) -> None:
    AssociationService(database).save_profile(
        AssociationProfile(name="Épicerie du Lez", fiscal_year_end_month=6, fiscal_year_end_day=30)
    )
    grant = granted(service, draft)
    # funded period ends 31/12/2026, inside the fiscal year ending 30/06/2027: report due 31/12/2027
    assert grant.report_due_on == D(2027, 12, 31)
    assert grant.status == S.PARTIALLY_GRANTED
    assert grant.amount_granted_cents == 1_500_000


def test_report_due_on_calendar_fiscal_year(service: ApplicationService, draft: ApplicationRow) -> None:
    assert granted(service, draft).report_due_on == D(2027, 6, 30)


def assert_unchanged(service: ApplicationService, before: ApplicationRow) -> None:
    after = service.get(before.id)
    assert after == before
    assert service.history(before.id)[-1].to_status == before.status


def test_forbidden_transition_saves_nothing(service: ApplicationService, draft: ApplicationRow) -> None:
    history = service.history(draft.id)
    with pytest.raises(ForbiddenTransition):
        service.transition(draft.id, draft.version, TransitionInput(S.GRANTED, amount_granted_cents=1))
    assert_unchanged(service, draft)
    assert service.history(draft.id) == history


def test_decision_before_submission_saves_nothing(service: ApplicationService, draft: ApplicationRow) -> None:
    sent = submitted(service, draft)
    with pytest.raises(FieldErrors) as error:
        service.transition(sent.id, sent.version, TransitionInput(S.REFUSED, decision_on=D(2026, 3, 1)))
    assert set(error.value.errors) == {"decision_on"}
    assert_unchanged(service, sent)


def test_missing_requirement_saves_nothing(service: ApplicationService, draft: ApplicationRow) -> None:
    with pytest.raises(FieldErrors) as error:
        service.transition(draft.id, draft.version, TransitionInput(S.SUBMITTED))
    assert set(error.value.errors) == {"submitted_on"}
    assert_unchanged(service, draft)


def test_refusal_without_reason(service: ApplicationService, draft: ApplicationRow) -> None:
    sent = submitted(service, draft)
    refused = service.transition(sent.id, sent.version, TransitionInput(S.REFUSED, decision_on=D(2026, 6, 1)))
    assert (refused.status, refused.refusal_reason, refused.report_due_on) == (S.REFUSED, "", None)
    closed = service.transition(refused.id, refused.version, TransitionInput(S.CLOSED, note="archivé"))
    assert closed.status == S.CLOSED
    assert service.history(closed.id)[-1].note == "archivé"


def test_cannot_close_before_report_filed(service: ApplicationService, draft: ApplicationRow) -> None:
    grant = granted(service, draft)
    due = service.transition(grant.id, grant.version, TransitionInput(S.REPORT_DUE))
    with pytest.raises(ForbiddenTransition):
        service.transition(due.id, due.version, TransitionInput(S.CLOSED))
    with pytest.raises(FieldErrors) as error:
        service.transition(due.id, due.version, TransitionInput(S.REPORT_FILED))
    assert set(error.value.errors) == {"report_filed_on"}
    assert_unchanged(service, due)
    filed = service.transition(
        due.id, due.version, TransitionInput(S.REPORT_FILED, report_filed_on=D(2027, 5, 2))
    )
    closed = service.transition(filed.id, filed.version, TransitionInput(S.CLOSED))
    assert (closed.status, closed.report_filed_on) == (S.CLOSED, D(2027, 5, 2))


def test_report_due_before_period_end_is_refused(service: ApplicationService, draft: ApplicationRow) -> None:
    with pytest.raises(FieldErrors) as error:
        service.set_report_due(draft.id, draft.version, D(2026, 11, 30))
    assert set(error.value.errors) == {"report_due_on"}
    assert_unchanged(service, draft)
    moved = service.set_report_due(draft.id, draft.version, D(2027, 3, 31))
    assert moved.report_due_on == D(2027, 3, 31)
    later = dataclasses.replace(moved.to_input(), period_end=D(2027, 6, 30))
    with pytest.raises(FieldErrors) as update_error:
        service.update(moved.id, moved.version, later)
    assert set(update_error.value.errors) == {"report_due_on"}
    assert_unchanged(service, moved)


def test_negative_amounts_are_refused(
    service: ApplicationService, draft: ApplicationRow, funder: int
) -> None:
    with pytest.raises(FieldErrors) as error:
        service.create(ApplicationInput(title="X", funder_id=funder, amount_requested_cents=-100))
    assert set(error.value.errors) == {"amount_requested_cents"}
    assert service.totals().count == 1
    with pytest.raises(FieldErrors):
        service.update(draft.id, draft.version, ApplicationInput(title="X", amount_requested_cents=-1))
    assert_unchanged(service, draft)
    with pytest.raises(FieldErrors):
        service.add_payment(draft.id, PaymentInput(D(2026, 7, 1), -500))
    assert service.payments(draft.id) == []


def test_unknown_links_are_refused(service: ApplicationService) -> None:
    with pytest.raises(NotFound):
        service.create(ApplicationInput(title="X", funder_id=999))
    assert service.totals().count == 0


# -- payments --------------------------------------------------------------------------------------------


def test_payments_above_grant_need_confirmation(service: ApplicationService, draft: ApplicationRow) -> None:
    grant = granted(service, draft, amount=1_000_000)
    first = service.add_payment(grant.id, PaymentInput(D(2026, 7, 1), 600_000, "VIR 1"))
    with pytest.raises(PaymentAboveGrant) as error:
        service.add_payment(grant.id, PaymentInput(D(2026, 9, 1), 500_000))
    assert (error.value.granted, error.value.total_after) == (1_000_000, 1_100_000)
    assert [payment.id for payment in service.payments(grant.id)] == [first.id]
    service.add_payment(grant.id, PaymentInput(D(2026, 9, 1), 500_000), confirm_over_granted=True)
    row = service.get(grant.id)
    assert (row.paid_cents, row.remaining_cents) == (1_100_000, -100_000)
    with pytest.raises(PaymentAboveGrant):
        service.update_payment(first.id, first.version, PaymentInput(D(2026, 7, 1), 700_000))
    changed = service.update_payment(
        first.id, first.version, PaymentInput(D(2026, 7, 2), 500_000, "VIR 1 bis")
    )
    assert service.get(grant.id).paid_cents == 1_000_000
    service.delete_payment(changed.id)
    assert service.get(grant.id).remaining_cents == 500_000


# -- concurrency, renewal, deletion ----------------------------------------------------------------------


def test_stale_edits_are_refused(database: Database, draft: ApplicationRow) -> None:
    first, second = ApplicationService(database), ApplicationService(database)
    first.update(draft.id, draft.version, ApplicationInput(title="Version A", amount_requested_cents=1))
    with pytest.raises(StaleEdit):
        second.update(draft.id, draft.version, ApplicationInput(title="Version B", amount_requested_cents=2))
    with pytest.raises(StaleEdit):
        second.transition(draft.id, draft.version, TransitionInput(S.WITHDRAWN))
    assert first.get(draft.id).title == "Version A"
    assert first.get(draft.id).status == S.DRAFTING


def test_renewal_copies_sections_and_checklist(
    database: Database, service: ApplicationService, draft: ApplicationRow
) -> None:
    with database.session() as session:
        session.add(ApplicationSection(application_id=draft.id, position=0, title="Présentation", body="…"))
        session.add(
            ApplicationSection(application_id=draft.id, position=1, title="Objectifs", char_limit=2000)
        )
        session.add(RequiredPiece(application_id=draft.id, document_type="rib", label="RIB", position=0))
    grant = granted(service, draft)
    renewed = service.renew(grant.id)
    assert renewed.previous_id == grant.id
    assert renewed.status == S.IDEA
    assert (renewed.period_start, renewed.period_end) == (D(2027, 1, 1), D(2027, 12, 31))
    assert renewed.deadline == D(2027, 3, 15)
    assert renewed.amount_requested_cents == grant.amount_requested_cents
    assert (renewed.amount_granted_cents, renewed.submitted_on, renewed.report_due_on) == (None, None, None)
    assert [(c.from_status, c.to_status) for c in service.history(renewed.id)] == [(None, S.IDEA)]
    with database.session() as session:
        titles = [
            (section.position, section.title, section.char_limit)
            for section in session.query(ApplicationSection)
            .filter_by(application_id=renewed.id)
            .order_by(ApplicationSection.position)
        ]
        pieces = [
            piece.document_type for piece in session.query(RequiredPiece).filter_by(application_id=renewed.id)
        ]
    assert titles == [(0, "Présentation", None), (1, "Objectifs", 2000)]
    assert pieces == ["rib"]


def test_renewal_shifts_multi_year_amounts(service: ApplicationService, funder: int) -> None:
    row = service.create(
        ApplicationInput(title="CPO", funder_id=funder, multi_year=True, year_amounts=((2026, 5), (2027, 6)))
    )
    assert row.year_amounts == ((2026, 5), (2027, 6))
    assert service.renew(row.id).year_amounts == ((2027, 5), (2028, 6))


def test_delete(service: ApplicationService, draft: ApplicationRow) -> None:
    service.add_payment(draft.id, PaymentInput(D(2026, 7, 1), 1), confirm_over_granted=True)
    service.delete(draft.id)
    with pytest.raises(NotFound):
        service.get(draft.id)
    assert service.totals().count == 0


# -- required pieces (the checklist) ----------------------------------------------------------------


def _demo_pieces(database: Database, service: ApplicationService) -> dict[int, list[RequiredPieceRow]]:
    DemoService(database).fill(TODAY)
    return {row.id: service.pieces(row.id, TODAY) for row in service.list(ApplicationFilter())}


def _current_ids(database: Database, document_type: DocumentType) -> list[int]:
    with database.session() as session:
        return [
            document.id
            for document in session.query(Document).filter_by(
                document_type=document_type.value, replaced_by_id=None
            )
        ]


def test_piece_states_on_the_demo_data(database: Database, service: ApplicationService) -> None:
    checklists = _demo_pieces(database, service)
    every = [piece for pieces in checklists.values() for piece in pieces]
    states = {piece.state for piece in every}
    assert {PieceState.PROVIDED, PieceState.MISSING, PieceState.EXPIRED} <= states
    for application_id, pieces in checklists.items():
        deadline = service.get(application_id).deadline or TODAY
        for piece in pieces:
            if piece.state is PieceState.MISSING:
                assert (piece.document_id, piece.document_title, piece.valid_until) == (None, "", None)
            elif piece.state is PieceState.EXPIRED:
                assert piece.document_id is not None
                assert piece.valid_until is not None
                assert piece.valid_until < TODAY
            elif piece.state is PieceState.PROVIDED:
                assert piece.document_id is not None
                assert piece.document_title
                assert piece.valid_until is None or piece.valid_until >= max(deadline, TODAY)
    # A piece of an application being prepared is missing only when no single current, unexpired
    # document of its type exists (reading the checklist links the others).
    preparing = service.list(ApplicationFilter(statuses=frozenset({S.IDEA, S.DRAFTING})))
    for row in preparing:
        for piece in checklists[row.id]:
            if piece.state is PieceState.MISSING:
                usable = _usable_ids(database, piece.document_type)
                assert piece.document_type is DocumentType.OTHER or len(usable) != 1


def _usable_ids(database: Database, document_type: DocumentType) -> list[int]:
    with database.session() as session:
        return [
            document.id
            for document in session.query(Document).filter_by(
                document_type=document_type.value, replaced_by_id=None
            )
            if document.valid_until is None or document.valid_until >= TODAY
        ]


def _add_document(
    database: Database, document_type: DocumentType, title: str, valid_until: dt.date | None = None
) -> int:
    return (
        DocumentService(database, SharedSettingsService(database))
        .add_bytes(
            f"{title}.pdf",
            b"%PDF-1.4 " + title.encode(),
            DocumentInput(document_type, title, valid_from=D(2026, 1, 1), valid_until=valid_until),
        )
        .id
    )


def test_an_unlinked_piece_is_linked_to_the_only_current_document_when_the_checklist_is_read(
    database: Database, service: ApplicationService, draft: ApplicationRow
) -> None:
    # Pieces added before their documents were stored (or left without one) stay empty...
    statutes = service.add_piece(draft.id, DocumentType.STATUTES, today=TODAY)
    report = service.add_piece(draft.id, DocumentType.ACTIVITY_REPORT, today=TODAY)
    insurance = service.add_piece(draft.id, DocumentType.INSURANCE_CERTIFICATE, today=TODAY)
    other = service.add_piece(draft.id, DocumentType.OTHER, today=TODAY)
    rib = service.add_piece(draft.id, DocumentType.RIB, today=TODAY)
    assert {piece.document_id for piece in (statutes, report, insurance, other, rib)} == {None}
    statutes_id = _add_document(database, DocumentType.STATUTES, "Statuts 2024")
    _add_document(database, DocumentType.ACTIVITY_REPORT, "Rapport 2024")
    _add_document(database, DocumentType.ACTIVITY_REPORT, "Rapport 2025")  # two: the user chooses
    _add_document(database, DocumentType.INSURANCE_CERTIFICATE, "Assurance 2025", D(2026, 6, 30))  # expired
    _add_document(database, DocumentType.OTHER, "Attestation URSSAF")  # "other": never chosen for the user
    # ...until the checklist is read: the only current, unexpired document of the type is chosen.
    pieces = {piece.id: piece for piece in service.pieces(draft.id, TODAY)}
    assert pieces[statutes.id].document_id == statutes_id
    assert pieces[statutes.id].state is PieceState.PROVIDED
    for missing in (report, insurance, other, rib):
        assert pieces[missing.id].document_id is None
        assert pieces[missing.id].state is PieceState.MISSING
    assert [gap.missing for gap in DashboardService(database).checklist_gaps(TODAY)] == [
        (
            DocumentType.ACTIVITY_REPORT,
            DocumentType.INSURANCE_CERTIFICATE,
            DocumentType.OTHER,
            DocumentType.RIB,
        )
    ]
    # A piece added now points to it at once; "other" and an expired document never.
    added = service.add_piece(draft.id, DocumentType.STATUTES, today=TODAY)
    assert added.document_id == statutes_id
    assert service.add_piece(draft.id, DocumentType.OTHER, today=TODAY).document_id is None
    assert service.add_piece(draft.id, DocumentType.INSURANCE_CERTIFICATE, today=TODAY).document_id is None


def test_a_submitted_checklist_is_left_as_it_was_sent(
    database: Database, service: ApplicationService, draft: ApplicationRow
) -> None:
    piece = service.add_piece(draft.id, DocumentType.STATUTES, today=TODAY)
    submitted(service, draft)
    _add_document(database, DocumentType.STATUTES, "Statuts 2024")
    [read] = service.pieces(draft.id, TODAY)
    assert (read.id, read.document_id, read.state) == (piece.id, None, PieceState.MISSING)


def test_piece_state_rule() -> None:
    assert piece_state(None, None, None, TODAY) is PieceState.MISSING
    assert piece_state(1, None, None, TODAY) is PieceState.PROVIDED
    assert piece_state(1, TODAY - dt.timedelta(days=1), None, TODAY) is PieceState.EXPIRED
    assert piece_state(1, TODAY, None, TODAY) is PieceState.EXPIRES_SOON
    assert piece_state(1, TODAY + dt.timedelta(days=60), None, TODAY) is PieceState.EXPIRES_SOON
    assert piece_state(1, TODAY + dt.timedelta(days=61), None, TODAY) is PieceState.PROVIDED
    later = TODAY + dt.timedelta(days=200)
    assert piece_state(1, later - dt.timedelta(days=1), later, TODAY) is PieceState.EXPIRES_SOON
    assert piece_state(1, later, later, TODAY) is PieceState.PROVIDED


def test_adding_a_piece_links_the_single_current_document(
    database: Database, service: ApplicationService
) -> None:
    checklists = _demo_pieces(database, service)
    application_id = next(row_id for row_id, pieces in checklists.items() if pieces)
    before = checklists[application_id]
    [current_rib] = _current_ids(database, DocumentType.RIB)
    added = service.add_piece(
        application_id, DocumentType.RIB, "  RIB  au nom de l'association ", today=TODAY
    )
    assert added.document_id == current_rib
    assert added.label == "RIB au nom de l'association"
    assert added.state is PieceState.PROVIDED
    assert len(_current_ids(database, DocumentType.OTHER)) > 1  # URSSAF and Sirene: the user chooses
    other = service.add_piece(application_id, DocumentType.OTHER, today=TODAY)
    assert (other.document_id, other.state, other.label) == (None, PieceState.MISSING, "")
    after = service.pieces(application_id, TODAY)
    assert after[: len(before)] == before
    assert [piece.id for piece in after[len(before) :]] == [added.id, other.id]


def test_linking_a_document_sets_the_state(database: Database, service: ApplicationService) -> None:
    DemoService(database).fill(TODAY)
    # A submitted application keeps the very document it was sent with (one being prepared follows
    # the current version of a replaced piece: tested with the pieces' service).
    application_id = next(row.id for row in service.list(ApplicationFilter()) if row.status is S.SUBMITTED)
    choices = service.documents_of_type(DocumentType.INSURANCE_CERTIFICATE)
    assert all(choice.document_type is DocumentType.INSURANCE_CERTIFICATE for choice in choices)
    assert choices[0].id in _current_ids(database, DocumentType.INSURANCE_CERTIFICATE)
    ends = [choice.valid_until for choice in choices]
    assert all(end is not None for end in ends)
    assert ends == sorted(ends, reverse=True)  # type: ignore[type-var]
    piece = service.add_piece(application_id, DocumentType.INSURANCE_CERTIFICATE, today=TODAY)
    expired = next(c for c in choices if c.valid_until is not None and c.valid_until < TODAY)
    linked = service.link_piece(piece.id, piece.version, expired.id, today=TODAY)
    assert (linked.document_id, linked.document_title, linked.state) == (
        expired.id,
        expired.title,
        PieceState.EXPIRED,
    )
    assert linked.version > piece.version
    unlinked = service.link_piece(piece.id, linked.version, None, today=TODAY)
    assert (unlinked.document_id, unlinked.state) == (None, PieceState.MISSING)


def test_linking_a_document_of_another_type_is_refused(
    database: Database, service: ApplicationService
) -> None:
    DemoService(database).fill(TODAY)
    application_id = service.list(ApplicationFilter())[0].id
    piece = service.add_piece(application_id, DocumentType.STATUTES, today=TODAY)
    rib = service.documents_of_type(DocumentType.RIB)[0]
    with pytest.raises(FieldErrors) as refused:
        service.link_piece(piece.id, piece.version, rib.id, today=TODAY)
    assert set(refused.value.errors) == {"document_id"}
    assert service.pieces(application_id, TODAY)[-1] == piece


def test_a_stale_link_is_refused(database: Database, service: ApplicationService) -> None:
    DemoService(database).fill(TODAY)
    application_id = service.list(ApplicationFilter())[0].id
    piece = service.add_piece(application_id, DocumentType.OTHER, today=TODAY)
    first, second = service.documents_of_type(DocumentType.OTHER)[:2]
    linked = service.link_piece(piece.id, piece.version, first.id, today=TODAY)
    with pytest.raises(StaleEdit):
        service.link_piece(piece.id, piece.version, second.id, today=TODAY)
    assert service.pieces(application_id, TODAY)[-1] == linked


def test_removing_a_piece(database: Database, service: ApplicationService) -> None:
    checklists = _demo_pieces(database, service)
    application_id, pieces = next((row_id, pieces) for row_id, pieces in checklists.items() if pieces)
    service.remove_piece(pieces[0].id)
    assert service.pieces(application_id, TODAY) == pieces[1:]
    with pytest.raises(NotFound):
        service.remove_piece(pieces[0].id)
    with pytest.raises(NotFound):
        service.link_piece(pieces[0].id, pieces[0].version, None, today=TODAY)


def test_a_refund_is_a_negative_payment_never_more_than_received(
    service: ApplicationService, funder: int
) -> None:
    row = service.create(
        ApplicationInput(title="Aide 2026", funder_id=funder, amount_requested_cents=1_000_000)
    )
    row = service.transition(row.id, row.version, TransitionInput(S.DRAFTING))
    row = service.transition(row.id, row.version, TransitionInput(S.SUBMITTED, submitted_on=D(2026, 2, 1)))
    row = service.transition(
        row.id,
        row.version,
        TransitionInput(S.GRANTED, decision_on=D(2026, 3, 1), amount_granted_cents=1_000_000),
    )
    service.add_payment(row.id, PaymentInput(D(2026, 4, 1), 1_000_000, "VIR 1"))
    # a refund larger than what was received is refused, with its reason
    with pytest.raises(FieldErrors) as error:
        service.add_payment(row.id, PaymentInput(D(2026, 12, 1), -1_200_000))
    assert error.value.errors["amount_cents"].kind == "refund"
    refund = service.add_payment(row.id, PaymentInput(D(2026, 12, 1), -50_000, "Reversement du non-consommé"))
    assert refund.amount_cents == -50_000
    saved = service.get(row.id)
    assert saved.paid_cents == 950_000  # the totals take the refund off
    assert saved.refunded_cents == 50_000
    assert saved.remaining_cents == 0  # a refund never makes the funder owe more
    # a payment lowered below what was refunded since is refused too
    (first,) = [payment for payment in service.payments(row.id) if payment.amount_cents > 0]
    with pytest.raises(FieldErrors):
        service.update_payment(first.id, first.version, PaymentInput(D(2026, 4, 1), 10_000, "VIR 1"))
