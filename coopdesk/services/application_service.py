"""Applications from idea to final report: the list and its totals, the editor, the life cycle,
payments, history and renewal. Every use case is one transaction: an error leaves nothing half-saved."""

from __future__ import annotations

import builtins
import datetime as dt

from sqlalchemy.orm import Session

from coopdesk.domain.applications import (
    ApplicationFilter,
    ApplicationInput,
    ApplicationListRow,
    ApplicationRow,
    ApplicationTotals,
    DocumentChoice,
    PaymentAboveGrant,
    PaymentInput,
    PaymentRow,
    RequiredPieceRow,
    StatusChangeRow,
    TransitionInput,
    check_years_add_up,
    validate_application,
    validate_payment,
    validate_piece_label,
    validate_report_due,
    validate_transition,
)
from coopdesk.domain.enums import DocumentType
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode, StaleEdit
from coopdesk.storage.database import Database
from coopdesk.storage.repositories import application_repository


class ApplicationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self, application_filter: ApplicationFilter | None = None) -> list[ApplicationListRow]:
        """One page of the filter's applications, latest first (see application_repository)."""
        with self._database.session() as session:
            return application_repository.list_applications(
                session, application_filter or ApplicationFilter()
            )

    def totals(self, application_filter: ApplicationFilter | None = None) -> ApplicationTotals:
        """Count, requested, granted and paid of every application of the filter (pages ignored)."""
        with self._database.session() as session:
            return application_repository.totals(session, application_filter or ApplicationFilter())

    def get(self, application_id: int) -> ApplicationRow:
        with self._database.session() as session:
            return application_repository.get(session, application_id)

    def create(self, data: ApplicationInput, changed_by: str = "") -> ApplicationRow:
        """A new application at the idea stage. Raises FieldErrors or NotFound (nothing saved)."""
        clean = validate_application(data)
        with self._database.session() as session:
            return application_repository.add(session, clean, changed_by)

    def update(self, application_id: int, expected_version: int, data: ApplicationInput) -> ApplicationRow:
        """Save the editor's fields. Raises FieldErrors, NotFound or StaleEdit (nothing saved); a
        funded period ending after the recorded report due date is refused on "report_due_on"."""
        clean = validate_application(data)
        with self._database.session() as session:
            current = application_repository.get(session, application_id)
            validate_report_due(clean.period_end, current.report_due_on)
            check_years_add_up(
                clean.multi_year, clean.year_amounts, current.amount_granted_cents, "year_amounts"
            )
            return application_repository.update(session, application_id, expected_version, clean)

    def transition(self, application_id: int, expected_version: int, data: TransitionInput) -> ApplicationRow:
        """Move the application along its life cycle, writing the line of history in the same
        transaction. Raises ForbiddenTransition, FieldErrors or StaleEdit: then nothing changed."""
        with self._database.session() as session:
            current = application_repository.get(session, application_id)
            if current.version != expected_version:
                raise StaleEdit("application", application_id)
            clean = validate_transition(current, data)
            if clean.amount_granted_cents != current.amount_granted_cents:
                check_years_add_up(
                    current.multi_year,
                    current.year_amounts,
                    clean.amount_granted_cents,
                    "amount_granted_cents",
                )
            return application_repository.transition(session, application_id, expected_version, clean)

    def set_report_due(
        self, application_id: int, expected_version: int, due_on: dt.date | None
    ) -> ApplicationRow:
        """Record the report due date a funder set (None clears it): never before the funded period ends."""
        with self._database.session() as session:
            current = application_repository.get(session, application_id)
            validate_report_due(current.period_end, due_on)
            return application_repository.set_report_due(session, application_id, expected_version, due_on)

    def delete(self, application_id: int) -> None:
        """Delete the application with its payments, history, sections and checklist."""
        with self._database.session() as session:
            application_repository.delete(session, application_id)

    def history(self, application_id: int) -> builtins.list[StatusChangeRow]:
        """Every status the application went through, oldest first."""
        with self._database.session() as session:
            return application_repository.history(session, application_id)

    def renew(self, application_id: int, changed_by: str = "") -> ApplicationRow:
        """Start next year's application from this one (see application_repository.renew)."""
        with self._database.session() as session:
            return application_repository.renew(session, application_id, changed_by)

    # -- payments ----------------------------------------------------------------------------------

    def payments(self, application_id: int) -> builtins.list[PaymentRow]:
        with self._database.session() as session:
            return application_repository.payments(session, application_id)

    def add_payment(
        self, application_id: int, data: PaymentInput, *, confirm_over_granted: bool = False
    ) -> PaymentRow:
        """Record money received. Payments adding up to more than the amount granted (or any payment
        without a grant) raise PaymentAboveGrant unless `confirm_over_granted`."""
        clean = validate_payment(data)
        with self._database.session() as session:
            self._check_total(session, application_id, clean.amount_cents, None, confirm_over_granted)
            return application_repository.add_payment(session, application_id, clean)

    def update_payment(
        self,
        payment_id: int,
        expected_version: int,
        data: PaymentInput,
        *,
        confirm_over_granted: bool = False,
    ) -> PaymentRow:
        clean = validate_payment(data)
        with self._database.session() as session:
            application_id = application_repository.payment_application(session, payment_id)
            self._check_total(session, application_id, clean.amount_cents, payment_id, confirm_over_granted)
            return application_repository.update_payment(session, payment_id, expected_version, clean)

    def delete_payment(self, payment_id: int) -> None:
        with self._database.session() as session:
            application_repository.delete_payment(session, payment_id)

    # -- required pieces (the checklist) -----------------------------------------------------------

    def pieces(self, application_id: int, today: dt.date | None = None) -> builtins.list[RequiredPieceRow]:
        """The checklist in its order, each piece with its state on `today` (see piece_state)."""
        with self._database.session() as session:
            return application_repository.pieces(session, application_id, today or dt.date.today())

    def add_piece(
        self,
        application_id: int,
        document_type: DocumentType,
        label: str = "",
        *,
        today: dt.date | None = None,
    ) -> RequiredPieceRow:
        """A piece at the end of the checklist, linked to the current document of its type when there
        is exactly one. Raises FieldErrors on "label" (too long) or NotFound."""
        clean = validate_piece_label(label)
        with self._database.session() as session:
            return application_repository.add_piece(
                session, application_id, document_type, clean, today or dt.date.today()
            )

    def link_piece(
        self,
        piece_id: int,
        expected_version: int,
        document_id: int | None,
        *,
        today: dt.date | None = None,
    ) -> RequiredPieceRow:
        """Choose the piece's document (None: none yet). Raises FieldErrors on "document_id" for a
        document of another type, NotFound or StaleEdit: then nothing changed."""
        with self._database.session() as session:
            return application_repository.link_piece(
                session, piece_id, expected_version, document_id, today or dt.date.today()
            )

    def remove_piece(self, piece_id: int) -> None:
        with self._database.session() as session:
            application_repository.remove_piece(session, piece_id)

    def documents_of_type(self, document_type: DocumentType) -> builtins.list[DocumentChoice]:
        """The documents a piece of that type can point to, current ones first."""
        with self._database.session() as session:
            return application_repository.documents_of_type(session, document_type)

    @staticmethod
    def _check_total(
        session: Session, application_id: int, amount: int, replaced: int | None, confirmed: bool
    ) -> None:
        granted = application_repository.granted_of(session, application_id) or 0
        total_after = application_repository.paid_total(session, application_id, without=replaced) + amount
        if total_after < 0:
            # a refund (« reversement ») gives back part of what was received, never more
            raise FieldErrors(
                {"amount_cents": InvalidValue("refund", str(amount), InvalidValueCode.TOO_LARGE)}
            )
        if amount < 0:
            return
        if total_after > granted and not confirmed:
            raise PaymentAboveGrant(application_id, granted, total_after)
