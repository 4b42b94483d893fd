"""The whole data model as typed SQLAlchemy 2 mapped classes.

Money is stored as integer cents (BIGINT), dates as DATE, instants as UTC timestamps.
Enums are stored as their string values (no native enum types, so that migrations stay simple on
SQLite and PostgreSQL). Every table a user edits carries a `version` column: SQLAlchemy refuses an
UPDATE whose version no longer matches, so a concurrent edit is caught, never silently overwritten.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Optimistic concurrency: the version is checked and bumped by every ORM UPDATE."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, default=utc_now, onupdate=utc_now
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


# --- The association -------------------------------------------------------------------------------


class Association(Versioned, Base):
    """The association's profile: one row."""

    __tablename__ = "association"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    acronym: Mapped[str] = mapped_column(String(50), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    rna: Mapped[str] = mapped_column(String(10), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    legal_representative: Mapped[str] = mapped_column(String(200), default="")
    legal_representative_role: Mapped[str] = mapped_column(String(100), default="")
    treasurer: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    fiscal_year_end_month: Mapped[int] = mapped_column(Integer, default=12)
    fiscal_year_end_day: Mapped[int] = mapped_column(Integer, default=31)
    volunteers_count: Mapped[int] = mapped_column(Integer, default=0)
    employees_count: Mapped[int] = mapped_column(Integer, default=0)
    employees_fte: Mapped[str] = mapped_column(String(10), default="")  # "2,5" ETP as typed
    accreditations: Mapped[str] = mapped_column(Text, default="")  # habilitation aide alimentaire…

    __table_args__ = (
        CheckConstraint("fiscal_year_end_month BETWEEN 1 AND 12", name="fiscal_month"),
        CheckConstraint("fiscal_year_end_day BETWEEN 1 AND 31", name="fiscal_day"),
    )


class Volunteer(Versioned, Base):
    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --- Funders, contacts, exchanges, calls ---------------------------------------------------------


class Funder(Versioned, Base):
    __tablename__ = "funder"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    normalized_name: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)  # FunderKind
    level: Mapped[str] = mapped_column(String(20), nullable=False)  # FunderLevel
    service: Mapped[str] = mapped_column(String(200), default="")  # direction, service
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    platform: Mapped[str | None] = mapped_column(String(30))  # SubmissionPlatform
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)  # no longer funds: kept as history
    # fold() of the name, the service, and the names and topics of its contacts (former ones included):
    # what search-as-you-type looks into. Kept up to date by funder_repository and contact_repository.
    search_text: Mapped[str] = mapped_column(Text, default="")

    # Deleting a funder deletes its contacts (and their topics) in the database itself.
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="funder", cascade="all, delete-orphan", passive_deletes=True
    )


