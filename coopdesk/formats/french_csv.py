"""CSV as Excel and LibreOffice write it in France, read and written.

Reading (`read_table`):
- encoding: UTF-8 with or without BOM, UTF-16 with a BOM (Excel's "texte Unicode"), else Windows-1252
  (Excel's "CSV (séparateur : point-virgule)"); anything else (NUL bytes, bytes Windows-1252 does not
  define, binary-looking control characters) is UNREADABLE_ENCODING;
- delimiter: ";" (French Excel), "," or tab, counted outside quotes on the header line; a header split
  by one delimiter over data lines consistently split by another is MIXED_SEPARATORS;
- quoted cells may hold line breaks: each row keeps the physical line where it starts;
- blank lines (and lines of empty cells, ";;;") are skipped;
- a row shorter than the header is returned, marked `short`: rejecting it is the caller's choice, so one
  bad row never blocks the good ones.

Writing (`write_csv`): UTF-8 with a BOM and CRLF line ends, so that Excel shows accents right when the
file is double-clicked. Cells starting with "=", "+", "-", "@", a tab or a carriage return are prefixed
with an apostrophe (see `neutralize_formula`): a spreadsheet would otherwise run them as formulas
(CSV injection, OWASP). The apostrophe shows in the cell; that is the price of safety. Plain signed
numbers ("-12,50") are the one exception.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Final

from coopdesk.formats.errors import FormatError, FormatErrorCode

DELIMITERS: Final = (";", "\t", ",")  # in order of preference when a header line counts them equally
FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r")
_TRIGGER_CHARACTERS: Final = frozenset(FORMULA_TRIGGERS)
_SAMPLE_ROWS: Final = 50
_PLAIN_NUMBER: Final = re.compile(r"[+-][0-9]+(?:[.,][0-9]+)?")
_CONSISTENT: Final = 0.8  # share of sampled data rows that makes a separator "consistent"
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NEEDS_QUOTES: Final = re.compile('["\r\n' + "".join(DELIMITERS) + "]")
_BLANK_RECORD: Final = " \t;,\r\n"
_MAX_CONTROL_SHARE: Final = 0.05  # above this, Windows-1252 "text" is binary data (random bytes: ~10 %)


@dataclass(frozen=True)
class CsvRow:
    """A data row as found: `line` is the physical line (1-based) where it starts."""

    line: int
    cells: tuple[str, ...]
    short: bool = False  # fewer cells than the header


@dataclass(frozen=True)
class CsvTable:
    source: str
    header: tuple[str, ...]  # stripped of surrounding blanks
    rows: tuple[CsvRow, ...]  # cells as they are, blanks included
    encoding: str  # "utf-8-sig", "utf-8", "utf-16" or "cp1252"
    delimiter: str
    header_line: int = 1

    @property
    def width(self) -> int:
        return len(self.header)


# -- reading -----------------------------------------------------------------------------------------


def read_table(data: bytes, source: str) -> CsvTable:
    """Read a CSV file: header, rows with their line numbers, the encoding and delimiter found.

    Raises FormatError: EMPTY_FILE, UNREADABLE_ENCODING, NO_HEADER, MIXED_SEPARATORS, UNCLOSED_QUOTE.
    """
    text, encoding = _decode(data, source)
    if text.endswith("\x1a"):  # the end-of-file mark of old DOS programs
        text = text.rstrip("\x1a")
    if not text.strip():
        raise FormatError(source, None, FormatErrorCode.EMPTY_FILE)

    header_text = _header_text(text)
    if header_text is None:
        raise FormatError(source, None, FormatErrorCode.NO_HEADER)
    delimiter = _delimiter_of(header_text)
    header_line, header, rows = _parse(text, delimiter, source)
    if len(header) == 1 and _delimiter_count(header_text) == 0:
        # One column in the header: the data lines tell the delimiter, if they have one.
        guessed = _consistent_delimiter(rows, DELIMITERS)
        if guessed is not None and guessed != delimiter:
            delimiter = guessed
            header_line, header, rows = _parse(text, delimiter, source)
    elif len(header) > 1:
        sample = rows[:_SAMPLE_ROWS]
        single = [row for row in sample if len(row.cells) == 1]
        if sample and len(single) >= _CONSISTENT * len(sample):
            others = tuple(other for other in DELIMITERS if other != delimiter)
            other = _consistent_delimiter(single, others)
            if other is not None:
                raise FormatError(source, single[0].line, FormatErrorCode.MIXED_SEPARATORS, other)
    return CsvTable(source, header, tuple(rows), encoding, delimiter, header_line)


def _parse(text: str, delimiter: str, source: str) -> tuple[int, tuple[str, ...], list[CsvRow]]:
    """Header line, header (stripped) and data rows (marked short when they are)."""
    records = _records(text, delimiter, source)
    try:
        header_line, header_cells = next(records)
    except StopIteration:
        raise FormatError(source, None, FormatErrorCode.NO_HEADER) from None
    header = tuple(cell.replace("\ufeff", "").strip() for cell in header_cells)
    rows = [CsvRow(line, tuple(cells), len(cells) < len(header)) for line, cells in records]
    return header_line, header, rows


def _decode(data: bytes, source: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as error:
            raise _unreadable(source, data, error.start, "utf-8") from error
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise _unreadable(source, data, error.start, "utf-16") from error
        if "\x00" in text:  # UTF-32 starts with the same bytes
            raise _unreadable(source, data, data.find(b"\x00\x00"), "utf-16")
        return text, "utf-16"
    nul = data.find(b"\x00")
    if nul >= 0:  # UTF-16 without BOM, or not text at all
        raise _unreadable(source, data, nul, "nul")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _unreadable(source, data, error.start, "cp1252") from error
    controls = len(_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        first = _CONTROL.search(text)
        raise _unreadable(source, data, first.start() if first else 0, "binary")
    return text, "cp1252"


def _unreadable(source: str, data: bytes, offset: int, detail: str) -> FormatError:
    line = data.count(b"\n", 0, max(offset, 0)) + 1
    return FormatError(source, line, FormatErrorCode.UNREADABLE_ENCODING, detail)


def _header_text(text: str) -> str | None:
    """The first record that is not blank, whole: a title may hold a line break inside its quotes
    (Alt+Entrée in Excel), and the delimiter is counted on the whole record, not its first line."""
    quoted = False
    start = 0
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            if text[start:index].strip(_BLANK_RECORD):
                return text[start:index]
            start = index + 1
    rest = text[start:]
    return rest if rest.strip(_BLANK_RECORD) else None


def _delimiter_count(line: str) -> int:
    return sum(_count_outside_quotes(line).values())


def _count_outside_quotes(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return counts


def _delimiter_of(header_line: str) -> str:
    counts = _count_outside_quotes(header_line)
    best = max(DELIMITERS, key=lambda delimiter: (counts[delimiter], -DELIMITERS.index(delimiter)))
    return best if counts[best] else DELIMITERS[0]


def _consistent_delimiter(rows: Sequence[CsvRow], candidates: Sequence[str]) -> str | None:
    """The candidate that splits (nearly) every sampled row in two cells or more, if one does."""
    sample = rows[:_SAMPLE_ROWS]
    if not sample:
        return None
    joined = ["".join(row.cells) if len(row.cells) == 1 else "" for row in sample]
    for candidate in candidates:
        split = sum(1 for text in joined if _count_outside_quotes(text)[candidate] > 0)
        if split >= _CONSISTENT * len(sample):
            return candidate
    return None


def _records(text: str, delimiter: str, source: str) -> Iterator[tuple[int, list[str]]]:
    """Non-blank records with the physical line where each starts."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True)
    previous_end = 0
    last_multiline_start: int | None = None
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # a field over the csv module's size limit: an unclosed quote
            raise FormatError(source, previous_end + 1, FormatErrorCode.UNCLOSED_QUOTE, str(error)) from error
        start = previous_end + 1
        previous_end = reader.line_num
        last_multiline_start = start if previous_end > start else None
        if any(cell.strip() for cell in cells):
            yield start, cells
    # An unclosed quote swallows every line after it into the last record (the csv module is lenient).
    if last_multiline_start is not None and _unclosed_at_end(text, last_multiline_start, delimiter):
        raise FormatError(source, last_multiline_start, FormatErrorCode.UNCLOSED_QUOTE)


