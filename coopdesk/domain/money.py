"""Money as integer cents: parsing French user input and French display through babel.

babel's fr_FR currency format separates thousands with U+202F (narrow no-break space) and puts
U+00A0 (no-break space) before "€": "1\u202f234,56\u00a0€". The output is kept as babel gives it;
parse_money reads it back, and any of U+0020, U+00A0, U+202F as separators.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeAlias

from coopdesk.domain.errors import InvalidValue, InvalidValueCode

Cents: TypeAlias = int

MAX_CENTS: Cents = 10**13
"""Largest amount parse_money accepts: 100 billion euros, far above any grant."""

_LOCALE = "fr_FR"
_GROUP = "[ \u00a0\u202f]"
_CURRENCY_PREFIX = re.compile(r"^(?:€|EUR)\s*", re.IGNORECASE)
_CURRENCY_SUFFIX = re.compile(r"\s*(?:€|EUR)$", re.IGNORECASE)
_SIGN = re.compile(r"^([-+\u2212])\s*")
# Integer part: plain digits, or groups of 3 separated by one space of any kind, or (only when a decimal
# comma follows, so that "1.234" is never read as 1234) groups of 3 separated by dots.
_AMOUNT = re.compile(
    rf"(?P<int>[0-9]+|[0-9]{{1,3}}(?:{_GROUP}[0-9]{{3}})+)(?:[,.](?P<frac>[0-9]+))?"
    r"|(?P<dotted>[0-9]{1,3}(?:\.[0-9]{3})+),(?P<dotted_frac>[0-9]+)"
)
_MAX_INTEGER_DIGITS = len(str(MAX_CENTS // 100))


def euros_to_cents(euros: int) -> Cents:
    """Convert a whole number of euros to cents."""
    return euros * 100


def parse_money(text: str, *, allow_negative: bool = False) -> Cents:
    """Read an amount typed by a French user ("1 234,56 €", "1234.56", "1.234,56") as cents."""
    body = text.strip()
    if not body:
        raise InvalidValue("money", text, InvalidValueCode.REQUIRED)
    # The sign may come before or after a leading currency: "-1 234 €", "-€12", "€ -12".
    sign = _SIGN.match(body)
    if sign:
        body = body[sign.end() :]
    prefix = _CURRENCY_PREFIX.match(body)
    if prefix:
        body = body[prefix.end() :]
        if sign is None:
            sign = _SIGN.match(body)
            if sign:
                body = body[sign.end() :]
    else:
        body = _CURRENCY_SUFFIX.sub("", body, count=1)
    negative = sign is not None and sign.group(1) != "+"
    match = _AMOUNT.fullmatch(body)
    if match is None:
        raise InvalidValue("money", text, InvalidValueCode.BAD_FORMAT)
    if negative and not allow_negative:
        raise InvalidValue("money", text, InvalidValueCode.NEGATIVE)
    integer = match.group("int") or match.group("dotted")
    fraction = match.group("frac") or match.group("dotted_frac") or ""
    if len(fraction) > 2:
        raise InvalidValue("money", text, InvalidValueCode.TOO_MANY_DECIMALS)
    digits = re.sub(r"[^0-9]", "", integer).lstrip("0")
    if len(digits) > _MAX_INTEGER_DIGITS:
        raise InvalidValue("money", text, InvalidValueCode.TOO_LARGE)
    cents = int(digits or "0") * 100 + int(fraction.ljust(2, "0"))
    if cents > MAX_CENTS:
        raise InvalidValue("money", text, InvalidValueCode.TOO_LARGE)
    return -cents if negative else cents


def _round_to_euros(cents: Cents) -> int:
    """Whole euros, rounding half up (away from zero: 0,50 € -> 1 €, -0,50 € -> -1 €)."""
    return int((Decimal(cents) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_money(cents: Cents, *, with_cents: bool = True) -> str:
    """Show cents in French ("1\u202f234,56\u00a0€"); with_cents=False rounds to whole euros."""
    if not with_cents:
        return format_euros(cents)
    from babel.numbers import format_currency  # babel's locale data loads on first use, not at start

    return str(format_currency(Decimal(cents).scaleb(-2), "EUR", locale=_LOCALE))


def format_euros(cents: Cents) -> str:
    """Show cents as whole euros, rounded half up ("1\u202f235\u00a0€")."""
    from babel.numbers import format_currency

    return str(
        format_currency(
            Decimal(_round_to_euros(cents)),
            "EUR",
            locale=_LOCALE,
            format="#,##0\u00a0¤",
            currency_digits=False,
        )
    )
