"""Calls for projects: the list counted down from today, its filters, the editor, and the import hooks."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.calls import CallFilter, CallInput, CallWindow, ImportedSource
from coopdesk.domain.enums import ApplicationStatus, FunderKind, FundingType, Recurrence
from coopdesk.domain.errors import FieldErrors, InUse, NotFound, StaleEdit
from coopdesk.domain.funders import FunderInput
from coopdesk.services.call_service import CallService
from coopdesk.services.funder_service import FunderService
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import call_repository
from coopdesk.storage.tables import Application

TODAY = dt.date(2026, 11, 28)
DAY = dt.timedelta(days=1)


@pytest.fixture
def calls(database: Database) -> CallService:
    return CallService(database)


@pytest.fixture
def ddets(database: Database) -> int:
    return (
        FunderService(database)
        .create(FunderInput(name="DDETS de l'Hérault", kind=FunderKind.STATE_SERVICE))
        .id
    )


@pytest.fixture
def region(database: Database) -> int:
    return FunderService(database).create(FunderInput(name="Région Occitanie", kind=FunderKind.REGION)).id


def titles(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.title for row in rows]


@pytest.fixture
def some_calls(calls: CallService, ddets: int, region: int) -> None:
    specs = [
        CallInput(title="Aide alimentaire 2027", funder_id=ddets, deadline=TODAY + 20 * DAY,
                  recurrence=Recurrence.RECURRING, description="Soutien au fonctionnement des épiceries."),
        CallInput(title="PAT actions solidaires", funder_id=region, deadline=TODAY - 6 * DAY,
                  recurrence=Recurrence.RECURRING, funding_type=FundingType.BOTH),
        CallInput(title="Tiers-lieux nourriciers", funder_id=region, deadline=TODAY + 99 * DAY,
                  funding_type=FundingType.INVESTMENT, eligibility="Collectivités, associations."),
        CallInput(title="Fonds d'investissement", funder_id=region, recurrence=Recurrence.ONGOING,
                  funding_type=FundingType.INVESTMENT),
        CallInput(title="Appel clos", deadline=TODAY - 40 * DAY),
        CallInput(title="Clôture aujourd'hui", funder_id=ddets, deadline=TODAY),
    ]  # fmt: skip
    for spec in specs:
        calls.create(spec, TODAY)


@pytest.mark.usefixtures("some_calls")
def test_windows_of_the_list(calls: CallService) -> None:
    def window(which: CallWindow) -> list[str]:
        return titles(calls.list(CallFilter(window=which), TODAY))

    assert window(CallWindow.OPEN) == [
        "Clôture aujourd'hui",
        "Aide alimentaire 2027",
        "Tiers-lieux nourriciers",
        "Fonds d'investissement",  # no deadline: last
    ]
    assert window(CallWindow.CLOSING_SOON) == ["Clôture aujourd'hui", "Aide alimentaire 2027"]
    assert window(CallWindow.CLOSED) == ["PAT actions solidaires", "Appel clos"]  # latest closed first
    assert len(window(CallWindow.ALL)) == 6
    assert titles(calls.list(today=TODAY)) == window(CallWindow.OPEN)


@pytest.mark.usefixtures("some_calls")
def test_each_call_counts_down_and_knows_its_next_deadline(calls: CallService) -> None:
    rows = {row.title: row for row in calls.list(CallFilter(window=CallWindow.ALL), TODAY)}
    assert (rows["Aide alimentaire 2027"].days_left, rows["Aide alimentaire 2027"].next_deadline) == (
        20,
        TODAY + 20 * DAY,
    )
    assert rows["Clôture aujourd'hui"].days_left == 0
    pat = rows["PAT actions solidaires"]
    assert (pat.days_left, pat.next_deadline) == (-6, dt.date(2027, 11, 22))  # recurring: next year
    assert (rows["Appel clos"].days_left, rows["Appel clos"].next_deadline) == (-40, None)
    assert (rows["Fonds d'investissement"].days_left, rows["Fonds d'investissement"].next_deadline) == (
        None,
        None,
    )
    assert rows["Appel clos"].funder_name == ""


@pytest.mark.usefixtures("some_calls")
def test_filters_by_funder_funding_type_recurrence_and_text(calls: CallService, region: int) -> None:
    def found(**fields: object) -> list[str]:
        return titles(calls.list(CallFilter(window=CallWindow.ALL, **fields), TODAY))  # type: ignore[arg-type]

    assert found(funder_id=region) == [
        "PAT actions solidaires",
        "Tiers-lieux nourriciers",
        "Fonds d'investissement",
    ]
    assert found(funding_type=FundingType.INVESTMENT) == ["Tiers-lieux nourriciers", "Fonds d'investissement"]
    assert found(recurrence=Recurrence.RECURRING) == ["PAT actions solidaires", "Aide alimentaire 2027"]
    assert found(text="EPICERIES") == ["Aide alimentaire 2027"]  # in the description, without accents
    assert found(text="occitanie") == found(funder_id=region)  # the funder's name
    assert found(text="occitanie invest") == ["Fonds d'investissement"]
    assert found(text="collectivites") == ["Tiers-lieux nourriciers"]  # eligibility
    assert found(text="tiers lieux") == ["Tiers-lieux nourriciers"]
    assert found(text="aide", limit=1) == ["Aide alimentaire 2027"]


def test_bad_input_saves_nothing(calls: CallService, ddets: int) -> None:
    with pytest.raises(FieldErrors) as raised:
        calls.create(
            CallInput(
                title="",
                funder_id=ddets,
                amount_min_cents=500_000,
                amount_max_cents=100_000,
                opens_on=TODAY,
                deadline=TODAY - DAY,
            ),
            TODAY,
        )
    assert set(raised.value.errors) == {"title", "amount_max_cents", "deadline"}
    with pytest.raises(NotFound):
        calls.create(CallInput(title="Appel", funder_id=ddets + 100), TODAY)
    assert calls.list(CallFilter(window=CallWindow.ALL, include_archived=True), TODAY) == []


def test_update_archive_and_stale_edit(calls: CallService, ddets: int) -> None:
    created = calls.create(
        CallInput(
            title="Aide alimentaire", funder_id=ddets, url="ddets.exemple.fr/aap", deadline=TODAY + 5 * DAY
        ),
        TODAY,
    )
    assert created.url == "https://ddets.exemple.fr/aap"
    moved = calls.update(
        created.id, created.version, CallInput(title="Aide alimentaire", deadline=TODAY + 9 * DAY), TODAY
    )
    assert (moved.days_left, moved.funder_id) == (9, None)
    with pytest.raises(StaleEdit):
        calls.update(created.id, created.version, CallInput(title="Autre"), TODAY)
    archived = calls.archive(moved.id, moved.version, today=TODAY)
    assert archived.archived
    assert calls.list(CallFilter(window=CallWindow.ALL), TODAY) == []
    assert titles(calls.list(CallFilter(window=CallWindow.ALL, include_archived=True), TODAY)) == [
        "Aide alimentaire"
    ]
    assert calls.get(created.id, TODAY).version == archived.version


def test_a_call_with_applications_cannot_be_deleted(
    database: Database, calls: CallService, ddets: int
) -> None:
    used = calls.create(CallInput(title="Aide alimentaire", funder_id=ddets), TODAY)
    unused = calls.create(CallInput(title="Autre appel", funder_id=ddets), TODAY)
    with database.session() as session:
        session.add(
            Application(title="Dossier", funder_id=ddets, call_id=used.id, status=ApplicationStatus.IDEA)
        )
    with pytest.raises(InUse) as raised:
        calls.delete(used.id)
    assert raised.value.used_by == "application"
    calls.delete(unused.id)
    assert titles(calls.list(CallFilter(window=CallWindow.ALL), TODAY)) == ["Aide alimentaire"]
    with pytest.raises(NotFound):
        calls.delete(unused.id)


def test_import_hooks_match_by_source_id_then_slug(
    database: Database, calls: CallService, ddets: int
) -> None:
    source = ImportedSource(
        "123456", "aide-alimentaire-2027-3456", dt.datetime(2026, 11, 1, 3, tzinfo=dt.UTC)
    )
    with database.session() as session:
        assert call_repository.find_by_source(session, "123456", "aide-alimentaire-2027-3456", TODAY) is None
        first = call_repository.save_imported(
            session,
            None,
            CallInput(title="Aide alimentaire 2027", funder_id=ddets, deadline=TODAY),
            source,
            TODAY,
        )
    assert first.imported
    with database.session() as session:
        by_id = call_repository.find_by_source(session, "123456", None, TODAY)
        by_slug = call_repository.find_by_source(session, "999", "aide-alimentaire-2027-3456", TODAY)
        assert by_id is not None
        assert by_slug is not None
        assert by_id.id == by_slug.id == first.id
        again = call_repository.save_imported(
            session,
            first.id,
            CallInput(title="Aide alimentaire 2027", deadline=TODAY + 7 * DAY),
            source,
            TODAY,
        )
    assert (again.id, again.days_left, again.version) == (first.id, 7, first.version + 1)
    assert titles(calls.list(CallFilter(text="alimentaire"), TODAY)) == ["Aide alimentaire 2027"]
