"""The text sections of an application, possibly filled from a text block of the library (and which
version of it: the library can move on without changing what was sent to a funder)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import NotFound, StaleEdit
from coopdesk.domain.texts import SectionInput, SectionRow
from coopdesk.storage.repositories import text_repository
from coopdesk.storage.tables import Application, ApplicationSection, TextBlock


def _query() -> Select[*tuple[Any, ...]]:
    return select(ApplicationSection, TextBlock.title, TextBlock.current_version).outerjoin(
        TextBlock, TextBlock.id == ApplicationSection.text_block_id
    )


def _row(section: ApplicationSection, block_title: str | None, library_version: int | None) -> SectionRow:
    return SectionRow(
        id=section.id,
        application_id=section.application_id,
        position=section.position,
        title=section.title,
        body=section.body,
        char_limit=section.char_limit,
        text_block_id=section.text_block_id,
        text_block_version=section.text_block_version,
        text_block_title=block_title or "",
        library_version=library_version,
        version=section.version,
    )


def get(session: Session, section_id: int) -> SectionRow:
    found = session.execute(_query().where(ApplicationSection.id == section_id)).first()
    if found is None:
        raise NotFound("application_section", section_id)
    return _row(*found)


def list_sections(session: Session, application_id: int) -> list[SectionRow]:
    query = (
        _query()
        .where(ApplicationSection.application_id == application_id)
        .order_by(ApplicationSection.position, ApplicationSection.id)
    )
    return [_row(*found) for found in session.execute(query)]


def _checked(session: Session, section_id: int, expected_version: int) -> ApplicationSection:
    section = session.get(ApplicationSection, section_id)
    if section is None:
        raise NotFound("application_section", section_id)
    if section.version != expected_version:
        raise StaleEdit("application_section", section_id)
    return section


def add(session: Session, application_id: int, data: SectionInput) -> SectionRow:
    if session.get(Application, application_id) is None:
        raise NotFound("application", application_id)
    last = session.scalar(
        select(func.max(ApplicationSection.position)).where(
            ApplicationSection.application_id == application_id
        )
    )
    section = ApplicationSection(
        application_id=application_id,
        position=(last + 1) if last is not None else 0,
        title=data.title,
        body=data.body,
        char_limit=data.char_limit,
    )
    session.add(section)
    session.flush()
    return get(session, section.id)


def update(session: Session, section_id: int, expected_version: int, data: SectionInput) -> SectionRow:
    """Save the section as adapted for this funder: the library's text is not touched."""
    section = _checked(session, section_id, expected_version)
    section.title = data.title
    section.body = data.body
    section.char_limit = data.char_limit
    session.flush()
    return get(session, section_id)


def fill_from_block(
    session: Session, section_id: int, expected_version: int, block_id: int, number: int | None
) -> SectionRow:
    """Replace the section's body by a version of a text block (its current one when `number` is None)
    and remember which version that was."""
    section = _checked(session, section_id, expected_version)
    block = session.get(TextBlock, block_id)
    if block is None:
        raise NotFound("text_block", block_id)
    chosen = block.current_version if number is None else number
    section.body = text_repository.version_body(session, block_id, chosen)
    section.text_block_id = block_id
    section.text_block_version = chosen
    session.flush()
    return get(session, section_id)


def delete_section(session: Session, section_id: int) -> None:
    section = session.get(ApplicationSection, section_id)
    if section is None:
        raise NotFound("application_section", section_id)
    session.delete(section)
    session.flush()
