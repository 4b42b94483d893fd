"""The text library (texts, their versions, search, review) and the text sections of applications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coopdesk.domain.texts import (
    SectionInput,
    SectionRow,
    TextBlockInput,
    TextBlockRow,
    TextBlockVersionRow,
    TextSearchHit,
    validate_section,
    validate_text_block,
)
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import section_repository, text_repository

SEARCH_LIMIT = 50


class TextService:
    def __init__(self, database: Database, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._database = database
        self._today = today

    # -- the library ------------------------------------------------------------------------------

    def list_blocks(self) -> list[TextBlockRow]:
        with self._database.session() as session:
            return text_repository.list_blocks(session)

    def get(self, block_id: int) -> TextBlockRow:
        with self._database.session() as session:
            return text_repository.get(session, block_id)

    def create(self, data: TextBlockInput) -> TextBlockRow:
        """Raises FieldErrors (title and body required; nothing saved)."""
        clean = validate_text_block(data)
        with self._database.session() as session:
            return text_repository.add(session, clean, self._today())

    def update(self, block_id: int, expected_version: int, data: TextBlockInput) -> TextBlockRow:
        """Raises FieldErrors, NotFound, or StaleEdit when another PC saved the text meanwhile."""
        clean = validate_text_block(data)
        with self._database.session() as session:
            return text_repository.update(session, block_id, expected_version, clean, self._today())

    def versions(self, block_id: int) -> list[TextBlockVersionRow]:
        with self._database.session() as session:
            return text_repository.versions(session, block_id)

    def restore(self, block_id: int, expected_version: int, number: int, author: str = "") -> TextBlockRow:
        """A new version whose body is version `number`'s (nothing is lost)."""
        with self._database.session() as session:
            return text_repository.restore(
                session, block_id, expected_version, number, " ".join(author.split())[:200], self._today()
            )

    def mark_reviewed(self, block_id: int, expected_version: int) -> TextBlockRow:
        with self._database.session() as session:
            return text_repository.mark_reviewed(session, block_id, expected_version, self._today())

    def delete(self, block_id: int) -> None:
        """Delete a text and its versions; sections filled from it keep their own copy."""
        with self._database.session() as session:
            text_repository.delete_block(session, block_id)

    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[TextSearchHit]:
        """Best matches first (title and current body; case and accents ignored; word prefixes)."""
        with self._database.session() as session:
            return text_repository.search(session, query, limit)

    # -- sections of applications -----------------------------------------------------------------

    def sections(self, application_id: int) -> list[SectionRow]:
        with self._database.session() as session:
            return section_repository.list_sections(session, application_id)

    def add_section(self, application_id: int, data: SectionInput) -> SectionRow:
        clean = validate_section(data)
        with self._database.session() as session:
            return section_repository.add(session, application_id, clean)

    def update_section(self, section_id: int, expected_version: int, data: SectionInput) -> SectionRow:
        clean = validate_section(data)
        with self._database.session() as session:
            return section_repository.update(session, section_id, expected_version, clean)

    def fill_section(
        self, section_id: int, expected_version: int, block_id: int, number: int | None = None
    ) -> SectionRow:
        """The section's body replaced by the text block's version `number` (current when None)."""
        with self._database.session() as session:
            return section_repository.fill_from_block(session, section_id, expected_version, block_id, number)

    def delete_section(self, section_id: int) -> None:
        with self._database.session() as session:
            section_repository.delete_section(session, section_id)
