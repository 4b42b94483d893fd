"""The contacts spreadsheet ("qui fait quoi" chez les financeurs) read into normalized rows.

The user's columns are matched to CONTACT_FIELDS by `suggest_mapping` (French or English titles, any
case, with or without accents), then confirmed in the import dialog and given to `parse_contacts`.
Every data row comes back: valid rows with no problems, rejected rows with the problems that reject them,
so that one bad line never blocks the others. Whether a row duplicates a contact already in the database
is for the service to say, with `contact_key`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from coopdesk.domain.contact_details import normalize_email, normalize_phone
from coopdesk.domain.dates import parse_date
from coopdesk.domain.errors import InvalidValue
from coopdesk.formats.aides_territoires import normalize_org_name
from coopdesk.formats.errors import FormatError, FormatErrorCode
from coopdesk.formats.french_csv import CsvTable


class ContactField(StrEnum):
    FUNDER = "funder"
    NAME = "name"  # the whole name, "Élise Dupré"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    ROLE = "role"
    SERVICE = "service"
    PHONE = "phone"
    EMAIL = "email"
    TOPICS = "topics"
    NOTES = "notes"
    ACTIVE = "active"
    LEFT_ON = "left_on"


CONTACT_FIELDS: Final[tuple[str, ...]] = tuple(ContactField)


class RowProblemCode(StrEnum):
    """Why a row is rejected: each code has a French sentence in the ui."""

    SHORT_ROW = "short_row"
    MISSING_NAME = "missing_name"
    MISSING_FUNDER = "missing_funder"
    BAD_EMAIL = "bad_email"
    BAD_PHONE = "bad_phone"
    BAD_DATE = "bad_date"
    BAD_BOOLEAN = "bad_boolean"  # "Actif" neither oui/non, vrai/faux, 1/0, x nor empty


@dataclass(frozen=True)
class RowProblem:
    field: str | None  # a ContactField value, None for the row as a whole
    code: RowProblemCode
    value: str = ""  # the cell as typed, to quote it


@dataclass(frozen=True)
class ContactFields:
    """A contact as read from one row, normalized. Text fields are "" when absent."""

    funder: str = ""
    name: str = ""
    role: str = ""
    service: str = ""
    phone: str = ""  # "04 67 12 34 56" (as typed when it is not a phone number: see problems)
    email: str = ""
    topics: tuple[str, ...] = ()
    notes: str = ""
    active: bool = True  # an empty "Actif" cell means active
    left_on: date | None = None


@dataclass(frozen=True)
class ContactCsvRow:
    line: int
    fields: ContactFields
    problems: tuple[RowProblem, ...] = ()
    cells: tuple[str, ...] = ()  # the row as found, to show a rejected row as the user typed it

    @property
    def valid(self) -> bool:
        return not self.problems


# -- mapping -----------------------------------------------------------------------------------------

# Checked in this order, each title against each phrase (folded words, as a run of whole words), so that
# "Nom de l'organisme" is a funder before it is a name, and "Nom prénom" a whole name.
_PHRASES: Final[tuple[tuple[ContactField, tuple[str, ...]], ...]] = (
    (ContactField.LEFT_ON, ("date de depart", "depart", "parti le", "partie le", "left on", "date de fin",
                            "fin de fonction", "end date")),
    (ContactField.FUNDER, ("organisme", "financeur", "financeurs", "structure", "organisation",
                           "organization", "funder", "institution", "collectivite", "employeur",
                           "entreprise", "societe", "company", "partenaire")),
    (ContactField.EMAIL, ("courriel", "e mail", "email", "mail", "mel", "adresse electronique")),
    (ContactField.PHONE, ("telephone", "tel", "phone", "portable", "mobile", "fixe")),
    (ContactField.NAME, ("nom prenom", "prenom nom", "nom et prenom", "prenom et nom", "nom complet",
                         "full name", "nom et prenoms")),
    (ContactField.FIRST_NAME, ("prenom", "first name", "firstname", "given name", "prenoms")),
    (ContactField.LAST_NAME, ("nom de famille", "last name", "lastname", "surname", "family name",
                              "nom d usage", "patronyme")),
    (ContactField.TOPICS, ("thematiques", "thematique", "themes", "theme", "sujets", "sujet", "domaines",
                           "domaine", "topics", "qui fait quoi", "competences")),
    (ContactField.NOTES, ("remarques", "remarque", "notes", "note", "commentaires", "commentaire",
                          "observations", "comments", "comment")),
    (ContactField.ROLE, ("fonction", "role", "poste", "job title", "title", "titre", "qualite")),
    (ContactField.SERVICE, ("service", "direction", "pole", "bureau", "unite")),
    (ContactField.ACTIVE, ("actif", "active", "en poste", "actif ve")),
    (ContactField.NAME, ("nom", "name", "contact", "interlocuteur", "interlocutrice", "personne")),
)  # fmt: skip
_BARE_NAMES: Final = frozenset({"nom", "name"})


def suggest_mapping(header: Sequence[str]) -> dict[int, str | None]:
    """Column index -> the contact field its title suggests (None: ignore the column).

    Each field goes to the first column that asks for it. A bare "Nom" column beside a "Prénom" column
    is the last name; alone it is the whole name.
    """
    mapping: dict[int, str | None] = {}
    taken: set[ContactField] = set()
    bare_name_column: int | None = None
    for index, title in enumerate(header):
        words = normalize_org_name(title).split()
        guess = _guess(words) if words else None
        if guess is not None and guess not in taken:
            mapping[index] = guess.value
            taken.add(guess)
            if guess is ContactField.NAME and " ".join(words) in _BARE_NAMES:
                bare_name_column = index
        else:
            mapping[index] = None
    if (
        bare_name_column is not None
        and ContactField.FIRST_NAME in taken
        and ContactField.LAST_NAME not in taken
    ):
        mapping[bare_name_column] = ContactField.LAST_NAME.value
    return mapping


def _guess(words: list[str]) -> ContactField | None:
    for field, phrases in _PHRASES:
        for phrase in phrases:
            if _contains_run(words, phrase.split()):
                return field
    return None


def _contains_run(words: list[str], run: list[str]) -> bool:
    size = len(run)
    return any(words[start : start + size] == run for start in range(len(words) - size + 1))


def missing_required(mapping: Mapping[int, str | None], *, default_funder: bool = False) -> tuple[str, ...]:
    """The fields without which every row would be rejected: a name (whole or split) and a funder."""
    fields = {field for field in mapping.values() if field}
    missing: list[str] = []
    if not fields & {ContactField.NAME, ContactField.FIRST_NAME, ContactField.LAST_NAME}:
        missing.append(ContactField.NAME.value)
    if ContactField.FUNDER not in fields and not default_funder:
        missing.append(ContactField.FUNDER.value)
    return tuple(missing)


# -- rows --------------------------------------------------------------------------------------------

_TOPIC_SEPARATORS: Final = re.compile(r"[,;/|\n\r]+")
_SPACES: Final = re.compile(r"\s+")
_TIME_SUFFIX: Final = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?$")  # Excel's "31/12/2026 00:00"
_TRUE: Final = frozenset({"oui", "o", "1", "vrai", "x", "yes", "y", "true", "actif", "active"})
_FALSE: Final = frozenset({"non", "n", "0", "faux", "no", "false", "inactif", "inactive"})


def parse_contacts(
    table: CsvTable, mapping: Mapping[int, str | None], *, default_funder: str = ""
) -> list[ContactCsvRow]:
    """Read every data row of the table with the confirmed mapping (column index -> field or None).

    Several columns may feed one field ("Tél. fixe" and "Portable" both as phone): the first non-empty
    cell wins, except for topics (all kept) and notes (joined line by line). `default_funder` fills rows
    with no funder (a file about a single funder).
    Raises FormatError(UNKNOWN_COLUMN) for a mapping naming a column or a field that does not exist.
    """
    columns = _checked_columns(table, mapping)
    return [_parse_row(row.line, row.cells, row.short, columns, default_funder) for row in table.rows]


def _checked_columns(table: CsvTable, mapping: Mapping[int, str | None]) -> list[tuple[int, ContactField]]:
    columns: list[tuple[int, ContactField]] = []
    for index, name in sorted(mapping.items()):
        if not 0 <= index < table.width:
            raise FormatError(table.source, table.header_line, FormatErrorCode.UNKNOWN_COLUMN, str(index))
        if name is None:
            continue
        if name not in CONTACT_FIELDS:
            raise FormatError(table.source, table.header_line, FormatErrorCode.UNKNOWN_COLUMN, name)
        columns.append((index, ContactField(name)))
    return columns


def _parse_row(
    line: int,
    cells: tuple[str, ...],
    short: bool,
    columns: list[tuple[int, ContactField]],
    default_funder: str,
) -> ContactCsvRow:
    values: dict[ContactField, list[str]] = {}
    for index, field in columns:
        if index < len(cells):
            cell = cells[index].strip()
            if cell:
                values.setdefault(field, []).append(cell)

    def first(field: ContactField) -> str:
        return values.get(field, [""])[0]

    problems: list[RowProblem] = []
    if short:
        problems.append(RowProblem(None, RowProblemCode.SHORT_ROW))

    name = _one_line(first(ContactField.NAME))
    if not name:
        name = _one_line(f"{first(ContactField.FIRST_NAME)} {first(ContactField.LAST_NAME)}")
    if not name:
        problems.append(RowProblem(ContactField.NAME.value, RowProblemCode.MISSING_NAME))
    funder = _one_line(first(ContactField.FUNDER)) or default_funder.strip()
    if not funder:
        problems.append(RowProblem(ContactField.FUNDER.value, RowProblemCode.MISSING_FUNDER))

    phone = first(ContactField.PHONE)
    if phone:
        try:
            phone = normalize_phone(phone)
        except InvalidValue:
            problems.append(RowProblem(ContactField.PHONE.value, RowProblemCode.BAD_PHONE, phone))
    email = first(ContactField.EMAIL)
    if email:
        try:
            email = normalize_email(email)
        except InvalidValue:
            problems.append(RowProblem(ContactField.EMAIL.value, RowProblemCode.BAD_EMAIL, email))

    active = True
    active_text = first(ContactField.ACTIVE)
    if active_text:
        word = normalize_org_name(active_text)
        if word in _TRUE:
            active = True
        elif word in _FALSE:
            active = False
        else:
            problems.append(RowProblem(ContactField.ACTIVE.value, RowProblemCode.BAD_BOOLEAN, active_text))

    left_on: date | None = None
    left_text = first(ContactField.LEFT_ON)
    if left_text:
        try:
            left_on = parse_date(_TIME_SUFFIX.sub("", left_text))
        except InvalidValue:
            problems.append(RowProblem(ContactField.LEFT_ON.value, RowProblemCode.BAD_DATE, left_text))

    fields = ContactFields(
        funder=funder,
        name=name,
        role=_one_line(first(ContactField.ROLE)),
        service=_one_line(first(ContactField.SERVICE)),
        phone=phone,
        email=email,
        topics=split_topics(*values.get(ContactField.TOPICS, [])),
        notes="\n".join(note.replace("\r\n", "\n") for note in values.get(ContactField.NOTES, [])),
        active=active,
        left_on=left_on,
    )
    return ContactCsvRow(line, fields, tuple(problems), cells)


def _one_line(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def split_topics(*cells: str) -> tuple[str, ...]:
    """Topics typed in cells, split on , ; / | and line breaks, without blanks or repeats (any case)."""
    topics: list[str] = []
    seen: set[str] = set()
    for cell in cells:
        for part in _TOPIC_SEPARATORS.split(cell):
            topic = _one_line(part)
            key = normalize_org_name(topic)
            if topic and key not in seen:
                seen.add(key)
                topics.append(topic)
    return tuple(topics)


def contact_key(funder_name: str, name: str, email: str) -> str:
    """What makes two contacts the same person: folded funder, name words in any order, e-mail.

    "Élise Dupré" at "Conseil départemental de l'Hérault" and "DUPRE Elise" at "CONSEIL DEPARTEMENTAL DE
    L HERAULT" give the same key; the e-mail's case never matters.
    """
    name_words = sorted(normalize_org_name(name).split())
    return "\x1f".join((normalize_org_name(funder_name), " ".join(name_words), email.strip().casefold()))
