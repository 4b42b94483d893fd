"""Calls for projects: the list with its countdown, the editor, and the hooks of the import.

`find_by_source` and `save_imported` are what an import (Aides-territoires) needs: match a call again
by its source id then slug, and write it with its source, through the same rules as the editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, bindparam, func, or_, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from coopdesk.domain.calls import (
    CallFilter,
    CallInput,
    CallRow,
    CallWindow,
    ImportedSource,
    days_left,
    next_occurrence,
)
from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.domain.errors import InUse, NotFound, StaleEdit
from coopdesk.domain.history import HistoryEntity
from coopdesk.domain.text_search import search_text
from coopdesk.storage.repositories import funder_repository, history_repository  # records every change
from coopdesk.storage.repositories.funder_repository import words_condition
from coopdesk.storage.tables import Application, Call, Funder, TimeEntry, utc_now

_CALL_TABLE = Call.metadata.tables["call"]


def _query() -> Select[*tuple[Any, ...]]:
    return select(Call, Funder.name).outerjoin(Funder, Funder.id == Call.funder_id)


def _row(call: Call, funder_name: str | None, today: dt.date) -> CallRow:
    recurrence = Recurrence(call.recurrence)
    return CallRow(
        id=call.id,
        title=call.title,
        funder_id=call.funder_id,
        funder_name=funder_name or "",
        reference=call.reference,
        url=call.url,
        opens_on=call.opens_on,
        predeposit_on=call.predeposit_on,
        deadline=call.deadline,
        amount_min_cents=call.amount_min_cents,
        amount_max_cents=call.amount_max_cents,
        rate_min_percent=call.rate_min_percent,
        rate_max_percent=call.rate_max_percent,
        funding_type=FundingType(call.funding_type),
        multi_year=call.multi_year,
        eligibility=call.eligibility,
        description=call.description,
        recurrence=recurrence,
        archived=call.archived,
        source_id=call.source_id,
        source_slug=call.source_slug,
        version=call.version,
        days_left=days_left(call.deadline, today),
        next_deadline=next_occurrence(call.deadline, recurrence, today),
    )


def _rows(session: Session, query: Select[*tuple[Any, ...]], today: dt.date) -> list[CallRow]:
    return [_row(call, funder_name, today) for call, funder_name in session.execute(query)]


def _get(session: Session, call_id: int) -> Call:
    call = session.get(Call, call_id)
    if call is None:
        raise NotFound("call", call_id)
    return call


def get(session: Session, call_id: int, today: dt.date) -> CallRow:
    found = _rows(session, _query().where(Call.id == call_id), today)
    if not found:
        raise NotFound("call", call_id)
    return found[0]


def list_calls(session: Session, call_filter: CallFilter, today: dt.date, words: list[str]) -> list[CallRow]:
    """Calls of the filter's window seen from `today`, soonest deadline first (latest first for CLOSED);
    calls without a deadline come last. `words` (folded) must all appear in the call's texts or funder."""
    query = _query()
    window = call_filter.window
    if window == CallWindow.OPEN:
        query = query.where(or_(Call.deadline.is_(None), Call.deadline >= today))
    elif window == CallWindow.CLOSING_SOON:
        until = today + dt.timedelta(days=call_filter.closing_soon_days)
        query = query.where(Call.deadline.between(today, until))
    elif window == CallWindow.CLOSED:
        query = query.where(Call.deadline < today)
    if call_filter.funder_id is not None:
        query = query.where(Call.funder_id == call_filter.funder_id)
    if call_filter.funding_type is not None:
        query = query.where(Call.funding_type == call_filter.funding_type.value)
    if call_filter.recurrence is not None:
        query = query.where(Call.recurrence == call_filter.recurrence.value)
    if not call_filter.include_archived:
        query = query.where(Call.archived.is_(False))
    if words:
        haystack = Call.search_text + " " + func.coalesce(Funder.normalized_name, "")
        query = query.where(words_condition(haystack, words))
    deadline_order = Call.deadline.desc() if window == CallWindow.CLOSED else Call.deadline
    query = query.order_by(Call.deadline.is_(None), deadline_order, Call.title, Call.id)
    if call_filter.limit is not None:
        query = query.limit(call_filter.limit)
    return _rows(session, query, today)


