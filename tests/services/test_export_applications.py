"""The applications table exported as CSV and XLSX, on the demonstration data."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from coopdesk.domain.applications import ApplicationFilter
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.formats.table_export import (
    APPLICATION_COLUMNS,
    APPLICATION_STATUS_LABELS,
    format_cents_plain,
)
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.demo_service import DemoService
from coopdesk.services.export_service import ExportService
from coopdesk.storage.database import Database

TODAY = dt.date(2026, 11, 28)
MONEY = ("Demandé", "Accordé", "Versé", "Reste à percevoir")


@pytest.fixture
def demo(database: Database) -> Database:
    DemoService(database).fill(TODAY)
    return database


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def sheet_of(data: bytes) -> Worksheet:
    sheet = load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def evaluate_sum(sheet: Worksheet, formula: str) -> Decimal:
    """What Excel shows for "=SUM(I2:I26)": the sum of the column's numbers in that range."""
    found = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", formula)
    assert found is not None, formula
    column, first, last = found.group(1), int(found.group(2)), int(found.group(4))
    assert found.group(3) == column
    values = (sheet[f"{column}{row}"].value for row in range(first, last + 1))
    return sum((Decimal(str(value)) for value in values if isinstance(value, int | float)), Decimal(0))


def euros(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def test_the_csv_has_one_line_per_application_with_french_headers(demo: Database) -> None:
    listed = ApplicationService(demo).list()
    rows = csv_rows(ExportService(demo).applications_csv())
    assert tuple(rows[0]) == APPLICATION_COLUMNS
    assert len(rows) == 1 + len(listed) == 1 + ApplicationService(demo).totals().count
    assert [int(row[0]) for row in rows[1:]] == [row.id for row in listed]
    by_id = {row.id: row for row in listed}
    for row in rows[1:]:
        application = by_id[int(row[0])]
        assert row[1] == application.title
        assert row[2] == APPLICATION_STATUS_LABELS[application.status]
        assert row[3] == application.funder_name
        assert row[8] == format_cents_plain(application.amount_requested_cents)


def test_the_filter_is_followed_but_not_its_page(demo: Database) -> None:
    service = ApplicationService(demo)
    years = {row.year for row in service.list()} - {None}
    assert len(years) >= 2  # the demonstration spans several years
    for year in years:
        chosen = ApplicationFilter(year=year, limit=2)
        rows = csv_rows(ExportService(demo).applications_csv(chosen))[1:]
        assert len(rows) == service.totals(chosen).count
        assert {row[6] for row in rows} == {str(year)}
        expected = {row.id for row in service.list(ApplicationFilter(year=year))}
        assert {int(row[0]) for row in rows} == expected

    granted = ApplicationFilter(statuses=frozenset({ApplicationStatus.GRANTED}))
    rows = csv_rows(ExportService(demo).applications_csv(granted))[1:]
    assert rows
    assert {row[2] for row in rows} == {"accordé"}


@pytest.mark.parametrize("year", [None, 2026, 2027, 1999])
def test_the_xlsx_totals_row_sums_what_the_service_totals(demo: Database, year: int | None) -> None:
    chosen = ApplicationFilter(year=year)
    totals = ApplicationService(demo).totals(chosen)
    sheet = sheet_of(ExportService(demo).applications_xlsx(chosen))
    header = [cell.value for cell in sheet[1]]
    assert tuple(header) == APPLICATION_COLUMNS
    assert sheet.max_row == totals.count + 2  # header, applications, totals
    last = sheet[sheet.max_row]
    assert last[0].value == "Total"
    shown = {}
    for title in MONEY:
        cell = last[header.index(title)]
        if totals.count:
            assert isinstance(cell.value, str)
            assert cell.value.startswith("=SUM(")
            shown[title] = evaluate_sum(sheet, cell.value)
        else:
            assert cell.value == 0  # no data row: a plain 0, never a sum over the header
            shown[title] = Decimal(0)
    assert shown["Demandé"] == euros(totals.requested_cents)
    assert shown["Accordé"] == euros(totals.granted_cents)
    assert shown["Versé"] == euros(totals.paid_cents)
    remaining = sum(
        (row.amount_granted_cents - row.paid_cents for row in ApplicationService(demo).list(chosen)
         if row.amount_granted_cents is not None),
        0,
    )  # fmt: skip
    assert shown["Reste à percevoir"] == euros(remaining)
    if year is not None:
        assert {
            row[6] for row in sheet.iter_rows(min_row=2, max_row=sheet.max_row - 1, values_only=True)
        } <= {year}
