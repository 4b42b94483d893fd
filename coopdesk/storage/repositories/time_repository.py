"""Time entries: the list of the Temps page and its total (SQL SUM), the editor, a volunteer's day,
and what time can be spent on (applications, funders, calls) for the completers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, true
from sqlalchemy.orm import Session, aliased

from coopdesk.domain.enums import TimeActivity
from coopdesk.domain.errors import NotFound, StaleEdit
from coopdesk.domain.text_search import fold
from coopdesk.domain.time_entries import (
    TimeEntryInput,
    TimeEntryRow,
    TimeFilter,
    TimeTargetChoice,
    TimeTotals,
)
from coopdesk.storage.tables import Application, Call, Funder, TimeEntry, Volunteer

_application_funder = aliased(Funder, name="application_funder")
_own_funder = aliased(Funder, name="own_funder")
_call_funder = aliased(Funder, name="call_funder")
_own_call = aliased(Call, name="own_call")
_application_call = aliased(Call, name="application_call")


_ENTRY_COLUMNS = (
    TimeEntry.id,
    TimeEntry.volunteer_id,
    TimeEntry.spent_on,
    TimeEntry.minutes,
    TimeEntry.activity,
    TimeEntry.application_id,
    TimeEntry.note,
    TimeEntry.version,
)


def _query() -> Select[*tuple[Any, ...]]:
    """Plain columns, never ORM objects: the export reads every entry."""
    return (
        select(
            *_ENTRY_COLUMNS,
            Volunteer.name,
            Application.title,
            func.coalesce(_application_funder.name, _own_funder.name, _call_funder.name),
            func.coalesce(_own_call.title, _application_call.title),
            func.coalesce(Application.funder_id, TimeEntry.funder_id, _own_call.funder_id),
            func.coalesce(TimeEntry.call_id, Application.call_id),
        )
        .outerjoin(Volunteer, Volunteer.id == TimeEntry.volunteer_id)
        .outerjoin(Application, Application.id == TimeEntry.application_id)
        .outerjoin(_application_funder, _application_funder.id == Application.funder_id)
        .outerjoin(_application_call, _application_call.id == Application.call_id)
        .outerjoin(_own_funder, _own_funder.id == TimeEntry.funder_id)
        .outerjoin(_own_call, _own_call.id == TimeEntry.call_id)
        .outerjoin(_call_funder, _call_funder.id == _own_call.funder_id)
    )


def _row(found: Any) -> TimeEntryRow:
    (
        entry_id, volunteer_id, spent_on, minutes, activity, application_id, note, version,
        volunteer, application, funder, call, funder_id, call_id,
    ) = found  # fmt: skip
    return TimeEntryRow(
        id=entry_id,
        volunteer_id=volunteer_id,
        volunteer_name=volunteer or "",
        spent_on=spent_on,
        minutes=minutes,
        activity=_activity(activity),
        application_id=application_id,
        application_title=application or "",
        funder_id=funder_id,
        funder_name=funder or "",
        call_id=call_id,
        call_title=call or "",
        note=note or "",
        version=version,
    )


_ACTIVITIES = {activity.value: activity for activity in TimeActivity}  # a dict is 3x faster than the enum


def _activity(value: str) -> TimeActivity:
    # An activity written by a newer program is shown as "autre", never a crash.
    return _ACTIVITIES.get(value, TimeActivity.OTHER)


def _conditions(chosen: TimeFilter) -> ColumnElement[bool]:
    condition: ColumnElement[bool] = true()
    if chosen.start is not None:
        condition = condition & (TimeEntry.spent_on >= chosen.start)
    if chosen.end is not None:
        condition = condition & (TimeEntry.spent_on <= chosen.end)
    if chosen.volunteer_id is not None:
        condition = condition & (TimeEntry.volunteer_id == chosen.volunteer_id)
    if chosen.application_id is not None:
        condition = condition & (TimeEntry.application_id == chosen.application_id)
    return condition


def list_entries(session: Session, chosen: TimeFilter, limit: int | None = None) -> list[TimeEntryRow]:
    """The entries the filter selects, latest day first (then latest typed first)."""
    query = _query().where(_conditions(chosen)).order_by(TimeEntry.spent_on.desc(), TimeEntry.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [_row(found) for found in session.execute(query)]


def totals(session: Session, chosen: TimeFilter) -> TimeTotals:
    count, minutes = session.execute(
        select(func.count(), func.coalesce(func.sum(TimeEntry.minutes), 0)).where(_conditions(chosen))
    ).one()
    return TimeTotals(count=int(count), minutes=int(minutes))


def get(session: Session, entry_id: int) -> TimeEntryRow:
    found = session.execute(_query().where(TimeEntry.id == entry_id)).first()
    if found is None:
        raise NotFound("time_entry", entry_id)
    return _row(found)


def day_minutes(session: Session, volunteer_id: int, day: dt.date, *, excluding: int | None = None) -> int:
    """Minutes the volunteer already has on `day`, without the entry `excluding` (the one edited)."""
    query = select(func.coalesce(func.sum(TimeEntry.minutes), 0)).where(
        TimeEntry.volunteer_id == volunteer_id, TimeEntry.spent_on == day
    )
    if excluding is not None:
        query = query.where(TimeEntry.id != excluding)
    return int(session.scalar(query) or 0)


def _check_references(session: Session, data: TimeEntryInput) -> None:
    for entity, table, entity_id in (
        ("volunteer", Volunteer, data.volunteer_id),
        ("application", Application, data.application_id),
        ("funder", Funder, data.funder_id),
        ("call", Call, data.call_id),
    ):
        if entity_id is not None and session.get(table, entity_id) is None:
            raise NotFound(entity, entity_id)


def _apply(entry: TimeEntry, data: TimeEntryInput) -> None:
    assert data.spent_on is not None  # validated before
    entry.volunteer_id = data.volunteer_id
    entry.application_id = data.application_id
    entry.funder_id = data.funder_id
    entry.call_id = data.call_id
    entry.spent_on = data.spent_on
    entry.minutes = data.minutes
    entry.activity = data.activity.value
    entry.note = data.note


def add(session: Session, data: TimeEntryInput) -> TimeEntryRow:
    _check_references(session, data)
    entry = TimeEntry()
    _apply(entry, data)
    session.add(entry)
    session.flush()
    return get(session, entry.id)


def _get(session: Session, entry_id: int) -> TimeEntry:
    entry = session.get(TimeEntry, entry_id)
    if entry is None:
        raise NotFound("time_entry", entry_id)
    return entry


def update(session: Session, entry_id: int, expected_version: int, data: TimeEntryInput) -> TimeEntryRow:
    entry = _get(session, entry_id)
    if entry.version != expected_version:
        raise StaleEdit("time_entry", entry_id)
    _check_references(session, data)
    _apply(entry, data)
    session.flush()
    return get(session, entry_id)


def delete(session: Session, entry_id: int) -> TimeEntryRow:
    """Delete an entry; returns it as it was, so that the page can offer to undo."""
    row = get(session, entry_id)
    session.delete(_get(session, entry_id))
    session.flush()
    return row


def targets(session: Session) -> list[TimeTargetChoice]:
    """Applications (latest first), then funders, then open calls: what an entry can be attached to."""
    found: list[TimeTargetChoice] = []
    applications = session.execute(
        select(Application.id, Application.title, Funder.name)
        .outerjoin(Funder, Funder.id == Application.funder_id)
        .order_by(Application.id.desc())
    )
    for application_id, title, funder in applications:
        label = f"{title} — {funder}" if funder else title
        found.append(TimeTargetChoice("application", application_id, label))
    for funder_id, name in session.execute(select(Funder.id, Funder.name).order_by(func.lower(Funder.name))):
        found.append(TimeTargetChoice("funder", funder_id, name))
    calls = session.execute(
        select(Call.id, Call.title).where(Call.archived.is_(False)).order_by(func.lower(Call.title))
    )
    for call_id, title in calls:
        found.append(TimeTargetChoice("call", call_id, title))
    return found


def volunteer_named(session: Session, name: str) -> int | None:
    """The id of the volunteer whose name is `name` (case ignored), else of the only one whose name is
    `name` once accents and punctuation are ignored ("helene vidal" for Hélène Vidal), or None."""
    wanted = " ".join(name.split()).casefold()
    folded = fold(name)
    loose: list[int] = []
    for volunteer_id, volunteer_name in session.execute(select(Volunteer.id, Volunteer.name)):
        if " ".join(volunteer_name.split()).casefold() == wanted:
            return int(volunteer_id)
        if folded and fold(volunteer_name) == folded:
            loose.append(int(volunteer_id))
    return loose[0] if len(loose) == 1 else None


def dashboard_minutes(
    session: Session, month: tuple[dt.date, dt.date], year: tuple[dt.date, dt.date]
) -> tuple[int, int]:
    """(minutes of the month, minutes spent on applications in the year), in one pass over the index."""
    in_month = TimeEntry.spent_on.between(*month)
    in_year_on_applications = TimeEntry.spent_on.between(*year) & TimeEntry.application_id.is_not(None)
    month_minutes, year_minutes = session.execute(
        select(
            func.coalesce(func.sum(TimeEntry.minutes).filter(in_month), 0),
            func.coalesce(func.sum(TimeEntry.minutes).filter(in_year_on_applications), 0),
        ).where(TimeEntry.spent_on.between(min(month[0], year[0]), max(month[1], year[1])))
    ).one()
    return int(month_minutes), int(year_minutes)


def minutes_between(
    session: Session, start: dt.date, end: dt.date, *, applications_only: bool = False
) -> int:
    """Minutes spent from `start` to `end` inclusive (only on applications when asked)."""
    query = select(func.coalesce(func.sum(TimeEntry.minutes), 0)).where(
        TimeEntry.spent_on.between(start, end)
    )
    if applications_only:
        query = query.where(TimeEntry.application_id.is_not(None))
    return int(session.scalar(query) or 0)
