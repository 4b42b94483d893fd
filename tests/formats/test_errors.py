"""FormatError: typed data for the caller to translate, never a sentence."""

from __future__ import annotations

import pytest

from coopdesk.domain.errors import CoopDeskError
from coopdesk.formats.errors import FormatError, FormatErrorCode


def test_format_error_is_a_coopdesk_error_that_can_travel() -> None:
    error = FormatError("contacts.csv", 12, FormatErrorCode.MIXED_SEPARATORS, ",")
    with pytest.raises(CoopDeskError) as caught:
        raise error
    assert caught.value is error
    assert error.__traceback__ is not None  # not frozen: Python could set it


def test_format_errors_compare_and_hash_by_value() -> None:
    first = FormatError("aides.json", 3, FormatErrorCode.BAD_DATE, "start_date", "hier")
    same = FormatError("aides.json", 3, FormatErrorCode.BAD_DATE, "start_date", "hier")
    other_line = FormatError("aides.json", 4, FormatErrorCode.BAD_DATE, "start_date", "hier")
    assert first == same
    assert hash(first) == hash(same)
    assert first != other_line
    assert len({first, same, other_line}) == 2


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (FormatError("a.json", None, FormatErrorCode.EMPTY_FILE), "a.json: empty_file"),
        (
            FormatError("a.json", 5, FormatErrorCode.MALFORMED_JSON, "Expecting ','"),
            "a.json:5: malformed_json (Expecting ',')",
        ),
        (
            FormatError("a.json", 9, FormatErrorCode.BAD_DATE, "start_date", "hier"),
            "a.json:9: bad_date (start_date) 'hier'",
        ),
    ],
)
def test_str_is_technical_for_logs(error: FormatError, text: str) -> None:
    assert str(error) == text


def test_codes_are_stable_identifiers() -> None:
    assert {code.value for code in FormatErrorCode} >= {
        "malformed_json", "not_an_aids_list", "missing_field", "bad_date", "unreadable_encoding",
        "empty_file", "no_header", "short_row", "mixed_separators", "unknown_column",
    }  # fmt: skip
