"""Volunteers of the association."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import InUse, NotFound, StaleEdit
from coopdesk.domain.rows import VolunteerInput, VolunteerRow
from coopdesk.storage.tables import Application, Project, TimeEntry, Volunteer


def _row(volunteer: Volunteer) -> VolunteerRow:
    return VolunteerRow(
        id=volunteer.id,
        name=volunteer.name,
        role=volunteer.role,
        email=volunteer.email,
        phone=volunteer.phone,
        active=volunteer.active,
        version=volunteer.version,
    )


def list_all(session: Session, *, include_inactive: bool = True) -> list[VolunteerRow]:
    query = select(Volunteer).order_by(Volunteer.active.desc(), func.lower(Volunteer.name))
    if not include_inactive:
        query = query.where(Volunteer.active.is_(True))
    return [_row(volunteer) for volunteer in session.scalars(query)]


def _get(session: Session, volunteer_id: int) -> Volunteer:
    volunteer = session.get(Volunteer, volunteer_id)
    if volunteer is None:
        raise NotFound("volunteer", volunteer_id)
    return volunteer


def add(session: Session, data: VolunteerInput) -> VolunteerRow:
    volunteer = Volunteer(
        name=data.name, role=data.role, email=data.email, phone=data.phone, active=data.active
    )
    session.add(volunteer)
    session.flush()
    return _row(volunteer)


def update(session: Session, volunteer_id: int, expected_version: int, data: VolunteerInput) -> VolunteerRow:
    volunteer = _get(session, volunteer_id)
    if volunteer.version != expected_version:
        raise StaleEdit("volunteer", volunteer_id)
    volunteer.name, volunteer.role = data.name, data.role
    volunteer.email, volunteer.phone, volunteer.active = data.email, data.phone, data.active
    session.flush()
    return _row(volunteer)


def delete(session: Session, volunteer_id: int) -> None:
    """Delete a volunteer nobody refers to; one with time entries or applications is InUse."""
    volunteer = _get(session, volunteer_id)
    uses = {
        "time_entry": select(func.count()).where(TimeEntry.volunteer_id == volunteer_id),
        "application": select(func.count()).where(Application.owner_id == volunteer_id),
        "project": select(func.count()).where(Project.owner_id == volunteer_id),
    }
    for used_by, query in uses.items():
        if session.scalar(query):
            raise InUse("volunteer", volunteer_id, used_by)
    session.delete(volunteer)
