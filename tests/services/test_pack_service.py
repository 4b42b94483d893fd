"""The application pack from the database: the plan, every bad input, the public aid rule, a strict check
of the PDF produced."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from coopdesk.domain.applications import PieceState
from coopdesk.domain.enums import ApplicationStatus, DocumentType, FunderKind
from coopdesk.domain.errors import NotFound
from coopdesk.domain.pack import FileKind, MissingItem, PackPart, PieceStatus, UnreadableReason
from coopdesk.services.pack_service import PackService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Association, Blob, Document, Payment
from tests.pack_factory import TODAY, PieceSpec, add_grant, pdf_file, seed_application

S = ApplicationStatus


@pytest.fixture
def service(database: Database) -> PackService:
    return PackService(database)


def _text(data: bytes) -> list[str]:
    reader = PdfReader(BytesIO(data), strict=True)
    return [page.extract_text() for page in reader.pages]


def test_plan_checks_every_piece(database: Database, service: PackService) -> None:
    application_id = seed_application(database)
    plan = service.plan(application_id, TODAY)
    by_label = {piece.label: piece for piece in plan.pieces}
    assert next(piece.label for piece in plan.pieces) == "Statuts"
    assert (by_label["Statuts"].status, by_label["Statuts"].kind, by_label["Statuts"].pages) == (
        PieceStatus.READABLE,
        FileKind.PDF,
        2,
    )
    assert (by_label["RIB"].status, by_label["RIB"].kind, by_label["RIB"].pages) == (
        PieceStatus.READABLE,
        FileKind.IMAGE,
        1,
    )
    assert by_label["Liste des dirigeants"].status is PieceStatus.UNREADABLE
    assert by_label["Liste des dirigeants"].reason is UnreadableReason.DAMAGED
    assert by_label["Comptes"].status is PieceStatus.UNREADABLE
    assert by_label["Comptes"].reason is UnreadableReason.ENCRYPTED
    assert by_label["Rapport d'activité"].status is PieceStatus.OTHER
    assert by_label["Assurance"].state is PieceState.EXPIRED
    assert by_label["Contrat d'engagement républicain"].status is PieceStatus.MISSING
    assert all(piece.include for piece in plan.pieces)
    assert plan.parts == tuple(PackPart)  # what needs attention is never printed for the funder


def test_planning_links_a_piece_to_the_only_current_document_of_its_type(
    database: Database, service: PackService
) -> None:
    pieces = (
        PieceSpec(DocumentType.STATUTES, "Statuts", pdf_file(1, "Statuts")),
        PieceSpec(DocumentType.ACTIVITY_REPORT, "Rapport d'activité", None),
        PieceSpec(DocumentType.GENERAL_MEETING_MINUTES, "Procès-verbal d'AG", None),
        PieceSpec(DocumentType.OTHER, "Attestation URSSAF", None),
    )
    application_id = seed_application(database, pieces=pieces)
    with database.session() as session:  # stored after the checklist was written
        for document_type, title in (
            (DocumentType.ACTIVITY_REPORT, "Rapport d'activité 2025"),
            (DocumentType.GENERAL_MEETING_MINUTES, "PV de l'AG 2026"),
            (DocumentType.OTHER, "Attestation URSSAF 2026"),
        ):
            content = pdf_file(1, title)
            digest = hashlib.sha256(content).hexdigest()
            session.add(Blob(sha256=digest, size=len(content), content=content))
            session.flush()
            session.add(
                Document(
                    document_type=document_type.value,
                    title=title,
                    filename="piece.pdf",
                    media_type="application/pdf",
                    blob_sha256=digest,
                    size=len(content),
                )
            )
    plan = service.plan(application_id, TODAY)
    by_label = {piece.label: piece for piece in plan.pieces}
    assert by_label["Rapport d'activité"].document_title == "Rapport d'activité 2025"
    assert by_label["Rapport d'activité"].status is PieceStatus.READABLE
    assert by_label["Procès-verbal d'AG"].document_title == "PV de l'AG 2026"
    assert by_label["Attestation URSSAF"].status is PieceStatus.MISSING  # "other": the user chooses


def test_pack_is_built_despite_bad_pieces_and_is_a_valid_pdf(
    database: Database, service: PackService, tmp_path: Path
) -> None:
    application_id = seed_application(database)
    steps: list[tuple[int, int]] = []
    result = service.make(application_id, None, lambda done, total: steps.append((done, total)), today=TODAY)
    reader = PdfReader(BytesIO(result.data), strict=True)
    assert len(reader.pages) == result.pages
    texts = [page.extract_text() for page in reader.pages]
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} / {total}" in text  # generated and merged pages alike
    everything = "\n".join(texts)
    assert "Informations manquantes" not in everything  # the checklist is not for the funder
    assert "PDF protégé par un mot de passe" in everything
    assert "PDF endommagé ou non valide" in everything
    assert "fournie séparément (rapport.docx)" in everything
    assert "expirée le 31/01/2026" in everything
    assert "choisissez le document" not in everything
    assert "non fournie" in everything  # the missing piece in the list of pieces
    assert "Statuts 1" in everything
    assert "Statuts 2" in everything
    assert steps[-1][0] == steps[-1][1]
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Sommaire" in titles
    assert "Pièces jointes" in titles
    # A strict checker, when installed, agrees.
    if shutil.which("qpdf"):
        path = tmp_path / "pack.pdf"
        path.write_bytes(result.data)
        completed = subprocess.run(
            ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False
        )
        assert completed.returncode == 0, completed.stdout + completed.stderr


def test_plan_order_and_left_out_pieces_are_followed(database: Database, service: PackService) -> None:
    pieces = (
        PieceSpec(DocumentType.STATUTES, "Premier", pdf_file(1, "UN")),
        PieceSpec(DocumentType.RIB, "Deuxième", pdf_file(1, "DEUX")),
        PieceSpec(DocumentType.OTHER, "Troisième", pdf_file(1, "TROIS")),
    )
    application_id = seed_application(database, pieces=pieces)
    plan = service.plan(application_id, TODAY)
    first, second, third = (piece.piece_id for piece in plan.pieces)
    plan = plan.with_moved(third, -5).with_included(second, False)
    assert [piece.piece_id for piece in plan.pieces] == [third, first, second]
    texts = _text(service.build(application_id, plan, today=TODAY))
    assert "TROIS 1" in texts[-2]
    assert "UN 1" in texts[-1]
    assert "DEUX" not in "\n".join(texts)
    assert "Deuxième" not in "\n".join(texts)


def test_missing_identity_and_links_are_listed_not_printed_blank(
    database: Database, service: PackService
) -> None:
    application_id = seed_application(
        database, pieces=(), sections=(), with_association=False, with_links=False, amount_requested_cents=0
    )
    result = service.make(application_id, today=TODAY)
    assert result.content.missing[:1] == (MissingItem.ASSOCIATION_PROFILE,)
    for item in (MissingItem.FUNDER, MissingItem.PROJECT, MissingItem.PERSON_IN_CHARGE):
        assert item in result.content.missing
    assert MissingItem.CALL not in result.content.missing  # a spontaneous application lacks nothing
    texts = _text(result.data)
    assert "Sommaire" in texts[1]  # the contents follow the cover: no checklist page
    everything = "\n".join(texts)
    assert "Informations manquantes" not in everything
    assert "Paramètres" not in everything
    assert "Identité de l'association non renseignée." in everything


def test_missing_fields_of_a_saved_profile(database: Database, service: PackService) -> None:
    application_id = seed_application(database, pieces=())
    with database.session() as session:
        association = session.scalars(select(Association)).one()
        association.siret = ""
        association.legal_representative = ""
    content = service.make(application_id, today=TODAY).content
    assert MissingItem.SIRET in content.missing
    assert MissingItem.LEGAL_REPRESENTATIVE in content.missing
    assert MissingItem.RNA not in content.missing


def _paid(database: Database, application_id: int, *payments: tuple[dt.date, int]) -> None:
    with database.session() as session:
        for received_on, amount in payments:
            session.add(Payment(application_id=application_id, received_on=received_on, amount_cents=amount))


def test_public_aid_is_what_was_received_in_the_last_three_fiscal_years(
    database: Database, service: PackService
) -> None:
    application_id = seed_application(database, pieces=())
    region = add_grant(database, FunderKind.REGION, dt.date(2023, 12, 1), 10_000_00, S.CLOSED)
    _paid(database, region, (dt.date(2023, 12, 20), 6_000_00), (dt.date(2024, 3, 1), 4_000_00))  # 1st too old
    caf = add_grant(database, FunderKind.CAF, dt.date(2026, 6, 1), 5_000_00, S.PAID)
    _paid(database, caf, (dt.date(2026, 7, 1), 5_000_00))
    # A multi-year convention paid year after year: each payment counts in its own year.
    town = add_grant(database, FunderKind.MUNICIPALITY, dt.date(2025, 1, 15), 9_000_00, S.GRANTED)
    _paid(database, town, (dt.date(2025, 2, 1), 3_000_00), (dt.date(2026, 2, 1), 3_000_00))
    # Granted but not paid yet (a 2027-2029 convention at 24 000 €): nothing received, nothing counted.
    add_grant(database, FunderKind.DEPARTMENT, dt.date(2026, 10, 1), 24_000_00, S.GRANTED)
    foundation = add_grant(database, FunderKind.FOUNDATION, dt.date(2026, 2, 1), 9_000_00, S.PAID)  # private
    _paid(database, foundation, (dt.date(2026, 3, 1), 9_000_00))
    result = service.make(application_id, today=TODAY)
    aid = result.content.public_aid
    assert (aid.first_day, aid.last_day) == (dt.date(2024, 1, 1), dt.date(2026, 12, 31))
    assert [(line.application_id, line.received_on, line.amount_cents) for line in aid.lines] == [
        (region, dt.date(2024, 3, 1), 4_000_00),
        (town, dt.date(2025, 2, 1), 3_000_00),
        (town, dt.date(2026, 2, 1), 3_000_00),
        (caf, dt.date(2026, 7, 1), 5_000_00),
    ]
    assert aid.total_cents == 15_000_00
    assert not aid.above_threshold
    text = " ".join("\n".join(_text(result.data)).split())
    assert "Aides publiques perçues du 01/01/2024 au 31/12/2026" in text
    assert "a perçu, au cours des trois derniers exercices" in text
    assert "Versement" in text
    assert "24 000" not in text.replace("\u202f", " ").replace("\xa0", " ")


def test_unknown_application(service: PackService) -> None:
    with pytest.raises(NotFound):
        service.plan(999)
    with pytest.raises(NotFound):
        service.build(999)


def test_an_unbalanced_budget_is_shown(database: Database, service: PackService) -> None:
    application_id = seed_application(database, pieces=(), charges_cents=50_000_00)
    result = service.make(application_id, today=TODAY)
    assert result.content.budget is not None
    assert MissingItem.BUDGET not in result.content.missing
    everything = " ".join("\n".join(_text(result.data)).split())
    assert "Le budget est déséquilibré : les charges dépassent les produits" in everything
    # The checklist names it too: a funder turns an unbalanced CERFA budget down.
    balance = result.content.unbalanced_budget
    assert balance is not None
    assert balance.difference_cents == 30_000_00  # 50 000 € of charges, 20 000 € asked
    plan = service.plan(application_id, TODAY)
    assert plan.unbalanced_budget == balance


def test_a_balanced_budget_needs_nothing(database: Database, service: PackService) -> None:
    application_id = seed_application(database, pieces=(), charges_cents=20_000_00)  # = amount asked
    plan = service.plan(application_id, TODAY)
    assert plan.unbalanced_budget is None
    assert service.make(application_id, today=TODAY).content.unbalanced_budget is None


def test_no_budget_is_said(database: Database, service: PackService) -> None:
    application_id = seed_application(database, pieces=())
    result = service.make(application_id, today=TODAY)
    assert MissingItem.BUDGET in result.content.missing
    assert "Aucun budget n'est saisi" in "\n".join(_text(result.data))


def test_no_project_is_said_in_the_budget_part(database: Database, service: PackService) -> None:
    application_id = seed_application(database, pieces=(), with_links=False)
    result = service.make(application_id, today=TODAY)
    text = "\n".join(_text(result.data))
    assert "rattaché à aucun projet : pas de budget" in text
    assert "Aucun budget n'est saisi pour le projet" not in text
