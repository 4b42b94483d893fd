"""What the application pack reads: the application with its names, its sections, its pieces with
their documents and files, and the public aid granted over a period (see coopdesk.domain.pack)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.applications import piece_state
from coopdesk.domain.enums import (
    ApplicationStatus,
    DocumentType,
    FunderKind,
    FundingType,
    InvestmentLineKind,
    RequestObject,
)
from coopdesk.domain.errors import NotFound
from coopdesk.domain.pack import (
    PUBLIC_FUNDER_KINDS,
    PackApplication,
    PackSection,
    PieceSource,
    PublicAidLine,
)
from coopdesk.storage.tables import (
    Application,
    ApplicationSection,
    ApplicationYear,
    Blob,
    Call,
    Document,
    Funder,
    InvestmentLine,
    Payment,
    Project,
    RequiredPiece,
    Volunteer,
)


def application(session: Session, application_id: int) -> PackApplication:
    found = session.execute(
        select(Application, Funder, Call, Project, Volunteer)
        .outerjoin(Funder, Funder.id == Application.funder_id)
        .outerjoin(Call, Call.id == Application.call_id)
        .outerjoin(Project, Project.id == Application.project_id)
        .outerjoin(Volunteer, Volunteer.id == Application.owner_id)
        .where(Application.id == application_id)
    ).first()
    if found is None:
        raise NotFound("application", application_id)
    app, funder, call, project, owner = found
    years = session.execute(
        select(ApplicationYear.year, ApplicationYear.amount_cents)
        .where(ApplicationYear.application_id == application_id)
        .order_by(ApplicationYear.year)
    ).all()
    return PackApplication(
        id=app.id,
        title=app.title,
        status=ApplicationStatus(app.status),
        funder_name=funder.name if funder else "",
        funder_service=funder.service if funder else "",
        funder_kind=FunderKind(funder.kind) if funder else None,
        call_title=call.title if call else "",
        call_reference=call.reference if call else "",
        project_title=project.title if project else "",
        project_description=project.description if project else "",
        project_starts_on=project.starts_on if project else None,
        project_ends_on=project.ends_on if project else None,
        project_id=app.project_id,
        funding_type=FundingType(app.funding_type),
        request_object=RequestObject(app.request_object or RequestObject.PROJECT.value),
        in_kind=bool(app.in_kind),
        multi_year=bool(app.multi_year),
        submitted_on=app.submitted_on,
        amount_requested_cents=app.amount_requested_cents or 0,
        year_amounts=tuple((int(year), int(cents)) for year, cents in years),
        period_start=app.period_start,
        period_end=app.period_end,
        deadline=app.deadline,
        owner_name=owner.name if owner else "",
        owner_role=owner.role if owner else "",
        owner_email=owner.email if owner else "",
        owner_phone=owner.phone if owner else "",
    )


def sections(session: Session, application_id: int) -> list[PackSection]:
    """The sections attached to the application, in their order."""
    query = (
        select(ApplicationSection.title, ApplicationSection.body, ApplicationSection.char_limit)
        .where(ApplicationSection.application_id == application_id)
        .order_by(ApplicationSection.position, ApplicationSection.id)
    )
    return [PackSection(title, body or "", limit) for title, body, limit in session.execute(query)]


def pieces(session: Session, application_id: int, today: dt.date) -> list[PieceSource]:
    """The checklist in its order, each piece with its document (if any) and its state on `today`;
    for a project request, then the quotes of its plan de financement not already in the checklist
    (piece id: minus the plan line's id)."""
    found = session.execute(
        select(Application.deadline, Application.project_id, Application.request_object).where(
            Application.id == application_id
        )
    ).first()
    deadline = found[0] if found else None
    query = (
        select(RequiredPiece, Document)
        .outerjoin(Document, Document.id == RequiredPiece.document_id)
        .where(RequiredPiece.application_id == application_id)
        .order_by(RequiredPiece.position, RequiredPiece.id)
    )
    result = []
    for piece, document in session.execute(query):
        valid_until = document.valid_until if document else None
        result.append(
            PieceSource(
                piece_id=piece.id,
                document_type=DocumentType(piece.document_type),
                label=piece.label,
                document_id=document.id if document else None,
                document_title=document.title if document else "",
                filename=document.filename if document else "",
                media_type=document.media_type if document else "",
                blob_sha256=document.blob_sha256 if document else None,
                valid_until=valid_until,
                state=piece_state(document.id if document else None, valid_until, deadline, today),
            )
        )
    if found is not None and found[1] is not None and found[2] != RequestObject.OPERATION.value:
        result += _quotes(session, found[1], deadline, today, {item.document_id for item in result})
    return result


def _quotes(
    session: Session, project_id: int, deadline: dt.date | None, today: dt.date, listed: set[int | None]
) -> list[PieceSource]:
    """The quotes of the project's investment expenses, in the plan's order, each document once."""
    query = (
        select(InvestmentLine, Document)
        .join(Document, Document.id == InvestmentLine.document_id)
        .where(
            InvestmentLine.project_id == project_id,
            InvestmentLine.kind == InvestmentLineKind.EXPENSE.value,
        )
        .order_by(InvestmentLine.position, InvestmentLine.id)
    )
    result = []
    for line, document in session.execute(query):
        if document.id in listed:
            continue
        listed.add(document.id)
        result.append(
            PieceSource(
                piece_id=-line.id,
                document_type=DocumentType.QUOTE,
                label=f"Devis — {line.label}",
                document_id=document.id,
                document_title=document.title,
                filename=document.filename,
                media_type=document.media_type,
                blob_sha256=document.blob_sha256,
                valid_until=document.valid_until,
                state=piece_state(document.id, document.valid_until, deadline, today),
            )
        )
    return result


def blob_contents(session: Session, digests: Iterable[str]) -> dict[str, bytes]:
    """The stored files of these SHA-256 digests (one query)."""
    wanted = list(dict.fromkeys(digests))
    if not wanted:
        return {}
    rows = session.execute(select(Blob.sha256, Blob.content).where(Blob.sha256.in_(wanted)))
    return {digest: bytes(content) for digest, content in rows}


def public_aid(session: Session, first_day: dt.date, last_day: dt.date) -> list[PublicAidLine]:
    """Payments received from public funders between the two days, whichever application they belong
    to (see coopdesk.domain.pack), oldest first: what was granted but not paid does not count, a
    refund to the funder (a negative payment) is taken off."""
    query = (
        select(Application.id, Application.title, Funder.name, Payment.received_on, Payment.amount_cents)
        .join(Application, Application.id == Payment.application_id)
        .join(Funder, Funder.id == Application.funder_id)
        .where(
            Funder.kind.in_([kind.value for kind in PUBLIC_FUNDER_KINDS]),
            Payment.received_on >= first_day,
            Payment.received_on <= last_day,
        )
        .order_by(Payment.received_on, Application.id, Payment.id)
    )
    return [
        PublicAidLine(app_id, title, funder, received_on, int(amount))
        for app_id, title, funder, received_on, amount in session.execute(query)
    ]
