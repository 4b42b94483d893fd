"""Contacts of funders: who does what, who left, and the rights of the persons recorded (GDPR)."""

from __future__ import annotations

import builtins
import datetime as dt

from coopdesk.domain.funders import (
    ContactInput,
    ContactRow,
    PersonRecord,
    TopicContacts,
    validate_contact,
)
from coopdesk.domain.text_search import fold, search_words
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import contact_repository, funder_repository, interaction_repository


class ContactService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list(
        self,
        funder_id: int | None = None,
        *,
        include_former: bool = True,
        text: str = "",
        limit: int | None = None,
    ) -> list[ContactRow]:
        """Contacts in post first, then former ones, by name; `text` matches names, roles, services,
        topics and funders' names whatever the case and accents."""
        with self._database.session() as session:
            return contact_repository.list_contacts(
                session,
                funder_id=funder_id,
                include_former=include_former,
                words=search_words(text),
                limit=limit,
            )

    def get(self, contact_id: int) -> ContactRow:
        with self._database.session() as session:
            return contact_repository.get(session, contact_id)

    def create(self, data: ContactInput) -> ContactRow:
        """Raises FieldErrors (nothing saved) or NotFound for an unknown funder."""
        clean = validate_contact(data)
        with self._database.session() as session:
            return contact_repository.add(session, clean)

    def update(self, contact_id: int, expected_version: int, data: ContactInput) -> ContactRow:
        clean = validate_contact(data)
        with self._database.session() as session:
            return contact_repository.update(session, contact_id, expected_version, clean)

    def mark_left(self, contact_id: int, expected_version: int, left_on: dt.date | None) -> ContactRow:
        """The person left the funder: kept as history (active=False), with the date if known."""
        with self._database.session() as session:
            return contact_repository.mark_left(session, contact_id, expected_version, left_on)

    def erase(self, contact_id: int) -> int:
        """Erase a person everywhere (GDPR): see coopdesk.domain.funders for what is erased and the
        limits. Their exchanges stay, without the link. Returns the number of free texts changed."""
        with self._database.session() as session:
            return contact_repository.erase(session, contact_id)

    def person_record(self, contact_id: int) -> PersonRecord:
        """Everything held about one person: their contact record and topics, their funder, every
        exchange linked to them or naming them, and the other free texts naming them."""
        with self._database.session() as session:
            contact = contact_repository.get(session, contact_id)
            named, mentions = contact_repository.mention_rows(session, contact_id)
            linked = interaction_repository.list_interactions(session, contact_id=contact_id)
            ids = [row.id for row in linked] + [key for key in named if key not in {row.id for row in linked}]
            return PersonRecord(
                contact=contact,
                funder=funder_repository.get(session, contact.funder_id),
                interactions=tuple(interaction_repository.rows_by_ids(session, ids)),
                mentions=tuple(mentions),
            )

    def who_does_what(self, *, include_archived_funders: bool = False) -> builtins.list[TopicContacts]:
        """For each topic, the contacts in post handling it, across every funder (by funder, name)."""
        with self._database.session() as session:
            pairs = contact_repository.who_does_what(
                session, include_archived_funders=include_archived_funders
            )
        by_topic: dict[str, builtins.list[ContactRow]] = {}
        for topic, contact in pairs:
            by_topic.setdefault(topic, []).append(contact)
        # Topics in reading order whatever the database's collation: "aide alimentaire" before "PAT".
        return [
            TopicContacts(topic, tuple(by_topic[topic]))
            for topic in sorted(by_topic, key=lambda topic: (fold(topic), topic))
        ]

    def topics(self) -> builtins.list[str]:
        """Every topic in use, for the editor's completion and the "qui fait quoi" filter."""
        with self._database.session() as session:
            return contact_repository.topics(session)
