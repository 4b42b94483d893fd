"""The fast path of the CSV writer (the csv module, for tables of two columns or more) writes exactly
the bytes of the record-by-record writer it replaced, formula neutralization included."""

from __future__ import annotations

import codecs

from hypothesis import example, given
from hypothesis import strategies as st

from coopdesk.formats.french_csv import _line, write_csv

cells = st.text(st.characters(exclude_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["", "=1+1", "-12,50", "+3", "@SUM(A1)", "\t", "\r", "a;b", 'a "b"', "deux\nlignes", "x\r\ny", " ", "'"]
)


def reference(header: list[str], rows: list[list[str]], delimiter: str) -> bytes:
    text = _line(header, delimiter, every_delimiter=True) + "".join(
        _line(row, delimiter, every_delimiter=len(header) == 1) for row in rows
    )
    return codecs.BOM_UTF8 + text.encode("utf-8", errors="replace")


@given(
    st.integers(1, 4).flatmap(
        lambda width: st.tuples(
            st.lists(cells, min_size=width, max_size=width),
            st.lists(st.lists(cells, min_size=0, max_size=width + 1), max_size=6),
        )
    ),
    st.sampled_from([";", ",", "\t"]),
)
@example((["a", "b"], [[""], [], ["", ""], ["=HYPERLINK()", "-1"]]), ";")
@example((["a", "b"], [["fichier-\udce9.pdf", "x"]]), ";")
def test_fast_writer_writes_the_same_bytes(table: tuple[list[str], list[list[str]]], delimiter: str) -> None:
    header, rows = table
    assert write_csv(header, rows, delimiter=delimiter) == reference(header, rows, delimiter)


def test_every_formula_trigger_is_still_neutralized_in_a_wide_table() -> None:
    rows = [["=1+1", "+A1", "-A1", "@A1", "\tx", "\rx", "-12,50", "ok"]]
    written = write_csv(["c"] * 8, rows)[3:].decode().split("\r\n")[1]
    assert written == "'=1+1;'+A1;'-A1;'@A1;'\tx;\"'\rx\";-12,50;ok"
