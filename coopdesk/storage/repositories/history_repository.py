"""The history of changes on applications, payments, funders and calls.

Every flush of a session writes, in the same transaction, one `change_event` per field changed on
those records (and one per creation, transition of status or deletion), so that no code path that
saves them can forget it and a refused save leaves no history either. The rows have no foreign key:
the history of a deleted application stays, under the title it had.

Who: `session.info["actor"]` when a caller sets it, else the computer's login name. When:
`session.info["occurred_at"]` (an aware datetime) when a caller sets it — demonstration data written as
if it had happened in the past —, else the time of the save.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, delete, event, insert, or_, select, update
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import get_history

from coopdesk.domain.history import (
    KEPT_ON_CREATE,
    KEPT_ON_DELETE,
    TRACKED_FIELDS,
    ChangeEventRow,
    DeletedRecordRow,
    HistoryAction,
    HistoryEntity,
    PastChange,
    default_actor,
    to_text,
)
from coopdesk.storage.tables import Application, Call, ChangeEvent, Funder, Payment, Project, Volunteer

E = HistoryEntity
A = HistoryAction

ENTITY_OF: dict[type[Any], HistoryEntity] = {
    Application: E.APPLICATION,
    Payment: E.PAYMENT,
    Funder: E.FUNDER,
    Call: E.CALL,
}

# Links recorded by the name of what they point to: field -> (column, table, name column).
LINKS: dict[HistoryEntity, dict[str, tuple[str, type[Any], str]]] = {
    E.APPLICATION: {
        "project": ("project_id", Project, "title"),
        "funder": ("funder_id", Funder, "name"),
        "call": ("call_id", Call, "title"),
        "owner": ("owner_id", Volunteer, "name"),
    },
    E.CALL: {"funder": ("funder_id", Funder, "name")},
}

LABEL_LIMIT = 300
_EVENT_TABLE = ChangeEvent.metadata.tables["change_event"]


@cache
def _login_name() -> str:
    return default_actor()[:200]


def actor(session: Session) -> str:
    chosen = session.info.get("actor")
    return str(chosen)[:200] if chosen else _login_name()


def _label(entity: HistoryEntity, record: Any) -> str:
    if entity is E.APPLICATION or entity is E.CALL:
        text = record.title
    elif entity is E.FUNDER:
        text = record.name
    else:
        text = record.reference
    return str(text or "")[:LABEL_LIMIT]


def _parent(entity: HistoryEntity, record: Any) -> tuple[str | None, int | None]:
    if entity is E.PAYMENT:
        return E.APPLICATION.value, record.application_id
    return None, None


def _name(session: Session, table: type[Any], name_column: str, linked_id: Any) -> str | None:
    if linked_id is None:
        return None
    with session.no_autoflush:
        linked = session.get(table, linked_id)
    return None if linked is None else str(getattr(linked, name_column))


def _value(session: Session, entity: HistoryEntity, record: Any, field: str) -> str | None:
    link = LINKS.get(entity, {}).get(field)
    if link is None:
        return to_text(getattr(record, field))
    column, table, name_column = link
    return _name(session, table, name_column, getattr(record, column))


def _changes(session: Session, entity: HistoryEntity, record: Any) -> Iterable[tuple[str, Any, Any]]:
    """(field, old, new) of each tracked field changed since the record was loaded."""
    links = LINKS.get(entity, {})
    for field in TRACKED_FIELDS[entity]:
        link = links.get(field)
        column = link[0] if link else field
        history = get_history(record, column)
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        if link:
            _, table, name_column = link
            old, new = _name(session, table, name_column, old), _name(session, table, name_column, new)
        yield field, old, new


def _event(
    session: Session,
    entity: HistoryEntity,
    record: Any,
    action: HistoryAction,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> dict[str, Any]:
    parent_entity, parent_id = _parent(entity, record)
    return {
        "occurred_at": dt.datetime.now(dt.UTC),
        "actor": actor(session),
        "entity": entity.value,
        "entity_id": record.id,
        "entity_label": _label(entity, record),
        "parent_entity": parent_entity,
        "parent_id": parent_id,
        "action": action.value,
        "field": field,
        "old_value": to_text(old),
        "new_value": to_text(new),
    }


def _events_of_flush(session: Session) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    for record in session.new:
        entity = ENTITY_OF.get(type(record))
        if entity is None:
            continue
        events.append(_event(session, entity, record, A.CREATED))
        for field in KEPT_ON_CREATE[entity]:
            value = _value(session, entity, record, field)
            if value not in (None, "", "0"):
                events.append(_event(session, entity, record, A.CREATED, field, None, value))
    for record in session.dirty:
        entity = ENTITY_OF.get(type(record))
        if entity is None or record in session.deleted:
            continue
        for field, old, new in _changes(session, entity, record):
            action = A.TRANSITION if field == "status" else A.UPDATED
            events.append(_event(session, entity, record, action, field, old, new))
    for record in session.deleted:
        entity = ENTITY_OF.get(type(record))
        if entity is None:
            continue
        events.append(_event(session, entity, record, A.DELETED))
        for field in KEPT_ON_DELETE[entity]:
            value = _value(session, entity, record, field)
            if value is not None:
                events.append(_event(session, entity, record, A.DELETED, field, value, None))
    return events


@event.listens_for(Session, "after_flush")
def _record_flush(session: Session, _flush_context: UOWTransaction) -> None:
    """Ids are known and the attributes still remember their old values: write the events with the
    flush's own connection (same transaction)."""
    events = _events_of_flush(session)
    if events:
        # One instant per save: the window groups a save's events by it.
        chosen = session.info.get("occurred_at")
        now = chosen if isinstance(chosen, dt.datetime) else dt.datetime.now(dt.UTC)
        for change in events:
            change["occurred_at"] = now
        session.connection().execute(insert(_EVENT_TABLE), events)


