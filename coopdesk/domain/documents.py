"""The association's permanent file of pieces (statuts, RIB…): rows, validation, type guess, expiry.

Decisions:
- A piece is "current" when no newer version replaced it (`replaced_by_id` is None); the list shows the
  current pieces, the history of a piece is its chain of older versions.
- Expiry: a piece whose validity ended before today is expired; one ending within EXPIRING_DAYS (60) of
  today expires soon; a piece without end of validity never expires.
- Files: an empty file is refused (nothing useful to send a funder); a file above the association's
  limit (DOCUMENT_SIZE_LIMIT_MB) is refused before it is read.
- Checklists follow the current version: when a piece is replaced, the required pieces of applications
  still being prepared (idea, drafting) point to the new version; submitted ones keep what was sent.
- Deleting a piece a checklist points to raises InUse; once the user confirms, the checklist lines
  become "missing" (unlinked) and the older version, if any, becomes current again.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from coopdesk.domain.enums import DocumentType
from coopdesk.domain.errors import CoopDeskError, FieldErrors, InvalidValue, InvalidValueCode
from coopdesk.domain.text_search import fold

EXPIRING_DAYS = 60
MAX_TITLE = 300
MAX_FILENAME = 300
MAX_NOTES = 5000
HASH_CHUNK = 1024 * 1024  # read and hashed 1 MiB at a time


class ExpiryState(StrEnum):
    VALID = "valid"
    EXPIRES_SOON = "expires_soon"
    EXPIRED = "expired"


@dataclass(frozen=True)
class DocumentRow:
    """One piece of the permanent file (a version of it), without its bytes."""

    id: int
    document_type: DocumentType
    title: str
    filename: str
    media_type: str
    size: int
    sha256: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    replaced_by_id: int | None
    added_at: dt.datetime
    added_by: str
    notes: str
    version: int
    replaces_id: int | None = None  # the older version this one replaced, if any
    older_versions: int = 0  # how many versions before this one (its history)

    @property
    def is_current(self) -> bool:
        return self.replaced_by_id is None


@dataclass(frozen=True)
class DocumentInput:
    """What the user types about a piece (the file itself comes apart)."""

    document_type: DocumentType
    title: str
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    notes: str = ""


@dataclass(frozen=True)
class DocumentContent:
    filename: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class ChecklistGap:
    """An application being prepared whose checklist lacks pieces or holds expired ones."""

    application_id: int
    title: str
    deadline: dt.date | None
    missing: tuple[DocumentType, ...]  # pieces without a document
    expired: tuple[DocumentType, ...]  # pieces whose document expired before today


# -- errors --------------------------------------------------------------------------------------------


class FileProblemCode(StrEnum):
    MISSING = "missing"  # vanished before it was read, or never existed
    DIRECTORY = "directory"
    NOT_A_FILE = "not_a_file"  # a device, a socket…
    UNREADABLE = "unreadable"  # permissions, I/O error
    EMPTY = "empty"
    TOO_LARGE = "too_large"


@dataclass(unsafe_hash=True)
class FileProblem(CoopDeskError):
    """A file given as a piece could not be taken: nothing was saved."""

    path: str
    code: FileProblemCode
    size: int = 0  # bytes, for TOO_LARGE
    limit: int = 0  # bytes, for TOO_LARGE
    detail: str = ""  # the system's reason, for UNREADABLE

    def __str__(self) -> str:
        return f"{self.path}: {self.code.value}"


# -- rules ---------------------------------------------------------------------------------------------


def expiry_state(valid_until: dt.date | None, today: dt.date) -> ExpiryState:
    if valid_until is None:
        return ExpiryState.VALID
    if valid_until < today:
        return ExpiryState.EXPIRED
    if valid_until <= today + dt.timedelta(days=EXPIRING_DAYS):
        return ExpiryState.EXPIRES_SOON
    return ExpiryState.VALID


def _clean(text: str) -> str:
    return " ".join(text.split())


def validate_document(data: DocumentInput) -> DocumentInput:
    """The input trimmed; FieldErrors on title (required, too long), notes (too long) and valid_until
    (before valid_from: OUT_OF_RANGE)."""
    errors: dict[str, InvalidValue] = {}
    title = _clean(data.title)
    if not title:
        errors["title"] = InvalidValue("title", data.title, InvalidValueCode.REQUIRED)
    elif len(title) > MAX_TITLE:
        errors["title"] = InvalidValue("title", data.title, InvalidValueCode.TOO_LONG)
    notes = data.notes.strip()
    if len(notes) > MAX_NOTES:
        errors["notes"] = InvalidValue("notes", data.notes[:50], InvalidValueCode.TOO_LONG)
    if data.valid_from is not None and data.valid_until is not None and data.valid_until < data.valid_from:
        errors["valid_until"] = InvalidValue(
            "valid_until", data.valid_until.isoformat(), InvalidValueCode.OUT_OF_RANGE
        )
    if errors:
        raise FieldErrors(errors)
    return DocumentInput(
        document_type=DocumentType(data.document_type),
        title=title,
        valid_from=data.valid_from,
        valid_until=data.valid_until,
        notes=notes,
    )


def clean_filename(name: str) -> str:
    """The file name as given (accents and emoji kept), without folders, at most MAX_FILENAME characters
    (the extension kept)."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip().replace("\0", "")
    if base.strip(".") == "":
        base = "piece"
    if len(base) <= MAX_FILENAME:
        return base
    stem, dot, extension = base.rpartition(".")
    if dot and 0 < len(extension) <= 10:
        return stem[: MAX_FILENAME - len(extension) - 1] + "." + extension
    return base[:MAX_FILENAME]


