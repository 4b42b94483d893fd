"""Exchanges with funders: the timeline, links to contacts, and the follow-ups due."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.enums import FunderKind, InteractionKind
from coopdesk.domain.errors import FieldErrors, InvalidValueCode, NotFound, StaleEdit
from coopdesk.domain.funders import ContactInput, FunderInput, InteractionInput
from coopdesk.services.contact_service import ContactService
from coopdesk.services.funder_service import FunderService
from coopdesk.services.interaction_service import InteractionService
from coopdesk.storage.database import Database

TODAY = dt.date(2026, 11, 28)
DAY = dt.timedelta(days=1)


@pytest.fixture
def interactions(database: Database) -> InteractionService:
    return InteractionService(database)


@pytest.fixture
def ddets(database: Database) -> int:
    return (
        FunderService(database)
        .create(FunderInput(name="DDETS de l'Hérault", kind=FunderKind.STATE_SERVICE))
        .id
    )


@pytest.fixture
def caf(database: Database) -> int:
    return FunderService(database).create(FunderInput(name="CAF de l'Hérault", kind=FunderKind.CAF)).id


def exchange(funder_id: int, occurred_on: dt.date, **fields: object) -> InteractionInput:
    return InteractionInput(funder_id=funder_id, occurred_on=occurred_on, kind=InteractionKind.CALL, **fields)  # type: ignore[arg-type]


def test_create_and_list_newest_first(
    database: Database, interactions: InteractionService, ddets: int, caf: int
) -> None:
    claire = ContactService(database).create(ContactInput(funder_id=ddets, name="Claire Castan"))
    old = interactions.create(exchange(ddets, dt.date(2026, 3, 1), summary=" Premier contact. "))
    new = interactions.create(
        InteractionInput(
            funder_id=ddets,
            occurred_on=dt.date(2026, 10, 2),
            kind=InteractionKind.MEETING,
            contact_id=claire.id,
            participants="Camille Roussel ; Claire Castan",
            summary="Comité de suivi.",
            follow_up_on=dt.date(2026, 12, 1),
        )
    )
    other = interactions.create(exchange(caf, dt.date(2026, 6, 1)))
    assert old.summary == "Premier contact."
    assert (new.funder_name, new.contact_name, new.kind) == ("DDETS de l'Hérault", "Claire Castan", "meeting")
    assert [row.id for row in interactions.list()] == [new.id, other.id, old.id]
    assert [row.id for row in interactions.list(funder_id=ddets)] == [new.id, old.id]
    assert [row.id for row in interactions.list(contact_id=claire.id)] == [new.id]
    assert [row.id for row in interactions.list(limit=1)] == [new.id]
    assert interactions.get(new.id) == new


def test_a_contact_of_another_funder_is_refused(
    database: Database, interactions: InteractionService, ddets: int, caf: int
) -> None:
    karim = ContactService(database).create(ContactInput(funder_id=caf, name="Karim Benali"))
    with pytest.raises(FieldErrors) as raised:
        interactions.create(exchange(ddets, TODAY, contact_id=karim.id))
    assert raised.value.errors["contact_id"].code == InvalidValueCode.OUT_OF_RANGE
    with pytest.raises(NotFound):
        interactions.create(exchange(ddets, TODAY, contact_id=karim.id + 1))
    with pytest.raises(NotFound):
        interactions.create(exchange(caf + ddets, TODAY))
    assert interactions.list() == []


def test_a_follow_up_before_the_exchange_is_refused(interactions: InteractionService, ddets: int) -> None:
    with pytest.raises(FieldErrors) as raised:
        interactions.create(exchange(ddets, TODAY, follow_up_on=TODAY - DAY))
    assert list(raised.value.errors) == ["follow_up_on"]
    assert interactions.list() == []


def test_update_and_stale_edit(interactions: InteractionService, ddets: int) -> None:
    created = interactions.create(exchange(ddets, TODAY, summary="Appel"))
    edited = interactions.update(
        created.id, created.version, exchange(ddets, TODAY, summary="Appel à la DDETS")
    )
    assert edited.summary == "Appel à la DDETS"
    with pytest.raises(StaleEdit):
        interactions.update(created.id, created.version, exchange(ddets, TODAY, summary="Autre"))
    assert interactions.get(created.id).summary == "Appel à la DDETS"


def test_follow_ups_due_within_the_horizon_overdue_included(
    interactions: InteractionService, ddets: int
) -> None:
    overdue = interactions.create(exchange(ddets, TODAY - 40 * DAY, follow_up_on=TODAY - 10 * DAY))
    due_today = interactions.create(exchange(ddets, TODAY - 5 * DAY, follow_up_on=TODAY))
    soon = interactions.create(exchange(ddets, TODAY, follow_up_on=TODAY + 30 * DAY))
    later = interactions.create(exchange(ddets, TODAY, follow_up_on=TODAY + 31 * DAY))
    interactions.create(exchange(ddets, TODAY - 60 * DAY, follow_up_on=TODAY - 50 * DAY, follow_up_done=True))
    interactions.create(exchange(ddets, TODAY))  # no follow-up
    assert [row.id for row in interactions.follow_ups_due(TODAY)] == [overdue.id, due_today.id, soon.id]
    assert [row.id for row in interactions.follow_ups_due(TODAY, horizon_days=0)] == [
        overdue.id,
        due_today.id,
    ]
    assert [row.id for row in interactions.follow_ups_due(TODAY, horizon_days=45)][-1] == later.id
    assert interactions.follow_ups_due(TODAY)[0].follow_up_overdue(TODAY)


def test_mark_done(interactions: InteractionService, ddets: int) -> None:
    due = interactions.create(exchange(ddets, TODAY, follow_up_on=TODAY))
    done = interactions.mark_done(due.id, due.version)
    assert done.follow_up_done
    assert interactions.follow_ups_due(TODAY) == []
    with pytest.raises(StaleEdit):
        interactions.mark_done(due.id, due.version, done=False)
    reopened = interactions.mark_done(due.id, done.version, done=False)
    assert [row.id for row in interactions.follow_ups_due(TODAY)] == [reopened.id]
    no_follow_up = interactions.create(exchange(ddets, TODAY))
    with pytest.raises(FieldErrors):
        interactions.mark_done(no_follow_up.id, no_follow_up.version)


def test_delete(interactions: InteractionService, ddets: int) -> None:
    created = interactions.create(exchange(ddets, TODAY))
    interactions.delete(created.id)
    assert interactions.list() == []
    with pytest.raises(NotFound):
        interactions.delete(created.id)
