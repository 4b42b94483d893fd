"""Aides-territoires files: whatever a saved page holds (any JSON, any value in any field, any bytes),
reading it gives aids or a FormatError, never another exception."""

from __future__ import annotations

import json

from hypothesis import example, given
from hypothesis import strategies as st

from coopdesk.formats.aides_territoires import AidsFile, parse_aids
from coopdesk.formats.errors import FormatError
from tests.properties.outcomes import outcome

FIELDS = (
    "id", "slug", "name", "short_title", "url", "origin_url", "application_url", "description",
    "eligibility", "submission_deadline", "predeposit_date", "start_date", "date_updated", "financers",
    "instructors", "perimeter", "categories", "aid_types", "destinations", "targeted_audiences",
    "recurrence", "is_call_for_project", "subvention_rate_lower_bound", "subvention_rate_upper_bound",
    "contact",
)  # fmt: skip

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["2026-12-31", "31/12/2026", "2026-02-30", "", "oui", "permanente", "0", "-5", "150"])
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
aid_like = st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=len(FIELDS))
aid_with_identity = st.fixed_dictionaries(
    {"id": st.integers(1, 10**6) | st.text(max_size=10), "name": json_values}, optional={}
).flatmap(lambda base: aid_like.map(lambda extra: {**extra, **base}))


def _read(document: object) -> None:
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    result = outcome(FormatError, parse_aids, data, "aides.json")
    assert isinstance(result, (AidsFile, FormatError))
    if isinstance(result, FormatError):
        assert result.source == "aides.json"
        assert result.line is None or result.line >= 1


@given(json_values)
def test_any_json_is_aids_or_a_format_error(document: object) -> None:
    _read(document)


@given(st.lists(aid_like | aid_with_identity, max_size=4), st.booleans())
@example([{"id": 1, "name": "Aide", "submission_deadline": 20261231}], True)
@example([{"id": 1, "name": "Aide", "subvention_rate_lower_bound": 1e308}], False)
@example([{"id": 1, "name": "Aide", "subvention_rate_lower_bound": 2**70}], False)
@example([{"id": 1, "name": "Aide", "financers": [{"name": None}]}], False)
@example([{"id": True, "name": "Aide"}], False)
@example([{"id": 1, "name": "Aide", "perimeter": {"name": {"x": 1}}}], True)
def test_any_field_value_is_aids_or_a_format_error(aids: list[dict[str, object]], wrapped: bool) -> None:
    _read({"count": len(aids), "next": None, "results": aids} if wrapped else aids)


@given(aid_with_identity)
def test_a_single_aid_is_aids_or_a_format_error(aid: dict[str, object]) -> None:
    _read(aid)


@given(st.binary(max_size=200))
@example(b"\xff\xfe\x00")
@example(b"[" * 100_000)
@example(b'{"results": "x"}')
def test_any_bytes_are_aids_or_a_format_error(data: bytes) -> None:
    result = outcome(FormatError, parse_aids, data, "aides.json")
    assert isinstance(result, (AidsFile, FormatError))
