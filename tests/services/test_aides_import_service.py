"""Import of Aides-territoires files: preview, matching by id then slug, one transaction, nothing twice."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from coopdesk.domain.calls import CallFilter, CallInput, CallRow, CallWindow
from coopdesk.domain.enums import FunderKind, FunderLevel, FundingType, Recurrence
from coopdesk.domain.funder_kind_guess import guess_funder_kind, guess_funder_level
from coopdesk.domain.funders import FunderInput
from coopdesk.domain.imports import MatchStatus
from coopdesk.formats.aides_territoires import AidFilter
from coopdesk.formats.errors import FormatError, FormatErrorCode
from coopdesk.services.aides_import_service import AidesImportService
from coopdesk.services.call_service import CallService
from coopdesk.services.funder_service import FunderService
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import call_repository
from tests.formats.aides_factory import dump, make_aids_payload

TODAY = dt.date(2026, 11, 28)
ALL_CALLS = CallFilter(window=CallWindow.ALL, include_archived=True)


def aid(number: int, **fields: Any) -> dict[str, Any]:
    """A small aid as the API writes it; `fields` override or add."""
    base: dict[str, Any] = {
        "id": 1000 + number,
        "slug": f"aide-{number}",
        "url": f"/aides/aide-{number}/",
        "name": f"Appel à projets n°{number}",
        "financers": ["Région Occitanie"],
        "description": f"<p>Soutien aux <strong>épiceries solidaires</strong> n°{number}.</p>",
        "eligibility": "<ul><li>Associations loi 1901</li></ul>",
        "perimeter": "Occitanie",
        "categories": ["Solidarités / lien social|Alimentation"],
        "is_call_for_project": True,
        "targeted_audiences": ["Associations"],
        "destinations": ["Dépenses de fonctionnement"],
        "start_date": "2026-09-01",
        "submission_deadline": "2026-12-31",
        "recurrence": "Ponctuelle",
        "date_updated": "2026-10-01T10:00:00+02:00",
    }
    base.update(fields)
    return base


def page(*aids: dict[str, Any]) -> bytes:
    return dump({"count": len(aids), "next": None, "previous": None, "results": list(aids)}, indent=2)


@pytest.fixture
def service(database: Database) -> AidesImportService:
    return AidesImportService(database)


def calls(database: Database) -> list[CallRow]:
    return sorted(CallService(database).list(ALL_CALLS, TODAY), key=lambda row: row.id)


def funder_names(database: Database) -> list[str]:
    return [row.name for row in FunderService(database).list_all()]


def run(service: AidesImportService, *files: tuple[str, bytes], aid_filter: AidFilter | None = None) -> Any:
    preview = service.preview(list(files), aid_filter or AidFilter(), TODAY)
    return service.apply(preview, None, TODAY)


# -- the preview -----------------------------------------------------------------------------------------


def test_preview_shows_every_aid_and_writes_nothing(service: AidesImportService, database: Database) -> None:
    data = page(
        aid(1),
        aid(2, targeted_audiences=["Communes"], perimeter="Gard"),
        aid(3, is_call_for_project=False, financers=["DDETS de l'Hérault", "Région Occitanie"]),
    )
    preview = service.preview(
        [("aides.json", data)],
        AidFilter(audience_association_only=True, perimeter_contains="occitanie"),
        TODAY,
    )
    assert [candidate.key for candidate in preview.candidates] == ["1001", "1002", "1003"]
    assert [candidate.passes_filter for candidate in preview.candidates] == [True, False, True]
    assert {candidate.status for candidate in preview.candidates} == {MatchStatus.NEW}
    first = preview.candidates[0]
    assert (first.name, first.deadline, first.perimeter, first.audiences) == (
        "Appel à projets n°1",
        dt.date(2026, 12, 31),
        "Occitanie",
        ("Associations",),
    )
    assert first.categories == ("Solidarités / lien social|Alimentation",)
    assert preview.candidates[2].financers == ("DDETS de l'Hérault", "Région Occitanie")
    # The call's funder is the first financer; only those are proposed for creation, with a guessed kind.
    to_create = {funder.name: (funder.kind, funder.for_keys) for funder in preview.funders_to_create}
    assert to_create == {
        "Région Occitanie": (FunderKind.REGION, ("1001", "1002")),
        "DDETS de l'Hérault": (FunderKind.STATE_SERVICE, ("1003",)),
    }
    assert preview.files[0].aids == 3
    assert not preview.files[0].partial
    assert calls(database) == []
    assert funder_names(database) == []


def test_html_becomes_plain_text_and_fields_are_mapped(
    service: AidesImportService, database: Database
) -> None:
    data = page(
        aid(
            1,
            description='<p>Texte <b>gras</b></p><script>alert("x")</script><p>&lt;img src=x&gt;</p>',
            subvention_rate_lower_bound=20,
            subvention_rate_upper_bound=80,
            recurrence="Récurrente",
            destinations=["Dépenses d'investissement"],
            predeposit_date="2026-10-15",
        )
    )
    report = run(service, ("aides.json", data))
    assert report.new_titles == ("Appel à projets n°1",)
    (call,) = calls(database)
    assert "<" not in call.description.replace("< ", "")  # nothing that could be taken for markup
    assert "alert" not in call.description
    assert call.description.startswith("Texte gras")
    assert call.eligibility == "• Associations loi 1901"
    assert call.url == "https://aides-territoires.beta.gouv.fr/aides/aide-1/"
    assert (call.opens_on, call.predeposit_on, call.deadline) == (
        dt.date(2026, 9, 1),
        dt.date(2026, 10, 15),
        dt.date(2026, 12, 31),
    )
    assert (call.rate_min_percent, call.rate_max_percent) == (20, 80)
    assert call.recurrence is Recurrence.RECURRING
    assert call.funding_type is FundingType.INVESTMENT
    assert (call.source_id, call.source_slug, call.funder_name) == ("1001", "aide-1", "Région Occitanie")


def test_inconsistent_dates_and_rates_are_dropped_not_the_aid(
    service: AidesImportService, database: Database
) -> None:
    data = page(
        aid(
            1,
            start_date="2027-03-01",  # opens after its deadline
            subvention_rate_lower_bound=80,
            subvention_rate_upper_bound=20,
            name="  Appel   sur\tplusieurs   espaces  " + "x" * 400,
        )
    )
    run(service, ("aides.json", data))
    (call,) = calls(database)
    assert call.deadline == dt.date(2026, 12, 31)
    assert call.opens_on is None
    assert (call.rate_min_percent, call.rate_max_percent) == (None, None)
    assert len(call.title) == 300
    assert call.title.startswith("Appel sur plusieurs espaces x")
    assert call.title.endswith("…")


# -- applying ----------------------------------------------------------------------------------------------


def test_apply_imports_the_selection_and_creates_the_funders(
    service: AidesImportService, database: Database
) -> None:
    data = page(
        aid(1, financers=["DREETS Occitanie"]),
        aid(2, targeted_audiences=["Communes"], financers=["Ville de Montpellier"]),
        aid(3, financers=["Fondation de France"]),
    )
    preview = service.preview([("aides.json", data)], AidFilter(audience_association_only=True), TODAY)
    assert preview.default_selection == {"1001", "1003"}
    report = service.apply(preview, None, TODAY)
    assert report.new_titles == ("Appel à projets n°1", "Appel à projets n°3")
    assert report.skipped == 1
    assert report.funders_created == ("DREETS Occitanie", "Fondation de France")
    funders = {row.name: row for row in FunderService(database).list_all()}
    assert set(funders) == {"DREETS Occitanie", "Fondation de France"}
    assert funders["DREETS Occitanie"].kind is FunderKind.STATE_SERVICE
    assert funders["DREETS Occitanie"].level is FunderLevel.REGIONAL
    assert funders["Fondation de France"].kind is FunderKind.FOUNDATION
    assert [call.funder_name for call in calls(database)] == ["DREETS Occitanie", "Fondation de France"]


def test_the_user_may_tick_an_aid_the_filter_left_out(
    service: AidesImportService, database: Database
) -> None:
    data = page(aid(1), aid(2, is_call_for_project=False), aid(3))
    preview = service.preview([("aides.json", data)], AidFilter(calls_only=True), TODAY)
    report = service.apply(preview, {"1002", "1003"}, TODAY)
    assert report.new_titles == ("Appel à projets n°2", "Appel à projets n°3")
    assert report.skipped == 1
    assert [call.source_id for call in calls(database)] == ["1002", "1003"]


def test_planned_report_matches_what_apply_does(service: AidesImportService) -> None:
    data = page(aid(1, financers=["MSA Languedoc"]), aid(2), aid(3, targeted_audiences=["Communes"]))
    preview = service.preview([("aides.json", data)], AidFilter(audience_association_only=True), TODAY)
    planned = preview.planned_report()
    assert planned == service.apply(preview, None, TODAY)
    assert planned.funders_created == ("MSA Languedoc", "Région Occitanie")


def test_reimporting_the_same_file_changes_nothing(service: AidesImportService, database: Database) -> None:
    data = page(aid(1), aid(2), aid(3, financers=["CONSEIL DEPARTEMENTAL DE L'HERAULT"]))
    run(service, ("aides.json", data))
    before = calls(database)
    funders_before = FunderService(database).list_all()

    preview = service.preview([("aides.json", data)], AidFilter(), TODAY)
    assert {candidate.status for candidate in preview.candidates} == {MatchStatus.UNCHANGED}
    assert preview.funders_to_create == ()
    report = service.apply(preview, None, TODAY)
    assert report.nothing_new
    assert (report.new, report.updated, report.unchanged, report.funders_created) == (0, 0, 3, ())
    assert report.disappeared == ()
    after = calls(database)
    assert after == before  # same versions, same everything
    assert [row.version for row in after] == [1, 1, 1]
    assert FunderService(database).list_all() == funders_before


def test_a_newer_file_moves_a_deadline_and_says_so(service: AidesImportService, database: Database) -> None:
    run(service, ("janvier.json", page(aid(1), aid(2), aid(3))))
    versions = {row.source_id: row.version for row in calls(database)}
    newer = page(
        aid(1, submission_deadline="2027-01-15"),
        aid(2, description="<p>Nouveau cahier des charges.</p>"),
        aid(3),
    )
    preview = service.preview([("fevrier.json", newer)], AidFilter(), TODAY)
    statuses = {candidate.key: candidate.status for candidate in preview.candidates}
    assert statuses == {
        "1001": MatchStatus.UPDATED,
        "1002": MatchStatus.UPDATED,
        "1003": MatchStatus.UNCHANGED,
    }
    moved = preview.candidates[0].deadline_change
    assert moved is not None
    assert (moved.old, moved.new) == (dt.date(2026, 12, 31), dt.date(2027, 1, 15))
    assert preview.candidates[1].deadline_change is None

    report = service.apply(preview, None, TODAY)
    assert [(move.title, move.old, move.new) for move in report.deadline_moves] == [
        ("Appel à projets n°1", dt.date(2026, 12, 31), dt.date(2027, 1, 15))
    ]
    assert report.updated_titles == ("Appel à projets n°2",)
    assert report.unchanged == 1
    assert not report.nothing_new
    rows = {row.source_id: row for row in calls(database)}
    assert rows["1001"].deadline == dt.date(2027, 1, 15)
    assert rows["1002"].description == "Nouveau cahier des charges."
    assert rows["1001"].version == versions["1001"] + 1
    assert rows["1002"].version == versions["1002"] + 1
    assert rows["1003"].version == versions["1003"]
    assert len(rows) == 3


def test_an_update_keeps_what_the_user_chose(service: AidesImportService, database: Database) -> None:
    run(service, ("aides.json", page(aid(1, destinations=[]))))
    (imported,) = calls(database)
    own = FunderService(database).create(FunderInput(name="Région (notre contact)", kind=FunderKind.REGION))
    call_service = CallService(database)
    edited = call_service.update(
        imported.id,
        imported.version,
        CallInput(
            title=imported.title,
            funder_id=own.id,
            reference="AAP-2026-12",
            deadline=imported.deadline,
            amount_min_cents=500_000,
            amount_max_cents=1_500_000,
            funding_type=FundingType.BOTH,
            multi_year=True,
            description=imported.description,
            eligibility=imported.eligibility,
            url=imported.url,
            opens_on=imported.opens_on,
        ),
        TODAY,
    )
    call_service.archive(edited.id, edited.version, True, TODAY)

    run(service, ("aides.json", page(aid(1, destinations=[], submission_deadline="2027-02-01"))))
    (after,) = calls(database)
    assert after.deadline == dt.date(2027, 2, 1)
    assert (after.funder_id, after.reference) == (own.id, "AAP-2026-12")
    assert (after.amount_min_cents, after.amount_max_cents, after.multi_year) == (500_000, 1_500_000, True)
    assert after.funding_type is FundingType.BOTH  # the aid says nothing: the user's choice stays
    assert after.archived
    assert funder_names(database) == ["Région (notre contact)", "Région Occitanie"]


def test_calls_are_matched_by_slug_when_the_file_has_no_id(
    service: AidesImportService, database: Database
) -> None:
    run(service, ("aides.json", page(aid(1), aid(2))))
    without_ids = page(
        {key: value for key, value in aid(1, submission_deadline="2027-03-31").items() if key != "id"},
        {key: value for key, value in aid(2).items() if key != "id"},
    )
    preview = service.preview([("sans-id.json", without_ids)], AidFilter(), TODAY)
    assert [candidate.key for candidate in preview.candidates] == ["aide-1", "aide-2"]
    assert [candidate.status for candidate in preview.candidates] == [
        MatchStatus.UPDATED,
        MatchStatus.UNCHANGED,
    ]
    service.apply(preview, None, TODAY)
    rows = calls(database)
    assert len(rows) == 2
    assert rows[0].deadline == dt.date(2027, 3, 31)
    assert rows[0].source_id == "1001"  # the id known from the first import is kept


def test_disappeared_calls_are_reported_not_archived(service: AidesImportService, database: Database) -> None:
    run(service, ("aides.json", page(aid(1), aid(2), aid(3))))
    rows = {row.source_id: row for row in calls(database)}
    CallService(database).archive(rows["1003"].id, rows["1003"].version, True, TODAY)

    preview = service.preview([("aides.json", page(aid(1)))], AidFilter(), TODAY)
    assert [(gone.title, gone.source_id) for gone in preview.disappeared] == [("Appel à projets n°2", "1002")]
    report = service.apply(preview, None, TODAY)
    assert [gone.title for gone in report.disappeared] == ["Appel à projets n°2"]
    assert report.disappeared[0].deadline == dt.date(2026, 12, 31)
    after = {row.source_id: row for row in calls(database)}
    assert not after["1002"].archived  # the user decides
    assert after["1002"].version == rows["1002"].version


def test_a_call_out_of_the_filter_has_not_disappeared(
    service: AidesImportService, database: Database
) -> None:
    run(service, ("aides.json", page(aid(1), aid(2))))
    preview = service.preview(
        [("aides.json", page(aid(1), aid(2, is_call_for_project=False)))], AidFilter(calls_only=True), TODAY
    )
    assert preview.disappeared == ()


def test_financers_are_matched_by_normalized_name(service: AidesImportService, database: Database) -> None:
    existing = FunderService(database).create(
        FunderInput(name="Conseil départemental de l'Hérault", kind=FunderKind.DEPARTMENT)
    )
    data = page(
        aid(1, financers=["CONSEIL DEPARTEMENTAL DE L'HERAULT"]),
        aid(2, financers=["Conseil Départemental de l’Hérault"]),
    )
    preview = service.preview([("aides.json", data)], AidFilter(), TODAY)
    assert preview.funders_to_create == ()
    assert {candidate.funder_id for candidate in preview.candidates} == {existing.id}
    report = service.apply(preview, None, TODAY)
    assert report.funders_created == ()
    assert {call.funder_id for call in calls(database)} == {existing.id}
    assert funder_names(database) == ["Conseil départemental de l'Hérault"]


def test_a_funder_named_by_several_aids_is_created_once(
    service: AidesImportService, database: Database
) -> None:
    data = page(aid(1, financers=["CAF de l'Hérault"]), aid(2, financers=["caf de l'herault"]))
    report = run(service, ("aides.json", data))
    assert report.funders_created == ("CAF de l'Hérault",)
    assert funder_names(database) == ["CAF de l'Hérault"]
    assert len({call.funder_id for call in calls(database)}) == 1


def test_an_aid_in_two_files_is_imported_once_newest_first(
    service: AidesImportService, database: Database
) -> None:
    old = page(aid(1, date_updated="2026-09-01T00:00:00Z", submission_deadline="2026-12-01"), aid(2))
    new = page(aid(1, date_updated="2026-10-15T00:00:00Z", submission_deadline="2027-01-31"), aid(3))
    preview = service.preview([("page1.json", new), ("page2.json", old)], AidFilter(), TODAY)
    assert preview.duplicates == 1
    assert [candidate.key for candidate in preview.candidates] == ["1001", "1003", "1002"]
    assert preview.candidates[0].deadline == dt.date(2027, 1, 31)
    assert preview.candidates[0].source_file == "page1.json"
    service.apply(preview, None, TODAY)
    assert sorted(call.source_id or "" for call in calls(database)) == ["1001", "1002", "1003"]


def test_a_partial_page_is_flagged(service: AidesImportService) -> None:
    data = dump(
        {"count": 120, "next": "https://aides-territoires.beta.gouv.fr/api/aids/?page=2", "results": [aid(1)]}
    )
    preview = service.preview([("page1.json", data)], AidFilter(), TODAY)
    summary = preview.files[0]
    assert (summary.aids, summary.total, summary.partial) == (1, 120, True)


# -- bad files: nothing half-imported ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "code", "line"),
    [
        pytest.param(
            b'{"results": [\n  {"id": 1, "name": "A"},\n  {"id": 2, "name": "B"\n]}',
            FormatErrorCode.MALFORMED_JSON,
            4,
            id="malformed",
        ),
        pytest.param(
            b'{\n  "type": "FeatureCollection",\n  "features": []\n}',
            FormatErrorCode.NOT_AN_AIDS_LIST,
            1,
            id="not-aids",
        ),
        pytest.param(
            b'{"results": [\n  {"id": 1, "name": "A"},\n  {"id": 2}\n]}',
            FormatErrorCode.MISSING_FIELD,
            3,
            id="no-name",
        ),
        pytest.param(
            b'{"results": [\n  {"name": "A"}\n]}', FormatErrorCode.MISSING_FIELD, 2, id="no-id-nor-slug"
        ),
        pytest.param(
            b'{"results": [\n  {"id": 1, "name": "A",\n   "submission_deadline": "2026/31/12"}\n]}',
            FormatErrorCode.BAD_DATE,
            3,
            id="bad-date",
        ),
        pytest.param(b"", FormatErrorCode.EMPTY_FILE, None, id="empty"),
        pytest.param(
            b'{"results": [{"id": 1, "name": "\x81\x8d"}]}',
            FormatErrorCode.UNREADABLE_ENCODING,
            None,
            id="encoding",
        ),
    ],
)
def test_a_bad_file_is_refused_with_its_name_and_line(
    service: AidesImportService, database: Database, content: bytes, code: FormatErrorCode, line: int | None
) -> None:
    with pytest.raises(FormatError) as raised:
        service.preview([("mauvais.json", content)], AidFilter(), TODAY)
    assert (raised.value.source, raised.value.code) == ("mauvais.json", code)
    if line is not None:
        assert raised.value.line == line
    assert calls(database) == []


def test_other_date_formats_are_read(service: AidesImportService, database: Database) -> None:
    data = page(aid(1, submission_deadline="31/12/2026", start_date="2026-09-01T08:00:00+02:00"))
    run(service, ("aides.json", data))
    (call,) = calls(database)
    assert (call.opens_on, call.deadline) == (dt.date(2026, 9, 1), dt.date(2026, 12, 31))


def test_a_bad_second_file_imports_nothing_of_the_first(
    service: AidesImportService, database: Database
) -> None:
    run(service, ("avant.json", page(aid(9))))
    before = (calls(database), funder_names(database))
    good = page(aid(1, financers=["Fondation de France"]), aid(9, submission_deadline="2027-06-30"))
    bad = b'{"results": [\n  {"id": 5, "name": "A",\n   "submission_deadline": "bientot"}\n]}'
    with pytest.raises(FormatError) as raised:
        service.preview([("bon.json", good), ("mauvais.json", bad)], AidFilter(), TODAY)
    assert (raised.value.source, raised.value.line) == ("mauvais.json", 3)
    assert (calls(database), funder_names(database)) == before


def test_a_failure_while_writing_rolls_everything_back(
    service: AidesImportService, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(service, ("avant.json", page(aid(9))))
    before = (calls(database), funder_names(database))
    preview = service.preview(
        [("aides.json", page(aid(1, financers=["MSA Languedoc"]), aid(9, submission_deadline="2027-06-30")))],
        AidFilter(),
        TODAY,
    )

    def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(call_repository, "update_imported_many", broken)
    with pytest.raises(RuntimeError):
        service.apply(preview, None, TODAY)
    assert (calls(database), funder_names(database)) == before


def test_an_import_made_meanwhile_is_not_duplicated(service: AidesImportService, database: Database) -> None:
    data = page(aid(1), aid(2))
    first = service.preview([("aides.json", data)], AidFilter(), TODAY)
    second = service.preview([("aides.json", data)], AidFilter(), TODAY)  # another PC, same file
    service.apply(first, None, TODAY)
    report = service.apply(second, None, TODAY)
    assert (report.new, report.unchanged) == (0, 2)
    assert len(calls(database)) == 2


def test_a_generated_catalogue_imports_and_reimports(service: AidesImportService, database: Database) -> None:
    data = dump(make_aids_payload(120, seed=3))
    report = run(service, ("catalogue.json", data))
    assert report.new == 120
    assert len(calls(database)) == 120
    again = run(service, ("catalogue.json", data))
    assert (again.nothing_new, again.unchanged) == (True, 120)


# -- kind guessing -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Région Occitanie", FunderKind.REGION),
        ("Conseil régional des Pays de la Loire", FunderKind.REGION),
        ("Département de l'Hérault", FunderKind.DEPARTMENT),
        ("CONSEIL DEPARTEMENTAL DE L'HERAULT", FunderKind.DEPARTMENT),
        ("DREETS Occitanie", FunderKind.STATE_SERVICE),
        ("DDETS de l'Hérault", FunderKind.STATE_SERVICE),
        ("DRAAF Occitanie", FunderKind.STATE_SERVICE),
        ("Préfecture de l'Hérault", FunderKind.STATE_SERVICE),
        ("Ministère des Solidarités", FunderKind.STATE_SERVICE),
        ("Agence nationale de la cohésion des territoires", FunderKind.STATE_SERVICE),
        ("Caisse d'allocations familiales de l'Hérault", FunderKind.CAF),
        ("CAF du Gard", FunderKind.CAF),
        ("MSA Languedoc", FunderKind.MSA),
        ("Montpellier Méditerranée Métropole", FunderKind.INTERCOMMUNALITY),
        ("Communauté de communes du Pic Saint-Loup", FunderKind.INTERCOMMUNALITY),
        ("Communauté d'agglomération du Grand Avignon", FunderKind.INTERCOMMUNALITY),
        ("Commune de Lunel", FunderKind.MUNICIPALITY),
        ("Ville de Montpellier", FunderKind.MUNICIPALITY),
        ("Mairie de Sète", FunderKind.MUNICIPALITY),
        ("CCAS de Montpellier", FunderKind.CCAS),
        ("Fondation de France", FunderKind.FOUNDATION),
        ("Union européenne", FunderKind.EUROPEAN_FUND),
        ("Fonds social européen (FSE+)", FunderKind.EUROPEAN_FUND),
        ("FEDER Occitanie", FunderKind.EUROPEAN_FUND),
        ("Banque des Territoires", FunderKind.OTHER),
        ("Café associatif du quartier", FunderKind.OTHER),  # "CAF" is a whole word, never a part of one
    ],
)
def test_the_kind_is_guessed_from_the_name(name: str, kind: FunderKind) -> None:
    assert guess_funder_kind(name) is kind


def test_the_level_of_a_state_service_follows_its_name() -> None:
    assert guess_funder_level("DREETS Occitanie", FunderKind.STATE_SERVICE) is FunderLevel.REGIONAL
    assert guess_funder_level("DDETS de l'Hérault", FunderKind.STATE_SERVICE) is FunderLevel.DEPARTMENTAL
    assert guess_funder_level("Ministère des Solidarités", FunderKind.STATE_SERVICE) is FunderLevel.NATIONAL
    assert guess_funder_level("Région Occitanie", FunderKind.REGION) is FunderLevel.REGIONAL