def _unclosed_at_end(text: str, start: int, delimiter: str) -> bool:
    """Whether the record starting at line `start` runs to the end of the text inside an open quote."""
    rest = io.StringIO(text, newline="")
    for _ in range(start - 1):
        rest.readline()
    strict = csv.reader(rest, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
    try:
        next(strict, None)
    except csv.Error:
        return rest.read() == ""
    return False


# -- writing -----------------------------------------------------------------------------------------


def neutralize_formula(cell: str) -> str:
    """Prefix with an apostrophe a cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1+1").

    A plain signed number ("-12,50", "+3") is left alone: it cannot call anything, and a spreadsheet
    must still read it as a number.
    """
    if cell.startswith(FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _line(cells: Sequence[str], delimiter: str, *, every_delimiter: bool) -> str:
    """One record. With `every_delimiter`, a cell holding any delimiter a reader might guess is quoted
    too ("a,b" in a ";" file), so that `read_table` never takes "," for the delimiter: needed for the
    header, which tells the delimiter, and for a one-column table, whose data lines do."""
    special = _NEEDS_QUOTES if every_delimiter else re.compile('["\r\n' + re.escape(delimiter) + "]")
    quoted = []
    for cell in cells:
        text = neutralize_formula(cell)
        quoted.append('"' + text.replace('"', '""') + '"' if special.search(text) else text)
    if quoted == [""]:
        return '""\r\n'  # one empty cell, not a blank line
    return delimiter.join(quoted) + "\r\n"


def _neutralized(cells: Sequence[str]) -> list[str]:
    """neutralize_formula over a row, testing only the first character of most cells (the export of
    100,000 time entries goes through here 900,000 times)."""
    return [neutralize_formula(cell) if cell[:1] in _TRIGGER_CHARACTERS else cell for cell in cells]


def write_csv(header: Sequence[str], rows: Iterable[Sequence[str]], *, delimiter: str = ";") -> bytes:
    """A CSV file for French Excel: UTF-8 with BOM, CRLF, ";" by default, formulas neutralized."""
    if delimiter not in DELIMITERS:
        raise ValueError(f"unsupported delimiter {delimiter!r}")
    buffer = io.StringIO(newline="")
    buffer.write(_line(header, delimiter, every_delimiter=True))
    if len(header) == 1:
        for row in rows:
            buffer.write(_line(row, delimiter, every_delimiter=True))
    else:
        # The csv module quotes exactly what `_line` does here (the delimiter, quotes, CR and LF; one
        # empty cell as ""), in C.
        writer = csv.writer(
            buffer,
            delimiter=delimiter,
            quotechar='"',
            doublequote=True,
            quoting=csv.QUOTE_MINIMAL,
            lineterminator="\r\n",
        )
        writer.writerows(map(_neutralized, rows))
    # A lone surrogate (a file name read with surrogateescape…) becomes "?" rather than failing the export.
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8", errors="replace")
