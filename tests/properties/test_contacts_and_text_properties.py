"""Contacts files with any titles, any cells and any mapping; HTML descriptions of any shape; address
cards with any phone or e-mail: a result or a FormatError, never another exception."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from coopdesk.formats.contacts_csv import CONTACT_FIELDS, parse_contacts, split_topics, suggest_mapping
from coopdesk.formats.errors import FormatError
from coopdesk.formats.french_csv import CsvRow, CsvTable
from coopdesk.formats.html_text import html_to_text
from coopdesk.formats.vcard import VCardContact, write_vcards
from tests.properties.outcomes import outcome

cells = st.text(max_size=30) | st.sampled_from(
    ["oui", "Non", "31/12/2026 00:00", "04 67 00 00 00", "a@b.fr", ""]
)


@st.composite
def tables(draw: st.DrawFn) -> CsvTable:
    width = draw(st.integers(1, 6))
    header = tuple(draw(st.lists(st.text(max_size=20), min_size=width, max_size=width)))
    rows = tuple(
        CsvRow(line, tuple(row), len(row) < width)
        for line, row in enumerate(draw(st.lists(st.lists(cells, max_size=width + 1), max_size=5)), start=2)
    )
    return CsvTable("contacts.csv", header, rows, "utf-8", ";")


@given(tables(), st.data())
@example(
    CsvTable("c.csv", ("Nom", "Organisme", "Départ"), (CsvRow(2, ("x", "y", "30/02/2026")),), "utf-8", ";"),
    None,
)
def test_any_table_and_mapping_give_rows_or_a_format_error(
    table: CsvTable, data: st.DataObject | None
) -> None:
    mapping = suggest_mapping(table.header)
    if data is not None:
        choices = st.sampled_from([None, *CONTACT_FIELDS, "inconnu"])
        mapping = data.draw(st.dictionaries(st.integers(-1, table.width), choices, max_size=table.width + 1))
    result = outcome(FormatError, parse_contacts, table, mapping, default_funder="CAF")
    if not isinstance(result, FormatError):
        assert len(result) == len(table.rows)
        for row in result:
            assert row.fields.name == " ".join(row.fields.name.split())


@given(st.lists(st.text(max_size=20), max_size=4))
def test_topics_are_trimmed_and_unique(topics: list[str]) -> None:
    found = split_topics(*topics)
    assert all(topic == " ".join(topic.split()) and topic for topic in found)


@given(
    st.text(max_size=200)
    | st.lists(
        st.sampled_from(
            [
                "<p>",
                "</p>",
                "<br>",
                "<ul><li>",
                "&amp;",
                "&#0;",
                "&#xD800;",
                "<script>x</script>",
                "é",
                "<",
                "&",
            ]
        ),
        max_size=30,
    ).map("".join)
)
@example("&#1114112;")
@example("<p>a</p" * 50)
def test_any_html_gives_text(source: str) -> None:
    assert isinstance(html_to_text(source), str)


@given(st.text(max_size=30), st.text(max_size=30), st.text(max_size=30))
@example("+33 (0)4 67 00 00 00", "Élise@Exemple.FR", "x")
@example("\x00", "\n", "")
def test_any_phone_or_email_gives_a_card(phone: str, email: str, name: str) -> None:
    text = write_vcards([VCardContact(id=1, name=name or "x", phone=phone, email=email)])
    text.encode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\n")
