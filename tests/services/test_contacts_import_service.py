"""Import of a contacts spreadsheet: NEW, DUPLICATE or REJECTED rows; only new valid rows written."""

from __future__ import annotations

import datetime as dt

import pytest

from coopdesk.domain.enums import FunderKind
from coopdesk.domain.errors import InvalidValueCode
from coopdesk.domain.funders import ContactInput, ContactRow, FunderInput
from coopdesk.formats.contacts_csv import RowProblemCode
from coopdesk.formats.errors import FormatError, FormatErrorCode
from coopdesk.services.contact_service import ContactService
from coopdesk.services.contacts_import_service import ContactRowStatus, ContactsImportService
from coopdesk.services.funder_service import FunderService
from coopdesk.storage.database import Database

SHEET = (
    "Organisme;Nom;Prénom;Fonction;Téléphone;Courriel;Thématiques;Date de départ\r\n"
    "DDETS de l'Hérault;Dupré;Élise;Chargée de mission;04 67 12 34 56;elise.dupre@herault.gouv.fr;"
    "aide alimentaire, PAT;\r\n"
    "Région Occitanie;Castan;Claire;Instructrice;0467000000;;FSE+;\r\n"
    "CAF de l'Hérault;Benali;Karim;Conseiller;;jean@;;\r\n"
    "DDETS DE L'HERAULT;DUPRE;Elise;;;ELISE.DUPRE@HERAULT.GOUV.FR;;\r\n"
    "Fondation de France;Martin;Jeanne;Déléguée;;;;15/09/2026\r\n"
    ";Sans;Financeur;;;;;\r\n"
    "Région Occitanie;Fabre\r\n"
)


@pytest.fixture
def service(database: Database) -> ContactsImportService:
    return ContactsImportService(database)


@pytest.fixture
def ddets(database: Database) -> int:
    return (
        FunderService(database)
        .create(FunderInput(name="DDETS de l'Hérault", kind=FunderKind.STATE_SERVICE))
        .id
    )


def contacts(database: Database) -> list[ContactRow]:
    return sorted(ContactService(database).list(), key=lambda row: row.id)


def funder_names(database: Database) -> list[str]:
    return [row.name for row in FunderService(database).list_all()]


def test_read_suggests_the_mapping(service: ContactsImportService) -> None:
    sheet = service.read(SHEET.encode("utf-8"), "contacts.csv")
    assert sheet.table.delimiter == ";"
    assert sheet.table.header[:3] == ("Organisme", "Nom", "Prénom")
    assert sheet.mapping == {
        0: "funder",
        1: "last_name",
        2: "first_name",
        3: "role",
        4: "phone",
        5: "email",
        6: "topics",
        7: "left_on",
    }


def test_preview_tells_new_duplicate_and_rejected_rows(
    service: ContactsImportService, database: Database, ddets: int
) -> None:
    sheet = service.read(SHEET.encode("utf-8"), "contacts.csv")
    preview = service.preview(sheet, sheet.mapping)
    statuses = [(row.line, row.status) for row in preview.rows]
    assert statuses == [
        (2, ContactRowStatus.NEW),
        (3, ContactRowStatus.NEW),
        (4, ContactRowStatus.REJECTED),
        (5, ContactRowStatus.DUPLICATE),
        (6, ContactRowStatus.NEW),
        (7, ContactRowStatus.REJECTED),
        (8, ContactRowStatus.REJECTED),
    ]
    rows = {row.line: row for row in preview.rows}
    assert rows[2].funder_id == ddets  # an existing funder, matched by its name
    assert rows[5].duplicate_line == 2  # the same person, name words swapped, e-mail in capitals
    assert [(problem.code, problem.value) for problem in rows[4].problems] == [
        (RowProblemCode.BAD_EMAIL, "jean@")
    ]
    assert [problem.code for problem in rows[7].problems] == [RowProblemCode.MISSING_FUNDER]
    assert RowProblemCode.SHORT_ROW in [problem.code for problem in rows[8].problems]
    assert rows[8].cells == ("Région Occitanie", "Fabre")
    assert (preview.new, preview.duplicates, preview.rejected) == (3, 1, 3)
    created = {funder.name: (funder.kind, funder.lines) for funder in preview.funders_to_create}
    assert created == {
        "Région Occitanie": (FunderKind.REGION, (3,)),
        "Fondation de France": (FunderKind.FOUNDATION, (6,)),
    }
    # Nothing is written before apply: a dry run is a preview.
    assert contacts(database) == []
    assert funder_names(database) == ["DDETS de l'Hérault"]


