"""Rules of the association's profile: every field checked at once, normalized when valid."""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable

from stdnum import bic as stdnum_bic

from coopdesk.domain.contact_details import (
    normalize_email,
    normalize_phone,
    normalize_postal_code,
    normalize_website,
)
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode
from coopdesk.domain.identifiers import normalize_iban, normalize_rna, normalize_siret
from coopdesk.domain.rows import AssociationProfile

_FTE = re.compile(r"^\d{1,4}(?:[.,]\d{1,2})?$")
MAX_NAME = 200


def normalize_bic(text: str) -> str:
    value = "".join(text.split()).upper()
    if not stdnum_bic.is_valid(value):
        raise InvalidValue("bic", text, InvalidValueCode.BAD_FORMAT)
    return value


def normalize_fte(text: str) -> str:
    """Full-time equivalents as typed in France: "1,5"."""
    value = text.strip().replace(".", ",")
    if not _FTE.match(value):
        raise InvalidValue("employees_fte", text, InvalidValueCode.BAD_FORMAT)
    return value


_OPTIONAL_FIELDS: dict[str, Callable[[str], str]] = {
    "siret": normalize_siret,
    "rna": normalize_rna,
    "postal_code": normalize_postal_code,
    "email": normalize_email,
    "phone": normalize_phone,
    "website": normalize_website,
    "iban": normalize_iban,
    "bic": normalize_bic,
    "employees_fte": normalize_fte,
}


def validate_profile(profile: AssociationProfile) -> AssociationProfile:
    """The profile with every field normalized, or FieldErrors naming each refused field."""
    errors: dict[str, InvalidValue] = {}
    changes: dict[str, object] = {}

    name = " ".join(profile.name.split())
    if not name:
        errors["name"] = InvalidValue("name", profile.name, InvalidValueCode.REQUIRED)
    elif len(name) > MAX_NAME:
        errors["name"] = InvalidValue("name", profile.name, InvalidValueCode.TOO_LONG)
    changes["name"] = name

    for field_name, normalize in _OPTIONAL_FIELDS.items():
        raw = getattr(profile, field_name)
        if not raw.strip():
            changes[field_name] = ""
            continue
        try:
            changes[field_name] = normalize(raw)
        except InvalidValue as error:
            errors[field_name] = InvalidValue(field_name, raw, error.code)

    month, day = profile.fiscal_year_end_month, profile.fiscal_year_end_day
    if not 1 <= month <= 12:
        errors["fiscal_year_end_month"] = InvalidValue(
            "fiscal_year_end_month", str(month), InvalidValueCode.OUT_OF_RANGE
        )
    elif not 1 <= day <= calendar.monthrange(2025, month)[1]:  # a non-leap year: no 29/02 year end
        errors["fiscal_year_end_day"] = InvalidValue(
            "fiscal_year_end_day", str(day), InvalidValueCode.BAD_DATE
        )

    for count_field in ("volunteers_count", "employees_count"):
        if getattr(profile, count_field) < 0:
            errors[count_field] = InvalidValue(
                count_field, str(getattr(profile, count_field)), InvalidValueCode.NEGATIVE
            )

    if errors:
        raise FieldErrors(errors)
    for text_field in ("acronym", "street", "city", "legal_representative", "legal_representative_role"):
        changes[text_field] = " ".join(getattr(profile, text_field).split())
    changes["treasurer"] = " ".join(profile.treasurer.split())
    return dataclasses.replace(profile, **changes)  # type: ignore[arg-type]


def missing_identity_fields(profile: AssociationProfile) -> list[str]:
    """Fields a funder expects on every application pack that are still empty."""
    required = ("name", "siret", "street", "postal_code", "city", "legal_representative", "email")
    return [name for name in required if not str(getattr(profile, name)).strip()]
