"""Funders: the list searched as one types, the editor, the sheet's figures.

Search-as-you-type reads `funder.search_text`, the folded text (coopdesk.domain.text_search.fold) of
the funder's name and service and of its contacts' names and topics. It is recomputed here on every
save of the funder, and by `refresh_search_text` on every save of one of its contacts; that refresh
does not change the funder's version, so that adding a contact never makes an open funder editor stale.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    and_,
    bindparam,
    case,
    cast,
    extract,
    func,
    or_,
    select,
    true,
)
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

import coopdesk.storage.repositories.history_repository  # noqa: F401  (records every change)
from coopdesk.domain.enums import ApplicationStatus, FunderKind, FunderLevel, SubmissionPlatform
from coopdesk.domain.errors import InUse, NotFound, StaleEdit
from coopdesk.domain.funders import FunderApplicationRow, FunderInput, FunderListRow, FunderRow, YearTotals
from coopdesk.domain.text_search import fold, search_text
from coopdesk.storage.tables import (
    Application,
    BudgetLine,
    Contact,
    ContactTopic,
    Funder,
    Interaction,
    TimeEntry,
)

S = ApplicationStatus
DEFAULT_LIMIT = 50
_FUNDER_TABLE = Funder.metadata.tables["funder"]
_GRANTED = (S.GRANTED, S.PARTIALLY_GRANTED, S.PAID, S.REPORT_DUE, S.REPORT_FILED)
_PENDING = (S.SUBMITTED, S.UNDER_REVIEW)


def _row(funder: Funder) -> FunderRow:
    return FunderRow(
        id=funder.id,
        name=funder.name,
        kind=FunderKind(funder.kind),
        level=FunderLevel(funder.level),
        service=funder.service,
        street=funder.street,
        postal_code=funder.postal_code,
        city=funder.city,
        website=funder.website,
        platform=SubmissionPlatform(funder.platform) if funder.platform else None,
        notes=funder.notes,
        archived=funder.archived,
        version=funder.version,
    )


def _get(session: Session, funder_id: int) -> Funder:
    funder = session.get(Funder, funder_id)
    if funder is None:
        raise NotFound("funder", funder_id)
    return funder


def get(session: Session, funder_id: int) -> FunderRow:
    return _row(_get(session, funder_id))


def exists(session: Session, funder_id: int) -> bool:
    return session.scalar(select(Funder.id).where(Funder.id == funder_id)) is not None


# -- the list ------------------------------------------------------------------------------------------


def _list_query() -> Select[*tuple[Any, ...]]:
    active_contacts = (
        select(func.count())
        .where(Contact.funder_id == Funder.id, Contact.active.is_(True))
        .correlate(Funder)
        .scalar_subquery()
    )
    last_exchange = (
        select(func.max(Interaction.occurred_on))
        .where(Interaction.funder_id == Funder.id)
        .correlate(Funder)
        .scalar_subquery()
    )
    return select(
        Funder.id,
        Funder.name,
        Funder.kind,
        Funder.level,
        Funder.service,
        Funder.city,
        Funder.archived,
        active_contacts,
        last_exchange,
    ).order_by(Funder.normalized_name, Funder.id)


def _list_rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[FunderListRow]:
    return [
        FunderListRow(
            id=funder_id,
            name=name,
            kind=FunderKind(kind),
            level=FunderLevel(level),
            service=service,
            city=city,
            archived=archived,
            active_contacts=int(contacts or 0),
            last_exchange_on=last,
        )
        for funder_id, name, kind, level, service, city, archived, contacts, last in session.execute(query)
    ]


def words_condition(column: SQLColumnExpression[str], words: Iterable[str]) -> ColumnElement[bool]:
    """Every (already folded) word appears somewhere in `column`."""
    return and_(true(), *(column.contains(word, autoescape=True) for word in words))


def search(
    session: Session,
    words: list[str],
    *,
    kind: FunderKind | None = None,
    level: FunderLevel | None = None,
    include_archived: bool = False,
    limit: int | None = DEFAULT_LIMIT,
) -> list[FunderListRow]:
    """Funders whose search text holds every folded word, by name; at most `limit` of them."""
    query = _list_query().where(words_condition(Funder.search_text, words))
    if kind is not None:
        query = query.where(Funder.kind == kind.value)
    if level is not None:
        query = query.where(Funder.level == level.value)
    if not include_archived:
        query = query.where(Funder.archived.is_(False))
    if limit is not None:
        query = query.limit(limit)
    return _list_rows(session, query)


def list_all(session: Session) -> list[FunderListRow]:
    """Every funder, archived ones included, by name."""
    return _list_rows(session, _list_query())


def find_by_name(session: Session, name: str) -> list[FunderRow]:
    """Funders whose name is `name` once folded ("DDETS de l'Hérault" = "ddets de l herault")."""
    query = select(Funder).where(Funder.normalized_name == fold(name)).order_by(Funder.id)
    return [_row(funder) for funder in session.scalars(query)]


# -- the editor ----------------------------------------------------------------------------------------


def _apply(funder: Funder, data: FunderInput) -> None:
    assert data.level is not None, "validate_funder chooses the level"
    funder.name = data.name
    funder.normalized_name = fold(data.name)
    funder.kind = data.kind.value
    funder.level = data.level.value
    funder.service = data.service
    funder.street = data.street
    funder.postal_code = data.postal_code
    funder.city = data.city
    funder.website = data.website
    funder.platform = data.platform.value if data.platform else None
    funder.notes = data.notes
    funder.archived = data.archived


def add(session: Session, data: FunderInput) -> FunderRow:
    funder = Funder()
    _apply(funder, data)
    funder.search_text = search_text(funder.name, funder.service)
    session.add(funder)
    session.flush()
    return _row(funder)


def update(session: Session, funder_id: int, expected_version: int, data: FunderInput) -> FunderRow:
    funder = _get(session, funder_id)
    if funder.version != expected_version:
        raise StaleEdit("funder", funder_id)
    contacts_text = _contact_texts(session, [funder_id]).get(funder_id, [])
    _apply(funder, data)
    funder.search_text = search_text(funder.name, funder.service, *contacts_text)
    session.flush()
    return _row(funder)


def set_archived(session: Session, funder_id: int, expected_version: int, archived: bool) -> FunderRow:
    funder = _get(session, funder_id)
    if funder.version != expected_version:
        raise StaleEdit("funder", funder_id)
    funder.archived = archived
    session.flush()
    return _row(funder)


def delete(session: Session, funder_id: int) -> None:
    """Delete a funder with its contacts; one with applications, exchanges, time or budget lines is InUse.

    Its calls stay, without a funder (the database sets their funder to NULL).
    """
    funder = _get(session, funder_id)
    uses = {
        "application": select(func.count()).where(Application.funder_id == funder_id),
        "interaction": select(func.count()).where(Interaction.funder_id == funder_id),
        "time_entry": select(func.count()).where(TimeEntry.funder_id == funder_id),
        "budget_line": select(func.count()).where(BudgetLine.funder_id == funder_id),
    }
    for used_by, query in uses.items():
        if session.scalar(query):
            raise InUse("funder", funder_id, used_by)
    session.delete(funder)
    session.flush()


# -- search text ---------------------------------------------------------------------------------------


def _restricted(
    query: Select[*tuple[Any, ...]], column: Any, ids: list[int] | None
) -> Select[*tuple[Any, ...]]:
    return query if ids is None else query.where(column.in_(ids))


def _contact_texts(session: Session, funder_ids: list[int] | None) -> dict[int, list[str]]:
    """funder id -> the names of its contacts, then their topics (each once)."""
    parts: dict[int, list[str]] = defaultdict(list)
    contacts = select(Contact.funder_id, Contact.name).order_by(Contact.id)
    for funder_id, name in session.execute(_restricted(contacts, Contact.funder_id, funder_ids)):
        parts[funder_id].append(name)
    topics = (
        select(Contact.funder_id, ContactTopic.topic)
        .join(Contact, Contact.id == ContactTopic.contact_id)
        .order_by(ContactTopic.id)
    )
    for funder_id, topic in session.execute(_restricted(topics, Contact.funder_id, funder_ids)):
        if topic not in parts[funder_id]:
            parts[funder_id].append(topic)
    return parts


def _search_texts(session: Session, funder_ids: list[int] | None) -> dict[int, str]:
    """funder id -> fold(name, service, contact names, contact topics)."""
    contacts = _contact_texts(session, funder_ids)
    funders = select(Funder.id, Funder.name, Funder.service)
    return {
        funder_id: search_text(name, service, *contacts.get(funder_id, []))
        for funder_id, name, service in session.execute(_restricted(funders, Funder.id, funder_ids))
    }


def refresh_search_text(session: Session, funder_ids: Iterable[int] | None = None) -> None:
    """Recompute the search text of these funders (all when None), leaving their versions alone."""
    ids = None if funder_ids is None else sorted(set(funder_ids))
    if ids == []:
        return
    session.flush()
    texts = _search_texts(session, ids)
    if not texts:
        return
    statement = (
        sql_update(_FUNDER_TABLE)
        .where(_FUNDER_TABLE.c.id == bindparam("b_id"))
        .values(search_text=bindparam("b_text"))
    )
    session.execute(statement, [{"b_id": key, "b_text": text} for key, text in texts.items()])
    for loaded in list(session.identity_map.values()):  # objects of this session must not keep the old text
        if isinstance(loaded, Funder) and loaded.id in texts:
            session.expire(loaded, ["search_text"])


# -- the sheet -----------------------------------------------------------------------------------------


def applications(session: Session, funder_id: int) -> list[FunderApplicationRow]:
    """The funder's applications, newest first (by submission, else decision, else creation)."""
    query = (
        select(
            Application.id,
            Application.title,
            Application.status,
            Application.amount_requested_cents,
            Application.amount_granted_cents,
            Application.submitted_on,
            Application.decision_on,
        )
        .where(Application.funder_id == funder_id)
        .order_by(
            func.coalesce(Application.submitted_on, Application.decision_on).is_(None).desc(),
            func.coalesce(Application.submitted_on, Application.decision_on).desc(),
            Application.id.desc(),
        )
    )
    return [
        FunderApplicationRow(
            id=app_id,
            title=title,
            status=ApplicationStatus(status),
            amount_requested_cents=int(requested or 0),
            amount_granted_cents=None if granted is None else int(granted),
            submitted_on=submitted,
            decision_on=decision,
        )
        for app_id, title, status, requested, granted, submitted, decision in session.execute(query)
    ]


