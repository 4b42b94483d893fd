"""Exchanges with funders and the follow-ups they set."""

from __future__ import annotations

import builtins
import datetime as dt

from coopdesk.domain.funders import InteractionInput, InteractionRow, validate_interaction
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import interaction_repository

FOLLOW_UP_HORIZON_DAYS = 30


class InteractionService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list(
        self, funder_id: int | None = None, contact_id: int | None = None, *, limit: int | None = None
    ) -> list[InteractionRow]:
        """The timeline of exchanges, newest first."""
        with self._database.session() as session:
            return interaction_repository.list_interactions(
                session, funder_id=funder_id, contact_id=contact_id, limit=limit
            )

    def get(self, interaction_id: int) -> InteractionRow:
        with self._database.session() as session:
            return interaction_repository.get(session, interaction_id)

    def create(self, data: InteractionInput) -> InteractionRow:
        """Raises FieldErrors (a follow-up before the exchange, a contact of another funder) or NotFound."""
        clean = validate_interaction(data)
        with self._database.session() as session:
            return interaction_repository.add(session, clean)

    def update(self, interaction_id: int, expected_version: int, data: InteractionInput) -> InteractionRow:
        clean = validate_interaction(data)
        with self._database.session() as session:
            return interaction_repository.update(session, interaction_id, expected_version, clean)

    def delete(self, interaction_id: int) -> None:
        with self._database.session() as session:
            interaction_repository.delete(session, interaction_id)

    def follow_ups_due(
        self, today: dt.date, horizon_days: int = FOLLOW_UP_HORIZON_DAYS
    ) -> builtins.list[InteractionRow]:
        """Follow-ups not done, due within `horizon_days` of today, overdue ones included; soonest first."""
        with self._database.session() as session:
            return interaction_repository.follow_ups_due(session, today + dt.timedelta(days=horizon_days))

    def mark_done(self, interaction_id: int, expected_version: int, done: bool = True) -> InteractionRow:
        """The follow-up was made (done=False reopens it)."""
        with self._database.session() as session:
            return interaction_repository.set_done(session, interaction_id, expected_version, done)
