"""Calls for projects: the list counted down from today, the editor, archiving and deleting."""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.calls import CallFilter, CallInput, CallRow, validate_call
from coopdesk.domain.text_search import search_words
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import call_repository


class CallService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self, call_filter: CallFilter | None = None, today: dt.date | None = None) -> list[CallRow]:
        """Calls of the filter (open ones by default), each with its days left and next deadline."""
        day = today or dt.date.today()
        chosen = call_filter or CallFilter()
        with self._database.session() as session:
            return call_repository.list_calls(session, chosen, day, search_words(chosen.text))

    def get(self, call_id: int, today: dt.date | None = None) -> CallRow:
        with self._database.session() as session:
            return call_repository.get(session, call_id, today or dt.date.today())

    def create(self, data: CallInput, today: dt.date | None = None) -> CallRow:
        """Raises FieldErrors (nothing saved) or NotFound for an unknown funder."""
        clean = validate_call(data)
        with self._database.session() as session:
            return call_repository.add(session, clean, today or dt.date.today())

    def update(
        self, call_id: int, expected_version: int, data: CallInput, today: dt.date | None = None
    ) -> CallRow:
        clean = validate_call(data)
        with self._database.session() as session:
            return call_repository.update(session, call_id, expected_version, clean, today or dt.date.today())

    def archive(
        self, call_id: int, expected_version: int, archived: bool = True, today: dt.date | None = None
    ) -> CallRow:
        """Hide a call from the lists (archived=False brings it back)."""
        with self._database.session() as session:
            return call_repository.set_archived(
                session, call_id, expected_version, archived, today or dt.date.today()
            )

    def delete(self, call_id: int) -> None:
        """Raises InUse when applications or time entries refer to the call: archive it instead."""
        with self._database.session() as session:
            call_repository.delete(session, call_id)