def year_totals(session: Session, funder_id: int) -> list[YearTotals]:
    """Per year of submission (of decision when no submission date): requested, granted, refused, pending.

    Counted: applications that were submitted and not withdrawn. A closed application counts as granted
    when a grant was recorded, as refused when a refusal reason was (closed withdrawn ones are left out).
    """
    day = func.coalesce(Application.submitted_on, Application.decision_on)
    year = cast(extract("year", day), Integer).label("year")
    closed = Application.status == S.CLOSED
    refused = or_(Application.status == S.REFUSED, and_(closed, Application.refusal_reason.is_not(None)))
    counted = or_(
        Application.status.in_([*_PENDING, *_GRANTED, S.REFUSED]),
        and_(
            closed,
            or_(Application.amount_granted_cents.is_not(None), Application.refusal_reason.is_not(None)),
        ),
    )
    granted = case(
        (Application.status.in_([*_GRANTED, S.CLOSED]), func.coalesce(Application.amount_granted_cents, 0)),
        else_=0,
    )
    query = (
        select(
            year,
            func.count(),
            func.coalesce(func.sum(Application.amount_requested_cents), 0),
            func.coalesce(func.sum(granted), 0),
            func.coalesce(func.sum(case((refused, Application.amount_requested_cents), else_=0)), 0),
            func.coalesce(
                func.sum(
                    case((Application.status.in_(_PENDING), Application.amount_requested_cents), else_=0)
                ),
                0,
            ),
        )
        .where(Application.funder_id == funder_id, day.is_not(None), counted)
        .group_by(year)
        .order_by(year.desc())
    )
    return [
        YearTotals(int(y), int(n), int(asked), int(got), int(lost), int(waiting))
        for y, n, asked, got, lost, waiting in session.execute(query)
    ]


def last_exchange_on(session: Session, funder_id: int) -> dt.date | None:
    found: dt.date | None = session.scalar(
        select(func.max(Interaction.occurred_on)).where(Interaction.funder_id == funder_id)
    )
    return found


# -- imports -------------------------------------------------------------------------------------------


def ids_by_normalized_name(session: Session) -> dict[str, int]:
    """Folded name -> id of the oldest funder bearing it (archived ones included): one query, for an
    import matching many financers' names at once."""
    found: dict[str, int] = {}
    for normalized, funder_id in session.execute(
        select(Funder.normalized_name, Funder.id).order_by(Funder.id)
    ):
        found.setdefault(normalized, funder_id)
    return found
