"""The association's profile: read it, check it, save it."""

from __future__ import annotations

from coopdesk.domain.association import validate_profile
from coopdesk.domain.rows import AssociationProfile
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import association_repository


class AssociationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def profile(self) -> AssociationProfile | None:
        with self._database.session() as session:
            return association_repository.load(session)

    def save_profile(self, profile: AssociationProfile) -> AssociationProfile:
        """Validate then save; raises FieldErrors (nothing saved) or StaleEdit (someone saved first)."""
        clean = validate_profile(profile)
        with self._database.session() as session:
            return association_repository.save(session, clean)
