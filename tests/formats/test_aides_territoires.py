"""Aides-territoires files read into AidRecords; filters; funding types; names folded for matching."""

from __future__ import annotations

import json
import time
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.formats.aides_territoires import (
    AidFilter,
    AidRecord,
    funding_type,
    matches,
    normalize_org_name,
    parse_aids,
)
from coopdesk.formats.errors import FormatError, FormatErrorCode
from tests.formats.aides_factory import dump, make_aids_payload

SOURCE = "aides.json"


def aid(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": 1, "slug": "a1-aide", "name": "Aide alimentaire"}
    base.update(fields)
    return base


def page(*aids: dict[str, Any], **extra: Any) -> bytes:
    return dump(
        {"count": len(aids), "next": None, "previous": None, "results": list(aids), **extra}, indent=2
    )


def read_one(**fields: Any) -> AidRecord:
    return parse_aids(page(aid(**fields)), SOURCE).aids[0]


def error_of(data: bytes) -> FormatError:
    with pytest.raises(FormatError) as caught:
        parse_aids(data, SOURCE)
    assert caught.value.source == SOURCE
    return caught.value


def line_of(data: bytes, needle: str) -> int:
    return (
        data.decode("utf-8").split("\n").index(next(x for x in data.decode().split("\n") if needle in x)) + 1
    )


# -- the good path -----------------------------------------------------------------------------------


def test_full_aid_as_the_api_writes_it() -> None:
    record = read_one(
        id=154879,
        slug="9f3c-soutenir-les-epiceries-solidaires",
        url="/aides/9f3c-soutenir-les-epiceries-solidaires/",
        name="Soutenir les épiceries solidaires",
        short_title="AAP épiceries",
        financers=["DREETS Occitanie", {"id": 3, "name": "Région Occitanie"}],
        instructors=[{"name": "DDETS de l'Hérault"}],
        description="<p>Pour les <strong>associations</strong>&nbsp;:</p>"
        "<ul><li>équipement</li><li>frais</li></ul>",
        eligibility="<p>Être habilitée à l&#39;aide alimentaire.</p>",
        perimeter={"id": "70973-herault", "name": "Hérault", "scale": "Département"},
        categories=["Solidarités / lien social|Alimentation"],
        is_call_for_project=True,
        application_url="https://www.demarches-simplifiees.fr/commencer/aap-epiceries",
        origin_url="https://occitanie.dreets.gouv.fr/aap",
        targeted_audiences=["Associations", "Communes"],
        aid_types=["Subvention"],
        destinations=["Dépenses de fonctionnement"],
        start_date="2027-01-15",
        predeposit_date="15/02/2027",
        submission_deadline="2027-03-31",
        subvention_rate_lower_bound=20,
        subvention_rate_upper_bound=80,
        recurrence="Récurrente",
        contact="<p>Mme Dupré<br>04 67 12 34 56</p>",
        date_updated="2026-11-02T10:15:00.123456+01:00",
        project_examples="<p>ignoré</p>",
        unknown_new_field={"nested": [1, 2]},
    )
    assert record == AidRecord(
        source_id="154879",
        slug="9f3c-soutenir-les-epiceries-solidaires",
        name="Soutenir les épiceries solidaires",
        url="https://aides-territoires.beta.gouv.fr/aides/9f3c-soutenir-les-epiceries-solidaires/",
        short_title="AAP épiceries",
        financers=("DREETS Occitanie", "Région Occitanie"),
        instructors=("DDETS de l'Hérault",),
        description="Pour les associations\u00a0:\n\n• équipement\n• frais",
        eligibility="Être habilitée à l'aide alimentaire.",
        perimeter="Hérault",
        categories=("Solidarités / lien social|Alimentation",),
        is_call_for_project=True,
        application_url="https://www.demarches-simplifiees.fr/commencer/aap-epiceries",
        origin_url="https://occitanie.dreets.gouv.fr/aap",
        targeted_audiences=("Associations", "Communes"),
        aid_types=("Subvention",),
        destinations=("Dépenses de fonctionnement",),
        start_date=date(2027, 1, 15),
        predeposit_date=date(2027, 2, 15),
        submission_deadline=date(2027, 3, 31),
        subvention_rate_lower_bound=20,
        subvention_rate_upper_bound=80,
        recurrence=Recurrence.RECURRING,
        contact="Mme Dupré\n04 67 12 34 56",
        date_updated=datetime(2026, 11, 2, 9, 15, 0, 123456, tzinfo=UTC),
    )


def test_paging_of_the_api_is_kept() -> None:
    data = dump(
        {
            "count": 120,
            "next": "https://aides-territoires.beta.gouv.fr/api/aids/?page=2",
            "previous": None,
            "results": [aid()],
        }
    )
    aids_file = parse_aids(data, SOURCE)
    assert aids_file.count == 120
    assert aids_file.next_page == "https://aides-territoires.beta.gouv.fr/api/aids/?page=2"
    assert aids_file.is_partial


def test_a_complete_page_is_not_partial() -> None:
    aids_file = parse_aids(page(aid(), aid(id=2, slug="b")), SOURCE)
    assert len(aids_file.aids) == 2
    assert not aids_file.is_partial


def test_bare_list_of_aids_is_accepted() -> None:
    aids_file = parse_aids(dump([aid(), aid(id=2, slug="b", name="Autre")]), SOURCE)
    assert [record.name for record in aids_file.aids] == ["Aide alimentaire", "Autre"]
    assert aids_file.count is None


def test_single_aid_object_is_accepted() -> None:
    aids_file = parse_aids(dump(aid(name="Seule")), SOURCE)
    assert [record.name for record in aids_file.aids] == ["Seule"]


def test_empty_results_is_an_empty_file_of_aids() -> None:
    assert parse_aids(dump({"count": 0, "next": None, "previous": None, "results": []}), SOURCE).aids == ()


def test_utf8_bom_and_windows_1252_are_read() -> None:
    with_bom = b"\xef\xbb\xbf" + dump([aid(name="Département de l'Hérault")])
    assert parse_aids(with_bom, SOURCE).aids[0].name == "Département de l'Hérault"
    cp1252 = json.dumps([aid(name="Département de l'Hérault")], ensure_ascii=False).encode("cp1252")
    assert parse_aids(cp1252, SOURCE).aids[0].name == "Département de l'Hérault"


def test_id_alone_or_slug_alone_identifies_an_aid() -> None:
    only_id = parse_aids(dump([{"id": 7, "name": "A"}]), SOURCE).aids[0]
    assert (only_id.source_id, only_id.slug) == ("7", "")
    only_slug = parse_aids(dump([{"slug": "abc-aide", "name": "B"}]), SOURCE).aids[0]
    assert (only_slug.source_id, only_slug.slug) == ("", "abc-aide")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2027-03-31", date(2027, 3, 31)),
        ("31/03/2027", date(2027, 3, 31)),
        ("1/3/2027", date(2027, 3, 1)),
        ("2027-03-31T23:59:00+02:00", date(2027, 3, 31)),  # the funder's own calendar day
        ("2027-03-31T00:30:00Z", date(2027, 3, 31)),
        ("2027-03-31 10:00:00", date(2027, 3, 31)),
        (None, None),
        ("", None),
    ],
)
def test_dates_in_every_accepted_form(value: str | None, expected: date | None) -> None:
    assert read_one(submission_deadline=value).submission_deadline == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-11-02T10:15:00+01:00", datetime(2026, 11, 2, 9, 15, tzinfo=UTC)),
        ("2026-11-02T10:15:00", datetime(2026, 11, 2, 10, 15, tzinfo=UTC)),  # naive: taken as UTC
        ("2026-11-02", datetime(2026, 11, 2, tzinfo=UTC)),
        (None, None),
    ],
)
def test_date_updated_is_an_aware_utc_instant(value: str | None, expected: datetime | None) -> None:
    assert read_one(date_updated=value).date_updated == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("oneoff", Recurrence.ONEOFF),
        ("Ponctuelle", Recurrence.ONEOFF),
        ("ongoing", Recurrence.ONGOING),
        ("Permanente", Recurrence.ONGOING),
        ("recurring", Recurrence.RECURRING),
        ("RÉCURRENTE", Recurrence.RECURRING),
        ({"id": "recurring", "name": "Récurrente"}, Recurrence.RECURRING),
        ("", None),
        (None, None),
        ("tous les mardis", None),  # unknown: no recurrence rather than a refused file
    ],
)
def test_recurrence_codes_and_displays(value: object, expected: Recurrence | None) -> None:
    assert read_one(recurrence=value).recurrence == expected


