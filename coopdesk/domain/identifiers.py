"""French identifiers of an association: SIRET, SIREN, RNA and IBAN, checked and normalised.

SIRET, SIREN and IBAN checks come from python-stdnum (IBAN: ISO 13616 mod 97, each country's length
and BBAN structure). Its `stdnum.fr.siret` knows the La Poste exception: the establishments of SIREN
356000000 are valid when the sum of their 14 digits is a multiple of 5, except the head office
35600000000048, which follows the ordinary Luhn rule.
"""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban
from stdnum import numdb
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength, ValidationError
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from coopdesk.domain.errors import InvalidValue, InvalidValueCode

SIRET_LENGTH = 14
SIREN_LENGTH = 9
FRENCH_IBAN_LENGTH = 27

# Spaces of any kind (U+0020, U+00A0, U+202F, tabs…) and dots, as people copy them from letters and PDFs.
_NUMBER_SEPARATORS = re.compile(r"[\s.]+")
_IBAN_SEPARATORS = re.compile(r"[\s.\-]+")
_ASCII_DIGITS = re.compile(r"[0-9]+")
# W + 9 digits; Corsican prefectures use W2A / W2B followed by 7 digits.
_RNA = re.compile(r"W(?:[0-9]{9}|2[AB][0-9]{7})")
_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+")
_BBAN_PART = re.compile(r"([0-9]+)!?[nac]")


def _digits(kind: str, text: str, length: int) -> str:
    """Strip separators and check that `text` is `length` ASCII digits."""
    compact = _NUMBER_SEPARATORS.sub("", text)
    if not compact:
        raise InvalidValue(kind, text, InvalidValueCode.REQUIRED)
    if not _ASCII_DIGITS.fullmatch(compact):
        raise InvalidValue(kind, text, InvalidValueCode.NOT_DIGITS)
    if len(compact) != length:
        raise InvalidValue(kind, text, InvalidValueCode.BAD_LENGTH)
    return compact


def normalize_siret(text: str) -> str:
    """Return the 14 digits of a valid SIRET, or raise InvalidValue("siret", text, code)."""
    compact = _digits("siret", text, SIRET_LENGTH)
    try:
        return str(stdnum_siret.validate(compact))
    except ValidationError as error:
        raise InvalidValue("siret", text, InvalidValueCode.BAD_CHECKSUM) from error


def normalize_siren(text: str) -> str:
    """Return the 9 digits of a valid SIREN, or raise InvalidValue("siren", text, code)."""
    compact = _digits("siren", text, SIREN_LENGTH)
    try:
        return str(stdnum_siren.validate(compact))
    except ValidationError as error:
        raise InvalidValue("siren", text, InvalidValueCode.BAD_CHECKSUM) from error


def normalize_rna(text: str) -> str:
    """Return an RNA number in upper case ("W751234567"), or raise InvalidValue("rna", text, code)."""
    compact = "".join(text.split()).upper()
    if not compact:
        raise InvalidValue("rna", text, InvalidValueCode.REQUIRED)
    if not _RNA.fullmatch(compact):
        raise InvalidValue("rna", text, InvalidValueCode.BAD_FORMAT)
    return compact


def _iban_length(country_code: str) -> int | None:
    """Length of the IBANs of a country according to stdnum's registry, None for an unknown country."""
    properties = numdb.get("iban").info(country_code)[0][1]
    structure = properties.get("bban")
    if not structure:
        return None
    return 4 + sum(int(size) for size in _BBAN_PART.findall(structure))


def normalize_iban(text: str) -> str:
    """Return a compact upper-case IBAN checked by mod 97, or raise InvalidValue("iban", text, code)."""
    compact = _IBAN_SEPARATORS.sub("", text).upper()
    if not compact:
        raise InvalidValue("iban", text, InvalidValueCode.REQUIRED)
    if not compact.isascii() or not _IBAN_SHAPE.fullmatch(compact):
        raise InvalidValue("iban", text, InvalidValueCode.BAD_FORMAT)
    expected_length = _iban_length(compact[:2])
    if expected_length is None:
        raise InvalidValue("iban", text, InvalidValueCode.BAD_COUNTRY)
    if len(compact) != expected_length:
        raise InvalidValue("iban", text, InvalidValueCode.BAD_LENGTH)
    try:
        # ISO 13616 only (mod 97 and the BBAN structure): stdnum's national checks include bank registries
        # (Belgium) that refuse real IBANs of banks missing from its list.
        return str(stdnum_iban.validate(compact, check_country=False))
    except InvalidChecksum as error:
        raise InvalidValue("iban", text, InvalidValueCode.BAD_CHECKSUM) from error
    except InvalidComponent as error:
        raise InvalidValue("iban", text, InvalidValueCode.BAD_COUNTRY) from error
    except InvalidLength as error:
        raise InvalidValue("iban", text, InvalidValueCode.BAD_LENGTH) from error
    except ValidationError as error:
        raise InvalidValue("iban", text, InvalidValueCode.BAD_FORMAT) from error


def format_iban(iban: str) -> str:
    """Show a compact IBAN in groups of 4 characters separated by spaces."""
    return " ".join(iban[start : start + 4] for start in range(0, len(iban), 4))


def format_siret(siret: str) -> str:
    """Show a 14-digit SIRET as "123 456 789 00012" (SIREN in groups of 3, then the NIC)."""
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"
