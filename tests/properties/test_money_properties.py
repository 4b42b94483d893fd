"""Money typed and shown: every amount CoopDesk shows reads back to the same cents; anything typed is
either an amount within bounds or an InvalidValue, never another exception."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from coopdesk.domain.errors import InvalidValue
from coopdesk.domain.money import MAX_CENTS, format_euros, format_money, parse_money
from tests.properties.outcomes import outcome

cents = st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS)
SEPARATORS = (" ", "\u00a0", "\u202f")


@given(cents)
@example(0)
@example(-1)
@example(MAX_CENTS)
def test_what_is_shown_reads_back(amount: int) -> None:
    assert parse_money(format_money(amount), allow_negative=True) == amount


@given(cents)
def test_whole_euros_read_back_rounded_half_up(amount: int) -> None:
    shown = format_euros(amount)
    euros = parse_money(shown, allow_negative=True)
    assert euros % 100 == 0
    assert abs(euros - amount) <= 50


@given(
    st.integers(min_value=0, max_value=MAX_CENTS // 100 - 1), st.integers(0, 99), st.sampled_from(SEPARATORS)
)
def test_grouped_french_amounts_are_read(euros: int, cents_part: int, separator: str) -> None:
    grouped = f"{euros:,}".replace(",", separator)
    assert parse_money(f"{grouped},{cents_part:02d} €") == euros * 100 + cents_part
    assert parse_money(f"{euros}.{cents_part:02d}") == euros * 100 + cents_part


@given(st.text(max_size=40))
@example("1.234")
@example("١٢٣")  # Arabic-Indic digits: not what a French volunteer types
@example("€-")
@example("--5")
@example("1\u202f234\u202f567,891")
def test_anything_typed_is_an_amount_or_an_invalid_value(text: str) -> None:
    result = outcome(InvalidValue, parse_money, text, allow_negative=True)
    if isinstance(result, InvalidValue):
        assert result.kind == "money"
    else:
        assert -MAX_CENTS <= result <= MAX_CENTS


@given(st.text(alphabet="0123456789 ,.-+€EUeur\u00a0\u202f\u2212", max_size=25))
def test_amount_like_text_is_an_amount_or_an_invalid_value(text: str) -> None:
    result = outcome(InvalidValue, parse_money, text)
    assert isinstance(result, InvalidValue) or 0 <= result <= MAX_CENTS


def test_a_three_digit_group_after_a_dot_is_not_thousands() -> None:
    with pytest.raises(InvalidValue):
        parse_money("1.234")