@pytest.mark.parametrize(
    ("value", "expected"), [(50, 50), (33.0, 33), ("40", 40), ("40 %", 40), (None, None), ("", None)]
)
def test_subvention_rates(value: object, expected: int | None) -> None:
    assert read_one(subvention_rate_upper_bound=value).subvention_rate_upper_bound == expected


def test_missing_optional_fields_give_empty_values() -> None:
    record = read_one()
    assert record.financers == ()
    assert record.description == ""
    assert record.perimeter == ""
    assert record.is_call_for_project is False
    assert record.submission_deadline is None
    assert record.recurrence is None


def test_a_lone_string_where_a_list_is_expected_is_a_list_of_one() -> None:
    assert read_one(financers="Fondation de France").financers == ("Fondation de France",)


# -- bad files -----------------------------------------------------------------------------------------


def test_malformed_json_gives_the_line_of_the_syntax_error() -> None:
    data = (
        b'{\n  "count": 1,\n  "results": [\n    {"id": 1, "name": "A"},\n    {"id": 2 "name": "B"}\n  ]\n}\n'
    )
    error = error_of(data)
    assert error.code is FormatErrorCode.MALFORMED_JSON
    assert error.line == 5


def test_truncated_download_is_malformed() -> None:
    data = page(aid(), aid(id=2, slug="b"))[:-40]
    assert error_of(data).code is FormatErrorCode.MALFORMED_JSON


