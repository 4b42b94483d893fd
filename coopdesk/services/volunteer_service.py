"""The association's volunteers: who writes applications and spends time on them."""

from __future__ import annotations

import dataclasses

from coopdesk.domain.contact_details import normalize_email, normalize_phone
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode
from coopdesk.domain.rows import VolunteerInput, VolunteerRow
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import volunteer_repository


def validate_volunteer(data: VolunteerInput) -> VolunteerInput:
    errors: dict[str, InvalidValue] = {}
    name = " ".join(data.name.split())
    if not name:
        errors["name"] = InvalidValue("name", data.name, InvalidValueCode.REQUIRED)
    email, phone = data.email.strip(), data.phone.strip()
    if email:
        try:
            email = normalize_email(email)
        except InvalidValue as error:
            errors["email"] = error
    if phone:
        try:
            phone = normalize_phone(phone)
        except InvalidValue as error:
            errors["phone"] = error
    if errors:
        raise FieldErrors(errors)
    return dataclasses.replace(data, name=name, email=email, phone=phone, role=" ".join(data.role.split()))


class VolunteerService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self, *, include_inactive: bool = True) -> list[VolunteerRow]:
        with self._database.session() as session:
            return volunteer_repository.list_all(session, include_inactive=include_inactive)

    def create(self, data: VolunteerInput) -> VolunteerRow:
        clean = validate_volunteer(data)
        with self._database.session() as session:
            return volunteer_repository.add(session, clean)

    def update(self, volunteer_id: int, expected_version: int, data: VolunteerInput) -> VolunteerRow:
        clean = validate_volunteer(data)
        with self._database.session() as session:
            return volunteer_repository.update(session, volunteer_id, expected_version, clean)

    def delete(self, volunteer_id: int) -> None:
        """Raises InUse when the volunteer has time entries, applications or projects: deactivate instead."""
        with self._database.session() as session:
            volunteer_repository.delete(session, volunteer_id)
