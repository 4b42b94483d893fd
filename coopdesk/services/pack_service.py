"""The printed application pack: its plan (parts and pieces, each piece checked) and the PDF itself.

    plan = registry.pack.plan(application_id)
    plan = plan.with_included(piece_id, False).with_moved(other_id, -1)
    data = registry.pack.build(application_id, plan, progress=lambda done, total: ...)

`build` reads everything in one transaction, then lays the pages out with the database closed; it
checks the files again (they may have changed since the plan) and never fails on a user's file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from coopdesk.domain.budget import build_budget
from coopdesk.domain.investment import build_investment_plan
from coopdesk.domain.pack import (
    FileCheck,
    PackContent,
    PackPart,
    PackPlan,
    PackResult,
    PieceSource,
    PieceStatus,
    PlannedPiece,
    PublicAid,
    missing_information,
    public_aid_window,
)
from coopdesk.reports.pack import render_pack
from coopdesk.reports.pdf_pages import check_file
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import (
    application_repository,
    association_repository,
    budget_repository,
    pack_repository,
)

Progress = Callable[[int, int], None]


def _planned(source: PieceSource, check: FileCheck | None) -> PlannedPiece:
    if source.document_id is None or check is None:
        return PlannedPiece(
            piece_id=source.piece_id,
            document_type=source.document_type,
            label=source.label,
            document_id=None,
            document_title="",
            filename="",
            valid_until=None,
            state=source.state,
            status=PieceStatus.MISSING,
        )
    return PlannedPiece(
        piece_id=source.piece_id,
        document_type=source.document_type,
        label=source.label,
        document_id=source.document_id,
        document_title=source.document_title,
        filename=source.filename,
        valid_until=source.valid_until,
        state=source.state,
        status=check.status,
        kind=check.kind,
        pages=check.pages,
        reason=check.reason,
    )


class PackService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def plan(self, application_id: int, today: dt.date | None = None) -> PackPlan:
        """The parts and the checklist's pieces in order, every piece included and its file checked.
        Raises NotFound."""
        day = today or dt.date.today()
        with self._database.session() as session:
            pieces, _files = self._pieces(session, application_id, day, wanted=None)
            content = self._content(session, application_id, day, pieces)
        return PackPlan(
            application_id,
            tuple(PackPart),
            tuple(pieces),
            content.missing,
            content.unbalanced_budget,
            content.unbalanced_investment_cents,
            content.unbalanced_association_budget,
        )

    def build(
        self,
        application_id: int,
        plan: PackPlan | None = None,
        progress: Progress | None = None,
        *,
        today: dt.date | None = None,
    ) -> bytes:
        """The pack as PDF bytes, with the plan's pieces in its order (all of them without a plan).
        Raises NotFound."""
        return self.make(application_id, plan, progress, today=today).data

    def make(
        self,
        application_id: int,
        plan: PackPlan | None = None,
        progress: Progress | None = None,
        *,
        today: dt.date | None = None,
    ) -> PackResult:
        """`build`, with what the pack holds (the included pieces as checked) and its page count."""
        day = today or dt.date.today()
        with self._database.session() as session:
            pieces, files = self._pieces(session, application_id, day, wanted=plan)
            content = self._content(session, application_id, day, pieces)
        data, pages = render_pack(content, files, progress)
        return PackResult(data, content, pages)

    # -- reading ----------------------------------------------------------------------------------

    @staticmethod
    def _pieces(
        session: Session, application_id: int, today: dt.date, wanted: PackPlan | None
    ) -> tuple[list[PlannedPiece], dict[int, bytes]]:
        application_repository.link_current_documents(session, application_id, today)
        sources = pack_repository.pieces(session, application_id, today)
        if wanted is not None:
            chosen = {piece.piece_id: piece.include for piece in wanted.pieces}
            order = {piece.piece_id: index for index, piece in enumerate(wanted.pieces)}
            sources = [source for source in sources if chosen.get(source.piece_id, True)]
            sources.sort(key=lambda source: order.get(source.piece_id, len(order)))
        contents = pack_repository.blob_contents(
            session, [source.blob_sha256 for source in sources if source.blob_sha256 is not None]
        )
        pieces, files = [], {}
        for source in sources:
            data = contents.get(source.blob_sha256) if source.blob_sha256 else None
            check = None if data is None else check_file(data, source.filename, source.media_type)
            piece = _planned(source, check)
            pieces.append(piece)
            if data is not None and piece.merged:
                files[piece.piece_id] = data
        return pieces, files

    def _content(
        self, session: Session, application_id: int, today: dt.date, pieces: Sequence[PlannedPiece]
    ) -> PackContent:
        application = pack_repository.application(session, application_id)
        association = association_repository.load(session)
        sections = pack_repository.sections(session, application_id)
        month, day = (12, 31)
        if association is not None:
            month, day = association.fiscal_year_end_month, association.fiscal_year_end_day
        first_day, last_day = public_aid_window(today, month, day)
        aid = PublicAid(first_day, last_day, tuple(pack_repository.public_aid(session, first_day, last_day)))
        # The budgets in the same transaction as the rest: the 74 lines match the application printed.
        # A budget with no charge typed (its 74 lines alone, made from the applications) is not one yet.
        budget = investment = association_budget = None
        project_id = None if application.for_operation else application.project_id
        if project_id is not None:
            found = build_budget(budget_repository.project_sources(session, project_id), application_id)
            budget = found if found.has_charges else None
            plan = build_investment_plan(budget_repository.investment_sources(session, project_id))
            investment = None if plan.is_empty else plan
        year = application.budget_year
        if year is not None:
            found = build_budget(budget_repository.association_sources(session, year), application_id)
            association_budget = found if found.has_charges else None
        return PackContent(
            application=application,
            association=association,
            sections=tuple(sections),
            public_aid=aid,
            pieces=tuple(pieces),
            missing=missing_information(
                association,
                application,
                len(sections),
                budget is not None or investment is not None,
                has_association_budget=association_budget is not None,
                investment=investment,
            ),
            made_on=today,
            budget=budget,
            association_budget=association_budget,
            investment=investment,
        )
