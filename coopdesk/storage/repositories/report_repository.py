"""The burden report's figures: GROUP BY over the time entries of a period, never a loop over entries.

Every query starts from the same filtered entries (`_entries`): the period uses the index on
time_entry.spent_on; applications and calls are joined by primary key. The funder an entry counts for is
its application's, else its own, else its call's (coalesce), so that time spent before any application
counts under its funder, "sans dossier".
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, literal, select
from sqlalchemy.orm import Session

from coopdesk.domain.burden import (
    DECIDED_STATUSES,
    NO_RETURN_STATUSES,
    ActivityHours,
    ApplicationHours,
    BurdenFilter,
    FunderHours,
    StatusHours,
    VolunteerHours,
)
from coopdesk.domain.enums import ApplicationStatus, TimeActivity
from coopdesk.storage.tables import Application, Call, Funder, TimeEntry, Volunteer

_DECIDED = sorted(status.value for status in DECIDED_STATUSES)
_NO_RETURN = sorted(status.value for status in NO_RETURN_STATUSES)


def _funder_of_entry() -> ColumnElement[Any]:
    return func.coalesce(Application.funder_id, TimeEntry.funder_id, Call.funder_id)


def _entries(burden_filter: BurdenFilter, *columns: Any) -> Select[Any]:
    """SELECT columns FROM the entries of the filter, with their application and call joined."""
    query = (
        select(*columns)
        .select_from(TimeEntry)
        .outerjoin(Application, Application.id == TimeEntry.application_id)
        .outerjoin(Call, Call.id == TimeEntry.call_id)
        .where(TimeEntry.spent_on.between(burden_filter.start, burden_filter.end))
    )
    if burden_filter.volunteer_id is not None:
        query = query.where(TimeEntry.volunteer_id == burden_filter.volunteer_id)
    if burden_filter.funder_id is not None:
        query = query.where(_funder_of_entry() == burden_filter.funder_id)
    if burden_filter.statuses:
        query = query.where(Application.status.in_(sorted(status.value for status in burden_filter.statuses)))
    return query


def _per_application(burden_filter: BurdenFilter) -> Any:
    """Subquery: one row per (application, funder) with its minutes and entries; application_id NULL for
    the time of a funder spent outside any application."""
    funder_id = _funder_of_entry().label("funder_id")
    return (
        _entries(
            burden_filter,
            TimeEntry.application_id.label("application_id"),
            funder_id,
            func.sum(TimeEntry.minutes).label("minutes"),
            func.count().label("entries"),
        )
        .group_by(TimeEntry.application_id, funder_id)
        .subquery("per_application")
    )


def by_application(session: Session, burden_filter: BurdenFilter) -> list[ApplicationHours]:
    per = _per_application(burden_filter)
    rows = session.execute(
        select(
            per.c.application_id,
            Application.title,
            per.c.funder_id,
            Funder.name,
            Application.status,
            Application.amount_granted_cents,
            per.c.minutes,
            per.c.entries,
        )
        .select_from(per)
        .outerjoin(Application, Application.id == per.c.application_id)
        .outerjoin(Funder, Funder.id == per.c.funder_id)
        .order_by(per.c.minutes.desc(), per.c.application_id)
    ).all()
    return [
        ApplicationHours(
            application_id=application_id,
            title=title or "",
            funder_id=funder_id,
            funder_name=funder_name or "",
            status=ApplicationStatus(status) if status is not None else None,
            minutes=int(minutes),
            entries=int(entries),
            granted_cents=(
                int(granted)
                if granted is not None and status in _DECIDED and status not in _NO_RETURN
                else None
            ),
        )
        for application_id, title, funder_id, funder_name, status, granted, minutes, entries in rows
    ]


def _sum_if(condition: ColumnElement[bool], value: Any) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, value), else_=0)), 0)


def by_funder(session: Session, burden_filter: BurdenFilter) -> list[FunderHours]:
    per = _per_application(burden_filter)
    decided = Application.status.in_(_DECIDED)
    granted = func.coalesce(Application.amount_granted_cents, 0)
    minutes = func.sum(per.c.minutes)
    rows = session.execute(
        select(
            per.c.funder_id,
            func.max(Funder.name),
            minutes,
            func.count(per.c.application_id),
            _sum_if(per.c.application_id.is_(None), per.c.minutes),
            _sum_if(decided, per.c.minutes),
            _sum_if(decided, granted),
            _sum_if(Application.status.in_(_NO_RETURN), per.c.minutes),
        )
        .select_from(per)
        .outerjoin(Application, Application.id == per.c.application_id)
        .outerjoin(Funder, Funder.id == per.c.funder_id)
        .group_by(per.c.funder_id)
        .order_by(minutes.desc(), per.c.funder_id)
    ).all()
    return [
        FunderHours(
            funder_id=funder_id,
            funder_name=name or "",
            minutes=int(total),
            applications=int(applications),
            minutes_without_application=int(without),
            minutes_decided=int(on_decided),
            granted_cents=int(obtained),
            minutes_no_return=int(no_return),
        )
        for funder_id, name, total, applications, without, on_decided, obtained, no_return in rows
    ]


def by_status(session: Session, burden_filter: BurdenFilter) -> tuple[list[StatusHours], int]:
    """Minutes, applications and amounts obtained per application status (None: without an
    application), and the number of entries: the rows partition the filtered entries."""
    per = _per_application(burden_filter)
    granted = case(
        (Application.status.in_(_DECIDED), func.coalesce(Application.amount_granted_cents, 0)), else_=0
    )
    rows = session.execute(
        select(
            Application.status,
            func.sum(per.c.minutes),
            func.count(per.c.application_id),
            func.coalesce(func.sum(granted), 0),
            func.sum(per.c.entries),
        )
        .select_from(per)
        .outerjoin(Application, Application.id == per.c.application_id)
        .group_by(Application.status)
    ).all()
    found: dict[str | None, tuple[int, int, int, int]] = {
        status: (int(m), int(a), int(g), int(e)) for status, m, a, g, e in rows
    }
    ordered: list[str | None] = [status.value for status in ApplicationStatus if status.value in found]
    if None in found:
        ordered.append(None)
    result = [
        StatusHours(
            status=ApplicationStatus(key) if key is not None else None,
            minutes=found[key][0],
            applications=found[key][1],
            granted_cents=found[key][2],
        )
        for key in ordered
    ]
    return result, sum(values[3] for values in found.values())


def by_activity(session: Session, burden_filter: BurdenFilter) -> list[ActivityHours]:
    minutes = func.sum(TimeEntry.minutes)
    rows = session.execute(
        _entries(burden_filter, TimeEntry.activity, minutes, func.count())
        .group_by(TimeEntry.activity)
        .order_by(minutes.desc(), TimeEntry.activity)
    ).all()
    known = {activity.value for activity in TimeActivity}
    merged: dict[TimeActivity, tuple[int, int]] = {}
    for activity, total, count in rows:  # an unknown stored value counts as "other", never lost
        key = TimeActivity(activity) if activity in known else TimeActivity.OTHER
        before = merged.get(key, (0, 0))
        merged[key] = (before[0] + int(total), before[1] + int(count))
    return [
        ActivityHours(activity, total, count)
        for activity, (total, count) in sorted(merged.items(), key=lambda item: (-item[1][0], item[0].value))
    ]


def by_volunteer(session: Session, burden_filter: BurdenFilter) -> list[VolunteerHours]:
    minutes = func.sum(TimeEntry.minutes).label("minutes")
    per = (
        _entries(
            burden_filter, TimeEntry.volunteer_id.label("volunteer_id"), minutes, func.count().label("n")
        )
        .group_by(TimeEntry.volunteer_id)
        .subquery("per_volunteer")
    )
    rows = session.execute(
        select(per.c.volunteer_id, Volunteer.name, per.c.minutes, per.c.n)
        .select_from(per)
        .outerjoin(Volunteer, Volunteer.id == per.c.volunteer_id)
        .order_by(per.c.minutes.desc(), per.c.volunteer_id)
    ).all()
    return [
        VolunteerHours(volunteer_id, name or "", int(total), int(count))
        for volunteer_id, name, total, count in rows
    ]


def total_minutes(session: Session, burden_filter: BurdenFilter) -> tuple[int, int]:
    """(minutes, entries) of the filter in one plain SUM: what the per-group figures must add up to."""
    minutes, count = session.execute(
        _entries(burden_filter, func.coalesce(func.sum(TimeEntry.minutes), literal(0)), func.count())
    ).one()
    return int(minutes), int(count)


def funder_name(session: Session, funder_id: int) -> str | None:
    name: str | None = session.scalar(select(Funder.name).where(Funder.id == funder_id))
    return name


def volunteer_name(session: Session, volunteer_id: int) -> str | None:
    name: str | None = session.scalar(select(Volunteer.name).where(Volunteer.id == volunteer_id))
    return name
