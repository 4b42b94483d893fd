"""Reports fed with any text a volunteer may type (any Unicode, emoji, control characters, markup-like
"<b>" and "&", very long words): never a crash, and every PDF opens in an independent reader (pypdf)."""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import example, given
from hypothesis import strategies as st
from pypdf import PdfReader

from coopdesk.domain.enums import FunderKind, FunderLevel, InteractionKind
from coopdesk.domain.funders import ContactRow, FunderRow, InteractionRow, MentionRow, PersonRecord
from coopdesk.reports.demo_documents import demo_pdf
from coopdesk.reports.person_report import render_person_text

MARKUP = st.sampled_from(["<b>", "</para>", "&amp;", "&", "<", "\x00", "\u202e", "😀", "\ufffd", "\n", "\t"])
any_text = st.lists(st.characters(exclude_categories=("Cs",)) | MARKUP, max_size=80).map("".join)
long_word = st.integers(100, 600).map(lambda size: "é" * size)


def _pages(data: bytes) -> int:
    reader = PdfReader(io.BytesIO(data), strict=True)
    for page in reader.pages:
        page.extract_text()
    return len(reader.pages)


@given(any_text | long_word, st.lists(any_text | long_word, max_size=8))
@example("Statuts <b>&", ["ligne\x00nulle", "😀" * 50, ""])
@example("", [])
def test_a_demo_document_opens_in_pypdf(title: str, lines: list[str]) -> None:
    assert _pages(demo_pdf(title, lines)) >= 1


@given(any_text, any_text, any_text, st.lists(any_text, max_size=3), st.lists(any_text, max_size=3))
@example("Élise\x07 Dupré", "CAF", "note\r\nsur deux lignes", ["aide 😀"], ["résumé \x1b[31m"])
def test_a_person_file_is_plain_text_without_control_characters(
    name: str, funder: str, notes: str, topics: list[str], summaries: list[str]
) -> None:
    contact = ContactRow(
        id=1, funder_id=2, funder_name=funder, name=name, notes=notes, topics=tuple(topics), role=notes
    )
    record = PersonRecord(
        contact=contact,
        funder=FunderRow(id=2, name=funder, kind=FunderKind.CAF, level=FunderLevel.DEPARTMENTAL, notes=notes),
        interactions=tuple(
            InteractionRow(
                id=number,
                funder_id=2,
                funder_name=funder,
                occurred_on=dt.date(2026, 1, 1 + number),
                kind=InteractionKind.CALL,
                contact_id=1,
                contact_name=name,
                summary=summary,
            )
            for number, summary in enumerate(summaries)
        ),
        mentions=(MentionRow("application", 3, "notes", notes),),
    )
    text = render_person_text(record, generated_on=dt.date(2026, 11, 28))
    text.encode("utf-8")  # a file on disk: no lone surrogate
    assert not any(ord(char) < 32 and char not in "\n\t" for char in text)
