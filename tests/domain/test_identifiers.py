"""SIRET, SIREN, RNA and IBAN: normalisation, error codes and the La Poste exception."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum import luhn

from coopdesk.domain.errors import InvalidValue, InvalidValueCode
from coopdesk.domain.identifiers import (
    format_iban,
    format_siret,
    normalize_iban,
    normalize_rna,
    normalize_siren,
    normalize_siret,
)

LA_POSTE_SIREN = "356000000"
VALID_IBAN = "FR7630006000011234567890189"


def _code(error: pytest.ExceptionInfo[InvalidValue]) -> InvalidValueCode:
    return error.value.code


def _with_luhn(digits: str) -> str:
    return digits + luhn.calc_check_digit(digits)


def _iban(country: str, bban: str) -> str:
    return country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban


# -- SIRET ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "73282932000074",
        "732 829 320 00074",
        "732\u00a0829\u00a0320\u00a000074",
        "732\u202f829\u202f320\u202f00074",
        "732.829.320.00074",
        "  73282932000074\t",
    ],
)
def test_siret_separators_are_stripped(text: str) -> None:
    assert normalize_siret(text) == "73282932000074"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", InvalidValueCode.REQUIRED),
        (" \u00a0 ", InvalidValueCode.REQUIRED),
        ("7328293200007A", InvalidValueCode.NOT_DIGITS),
        ("732-829-320-00074", InvalidValueCode.NOT_DIGITS),
        ("７３２８２９３２０００７４", InvalidValueCode.NOT_DIGITS),  # full-width digits
        ("7328293200007", InvalidValueCode.BAD_LENGTH),
        ("732829320000744", InvalidValueCode.BAD_LENGTH),
        ("73282932000075", InvalidValueCode.BAD_CHECKSUM),
    ],
)
def test_siret_refused_with_code(text: str, code: InvalidValueCode) -> None:
    with pytest.raises(InvalidValue) as error:
        normalize_siret(text)
    assert error.value == InvalidValue("siret", text, code)


def test_siret_with_luhn_valid_total_but_bad_siren_is_refused() -> None:
    siren = "732829321"  # Luhn-invalid SIREN
    siret = _with_luhn(siren + "0000")
    assert luhn.is_valid(siret)
    with pytest.raises(InvalidValue) as error:
        normalize_siret(siret)
    assert _code(error) is InvalidValueCode.BAD_CHECKSUM


def test_la_poste_head_office_is_valid() -> None:
    # The head office follows the ordinary Luhn rule (its digit sum, 26, is not a multiple of 5).
    assert normalize_siret("35600000000048") == "35600000000048"


def test_la_poste_establishment_with_digit_sum_multiple_of_5_is_valid() -> None:
    siret = "35600000049837"
    assert sum(map(int, siret)) % 5 == 0
    assert not luhn.is_valid(siret)
    assert normalize_siret(siret) == siret


@pytest.mark.parametrize("siret", ["35600000049838", "35600000000014"])
def test_la_poste_establishment_with_other_digit_sum_is_refused(siret: str) -> None:
    # 35600000000014 passes Luhn, yet La Poste establishments follow the digit-sum rule only.
    assert sum(map(int, siret)) % 5 != 0
    with pytest.raises(InvalidValue) as error:
        normalize_siret(siret)
    assert _code(error) is InvalidValueCode.BAD_CHECKSUM


@given(nic=st.integers(min_value=0, max_value=99999))
def test_la_poste_rule_is_the_digit_sum(nic: int) -> None:
    siret = f"{LA_POSTE_SIREN}{nic:05d}"
    assume(siret != "35600000000048")
    if sum(map(int, siret)) % 5 == 0:
        assert normalize_siret(siret) == siret
    else:
        with pytest.raises(InvalidValue) as error:
            normalize_siret(siret)
        assert _code(error) is InvalidValueCode.BAD_CHECKSUM


@st.composite
def valid_sirets(draw: st.DrawFn) -> str:
    """A SIRET with a Luhn-valid SIREN and a NIC making all 14 digits Luhn-valid, outside La Poste."""
    siren = _with_luhn(draw(st.from_regex(r"[0-9]{8}", fullmatch=True)))
    if siren == LA_POSTE_SIREN:
        siren = "732829320"
    return _with_luhn(siren + draw(st.from_regex(r"[0-9]{4}", fullmatch=True)))


@given(siret=valid_sirets())
def test_generated_siret_is_accepted_and_formatted(siret: str) -> None:
    assert normalize_siret(siret) == siret
    assert normalize_siret(format_siret(siret)) == siret


@given(siret=valid_sirets(), position=st.integers(0, 13), delta=st.integers(1, 9))
def test_any_single_digit_change_is_refused(siret: str, position: int, delta: int) -> None:
    digit = str((int(siret[position]) + delta) % 10)
    changed = siret[:position] + digit + siret[position + 1 :]
    if changed.startswith(LA_POSTE_SIREN):
        return  # the change landed in La Poste's SIREN, checked by its own rule above
    with pytest.raises(InvalidValue) as error:
        normalize_siret(changed)
    assert _code(error) is InvalidValueCode.BAD_CHECKSUM


def test_format_siret() -> None:
    assert format_siret("73282932000074") == "732 829 320 00074"


# -- SIREN ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("732829320", "732829320"), ("732 829 320", "732829320"), ("356000000", "356000000")],
)
def test_siren_valid(text: str, expected: str) -> None:
    assert normalize_siren(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", InvalidValueCode.REQUIRED),
        ("73282932A", InvalidValueCode.NOT_DIGITS),
        ("73282932", InvalidValueCode.BAD_LENGTH),
        ("73282932000074", InvalidValueCode.BAD_LENGTH),
        ("732829321", InvalidValueCode.BAD_CHECKSUM),
    ],
)
def test_siren_refused_with_code(text: str, code: InvalidValueCode) -> None:
    with pytest.raises(InvalidValue) as error:
        normalize_siren(text)
    assert error.value == InvalidValue("siren", text, code)


# -- RNA -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W751234567", "W751234567"),
        ("w751234567", "W751234567"),
        (" W751234567 ", "W751234567"),
        ("W 751 234 567", "W751234567"),
        ("W2A1001234", "W2A1001234"),  # Corsica
        ("w2b1001234", "W2B1001234"),
    ],
)
def test_rna_valid(text: str, expected: str) -> None:
    assert normalize_rna(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", InvalidValueCode.REQUIRED),
        ("W12345", InvalidValueCode.BAD_FORMAT),
        ("W7512345678", InvalidValueCode.BAD_FORMAT),
        ("751234567", InvalidValueCode.BAD_FORMAT),
        ("X751234567", InvalidValueCode.BAD_FORMAT),
        ("W75123456A", InvalidValueCode.BAD_FORMAT),
        ("W2C1001234", InvalidValueCode.BAD_FORMAT),
    ],
)
def test_rna_refused_with_code(text: str, code: InvalidValueCode) -> None:
    with pytest.raises(InvalidValue) as error:
        normalize_rna(text)
    assert error.value == InvalidValue("rna", text, code)


# -- IBAN ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        VALID_IBAN,
        "FR76 3000 6000 0112 3456 7890 189",
        "fr76 3000 6000 0112 3456 7890 189",
        "FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189",
        "FR76-3000-6000-0112-3456-7890-189",
    ],
)
def test_iban_compact_upper_case(text: str) -> None:
    assert normalize_iban(text) == VALID_IBAN


@pytest.mark.parametrize("text", ["DE89370400440532013000", "GB82WEST12345698765432", "BE68539007547034"])
def test_foreign_iban_valid(text: str) -> None:
    assert normalize_iban(text) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", InvalidValueCode.REQUIRED),
        ("FR7630006000011234567890188", InvalidValueCode.BAD_CHECKSUM),
        ("FR763000600001123456789018", InvalidValueCode.BAD_LENGTH),
        ("FR76300060000112345678901890", InvalidValueCode.BAD_LENGTH),
        ("XX7630006000011234567890189", InvalidValueCode.BAD_COUNTRY),
        ("FR76 3000 6000 0112 3456 7890 18!", InvalidValueCode.BAD_FORMAT),
        ("7630006000011234567890189", InvalidValueCode.BAD_FORMAT),
        ("FRAB30006000011234567890189", InvalidValueCode.BAD_FORMAT),
        # mod 97 holds, but a French bank code is 5 digits: the BBAN structure is wrong.
        (_iban("FR", "A0006000011234567890189"), InvalidValueCode.BAD_FORMAT),
    ],
)
def test_iban_refused_with_code(text: str, code: InvalidValueCode) -> None:
    with pytest.raises(InvalidValue) as error:
        normalize_iban(text)
    assert error.value == InvalidValue("iban", text, code)


def test_format_iban_groups_of_four() -> None:
    assert format_iban(VALID_IBAN) == "FR76 3000 6000 0112 3456 7890 189"
    assert format_iban("DE89370400440532013000") == "DE89 3704 0044 0532 0130 00"


french_bbans = st.from_regex(r"[0-9]{23}", fullmatch=True)


@given(bban=french_bbans)
def test_generated_french_iban_accepted_and_round_trips(bban: str) -> None:
    iban = _iban("FR", bban)
    assert len(iban) == 27
    assert normalize_iban(iban) == iban
    assert normalize_iban(format_iban(iban)) == iban


@given(bban=french_bbans, position=st.integers(2, 26), delta=st.integers(1, 9))
def test_iban_single_digit_change_breaks_mod_97(bban: str, position: int, delta: int) -> None:
    iban = _iban("FR", bban)
    digit = str((int(iban[position]) + delta) % 10)
    changed = iban[:position] + digit + iban[position + 1 :]
    with pytest.raises(InvalidValue) as error:
        normalize_iban(changed)
    assert _code(error) is InvalidValueCode.BAD_CHECKSUM