class Contact(Versioned, Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    funder_id: Mapped[int] = mapped_column(ForeignKey("funder.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    normalized_name: Mapped[str] = mapped_column(String(200), default="", index=True)  # fold(name)
    role: Mapped[str] = mapped_column(String(200), default="")
    service: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # False: left, kept as history
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # fold() of name, role, service, topics

    funder: Mapped[Funder] = relationship(back_populates="contacts")
    topics: Mapped[list[ContactTopic]] = relationship(cascade="all, delete-orphan")


class ContactTopic(Base):
    """A topic a contact handles ("aide alimentaire", "PAT", "insertion"): the "qui fait quoi"."""

    __tablename__ = "contact_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(100), nullable=False, index=True)

    __table_args__ = (UniqueConstraint("contact_id", "topic"),)


class Interaction(Versioned, Base):
    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    funder_id: Mapped[int] = mapped_column(ForeignKey("funder.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id", ondelete="SET NULL"), index=True)
    occurred_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # InteractionKind
    participants: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)


class Call(Versioned, Base):
    """A call for projects or a standing scheme (dispositif)."""

    __tablename__ = "call"

    id: Mapped[int] = mapped_column(primary_key=True)
    funder_id: Mapped[int | None] = mapped_column(ForeignKey("funder.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    reference: Mapped[str] = mapped_column(String(100), default="")
    url: Mapped[str] = mapped_column(String(500), default="")
    opens_on: Mapped[dt.date | None] = mapped_column(Date)
    predeposit_on: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    amount_min_cents: Mapped[int | None] = mapped_column(BigInteger)
    amount_max_cents: Mapped[int | None] = mapped_column(BigInteger)
    rate_min_percent: Mapped[int | None] = mapped_column(Integer)
    rate_max_percent: Mapped[int | None] = mapped_column(Integer)
    funding_type: Mapped[str] = mapped_column(String(20), default="operating")  # FundingType
    multi_year: Mapped[bool] = mapped_column(Boolean, default=False)
    eligibility: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    recurrence: Mapped[str] = mapped_column(String(20), default="oneoff")  # Recurrence
    # Aides-territoires imports: matched again by id, then slug.
    source_id: Mapped[str | None] = mapped_column(String(50), index=True)
    source_slug: Mapped[str | None] = mapped_column(String(300), index=True)
    source_updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    search_text: Mapped[str] = mapped_column(Text, default="")  # fold() of title, reference, texts


# --- Projects and budgets ------------------------------------------------------------------------


class Project(Versioned, Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id", ondelete="SET NULL"), index=True)


class BudgetLine(Versioned, Base):
    """One line of a CERFA 12156 budget: a project's (project_id set) or the association's (null).

    Amounts are whole euros stored as cents. `actual_cents` feeds the compte rendu financier (15059).
    A line with `funder_id` is a "74" line overriding what the project's applications say.
    """

    __tablename__ = "budget_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    fiscal_year: Mapped[int | None] = mapped_column(Integer)  # for the association's budget
    section: Mapped[str] = mapped_column(String(20), nullable=False)  # BudgetSection
    account: Mapped[str] = mapped_column(String(10), nullable=False)  # "606", "613", "74", "864"…
    label: Mapped[str] = mapped_column(String(300), default="")
    funder_id: Mapped[int | None] = mapped_column(ForeignKey("funder.id", ondelete="SET NULL"), index=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL"), index=True
    )
    planned_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    actual_cents: Mapped[int | None] = mapped_column(BigInteger)
    gap_explanation: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


# --- Applications --------------------------------------------------------------------------------


class InvestmentLine(Versioned, Base):
    """A line of an investment project's plan de financement: an expense (an item, with its quote as a
    document) or a resource (a subsidy through its application, own funds, a loan)."""

    __tablename__ = "investment_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # InvestmentLineKind
    label: Mapped[str] = mapped_column(String(300), default="")
    amount_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), index=True
    )
    acquired: Mapped[bool] = mapped_column(Boolean, default=False)  # for a resource without application
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("amount_cents >= 0", name="amount_positive"),)


class Application(Versioned, Base):
    """One request to one funder for one project."""

    __tablename__ = "application"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="SET NULL"), index=True)
    funder_id: Mapped[int | None] = mapped_column(ForeignKey("funder.id", ondelete="SET NULL"), index=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("call.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("volunteer.id", ondelete="SET NULL"), index=True)
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False, index=True)  # ApplicationStatus
    funding_type: Mapped[str] = mapped_column(String(20), default="operating")  # FundingType
    # CERFA section 0: what is asked for (RequestObject) and in which form (cash, or in kind)
    request_object: Mapped[str] = mapped_column(String(20), default="project")
    in_kind: Mapped[bool] = mapped_column(Boolean, default=False)
    multi_year: Mapped[bool] = mapped_column(Boolean, default=False)
    amount_requested_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    amount_granted_cents: Mapped[int | None] = mapped_column(BigInteger)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    letter_of_intent_on: Mapped[dt.date | None] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date, index=True)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    decision_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    report_due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    report_filed_on: Mapped[dt.date | None] = mapped_column(Date)
    refusal_reason: Mapped[str | None] = mapped_column(Text)  # "" = none given (data too)
    platform: Mapped[str | None] = mapped_column(String(30))  # SubmissionPlatform
    notes: Mapped[str] = mapped_column(Text, default="")
    # the three explanatory notes of the compte rendu financier (CERFA 15059)
    report_note_indirect: Mapped[str] = mapped_column(Text, default="")
    report_note_gaps: Mapped[str] = mapped_column(Text, default="")
    report_note_in_kind: Mapped[str] = mapped_column(Text, default="")

    payments: Mapped[list[Payment]] = relationship(
        cascade="all, delete-orphan", order_by="Payment.received_on"
    )

    __table_args__ = (
        CheckConstraint("amount_requested_cents >= 0", name="requested_positive"),
        CheckConstraint("amount_granted_cents IS NULL OR amount_granted_cents >= 0", name="granted_positive"),
        CheckConstraint(
            "period_start IS NULL OR period_end IS NULL OR period_end >= period_start", name="period_order"
        ),
        CheckConstraint(
            "submitted_on IS NULL OR decision_on IS NULL OR decision_on >= submitted_on",
            name="decision_order",
        ),
        Index("ix_application_year", "funder_id", "status"),
    )


class ApplicationYear(Base):
    """For a multi-year grant: the amount for each year."""

    __tablename__ = "application_year"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    amount_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    report_filed_on: Mapped[dt.date | None] = mapped_column(Date)  # this year's compte rendu

    __table_args__ = (UniqueConstraint("application_id", "year"),)


