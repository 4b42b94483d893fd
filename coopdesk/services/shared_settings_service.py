"""Typed settings of the whole association (stored in the database, shared by every PC of the office).

Each setting is declared once here with its key, default and bounds; a stored value that cannot be read
(or is out of bounds) gives the default, so a damaged row never stops the program.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain.errors import InvalidValue, InvalidValueCode
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import shared_setting_repository


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int
    doc: str


TEXT_REVIEW_MONTHS = IntSetting(
    "text_review_months", 12, 1, 120, "A text block not reviewed for this many months is flagged 'to review'."
)
DOCUMENT_SIZE_LIMIT_MB = IntSetting(
    "document_size_limit_mb", 50, 1, 2000, "Largest file accepted in the permanent file of pieces, in MB."
)
HOURLY_VALUATION_CENTS = IntSetting(
    "hourly_valuation_cents",
    1202,
    0,
    100_000,
    "Value of one hour of volunteer time, in cents (default: the gross hourly SMIC on 1 January 2026).",
)

ALL_INT_SETTINGS = (TEXT_REVIEW_MONTHS, DOCUMENT_SIZE_LIMIT_MB, HOURLY_VALUATION_CENTS)


class SharedSettingsService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def get_int(self, setting: IntSetting) -> int:
        with self._database.session() as session:
            stored = shared_setting_repository.load(session, setting.key)
        if stored is None:
            return setting.default
        try:
            value = int(stored)
        except ValueError:
            return setting.default
        return value if setting.minimum <= value <= setting.maximum else setting.default

    def is_default(self, setting: IntSetting) -> bool:
        with self._database.session() as session:
            return shared_setting_repository.load(session, setting.key) is None

    def set_int(self, setting: IntSetting, value: int) -> None:
        """Store `value`; out of bounds raises InvalidValue(OUT_OF_RANGE) and stores nothing."""
        if not setting.minimum <= value <= setting.maximum:
            raise InvalidValue(setting.key, str(value), InvalidValueCode.OUT_OF_RANGE)
        with self._database.session() as session:
            shared_setting_repository.save(session, setting.key, str(value))

    def reset(self, setting: IntSetting) -> None:
        with self._database.session() as session:
            shared_setting_repository.remove(session, setting.key)
