"""The association's profile: validated at every field, saved whole or not at all."""

from __future__ import annotations

import dataclasses

import pytest

from coopdesk.domain.errors import FieldErrors, InvalidValueCode, StaleEdit
from coopdesk.domain.rows import AssociationProfile
from coopdesk.services.association_service import AssociationService
from coopdesk.storage.database import Database

VALID = AssociationProfile(
    name="  Épicerie solidaire   Le Panier du Lez ",
    siret="732 829 320 00074",
    rna="w341234567",
    postal_code="34 000",
    email="contact@PANIER-DU-LEZ.EXEMPLE.FR",
    phone="0467123456",
    iban="fr76 3000 6000 0112 3456 7890 189",
    website="panier-du-lez.exemple.fr",
    employees_fte="1.5",
)


def test_a_valid_profile_is_normalized_and_saved(database: Database) -> None:
    service = AssociationService(database)
    assert service.profile() is None
    saved = service.save_profile(VALID)
    assert saved.name == "Épicerie solidaire Le Panier du Lez"
    assert saved.siret == "73282932000074"
    assert saved.rna == "W341234567"
    assert saved.postal_code == "34000"
    assert saved.email == "contact@panier-du-lez.exemple.fr"
    assert saved.phone == "04 67 12 34 56"
    assert saved.iban == "FR7630006000011234567890189"
    assert saved.website == "https://panier-du-lez.exemple.fr"
    assert saved.employees_fte == "1,5"
    assert service.profile() == saved


def test_every_bad_field_is_reported_and_nothing_is_saved(database: Database) -> None:
    service = AssociationService(database)
    bad = dataclasses.replace(
        VALID, name=" ", siret="73282932000075", rna="W12", iban="FR7630006000011234567890188", email="x@"
    )
    with pytest.raises(FieldErrors) as raised:
        service.save_profile(bad)
    errors = raised.value.errors
    assert set(errors) == {"name", "siret", "rna", "iban", "email"}
    assert errors["name"].code is InvalidValueCode.REQUIRED
    assert errors["siret"].code is InvalidValueCode.BAD_CHECKSUM
    assert service.profile() is None


def test_a_profile_saved_elsewhere_in_the_meantime_is_not_overwritten(database: Database) -> None:
    first_pc, second_pc = AssociationService(database), AssociationService(database)
    saved = first_pc.save_profile(VALID)
    first_pc.save_profile(dataclasses.replace(saved, treasurer="Nadia Benali"))
    with pytest.raises(StaleEdit):
        second_pc.save_profile(dataclasses.replace(saved, treasurer="Paul Girard"))
    profile = first_pc.profile()
    assert profile is not None
    assert profile.treasurer == "Nadia Benali"


def test_a_fiscal_year_ending_on_a_day_that_does_not_exist_is_refused(database: Database) -> None:
    service = AssociationService(database)
    with pytest.raises(FieldErrors) as raised:
        service.save_profile(dataclasses.replace(VALID, fiscal_year_end_month=2, fiscal_year_end_day=30))
    assert list(raised.value.errors) == ["fiscal_year_end_day"]
