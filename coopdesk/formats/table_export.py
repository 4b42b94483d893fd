"""Tables exported for spreadsheets: XLSX with typed cells (openpyxl), or CSV through write_csv.

A service assembles the rows (calls, contacts) and names the format of each column; this module only
writes. In XLSX, dates are real Excel dates shown dd/mm/yyyy, money is a number of euros (a Decimal made
from the cents, never a float computed from them) shown "1 234,56 €" by a French Excel, the header is
bold, frozen and filtered, and text is always text: a cell starting with "=" is never a formula.

The column titles below are user-facing French on purpose: the exported files are French by design, and
this is the one place where they live.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Final, TypeAlias

from coopdesk.domain.dates import format_date
from coopdesk.domain.enums import ApplicationStatus, FundingType, Recurrence
from coopdesk.formats.french_csv import write_csv

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written: it is slow to import
    from openpyxl.cell.cell import Cell as XlsxCell
    from openpyxl.styles import Font
    from openpyxl.worksheet.worksheet import Worksheet

Cell: TypeAlias = str | int | date | None
"""A value of an exported cell: text, integer (cents in a money column; bool in a yes/no one), date."""


class ColumnFormat(StrEnum):
    TEXT = "text"
    DATE = "date"  # date (a datetime keeps its day)
    MONEY_CENTS = "money_cents"  # int cents, written as euros
    INTEGER = "integer"
    BOOLEAN = "boolean"  # bool, written "Oui" / "Non"
    URL = "url"  # text, a clickable link in XLSX when it is http(s) or mailto
    HOURS_HUNDREDTHS = "hours_hundredths"  # int hundredths of an hour, written as decimal hours "1,50"


# -- French texts of the exported files ---------------------------------------------------------------

YES: Final = "Oui"
NO: Final = "Non"

CALL_COLUMNS: Final = (
    "Titre", "Financeur", "Référence", "Ouverture", "Pré-dépôt", "Date limite", "Montant min.",
    "Montant max.", "Taux min. (%)", "Taux max. (%)", "Type de financement", "Pluriannuel", "Récurrence",
    "Lien",
)  # fmt: skip
CALL_COLUMN_FORMATS: Final = (
    ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.DATE, ColumnFormat.DATE,
    ColumnFormat.DATE, ColumnFormat.MONEY_CENTS, ColumnFormat.MONEY_CENTS, ColumnFormat.INTEGER,
    ColumnFormat.INTEGER, ColumnFormat.TEXT, ColumnFormat.BOOLEAN, ColumnFormat.TEXT, ColumnFormat.URL,
)  # fmt: skip

CONTACT_COLUMNS: Final = (
    "Nom", "Financeur", "Fonction", "Service", "Téléphone", "Courriel", "Thématiques", "Actif",
    "Dernier échange",
)  # fmt: skip
CONTACT_COLUMN_FORMATS: Final = (
    ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.TEXT,
    ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.BOOLEAN, ColumnFormat.DATE,
)  # fmt: skip

APPLICATION_COLUMNS: Final = (
    "N°", "Intitulé", "Statut", "Financeur", "Projet", "Responsable", "Année", "Type de financement",
    "Demandé", "Accordé", "Versé", "Reste à percevoir", "Date limite", "Déposé le", "Décision le",
    "Compte rendu dû le",
)  # fmt: skip
APPLICATION_COLUMN_FORMATS: Final = (
    ColumnFormat.INTEGER, ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.TEXT, ColumnFormat.TEXT,
    ColumnFormat.TEXT, ColumnFormat.INTEGER, ColumnFormat.TEXT, ColumnFormat.MONEY_CENTS,
    ColumnFormat.MONEY_CENTS, ColumnFormat.MONEY_CENTS, ColumnFormat.MONEY_CENTS, ColumnFormat.DATE,
    ColumnFormat.DATE, ColumnFormat.DATE, ColumnFormat.DATE,
)  # fmt: skip
APPLICATION_MONEY_COLUMNS: Final = (8, 9, 10, 11)  # indexes of Demandé … Reste à percevoir (from 0)
APPLICATION_STATUS_LABELS: Final[dict[ApplicationStatus, str]] = {
    ApplicationStatus.IDEA: "idée",
    ApplicationStatus.DRAFTING: "en rédaction",
    ApplicationStatus.SUBMITTED: "déposé",
    ApplicationStatus.UNDER_REVIEW: "en instruction",
    ApplicationStatus.GRANTED: "accordé",
    ApplicationStatus.PARTIALLY_GRANTED: "accordé en partie",
    ApplicationStatus.REFUSED: "refusé",
    ApplicationStatus.WITHDRAWN: "abandonné",
    ApplicationStatus.PAID: "versé",
    ApplicationStatus.REPORT_DUE: "compte rendu à faire",
    ApplicationStatus.REPORT_FILED: "compte rendu déposé",
    ApplicationStatus.CLOSED: "clos",
}
TOTAL_LABEL: Final = "Total"  # first cell of the totals row of an XLSX export

FUNDING_TYPE_LABELS: Final[dict[FundingType, str]] = {
    FundingType.OPERATING: "Fonctionnement",
    FundingType.INVESTMENT: "Investissement",
    FundingType.BOTH: "Fonctionnement et investissement",
}
RECURRENCE_LABELS: Final[dict[Recurrence, str]] = {
    Recurrence.ONEOFF: "Ponctuelle",
    Recurrence.ONGOING: "Permanente",
    Recurrence.RECURRING: "Récurrente",
}
TOPICS_SEPARATOR: Final = ", "  # how a list of topics is written in one cell (contacts_csv splits on it)

# -- XLSX -------------------------------------------------------------------------------------------

DATE_FORMAT: Final = "dd/mm/yyyy"
MONEY_FORMAT: Final = '#,##0.00 "€"'  # shown "1 234,56 €" by a French Excel or LibreOffice
INTEGER_FORMAT: Final = "0"
HOURS_FORMAT: Final = "0.00"
MAX_CELL_CHARS: Final = 32_767  # Excel's limit for one cell
_ILLEGAL_IN_XML: Final = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
)  # openpyxl refuses them
_SHEET_TITLE_FORBIDDEN: Final = re.compile(r"[\[\]:*?/\\]")
_MAX_SHEET_TITLE: Final = 31
_LINK_SCHEMES: Final = ("http://", "https://", "mailto:")
_WIDTH_SAMPLE: Final = 500
_FIXED_WIDTHS: Final = {ColumnFormat.DATE: 12, ColumnFormat.MONEY_CENTS: 15, ColumnFormat.BOOLEAN: 8}
_MIN_WIDTH: Final = 8
_MAX_WIDTH: Final = 60


def write_xlsx(
    sheet_title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    column_formats: Sequence[ColumnFormat],
    totals_row: Sequence[int] | None = None,
) -> bytes:
    """One sheet: bold, frozen, filtered header; typed cells; columns as wide as their content.

    `totals_row`: indexes (from 0) of columns totalled in a bold row below the data, each cell a live
    "=SUM(…)" formula (0 without data rows), the first cell reading "Total" when its column is not
    totalled. The totals row stays outside the filtered range.

    Raises ValueError when the formats do not match the header, a row is longer than the header or a
    totalled column does not exist, and TypeError when a value does not fit its column's format (both are
    programming errors).
    """
    _check_formats(header, column_formats)
    totalled = sorted(set(totals_row or ()))
    if any(not 0 <= index < len(header) for index in totalled):
        raise ValueError(f"totals_row {list(totals_row or ())} names a column outside the {len(header)}")
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell as XlsxCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = _sheet_title(sheet_title)
    sheet.append(list(header))
    bold = Font(bold=True)
    for header_cell in sheet[1]:
        header_cell.font = bold

    widths = [len(title) + 4 for title in header]  # room for the filter button
    row_count = 0
    for row_number, row in enumerate(rows, start=2):
        if len(row) > len(header):
            raise ValueError(f"row {row_number - 1} has {len(row)} cells for {len(header)} columns")
        row_count += 1
        for column, (value, column_format) in enumerate(zip(row, column_formats, strict=False), start=1):
            if value is None:
                continue
            cell = sheet.cell(row=row_number, column=column)
            assert isinstance(cell, XlsxCell)  # never a merged cell: nothing is merged here
            _fill(cell, value, column_format)
            if row_count <= _WIDTH_SAMPLE and column_format not in _FIXED_WIDTHS:
                longest = max((len(part) for part in str(cell.value).split("\n")), default=0)
                widths[column - 1] = max(widths[column - 1], longest + 2)

    if totals_row is not None:
        _append_totals(sheet, totalled, column_formats, row_count, bold)

    for column, column_format in enumerate(column_formats, start=1):
        width = max(widths[column - 1], _FIXED_WIDTHS.get(column_format, 0))
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width, _MIN_WIDTH), _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    if header:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{row_count + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _append_totals(
    sheet: Worksheet,
    totalled: Sequence[int],
    column_formats: Sequence[ColumnFormat],
    row_count: int,
    bold: Font,
) -> None:
    from openpyxl.cell.cell import Cell as XlsxCell
    from openpyxl.utils import get_column_letter

    row_number = row_count + 2
    if 0 not in totalled:
        label = sheet.cell(row=row_number, column=1)
        assert isinstance(label, XlsxCell)
        _set_text(label, TOTAL_LABEL)
        label.font = bold
    for index in totalled:
        cell = sheet.cell(row=row_number, column=index + 1)
        assert isinstance(cell, XlsxCell)
        letter = get_column_letter(index + 1)
        cell.value = f"=SUM({letter}2:{letter}{row_count + 1})" if row_count else 0
        cell.font = bold
        if column_formats[index] is ColumnFormat.MONEY_CENTS:
            cell.number_format = MONEY_FORMAT
        elif column_formats[index] is ColumnFormat.INTEGER:
            cell.number_format = INTEGER_FORMAT
        elif column_formats[index] is ColumnFormat.HOURS_HUNDREDTHS:
            cell.number_format = HOURS_FORMAT


def _check_formats(header: Sequence[str], column_formats: Sequence[ColumnFormat]) -> None:
    if len(column_formats) != len(header):
        raise ValueError(f"{len(column_formats)} column formats for {len(header)} columns")


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, no apostrophe at either end."""
    cleaned = " ".join(_SHEET_TITLE_FORBIDDEN.sub(" ", title).split()).strip("'").strip()
    return cleaned[:_MAX_SHEET_TITLE].strip() or "Feuille 1"


