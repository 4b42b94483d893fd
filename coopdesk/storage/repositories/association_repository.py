"""The association's profile (one row)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import StaleEdit
from coopdesk.domain.rows import AssociationProfile
from coopdesk.storage.tables import Association

_FIELDS = [field.name for field in dataclasses.fields(AssociationProfile) if field.name != "version"]


def _row(association: Association) -> AssociationProfile:
    values = {name: getattr(association, name) for name in _FIELDS}
    return AssociationProfile(**values, version=association.version)


def load(session: Session) -> AssociationProfile | None:
    association = session.scalars(select(Association).order_by(Association.id).limit(1)).first()
    return _row(association) if association is not None else None


def save(session: Session, profile: AssociationProfile) -> AssociationProfile:
    """Insert the profile, or update it if nobody changed it since `profile.version` was read."""
    association = session.scalars(select(Association).order_by(Association.id).limit(1)).first()
    if association is None:
        if profile.version != 0:
            raise StaleEdit("association", 0)
        association = Association(**{name: getattr(profile, name) for name in _FIELDS})
        session.add(association)
    else:
        if association.version != profile.version:
            raise StaleEdit("association", association.id)
        for name in _FIELDS:
            setattr(association, name, getattr(profile, name))
    session.flush()
    return _row(association)
