"""The permanent file of pieces: blobs stored once by SHA-256, documents with validity and history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session, aliased

from coopdesk.domain.applications import PieceState
from coopdesk.domain.documents import (
    EXPIRING_DAYS,
    ChecklistGap,
    DocumentContent,
    DocumentInput,
    DocumentRow,
)
from coopdesk.domain.enums import ApplicationStatus, DocumentType
from coopdesk.domain.errors import FieldErrors, InUse, InvalidValue, InvalidValueCode, NotFound, StaleEdit
from coopdesk.storage.repositories import application_repository
from coopdesk.storage.tables import Application, Blob, Document, RequiredPiece

# Applications whose checklist follows the current version of a piece (not yet sent to the funder).
PREPARING_STATUSES = (ApplicationStatus.IDEA.value, ApplicationStatus.DRAFTING.value)
MAX_HISTORY = 1000  # a chain of versions longer than this is a loop, not a history


_Older = aliased(Document)


def _query() -> Select[Any]:
    older = (
        select(func.min(_Older.id))
        .where(_Older.replaced_by_id == Document.id)
        .correlate(Document)
        .scalar_subquery()
    )
    return select(Document, older)


def _row(document: Document, replaces_id: int | None, older_versions: int = 0) -> DocumentRow:
    return DocumentRow(
        id=document.id,
        document_type=DocumentType(document.document_type),
        title=document.title,
        filename=document.filename,
        media_type=document.media_type,
        size=document.size,
        sha256=document.blob_sha256,
        valid_from=document.valid_from,
        valid_until=document.valid_until,
        replaced_by_id=document.replaced_by_id,
        added_at=document.added_at,
        added_by=document.added_by,
        notes=document.notes,
        version=document.version,
        replaces_id=replaces_id,
        older_versions=older_versions,
    )


def _get(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound("document", document_id)
    return document


def _older_count(session: Session, document_id: int) -> int:
    count, current = 0, document_id
    while count < MAX_HISTORY:
        older = session.scalar(select(Document.id).where(Document.replaced_by_id == current).limit(1))
        if older is None:
            break
        count, current = count + 1, older
    return count


def get(session: Session, document_id: int) -> DocumentRow:
    found = session.execute(_query().where(Document.id == document_id)).first()
    if found is None:
        raise NotFound("document", document_id)
    document, replaces = found
    return _row(document, replaces, _older_count(session, document_id))


def list_current(
    session: Session, expiring_within: int | None = None, today: dt.date | None = None
) -> list[DocumentRow]:
    """The current pieces (not replaced), by type then title; with `expiring_within`, only those whose
    validity ends before today + that many days (the expired ones included)."""
    query = _query().where(Document.replaced_by_id.is_(None))
    if expiring_within is not None:
        day = (today or dt.date.today()) + dt.timedelta(days=expiring_within)
        query = query.where(Document.valid_until.is_not(None), Document.valid_until <= day)
    query = query.order_by(Document.document_type, Document.title, Document.id)
    rows = session.execute(query).all()
    counts = _history_counts(session)
    return [_row(document, replaces, counts.get(document.id, 0)) for document, replaces in rows]


def _history_counts(session: Session) -> dict[int, int]:
    """For each document, how many versions precede it (walked in Python over id pairs: small)."""
    replaced: dict[int, int] = {
        newer: older
        for newer, older in session.execute(
            select(Document.replaced_by_id, Document.id).where(Document.replaced_by_id.is_not(None))
        ).all()
        if newer is not None
    }
    counts: dict[int, int] = {}
    for newer in replaced:
        count, current = 0, newer
        while current in replaced and count < MAX_HISTORY:
            count, current = count + 1, replaced[current]
        counts[newer] = count
    return counts


def history(session: Session, document_id: int) -> list[DocumentRow]:
    """Every version of the piece `document_id` belongs to, newest first (the current one first)."""
    newest = _get(session, document_id)
    seen = {newest.id}
    while newest.replaced_by_id is not None and len(seen) < MAX_HISTORY:
        newer = session.get(Document, newest.replaced_by_id)
        if newer is None or newer.id in seen:
            break
        seen.add(newer.id)
        newest = newer
    chain: list[DocumentRow] = []
    current: Document | None = newest
    visited: set[int] = set()
    while current is not None and current.id not in visited and len(chain) < MAX_HISTORY:
        visited.add(current.id)
        older = session.scalars(
            select(Document).where(Document.replaced_by_id == current.id).order_by(Document.id).limit(1)
        ).first()
        chain.append(_row(current, older.id if older else None))
        current = older
    total = len(chain)
    return [
        DocumentRow(**{**row.__dict__, "older_versions": total - 1 - number})
        for number, row in enumerate(chain)
    ]


def current_of_type(session: Session, document_type: DocumentType) -> list[DocumentRow]:
    rows = session.execute(
        _query()
        .where(Document.document_type == document_type.value, Document.replaced_by_id.is_(None))
        .order_by(Document.valid_from.desc(), Document.id.desc())
    ).all()
    return [_row(document, replaces) for document, replaces in rows]


def blob_exists(session: Session, sha256: str) -> bool:
    return session.get(Blob, sha256) is not None


def add(
    session: Session,
    data: DocumentInput,
    *,
    filename: str,
    media_type: str,
    sha256: str,
    size: int,
    content: bytes | None,
    added_by: str = "",
    replaces_id: int | None = None,
) -> DocumentRow:
    """A new piece; its bytes are stored unless a blob with that SHA-256 exists (`content` may then be
    None). With `replaces_id`, the older version is marked replaced by it and the checklists of the
    applications being prepared follow the new version. FieldErrors on "replaces_id" for a piece of
    another type or one already replaced."""
    older: Document | None = None
    if replaces_id is not None:
        older = _get(session, replaces_id)
        if older.document_type != data.document_type.value or older.replaced_by_id is not None:
            raise FieldErrors(
                {"replaces_id": InvalidValue("replaces_id", str(replaces_id), InvalidValueCode.OUT_OF_RANGE)}
            )
    if session.get(Blob, sha256) is None:
        if content is None:
            raise ValueError("content needed for a new blob")
        session.add(Blob(sha256=sha256, size=size, content=content))
        session.flush()
    document = Document(
        document_type=data.document_type.value,
        title=data.title,
        filename=filename,
        media_type=media_type,
        blob_sha256=sha256,
        size=size,
        valid_from=data.valid_from,
        valid_until=data.valid_until,
        added_by=added_by,
        notes=data.notes,
    )
    session.add(document)
    session.flush()
    if older is not None:
        older.replaced_by_id = document.id
        session.flush()
        _follow_replacement(session, older.id, document.id)
    return get(session, document.id)


def _follow_replacement(session: Session, old_id: int, new_id: int) -> None:
    """Checklists of applications still being prepared point to the new version."""
    preparing = select(Application.id).where(Application.status.in_(PREPARING_STATUSES))
    pieces = session.scalars(
        select(RequiredPiece).where(
            RequiredPiece.document_id == old_id, RequiredPiece.application_id.in_(preparing)
        )
    ).all()
    for piece in pieces:
        piece.document_id = new_id
    session.flush()


def update(session: Session, document_id: int, expected_version: int, data: DocumentInput) -> DocumentRow:
    """Change what is said about the piece (type, title, validity, notes), not its file. A piece that
    is part of a history keeps its type (FieldErrors on "document_type")."""
    document = _get(session, document_id)
    if document.version != expected_version:
        raise StaleEdit("document", document_id)
    if data.document_type.value != document.document_type:
        in_history = document.replaced_by_id is not None or session.scalar(
            select(func.count()).select_from(Document).where(Document.replaced_by_id == document_id)
        )
        linked = session.scalar(
            select(func.count()).select_from(RequiredPiece).where(RequiredPiece.document_id == document_id)
        )
        if in_history or linked:
            raise FieldErrors(
                {
                    "document_type": InvalidValue(
                        "document_type", data.document_type.value, InvalidValueCode.OUT_OF_RANGE
                    )
                }
            )
    document.document_type = data.document_type.value
    document.title = data.title
    document.valid_from = data.valid_from
    document.valid_until = data.valid_until
    document.notes = data.notes
    session.flush()
    return get(session, document_id)


def usage(session: Session, document_id: int) -> list[str]:
    """Titles of the applications whose checklist points to the piece (each once, by title)."""
    titles = session.scalars(
        select(Application.title)
        .join(RequiredPiece, RequiredPiece.application_id == Application.id)
        .where(RequiredPiece.document_id == document_id)
        .distinct()
        .order_by(Application.title)
    ).all()
    return list(titles)


def delete(session: Session, document_id: int, *, unlink: bool = False) -> None:
    """Delete one version of a piece. Raises InUse("document", id, "required_piece") when a checklist
    points to it, unless `unlink` (those lines then have no document). The history stays whole: the
    version it replaced takes its place. Its bytes go when no other piece shares them."""
    document = _get(session, document_id)
    linked = session.scalars(select(RequiredPiece).where(RequiredPiece.document_id == document_id)).all()
    if linked and not unlink:
        raise InUse("document", document_id, "required_piece")
    for piece in linked:
        piece.document_id = None
    session.execute(
        sql_update(Document)
        .where(Document.replaced_by_id == document_id)
        .values(replaced_by_id=document.replaced_by_id)
        .execution_options(synchronize_session="fetch")
    )
    sha256 = document.blob_sha256
    session.delete(document)
    session.flush()
    others = session.scalar(select(func.count()).select_from(Document).where(Document.blob_sha256 == sha256))
    if not others:
        blob = session.get(Blob, sha256)
        if blob is not None:
            session.delete(blob)
            session.flush()


def content(session: Session, document_id: int) -> DocumentContent:
    found = session.execute(
        select(Document.filename, Document.media_type, Blob.content)
        .join(Blob, Blob.sha256 == Document.blob_sha256)
        .where(Document.id == document_id)
    ).first()
    if found is None:
        raise NotFound("document", document_id)
    filename, media_type, data = found
    return DocumentContent(filename=filename, media_type=media_type, content=bytes(data))


def expiring(session: Session, today: dt.date, days: int = EXPIRING_DAYS) -> list[DocumentRow]:
    return list_current(session, expiring_within=days, today=today)


def checklist_gaps(session: Session, today: dt.date) -> list[ChecklistGap]:
    """Applications being prepared (idea, drafting) whose checklist has a missing or expired piece,
    nearest deadline first (those without one last). The states are those of the checklist itself."""
    preparing = session.execute(
        select(Application.id, Application.title, Application.deadline)
        .where(
            Application.status.in_(PREPARING_STATUSES),
            Application.id.in_(select(RequiredPiece.application_id)),
        )
        .order_by(Application.deadline.is_(None), Application.deadline, Application.title, Application.id)
    ).all()
    gaps = []
    for application_id, title, deadline in preparing:
        checklist = application_repository.pieces(session, application_id, today)
        missing = tuple(piece.document_type for piece in checklist if piece.state == PieceState.MISSING)
        expired = tuple(piece.document_type for piece in checklist if piece.state == PieceState.EXPIRED)
        if missing or expired:
            gaps.append(ChecklistGap(application_id, title, deadline, missing, expired))
    return gaps
