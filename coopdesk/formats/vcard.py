"""Contacts written as vCard 4.0 (RFC 6350), for phones and address books.

Text is escaped per §3.4 (backslash, comma, semicolon, line breaks), lines are folded at 75 octets per
§3.2 without ever cutting a UTF-8 character, and every line ends with CRLF. French phone numbers become
`tel:` URIs in E.164 ("tel:+33467123456") with phonenumbers. The UID is stable: the same contact id
always gives the same "urn:uuid:…", so that a second export updates the address book instead of
duplicating everyone.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

import phonenumbers

CONTACT_UID_NAMESPACE: Final = uuid.UUID("1d76b8e2-f2d1-4643-8f44-0c9481059f0a")
"""Namespace of the uuid5 of contact ids. Never change it: address books match contacts by UID."""

PRODID: Final = "-//CoopDesk//CoopDesk//FR"
MAX_LINE_OCTETS: Final = 75
TOPICS_LABEL: Final = "Thématiques"
"""Default label of the topics line of NOTE: the exported file is French by design."""

# Particles that start a French (or Dutch, German) family name: "Jean de La Fontaine".
_PARTICLES: Final = frozenset({"de", "du", "des", "d", "le", "la", "van", "von", "der", "di", "da", "del"})
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True)
class VCardContact:
    id: int
    name: str
    funder: str = ""
    service: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    topics: tuple[str, ...] = ()
    notes: str = ""
    active: bool = True
    family_name: str = ""  # when known; otherwise guessed from `name`
    given_name: str = ""
    updated_at: datetime | None = None  # written as REV when given (a naive datetime is taken as UTC)


def contact_uid(contact_id: int) -> str:
    """The stable UID of a contact: "urn:uuid:" and the uuid5 of its id."""
    return f"urn:uuid:{uuid.uuid5(CONTACT_UID_NAMESPACE, str(contact_id))}"


def write_vcards(contacts: Iterable[VCardContact], *, topics_label: str = TOPICS_LABEL) -> str:
    """A .vcf text of vCard 4.0 entries, CRLF line ends, folded lines; encode it as UTF-8."""
    lines: list[str] = []
    for contact in contacts:
        lines.extend(_fold(line) for line in _properties(contact, topics_label))
    return "".join(line + "\r\n" for line in lines)


def _properties(contact: VCardContact, topics_label: str) -> list[str]:
    family, given = _name_parts(contact)
    properties = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"PRODID:{PRODID}",
        f"UID:{contact_uid(contact.id)}",
        "KIND:individual",
        f"FN:{escape_text(_one_line(contact.name) or contact.funder)}",
        f"N:{_compound((family, given, '', '', ''))}",
    ]
    if contact.funder or contact.service:
        properties.append(f"ORG:{_compound((contact.funder, contact.service))}")
    if contact.role:
        properties.append(f"TITLE:{escape_text(contact.role)}")
    if contact.phone:
        properties.append(_telephone(contact.phone))
    if contact.email:
        properties.append(f"EMAIL;TYPE=work:{escape_text(contact.email.strip())}")
    topics = tuple(topic for topic in (_one_line(topic) for topic in contact.topics) if topic)
    if topics:
        properties.append("CATEGORIES:" + ",".join(escape_text(topic) for topic in topics))
    note_parts = []
    if topics:
        note_parts.append(f"{topics_label} : {', '.join(topics)}")
    if contact.notes.strip():
        note_parts.append(contact.notes.strip())
    if note_parts:
        properties.append(f"NOTE:{escape_text(chr(10).join(note_parts))}")
    if not contact.active:
        properties.append("X-COOPDESK-ACTIVE:false")
    if contact.updated_at is not None:
        instant = contact.updated_at
        if instant.tzinfo is not None:
            instant = instant.astimezone(UTC)
        properties.append(f"REV:{instant:%Y%m%dT%H%M%S}Z")
    properties.append("END:VCARD")
    return properties


def _telephone(phone: str) -> str:
    """A tel: URI in E.164 when the number can be read (French by default), else the text as typed."""
    try:
        number = phonenumbers.parse(phone, "FR")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_possible_number(number):
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        return f"TEL;TYPE=work;VALUE=uri:tel:{e164}"
    return f"TEL;TYPE=work:{escape_text(phone.strip())}"


def _name_parts(contact: VCardContact) -> tuple[str, str]:
    if contact.family_name or contact.given_name:
        return contact.family_name.strip(), contact.given_name.strip()
    words = _one_line(contact.name).split(" ")
    if len(words) < 2:
        return (words[0] if words else ""), ""
    for index in range(1, len(words)):
        if words[index].casefold().rstrip("'’") in _PARTICLES:
            return " ".join(words[index:]), " ".join(words[:index])
    return words[-1], " ".join(words[:-1])


def _one_line(text: str) -> str:
    return " ".join(text.split())


def escape_text(text: str) -> str:
    """A TEXT value per RFC 6350 §3.4: \\ , ; escaped, line breaks as \\n, control characters dropped.

    A lone surrogate, which UTF-8 cannot hold, becomes U+FFFD.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _compound(components: Sequence[str]) -> str:
    """A structured value (N, ORG): escaped components separated by ";"."""
    return ";".join(escape_text(component.strip()) for component in components)


def _fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 6350 §3.2), between UTF-8 characters, never inside one."""
    if len(line) * 4 <= MAX_LINE_OCTETS or len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
            limit = MAX_LINE_OCTETS - 1  # the leading space of a continuation line counts
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)
