"""Who changed what and when, on SQLite and PostgreSQL: every save of an application, a payment, a
funder or a call writes its history in the same transaction; a refused save writes none; a deleted
application keeps its history under its title; two people saving the same record: the second is
refused and nothing of it reaches the history."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.applications import ApplicationInput, PaymentInput, TransitionInput
from coopdesk.domain.calls import CallInput
from coopdesk.domain.enums import ApplicationStatus as S
from coopdesk.domain.enums import FunderKind
from coopdesk.domain.errors import FieldErrors, StaleEdit
from coopdesk.domain.funders import FunderInput
from coopdesk.domain.history import ChangeEventRow, HistoryAction, HistoryEntity, default_actor
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.call_service import CallService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.history_service import HistoryService
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import history_repository
from coopdesk.storage.tables import Application

A = HistoryAction
E = HistoryEntity
TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def history(database: Database) -> HistoryService:
    return HistoryService(database)


@pytest.fixture
def applications(database: Database) -> ApplicationService:
    return ApplicationService(database)


@pytest.fixture
def funder_id(database: Database) -> int:
    return FunderService(database).create(FunderInput(name="Fondation du Lez", kind=FunderKind.FOUNDATION)).id


def _fields(events: list[ChangeEventRow]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(event.action.value, event.field, event.old_value, event.new_value) for event in events]


def test_creation_update_and_transition_are_recorded(
    applications: ApplicationService, history: HistoryService, funder_id: int
) -> None:
    created = applications.create(
        ApplicationInput(title="Épicerie solidaire", funder_id=funder_id, amount_requested_cents=500_000)
    )
    updated = applications.update(
        created.id,
        created.version,
        ApplicationInput(title="Épicerie solidaire 2027", funder_id=None, amount_requested_cents=650_000),
    )
    applications.transition(created.id, updated.version, TransitionInput(target=S.DRAFTING))
    events = history.events(E.APPLICATION, created.id)
    assert _fields(events) == [
        ("created", None, None, None),
        ("created", "status", None, "idea"),
        ("created", "funder", None, "Fondation du Lez"),
        ("created", "amount_requested_cents", None, "500000"),
        ("updated", "title", "Épicerie solidaire", "Épicerie solidaire 2027"),
        ("updated", "funder", "Fondation du Lez", None),
        ("updated", "amount_requested_cents", "500000", "650000"),
        ("transition", "status", "idea", "drafting"),
    ]
    assert {event.actor for event in events} == {default_actor()}
    assert all(event.occurred_at.tzinfo is not None for event in events)
    assert events[-1].entity_label == "Épicerie solidaire 2027"


def test_decision_amount_and_refusal_reason_are_recorded(
    applications: ApplicationService, history: HistoryService
) -> None:
    row = applications.create(ApplicationInput(title="Camion frigorifique", amount_requested_cents=1_000_000))
    for target in (S.DRAFTING, S.SUBMITTED):
        row = applications.transition(
            row.id, row.version, TransitionInput(target=target, submitted_on=dt.date(2026, 3, 1))
        )
    applications.transition(
        row.id,
        row.version,
        TransitionInput(target=S.REFUSED, decision_on=dt.date(2026, 6, 2), refusal_reason="Budget épuisé"),
    )
    changes = _fields(history.events(E.APPLICATION, row.id))
    assert ("transition", "status", "submitted", "refused") in changes
    assert ("updated", "decision_on", None, "2026-06-02") in changes
    assert ("updated", "refusal_reason", None, "Budget épuisé") in changes
    assert ("updated", "submitted_on", None, "2026-03-01") in changes


def test_payments_are_part_of_the_application_history(
    applications: ApplicationService, history: HistoryService
) -> None:
    row = applications.create(ApplicationInput(title="Maraude", amount_requested_cents=300_000))
    payment = applications.add_payment(
        row.id, PaymentInput(dt.date(2026, 4, 1), 120_000, "VIR 1"), confirm_over_granted=True
    )
    applications.update_payment(
        payment.id,
        payment.version,
        PaymentInput(dt.date(2026, 4, 1), 125_050, "VIR 1"),
        confirm_over_granted=True,
    )
    applications.delete_payment(payment.id)
    payment_events = [event for event in history.events(E.APPLICATION, row.id) if event.entity is E.PAYMENT]
    assert [(e.action, e.field, e.old_value, e.new_value) for e in payment_events] == [
        (A.CREATED, None, None, None),
        (A.CREATED, "received_on", None, "2026-04-01"),
        (A.CREATED, "amount_cents", None, "120000"),
        (A.CREATED, "reference", None, "VIR 1"),
        (A.UPDATED, "amount_cents", "120000", "125050"),
        (A.DELETED, None, None, None),
        (A.DELETED, "received_on", "2026-04-01", None),
        (A.DELETED, "amount_cents", "125050", None),
        (A.DELETED, "reference", "VIR 1", None),
    ]
    assert {event.parent_id for event in payment_events} == {row.id}


def test_a_deleted_application_keeps_its_history(
    applications: ApplicationService, history: HistoryService, funder_id: int
) -> None:
    row = applications.create(
        ApplicationInput(title="Jardin partagé", funder_id=funder_id, amount_requested_cents=80_000)
    )
    applications.add_payment(row.id, PaymentInput(dt.date(2026, 5, 1), 10_000), confirm_over_granted=True)
    applications.delete(row.id)
    (gone,) = history.deleted()
    assert (gone.entity_id, gone.entity_label, gone.deleted_by) == (row.id, "Jardin partagé", default_actor())
    events = history.deleted_events(gone)
    kept = {(e.entity, e.action, e.field): e.old_value for e in events if e.action is A.DELETED}
    assert kept[(E.APPLICATION, A.DELETED, "amount_requested_cents")] == "80000"
    assert kept[(E.APPLICATION, A.DELETED, "funder")] == "Fondation du Lez"
    assert kept[(E.APPLICATION, A.DELETED, "status")] == "idea"
    assert kept[(E.PAYMENT, A.DELETED, "amount_cents")] == "10000"
    assert events[0].action is A.CREATED


def test_a_new_application_with_a_reused_id_does_not_inherit_a_deleted_history(
    applications: ApplicationService, history: HistoryService
) -> None:
    first = applications.create(ApplicationInput(title="Ancien dossier"))
    applications.delete(first.id)
    second = applications.create(ApplicationInput(title="Nouveau dossier"))
    assert {event.entity_label for event in history.events(E.APPLICATION, second.id)} == {"Nouveau dossier"}
    (gone,) = history.deleted()
    assert {event.entity_label for event in history.deleted_events(gone)} == {"Ancien dossier"}


def test_a_refused_save_writes_no_history(applications: ApplicationService, history: HistoryService) -> None:
    row = applications.create(ApplicationInput(title="Collecte"))
    before = history.events(E.APPLICATION, row.id)
    with pytest.raises(FieldErrors):
        applications.update(row.id, row.version, ApplicationInput(title=""))
    with pytest.raises(StaleEdit):
        applications.update(row.id, row.version + 1, ApplicationInput(title="Autre"))
    assert history.events(E.APPLICATION, row.id) == before


def test_two_sessions_saving_the_same_application_the_second_is_refused(
    database: Database, database_url: str, history: HistoryService
) -> None:
    """Two PCs: two services on the same database, both opened the editor on the same version."""
    other_pc = Database.open(database_url)
    try:
        _second_save_is_refused(ApplicationService(database), ApplicationService(other_pc), history)
    finally:
        other_pc.dispose()


def _second_save_is_refused(
    mine: ApplicationService, theirs: ApplicationService, history: HistoryService
) -> None:
    row = mine.create(ApplicationInput(title="Petits déjeuners", amount_requested_cents=100_000))
    theirs.update(
        row.id, row.version, ApplicationInput(title="Petits déjeuners", amount_requested_cents=90_000)
    )
    with pytest.raises(StaleEdit):
        mine.update(
            row.id, row.version, ApplicationInput(title="Petits déjeuners", amount_requested_cents=120_000)
        )
    assert mine.get(row.id).amount_requested_cents == 90_000
    amounts = [
        (event.old_value, event.new_value)
        for event in history.events(E.APPLICATION, row.id)
        if event.field == "amount_requested_cents"
    ]
    assert amounts == [(None, "100000"), ("100000", "90000")]


def test_interleaved_orm_sessions_record_only_the_winner(database: Database, history: HistoryService) -> None:
    with database.session() as session:
        application = Application(title="Dossier", status=S.IDEA.value)
        session.add(application)
        session.flush()
        application_id = application.id
    with pytest.raises(StaleEdit), database.session() as first, database.session() as second:  # noqa: PT012
        first.get(Application, application_id).notes = "Premier"  # type: ignore[union-attr]
        second.get(Application, application_id).notes = "Second"  # type: ignore[union-attr]
        second.flush()
        second.commit()
        first.flush()
    notes = [e.new_value for e in history.events(E.APPLICATION, application_id) if e.field == "notes"]
    assert notes == ["Second"]


def test_the_actor_can_be_named_by_the_caller(database: Database, history: HistoryService) -> None:
    with database.session() as session:
        session.info["actor"] = "Camille (trésorière)"
        application = Application(title="Dossier nommé", status=S.IDEA.value)
        session.add(application)
        session.flush()
        application_id = application.id
    events = history.events(E.APPLICATION, application_id)
    assert events
    assert {event.actor for event in events} == {"Camille (trésorière)"}
    with database.session() as session:
        assert history_repository.deleted(session, E.APPLICATION) == []


def test_funders_and_calls_are_recorded(database: Database, history: HistoryService) -> None:
    funders, calls = FunderService(database), CallService(database)
    funder = funders.create(FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF))
    funders.update(
        funder.id,
        funder.version,
        FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF, city="Montpellier"),
    )
    call = calls.create(
        CallInput(title="Appel 2027", funder_id=funder.id, deadline=dt.date(2027, 1, 31)), TODAY
    )
    calls.update(
        call.id,
        call.version,
        CallInput(title="Appel 2027", funder_id=funder.id, amount_max_cents=2_000_000),
        TODAY,
    )
    assert ("updated", "city", "", "Montpellier") in _fields(history.events(E.FUNDER, funder.id))
    call_changes = _fields(history.events(E.CALL, call.id))
    assert ("created", "funder", None, "CAF de l'Hérault") in call_changes
    assert ("updated", "deadline", "2027-01-31", None) in call_changes
    assert ("updated", "amount_max_cents", None, "2000000") in call_changes
    last = history.last_change(E.CALL, call.id)
    assert last is not None
    assert last.entity_label == "Appel 2027"


def test_two_pcs_saving_the_same_funder_and_call_the_second_is_refused(
    database: Database, database_url: str
) -> None:
    other_pc = Database.open(database_url)
    try:
        mine_funders, their_funders = FunderService(database), FunderService(other_pc)
        funder = mine_funders.create(FunderInput(name="CCAS de Lunel", kind=FunderKind.CCAS))
        their_funders.update(
            funder.id, funder.version, FunderInput(name="CCAS de Lunel", kind=FunderKind.CCAS, city="Lunel")
        )
        with pytest.raises(StaleEdit):
            mine_funders.update(funder.id, funder.version, FunderInput(name="CCAS", kind=FunderKind.CCAS))
        assert mine_funders.get(funder.id).name == "CCAS de Lunel"

        mine_calls, their_calls = CallService(database), CallService(other_pc)
        call = mine_calls.create(CallInput(title="Fonds hiver"), TODAY)
        their_calls.update(call.id, call.version, CallInput(title="Fonds hiver 2027"), TODAY)
        with pytest.raises(StaleEdit):
            mine_calls.update(call.id, call.version, CallInput(title="Fonds d'hiver"), TODAY)
        assert mine_calls.get(call.id, TODAY).title == "Fonds hiver 2027"
        titles = [e.new_value for e in HistoryService(database).events(E.CALL, call.id) if e.field == "title"]
        assert titles == ["Fonds hiver 2027"]
    finally:
        other_pc.dispose()


def test_an_event_written_by_hand_is_read_back(database: Database, history: HistoryService) -> None:
    with database.session() as session:
        session.info["actor"] = "import"
        history_repository.record(
            session, E.CALL, 41, "Appel importé", A.UPDATED, "amount_max_cents", 100, 2_000
        )
    (event,) = history.events(E.CALL, 41)
    assert (event.actor, event.entity_label, event.old_value, event.new_value) == (
        "import",
        "Appel importé",
        "100",
        "2000",
    )


def test_a_grant_records_its_amount_date_and_payments(
    applications: ApplicationService, history: HistoryService, database: Database
) -> None:
    row = applications.create(ApplicationInput(title="Camion itinérant", amount_requested_cents=2_500_000))
    for target in (S.DRAFTING, S.SUBMITTED, S.UNDER_REVIEW):
        row = applications.transition(
            row.id, row.version, TransitionInput(target=target, submitted_on=dt.date(2026, 3, 1))
        )
    row = applications.transition(
        row.id,
        row.version,
        TransitionInput(
            target=S.PARTIALLY_GRANTED,
            submitted_on=dt.date(2026, 3, 1),
            decision_on=dt.date(2026, 6, 15),
            amount_granted_cents=1_500_000,
        ),
    )
    applications.add_payment(row.id, PaymentInput(dt.date(2026, 7, 10), 750_000, "VIR RÉGION"))
    changes = _fields(history.events(E.APPLICATION, row.id))
    assert ("transition", "status", "under_review", "partially_granted") in changes
    assert ("updated", "amount_granted_cents", None, "1500000") in changes
    assert ("updated", "decision_on", None, "2026-06-15") in changes
    assert ("created", "amount_cents", None, "750000") in changes
    # The list of statuses names who moved it, as the history does.
    assert {change.changed_by for change in applications.history(row.id)} == {default_actor()}


def test_an_application_written_already_decided_shows_its_decision(
    database: Database, history: HistoryService
) -> None:
    """Records written at once in their final state (demonstration data, a copy from another tool)."""
    with database.session() as session:
        granted = Application(
            title="Convention épicerie",
            status=S.GRANTED.value,
            amount_requested_cents=2_400_000,
            amount_granted_cents=2_400_000,
            submitted_on=dt.date(2026, 2, 1),
            decision_on=dt.date(2026, 5, 20),
        )
        refused = Application(
            title="Jardin partagé",
            status=S.REFUSED.value,
            amount_requested_cents=500_000,
            decision_on=dt.date(2026, 4, 2),
            refusal_reason="Hors critères",
        )
        session.add_all([granted, refused])
        session.flush()
        granted_id, refused_id = granted.id, refused.id
    granted_changes = _fields(history.events(E.APPLICATION, granted_id))
    assert ("created", "status", None, "granted") in granted_changes
    assert ("created", "amount_granted_cents", None, "2400000") in granted_changes
    assert ("created", "decision_on", None, "2026-05-20") in granted_changes
    assert ("created", "submitted_on", None, "2026-02-01") in granted_changes
    refused_changes = _fields(history.events(E.APPLICATION, refused_id))
    assert ("created", "refusal_reason", None, "Hors critères") in refused_changes


def test_the_caller_can_date_a_save_in_the_past(database: Database, history: HistoryService) -> None:
    moment = dt.datetime(2026, 2, 3, 10, 30, tzinfo=dt.UTC)
    with database.session() as session:
        session.info["occurred_at"] = moment
        application = Application(title="Dossier daté", status=S.IDEA.value)
        session.add(application)
        session.flush()
        application_id = application.id
    assert {event.occurred_at for event in history.events(E.APPLICATION, application_id)} == {moment}


def test_the_demo_has_a_believable_history(database: Database, history: HistoryService) -> None:
    from coopdesk.services.application_service import ApplicationFilter
    from coopdesk.services.demo_service import VOLUNTEERS, DemoService

    DemoService(database).fill(TODAY)
    volunteers = {spec.name for spec in VOLUNTEERS}
    rows = ApplicationService(database).list(ApplicationFilter())
    actors: set[str] = set()
    days: set[dt.date] = set()
    for row in rows:
        events = history.events(E.APPLICATION, row.id)
        changes = _fields(events)
        assert changes[0] == ("created", None, None, None)
        assert ("created", "status", None, "idea") in changes
        if row.amount_granted_cents:
            assert ("updated", "amount_granted_cents", None, str(row.amount_granted_cents)) in changes
            assert ("updated", "decision_on", None, row.decision_on.isoformat()) in changes  # type: ignore[union-attr]
        if row.status is S.REFUSED:
            assert any(change[:2] == ("updated", "decision_on") for change in changes)
        statuses = [change[3] for change in changes if change[1] == "status"]
        assert statuses[-1] == row.status.value
        paid = sum(int(event.new_value or 0) for event in events if event.field == "amount_cents")
        assert paid == row.paid_cents
        assert [event.occurred_at for event in events] == sorted(event.occurred_at for event in events)
        assert events[-1].occurred_at.date() <= TODAY
        actors |= {event.actor for event in events}
        days |= {event.occurred_at.date() for event in events}
    assert actors <= volunteers
    assert len(actors) >= 3
    assert len(days) > 50  # spread over the past months, not all on the day of the demo
    funder_events = history.events(E.FUNDER, 1)
    assert funder_events[0].actor in volunteers
    assert funder_events[0].occurred_at.date() < TODAY - dt.timedelta(days=30)
    [dropped] = history.deleted(E.APPLICATION)
    assert dropped.deleted_by in volunteers
    assert dropped.deleted_at.date() < TODAY
    dropped_changes = _fields(history.deleted_events(dropped))
    assert ("transition", "status", "drafting", "withdrawn") in dropped_changes
    assert dropped_changes[-1][0] == "deleted"


def test_calls_imported_in_bulk_have_their_history(database: Database, history: HistoryService) -> None:
    """An Aides-territoires import writes its calls in batches, without the ORM: their creation and
    each field an import changes are in the history all the same."""
    from coopdesk.domain.calls import CallFilter, CallWindow
    from coopdesk.formats.aides_territoires import AidFilter
    from coopdesk.services.aides_import_service import AidesImportService
    from tests.services.test_aides_import_service import aid, page

    service = AidesImportService(database)
    service.apply(service.preview([("janvier.json", page(aid(1), aid(2)))], AidFilter(), TODAY), None, TODAY)
    rows = {
        row.source_id: row for row in CallService(database).list(CallFilter(window=CallWindow.ALL), TODAY)
    }
    first = history.events(E.CALL, rows["1001"].id)
    assert first[0].action is A.CREATED
    assert first[0].entity_label == "Appel à projets n°1"
    assert ("created", "deadline", None, "2026-12-31") in _fields(first)
    assert ("created", "funder", None, "Région Occitanie") in _fields(first)
    newer = page(aid(1, submission_deadline="2027-01-15"), aid(2))
    service.apply(service.preview([("fevrier.json", newer)], AidFilter(), TODAY), None, TODAY)
    moved = _fields(history.events(E.CALL, rows["1001"].id))
    assert moved[-1] == ("updated", "deadline", "2026-12-31", "2027-01-15")
    assert [event.action for event in history.events(E.CALL, rows["1002"].id)] == [A.CREATED] * len(
        history.events(E.CALL, rows["1002"].id)
    )
