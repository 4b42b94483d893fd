"""vCard 4.0 export, read back with vobject, an independent parser."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st

from coopdesk.formats.vcard import (
    CONTACT_UID_NAMESPACE,
    MAX_LINE_OCTETS,
    VCardContact,
    contact_uid,
    escape_text,
    write_vcards,
)

TRICKY = VCardContact(
    id=42,
    name="Élise de La Dupré-Müller 😀",
    funder="Conseil départemental de l'Hérault; pôle solidarités, insertion",
    service="Direction \\ aide alimentaire",
    role="Chargée de mission,\nréférente; CAF",
    phone="04 67 12 34 56",
    email="e.dupre@herault.fr",
    topics=("aide alimentaire", "précarité, urgence", "épiceries; solidaires"),
    notes="Très réactive 👍🏽.\r\nPréfère le courriel ; jamais le lundi\\vendredi.",
)


def read_back(text: str) -> list[vobject.base.Component]:
    return list(vobject.readComponents(text))


def test_round_trip_with_vobject_keeps_every_character() -> None:
    card = read_back(write_vcards([TRICKY]))[0]
    assert card.version.value == "4.0"
    assert card.fn.value == "Élise de La Dupré-Müller 😀"
    assert card.n.value.family == "de La Dupré-Müller 😀"
    assert card.n.value.given == "Élise"
    assert card.org.value == [
        "Conseil départemental de l'Hérault; pôle solidarités, insertion",
        "Direction \\ aide alimentaire",
    ]
    assert card.title.value == "Chargée de mission,\nréférente; CAF"
    assert card.email.value == "e.dupre@herault.fr"
    assert card.categories.value == ["aide alimentaire", "précarité, urgence", "épiceries; solidaires"]
    assert card.note.value == (
        "Thématiques : aide alimentaire, précarité, urgence, épiceries; solidaires\n"
        "Très réactive 👍🏽.\nPréfère le courriel ; jamais le lundi\\vendredi."
    )
    assert card.uid.value == contact_uid(42)


def test_french_phone_becomes_an_e164_tel_uri() -> None:
    text = write_vcards([TRICKY])
    assert "\r\nTEL;TYPE=work;VALUE=uri:tel:+33467123456\r\n" in text
    card = read_back(text)[0]
    assert card.tel.value == "tel:+33467123456"
    assert card.tel.params == {"TYPE": ["work"], "VALUE": ["uri"]}


@pytest.mark.parametrize(
    ("phone", "line"),
    [
        ("+32 2 123 45 67", "TEL;TYPE=work;VALUE=uri:tel:+3221234567"),
        ("0612345678", "TEL;TYPE=work;VALUE=uri:tel:+33612345678"),
        ("standard, poste 12", "TEL;TYPE=work:standard\\, poste 12"),
    ],
)
def test_other_phones(phone: str, line: str) -> None:
    assert f"\r\n{line}\r\n" in write_vcards([VCardContact(id=1, name="A", phone=phone)])


def test_uid_is_stable_per_contact_and_distinct_between_contacts() -> None:
    assert contact_uid(7) == contact_uid(7)
    assert contact_uid(7) != contact_uid(8)
    assert contact_uid(7) == f"urn:uuid:{uuid.uuid5(CONTACT_UID_NAMESPACE, '7')}"
    assert uuid.UUID(contact_uid(7).removeprefix("urn:uuid:")).version == 5
    first = write_vcards([VCardContact(id=7, name="A")])
    again = write_vcards([VCardContact(id=7, name="A renommé", email="a@b.fr")])
    assert re.findall(r"UID:(\S+)", first) == re.findall(r"UID:(\S+)", again)


def test_lines_end_with_crlf_and_fold_at_75_octets_without_cutting_characters() -> None:
    long_notes = "é😀" * 80 + "a" * 200 + "€" * 50
    text = write_vcards([TRICKY, VCardContact(id=2, name="Long", notes=long_notes)])
    assert text.endswith("END:VCARD\r\n")
    assert "\n" not in text.replace("\r\n", "")  # no bare LF or CR anywhere
    data = text.encode("utf-8")
    physical_lines = data.split(b"\r\n")[:-1]
    folded = [line for line in physical_lines if line.startswith(b" ")]
    assert len(folded) > 5
    for line in physical_lines:
        assert len(line) <= MAX_LINE_OCTETS
        line.decode("utf-8")  # each physical line is whole UTF-8: no character was cut
    assert read_back(text)[1].note.value == long_notes


def test_several_contacts_and_optional_properties() -> None:
    text = write_vcards(
        [
            VCardContact(id=1, name="Jean Martin", active=False),
            VCardContact(
                id=2,
                name="Sophie",
                updated_at=datetime(2026, 11, 2, 10, 15, tzinfo=timezone(timedelta(hours=1))),
            ),
        ]
    )
    cards = read_back(text)
    assert [card.fn.value for card in cards] == ["Jean Martin", "Sophie"]
    assert cards[0].n.value.family == "Martin"
    assert cards[0].n.value.given == "Jean"
    assert "X-COOPDESK-ACTIVE:false" in text.split("END:VCARD")[0]
    assert "X-COOPDESK-ACTIVE" not in text.split("END:VCARD")[1]
    assert "\r\nREV:20261102T091500Z\r\n" in text
    assert "ORG" not in text
    assert "NOTE" not in text
    assert text.count("BEGIN:VCARD") == text.count("END:VCARD") == 2


def test_explicit_family_and_given_names_win_over_the_guess() -> None:
    card = read_back(
        write_vcards(
            [VCardContact(id=1, name="Marie Claire Dubois", family_name="Claire Dubois", given_name="Marie")]
        )
    )[0]
    assert (card.n.value.family, card.n.value.given) == ("Claire Dubois", "Marie")


def test_topics_label_can_be_given_by_the_caller() -> None:
    text = write_vcards([VCardContact(id=1, name="A", topics=("RSA",))], topics_label="Topics")
    assert read_back(text)[0].note.value == "Topics : RSA"


def test_no_contacts_no_text() -> None:
    assert write_vcards([]) == ""


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a,b;c\\d", "a\\,b\\;c\\\\d"),
        ("l1\r\nl2\rl3\nl4", "l1\\nl2\\nl3\\nl4"),
        ("bip\x07", "bip"),
        ("tab\tok", "tab\tok"),
        ("fichier-\udce9", "fichier-\ufffd"),  # a lone surrogate UTF-8 cannot hold
    ],
)
def test_escape_text(text: str, escaped: str) -> None:
    assert escape_text(text) == escaped


def _as_stored(text: str) -> str:
    """What a TEXT value can hold: line breaks as LF, no control characters but tab."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", "", text)


@given(st.text(min_size=1, max_size=120).filter(lambda text: _as_stored(text).strip() != ""))
def test_any_text_survives_escaping_and_folding(role: str) -> None:
    card = read_back(write_vcards([VCardContact(id=1, name="A", role=role)]))[0]
    assert card.title.value == _as_stored(role)


@given(
    st.lists(
        st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=20), max_size=5
    )
)
def test_any_topics_survive_as_categories(topics: list[str]) -> None:
    kept = [" ".join(topic.split()) for topic in topics if topic.split()]
    text = write_vcards([VCardContact(id=1, name="A", topics=tuple(topics))])
    card = read_back(text)[0]
    if kept:
        assert card.categories.value == kept
    else:
        assert "CATEGORIES" not in text


def test_rev_of_a_naive_datetime_is_written_as_is() -> None:
    text = write_vcards([VCardContact(id=1, name="A", updated_at=datetime(2026, 1, 2, 3, 4, 5))])
    assert "\r\nREV:20260102T030405Z\r\n" in text
    aware = write_vcards([VCardContact(id=1, name="A", updated_at=datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC))])
    assert aware == text
