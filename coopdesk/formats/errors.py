"""Typed errors of the file readers. They carry data, never user-facing sentences.

The caller turns a FormatError into "fichier X, ligne N : …" with a French sentence per code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coopdesk.domain.errors import CoopDeskError


class FormatErrorCode(StrEnum):
    """Why a whole file was refused: each code has a French sentence in the ui and the cli."""

    MALFORMED_JSON = "malformed_json"  # not JSON at all (line of the syntax error)
    NOT_AN_AIDS_LIST = "not_an_aids_list"  # JSON, but neither {results: [...]} nor a list of aids
    MISSING_FIELD = "missing_field"  # an aid without id and slug, or without name (detail: field)
    BAD_DATE = "bad_date"  # a date that is neither YYYY-MM-DD, DD/MM/YYYY nor ISO 8601 (detail: field)
    BAD_VALUE = "bad_value"  # a field of the wrong type: a name that is an object, a rate "abc"…
    UNREADABLE_ENCODING = "unreadable_encoding"  # neither UTF-8 nor Windows-1252 text (or binary)
    EMPTY_FILE = "empty_file"  # nothing but blanks
    NO_HEADER = "no_header"  # lines, but no non-empty header row
    SHORT_ROW = "short_row"  # kept for callers that refuse short rows; read_table never raises it
    MIXED_SEPARATORS = "mixed_separators"  # header split by one delimiter, data lines by another
    UNCLOSED_QUOTE = "unclosed_quote"  # a quoted cell never closed: it would swallow the rest of the file
    UNKNOWN_COLUMN = "unknown_column"  # a column mapping naming a field or column that does not exist


# Not frozen, like every CoopDesk error: Python assigns __traceback__ on an exception as it travels.
@dataclass(unsafe_hash=True)
class FormatError(CoopDeskError):
    """A file that cannot be read. `line` is the physical line (1-based) where the problem starts.

    `detail` is technical (a field name, a delimiter); `value` is the offending text, if any, so that
    the message can quote it ("date « 32/13/2026 » illisible").
    """

    source: str
    line: int | None
    code: FormatErrorCode
    detail: str = ""
    value: str = ""

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        extra = f" ({self.detail})" if self.detail else ""
        quoted = f" {self.value!r}" if self.value else ""
        return f"{where}: {self.code.value}{extra}{quoted}"