# -- saving --------------------------------------------------------------------------------------------


def _apply(call: Call, data: CallInput) -> None:
    call.funder_id = data.funder_id
    call.title = data.title
    call.reference = data.reference
    call.url = data.url
    call.opens_on = data.opens_on
    call.predeposit_on = data.predeposit_on
    call.deadline = data.deadline
    call.amount_min_cents = data.amount_min_cents
    call.amount_max_cents = data.amount_max_cents
    call.rate_min_percent = data.rate_min_percent
    call.rate_max_percent = data.rate_max_percent
    call.funding_type = data.funding_type.value
    call.multi_year = data.multi_year
    call.eligibility = data.eligibility
    call.description = data.description
    call.recurrence = data.recurrence.value
    call.archived = data.archived
    call.search_text = _search_text(call)


def _search_text(call: Call) -> str:
    return search_text(call.title, call.reference or "", call.description or "", call.eligibility or "")


def _check_funder(session: Session, data: CallInput) -> None:
    if data.funder_id is not None and not funder_repository.exists(session, data.funder_id):
        raise NotFound("funder", data.funder_id)


def add(session: Session, data: CallInput, today: dt.date) -> CallRow:
    _check_funder(session, data)
    call = Call()
    _apply(call, data)
    session.add(call)
    session.flush()
    return get(session, call.id, today)


def update(session: Session, call_id: int, expected_version: int, data: CallInput, today: dt.date) -> CallRow:
    call = _get(session, call_id)
    if call.version != expected_version:
        raise StaleEdit("call", call_id)
    _check_funder(session, data)
    _apply(call, data)
    session.flush()
    return get(session, call_id, today)


def set_archived(
    session: Session, call_id: int, expected_version: int, archived: bool, today: dt.date
) -> CallRow:
    call = _get(session, call_id)
    if call.version != expected_version:
        raise StaleEdit("call", call_id)
    call.archived = archived
    session.flush()
    return get(session, call_id, today)


def delete(session: Session, call_id: int) -> None:
    """Delete a call nothing refers to; one with applications or time entries is InUse (archive it)."""
    call = _get(session, call_id)
    uses = {
        "application": select(func.count()).where(Application.call_id == call_id),
        "time_entry": select(func.count()).where(TimeEntry.call_id == call_id),
    }
    for used_by, query in uses.items():
        if session.scalar(query):
            raise InUse("call", call_id, used_by)
    session.delete(call)
    session.flush()


# -- imports -------------------------------------------------------------------------------------------


def find_by_source(
    session: Session, source_id: str | None, slug: str | None, today: dt.date
) -> CallRow | None:
    """The call imported earlier from the same aid: matched by source id first, then by slug."""
    for column, value in ((Call.source_id, source_id), (Call.source_slug, slug)):
        if value:
            found = _rows(session, _query().where(column == value).order_by(Call.id).limit(1), today)
            if found:
                return found[0]
    return None


def save_imported(
    session: Session, call_id: int | None, data: CallInput, source: ImportedSource, today: dt.date
) -> CallRow:
    """Insert (call_id None) or overwrite an imported call with `data` (already validated) and its
    source. No version check: the import is the reference for imported fields; the version goes up, so
    that an editor opened on the call meanwhile gets StaleEdit instead of overwriting the import."""
    _check_funder(session, data)
    call = Call() if call_id is None else _get(session, call_id)
    _apply(call, data)
    call.source_id = source.source_id
    call.source_slug = source.slug
    call.source_updated_at = source.updated_at
    if call_id is None:
        session.add(call)
    session.flush()
    return get(session, call.id, today)


def refresh_search_text(session: Session) -> None:
    """Recompute the search text of every call written without this repository (the demo data),
    leaving versions alone."""
    session.flush()
    texts = [
        {"b_id": call_id, "b_text": search_text(title, reference, description, eligibility)}
        for call_id, title, reference, description, eligibility in session.execute(
            select(Call.id, Call.title, Call.reference, Call.description, Call.eligibility)
        )
    ]
    if texts:
        statement = (
            sql_update(_CALL_TABLE)
            .where(_CALL_TABLE.c.id == bindparam("b_id"))
            .values(search_text=bindparam("b_text"))
        )
        session.execute(statement, texts)
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, Call):
            session.expire(loaded, ["search_text"])


