"""Money typed by French users, read as integer cents, and shown the French way by babel."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.errors import InvalidValue, InvalidValueCode
from coopdesk.domain.money import MAX_CENTS, euros_to_cents, format_euros, format_money, parse_money

NNBSP = "\u202f"  # babel's group separator in fr_FR
NBSP = "\u00a0"  # babel's space before €


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1 234,56 €", 123456),
        ("1234,56", 123456),
        ("1234.56", 123456),
        ("1 234 €", 123400),
        ("1234", 123400),
        ("0,5", 50),
        ("0,05", 5),
        ("0", 0),
        ("  12,30  ", 1230),
        (f"1{NBSP}234,56{NBSP}€", 123456),
        (f"1{NNBSP}234{NNBSP}567,89{NBSP}€", 123456789),
        ("1 234 567", 123456700),
        ("1.234,56", 123456),
        ("1.234.567,89 €", 123456789),
        ("1 234.56", 123456),
        ("€1234", 123400),
        ("€ 1 234,56", 123456),
        ("1234 EUR", 123400),
        ("EUR 1234", 123400),
        ("12 eur", 1200),
        ("+12", 1200),
        ("007", 700),
        ("100 000 000 000", MAX_CENTS),
    ],
)
def test_parse_money_accepts_french_input(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", InvalidValueCode.REQUIRED),
        ("  ", InvalidValueCode.REQUIRED),
        ("-5", InvalidValueCode.NEGATIVE),
        ("−5 €", InvalidValueCode.NEGATIVE),  # U+2212 minus sign
        ("-€5", InvalidValueCode.NEGATIVE),
        ("€ -5", InvalidValueCode.NEGATIVE),
        ("12,345", InvalidValueCode.TOO_MANY_DECIMALS),
        ("0,001", InvalidValueCode.TOO_MANY_DECIMALS),
        # A dot followed by 3 digits and no comma is ambiguous: read as a decimal point, refused.
        ("1.234", InvalidValueCode.TOO_MANY_DECIMALS),
        ("100 000 000 000,01", InvalidValueCode.TOO_LARGE),
        ("999999999999999", InvalidValueCode.TOO_LARGE),
        ("9" * 5000, InvalidValueCode.TOO_LARGE),
        ("abc", InvalidValueCode.BAD_FORMAT),
        ("12,", InvalidValueCode.BAD_FORMAT),
        (",5", InvalidValueCode.BAD_FORMAT),
        ("1 23", InvalidValueCode.BAD_FORMAT),
        ("12  345", InvalidValueCode.BAD_FORMAT),
        ("1,234.56", InvalidValueCode.BAD_FORMAT),
        ("1.234.56", InvalidValueCode.BAD_FORMAT),
        ("1.23,45", InvalidValueCode.BAD_FORMAT),
        ("€ 12 €", InvalidValueCode.BAD_FORMAT),
        ("12 $", InvalidValueCode.BAD_FORMAT),
        ("1e3", InvalidValueCode.BAD_FORMAT),
        ("١٢", InvalidValueCode.BAD_FORMAT),  # Arabic-Indic digits
        ("- abc", InvalidValueCode.BAD_FORMAT),
    ],
)
def test_parse_money_refused_with_code(text: str, code: InvalidValueCode) -> None:
    with pytest.raises(InvalidValue) as error:
        parse_money(text)
    assert error.value == InvalidValue("money", text, code)


@pytest.mark.parametrize(
    ("text", "cents"),
    [("-5", -500), ("−1 234,56 €", -123456), ("-€5", -500), ("€ -0,5", -50), ("12", 1200)],
)
def test_parse_money_allow_negative(text: str, cents: int) -> None:
    assert parse_money(text, allow_negative=True) == cents


def test_parse_money_negative_beyond_limit_is_too_large() -> None:
    with pytest.raises(InvalidValue) as error:
        parse_money("-100 000 000 000,01", allow_negative=True)
    assert error.value.code is InvalidValueCode.TOO_LARGE


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (0, f"0,00{NBSP}€"),
        (5, f"0,05{NBSP}€"),
        (123456, f"1{NNBSP}234,56{NBSP}€"),
        (-123456, f"-1{NNBSP}234,56{NBSP}€"),
        (123456789, f"1{NNBSP}234{NNBSP}567,89{NBSP}€"),
    ],
)
def test_format_money_uses_babel_separators(cents: int, text: str) -> None:
    assert format_money(cents) == text


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (0, f"0{NBSP}€"),
        (49, f"0{NBSP}€"),
        (50, f"1{NBSP}€"),
        (123450, f"1{NNBSP}235{NBSP}€"),
        (123449, f"1{NNBSP}234{NBSP}€"),
        (-50, f"-1{NBSP}€"),
    ],
)
def test_format_euros_rounds_half_up(cents: int, text: str) -> None:
    assert format_euros(cents) == text
    assert format_money(cents, with_cents=False) == text


def test_euros_to_cents() -> None:
    assert euros_to_cents(1234) == 123400
    assert euros_to_cents(0) == 0


@given(cents=st.integers(min_value=0, max_value=MAX_CENTS))
def test_format_then_parse_round_trips(cents: int) -> None:
    assert parse_money(format_money(cents)) == cents


@given(cents=st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_negative_round_trip_when_allowed(cents: int) -> None:
    assert parse_money(format_money(cents), allow_negative=True) == cents


@given(euros=st.integers(min_value=0, max_value=MAX_CENTS // 100))
def test_whole_euros_round_trip(euros: int) -> None:
    assert parse_money(format_euros(euros_to_cents(euros))) == euros_to_cents(euros)


@given(
    cents=st.integers(min_value=0, max_value=MAX_CENTS),
    separator=st.sampled_from([" ", NBSP, NNBSP]),
    decimal_mark=st.sampled_from([",", "."]),
)
def test_any_group_separator_is_read(cents: int, separator: str, decimal_mark: str) -> None:
    grouped = f"{cents // 100:,}".replace(",", separator)
    assert parse_money(f"{grouped}{decimal_mark}{cents % 100:02d}") == cents