def record(
    session: Session,
    entity: HistoryEntity,
    entity_id: int,
    entity_label: str,
    action: HistoryAction,
    field: str | None = None,
    old_value: object = None,
    new_value: object = None,
) -> None:
    """One event written by hand (for changes made without the ORM)."""
    session.add(
        ChangeEvent(
            actor=actor(session),
            entity=entity.value,
            entity_id=entity_id,
            entity_label=entity_label[:LABEL_LIMIT],
            action=action.value,
            field=field,
            old_value=to_text(old_value),
            new_value=to_text(new_value),
        )
    )


def replace_history(
    session: Session, entity: HistoryEntity, entity_ids: Collection[int], changes: Sequence[PastChange]
) -> None:
    """Demonstration data, written in its final state: the events the saves of these records (and of
    their children: an application's payments) wrote are replaced by `changes`, written in their order."""
    session.flush()
    ids = sorted(set(entity_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(
            delete(_EVENT_TABLE).where(
                or_(
                    and_(_EVENT_TABLE.c.entity == entity.value, _EVENT_TABLE.c.entity_id.in_(chunk)),
                    and_(_EVENT_TABLE.c.parent_entity == entity.value, _EVENT_TABLE.c.parent_id.in_(chunk)),
                )
            )
        )
    rows = [
        {
            "occurred_at": change.occurred_at,
            "actor": change.actor[:200],
            "entity": change.entity.value,
            "entity_id": change.entity_id,
            "entity_label": change.entity_label[:LABEL_LIMIT],
            "parent_entity": change.parent_entity.value if change.parent_entity else None,
            "parent_id": change.parent_id,
            "action": change.action.value,
            "field": change.field,
            "old_value": to_text(change.old_value),
            "new_value": to_text(change.new_value),
        }
        for change in changes
    ]
    if rows:
        session.execute(insert(_EVENT_TABLE), rows)


def restamp(session: Session, entity: HistoryEntity, stamps: Mapping[int, tuple[dt.datetime, str]]) -> None:
    """Demonstration data: every event of these records said to have happened at that instant, by that
    person (record id -> (instant, who))."""
    session.flush()
    if not stamps:
        return
    statement = (
        update(_EVENT_TABLE)
        .where(_EVENT_TABLE.c.entity == entity.value, _EVENT_TABLE.c.entity_id == bindparam("b_id"))
        .values(occurred_at=bindparam("b_at"), actor=bindparam("b_actor"))
    )
    session.execute(
        statement,
        [{"b_id": key, "b_at": moment, "b_actor": who[:200]} for key, (moment, who) in stamps.items()],
    )


# -- records written without the ORM (bulk imports) ---------------------------------------------------

_TABLE_OF: dict[HistoryEntity, type[Any]] = {entity: table for table, entity in ENTITY_OF.items()}


def columns_of(session: Session, entity: HistoryEntity, ids: Collection[int]) -> dict[int, dict[str, Any]]:
    """The stored columns of these records, by id (to compare before and after a bulk write)."""
    table = _TABLE_OF[entity].__table__
    found: dict[int, dict[str, Any]] = {}
    chosen = sorted(set(ids))
    for start in range(0, len(chosen), 500):
        query = select(table).where(table.c.id.in_(chosen[start : start + 500]))
        found.update({row.id: dict(row._mapping) for row in session.execute(query)})
    return found


def record_written(
    session: Session,
    entity: HistoryEntity,
    before: Mapping[int, Mapping[str, Any]],
    after: Mapping[int, Mapping[str, Any]],
) -> None:
    """The events a save through the ORM would have written, for records written by a bulk statement:
    a creation (id absent from `before`) or one update per tracked field that changed."""
    links = LINKS.get(entity, {})
    who, now = actor(session), dt.datetime.now(dt.UTC)
    is_payment = entity is E.PAYMENT
    events: list[dict[str, Any]] = []

    def value(columns: Mapping[str, Any], field: str) -> str | None:
        link = links.get(field)
        if link is None:
            return to_text(columns.get(field))
        column, table, name_column = link
        return _name(session, table, name_column, columns.get(column))

    def add(
        record_id: int,
        columns: Mapping[str, Any],
        action: HistoryAction,
        field: str | None = None,
        old: str | None = None,
        new: str | None = None,
    ) -> None:
        label_column = {E.APPLICATION: "title", E.CALL: "title", E.FUNDER: "name"}.get(entity, "reference")
        text = columns.get(label_column)
        events.append(
            {
                "occurred_at": now,
                "actor": who,
                "entity": entity.value,
                "entity_id": record_id,
                "entity_label": str(text or "")[:LABEL_LIMIT],
                "parent_entity": E.APPLICATION.value if is_payment else None,
                "parent_id": columns.get("application_id") if is_payment else None,
                "action": action.value,
                "field": field,
                "old_value": old,
                "new_value": new,
            }
        )

    for record_id, columns in after.items():
        old_columns = before.get(record_id)
        if old_columns is None:
            add(record_id, columns, A.CREATED)
            for field in KEPT_ON_CREATE[entity]:
                new = value(columns, field)
                if new not in (None, "", "0"):
                    add(record_id, columns, A.CREATED, field, None, new)
            continue
        for field in TRACKED_FIELDS[entity]:
            old, new = value(old_columns, field), value(columns, field)
            if old != new:
                action = A.TRANSITION if field == "status" else A.UPDATED
                add(record_id, columns, action, field, old, new)
    if events:
        session.execute(insert(_EVENT_TABLE), events)


# -- reading -------------------------------------------------------------------------------------------


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _row(change: ChangeEvent) -> ChangeEventRow:
    return ChangeEventRow(
        id=change.id,
        occurred_at=_aware(change.occurred_at),
        actor=change.actor,
        entity=E(change.entity),
        entity_id=change.entity_id,
        entity_label=change.entity_label,
        action=A(change.action),
        field=change.field,
        old_value=change.old_value,
        new_value=change.new_value,
        parent_entity=E(change.parent_entity) if change.parent_entity else None,
        parent_id=change.parent_id,
    )


def _creations(session: Session, entity: HistoryEntity, entity_id: int) -> list[int]:
    query = select(ChangeEvent.id).where(
        ChangeEvent.entity == entity.value,
        ChangeEvent.entity_id == entity_id,
        ChangeEvent.action == A.CREATED.value,
        ChangeEvent.field.is_(None),
    )
    return sorted(session.scalars(query))


def events_of(
    session: Session, entity: HistoryEntity, entity_id: int, deletion_event_id: int | None = None
) -> list[ChangeEventRow]:
    """The events of a record and of its children (an application's payments), oldest first.

    SQLite may give the id of a deleted record to the next one: a record's events start at its
    creation. `deletion_event_id` chooses a deleted record (see `deleted`); None, the living one."""
    creations = _creations(session, entity, entity_id)
    if deletion_event_id is None:
        start, end = (creations[-1] if creations else 0), None
    else:
        start = max((number for number in creations if number <= deletion_event_id), default=0)
        end = min((number for number in creations if number > deletion_event_id), default=None)
    query = (
        select(ChangeEvent)
        .where(
            or_(
                and_(ChangeEvent.entity == entity.value, ChangeEvent.entity_id == entity_id),
                and_(ChangeEvent.parent_entity == entity.value, ChangeEvent.parent_id == entity_id),
            ),
            ChangeEvent.id >= start,
        )
        .order_by(ChangeEvent.id)
    )
    if end is not None:
        query = query.where(ChangeEvent.id < end)
    return [_row(change) for change in session.scalars(query)]


def deleted(session: Session, entity: HistoryEntity, limit: int | None = 500) -> list[DeletedRecordRow]:
    """Records of that kind deleted, latest deletion first."""
    query = (
        select(ChangeEvent)
        .where(
            ChangeEvent.entity == entity.value,
            ChangeEvent.action == A.DELETED.value,
            ChangeEvent.field.is_(None),
        )
        .order_by(ChangeEvent.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        DeletedRecordRow(
            deletion_event_id=change.id,
            entity=entity,
            entity_id=change.entity_id,
            entity_label=change.entity_label,
            deleted_at=_aware(change.occurred_at),
            deleted_by=change.actor,
        )
        for change in session.scalars(query)
    ]


def last_change(session: Session, entity: HistoryEntity, entity_id: int) -> ChangeEventRow | None:
    """The latest event on the record itself (who saved it last, and when)."""
    query = (
        select(ChangeEvent)
        .where(ChangeEvent.entity == entity.value, ChangeEvent.entity_id == entity_id)
        .order_by(ChangeEvent.occurred_at.desc(), ChangeEvent.id.desc())
        .limit(1)
    )
    found = session.scalars(query).first()
    return None if found is None else _row(found)
