"""Applications: the list and its totals, the editor, the life cycle, payments, history and renewal.

Every function works inside the caller's session; the service commits or rolls back the whole. Rules
(validate_application, validate_transition…) are checked by the service before anything is written.
The text filter matches the lower-cased words typed in the title, the project's title and the notes,
and the folded words in the funder's name: on SQLite, lower() only knows ASCII letters, so an accented
capital in a title ("Épicerie") is found by "picerie" or by the funder's name, not by "épicerie".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

import coopdesk.storage.repositories.history_repository  # noqa: F401  (records every change)
from coopdesk.domain import workflow
from coopdesk.domain.applications import (
    WAITING_STATUSES,
    ApplicationFilter,
    ApplicationInput,
    ApplicationListRow,
    ApplicationRow,
    ApplicationTotals,
    DocumentChoice,
    PaymentInput,
    PaymentRow,
    RequiredPieceRow,
    StatusChangeRow,
    TransitionInput,
    YearReport,
    application_year,
    piece_state,
)
from coopdesk.domain.documents import SEVERAL_CURRENT
from coopdesk.domain.enums import (
    ApplicationStatus,
    DocumentType,
    FundingType,
    RequestObject,
    SubmissionPlatform,
)
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode, NotFound, StaleEdit
from coopdesk.domain.text_search import fold
from coopdesk.storage.repositories import association_repository, history_repository
from coopdesk.storage.tables import (
    Application,
    ApplicationSection,
    ApplicationYear,
    Call,
    Document,
    Funder,
    Payment,
    Project,
    RequiredPiece,
    StatusChange,
    TimeEntry,
    Volunteer,
)

S = ApplicationStatus
GRANT_STATUSES = (S.GRANTED, S.PARTIALLY_GRANTED)

_YEAR_DAY = func.coalesce(Application.submitted_on, Application.deadline)


def _paid_subquery() -> Any:
    return (
        select(Payment.application_id, func.sum(Payment.amount_cents).label("paid"))
        .group_by(Payment.application_id)
        .subquery("paid_by_application")
    )


def _paid_of_row() -> Any:
    """The sum of an application's payments, as a correlated scalar subquery."""
    return (
        select(func.coalesce(func.sum(Payment.amount_cents), 0))
        .where(Payment.application_id == Application.id)
        .correlate(Application)
        .scalar_subquery()
    )


# -- reading -------------------------------------------------------------------------------------------