def test_apply_writes_the_new_valid_rows_despite_rejected_ones(
    service: ContactsImportService, database: Database, ddets: int
) -> None:
    sheet = service.read(SHEET.encode("utf-8"), "contacts.csv")
    report = service.apply(service.preview(sheet, sheet.mapping))
    assert report.created_names == ("Élise Dupré", "Claire Castan", "Jeanne Martin")
    assert (report.duplicates, report.rejected) == (1, 3)
    assert report.funders_created == ("Région Occitanie", "Fondation de France")
    rows = {row.name: row for row in contacts(database)}
    elise = rows["Élise Dupré"]
    assert (elise.funder_id, elise.phone, elise.email) == (
        ddets,
        "04 67 12 34 56",
        "elise.dupre@herault.gouv.fr",
    )
    assert elise.topics == ("aide alimentaire", "PAT")
    assert rows["Claire Castan"].phone == "04 67 00 00 00"
    jeanne = rows["Jeanne Martin"]
    assert (jeanne.active, jeanne.left_on) == (False, dt.date(2026, 9, 15))  # a departure date: former
    kinds = {row.name: row.kind for row in FunderService(database).list_all()}
    assert kinds == {
        "DDETS de l'Hérault": FunderKind.STATE_SERVICE,
        "Région Occitanie": FunderKind.REGION,
        "Fondation de France": FunderKind.FOUNDATION,
    }
    # The funder is found by its contacts' names afterwards (search texts kept up to date).
    assert [row.name for row in FunderService(database).search("castan")] == ["Région Occitanie"]


def test_importing_the_same_sheet_again_creates_nothing(
    service: ContactsImportService, database: Database
) -> None:
    sheet = service.read(SHEET.encode("utf-8"), "contacts.csv")
    service.apply(service.preview(sheet, sheet.mapping))
    before = (contacts(database), funder_names(database))
    preview = service.preview(sheet, sheet.mapping)
    assert preview.new == 0
    assert preview.duplicates == 4
    assert {row.duplicate_of for row in preview.rows if row.status is ContactRowStatus.DUPLICATE} == {
        row.id for row in before[0]
    }
    report = service.apply(preview)
    assert (report.created, report.funders_created) == (0, ())
    assert (contacts(database), funder_names(database)) == before


def test_a_completed_email_does_not_make_a_new_person(
    service: ContactsImportService, database: Database, ddets: int
) -> None:
    ContactService(database).create(ContactInput(funder_id=ddets, name="Élise Dupré"))
    data = "Organisme;Nom complet;Courriel\nDDETS de l'Hérault;Elise DUPRE;elise@herault.gouv.fr\n"
    data += "DDETS de l'Hérault;Élise Dupré;autre.elise@herault.gouv.fr\n"
    sheet = service.read(data.encode("utf-8"), "contacts.csv")
    preview = service.preview(sheet, sheet.mapping)
    assert [row.status for row in preview.rows] == [ContactRowStatus.DUPLICATE, ContactRowStatus.DUPLICATE]


def test_namesakes_with_other_emails_are_different_people(
    service: ContactsImportService, database: Database, ddets: int
) -> None:
    ContactService(database).create(ContactInput(funder_id=ddets, name="Marie Martin", email="m.martin@a.fr"))
    data = "Organisme;Nom complet;Courriel\nDDETS de l'Hérault;Marie Martin;marie.martin2@a.fr\n"
    sheet = service.read(data.encode("utf-8"), "contacts.csv")
    assert [row.status for row in service.preview(sheet, sheet.mapping).rows] == [ContactRowStatus.NEW]