# -- bulk imports (Aides-territoires) ------------------------------------------------------------------


def imported_calls(session: Session, today: dt.date) -> list[CallRow]:
    """Every call that came from an import (source id or slug set), archived ones included, by id:
    one query, for an import matching thousands of aids at once."""
    query = _query().where(or_(Call.source_id.is_not(None), Call.source_slug.is_not(None))).order_by(Call.id)
    return _rows(session, query, today)


def _imported_values(data: CallInput, source: ImportedSource) -> dict[str, Any]:
    """The columns of a call written by an import (the same fields as the editor, plus the source)."""
    return {
        "funder_id": data.funder_id,
        "title": data.title,
        "reference": data.reference,
        "url": data.url,
        "opens_on": data.opens_on,
        "predeposit_on": data.predeposit_on,
        "deadline": data.deadline,
        "amount_min_cents": data.amount_min_cents,
        "amount_max_cents": data.amount_max_cents,
        "rate_min_percent": data.rate_min_percent,
        "rate_max_percent": data.rate_max_percent,
        "funding_type": data.funding_type.value,
        "multi_year": data.multi_year,
        "eligibility": data.eligibility,
        "description": data.description,
        "recurrence": data.recurrence.value,
        "archived": data.archived,
        "search_text": search_text(data.title, data.reference, data.description, data.eligibility),
        "source_id": source.source_id,
        "source_slug": source.slug,
        "source_updated_at": source.updated_at,
    }


def insert_imported_many(session: Session, items: Sequence[tuple[CallInput, ImportedSource]]) -> None:
    """Insert imported calls (already validated, funders existing) in one statement per batch."""
    if not items:
        return
    session.flush()
    now = utc_now()
    last_id = session.scalar(select(func.max(Call.id))) or 0
    session.execute(
        _CALL_TABLE.insert(),
        [{**_imported_values(data, source), "version": 1, "updated_at": now} for data, source in items],
    )
    # Their history, as if created one by one: the calls of this import are the new ids with its sources.
    sources = {(source.source_id, source.slug) for _, source in items}
    new_ids = [
        call_id
        for call_id, source_id, slug in session.execute(
            select(Call.id, Call.source_id, Call.source_slug).where(Call.id > last_id)
        )
        if (source_id, slug) in sources
    ]
    history_repository.record_written(
        session, HistoryEntity.CALL, {}, history_repository.columns_of(session, HistoryEntity.CALL, new_ids)
    )


def update_imported_many(session: Session, items: Sequence[tuple[int, CallInput, ImportedSource]]) -> None:
    """Overwrite imported calls (call id, data already validated, source) in one batch, bumping each
    version as `save_imported` does (an editor open on one of them gets StaleEdit)."""
    if not items:
        return
    session.flush()
    ids = {call_id for call_id, _, _ in items}
    before = history_repository.columns_of(session, HistoryEntity.CALL, ids)
    now = utc_now()
    names = list(_imported_values(items[0][1], items[0][2]))
    statement = (
        sql_update(_CALL_TABLE)
        .where(_CALL_TABLE.c.id == bindparam("b_id"))
        .values(
            {
                **{name: bindparam(f"b_{name}") for name in names},
                "version": _CALL_TABLE.c.version + 1,
                "updated_at": bindparam("b_updated_at"),
            }
        )
    )
    session.execute(
        statement,
        [
            {
                "b_id": call_id,
                "b_updated_at": now,
                **{f"b_{name}": value for name, value in _imported_values(data, source).items()},
            }
            for call_id, data, source in items
        ],
    )
    history_repository.record_written(
        session, HistoryEntity.CALL, before, history_repository.columns_of(session, HistoryEntity.CALL, ids)
    )
    for loaded in list(session.identity_map.values()):  # objects of this session must not keep old values
        if isinstance(loaded, Call) and loaded.id in ids:
            session.expire(loaded)