@pytest.mark.parametrize(
    "data",
    [
        b'{"foo": 1}',
        b'{"name": "coopdesk", "version": "1.0"}',
        b"42",
        b'"aides"',
        b"null",
        b"[1, 2, 3]",
        b'[{"title": "pas une aide"}]',
        b'{"count": 1, "results": {"id": 1}}',
        b'{"count": 1, "results": [{"id": 1, "name": "A"}, "texte"]}',
    ],
)
def test_valid_json_that_is_not_a_list_of_aids(data: bytes) -> None:
    error = error_of(data)
    assert error.code is FormatErrorCode.NOT_AN_AIDS_LIST
    assert error.line == 1


def test_not_an_aid_item_gives_its_line() -> None:
    data = b'{\n "results": [\n  {"id": 1, "name": "A"},\n  "texte"\n ]\n}'
    error = error_of(data)
    assert (error.code, error.line) == (FormatErrorCode.NOT_AN_AIDS_LIST, 4)


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", b"\xef\xbb\xbf"])
def test_empty_file(data: bytes) -> None:
    assert error_of(data).code is FormatErrorCode.EMPTY_FILE


def test_undecodable_bytes() -> None:
    # 0x81 is defined neither in UTF-8 (alone) nor in Windows-1252.
    assert error_of(b'[{"id": 1, "name": "\x81"}]').code is FormatErrorCode.UNREADABLE_ENCODING


def test_aid_without_id_nor_slug_gives_the_line_of_that_aid() -> None:
    data = page(aid(), aid(id=2, slug="b"), {"name": "Sans identifiant", "financers": []})
    error = error_of(data)
    assert (error.code, error.detail) == (FormatErrorCode.MISSING_FIELD, "id")
    assert error.line == line_of(data, '"name": "Sans identifiant"') - 1  # the aid's opening brace


def test_aid_without_name_gives_the_line_of_that_aid() -> None:
    data = page(aid(), {"id": 2, "slug": "b", "short_title": "x"})
    error = error_of(data)
    assert (error.code, error.detail) == (FormatErrorCode.MISSING_FIELD, "name")
    assert error.line == line_of(data, '"id": 2') - 1


@pytest.mark.parametrize("name", ["", "   ", None])
def test_blank_name_is_missing(name: str | None) -> None:
    assert error_of(page(aid(name=name))).code is FormatErrorCode.MISSING_FIELD


@pytest.mark.parametrize("bad", ["31/02/2027", "2027-13-01", "demain", "03/31/2027", "27-03-31", 20270331])
def test_bad_date_gives_the_line_of_the_field(bad: object) -> None:
    data = page(aid(), aid(id=2, slug="b"), aid(id=3, slug="c", submission_deadline=bad))
    error = error_of(data)
    assert (error.code, error.detail) == (FormatErrorCode.BAD_DATE, "submission_deadline")
    assert error.value == str(bad)
    assert error.line == line_of(data, f'"submission_deadline": {json.dumps(bad)}')


def test_bad_date_in_a_compact_file_still_has_a_line() -> None:
    data = dump([aid(), aid(id=2, slug="b", start_date="hier")])
    error = error_of(data)
    assert (error.code, error.line, error.detail) == (FormatErrorCode.BAD_DATE, 1, "start_date")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", {"fr": "Aide"}),
        ("financers", {"name": "Région"}),
        ("financers", [1, 2]),
        ("subvention_rate_lower_bound", "beaucoup"),
        ("subvention_rate_lower_bound", True),
        ("is_call_for_project", "peut-être"),
        ("id", [1]),
    ],
)
def test_field_of_the_wrong_type(field: str, value: object) -> None:
    error = error_of(page(aid(**{field: value})))
    assert (error.code, error.detail) == (FormatErrorCode.BAD_VALUE, field)