class Payment(Versioned, Base):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    received_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    amount_cents: Mapped[int] = mapped_column(BigInteger, nullable=False)
    reference: Mapped[str] = mapped_column(String(200), default="")

    # a negative amount is a refund to the funder (« reversement »)
    __table_args__ = (CheckConstraint("amount_cents <> 0", name="amount_not_zero"),)


class StatusChange(Base):
    """The history of an application's statuses: written once, never edited."""

    __tablename__ = "status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20), nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ApplicationSection(Versioned, Base):
    """A section of an application's text, possibly filled from a text block (and which version)."""

    __tablename__ = "application_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, default="")
    char_limit: Mapped[int | None] = mapped_column(Integer)
    text_block_id: Mapped[int | None] = mapped_column(
        ForeignKey("text_block.id", ondelete="SET NULL"), index=True
    )
    text_block_version: Mapped[int | None] = mapped_column(Integer)


class RequiredPiece(Versioned, Base):
    """The checklist of an application: a piece type it needs, pointing to a document once chosen."""

    __tablename__ = "required_piece"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id", ondelete="CASCADE"), index=True)
    document_type: Mapped[str] = mapped_column(String(40), nullable=False)  # DocumentType
    label: Mapped[str] = mapped_column(String(300), default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


# --- Texts and documents -------------------------------------------------------------------------


class TextBlock(Versioned, Base):
    __tablename__ = "text_block"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    category: Mapped[str] = mapped_column(String(30), nullable=False)  # TextCategory
    tags: Mapped[str] = mapped_column(String(500), default="")  # comma-separated
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    last_reviewed_on: Mapped[dt.date | None] = mapped_column(Date)


class TextBlockVersion(Base):
    """Every save of a text block: kept for comparison and restore."""

    __tablename__ = "text_block_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    text_block_id: Mapped[int] = mapped_column(ForeignKey("text_block.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    __table_args__ = (UniqueConstraint("text_block_id", "number"),)


class Blob(Base):
    """File contents, stored once per SHA-256 so that a backup is one file and duplicates cost nothing."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Document(Versioned, Base):
    """A piece of the association's permanent file (statuts, RIB…), with validity and history."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_type: Mapped[str] = mapped_column(String(40), nullable=False, index=True)  # DocumentType
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    filename: Mapped[str] = mapped_column(String(300), nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), nullable=False, index=True)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, index=True)
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), index=True
    )
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    added_by: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


# --- Time ----------------------------------------------------------------------------------------


class TimeEntry(Versioned, Base):
    """Minutes a volunteer spent on an application, or on a funder or call before any application."""

    __tablename__ = "time_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL"), index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("application.id", ondelete="SET NULL"), index=True
    )
    funder_id: Mapped[int | None] = mapped_column(ForeignKey("funder.id", ondelete="SET NULL"), index=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("call.id", ondelete="SET NULL"), index=True)
    spent_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    activity: Mapped[str] = mapped_column(String(30), nullable=False)  # TimeActivity
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (CheckConstraint("minutes > 0", name="minutes_positive"),)


# --- Shared settings -----------------------------------------------------------------------------


class SharedSetting(Base):
    """Settings that belong to the association, not to one PC (e.g. the hourly valuation of time)."""

    __tablename__ = "shared_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


# --- History -------------------------------------------------------------------------------------


class ChangeEvent(Base):
    """Who changed what and when: written once in the transaction of the change, never edited.

    No foreign key on purpose: the history of a deleted record is kept, with its label of the time.
    Values are text: cents for money, ISO dates, enum values, "true"/"false"; NULL for no value.
    `parent_entity`/`parent_id` tie a payment to its application.
    """

    __tablename__ = "change_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, default=utc_now, index=True
    )
    actor: Mapped[str] = mapped_column(String(200), default="")
    entity: Mapped[str] = mapped_column(String(30), nullable=False)  # HistoryEntity
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    entity_label: Mapped[str] = mapped_column(String(300), default="")
    parent_entity: Mapped[str | None] = mapped_column(String(30))
    parent_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20), nullable=False)  # HistoryAction
    field: Mapped[str | None] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_change_event_entity", "entity", "entity_id"),
        Index("ix_change_event_parent", "parent_entity", "parent_id"),
    )


__all__ = [
    "Application",
    "ApplicationSection",
    "ApplicationYear",
    "Association",
    "Base",
    "Blob",
    "BudgetLine",
    "Call",
    "ChangeEvent",
    "Contact",
    "ContactTopic",
    "Document",
    "Funder",
    "Interaction",
    "Payment",
    "Project",
    "RequiredPiece",
    "SharedSetting",
    "StatusChange",
    "TextBlock",
    "TextBlockVersion",
    "TimeEntry",
    "Volunteer",
]
