"""The applications table's French texts and the XLSX totals row of live SUM formulas."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from coopdesk.domain.enums import ApplicationStatus
from coopdesk.formats.table_export import (
    APPLICATION_COLUMN_FORMATS,
    APPLICATION_COLUMNS,
    APPLICATION_MONEY_COLUMNS,
    APPLICATION_STATUS_LABELS,
    MONEY_FORMAT,
    TOTAL_LABEL,
    Cell,
    ColumnFormat,
    write_table_csv,
    write_xlsx,
)

HEADER = ("Intitulé", "Demandé", "Versé")
FORMATS = (ColumnFormat.TEXT, ColumnFormat.MONEY_CENTS, ColumnFormat.MONEY_CENTS)


def sheet_of(data: bytes) -> Worksheet:
    sheet = load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def test_the_application_columns_are_french_and_formatted() -> None:
    assert len(APPLICATION_COLUMNS) == len(APPLICATION_COLUMN_FORMATS) == 16
    assert APPLICATION_COLUMNS[0] == "N°"
    assert [APPLICATION_COLUMNS[index] for index in APPLICATION_MONEY_COLUMNS] == [
        "Demandé", "Accordé", "Versé", "Reste à percevoir",
    ]  # fmt: skip
    assert {APPLICATION_COLUMN_FORMATS[index] for index in APPLICATION_MONEY_COLUMNS} == {
        ColumnFormat.MONEY_CENTS
    }
    assert set(APPLICATION_STATUS_LABELS) == set(ApplicationStatus)
    assert APPLICATION_STATUS_LABELS[ApplicationStatus.PARTIALLY_GRANTED] == "accordé en partie"
    assert APPLICATION_STATUS_LABELS[ApplicationStatus.REPORT_DUE] == "compte rendu à faire"
    assert len(set(APPLICATION_STATUS_LABELS.values())) == len(ApplicationStatus)


def test_the_totals_row_holds_sum_formulas_below_the_data() -> None:
    rows: list[tuple[Cell, ...]] = [("A", 123456, 100), ("B", 5, None), ("=C", 0, 250)]
    sheet = sheet_of(write_xlsx("Dossiers", HEADER, rows, column_formats=FORMATS, totals_row=(1, 2)))
    assert sheet.max_row == 5
    assert [cell.value for cell in sheet[5]] == [TOTAL_LABEL, "=SUM(B2:B4)", "=SUM(C2:C4)"]
    assert sheet["B5"].number_format == MONEY_FORMAT
    assert sheet["B5"].font.bold
    assert sheet.auto_filter.ref == "A1:C4"  # sorting the data never moves the totals
    assert sheet["B2"].value == pytest.approx(1234.56)
    assert sheet["A4"].value == "=C"  # text stays text


def test_a_totals_row_without_data_holds_zeros_not_a_circular_sum() -> None:
    sheet = sheet_of(write_xlsx("Dossiers", HEADER, [], column_formats=FORMATS, totals_row=(1,)))
    assert [cell.value for cell in sheet[2]] == [TOTAL_LABEL, 0, None]


def test_without_totals_row_nothing_is_added() -> None:
    sheet = sheet_of(write_xlsx("Dossiers", HEADER, [("A", 1, 2)], column_formats=FORMATS))
    assert sheet.max_row == 2


def test_a_totals_column_outside_the_table_is_refused() -> None:
    with pytest.raises(ValueError, match="totals_row"):
        write_xlsx("Dossiers", HEADER, [], column_formats=FORMATS, totals_row=(3,))


def test_an_application_row_in_csv() -> None:
    row: tuple[Cell, ...] = (
        7, "Épicerie", "accordé", "CAF", "Projet", "Élise", 2026, "Fonctionnement", 250000, 200000,
        50000, 150000, date(2026, 3, 1), date(2026, 2, 20), None, None,
    )  # fmt: skip
    data = write_table_csv(APPLICATION_COLUMNS, [row], column_formats=APPLICATION_COLUMN_FORMATS)
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("N°;Intitulé;Statut;Financeur")
    assert lines[1] == (
        "7;Épicerie;accordé;CAF;Projet;Élise;2026;Fonctionnement;2500,00;2000,00;500,00;1500,00;"
        "01/03/2026;20/02/2026;;"
    )
