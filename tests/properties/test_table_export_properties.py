"""Tables exported for spreadsheets with any text typed (control characters, "=" formulas, emoji,
lone surrogates, links): the XLSX opens in openpyxl with each text as typed (less what XML cannot
hold), never as a formula; the CSV reads back through read_table."""

from __future__ import annotations

import io
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from coopdesk.formats.french_csv import neutralize_formula, read_table
from coopdesk.formats.table_export import ColumnFormat, write_table_csv, write_xlsx

FEW = settings(max_examples=max(40, settings.default.max_examples // 5))  # an XLSX is ~20 ms
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
any_text = st.text(max_size=40)
links = st.builds(
    lambda scheme, rest: scheme + rest, st.sampled_from(["http://", "https://", "mailto:", ""]), any_text
)
FORMATS = (ColumnFormat.TEXT, ColumnFormat.URL, ColumnFormat.MONEY_CENTS, ColumnFormat.BOOLEAN)
HEADER = ("Titre", "Lien", "Montant", "Pluriannuel")


def _as_kept(text: str) -> str | None:
    kept = _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return kept or None


@FEW
@given(st.lists(st.tuples(any_text, links, st.integers(-(10**13), 10**13), st.booleans()), max_size=5))
@example([('=HYPERLINK("http://x";"y")', "http://exemple.fr/a b\x00c", 1, True)])
@example([("\x00\x01", "mailto:\ud800", 0, False)])
@example([("😀" * 10, "https://" + "é" * 40, -5, True)])
def test_an_xlsx_opens_with_the_text_as_typed(rows: list[tuple[str, str, int, bool]]) -> None:
    from openpyxl import load_workbook

    data = write_xlsx("Dossiers", HEADER, rows, column_formats=FORMATS, totals_row=[2])
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    for number, (title, link, _cents, _multi) in enumerate(rows, start=2):
        assert sheet.cell(row=number, column=1).value == _as_kept(title)
        if _as_kept(title) is not None:
            assert sheet.cell(row=number, column=1).data_type == "s"  # never a formula
        assert sheet.cell(row=number, column=2).value == _as_kept(link)


@FEW
@given(st.lists(st.tuples(any_text, links, st.integers(-(10**13), 10**13), st.booleans()), max_size=5))
def test_a_table_csv_reads_back(rows: list[tuple[str, str, int, bool]]) -> None:
    data = write_table_csv(HEADER, rows, column_formats=FORMATS)
    read = read_table(data, "export.csv")
    assert read.header == HEADER
    texts = [
        (
            neutralize_formula(title.encode("utf-8", "replace").decode()),
            neutralize_formula(link.encode("utf-8", "replace").decode()),
        )
        for title, link, _cents, _multi in rows
    ]
    assert [row.cells[:2] for row in read.rows] == texts


def test_a_link_holding_a_control_character_keeps_the_workbook_readable() -> None:
    """Found: the link of a URL cell was written as typed, and a control character in it made the
    whole XLSX unreadable ("reference to invalid character number")."""
    from openpyxl import load_workbook

    data = write_xlsx(
        "Appels", ("Lien",), [("https://exemple.fr/\x01appel",)], column_formats=(ColumnFormat.URL,)
    )
    cell = load_workbook(io.BytesIO(data)).active["A2"]  # type: ignore[index]
    assert cell.value == "https://exemple.fr/appel"
    assert cell.hyperlink.target == "https://exemple.fr/appel"
