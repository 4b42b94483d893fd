"""Where the data lives and whether it is sound: for Paramètres, `coopdesk check` and first start."""

from __future__ import annotations

from coopdesk.domain.rows import DatabaseInfo
from coopdesk.paths import Locations
from coopdesk.storage.database import CheckFinding, Database
from coopdesk.storage.repositories import dashboard_repository


class DatabaseService:
    def __init__(self, database: Database, locations: Locations) -> None:
        self._database = database
        self._locations = locations

    @property
    def locations(self) -> Locations:
        """Where the database and the data folder of this service are (read-only)."""
        return self._locations

    def info(self) -> DatabaseInfo:
        return DatabaseInfo(
            location=self._database.location,
            dialect=self._database.dialect,
            schema_revision=self._database.schema_state().current,
            data_dir=str(self._locations.data_dir),
            backup_dir=str(self._locations.backup_dir),
        )

    def check(self) -> list[CheckFinding]:
        return self._database.check()

    def is_empty(self) -> bool:
        with self._database.session() as session:
            return dashboard_repository.is_empty(session)
