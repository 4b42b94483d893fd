"""Who changed what and when: the history of an application (with its payments), of a funder or a
call, and the records deleted, whose history is kept."""

from __future__ import annotations

from coopdesk.domain.history import ChangeEventRow, DeletedRecordRow, HistoryEntity
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import history_repository


class HistoryService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def events(self, entity: HistoryEntity, entity_id: int) -> list[ChangeEventRow]:
        """Every change of the record (and of an application's payments), oldest first."""
        with self._database.session() as session:
            return history_repository.events_of(session, entity, entity_id)

    def deleted(self, entity: HistoryEntity = HistoryEntity.APPLICATION) -> list[DeletedRecordRow]:
        """Records of that kind deleted, latest first (the 500 latest)."""
        with self._database.session() as session:
            return history_repository.deleted(session, entity)

    def deleted_events(self, record: DeletedRecordRow) -> list[ChangeEventRow]:
        """The whole history of a deleted record, up to its deletion, oldest first."""
        with self._database.session() as session:
            return history_repository.events_of(
                session, record.entity, record.entity_id, record.deletion_event_id
            )

    def last_change(self, entity: HistoryEntity, entity_id: int) -> ChangeEventRow | None:
        """The latest change of the record itself: who saved it last, and when."""
        with self._database.session() as session:
            return history_repository.last_change(session, entity, entity_id)
