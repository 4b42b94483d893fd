"""Exchanges with funders (meetings, calls, e-mails…) and the follow-ups they set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import InteractionKind
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode, NotFound, StaleEdit
from coopdesk.domain.funders import InteractionInput, InteractionRow
from coopdesk.storage.repositories import contact_repository, funder_repository
from coopdesk.storage.tables import Contact, Funder, Interaction


def _query() -> Select[*tuple[Any, ...]]:
    return (
        select(Interaction, Funder.name, Contact.name)
        .join(Funder, Funder.id == Interaction.funder_id)
        .outerjoin(Contact, Contact.id == Interaction.contact_id)
    )


def _newest_first(query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    return query.order_by(Interaction.occurred_on.desc(), Interaction.id.desc())


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[InteractionRow]:
    return [
        InteractionRow(
            id=interaction.id,
            funder_id=interaction.funder_id,
            funder_name=funder_name,
            occurred_on=interaction.occurred_on,
            kind=InteractionKind(interaction.kind),
            contact_id=interaction.contact_id,
            contact_name=contact_name or "",
            participants=interaction.participants,
            summary=interaction.summary,
            follow_up_on=interaction.follow_up_on,
            follow_up_done=interaction.follow_up_done,
            version=interaction.version,
        )
        for interaction, funder_name, contact_name in session.execute(query)
    ]


def _get(session: Session, interaction_id: int) -> Interaction:
    interaction = session.get(Interaction, interaction_id)
    if interaction is None:
        raise NotFound("interaction", interaction_id)
    return interaction


def get(session: Session, interaction_id: int) -> InteractionRow:
    found = _rows(session, _query().where(Interaction.id == interaction_id))
    if not found:
        raise NotFound("interaction", interaction_id)
    return found[0]


def list_interactions(
    session: Session,
    *,
    funder_id: int | None = None,
    contact_id: int | None = None,
    limit: int | None = None,
) -> list[InteractionRow]:
    """The timeline of exchanges, newest first."""
    query = _newest_first(_query())
    if funder_id is not None:
        query = query.where(Interaction.funder_id == funder_id)
    if contact_id is not None:
        query = query.where(Interaction.contact_id == contact_id)
    if limit is not None:
        query = query.limit(limit)
    return _rows(session, query)


def rows_by_ids(session: Session, ids: Collection[int]) -> list[InteractionRow]:
    if not ids:
        return []
    return _rows(session, _newest_first(_query().where(Interaction.id.in_(list(ids)))))


def follow_ups_due(session: Session, until: dt.date) -> list[InteractionRow]:
    """Follow-ups not done and due on or before `until` (overdue ones included), soonest first."""
    query = (
        _query()
        .where(Interaction.follow_up_done.is_(False), Interaction.follow_up_on <= until)
        .order_by(Interaction.follow_up_on, Interaction.id)
    )
    return _rows(session, query)


def _check_links(session: Session, data: InteractionInput) -> None:
    if not funder_repository.exists(session, data.funder_id):
        raise NotFound("funder", data.funder_id)
    if data.contact_id is not None and not contact_repository.belongs_to(
        session, data.contact_id, data.funder_id
    ):
        raise FieldErrors(
            {"contact_id": InvalidValue("contact_id", str(data.contact_id), InvalidValueCode.OUT_OF_RANGE)}
        )


def _apply(interaction: Interaction, data: InteractionInput) -> None:
    interaction.funder_id = data.funder_id
    interaction.contact_id = data.contact_id
    interaction.occurred_on = data.occurred_on
    interaction.kind = data.kind.value
    interaction.participants = data.participants
    interaction.summary = data.summary
    interaction.follow_up_on = data.follow_up_on
    interaction.follow_up_done = data.follow_up_done


def add(session: Session, data: InteractionInput) -> InteractionRow:
    """Record an exchange; a contact of another funder is refused (FieldErrors on contact_id)."""
    _check_links(session, data)
    interaction = Interaction()
    _apply(interaction, data)
    session.add(interaction)
    session.flush()
    return get(session, interaction.id)


def update(
    session: Session, interaction_id: int, expected_version: int, data: InteractionInput
) -> InteractionRow:
    interaction = _get(session, interaction_id)
    if interaction.version != expected_version:
        raise StaleEdit("interaction", interaction_id)
    _check_links(session, data)
    _apply(interaction, data)
    session.flush()
    return get(session, interaction_id)


def set_done(session: Session, interaction_id: int, expected_version: int, done: bool) -> InteractionRow:
    interaction = _get(session, interaction_id)
    if interaction.version != expected_version:
        raise StaleEdit("interaction", interaction_id)
    if interaction.follow_up_on is None:
        raise FieldErrors({"follow_up_on": InvalidValue("follow_up_on", "", InvalidValueCode.REQUIRED)})
    interaction.follow_up_done = done
    session.flush()
    return get(session, interaction_id)


def delete(session: Session, interaction_id: int) -> None:
    session.delete(_get(session, interaction_id))
    session.flush()