def title_from_filename(name: str) -> str:
    """ "rib-banque_coopérative.pdf" -> "rib banque coopérative": a first title the user can change."""
    stem = clean_filename(name).rsplit(".", 1)[0] if "." in name else clean_filename(name)
    return _clean(re.sub(r"[_\-.]+", " ", stem)) or clean_filename(name)


SEVERAL_CURRENT: Final = frozenset({DocumentType.OTHER, DocumentType.QUOTE})
"""Types of which the permanent file keeps several current pieces side by side (a new one never
replaces another by default, nor is linked to a checklist without asking): "other" pieces, quotes."""

# Words of a file name (folded: lower case, no accents) that tell its type; first match wins.
_TYPE_HINTS: tuple[tuple[DocumentType, tuple[str, ...]], ...] = (
    (DocumentType.REPUBLICAN_COMMITMENT, ("engagement republicain", "cer", "contrat engagement")),
    (DocumentType.QUOTE, ("devis",)),
    (DocumentType.FOOD_AID_ACCREDITATION, ("habilitation", "aide alimentaire", "agrement")),
    (DocumentType.INSURANCE_CERTIFICATE, ("assurance", "attestation assurance", "responsabilite civile")),
    (
        DocumentType.GENERAL_MEETING_MINUTES,
        ("pv", "proces verbal", "ag", "assemblee generale", "compte rendu ag"),
    ),
    (
        DocumentType.BOARD_LIST,
        ("dirigeants", "liste des membres", "conseil d administration", "bureau", "ca"),
    ),
    (DocumentType.FORECAST_BUDGET, ("budget previsionnel", "budget", "previsionnel", "bp")),
    (DocumentType.APPROVED_ACCOUNTS, ("comptes", "bilan", "compte de resultat", "comptes annuels")),
    (DocumentType.ACTIVITY_REPORT, ("rapport activite", "rapport d activite", "rapport moral", "activite")),
    (DocumentType.RIB, ("rib", "iban", "releve d identite bancaire")),
    (DocumentType.STATUTES, ("statuts", "statut")),
)


def guess_type(filename: str) -> DocumentType | None:
    """The type a file name suggests ("RIB_2026.pdf" -> RIB, "PV AG 2025.pdf" -> minutes), None if none."""
    stem = clean_filename(filename)
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    words = f" {fold(stem)} "
    for document_type, hints in _TYPE_HINTS:
        if any(f" {hint} " in words for hint in hints):
            return document_type
    return None


def media_type_of(filename: str) -> str:
    guessed, _encoding = mimetypes.guess_type(filename, strict=False)
    return guessed or "application/octet-stream"