def _text(value: str) -> str:
    # Line breaks as Excel types them (Alt+Entrée): LF. XML would turn a CR into LF anyway.
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL_IN_XML.sub("", text)[:MAX_CELL_CHARS]


def _fill(cell: XlsxCell, value: str | int | date, column_format: ColumnFormat) -> None:
    if column_format is ColumnFormat.DATE:
        if not isinstance(value, date):
            raise TypeError(f"a date was expected, not {value!r}")
        cell.value = value.date() if isinstance(value, datetime) else value
        cell.number_format = DATE_FORMAT
    elif column_format is ColumnFormat.MONEY_CENTS:
        cell.value = cents_to_euros(_integer(value))
        cell.number_format = MONEY_FORMAT
    elif column_format is ColumnFormat.INTEGER:
        cell.value = _integer(value)
        cell.number_format = INTEGER_FORMAT
    elif column_format is ColumnFormat.HOURS_HUNDREDTHS:
        cell.value = cents_to_euros(_integer(value))  # the same exact division by 100
        cell.number_format = HOURS_FORMAT
    elif column_format is ColumnFormat.BOOLEAN:
        if not isinstance(value, bool):
            raise TypeError(f"a bool was expected, not {value!r}")
        _set_text(cell, YES if value else NO)
    else:
        text = value if isinstance(value, str) else str(value)
        _set_text(cell, text)
        link = _text(text).strip()  # a character XML cannot hold would make the whole file unreadable
        if column_format is ColumnFormat.URL and link.lower().startswith(_LINK_SCHEMES):
            cell.hyperlink = link
            cell.style = "Hyperlink"


