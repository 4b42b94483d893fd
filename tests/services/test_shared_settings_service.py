from __future__ import annotations

import pytest

from coopdesk.domain.errors import InvalidValue
from coopdesk.services.shared_settings_service import (
    DOCUMENT_SIZE_LIMIT_MB,
    HOURLY_VALUATION_CENTS,
    SharedSettingsService,
)
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import shared_setting_repository


def test_default_until_set_then_shared_value(database: Database) -> None:
    service = SharedSettingsService(database)
    assert service.get_int(DOCUMENT_SIZE_LIMIT_MB) == 50
    assert service.is_default(DOCUMENT_SIZE_LIMIT_MB)
    service.set_int(DOCUMENT_SIZE_LIMIT_MB, 80)
    assert SharedSettingsService(database).get_int(DOCUMENT_SIZE_LIMIT_MB) == 80
    assert not service.is_default(DOCUMENT_SIZE_LIMIT_MB)
    service.reset(DOCUMENT_SIZE_LIMIT_MB)
    assert service.get_int(DOCUMENT_SIZE_LIMIT_MB) == 50


def test_out_of_range_is_refused_and_keeps_the_old_value(database: Database) -> None:
    service = SharedSettingsService(database)
    service.set_int(HOURLY_VALUATION_CENTS, 1500)
    with pytest.raises(InvalidValue):
        service.set_int(HOURLY_VALUATION_CENTS, -1)
    assert service.get_int(HOURLY_VALUATION_CENTS) == 1500


@pytest.mark.parametrize("stored", ["douze", "", "-5", "99999999"])
def test_a_damaged_stored_value_gives_the_default(database: Database, stored: str) -> None:
    with database.session() as session:
        shared_setting_repository.save(session, HOURLY_VALUATION_CENTS.key, stored)
    assert SharedSettingsService(database).get_int(HOURLY_VALUATION_CENTS) == HOURLY_VALUATION_CENTS.default
