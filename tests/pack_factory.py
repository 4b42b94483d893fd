"""Files and data for the application pack's tests: real PDFs (valid, damaged, encrypted, rotated),
images, and an application with its sections and pieces written straight into the tables."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from io import BytesIO

from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen import canvas

from coopdesk.domain.enums import ApplicationStatus, DocumentType, FunderKind, FunderLevel
from coopdesk.storage.database import Database
from coopdesk.storage.tables import (
    Application,
    ApplicationSection,
    Association,
    Blob,
    BudgetLine,
    Call,
    Document,
    Funder,
    InvestmentLine,
    Project,
    RequiredPiece,
    Volunteer,
)

TODAY = dt.date(2026, 11, 28)


def pdf_file(pages: int = 1, text: str = "Pièce", size: tuple[float, float] = A4) -> bytes:
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size, invariant=True)
    for number in range(pages):
        pdf.drawString(72, 720, f"{text} {number + 1}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def rotated_pdf() -> bytes:
    """A letter-size page turned a quarter (/Rotate 90), as scanners often write them."""
    reader = PdfReader(BytesIO(pdf_file(1, "Tournée", letter)))
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    writer.pages[0].rotate(90)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def damaged_pdf() -> bytes:
    """Starts as a PDF, then nothing a reader can use."""
    return b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"\x00garbage" * 50


def encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.append(PdfReader(BytesIO(pdf_file(1, "Secret"))))
    writer.encrypt("motdepasse", algorithm="AES-256")
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def change_protected_pdf() -> bytes:
    """Encrypted with an empty password to open it (only changes are forbidden), as many certificates."""
    writer = PdfWriter()
    writer.append(PdfReader(BytesIO(pdf_file(2, "Attestation"))))
    writer.encrypt("", owner_password="proprietaire", algorithm="AES-256")
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def png_file(width: int = 400, height: int = 300) -> bytes:
    image = Image.new("RGBA", (width, height), (30, 120, 200, 255))
    for x in range(0, width, 20):
        for y in range(height):
            image.putpixel((x, y), (255, 255, 255, 0))
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_file(width: int = 300, height: int = 500) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (width, height), (200, 80, 40)).save(buffer, format="JPEG")
    return buffer.getvalue()


DOCX = b"PK\x03\x04" + b"\x00" * 100  # stands for an office document


@dataclass(frozen=True)
class PieceSpec:
    document_type: DocumentType
    label: str
    content: bytes | None  # None: no document chosen
    filename: str = "piece.pdf"
    media_type: str = "application/pdf"
    valid_until: dt.date | None = None


DEFAULT_PIECES = (
    PieceSpec(DocumentType.STATUTES, "Statuts", pdf_file(2, "Statuts")),
    PieceSpec(DocumentType.RIB, "RIB", png_file(), "rib.png", "image/png"),
    PieceSpec(DocumentType.BOARD_LIST, "Liste des dirigeants", damaged_pdf(), "dirigeants.pdf"),
    PieceSpec(DocumentType.APPROVED_ACCOUNTS, "Comptes", encrypted_pdf(), "comptes.pdf"),
    PieceSpec(
        DocumentType.ACTIVITY_REPORT,
        "Rapport d'activité",
        DOCX,
        "rapport.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    PieceSpec(
        DocumentType.INSURANCE_CERTIFICATE, "Assurance", rotated_pdf(), valid_until=dt.date(2026, 1, 31)
    ),
    PieceSpec(DocumentType.REPUBLICAN_COMMITMENT, "Contrat d'engagement républicain", None),
)


def seed_application(
    database: Database,
    *,
    pieces: tuple[PieceSpec, ...] = DEFAULT_PIECES,
    sections: tuple[tuple[str, str], ...] = (
        ("Présentation", "L'épicerie « Le Lez » accueille 250 foyers."),
    ),
    with_association: bool = True,
    with_links: bool = True,
    amount_requested_cents: int = 20_000_00,
    charges_cents: int = 0,
    association_charges_cents: int = 0,
    investment_cents: int = 0,
) -> int:
    """An application (with or without funder, call, project, owner) and its sections and pieces;
    with `association_charges_cents`, the association's budget of the year the application finances
    (its deadline's: 2026) has one charge line; with `investment_cents`, the project has a balanced
    plan de financement (an expense, own funds)."""
    with database.session() as session:
        if with_association:
            session.add(
                Association(
                    name="Épicerie solidaire Le Lez",
                    siret="82314697200018",
                    rna="W343009871",
                    street="12 rue des Tanneurs",
                    postal_code="34000",
                    city="Montpellier",
                    email="contact@lelez.example",
                    phone="04 67 00 00 00",
                    legal_representative="Camille Roussel",
                    legal_representative_role="Présidente",
                    volunteers_count=38,
                    employees_count=2,
                    employees_fte="1,5",
                )
            )
        funder = Funder(
            name="DDETS de l'Hérault",
            normalized_name="ddets de l'herault",
            kind=FunderKind.STATE_SERVICE.value,
            level=FunderLevel.DEPARTMENTAL.value,
        )
        session.add(funder)
        session.flush()
        application = Application(
            title="Aide alimentaire 2027",
            status=ApplicationStatus.DRAFTING.value,
            amount_requested_cents=amount_requested_cents,
            deadline=dt.date(2026, 12, 18),
        )
        if with_links:
            call = Call(title="Appel à projets aide alimentaire 2027", funder_id=funder.id)
            project = Project(title="Épicerie solidaire 2027")
            owner = Volunteer(name="Sophie Marchetti", role="Chargée des dossiers")
            session.add_all([call, project, owner])
            session.flush()
            application.funder_id = funder.id
            application.call_id = call.id
            application.project_id = project.id
            application.owner_id = owner.id
            if investment_cents:
                for position, (kind, label) in enumerate(
                    (("expense", "Chambre froide 12 m³"), ("own_funds", "Fonds propres"))
                ):
                    line = InvestmentLine(project_id=project.id, kind=kind, label=label, position=position)
                    line.amount_cents = investment_cents
                    session.add(line)
            if charges_cents:
                session.add(
                    BudgetLine(
                        project_id=project.id, section="charges", account="606", planned_cents=charges_cents
                    )
                )
        session.add(application)
        if association_charges_cents:
            session.add(
                BudgetLine(
                    fiscal_year=2026,
                    section="charges",
                    account="606",
                    planned_cents=association_charges_cents,
                )
            )
        session.flush()
        for position, (title, body) in enumerate(sections):
            session.add(
                ApplicationSection(application_id=application.id, position=position, title=title, body=body)
            )
        blobs: set[str] = set()
        for position, spec in enumerate(pieces):
            document_id = None
            if spec.content is not None:
                digest = hashlib.sha256(spec.content).hexdigest()
                if digest not in blobs:
                    session.add(Blob(sha256=digest, size=len(spec.content), content=spec.content))
                    blobs.add(digest)
                    session.flush()
                document = Document(
                    document_type=spec.document_type.value,
                    title=spec.label,
                    filename=spec.filename,
                    media_type=spec.media_type,
                    blob_sha256=digest,
                    size=len(spec.content),
                    valid_until=spec.valid_until,
                )
                session.add(document)
                session.flush()
                document_id = document.id
            session.add(
                RequiredPiece(
                    application_id=application.id,
                    document_type=spec.document_type.value,
                    label=spec.label,
                    document_id=document_id,
                    position=position,
                )
            )
        session.flush()
        return application.id


def add_grant(
    database: Database, kind: FunderKind, decided_on: dt.date, amount_cents: int, status: ApplicationStatus
) -> int:
    with database.session() as session:
        funder = Funder(
            name=f"Financeur {kind.value}", normalized_name=kind.value, kind=kind.value, level="local"
        )
        session.add(funder)
        session.flush()
        application = Application(
            title=f"Subvention {kind.value} {decided_on.year}",
            status=status.value,
            funder_id=funder.id,
            amount_requested_cents=amount_cents,
            amount_granted_cents=amount_cents,
            submitted_on=decided_on - dt.timedelta(days=60),
            decision_on=decided_on,
        )
        session.add(application)
        session.flush()
        return application.id
