"""Durations as typed and as shown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.durations import (
    MAX_MINUTES,
    format_decimal_hours,
    format_duration,
    hundredths_of_hour,
    parse_duration,
)
from coopdesk.domain.errors import InvalidValue, InvalidValueCode


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("1h30", 90),
        ("1 h 30", 90),
        ("1H30", 90),
        ("1h30min", 90),
        ("1 h 30 min", 90),
        ("1h05", 65),
        ("90", 90),
        (" 90 ", 90),
        ("1,5 h", 90),
        ("1.5h", 90),
        ("1,5", 90),
        ("0,25", 15),
        ("1:30", 90),
        ("0:45", 45),
        ("2h", 120),
        ("2 heures", 120),
        ("1 heure 15", 75),
        ("45 min", 45),
        ("45min", 45),
        ("45 mn", 45),
        ("45 minutes", 45),
        ("45m", 45),
        ("1\u00a0h\u00a030", 90),
        ("1\u202fh", 60),
        ("24h", 1440),
        ("0,33 h", 20),  # 19.8 minutes rounded
        ("1440", 1440),
    ],
)
def test_typed_durations_are_read(text: str, minutes: int) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", InvalidValueCode.REQUIRED),
        ("   ", InvalidValueCode.REQUIRED),
        ("-1h", InvalidValueCode.NEGATIVE),
        ("-30", InvalidValueCode.NEGATIVE),
        ("\u221245 min", InvalidValueCode.NEGATIVE),
        ("abc", InvalidValueCode.BAD_FORMAT),
        ("1h75", InvalidValueCode.BAD_FORMAT),
        ("1:75", InvalidValueCode.BAD_FORMAT),
        ("1,5h30", InvalidValueCode.BAD_FORMAT),
        ("h30", InvalidValueCode.BAD_FORMAT),
        ("1 jour", InvalidValueCode.BAD_FORMAT),
        ("1h30h", InvalidValueCode.BAD_FORMAT),
        ("1,5 min", InvalidValueCode.BAD_FORMAT),
        ("1e3", InvalidValueCode.BAD_FORMAT),
        ("0", InvalidValueCode.OUT_OF_RANGE),
        ("0h", InvalidValueCode.OUT_OF_RANGE),
        ("0:00", InvalidValueCode.OUT_OF_RANGE),
        ("25h", InvalidValueCode.TOO_LARGE),
        ("1441", InvalidValueCode.TOO_LARGE),
        ("99999999999999999999 h", InvalidValueCode.TOO_LARGE),
    ],
)
def test_bad_durations_are_refused_with_a_reason(text: str, code: InvalidValueCode) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_duration(text)
    assert caught.value.kind == "duration"
    assert caught.value.code is code
    assert caught.value.value == text


@pytest.mark.parametrize(
    ("minutes", "shown"),
    [
        (90, "1\u00a0h\u00a030"),
        (65, "1\u00a0h\u00a005"),
        (120, "2\u00a0h"),
        (45, "45\u00a0min"),
        (0, "0\u00a0min"),
        (6000, "100\u00a0h"),
        (-90, "-1\u00a0h\u00a030"),
    ],
)
def test_durations_are_shown_in_hours_and_minutes(minutes: int, shown: str) -> None:
    assert format_duration(minutes) == shown


@pytest.mark.parametrize(
    ("minutes", "hours"), [(90, "1,50"), (20, "0,33"), (1, "0,02"), (60, "1,00"), (0, "0,00"), (-30, "-0,50")]
)
def test_decimal_hours_for_spreadsheets(minutes: int, hours: str) -> None:
    assert format_decimal_hours(minutes) == hours


@given(st.integers(min_value=1, max_value=MAX_MINUTES))
def test_format_then_parse_gives_the_same_minutes(minutes: int) -> None:
    assert parse_duration(format_duration(minutes)) == minutes


@given(st.integers(min_value=1, max_value=MAX_MINUTES))
def test_other_written_forms_round_trip(minutes: int) -> None:
    hours, rest = divmod(minutes, 60)
    assert parse_duration(str(minutes)) == minutes
    assert parse_duration(f"{hours}:{rest:02d}") == minutes
    assert parse_duration(f"{hours}h{rest:02d}") == minutes
    assert parse_duration(f"{hours} h {rest} min") == minutes


@given(st.integers(min_value=0, max_value=100 * MAX_MINUTES))
def test_decimal_hours_are_within_half_a_hundredth(minutes: int) -> None:
    assert abs(hundredths_of_hour(minutes) * 60 - minutes * 100) <= 30


@given(st.text(max_size=12))
def test_any_text_is_read_or_refused_never_crashes(text: str) -> None:
    kinds: list[str] = []
    minutes = 0
    try:
        minutes = parse_duration(text)
    except InvalidValue as error:
        kinds.append(error.kind)
    assert kinds == ["duration"] or 1 <= minutes <= MAX_MINUTES
