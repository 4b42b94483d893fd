"""Import of a contacts spreadsheet ("qui fait quoi" chez les financeurs): read, map, preview, apply.

The four steps the import dialog (and `coopdesk import contacts`) walks through:
1. `read` the file: its table and the column mapping its titles suggest (coopdesk.formats.contacts_csv);
2. the user confirms or corrects the mapping;
3. `preview` says for every row whether it is NEW, a DUPLICATE (of a contact already recorded, or of an
   earlier row of the file) or REJECTED (with its problems), and which funders would be created.
   Nothing is written;
4. `apply` writes the NEW rows, and the funders they need, in one transaction. Rejected rows never
   block valid ones.

Two rows are the same person when `contact_key` (folded funder, name words in any order, e-mail) is
the same, or when the funder and name are the same and one of the two has no e-mail (a spreadsheet
completed since the last import must not create everyone again). A departure date means the person
left: the contact is recorded as former (kept as history), whatever the "Actif" cell says.

The rows of this module wrap the readers' rows (CsvTable, ContactFields, RowProblem) on purpose: the
dialog shows the cells as typed and explains each problem with its code.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.orm import Session

from coopdesk.domain.enums import FunderKind
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode
from coopdesk.domain.funder_kind_guess import guess_funder_kind, guess_funder_level
from coopdesk.domain.funders import MAX_NAME, ContactInput, FunderInput, validate_contact, validate_funder
from coopdesk.domain.text_search import fold
from coopdesk.formats.contacts_csv import (
    ContactCsvRow,
    ContactFields,
    RowProblem,
    contact_key,
    parse_contacts,
    suggest_mapping,
)
from coopdesk.formats.french_csv import CsvTable, read_table
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import contact_repository, funder_repository


class ContactRowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ContactsSheet:
    """A spreadsheet read, with the mapping its column titles suggest (column index -> field or None)."""

    table: CsvTable
    mapping: dict[int, str | None]


@dataclass(frozen=True)
class ContactPreviewRow:
    line: int  # the physical line of the file where the row starts
    status: ContactRowStatus
    fields: ContactFields
    cells: tuple[str, ...]  # the row as typed
    problems: tuple[RowProblem, ...] = ()  # what the reader refused (REJECTED)
    invalid: tuple[InvalidValue, ...] = ()  # what the contact rules refused (too long…) (REJECTED)
    duplicate_of: int | None = None  # the contact already recorded (DUPLICATE)
    duplicate_line: int | None = None  # the earlier line of the file (DUPLICATE)
    funder_id: int | None = None  # the existing funder; None: created by apply (NEW) or none


@dataclass(frozen=True)
class ContactFunderToCreate:
    name: str
    kind: FunderKind  # guessed from the name
    lines: tuple[int, ...]  # the NEW rows naming it


@dataclass(frozen=True)
class ContactsPreview:
    source: str
    rows: tuple[ContactPreviewRow, ...]
    funders_to_create: tuple[ContactFunderToCreate, ...]

    def _count(self, status: ContactRowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def new(self) -> int:
        return self._count(ContactRowStatus.NEW)

    @property
    def duplicates(self) -> int:
        return self._count(ContactRowStatus.DUPLICATE)

    @property
    def rejected(self) -> int:
        return self._count(ContactRowStatus.REJECTED)


@dataclass(frozen=True)
class ContactsImportReport:
    created_names: tuple[str, ...]
    duplicates: int  # rows left out as people already recorded (at apply time) or repeated in the file
    rejected: int
    funders_created: tuple[str, ...]

    @property
    def created(self) -> int:
        return len(self.created_names)


class ContactsImportService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def read(self, data: bytes, source: str) -> ContactsSheet:
        """The table of a CSV file and the suggested mapping. Raises FormatError (nothing is read)."""
        table = read_table(data, source)
        return ContactsSheet(table=table, mapping=suggest_mapping(table.header))

    def preview(
        self, sheet: ContactsSheet, mapping: Mapping[int, str | None], *, default_funder: str = ""
    ) -> ContactsPreview:
        """Every row NEW, DUPLICATE or REJECTED; nothing written. Raises FormatError for a mapping
        naming a column or field that does not exist."""
        parsed = parse_contacts(sheet.table, mapping, default_funder=default_funder)
        with self._database.session() as session:
            known = _Known.load(session)
        rows = [known.classify(row) for row in parsed]
        return ContactsPreview(
            source=sheet.table.source, rows=tuple(rows), funders_to_create=_funders_to_create(rows)
        )

    def apply(self, preview: ContactsPreview) -> ContactsImportReport:
        """Write the NEW rows (and the funders they name) in one transaction. Rows that became
        duplicates since the preview (another PC) are left out and counted as such."""
        created_names: list[str] = []
        funders_created: list[str] = []
        duplicates = preview.duplicates
        with self._database.session() as session:
            known = _Known.load(session)
            for row in preview.rows:
                if row.status is not ContactRowStatus.NEW:
                    continue
                again = known.classify_fields(row.line, row.fields)
                if again.status is not ContactRowStatus.NEW:
                    duplicates += 1
                    continue
                funder_id = known.funder_ids.get(fold(row.fields.funder))
                if funder_id is None:
                    funder_id = _create_funder(session, row.fields.funder, known.funder_ids, funders_created)
                contact = contact_repository.add(session, _contact_input(row.fields, funder_id))
                known.remember(row.line, row.fields)
                created_names.append(contact.name)
        return ContactsImportReport(
            created_names=tuple(created_names),
            duplicates=duplicates,
            rejected=preview.rejected,
            funders_created=tuple(funders_created),
        )


# -- classification ------------------------------------------------------------------------------------


def _contact_input(fields: ContactFields, funder_id: int) -> ContactInput:
    return ContactInput(
        funder_id=funder_id,
        name=fields.name,
        role=fields.role,
        service=fields.service,
        phone=fields.phone,
        email=fields.email,
        topics=fields.topics,
        active=fields.active and fields.left_on is None,
        left_on=fields.left_on,
        notes=fields.notes,
    )


def _name_key(funder: str, name: str) -> str:
    return contact_key(funder, name, "")


@dataclass
class _Known:
    """The people already recorded (and those of the file seen so far), and the funders by folded name."""

    funder_ids: dict[str, int]
    by_key: dict[str, tuple[int | None, int | None]]  # full key -> (contact id, line)
    by_name: dict[str, list[tuple[str, int | None, int | None]]]  # funder+name -> (email, contact id, line)

    @classmethod
    def load(cls, session: Session) -> _Known:
        known = cls(funder_repository.ids_by_normalized_name(session), {}, {})
        for contact_id, funder, name, email in contact_repository.identities(session):
            known._add(funder, name, email, contact_id, None)
        return known

    def _add(self, funder: str, name: str, email: str, contact_id: int | None, line: int | None) -> None:
        self.by_key.setdefault(contact_key(funder, name, email), (contact_id, line))
        self.by_name.setdefault(_name_key(funder, name), []).append((email.strip(), contact_id, line))

    def remember(self, line: int, fields: ContactFields) -> None:
        self._add(fields.funder, fields.name, fields.email, None, line)

    def _same_person(self, fields: ContactFields) -> tuple[int | None, int | None] | None:
        found = self.by_key.get(contact_key(fields.funder, fields.name, fields.email))
        if found is not None:
            return found
        for email, contact_id, line in self.by_name.get(_name_key(fields.funder, fields.name), []):
            if not email or not fields.email:
                return contact_id, line
        return None

    def classify_fields(self, line: int, fields: ContactFields) -> ContactPreviewRow:
        same = self._same_person(fields)
        funder_id = self.funder_ids.get(fold(fields.funder))
        if same is not None:
            contact_id, earlier = same
            return ContactPreviewRow(
                line,
                ContactRowStatus.DUPLICATE,
                fields,
                (),
                duplicate_of=contact_id,
                duplicate_line=earlier,
                funder_id=funder_id,
            )
        return ContactPreviewRow(line, ContactRowStatus.NEW, fields, (), funder_id=funder_id)

    def classify(self, row: ContactCsvRow) -> ContactPreviewRow:
        if not row.valid:
            return ContactPreviewRow(
                row.line, ContactRowStatus.REJECTED, row.fields, row.cells, problems=row.problems
            )
        try:
            validate_contact(_contact_input(row.fields, 0))
        except FieldErrors as errors:
            return ContactPreviewRow(
                row.line,
                ContactRowStatus.REJECTED,
                row.fields,
                row.cells,
                invalid=tuple(errors.errors.values()),
            )
        if len(row.fields.funder) > MAX_NAME:
            invalid = (InvalidValue("funder", row.fields.funder, InvalidValueCode.TOO_LONG),)
            return ContactPreviewRow(
                row.line, ContactRowStatus.REJECTED, row.fields, row.cells, invalid=invalid
            )
        classified = dataclasses.replace(self.classify_fields(row.line, row.fields), cells=row.cells)
        if classified.status is ContactRowStatus.NEW:
            self.remember(row.line, row.fields)
        return classified


def _funders_to_create(rows: list[ContactPreviewRow]) -> tuple[ContactFunderToCreate, ...]:
    names: dict[str, str] = {}
    lines: dict[str, list[int]] = {}
    for row in rows:
        if row.status is ContactRowStatus.NEW and row.funder_id is None:
            folded = fold(row.fields.funder)
            names.setdefault(folded, row.fields.funder)
            lines.setdefault(folded, []).append(row.line)
    return tuple(
        ContactFunderToCreate(name, guess_funder_kind(name), tuple(lines[folded]))
        for folded, name in names.items()
    )


def _create_funder(session: Session, name: str, funder_ids: dict[str, int], created: list[str]) -> int:
    kind = guess_funder_kind(name)
    funder = funder_repository.add(
        session, validate_funder(FunderInput(name=name, kind=kind, level=guess_funder_level(name, kind)))
    )
    funder_ids[fold(name)] = funder.id
    created.append(funder.name)
    return funder.id
