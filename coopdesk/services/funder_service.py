"""Funders: the searchable list, the editor, archiving, deleting, and the funder's sheet."""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.calls import CallFilter, CallWindow
from coopdesk.domain.enums import FunderKind, FunderLevel
from coopdesk.domain.funders import FunderInput, FunderListRow, FunderRow, FunderSheet, validate_funder
from coopdesk.domain.text_search import search_words
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import (
    call_repository,
    contact_repository,
    funder_repository,
    interaction_repository,
)

SEARCH_LIMIT = funder_repository.DEFAULT_LIMIT


class FunderService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def search(
        self,
        text: str = "",
        *,
        kind: FunderKind | None = None,
        level: FunderLevel | None = None,
        include_archived: bool = False,
        limit: int | None = SEARCH_LIMIT,
    ) -> list[FunderListRow]:
        """Funders whose name, service, contacts' names or topics hold every word typed (whatever the
        case and accents), by name, at most `limit` (None: all)."""
        with self._database.session() as session:
            return funder_repository.search(
                session,
                search_words(text),
                kind=kind,
                level=level,
                include_archived=include_archived,
                limit=limit,
            )

    def list_all(self) -> list[FunderListRow]:
        """Every funder, archived ones included, by name (for `coopdesk list funders`)."""
        with self._database.session() as session:
            return funder_repository.list_all(session)

    def get(self, funder_id: int) -> FunderRow:
        with self._database.session() as session:
            return funder_repository.get(session, funder_id)

    def create(self, data: FunderInput) -> FunderRow:
        """Raises FieldErrors (nothing saved)."""
        clean = validate_funder(data)
        with self._database.session() as session:
            return funder_repository.add(session, clean)

    def update(self, funder_id: int, expected_version: int, data: FunderInput) -> FunderRow:
        """Raises FieldErrors, NotFound, or StaleEdit when someone saved the funder since it was read."""
        clean = validate_funder(data)
        with self._database.session() as session:
            return funder_repository.update(session, funder_id, expected_version, clean)

    def archive(self, funder_id: int, expected_version: int, archived: bool = True) -> FunderRow:
        """Hide a funder that no longer funds (archived=False brings it back); its history stays."""
        with self._database.session() as session:
            return funder_repository.set_archived(session, funder_id, expected_version, archived)

    def delete(self, funder_id: int) -> None:
        """Delete a funder and its contacts; its calls stay without a funder.

        Raises InUse when applications, exchanges, time entries or budget lines refer to it: archive it.
        """
        with self._database.session() as session:
            funder_repository.delete(session, funder_id)

    def sheet(self, funder_id: int, today: dt.date | None = None) -> FunderSheet:
        """Everything about one funder: contacts, calls (counted down from `today`), applications with
        the totals per year of submission, and the exchanges newest first."""
        day = today or dt.date.today()
        with self._database.session() as session:
            funder = funder_repository.get(session, funder_id)
            calls = call_repository.list_calls(
                session,
                CallFilter(window=CallWindow.ALL, funder_id=funder_id, include_archived=True),
                day,
                [],
            )
            return FunderSheet(
                funder=funder,
                contacts=tuple(contact_repository.list_contacts(session, funder_id=funder_id)),
                calls=tuple(calls),
                applications=tuple(funder_repository.applications(session, funder_id)),
                totals=tuple(funder_repository.year_totals(session, funder_id)),
                interactions=tuple(interaction_repository.list_interactions(session, funder_id=funder_id)),
                last_exchange_on=funder_repository.last_exchange_on(session, funder_id),
            )
