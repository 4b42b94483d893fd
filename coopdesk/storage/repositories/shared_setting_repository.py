"""Settings of the whole association, kept in the database so that every PC of the office shares them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.storage.tables import SharedSetting


def load(session: Session, key: str) -> str | None:
    return session.scalars(select(SharedSetting.value).where(SharedSetting.key == key)).first()


def load_all(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(SharedSetting))}


def save(session: Session, key: str, value: str) -> None:
    setting = session.get(SharedSetting, key)
    if setting is None:
        session.add(SharedSetting(key=key, value=value))
    else:
        setting.value = value
    session.flush()


def remove(session: Session, key: str) -> None:
    setting = session.get(SharedSetting, key)
    if setting is not None:
        session.delete(setting)
        session.flush()
