"""E-mail addresses, phone numbers, postal codes and web addresses as typed by volunteers."""

from __future__ import annotations

import re

import phonenumbers

from coopdesk.domain.errors import InvalidValue, InvalidValueCode

# Deliberately simple: one @, a dot in the domain, no spaces. Real delivery is the only real check.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_POSTAL_CODE = re.compile(r"^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$")


def normalize_email(text: str) -> str:
    value = text.strip()
    if not value:
        raise InvalidValue("email", text, InvalidValueCode.REQUIRED)
    if not _EMAIL.match(value):
        raise InvalidValue("email", text, InvalidValueCode.BAD_FORMAT)
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def normalize_phone(text: str) -> str:
    """A French number shown as "04 67 12 34 56"; an international one kept as "+32 2 123 45 67"."""
    value = text.strip()
    if not value:
        raise InvalidValue("phone", text, InvalidValueCode.REQUIRED)
    try:
        number = phonenumbers.parse(value, "FR")
    except phonenumbers.NumberParseException as error:
        raise InvalidValue("phone", text, InvalidValueCode.BAD_FORMAT) from error
    if not phonenumbers.is_possible_number(number):
        raise InvalidValue("phone", text, InvalidValueCode.BAD_LENGTH)
    if number.country_code == 33:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_postal_code(text: str) -> str:
    value = "".join(text.split())
    if not value:
        raise InvalidValue("postal_code", text, InvalidValueCode.REQUIRED)
    if not _POSTAL_CODE.match(value):
        raise InvalidValue("postal_code", text, InvalidValueCode.BAD_FORMAT)
    return value


def normalize_website(text: str) -> str:
    value = text.strip()
    if not value:
        raise InvalidValue("website", text, InvalidValueCode.REQUIRED)
    if any(char.isspace() for char in value) or "." not in value:
        raise InvalidValue("website", text, InvalidValueCode.BAD_FORMAT)
    if not value.lower().startswith(("http://", "https://")):
        value = "https://" + value
    return value