def _joined(query: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    return (
        query.outerjoin(Funder, Funder.id == Application.funder_id)
        .outerjoin(Project, Project.id == Application.project_id)
        .outerjoin(Volunteer, Volunteer.id == Application.owner_id)
    )


def _text_condition(text: str, dialect: str) -> ColumnElement[bool]:
    """Every word typed appears in the title, the project's title, the notes or the funder's name.

    Titles and notes are matched case-insensitively by LIKE on SQLite (ASCII letters only) and ILIKE
    on PostgreSQL; funders through their folded name (accents and case ignored)."""
    conditions = []
    for raw in dict.fromkeys(text.lower().split()):

        def matches(column: Any, word: str = raw) -> ColumnElement[bool]:
            if dialect == "sqlite":
                result: ColumnElement[bool] = column.contains(word, autoescape=True)
            else:
                result = column.icontains(word, autoescape=True)
            return result

        in_texts = [
            matches(Application.title),
            matches(Application.notes),
            Application.project_id.in_(select(Project.id).where(matches(Project.title))),
        ]
        folded = fold(raw)
        if folded:
            in_texts.append(
                Application.funder_id.in_(
                    select(Funder.id).where(Funder.normalized_name.contains(folded, autoescape=True))
                )
            )
        conditions.append(or_(*in_texts))
    return and_(true(), *conditions)


def _where(
    query: Select[*tuple[Any, ...]], chosen: ApplicationFilter, dialect: str
) -> Select[*tuple[Any, ...]]:
    if chosen.statuses:
        query = query.where(Application.status.in_(sorted(status.value for status in chosen.statuses)))
    if chosen.funder_id is not None:
        query = query.where(Application.funder_id == chosen.funder_id)
    if chosen.project_id is not None:
        query = query.where(Application.project_id == chosen.project_id)
    if chosen.owner_id is not None:
        query = query.where(Application.owner_id == chosen.owner_id)
    if chosen.funding_type is not None:
        query = query.where(Application.funding_type == chosen.funding_type.value)
    if chosen.year is not None:
        query = query.where(_YEAR_DAY.between(dt.date(chosen.year, 1, 1), dt.date(chosen.year, 12, 31)))
    if chosen.text.strip():
        query = query.where(_text_condition(chosen.text, dialect))
    return query


def _list_query() -> Select[*tuple[Any, ...]]:
    return _joined(
        select(
            Application.id,
            Application.title,
            Application.status,
            Funder.name,
            Project.title,
            Volunteer.name,
            Application.funding_type,
            Application.amount_requested_cents,
            Application.amount_granted_cents,
            _paid_of_row(),
            Application.deadline,
            Application.submitted_on,
            Application.decision_on,
            Application.report_due_on,
            Application.version,
        )
    )


def _list_rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[ApplicationListRow]:
    return [
        ApplicationListRow(
            id=app_id,
            title=title,
            status=S(status),
            funder_name=funder or "",
            project_title=project or "",
            owner_name=owner or "",
            funding_type=FundingType(funding_type),
            year=application_year(submitted_on, deadline),
            amount_requested_cents=requested,
            amount_granted_cents=granted,
            paid_cents=int(paid or 0),
            deadline=deadline,
            submitted_on=submitted_on,
            decision_on=decision_on,
            report_due_on=report_due_on,
            version=version,
        )
        for (
            app_id,
            title,
            status,
            funder,
            project,
            owner,
            funding_type,
            requested,
            granted,
            paid,
            deadline,
            submitted_on,
            decision_on,
            report_due_on,
            version,
        ) in session.execute(query)
    ]


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


_ORDER = (_YEAR_DAY.is_not(None), _YEAR_DAY.desc(), Application.id.desc())


def list_applications(session: Session, chosen: ApplicationFilter) -> list[ApplicationListRow]:
    """Applications of the filter, latest first (by submission, else deadline; undated ones first, as
    ideas and drafts are what one works on), one page of `limit` from `offset`.

    The page's ids are chosen on the application table alone; names and payments are then read for
    those rows only."""
    page = _where(select(Application.id), chosen, _dialect(session)).order_by(*_ORDER)
    if chosen.offset:
        page = page.offset(chosen.offset)
    if chosen.limit is not None:
        page = page.limit(chosen.limit)
    ids = page.subquery("page")
    query = _list_query().join(ids, ids.c.id == Application.id).order_by(*_ORDER)
    return _list_rows(session, query)


def totals(session: Session, chosen: ApplicationFilter) -> ApplicationTotals:
    """Count and sums of every application of the filter (limit and offset ignored): one query."""
    paid = _paid_subquery()
    query = select(
        func.count(Application.id),
        func.coalesce(func.sum(Application.amount_requested_cents), 0),
        func.coalesce(func.sum(Application.amount_granted_cents), 0),
        func.coalesce(func.sum(paid.c.paid), 0),
    ).outerjoin(paid, paid.c.application_id == Application.id)
    count, requested, granted, paid_total = session.execute(_where(query, chosen, _dialect(session))).one()
    return ApplicationTotals(int(count), int(requested), int(granted), int(paid_total))


def list_by_ids(session: Session, ids: Iterable[int]) -> list[ApplicationListRow]:
    chosen = list(ids)
    if not chosen:
        return []
    return _list_rows(session, _list_query().where(Application.id.in_(chosen)).order_by(Application.id))


def _get(session: Session, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound("application", application_id)
    return application


def _checked(session: Session, application_id: int, expected_version: int) -> Application:
    application = _get(session, application_id)
    if application.version != expected_version:
        raise StaleEdit("application", application_id)
    return application


def get(session: Session, application_id: int) -> ApplicationRow:
    query = _joined(
        select(Application, Funder.name, Project.title, Volunteer.name, Call.title, _paid_of_row())
    ).outerjoin(Call, Call.id == Application.call_id)
    found = session.execute(query.where(Application.id == application_id)).first()
    if found is None:
        raise NotFound("application", application_id)
    app, funder, project, owner, call, paid = found
    refunded = -int(
        session.scalar(
            select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
                Payment.application_id == application_id, Payment.amount_cents < 0
            )
        )
        or 0
    )
    years = session.execute(
        select(ApplicationYear.year, ApplicationYear.amount_cents, ApplicationYear.report_filed_on)
        .where(ApplicationYear.application_id == application_id)
        .order_by(ApplicationYear.year)
    ).all()
    reports: tuple[YearReport, ...] = ()
    if app.multi_year and years:
        month, day = fiscal_year_end(session)
        reports = tuple(
            YearReport(
                year=int(year),
                amount_cents=int(cents),
                due_on=workflow.year_report_due_date(
                    int(year), app.period_end, fiscal_year_end_month=month, fiscal_year_end_day=day
                ),
                filed_on=filed,
            )
            for year, cents, filed in years
        )
    return ApplicationRow(
        id=app.id,
        title=app.title,
        status=S(app.status),
        project_id=app.project_id,
        funder_id=app.funder_id,
        call_id=app.call_id,
        owner_id=app.owner_id,
        previous_id=app.previous_id,
        funding_type=FundingType(app.funding_type),
        multi_year=app.multi_year,
        year_amounts=tuple((int(year), int(cents)) for year, cents, _filed in years),
        year_reports_filed=tuple((int(year), filed) for year, _cents, filed in years if filed is not None),
        year_reports=reports,
        amount_requested_cents=app.amount_requested_cents,
        amount_granted_cents=app.amount_granted_cents,
        period_start=app.period_start,
        period_end=app.period_end,
        letter_of_intent_on=app.letter_of_intent_on,
        deadline=app.deadline,
        submitted_on=app.submitted_on,
        decision_on=app.decision_on,
        report_due_on=app.report_due_on,
        report_filed_on=app.report_filed_on,
        refusal_reason=app.refusal_reason,
        platform=SubmissionPlatform(app.platform) if app.platform else None,
        notes=app.notes,
        version=app.version,
        request_object=RequestObject(app.request_object or RequestObject.PROJECT.value),
        in_kind=bool(app.in_kind),
        funder_name=funder or "",
        project_title=project or "",
        call_title=call or "",
        owner_name=owner or "",
        paid_cents=int(paid or 0),
        refunded_cents=refunded,
    )


# -- saving --------------------------------------------------------------------------------------------


def _check_links(session: Session, data: ApplicationInput) -> None:
    for entity, table, entity_id in (
        ("project", Project, data.project_id),
        ("funder", Funder, data.funder_id),
        ("call", Call, data.call_id),
        ("volunteer", Volunteer, data.owner_id),
    ):
        if entity_id is not None and session.get(table, entity_id) is None:
            raise NotFound(entity, entity_id)


def _apply(session: Session, application: Application, data: ApplicationInput) -> None:
    application.title = data.title
    application.project_id = data.project_id
    application.funder_id = data.funder_id
    application.call_id = data.call_id
    application.owner_id = data.owner_id
    application.funding_type = data.funding_type.value
    application.multi_year = data.multi_year
    application.request_object = data.request_object.value
    application.in_kind = data.in_kind
    application.amount_requested_cents = data.amount_requested_cents
    application.period_start = data.period_start
    application.period_end = data.period_end
    application.letter_of_intent_on = data.letter_of_intent_on
    application.deadline = data.deadline
    application.platform = data.platform.value if data.platform else None
    application.notes = data.notes
    session.flush()
    _set_years(session, application.id, data.year_amounts, dict(data.year_reports_filed))


def _set_years(
    session: Session,
    application_id: int,
    year_amounts: Iterable[tuple[int, int]],
    filed: dict[int, dt.date] | None = None,
) -> None:
    """The amounts per year as given; each year's compte rendu filed on the day given (none: not filed)."""
    for old in session.scalars(
        select(ApplicationYear).where(ApplicationYear.application_id == application_id)
    ):
        session.delete(old)
    session.flush()
    for year, cents in year_amounts:
        session.add(
            ApplicationYear(
                application_id=application_id,
                year=year,
                amount_cents=cents,
                report_filed_on=(filed or {}).get(year),
            )
        )


def _record(
    session: Session,
    application_id: int,
    from_status: S | None,
    to_status: S,
    changed_by: str = "",
    note: str = "",
) -> None:
    session.add(
        StatusChange(
            application_id=application_id,
            from_status=from_status.value if from_status else None,
            to_status=to_status.value,
            changed_by=changed_by or history_repository.actor(session),
            note=note,
        )
    )


def add(session: Session, data: ApplicationInput, changed_by: str = "") -> ApplicationRow:
    """A new application, status idea, with its first line of history (from nothing to idea)."""
    _check_links(session, data)
    application = Application(status=S.IDEA.value)
    session.add(application)
    _apply(session, application, data)
    _record(session, application.id, None, S.IDEA, changed_by)
    session.flush()
    return get(session, application.id)


def update(
    session: Session, application_id: int, expected_version: int, data: ApplicationInput
) -> ApplicationRow:
    application = _checked(session, application_id, expected_version)
    _check_links(session, data)
    _apply(session, application, data)
    session.flush()
    return get(session, application_id)


def fiscal_year_end(session: Session) -> tuple[int, int]:
    """(month, day) of the association's fiscal year end; 31 December before the profile is saved."""
    profile = association_repository.load(session)
    if profile is None:
        return 12, 31
    return profile.fiscal_year_end_month, profile.fiscal_year_end_day


def transition(
    session: Session, application_id: int, expected_version: int, data: TransitionInput
) -> ApplicationRow:
    """Move to `data.target` with the values it records (already validated against the current row),
    and write the line of history, in the caller's transaction. Reaching a grant sets the report due
    date (6 months after the fiscal year holding the funded period's end, or the decision) unless one is
    already recorded."""
    application = _checked(session, application_id, expected_version)
    previous = S(application.status)
    application.status = data.target.value
    application.submitted_on = data.submitted_on
    application.decision_on = data.decision_on
    application.amount_granted_cents = data.amount_granted_cents
    application.refusal_reason = data.refusal_reason
    application.report_filed_on = data.report_filed_on
    if data.target in GRANT_STATUSES and application.report_due_on is None:
        end = application.period_end or data.decision_on
        if end is not None:
            month, day = fiscal_year_end(session)
            application.report_due_on = workflow.report_due_date(
                end, fiscal_year_end_month=month, fiscal_year_end_day=day
            )
    _record(session, application_id, previous, data.target, data.changed_by, data.note)
    session.flush()
    return get(session, application_id)


def set_report_due(
    session: Session, application_id: int, expected_version: int, due_on: dt.date | None
) -> ApplicationRow:
    application = _checked(session, application_id, expected_version)
    application.report_due_on = due_on
    session.flush()
    return get(session, application_id)


def delete(session: Session, application_id: int) -> None:
    """Delete an application with its payments, years, history, sections and checklist; a renewal of it
    loses its link (previous_id), budget lines keep theirs as empty. Its time entries are kept, attached
    to its funder and call instead: time spent is never lost."""
    application = _get(session, application_id)
    session.execute(
        sql_update(TimeEntry)
        .where(TimeEntry.application_id == application_id)
        .values(
            application_id=None,
            funder_id=application.funder_id,
            call_id=application.call_id,
            version=TimeEntry.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    session.delete(application)
    session.flush()


def history(session: Session, application_id: int) -> list[StatusChangeRow]:
    _get(session, application_id)
    rows = session.execute(
        select(
            StatusChange.from_status,
            StatusChange.to_status,
            StatusChange.changed_at,
            StatusChange.changed_by,
            StatusChange.note,
        )
        .where(StatusChange.application_id == application_id)
        .order_by(StatusChange.changed_at, StatusChange.id)
    )
    return [
        StatusChangeRow(
            from_status=S(from_status) if from_status else None,
            to_status=S(to_status),
            changed_at=changed_at if changed_at.tzinfo else changed_at.replace(tzinfo=dt.UTC),
            changed_by=changed_by or "",
            note=note or "",
        )
        for from_status, to_status, changed_at, changed_by, note in rows
    ]


# -- payments ------------------------------------------------------------------------------------------


def _payment_row(payment: Payment) -> PaymentRow:
    return PaymentRow(
        id=payment.id,
        application_id=payment.application_id,
        received_on=payment.received_on,
        amount_cents=payment.amount_cents,
        reference=payment.reference,
        version=payment.version,
    )


def payments(session: Session, application_id: int) -> list[PaymentRow]:
    _get(session, application_id)
    query = (
        select(Payment)
        .where(Payment.application_id == application_id)
        .order_by(Payment.received_on, Payment.id)
    )
    return [_payment_row(payment) for payment in session.scalars(query)]


def paid_total(session: Session, application_id: int, *, without: int | None = None) -> int:
    """The sum of an application's payments (leaving out payment `without`)."""
    query = select(func.coalesce(func.sum(Payment.amount_cents), 0)).where(
        Payment.application_id == application_id
    )
    if without is not None:
        query = query.where(Payment.id != without)
    return int(session.scalar(query) or 0)


def granted_of(session: Session, application_id: int) -> int | None:
    return _get(session, application_id).amount_granted_cents


def add_payment(session: Session, application_id: int, data: PaymentInput) -> PaymentRow:
    _get(session, application_id)
    payment = Payment(
        application_id=application_id,
        received_on=data.received_on,
        amount_cents=data.amount_cents,
        reference=data.reference,
    )
    session.add(payment)
    session.flush()
    return _payment_row(payment)


def _payment(session: Session, payment_id: int) -> Payment:
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise NotFound("payment", payment_id)
    return payment


def payment_application(session: Session, payment_id: int) -> int:
    return _payment(session, payment_id).application_id


def update_payment(
    session: Session, payment_id: int, expected_version: int, data: PaymentInput
) -> PaymentRow:
    payment = _payment(session, payment_id)
    if payment.version != expected_version:
        raise StaleEdit("payment", payment_id)
    payment.received_on = data.received_on
    payment.amount_cents = data.amount_cents
    payment.reference = data.reference
    session.flush()
    return _payment_row(payment)


def delete_payment(session: Session, payment_id: int) -> None:
    session.delete(_payment(session, payment_id))
    session.flush()


# -- required pieces (the checklist) -------------------------------------------------------------------


def pieces(session: Session, application_id: int, today: dt.date) -> list[RequiredPieceRow]:
    """The application's checklist in its order, each piece with its document and its state. The
    pieces of an application being prepared that have no document yet are first linked to the current
    document of their type when there is exactly one (see link_current_documents)."""
    application = _get(session, application_id)
    deadline = application.deadline
    link_current_documents(session, application_id, today)
    query = (
        select(RequiredPiece, Document.title, Document.valid_until, Document.replaced_by_id)
        .outerjoin(Document, Document.id == RequiredPiece.document_id)
        .where(RequiredPiece.application_id == application_id)
        .order_by(RequiredPiece.position, RequiredPiece.id)
    )
    rows = []
    for piece, title, valid_until, replaced_by in session.execute(query).all():
        if replaced_by is not None and application.status in _FOLLOWING_CURRENT:
            rows.append(get_piece(session, piece.id, today))  # follows the newer version
        else:
            rows.append(_piece_row(piece, title, valid_until, deadline, today))
    return rows


# A checklist of an application still being prepared follows the current version of each piece (a
# new RIB replaces the old one there too); a submitted one keeps the version that was sent.
_FOLLOWING_CURRENT = (S.IDEA.value, S.DRAFTING.value)


def _follow_current_version(session: Session, piece: RequiredPiece, status: str) -> None:
    """Point a piece of an application being prepared from a replaced document to its current version."""
    if piece.document_id is None or status not in _FOLLOWING_CURRENT:
        return
    document = session.get(Document, piece.document_id)
    seen: set[int] = set()
    while document is not None and document.replaced_by_id is not None and document.id not in seen:
        seen.add(document.id)
        document = session.get(Document, document.replaced_by_id)
    if document is not None and document.id != piece.document_id:
        piece.document_id = document.id
        session.flush()


def _piece_row(
    piece: RequiredPiece,
    title: str | None,
    valid_until: dt.date | None,
    deadline: dt.date | None,
    today: dt.date,
) -> RequiredPieceRow:
    linked = piece.document_id is not None
    return RequiredPieceRow(
        id=piece.id,
        document_type=DocumentType(piece.document_type),
        label=piece.label,
        document_id=piece.document_id,
        document_title=(title or "") if linked else "",
        valid_until=valid_until if linked else None,
        state=piece_state(piece.document_id, valid_until if linked else None, deadline, today),
        version=piece.version,
    )


def _piece(session: Session, piece_id: int) -> RequiredPiece:
    piece = session.get(RequiredPiece, piece_id)
    if piece is None:
        raise NotFound("required_piece", piece_id)
    return piece


def get_piece(session: Session, piece_id: int, today: dt.date) -> RequiredPieceRow:
    found = _piece(session, piece_id)
    application = _get(session, found.application_id)
    deadline = application.deadline
    _follow_current_version(session, found, application.status)
    document = session.get(Document, found.document_id) if found.document_id is not None else None
    return _piece_row(
        found,
        document.title if document else None,
        document.valid_until if document else None,
        deadline,
        today,
    )


def _current_documents(document_type: DocumentType) -> Select[Document]:
    return select(Document).where(
        Document.document_type == document_type.value, Document.replaced_by_id.is_(None)
    )


def _only_current_document(session: Session, document_type: DocumentType, today: dt.date) -> int | None:
    """The document a piece of that type points to without asking: the only current (not replaced)
    document of the type that has not expired on `today`. None when there is none or several (the user
    chooses), and always for "other" (an "other" document may be anything)."""
    if document_type in SEVERAL_CURRENT:
        return None
    query = _current_documents(document_type).where(
        or_(Document.valid_until.is_(None), Document.valid_until >= today)
    )
    current = session.scalars(query.limit(2)).all()
    return current[0].id if len(current) == 1 else None


def link_current_documents(session: Session, application_id: int, today: dt.date) -> None:
    """Point each piece without a document of an application being prepared (idea, drafting) to the
    only current, unexpired document of its type (see _only_current_document). A submitted checklist
    is left as it was sent."""
    status = session.scalar(select(Application.status).where(Application.id == application_id))
    if status not in _FOLLOWING_CURRENT:
        return
    unlinked = session.scalars(
        select(RequiredPiece).where(
            RequiredPiece.application_id == application_id,
            RequiredPiece.document_id.is_(None),
            RequiredPiece.document_type != DocumentType.OTHER.value,
        )
    ).all()
    found: dict[str, int | None] = {}
    changed = False
    for piece in unlinked:
        if piece.document_type not in found:
            found[piece.document_type] = _only_current_document(
                session, DocumentType(piece.document_type), today
            )
        document_id = found[piece.document_type]
        if document_id is not None:
            piece.document_id = document_id
            changed = True
    if changed:
        session.flush()


def add_piece(
    session: Session, application_id: int, document_type: DocumentType, label: str, today: dt.date
) -> RequiredPieceRow:
    """A piece at the end of the checklist, pointing to the only current, unexpired document of its
    type when there is one (none otherwise, and never for "other": the user chooses)."""
    _get(session, application_id)
    last = session.scalar(
        select(func.max(RequiredPiece.position)).where(RequiredPiece.application_id == application_id)
    )
    new = RequiredPiece(
        application_id=application_id,
        document_type=document_type.value,
        label=label,
        document_id=_only_current_document(session, document_type, today),
        position=0 if last is None else int(last) + 1,
    )
    session.add(new)
    session.flush()
    return get_piece(session, new.id, today)


def link_piece(
    session: Session, piece_id: int, expected_version: int, document_id: int | None, today: dt.date
) -> RequiredPieceRow:
    """Point the piece to a document of its type (None: no document yet). FieldErrors on
    "document_id" for a document of another type."""
    found = _piece(session, piece_id)
    if found.version != expected_version:
        raise StaleEdit("required_piece", piece_id)
    if document_id is not None:
        document = session.get(Document, document_id)
        if document is None:
            raise NotFound("document", document_id)
        if document.document_type != found.document_type:
            raise FieldErrors(
                {"document_id": InvalidValue("document_id", document.title, InvalidValueCode.OUT_OF_RANGE)}
            )
    found.document_id = document_id
    session.flush()
    return get_piece(session, piece_id, today)


def remove_piece(session: Session, piece_id: int) -> None:
    session.delete(_piece(session, piece_id))
    session.flush()


def documents_of_type(session: Session, document_type: DocumentType) -> list[DocumentChoice]:
    """The documents of that type: current ones first (not replaced), newest end of validity first
    (none given counts as newest), then by title."""
    query = (
        select(Document.id, Document.title, Document.valid_until)
        .where(Document.document_type == document_type.value)
        .order_by(
            Document.replaced_by_id.is_not(None),
            Document.valid_until.is_(None).desc(),
            Document.valid_until.desc(),
            Document.title,
            Document.id,
        )
    )
    return [
        DocumentChoice(id=doc_id, title=title, document_type=document_type, valid_until=valid_until)
        for doc_id, title, valid_until in session.execute(query)
    ]


# -- renewal -------------------------------------------------------------------------------------------


def _next_year(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    shifted: dt.date = day + relativedelta(years=1)
    return shifted


def renew(session: Session, application_id: int, changed_by: str = "") -> ApplicationRow:
    """A copy of the application for the next period: status idea, linked to it by previous_id; the
    funded period, the letter of intent, the deadline and the yearly amounts one year later; the
    amount requested, the sections and the checklist copied. Decision, payments and report are not."""
    old = _get(session, application_id)
    new = Application(
        title=old.title,
        project_id=old.project_id,
        funder_id=old.funder_id,
        call_id=old.call_id,
        owner_id=old.owner_id,
        previous_id=old.id,
        status=S.IDEA.value,
        funding_type=old.funding_type,
        request_object=old.request_object,
        in_kind=old.in_kind,
        multi_year=old.multi_year,
        amount_requested_cents=old.amount_requested_cents,
        period_start=_next_year(old.period_start),
        period_end=_next_year(old.period_end),
        letter_of_intent_on=_next_year(old.letter_of_intent_on),
        deadline=_next_year(old.deadline),
        platform=old.platform,
        notes=old.notes,
    )
    session.add(new)
    session.flush()
    years = session.execute(
        select(ApplicationYear.year, ApplicationYear.amount_cents).where(
            ApplicationYear.application_id == application_id
        )
    ).all()
    _set_years(session, new.id, [(year + 1, cents) for year, cents in years])
    for section in session.scalars(
        select(ApplicationSection)
        .where(ApplicationSection.application_id == application_id)
        .order_by(ApplicationSection.position, ApplicationSection.id)
    ).all():
        session.add(
            ApplicationSection(
                application_id=new.id,
                position=section.position,
                title=section.title,
                body=section.body,
                char_limit=section.char_limit,
                text_block_id=section.text_block_id,
                text_block_version=section.text_block_version,
            )
        )
    for piece in session.scalars(
        select(RequiredPiece)
        .where(RequiredPiece.application_id == application_id)
        .order_by(RequiredPiece.position, RequiredPiece.id)
    ).all():
        session.add(
            RequiredPiece(
                application_id=new.id,
                document_type=piece.document_type,
                label=piece.label,
                document_id=piece.document_id,
                position=piece.position,
            )
        )
    _record(session, new.id, None, S.IDEA, changed_by, note="")
    session.flush()
    return get(session, new.id)


# -- dashboard -----------------------------------------------------------------------------------------


def _waiting(today: dt.date, waiting_days: int) -> ColumnElement[bool]:
    limit_day = today - dt.timedelta(days=waiting_days)
    return and_(
        Application.status.in_(sorted(status.value for status in WAITING_STATUSES)),
        Application.submitted_on < limit_day,
    )


def waiting_for_decision(session: Session, today: dt.date, waiting_days: int) -> list[ApplicationListRow]:
    """Submitted or under review applications submitted more than `waiting_days` ago, oldest first."""
    ids = select(Application.id).where(_waiting(today, waiting_days)).subquery("waiting")
    query = (
        _list_query().join(ids, ids.c.id == Application.id).order_by(Application.submitted_on, Application.id)
    )
    return _list_rows(session, query)


def count_waiting_for_decision(session: Session, today: dt.date, waiting_days: int) -> int:
    return int(session.scalar(select(func.count()).where(_waiting(today, waiting_days))) or 0)


def refusal_reasons(session: Session, year: int) -> list[tuple[str, int]]:
    """(reason, count) of the refusals decided in `year`, most frequent first; "" = none given.
    Refusals archived since (closed with a reason recorded) count too."""
    reason = func.coalesce(Application.refusal_reason, "")
    query = (
        select(reason, func.count())
        .where(
            Application.status.in_([S.REFUSED.value, S.CLOSED.value]),
            Application.refusal_reason.is_not(None),
            Application.decision_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
        )
        .group_by(reason)
        .order_by(func.count().desc(), reason)
    )
    return [(str(text), int(count)) for text, count in session.execute(query)]
