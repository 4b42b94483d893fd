"""The contacts spreadsheet: column guessing, row normalization, rejected rows, duplicate keys."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.formats.contacts_csv import (
    CONTACT_FIELDS,
    ContactFields,
    RowProblem,
    RowProblemCode,
    contact_key,
    missing_required,
    parse_contacts,
    split_topics,
    suggest_mapping,
)
from coopdesk.formats.errors import FormatError, FormatErrorCode
from coopdesk.formats.french_csv import CsvRow, CsvTable, read_table

SOURCE = "contacts.csv"


def table(header: tuple[str, ...], *rows: tuple[str, ...]) -> CsvTable:
    return CsvTable(
        source=SOURCE,
        header=header,
        rows=tuple(CsvRow(line, row, len(row) < len(header)) for line, row in enumerate(rows, start=2)),
        encoding="utf-8",
        delimiter=";",
    )


# -- mapping -----------------------------------------------------------------------------------------


def test_contact_fields_are_the_documented_ones() -> None:
    assert CONTACT_FIELDS == (
        "funder", "name", "first_name", "last_name", "role", "service", "phone", "email", "topics", "notes",
        "active", "left_on",
    )  # fmt: skip


def test_suggest_mapping_for_a_french_spreadsheet() -> None:
    header = (
        "Organisme", "Nom", "Prénom", "Fonction", "Service", "Tél.", "Courriel", "Thématiques", "Remarques",
        "Actif", "Date de départ", "Colonne perso",
    )  # fmt: skip
    assert suggest_mapping(header) == {
        0: "funder",
        1: "last_name",  # a bare "Nom" beside "Prénom"
        2: "first_name",
        3: "role",
        4: "service",
        5: "phone",
        6: "email",
        7: "topics",
        8: "notes",
        9: "active",
        10: "left_on",
        11: None,
    }


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("FINANCEUR", "funder"),
        ("Structure", "funder"),
        ("Nom de l'organisme", "funder"),
        ("Nom", "name"),
        ("Nom Prénom", "name"),
        ("Nom et prénom", "name"),
        ("Interlocuteur", "name"),
        ("Prenom", "first_name"),
        ("Nom de famille", "last_name"),
        ("Rôle", "role"),
        ("Poste occupé", "role"),
        ("Téléphone", "phone"),
        ("Tél portable", "phone"),
        ("E-mail", "email"),
        ("Adresse mail", "email"),
        ("Mél", "email"),
        ("Sujets", "topics"),
        ("Notes", "notes"),
        ("Commentaires", "notes"),
        ("actif ?", "active"),
        ("Date de départ", "left_on"),
        ("Département", None),  # a collectivité, not "départ"
        ("Dernier échange", None),
        ("", None),
    ],
)
def test_suggest_mapping_one_title(title: str, field: str | None) -> None:
    assert suggest_mapping([title]) == {0: field}


def test_suggest_mapping_in_english() -> None:
    header = ["Organization", "First name", "Last name", "Job title", "Phone", "Email", "Topics", "Comments"]
    assert list(suggest_mapping(header).values()) == [
        "funder", "first_name", "last_name", "role", "phone", "email", "topics", "notes",
    ]  # fmt: skip


def test_each_field_goes_to_the_first_column_only() -> None:
    assert suggest_mapping(["Téléphone", "Tél. portable", "Financeur", "Organisme"]) == {
        0: "phone",
        1: None,
        2: "funder",
        3: None,
    }


def test_missing_required_fields() -> None:
    assert missing_required({0: "funder", 1: "name"}) == ()
    assert missing_required({0: "funder", 1: "last_name"}) == ()
    assert missing_required({0: "email", 1: None}) == ("name", "funder")
    assert missing_required({0: "name"}, default_funder=True) == ()


# -- rows --------------------------------------------------------------------------------------------


def test_valid_row_is_normalized() -> None:
    header = ("Organisme", "Prénom", "Nom", "Tél.", "Courriel", "Thématiques", "Actif", "Date de départ")
    rows = parse_contacts(
        table(
            header,
            (
                " Conseil départemental ",
                "Élise",
                "Dupré",
                "0467123456",
                " Elise.Dupre@HERAULT.fr ",
                "aide alimentaire, précarité; mobilité / insertion | urgence",
                "oui",
                "31/12/2026",
            ),
        ),
        suggest_mapping(header),
    )
    assert len(rows) == 1
    assert rows[0].line == 2
    assert rows[0].valid
    assert rows[0].problems == ()
    assert rows[0].fields == ContactFields(
        funder="Conseil départemental",
        name="Élise Dupré",
        phone="04 67 12 34 56",
        email="Elise.Dupre@herault.fr",
        topics=("aide alimentaire", "précarité", "mobilité", "insertion", "urgence"),
        active=True,
        left_on=date(2026, 12, 31),
    )


def test_rejected_rows_carry_their_problems_and_valid_rows_none() -> None:
    header = ("Organisme", "Nom", "Tél.", "Courriel", "Actif", "Date de départ")
    rows = parse_contacts(
        table(
            header,
            ("CAF", "Martin", "", "", "", ""),
            ("", "Durand", "12", "pas-un-mail", "peut-être", "32/01/2026"),
            ("MSA", "", "", "", "", ""),
            ("DREETS",),
        ),
        suggest_mapping(header),
    )
    assert [row.valid for row in rows] == [True, False, False, False]
    assert rows[1].problems == (
        RowProblem("funder", RowProblemCode.MISSING_FUNDER),
        RowProblem("phone", RowProblemCode.BAD_PHONE, "12"),
        RowProblem("email", RowProblemCode.BAD_EMAIL, "pas-un-mail"),
        RowProblem("active", RowProblemCode.BAD_BOOLEAN, "peut-être"),
        RowProblem("left_on", RowProblemCode.BAD_DATE, "32/01/2026"),
    )
    assert rows[1].fields.phone == "12"  # kept as typed, to be shown
    assert rows[1].cells == ("", "Durand", "12", "pas-un-mail", "peut-être", "32/01/2026")
    assert rows[2].problems == (RowProblem("name", RowProblemCode.MISSING_NAME),)
    assert rows[3].problems == (
        RowProblem(None, RowProblemCode.SHORT_ROW),
        RowProblem("name", RowProblemCode.MISSING_NAME),
    )


@pytest.mark.parametrize(
    ("typed", "active"),
    [("oui", True), ("OUI", True), ("1", True), ("x", True), ("Vrai", True), ("", True),
     ("non", False), ("0", False), ("faux", False), ("NON", False)],
)  # fmt: skip
def test_active_column_words(typed: str, active: bool) -> None:
    rows = parse_contacts(
        table(("Financeur", "Nom", "Actif"), ("CAF", "Martin", typed)), {0: "funder", 1: "name", 2: "active"}
    )
    assert rows[0].valid
    assert rows[0].fields.active is active


@pytest.mark.parametrize(
    ("typed", "left_on"),
    [("31/12/2026", date(2026, 12, 31)), ("2026-12-31", date(2026, 12, 31)),
     ("31/12/2026 00:00", date(2026, 12, 31)), ("1.2.2027", date(2027, 2, 1))],
)  # fmt: skip
def test_left_on_dates(typed: str, left_on: date) -> None:
    rows = parse_contacts(
        table(("Financeur", "Nom", "Départ"), ("CAF", "Martin", typed)),
        {0: "funder", 1: "name", 2: "left_on"},
    )
    assert rows[0].fields.left_on == left_on


def test_whole_name_wins_over_split_columns_and_spaces_collapse() -> None:
    mapping = {0: "funder", 1: "name", 2: "first_name", 3: "last_name"}
    rows = parse_contacts(
        table(("F", "N", "P", "L"), ("CAF", "  Élise   Dupré ", "X", "Y"), ("CAF", "", "Jean", "")), mapping
    )
    assert rows[0].fields.name == "Élise Dupré"
    assert rows[1].fields.name == "Jean"


def test_several_columns_for_one_field() -> None:
    mapping = {
        0: "funder",
        1: "name",
        2: "phone",
        3: "phone",
        4: "notes",
        5: "notes",
        6: "topics",
        7: "topics",
    }
    rows = parse_contacts(
        table(
            ("F", "N", "Fixe", "Portable", "Notes", "Suite", "Thème 1", "Thème 2"),
            ("CAF", "Martin", "", "06 12 34 56 78", "vu en mars", "à rappeler", "RSA, logement", "Logement"),
        ),
        mapping,
    )
    fields = rows[0].fields
    assert fields.phone == "06 12 34 56 78"
    assert fields.notes == "vu en mars\nà rappeler"
    assert fields.topics == ("RSA", "logement")  # "Logement" is the same topic


def test_default_funder_fills_rows_without_one() -> None:
    rows = parse_contacts(
        table(("Nom", "Organisme"), ("Martin", ""), ("Durand", "MSA")),
        {0: "name", 1: "funder"},
        default_funder="CAF",
    )
    assert [row.fields.funder for row in rows] == ["CAF", "MSA"]
    assert all(row.valid for row in rows)


def test_mapping_to_an_unknown_field_or_column_is_refused() -> None:
    csv_table = table(("Nom", "Organisme"), ("Martin", "CAF"))
    with pytest.raises(FormatError) as caught:
        parse_contacts(csv_table, {0: "name", 1: "shoe_size"})
    assert (caught.value.code, caught.value.detail, caught.value.line) == (
        FormatErrorCode.UNKNOWN_COLUMN,
        "shoe_size",
        1,
    )
    with pytest.raises(FormatError) as caught:
        parse_contacts(csv_table, {0: "name", 5: "funder"})
    assert (caught.value.code, caught.value.detail) == (FormatErrorCode.UNKNOWN_COLUMN, "5")


def test_split_topics() -> None:
    assert split_topics("a, b;c/d|e\nf", " a ,, ") == ("a", "b", "c", "d", "e", "f")
    assert split_topics("") == ()


def test_a_real_file_end_to_end() -> None:
    data = (
        "Financeur;Prénom;Nom;Fonction;Téléphone;E-mail;Sujets\r\n"
        "DDETS de l'Hérault;Élise;Dupré;Chargée de mission;04 67 12 34 56;"
        "e.dupre@herault.gouv.fr;aide alimentaire\r\n"
        "CAF;Jean\r\n"
        'Région Occitanie;Marc;Petit;"Directeur\r\nadjoint";+33 4 67 00 00 00;'
        'm.petit@laregion.fr;"ESS, insertion"\r\n'
    ).encode("cp1252")
    csv_table = read_table(data, SOURCE)
    rows = parse_contacts(csv_table, suggest_mapping(csv_table.header))
    assert [(row.line, row.valid) for row in rows] == [(2, True), (3, False), (4, True)]
    assert rows[0].fields.name == "Élise Dupré"
    assert rows[2].fields.role == "Directeur adjoint"
    assert rows[2].fields.phone == "04 67 00 00 00"
    assert rows[2].fields.topics == ("ESS", "insertion")


# -- duplicate keys ----------------------------------------------------------------------------------


def test_contact_key_ignores_case_accents_punctuation_and_name_order() -> None:
    assert contact_key(
        "Conseil départemental de l'Hérault", "Élise Dupré", "E.Dupre@Herault.fr"
    ) == contact_key("CONSEIL DEPARTEMENTAL DE L HERAULT", "DUPRE Elise", "e.dupre@herault.fr ")


def test_contact_key_tells_different_people_apart() -> None:
    base = contact_key("CAF", "Élise Dupré", "")
    assert base != contact_key("MSA", "Élise Dupré", "")
    assert base != contact_key("CAF", "Élise Durand", "")
    assert base != contact_key("CAF", "Élise Dupré", "elise@caf.fr")