def _set_text(cell: XlsxCell, text: str) -> None:
    cleaned = _text(text)
    if cleaned:  # an empty string would be written as an odd empty inline string: leave the cell empty
        cell.value = cleaned
        cell.data_type = "s"  # openpyxl takes a string starting with "=" for a formula: never here


def _integer(value: str | int | date) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"an integer was expected, not {value!r}")
    return value


def cents_to_euros(cents: int) -> Decimal:
    """Exact euros of an amount in cents: 123456 -> Decimal("1234.56")."""
    return Decimal(cents).scaleb(-2)


# -- CSV --------------------------------------------------------------------------------------------


def write_table_csv(
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    column_formats: Sequence[ColumnFormat],
    delimiter: str = ";",
) -> bytes:
    """The same table as CSV for French Excel (see write_csv): dates dd/mm/yyyy, money "1234,56"."""
    _check_formats(header, column_formats)

    def render(row: Sequence[Cell]) -> list[str]:
        if len(row) > len(header):
            raise ValueError(f"a row has {len(row)} cells for {len(header)} columns")
        return [
            "" if value is None else _csv_text(value, column_format)
            for value, column_format in zip(row, column_formats, strict=False)
        ]

    return write_csv(header, (render(row) for row in rows), delimiter=delimiter)


def _csv_text(value: str | int | date, column_format: ColumnFormat) -> str:
    if column_format is ColumnFormat.DATE:
        if not isinstance(value, date):
            raise TypeError(f"a date was expected, not {value!r}")
        return format_date(value)
    if column_format in (ColumnFormat.MONEY_CENTS, ColumnFormat.HOURS_HUNDREDTHS):
        return format_cents_plain(_integer(value))
    if column_format is ColumnFormat.INTEGER:
        return str(_integer(value))
    if column_format is ColumnFormat.BOOLEAN:
        if not isinstance(value, bool):
            raise TypeError(f"a bool was expected, not {value!r}")
        return YES if value else NO
    return value if isinstance(value, str) else str(value)


def format_cents_plain(cents: int) -> str:
    """Cents as a number French spreadsheets read: "1234,56", "-0,05" (no grouping, no currency)."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole},{rest:02d}"
