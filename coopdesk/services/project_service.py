"""Projects: what the association wants funded, and how far its applications cover the budget."""

from __future__ import annotations

from coopdesk.domain.applications import ProjectInput, ProjectRow, ProjectSummary, validate_project
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import project_repository


class ProjectService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self) -> list[ProjectRow]:
        with self._database.session() as session:
            return project_repository.list_projects(session)

    def get(self, project_id: int) -> ProjectRow:
        with self._database.session() as session:
            return project_repository.get(session, project_id)

    def create(self, data: ProjectInput) -> ProjectRow:
        """Raises FieldErrors or NotFound for an unknown owner (nothing saved)."""
        clean = validate_project(data)
        with self._database.session() as session:
            return project_repository.add(session, clean)

    def update(self, project_id: int, expected_version: int, data: ProjectInput) -> ProjectRow:
        clean = validate_project(data)
        with self._database.session() as session:
            return project_repository.update(session, project_id, expected_version, clean)

    def delete(self, project_id: int) -> None:
        """Delete a project and its budget; raises InUse when applications belong to it."""
        with self._database.session() as session:
            project_repository.delete(session, project_id)

    def summary(self, project_id: int) -> ProjectSummary:
        """The project's applications, one line per funder, planned charges, covered and uncovered share.
        Each funder's line counts every request made to it, refused or withdrawn ones included."""
        with self._database.session() as session:
            return project_repository.summary(session, project_id)

    def set_aside_requested(self, project_id: int) -> int:
        """Cents asked by the project's refused or withdrawn applications: the total of its live requests
        is the sum of its funder lines minus this, and the page shows both."""
        with self._database.session() as session:
            return project_repository.set_aside_requested(session, project_id)
