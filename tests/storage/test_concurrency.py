"""Two people saving the same record: the second save is refused, never silently overwritten."""

from __future__ import annotations

import pytest

from coopdesk.domain.errors import StaleEdit
from coopdesk.domain.rows import AssociationProfile, VolunteerInput
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import association_repository, volunteer_repository
from coopdesk.storage.tables import Volunteer


def test_a_stale_volunteer_edit_is_refused(database: Database) -> None:
    with database.session() as session:
        created = volunteer_repository.add(session, VolunteerInput(name="Camille Roussel"))
    with database.session() as session:
        volunteer_repository.update(session, created.id, created.version, VolunteerInput(name="Camille R."))
    with pytest.raises(StaleEdit), database.session() as session:
        volunteer_repository.update(session, created.id, created.version, VolunteerInput(name="Camille Rsl"))
    with database.session() as session:
        assert [row.name for row in volunteer_repository.list_all(session)] == ["Camille R."]


def test_interleaved_sessions_are_caught_by_the_version_column(database: Database) -> None:
    with database.session() as session:
        volunteer_id = volunteer_repository.add(session, VolunteerInput(name="Yanis Morel")).id
    with pytest.raises(StaleEdit), database.session() as first, database.session() as second:  # noqa: PT012
        first.get(Volunteer, volunteer_id).role = "Trésorier"  # type: ignore[union-attr]
        second.get(Volunteer, volunteer_id).role = "Secrétaire"  # type: ignore[union-attr]
        second.flush()
        second.commit()
    with database.session() as session:
        assert session.get(Volunteer, volunteer_id).role == "Secrétaire"  # type: ignore[union-attr]


def test_the_association_profile_is_protected_too(database: Database) -> None:
    with database.session() as session:
        saved = association_repository.save(session, AssociationProfile(name="Le Panier du Lez"))
    with database.session() as session:
        association_repository.save(session, AssociationProfile(name="Panier du Lez", version=saved.version))
    with pytest.raises(StaleEdit), database.session() as session:
        association_repository.save(session, AssociationProfile(name="Autre nom", version=saved.version))
    with database.session() as session:
        profile = association_repository.load(session)
    assert profile is not None
    assert profile.name == "Panier du Lez"
