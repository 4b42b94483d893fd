"""The association's permanent file of pieces: add a file (checked, hashed as it is read), list, history,
metadata, copies out, deletion. See coopdesk.domain.documents for the rules."""

from __future__ import annotations

import builtins
import datetime as dt
import errno
import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from coopdesk.domain.documents import (
    EXPIRING_DAYS,
    HASH_CHUNK,
    ChecklistGap,
    DocumentContent,
    DocumentInput,
    DocumentRow,
    FileProblem,
    FileProblemCode,
    clean_filename,
    media_type_of,
    validate_document,
)
from coopdesk.domain.enums import DocumentType
from coopdesk.services.shared_settings_service import DOCUMENT_SIZE_LIMIT_MB, SharedSettingsService
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import document_repository

MEGABYTE = 1024 * 1024

Progress = Callable[[int, int], None]  # (bytes read, total bytes)


class DocumentService:
    def __init__(self, database: Database, shared_settings: SharedSettingsService) -> None:
        self._database = database
        self._settings = shared_settings

    # -- reading ------------------------------------------------------------------------------------

    def list(self) -> builtins.list[DocumentRow]:
        """The current pieces (the newest version of each), by type then title."""
        with self._database.session() as session:
            return document_repository.list_current(session)

    def expiring(self, today: dt.date, days: int = EXPIRING_DAYS) -> builtins.list[DocumentRow]:
        """The current pieces whose validity ends within `days` of today, the expired ones included."""
        with self._database.session() as session:
            return document_repository.expiring(session, today, days)

    def get(self, document_id: int) -> DocumentRow:
        with self._database.session() as session:
            return document_repository.get(session, document_id)

    def history(self, document_id: int) -> builtins.list[DocumentRow]:
        """Every version of that piece, newest first."""
        with self._database.session() as session:
            return document_repository.history(session, document_id)

    def current_of_type(self, document_type: DocumentType) -> builtins.list[DocumentRow]:
        """The current pieces of that type, the newest first: what a new file of that type replaces."""
        with self._database.session() as session:
            return document_repository.current_of_type(session, document_type)

    def content(self, document_id: int) -> DocumentContent:
        with self._database.session() as session:
            return document_repository.content(session, document_id)

    def usage(self, document_id: int) -> builtins.list[str]:
        """Titles of the applications whose checklist points to this piece."""
        with self._database.session() as session:
            return document_repository.usage(session, document_id)

    def checklist_gaps(self, today: dt.date) -> builtins.list[ChecklistGap]:
        """Applications being prepared whose checklist lacks a piece or holds an expired one."""
        with self._database.session() as session:
            return document_repository.checklist_gaps(session, today)

    def size_limit(self) -> int:
        """The largest file accepted, in bytes."""
        return self._settings.get_int(DOCUMENT_SIZE_LIMIT_MB) * MEGABYTE

    # -- adding -------------------------------------------------------------------------------------

    def read_file(self, path: Path, progress: Progress | None = None) -> tuple[str, int, bytes]:
        """(sha256, size, bytes) of the file at `path`, checked by stat before reading and hashed as it
        is read. Raises FileProblem (missing, directory, not a file, unreadable, empty, too large)."""
        limit = self.size_limit()
        shown = str(path)
        try:
            info = path.stat()
        except FileNotFoundError as error:
            raise FileProblem(shown, FileProblemCode.MISSING) from error
        except OSError as error:
            raise FileProblem(shown, FileProblemCode.UNREADABLE, detail=_reason(error)) from error
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem(shown, FileProblemCode.DIRECTORY)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(shown, FileProblemCode.NOT_A_FILE)
        if info.st_size > limit:
            raise FileProblem(shown, FileProblemCode.TOO_LARGE, size=info.st_size, limit=limit)
        if info.st_size == 0:
            raise FileProblem(shown, FileProblemCode.EMPTY)
        digest = hashlib.sha256()
        chunks: builtins.list[bytes] = []
        read = 0
        try:
            with path.open("rb") as file:
                while chunk := file.read(HASH_CHUNK):
                    read += len(chunk)
                    if read > limit:  # it grew since stat
                        raise FileProblem(shown, FileProblemCode.TOO_LARGE, size=read, limit=limit)
                    digest.update(chunk)
                    chunks.append(chunk)
                    if progress is not None:
                        progress(read, max(info.st_size, read))
        except FileNotFoundError as error:
            raise FileProblem(shown, FileProblemCode.MISSING) from error
        except IsADirectoryError as error:
            raise FileProblem(shown, FileProblemCode.DIRECTORY) from error
        except OSError as error:
            raise FileProblem(shown, FileProblemCode.UNREADABLE, detail=_reason(error)) from error
        if read == 0:
            raise FileProblem(shown, FileProblemCode.EMPTY)
        return digest.hexdigest(), read, b"".join(chunks)

    def add_file(
        self,
        path: Path,
        data: DocumentInput,
        *,
        replaces_id: int | None = None,
        added_by: str = "",
        filename: str | None = None,
        progress: Progress | None = None,
    ) -> DocumentRow:
        """Add the file at `path` as a piece (its name kept exactly, accents and emoji included).
        Validates first (FieldErrors), then reads (FileProblem); nothing is saved on any error."""
        clean = validate_document(data)
        sha256, size, content = self.read_file(path, progress)
        return self._add(clean, filename or path.name, sha256, size, content, replaces_id, added_by)

    def add_bytes(
        self,
        filename: str,
        content: bytes,
        data: DocumentInput,
        *,
        replaces_id: int | None = None,
        added_by: str = "",
    ) -> DocumentRow:
        """Add bytes already in memory as a piece (same rules as add_file)."""
        clean = validate_document(data)
        if not content:
            raise FileProblem(filename, FileProblemCode.EMPTY)
        limit = self.size_limit()
        if len(content) > limit:
            raise FileProblem(filename, FileProblemCode.TOO_LARGE, size=len(content), limit=limit)
        sha256 = hashlib.sha256(content).hexdigest()
        return self._add(clean, filename, sha256, len(content), content, replaces_id, added_by)

    def _add(
        self,
        data: DocumentInput,
        filename: str,
        sha256: str,
        size: int,
        content: bytes,
        replaces_id: int | None,
        added_by: str,
    ) -> DocumentRow:
        name = clean_filename(filename)
        with self._database.session() as session:
            return document_repository.add(
                session,
                data,
                filename=name,
                media_type=media_type_of(name),
                sha256=sha256,
                size=size,
                content=None if document_repository.blob_exists(session, sha256) else content,
                added_by=added_by,
                replaces_id=replaces_id,
            )

    # -- changing -----------------------------------------------------------------------------------

    def update(self, document_id: int, expected_version: int, data: DocumentInput) -> DocumentRow:
        """Raises FieldErrors, StaleEdit or NotFound: then nothing changed."""
        clean = validate_document(data)
        with self._database.session() as session:
            return document_repository.update(session, document_id, expected_version, clean)

    def delete(self, document_id: int, *, unlink: bool = False) -> None:
        """Raises InUse when a checklist points to the piece and `unlink` is False."""
        with self._database.session() as session:
            document_repository.delete(session, document_id, unlink=unlink)


def _reason(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission"
    return error.strerror or os.strerror(error.errno or 0) or str(error)
