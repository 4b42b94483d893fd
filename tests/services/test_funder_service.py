"""Funders: search as you type, the editor, archiving, deleting, and the funder's sheet."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from coopdesk.domain.calls import CallFilter, CallInput, CallWindow
from coopdesk.domain.enums import (
    ApplicationStatus,
    FunderKind,
    FunderLevel,
    InteractionKind,
    SubmissionPlatform,
)
from coopdesk.domain.errors import FieldErrors, InUse, NotFound, StaleEdit
from coopdesk.domain.funders import ContactInput, FunderInput, InteractionInput, YearTotals
from coopdesk.services.call_service import CallService
from coopdesk.services.contact_service import ContactService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.interaction_service import InteractionService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Application, Call, Contact, ContactTopic, Funder

TODAY = dt.date(2026, 11, 28)
S = ApplicationStatus


def funder(
    funder_service: FunderService, name: str, kind: FunderKind = FunderKind.STATE_SERVICE, **fields: object
) -> int:
    return funder_service.create(FunderInput(name=name, kind=kind, **fields)).id  # type: ignore[arg-type]


def names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.name for row in rows]


@pytest.fixture
def funders(database: Database) -> FunderService:
    return FunderService(database)


def test_create_and_get(funders: FunderService) -> None:
    created = funders.create(
        FunderInput(
            name="  DDETS de l'Hérault ",
            kind=FunderKind.STATE_SERVICE,
            service="Pôle cohésion sociale",
            street="615 boulevard d'Antigone",
            postal_code="34000",
            city="Montpellier",
            website="herault.gouv.fr",
            platform=SubmissionPlatform.COMPTE_ASSO,
            notes="Dépôt sur Le Compte Asso.",
        )
    )
    assert created.name == "DDETS de l'Hérault"
    assert created.level == FunderLevel.DEPARTMENTAL  # the default of a State service
    assert created.version == 1
    assert funders.get(created.id) == created
    with pytest.raises(NotFound):
        funders.get(created.id + 1)


def test_bad_input_saves_nothing(funders: FunderService) -> None:
    with pytest.raises(FieldErrors) as raised:
        funders.create(FunderInput(name="", kind=FunderKind.CAF, postal_code="ABC"))
    assert set(raised.value.errors) == {"name", "postal_code"}
    assert funders.list_all() == []


def test_update_and_stale_edit(funders: FunderService) -> None:
    created = funders.create(FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF))
    renamed = funders.update(
        created.id,
        created.version,
        FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF, service="Action sociale"),
    )
    assert renamed.service == "Action sociale"
    assert renamed.version == created.version + 1
    with pytest.raises(StaleEdit) as raised:
        funders.update(created.id, created.version, FunderInput(name="CAF 34", kind=FunderKind.CAF))
    assert raised.value.entity_id == created.id
    assert funders.get(created.id).name == "CAF de l'Hérault"


def test_search_ignores_case_accents_and_apostrophes(funders: FunderService) -> None:
    funder(funders, "DDETS de l'Hérault")
    funder(funders, "Région Occitanie", FunderKind.REGION)
    funder(funders, "Fondation de France", FunderKind.FOUNDATION)
    assert names(funders.search("hér")) == ["DDETS de l'Hérault"]
    assert names(funders.search("HERAULT ddets")) == ["DDETS de l'Hérault"]
    assert names(funders.search("l'hérault")) == ["DDETS de l'Hérault"]
    assert names(funders.search("region")) == ["Région Occitanie"]
    assert names(funders.search("de")) == ["DDETS de l'Hérault", "Fondation de France"]
    assert names(funders.search("")) == ["DDETS de l'Hérault", "Fondation de France", "Région Occitanie"]
    assert funders.search("herault occitanie") == []
    assert funders.search("100%") == []  # no wildcard slips through


def test_search_finds_a_funder_by_its_service_contacts_and_topics(
    database: Database, funders: FunderService
) -> None:
    ddets = funder(funders, "DDETS de l'Hérault", service="Pôle solidarités")
    caf = funder(funders, "CAF de l'Hérault", FunderKind.CAF)
    contacts = ContactService(database)
    claire = contacts.create(
        ContactInput(funder_id=ddets, name="Claire Castan", topics=("aide alimentaire",))
    )
    contacts.create(ContactInput(funder_id=caf, name="Karim Benali", topics=("parentalité",)))
    assert names(funders.search("solidarites")) == ["DDETS de l'Hérault"]
    assert names(funders.search("castan")) == ["DDETS de l'Hérault"]
    assert names(funders.search("alimentaire")) == ["DDETS de l'Hérault"]
    assert names(funders.search("parentalite karim")) == ["CAF de l'Hérault"]
    # Renaming a contact moves the funder in the search, without touching the funder's version.
    version = funders.get(ddets).version
    contacts.update(
        claire.id, claire.version, ContactInput(funder_id=ddets, name="Claire Fabre", topics=("PAT",))
    )
    assert funders.search("castan") == []
    assert names(funders.search("fabre pat")) == ["DDETS de l'Hérault"]
    assert funders.get(ddets).version == version


def test_filters_by_kind_level_and_archived(funders: FunderService) -> None:
    funder(funders, "DDETS de l'Hérault")
    dreets = funders.create(
        FunderInput(name="DREETS Occitanie", kind=FunderKind.STATE_SERVICE, level=FunderLevel.REGIONAL)
    )
    funder(funders, "Région Occitanie", FunderKind.REGION)
    assert names(funders.search(kind=FunderKind.STATE_SERVICE)) == ["DDETS de l'Hérault", "DREETS Occitanie"]
    assert names(funders.search("occitanie", level=FunderLevel.REGIONAL)) == [
        "DREETS Occitanie",
        "Région Occitanie",
    ]
    assert names(funders.search(kind=FunderKind.STATE_SERVICE, level=FunderLevel.REGIONAL)) == [
        "DREETS Occitanie"
    ]
    archived = funders.archive(dreets.id, dreets.version)
    assert archived.archived
    assert names(funders.search("occitanie")) == ["Région Occitanie"]
    assert names(funders.search("occitanie", include_archived=True)) == [
        "DREETS Occitanie",
        "Région Occitanie",
    ]
    assert not funders.archive(dreets.id, archived.version, archived=False).archived


def test_search_is_limited_and_sorted_without_regard_to_accents(funders: FunderService) -> None:
    for name in ["Énergie solidaire", "Echo des plaines", "Fondation Abbé", "Eau vive"]:
        funder(funders, name, FunderKind.FOUNDATION)
    assert names(funders.search("e", limit=3)) == ["Eau vive", "Echo des plaines", "Énergie solidaire"]
    assert len(funders.search("e", limit=None)) == 4


def test_list_rows_count_active_contacts_and_know_the_last_exchange(
    database: Database, funders: FunderService
) -> None:
    ddets = funder(funders, "DDETS de l'Hérault")
    contacts = ContactService(database)
    contacts.create(ContactInput(funder_id=ddets, name="Claire Castan"))
    contacts.create(ContactInput(funder_id=ddets, name="Paul Roux", active=False))
    interactions = InteractionService(database)
    for day in (dt.date(2026, 3, 2), dt.date(2026, 9, 14), dt.date(2025, 12, 1)):
        interactions.create(InteractionInput(funder_id=ddets, occurred_on=day, kind=InteractionKind.CALL))
    [row] = funders.search("ddets")
    assert row.active_contacts == 1
    assert row.last_exchange_on == dt.date(2026, 9, 14)
    assert [(row.id, row.name, row.kind) for row in funders.list_all()] == [
        (ddets, "DDETS de l'Hérault", FunderKind.STATE_SERVICE)
    ]


def test_a_funder_with_only_contacts_and_calls_may_be_deleted(
    database: Database, funders: FunderService
) -> None:
    ddets = funder(funders, "DDETS de l'Hérault")
    ContactService(database).create(ContactInput(funder_id=ddets, name="Claire Castan", topics=("PAT",)))
    call = CallService(database).create(CallInput(title="Aide alimentaire 2027", funder_id=ddets), TODAY)
    funders.delete(ddets)
    with database.session() as session:
        assert session.scalars(select(Funder)).all() == []
        assert session.scalars(select(Contact)).all() == []
        assert session.scalars(select(ContactTopic)).all() == []
        kept = session.get(Call, call.id)
        assert kept is not None
        assert kept.funder_id is None
    with pytest.raises(NotFound):
        funders.delete(ddets)


@pytest.mark.parametrize("used_by", ["application", "interaction"])
def test_a_funder_with_history_cannot_be_deleted(
    database: Database, funders: FunderService, used_by: str
) -> None:
    ddets = funder(funders, "DDETS de l'Hérault")
    if used_by == "interaction":
        InteractionService(database).create(
            InteractionInput(funder_id=ddets, occurred_on=TODAY, kind=InteractionKind.MEETING)
        )
    else:
        with database.session() as session:
            session.add(Application(title="Aide alimentaire", funder_id=ddets, status=S.IDEA))
    with pytest.raises(InUse) as raised:
        funders.delete(ddets)
    assert raised.value.used_by == used_by
    assert names(funders.search()) == ["DDETS de l'Hérault"]


def _application(funder_id: int, status: ApplicationStatus, requested: int, **fields: object) -> Application:
    return Application(
        title=f"{status.value} {requested}",
        funder_id=funder_id,
        status=status.value,
        amount_requested_cents=requested,
        **fields,
    )


def test_the_sheet_gathers_contacts_calls_applications_totals_and_exchanges(
    database: Database, funders: FunderService
) -> None:
    ddets = funder(funders, "DDETS de l'Hérault")
    other = funder(funders, "CAF de l'Hérault", FunderKind.CAF)
    contacts = ContactService(database)
    former = contacts.create(ContactInput(funder_id=ddets, name="Paul Roux", active=False))
    claire = contacts.create(ContactInput(funder_id=ddets, name="Claire Castan"))
    CallService(database).create(
        CallInput(title="Aide alimentaire 2027", funder_id=ddets, deadline=dt.date(2026, 12, 18)), TODAY
    )
    interactions = InteractionService(database)
    first = interactions.create(
        InteractionInput(funder_id=ddets, occurred_on=dt.date(2026, 2, 3), kind=InteractionKind.CALL)
    )
    last = interactions.create(
        InteractionInput(
            funder_id=ddets,
            occurred_on=dt.date(2026, 10, 5),
            kind=InteractionKind.MEETING,
            contact_id=claire.id,
        )
    )
    d = dt.date
    with database.session() as session:
        session.add_all(
            [
                # 2025: one granted in part, one refused (decided in 2026: still counted in 2025), one paid.
                _application(ddets, S.PARTIALLY_GRANTED, 2_000_000, submitted_on=d(2025, 3, 1),
                             decision_on=d(2025, 6, 1), amount_granted_cents=1_500_000),
                _application(ddets, S.REFUSED, 800_000, submitted_on=d(2025, 11, 2),
                             decision_on=d(2026, 2, 1), refusal_reason=""),
                _application(ddets, S.PAID, 500_000, submitted_on=d(2025, 9, 1), decision_on=d(2025, 12, 1),
                             amount_granted_cents=500_000),
                # 2026: one pending, one closed after a refusal, one withdrawn (not counted).
                _application(ddets, S.UNDER_REVIEW, 1_000_000, submitted_on=d(2026, 4, 1)),
                _application(ddets, S.CLOSED, 300_000, submitted_on=d(2026, 1, 10), decision_on=d(2026, 3, 1),
                             refusal_reason="Hors critères"),
                _application(ddets, S.WITHDRAWN, 700_000, submitted_on=d(2026, 2, 1)),
                # Not submitted, or another funder's: not counted.
                _application(ddets, S.DRAFTING, 900_000),
                _application(other, S.GRANTED, 100_000, submitted_on=d(2026, 1, 1), decision_on=d(2026, 2, 1),
                             amount_granted_cents=100_000),
            ]
        )  # fmt: skip
    sheet = funders.sheet(ddets, TODAY)
    assert sheet.funder.name == "DDETS de l'Hérault"
    assert [contact.id for contact in sheet.contacts] == [claire.id, former.id]  # in post first
    assert sheet.contacts[0].last_exchange_on == d(2026, 10, 5)
    assert [(call.title, call.days_left) for call in sheet.calls] == [("Aide alimentaire 2027", 20)]
    assert [row.id for row in sheet.interactions] == [last.id, first.id]
    assert sheet.last_exchange_on == d(2026, 10, 5)
    assert len(sheet.applications) == 7
    assert sheet.applications[0].status == S.DRAFTING  # not yet submitted: the newest
    assert sheet.totals == (
        YearTotals(2026, applications=2, requested_cents=1_300_000, granted_cents=0, refused_cents=300_000,
                   pending_cents=1_000_000),
        YearTotals(2025, applications=3, requested_cents=3_300_000, granted_cents=2_000_000,
                   refused_cents=800_000, pending_cents=0),
    )  # fmt: skip


def test_the_sheet_of_a_new_funder_is_empty(funders: FunderService) -> None:
    sheet = funders.sheet(funder(funders, "Fondation de France", FunderKind.FOUNDATION), TODAY)
    assert (sheet.contacts, sheet.calls, sheet.applications, sheet.totals, sheet.interactions) == ((),) * 5
    assert sheet.last_exchange_on is None
    assert dataclasses.asdict(sheet)["funder"]["name"] == "Fondation de France"


def test_demo_funders_are_found_by_their_contacts_and_topics(
    database: Database, funders: FunderService
) -> None:
    DemoService(database).fill(TODAY)
    contacts = ContactService(database)
    someone = contacts.list(text="ddets", include_former=False)[0]
    assert [row.id for row in funders.search(someone.name)] == [someone.funder_id]
    assert names(funders.search("epiceries solidaires")) == sorted(
        {row.funder_name for row in contacts.list(text="épiceries solidaires")}, key=str.casefold
    )
    calls = CallService(database).list(CallFilter(window=CallWindow.ALL, text="aide alimentaire"), TODAY)
    assert "Appel à projets Aide alimentaire 2027" in [call.title for call in calls]