def test_error_message_is_technical_and_names_file_and_line() -> None:
    error = error_of(page(aid(start_date="hier")))
    assert str(error) == f"{SOURCE}:{error.line}: bad_date (start_date) 'hier'"


# -- funding type, filters, names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("destinations", "expected"),
    [
        (("Dépenses de fonctionnement",), FundingType.OPERATING),
        (("Dépenses d'investissement",), FundingType.INVESTMENT),
        (("Dépenses de fonctionnement", "Dépenses d’investissement"), FundingType.BOTH),
        (("supply",), FundingType.OPERATING),
        (("investment",), FundingType.INVESTMENT),
        (("Travaux",), FundingType.INVESTMENT),
        (("Service (AMO, étude)",), None),
        ((), None),
    ],
)
def test_funding_type_from_destinations(destinations: tuple[str, ...], expected: FundingType | None) -> None:
    record = AidRecord(source_id="1", slug="a", name="A", destinations=destinations)
    assert funding_type(record) == expected


RECORD = AidRecord(
    source_id="1",
    slug="a",
    name="A",
    perimeter="Hérault",
    categories=("Solidarités / lien social|Alimentation", "Économie sociale et solidaire|Associations"),
    is_call_for_project=True,
    targeted_audiences=("Associations", "Communes"),
)


@pytest.mark.parametrize(
    ("aid_filter", "expected"),
    [
        (AidFilter(), True),
        (AidFilter(audience_association_only=True), True),
        (AidFilter(calls_only=True), True),
        (AidFilter(perimeter_contains="herault"), True),
        (AidFilter(perimeter_contains="HÉR"), True),
        (AidFilter(perimeter_contains="Gard"), False),
        (AidFilter(categories=frozenset({"alimentation"})), True),
        (AidFilter(categories=frozenset({"Solidarités / lien social"})), True),
        (AidFilter(categories=frozenset({"Solidarités / lien social|Alimentation"})), True),
        (AidFilter(categories=frozenset({"Mobilité", "Alimentation"})), True),
        (AidFilter(categories=frozenset({"Mobilité"})), False),
    ],
)
def test_matches(aid_filter: AidFilter, expected: bool) -> None:
    assert matches(RECORD, aid_filter) is expected


def test_matches_refuses_what_a_criterion_excludes() -> None:
    communes_only = AidRecord(source_id="2", slug="b", name="B", targeted_audiences=("commune", "epci"))
    assert not matches(communes_only, AidFilter(audience_association_only=True))
    code_audience = AidRecord(source_id="3", slug="c", name="C", targeted_audiences=("association",))
    assert matches(code_audience, AidFilter(audience_association_only=True))
    not_a_call = AidRecord(source_id="4", slug="d", name="D", is_call_for_project=False)
    assert not matches(not_a_call, AidFilter(calls_only=True))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Conseil départemental de l'Hérault", "CONSEIL DEPARTEMENTAL DE L HERAULT"),
        ("Conseil départemental de l’Hérault", "conseil  départemental-de-l'hérault "),
        ("Caisse d'allocations familiales (CAF)", "caisse d allocations familiales caf"),
        ("Œuvre de bienfaisance", "oeuvre de bienfaisance"),
    ],
)
def test_normalize_org_name_folds_case_accents_and_punctuation(first: str, second: str) -> None:
    assert normalize_org_name(first) == normalize_org_name(second)


def test_normalize_org_name_output() -> None:
    assert (
        normalize_org_name("  Conseil départemental de l'Hérault ! ") == "conseil departemental de l herault"
    )


@given(st.text())
def test_normalize_org_name_is_idempotent(name: str) -> None:
    once = normalize_org_name(name)
    assert normalize_org_name(once) == once
    assert once == once.strip()
    assert "  " not in once


# -- a big file --------------------------------------------------------------------------------------


def test_factory_is_deterministic() -> None:
    assert make_aids_payload(5, seed=3) == make_aids_payload(5, seed=3)
    assert make_aids_payload(5, seed=3) != make_aids_payload(5, seed=4)


def test_two_thousand_aids_are_read_quickly() -> None:
    data = dump(make_aids_payload(2000, seed=1))
    assert len(data) > 4_000_000
    start = time.perf_counter()
    aids_file = parse_aids(data, SOURCE)
    elapsed = time.perf_counter() - start
    assert len(aids_file.aids) == 2000
    assert len({record.source_id for record in aids_file.aids}) == 2000
    assert all(record.financers and record.description for record in aids_file.aids)
    assert not any("<" in record.description for record in aids_file.aids)
    # About 0.5 s here; the bound only catches a change of complexity, not a slower machine.
    assert elapsed < 5
