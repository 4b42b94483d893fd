"""Volunteers: created, edited, and never deleted while others refer to them."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.errors import FieldErrors, InUse, NotFound
from coopdesk.domain.rows import VolunteerInput
from coopdesk.services.volunteer_service import VolunteerService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import TimeEntry


def test_create_edit_and_list(database: Database) -> None:
    service = VolunteerService(database)
    camille = service.create(VolunteerInput(name=" Camille  Roussel ", email="camille@exemple.fr"))
    yanis = service.create(VolunteerInput(name="Yanis Morel", phone="06 12 34 56 78"))
    assert camille.name == "Camille Roussel"
    assert yanis.phone == "06 12 34 56 78"
    service.update(yanis.id, yanis.version, VolunteerInput(name="Yanis Morel", active=False))
    assert [row.name for row in service.list()] == ["Camille Roussel", "Yanis Morel"]
    assert [row.name for row in service.list(include_inactive=False)] == ["Camille Roussel"]


def test_bad_input_is_refused_field_by_field(database: Database) -> None:
    service = VolunteerService(database)
    with pytest.raises(FieldErrors) as raised:
        service.create(VolunteerInput(name="", email="pas-un-courriel", phone="12"))
    assert set(raised.value.errors) == {"name", "email", "phone"}
    assert service.list() == []


def test_a_volunteer_with_time_entries_cannot_be_deleted(database: Database) -> None:
    service = VolunteerService(database)
    volunteer = service.create(VolunteerInput(name="Nadia Benali"))
    with database.session() as session:
        session.add(
            TimeEntry(volunteer_id=volunteer.id, spent_on=dt.date(2026, 3, 2), minutes=90, activity="writing")
        )
    with pytest.raises(InUse) as raised:
        service.delete(volunteer.id)
    assert raised.value.used_by == "time_entry"
    assert [row.id for row in service.list()] == [volunteer.id]


def test_delete(database: Database) -> None:
    service = VolunteerService(database)
    volunteer = service.create(VolunteerInput(name="Paul Girard"))
    service.delete(volunteer.id)
    assert service.list() == []
    with pytest.raises(NotFound):
        service.delete(volunteer.id)