def test_default_funder_fills_rows_without_one(service: ContactsImportService, database: Database) -> None:
    data = "Nom;Prénom;Téléphone\nCastan;Claire;04 67 11 22 33\nFabre;Hélène;\n"
    sheet = service.read(data.encode("utf-8"), "ddets.csv")
    preview = service.preview(sheet, sheet.mapping, default_funder="DDETS de l'Hérault")
    assert preview.new == 2
    report = service.apply(preview)
    assert report.funders_created == ("DDETS de l'Hérault",)
    assert {row.funder_name for row in contacts(database)} == {"DDETS de l'Hérault"}


def test_a_value_too_long_for_the_rules_is_rejected(
    service: ContactsImportService, database: Database
) -> None:
    data = f"Organisme;Nom;Fonction\nCAF du Gard;Karim Benali;{'x' * 250}\nCAF du Gard;Inès Roux;Directrice\n"
    sheet = service.read(data.encode("utf-8"), "contacts.csv")
    preview = service.preview(sheet, sheet.mapping)
    rejected, accepted = preview.rows
    assert rejected.status is ContactRowStatus.REJECTED
    assert [(problem.kind, problem.code) for problem in rejected.invalid] == [
        ("role", InvalidValueCode.TOO_LONG)
    ]
    assert accepted.status is ContactRowStatus.NEW
    service.apply(preview)
    assert [row.name for row in contacts(database)] == ["Inès Roux"]


def test_someone_added_between_preview_and_apply_is_not_duplicated(
    service: ContactsImportService, database: Database, ddets: int
) -> None:
    data = "Organisme;Nom complet\nDDETS de l'Hérault;Claire Castan\nDDETS de l'Hérault;Karim Benali\n"
    sheet = service.read(data.encode("utf-8"), "contacts.csv")
    preview = service.preview(sheet, sheet.mapping)
    ContactService(database).create(ContactInput(funder_id=ddets, name="Claire Castan"))
    report = service.apply(preview)
    assert (report.created_names, report.duplicates) == (("Karim Benali",), 1)
    assert sorted(row.name for row in contacts(database)) == ["Claire Castan", "Karim Benali"]


def test_a_windows_1252_sheet_keeps_its_accents(service: ContactsImportService, database: Database) -> None:
    data = "Organisme;Nom complet;Fonction\r\nConseil départemental de l'Hérault;Hélène Guérin;Chargée\r\n"
    sheet = service.read(data.encode("cp1252"), "excel.csv")
    assert sheet.table.encoding == "cp1252"
    service.apply(service.preview(sheet, sheet.mapping))
    (helene,) = contacts(database)
    assert (helene.name, helene.funder_name, helene.role) == (
        "Hélène Guérin",
        "Conseil départemental de l'Hérault",
        "Chargée",
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [
        pytest.param(
            b"Nom;Organisme;Courriel\nClaire,DDETS,claire@a.fr\nKarim,CAF,karim@b.fr\n",
            FormatErrorCode.MIXED_SEPARATORS,
            id="mixed-separators",
        ),
        pytest.param(
            b"Nom;Organisme\n\x81\x8d\x8f\x90;\x9d\n", FormatErrorCode.UNREADABLE_ENCODING, id="encoding"
        ),
        pytest.param(b"  \n \n", FormatErrorCode.EMPTY_FILE, id="empty"),
        pytest.param(
            b'Nom;Organisme\n"Claire;DDETS\nKarim;CAF\n', FormatErrorCode.UNCLOSED_QUOTE, id="unclosed-quote"
        ),
    ],
)
def test_an_unreadable_sheet_is_refused_clearly(
    service: ContactsImportService, database: Database, content: bytes, code: FormatErrorCode
) -> None:
    with pytest.raises(FormatError) as raised:
        service.read(content, "contacts.csv")
    assert (raised.value.source, raised.value.code) == ("contacts.csv", code)
    assert contacts(database) == []


def test_a_mapping_naming_a_missing_column_is_refused(service: ContactsImportService) -> None:
    sheet = service.read(b"Nom;Organisme\nClaire Castan;DDETS\n", "contacts.csv")
    with pytest.raises(FormatError) as raised:
        service.preview(sheet, {0: "name", 1: "funder", 5: "email"})
    assert raised.value.code is FormatErrorCode.UNKNOWN_COLUMN
