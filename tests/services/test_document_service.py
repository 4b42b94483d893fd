"""The permanent file of pieces: adding files (and every bad file), history, checklists, deletion."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coopdesk.domain.applications import ApplicationInput, PieceState
from coopdesk.domain.documents import DocumentInput, FileProblem, FileProblemCode
from coopdesk.domain.enums import ApplicationStatus, DocumentType
from coopdesk.domain.errors import FieldErrors, InUse, NotFound, StaleEdit
from coopdesk.services.application_service import ApplicationService
from coopdesk.services.document_service import DocumentService
from coopdesk.services.shared_settings_service import DOCUMENT_SIZE_LIMIT_MB, SharedSettingsService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Application, Blob

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def service(database: Database) -> DocumentService:
    return DocumentService(database, SharedSettingsService(database))


def rib(title: str = "RIB Banque du Lez", **changes: object) -> DocumentInput:
    values: dict[str, object] = {"document_type": DocumentType.RIB, "title": title}
    values.update(changes)
    return DocumentInput(**values)  # type: ignore[arg-type]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_add_file_keeps_name_bytes_and_hash(service: DocumentService, tmp_path: Path) -> None:
    data = b"%PDF-1.4 rib" * 1000
    name = "RIB – coopérative 🍅.pdf"
    row = service.add_file(write(tmp_path, name, data), rib(valid_until=dt.date(2027, 1, 31)))
    assert row.filename == name
    assert row.size == len(data)
    assert row.sha256 == hashlib.sha256(data).hexdigest()
    assert row.media_type == "application/pdf"
    assert row.valid_until == dt.date(2027, 1, 31)
    content = service.content(row.id)
    assert (content.filename, content.content) == (name, data)
    assert [listed.id for listed in service.list()] == [row.id]


def test_same_bytes_are_stored_once(service: DocumentService, database: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "statuts.pdf", b"same bytes")
    first = service.add_file(path, DocumentInput(DocumentType.STATUTES, "Statuts"))
    second = service.add_file(path, DocumentInput(DocumentType.OTHER, "Copie des statuts"))
    assert first.sha256 == second.sha256
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
    service.delete(first.id)
    assert service.content(second.id).content == b"same bytes"  # still shared
    service.delete(second.id)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0


def test_a_new_version_replaces_the_old_one_and_keeps_it_in_history(
    service: DocumentService, tmp_path: Path
) -> None:
    old = service.add_file(write(tmp_path, "rib-ancien.pdf", b"old"), rib("Ancien RIB"))
    new = service.add_file(write(tmp_path, "rib.pdf", b"new"), rib("Nouveau RIB"), replaces_id=old.id)
    assert [row.id for row in service.list()] == [new.id]
    assert service.list()[0].older_versions == 1
    history = service.history(old.id)
    assert [row.id for row in history] == [new.id, old.id]
    assert history[0].replaces_id == old.id
    assert history[1].replaced_by_id == new.id
    assert service.current_of_type(DocumentType.RIB)[0].id == new.id
    # Deleting the current version brings the older one back.
    service.delete(new.id)
    assert [row.id for row in service.list()] == [old.id]
    assert service.get(old.id).is_current


def test_replacing_with_another_type_or_a_replaced_piece_is_refused(
    service: DocumentService, tmp_path: Path
) -> None:
    old = service.add_file(write(tmp_path, "a.pdf", b"a"), rib())
    service.add_file(write(tmp_path, "b.pdf", b"b"), rib(), replaces_id=old.id)
    with pytest.raises(FieldErrors) as refused:
        service.add_file(write(tmp_path, "c.pdf", b"c"), rib(), replaces_id=old.id)
    assert set(refused.value.errors) == {"replaces_id"}
    statutes = service.add_file(write(tmp_path, "s.pdf", b"s"), DocumentInput(DocumentType.STATUTES, "S"))
    with pytest.raises(FieldErrors):
        service.add_file(write(tmp_path, "d.pdf", b"d"), rib(), replaces_id=statutes.id)
    with pytest.raises(NotFound):
        service.add_file(write(tmp_path, "e.pdf", b"e"), rib(), replaces_id=9999)
    assert len(service.list()) == 2


# -- bad input -----------------------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    service: DocumentService, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SharedSettingsService(database).set_int(DOCUMENT_SIZE_LIMIT_MB, 1)
    path = tmp_path / "gros.pdf"
    with path.open("wb") as file:
        file.truncate(1024 * 1024 + 1)  # sparse: nothing written

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", never)
    with pytest.raises(FileProblem) as refused:
        service.add_file(path, rib())
    assert refused.value.code == FileProblemCode.TOO_LARGE
    assert refused.value.limit == 1024 * 1024
    assert refused.value.size == 1024 * 1024 + 1
    assert service.list() == []


def test_missing_directory_empty_files_are_refused(service: DocumentService, tmp_path: Path) -> None:
    cases = {
        tmp_path / "disparu.pdf": FileProblemCode.MISSING,
        tmp_path: FileProblemCode.DIRECTORY,
        write(tmp_path, "vide.pdf", b""): FileProblemCode.EMPTY,
    }
    for path, code in cases.items():
        with pytest.raises(FileProblem) as refused:
            service.add_file(path, rib())
        assert refused.value.code == code
    assert service.list() == []


def test_a_file_that_vanishes_between_stat_and_read(
    service: DocumentService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "rib.pdf", b"x")
    real_open = Path.open

    def vanishing(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            self.unlink()
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", vanishing)
    with pytest.raises(FileProblem) as refused:
        service.add_file(path, rib())
    assert refused.value.code == FileProblemCode.MISSING


def test_an_unreadable_file_is_refused(
    service: DocumentService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "secret.pdf", b"x")

    def refused_open(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refused_open)  # chmod 0 means nothing to root
    with pytest.raises(FileProblem) as refused:
        service.add_file(path, rib())
    assert refused.value.code == FileProblemCode.UNREADABLE
    assert refused.value.detail == "permission"


def test_metadata_is_validated(service: DocumentService, tmp_path: Path) -> None:
    path = write(tmp_path, "rib.pdf", b"x")
    with pytest.raises(FieldErrors) as refused:
        service.add_file(path, rib("  ", valid_from=dt.date(2026, 5, 1), valid_until=dt.date(2026, 4, 30)))
    assert set(refused.value.errors) == {"title", "valid_until"}
    with pytest.raises(FileProblem):
        service.add_bytes("vide.pdf", b"", rib())
    assert service.list() == []


def test_edit_metadata_with_optimistic_locking(service: DocumentService, tmp_path: Path) -> None:
    row = service.add_file(write(tmp_path, "rib.pdf", b"x"), rib())
    changed = service.update(row.id, row.version, rib("RIB à jour", valid_until=dt.date(2030, 1, 1)))
    assert (changed.title, changed.valid_until) == ("RIB à jour", dt.date(2030, 1, 1))
    with pytest.raises(StaleEdit):
        service.update(row.id, row.version, rib("Trop tard"))
    with pytest.raises(FieldErrors):
        service.update(
            row.id, changed.version, rib(valid_from=dt.date(2030, 1, 2), valid_until=dt.date(2030, 1, 1))
        )


def test_expiring_lists_expired_and_soon_expiring_current_pieces(
    service: DocumentService, tmp_path: Path
) -> None:
    expired = service.add_bytes("a.pdf", b"a", rib("Expiré", valid_until=TODAY - dt.timedelta(days=1)))
    soon = service.add_bytes("b.pdf", b"b", rib("Bientôt", valid_until=TODAY + dt.timedelta(days=60)))
    service.add_bytes("c.pdf", b"c", rib("Plus tard", valid_until=TODAY + dt.timedelta(days=61)))
    service.add_bytes("d.pdf", b"d", rib("Sans fin"))
    assert {row.id for row in service.expiring(TODAY)} == {expired.id, soon.id}


# -- checklists ----------------------------------------------------------------------------------------


def _application(database: Database, status: ApplicationStatus) -> int:
    applications = ApplicationService(database)
    row = applications.create(ApplicationInput(title=f"Dossier {status.value}"))
    with database.session() as session:
        found = session.get(Application, row.id)
        assert found is not None
        found.status = status.value
    return row.id


def test_checklists_being_prepared_follow_the_new_version(
    service: DocumentService, database: Database
) -> None:
    applications = ApplicationService(database)
    old = service.add_bytes("rib-old.pdf", b"old", rib("Ancien", valid_until=TODAY - dt.timedelta(days=3)))
    drafting = _application(database, ApplicationStatus.DRAFTING)
    submitted = _application(database, ApplicationStatus.SUBMITTED)
    # An expired document is never chosen for the user: the checklist points to it by hand.
    draft_piece = applications.add_piece(drafting, DocumentType.RIB, today=TODAY)
    sent_piece = applications.add_piece(submitted, DocumentType.RIB, today=TODAY)
    assert (draft_piece.document_id, sent_piece.document_id) == (None, None)
    draft_piece = applications.link_piece(draft_piece.id, draft_piece.version, old.id, today=TODAY)
    sent_piece = applications.link_piece(sent_piece.id, sent_piece.version, old.id, today=TODAY)
    assert draft_piece.document_id == old.id
    assert draft_piece.state == PieceState.EXPIRED
    new = service.add_bytes("rib.pdf", b"new", rib("Nouveau"), replaces_id=old.id)
    [draft_now] = applications.pieces(drafting, TODAY)
    assert (draft_now.document_id, draft_now.state) == (new.id, PieceState.PROVIDED)
    [sent_now] = applications.pieces(submitted, TODAY)
    assert sent_now.document_id == old.id  # what was sent
    assert sent_piece.id == sent_now.id


def test_a_renewed_checklist_follows_the_current_version(
    service: DocumentService, database: Database
) -> None:
    applications = ApplicationService(database)
    old = service.add_bytes("rib-old.pdf", b"old", rib("Ancien"))
    submitted = _application(database, ApplicationStatus.SUBMITTED)
    applications.add_piece(submitted, DocumentType.RIB, today=TODAY)
    new = service.add_bytes("rib.pdf", b"new", rib("Nouveau"), replaces_id=old.id)
    renewed = applications.renew(submitted)
    [piece] = applications.pieces(renewed.id, TODAY)
    assert piece.document_id == new.id


def test_deleting_a_piece_a_checklist_uses_needs_confirmation(
    service: DocumentService, database: Database
) -> None:
    applications = ApplicationService(database)
    row = service.add_bytes("rib.pdf", b"x", rib())
    application_id = _application(database, ApplicationStatus.DRAFTING)
    applications.add_piece(application_id, DocumentType.RIB, today=TODAY)
    assert service.usage(row.id) == ["Dossier drafting"]
    with pytest.raises(InUse):
        service.delete(row.id)
    assert service.get(row.id).id == row.id
    service.delete(row.id, unlink=True)
    [piece] = applications.pieces(application_id, TODAY)
    assert (piece.document_id, piece.state) == (None, PieceState.MISSING)
    with pytest.raises(NotFound):
        service.get(row.id)


def test_a_piece_with_history_or_in_a_checklist_keeps_its_type(
    service: DocumentService, database: Database
) -> None:
    old = service.add_bytes("a.pdf", b"a", rib())
    new = service.add_bytes("b.pdf", b"b", rib(), replaces_id=old.id)
    with pytest.raises(FieldErrors) as refused:
        service.update(new.id, new.version, DocumentInput(DocumentType.STATUTES, "Statuts"))
    assert set(refused.value.errors) == {"document_type"}
    alone = service.add_bytes("c.pdf", b"c", rib())
    moved = service.update(alone.id, alone.version, DocumentInput(DocumentType.STATUTES, "Statuts"))
    assert moved.document_type == DocumentType.STATUTES


def test_checklist_gaps_name_the_applications_being_prepared_that_lack_pieces(
    service: DocumentService, database: Database
) -> None:
    applications = ApplicationService(database)
    expired = service.add_bytes("rib.pdf", b"rib", rib(valid_until=TODAY - dt.timedelta(days=1)))
    drafting = _application(database, ApplicationStatus.DRAFTING)
    submitted = _application(database, ApplicationStatus.SUBMITTED)
    for application_id in (drafting, submitted):
        piece = applications.add_piece(application_id, DocumentType.RIB, today=TODAY)
        applications.link_piece(piece.id, piece.version, expired.id, today=TODAY)  # the expired RIB, by hand
        applications.add_piece(application_id, DocumentType.STATUTES, today=TODAY)
    [gap] = service.checklist_gaps(TODAY)
    assert (gap.application_id, gap.title) == (drafting, "Dossier drafting")
    assert gap.missing == (DocumentType.STATUTES,)
    assert gap.expired == (DocumentType.RIB,)
    # Statutes stored afterwards: the checklist being prepared takes them as it is read.
    statutes = service.add_bytes("statuts.pdf", b"s", DocumentInput(DocumentType.STATUTES, "Statuts"))
    [gap] = service.checklist_gaps(TODAY)
    assert gap.missing == ()
    [piece] = [p for p in applications.pieces(drafting, TODAY) if p.document_type == DocumentType.STATUTES]
    assert piece.document_id == statutes.id


def test_deleting_a_middle_version_keeps_the_history_whole(service: DocumentService) -> None:
    first = service.add_bytes("2024.pdf", b"1", rib("2024"))
    second = service.add_bytes("2025.pdf", b"2", rib("2025"), replaces_id=first.id)
    third = service.add_bytes("2026.pdf", b"3", rib("2026"), replaces_id=second.id)
    assert [row.id for row in service.history(first.id)] == [third.id, second.id, first.id]
    service.delete(second.id)
    assert [row.id for row in service.history(first.id)] == [third.id, first.id]
    assert service.get(first.id).replaced_by_id == third.id
    assert service.list()[0].older_versions == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_blocking(service: DocumentService, tmp_path: Path) -> None:
    pipe = tmp_path / "tuyau.pdf"
    os.mkfifo(pipe)
    with pytest.raises(FileProblem) as refused:
        service.add_file(pipe, rib())
    assert refused.value.code == FileProblemCode.NOT_A_FILE
