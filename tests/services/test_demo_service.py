"""The demonstration data: complete, consistent, deterministic, and only ever written to an empty database."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum import iban as stdnum_iban
from stdnum.fr import siret as stdnum_siret

from coopdesk.domain.enums import ApplicationStatus, DocumentType, FunderKind, TimeActivity
from coopdesk.domain.errors import DatabaseNotEmpty
from coopdesk.domain.rows import DemoSummary
from coopdesk.domain.text_search import fold
from coopdesk.services.demo_service import DemoService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import (
    Application,
    Association,
    Base,
    Blob,
    BudgetLine,
    Call,
    Contact,
    Document,
    Funder,
    Interaction,
    Payment,
    Project,
    StatusChange,
    TextBlock,
    TextBlockVersion,
    TimeEntry,
)

TODAY = dt.date(2026, 11, 28)
GRANTED_STAGES = {
    ApplicationStatus.GRANTED,
    ApplicationStatus.PARTIALLY_GRANTED,
    ApplicationStatus.PAID,
    ApplicationStatus.REPORT_DUE,
    ApplicationStatus.REPORT_FILED,
}


@pytest.fixture
def demo_db(database_url: str) -> Iterator[Database]:
    """A new, empty database (SQLite, then PostgreSQL when a server is available)."""
    database = Database.open(database_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def summary(demo_db: Database) -> DemoSummary:
    return DemoService(demo_db).fill(TODAY)


@pytest.fixture
def session(demo_db: Database, summary: DemoSummary) -> Iterator[Session]:
    with demo_db.session() as session:
        yield session


def count(session: Session, table: type[Base]) -> int:
    return session.scalar(select(func.count()).select_from(table)) or 0


def row_counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def applications(session: Session) -> list[Application]:
    return list(session.scalars(select(Application)))


# -- what is written --------------------------------------------------------------------------------------


def test_summary_counts_match_the_database(summary: DemoSummary, session: Session) -> None:
    assert summary == DemoSummary(
        funders=count(session, Funder),
        contacts=count(session, Contact),
        interactions=count(session, Interaction),
        calls=count(session, Call),
        projects=count(session, Project),
        applications=count(session, Application),
        text_blocks=count(session, TextBlock),
        documents=count(session, Document),
        time_entries=count(session, TimeEntry),
    )
    assert (summary.funders, summary.contacts, summary.calls, summary.applications) == (16, 31, 20, 25)
    assert summary.projects == 4
    assert 8 <= summary.text_blocks <= 10
    assert 250 <= summary.time_entries <= 350
    assert count(session, Association) == 1


def test_every_value_of_the_closed_lists_is_present(session: Session) -> None:
    assert set(session.scalars(select(Application.status).distinct())) == set(ApplicationStatus)
    assert set(session.scalars(select(Funder.kind).distinct())) == set(FunderKind)
    assert set(session.scalars(select(Document.document_type).distinct())) == set(DocumentType)
    assert set(session.scalars(select(TimeEntry.activity).distinct())) == set(TimeActivity)


def test_the_scale_multiplies_the_pipeline_but_not_the_association(demo_db: Database, tmp_path: Path) -> None:
    one = Database.open(f"sqlite:///{tmp_path}/one.sqlite3")
    try:
        single = DemoService(one).fill(TODAY)
    finally:
        one.dispose()
    summary = DemoService(demo_db).fill(TODAY, scale=3)
    for name in ("funders", "contacts", "interactions", "calls", "applications", "time_entries"):
        assert getattr(summary, name) == 3 * getattr(single, name), name
    for name in ("projects", "text_blocks", "documents"):
        assert getattr(summary, name) == getattr(single, name), name
    with demo_db.session() as session:
        assert count(session, Association) == 1
        assert count(session, Project) == 4
        assert count(session, Application) == 75
        assert len(set(session.scalars(select(Funder.name)))) > 16  # copies live in other invented places


# -- consistency of the applications ----------------------------------------------------------------------


def test_granted_applications_record_the_grant_and_the_report_due(session: Session) -> None:
    for application in applications(session):
        status = ApplicationStatus(application.status)
        if status in GRANTED_STAGES or application.amount_granted_cents is not None:
            assert application.amount_granted_cents, application.title
            assert application.report_due_on is not None, application.title
            assert application.period_end is not None
            assert application.report_due_on == dt.date(application.period_end.year + 1, 6, 30)
        if status is ApplicationStatus.PARTIALLY_GRANTED:
            assert application.amount_granted_cents is not None
            assert 0 < application.amount_granted_cents < application.amount_requested_cents
        if status is ApplicationStatus.REFUSED:
            assert application.refusal_reason is not None
    reasons = [a.refusal_reason for a in applications(session) if a.status == ApplicationStatus.REFUSED]
    assert "" in reasons  # "aucun motif communiqué" is data too
    assert any(reasons)


def test_dates_follow_the_life_of_each_application(session: Session) -> None:
    for application in applications(session):
        status = ApplicationStatus(application.status)
        if status not in {ApplicationStatus.IDEA, ApplicationStatus.DRAFTING, ApplicationStatus.WITHDRAWN}:
            assert application.submitted_on is not None, application.title
            assert application.submitted_on <= TODAY
        if application.decision_on is not None:
            assert application.submitted_on is not None
            assert application.submitted_on <= application.decision_on <= TODAY
        if (
            status in {ApplicationStatus.REPORT_FILED, ApplicationStatus.CLOSED}
            and application.amount_granted_cents
        ):
            assert application.report_filed_on is not None
            assert application.period_end is not None
            assert application.period_end < application.report_filed_on <= TODAY
        for payment in application.payments:
            assert application.decision_on is not None
            assert application.decision_on <= payment.received_on <= TODAY
        if application.multi_year:
            assert application.period_start is not None
            assert application.period_end is not None
            assert application.period_end.year > application.period_start.year


def test_payments_never_exceed_the_granted_amount(session: Session) -> None:
    paid_stages = {ApplicationStatus.PAID, ApplicationStatus.REPORT_DUE, ApplicationStatus.REPORT_FILED}
    for application in applications(session):
        total = sum(payment.amount_cents for payment in application.payments)
        if application.payments:
            assert application.amount_granted_cents is not None
            assert 0 < total <= application.amount_granted_cents, application.title
        if application.status in paid_stages:
            assert application.payments, application.title
    instalments = session.scalars(
        select(func.count(Payment.id)).group_by(Payment.application_id).having(func.count(Payment.id) > 1)
    ).all()
    assert instalments  # some grants are paid in several instalments


def test_each_status_history_starts_from_nothing_and_ends_at_the_current_status(session: Session) -> None:
    for application in applications(session):
        history = list(
            session.scalars(
                select(StatusChange)
                .where(StatusChange.application_id == application.id)
                .order_by(StatusChange.changed_at)
            )
        )
        assert history[0].from_status is None
        assert history[0].to_status == ApplicationStatus.IDEA
        assert history[-1].to_status == application.status
        for before, after in itertools.pairwise(history):
            assert after.from_status == before.to_status
            assert before.changed_at < after.changed_at
        assert all(change.changed_by for change in history)
        assert history[-1].changed_at.date() <= TODAY


def test_deadlines_are_upcoming_or_overdue_around_today(session: Session) -> None:
    open_deadlines = [
        (application.deadline - TODAY).days
        for application in applications(session)
        if application.status in {ApplicationStatus.IDEA, ApplicationStatus.DRAFTING}
        and application.deadline is not None
    ]
    assert len(open_deadlines) == 5
    assert sum(days < 0 for days in open_deadlines) == 1
    assert all(5 <= days <= 60 for days in open_deadlines if days >= 0)
    call_deadlines = [
        (deadline - TODAY).days for deadline in session.scalars(select(Call.deadline)) if deadline
    ]
    assert all(-60 <= days <= 120 for days in call_deadlines)
    assert min(call_deadlines) < 0 < max(call_deadlines)
    follow_ups = [
        (day - TODAY).days
        for day in session.scalars(
            select(Interaction.follow_up_on).where(Interaction.follow_up_done.is_(False))
        )
        if day is not None
    ]
    assert any(days < 0 for days in follow_ups)
    assert any(days > 0 for days in follow_ups)
    renewals = session.scalars(select(Application).where(Application.previous_id.is_not(None))).all()
    assert len(renewals) >= 2


def test_some_calls_come_from_an_aides_territoires_import(session: Session) -> None:
    imported = session.scalars(select(Call).where(Call.source_id.is_not(None))).all()
    assert len(imported) >= 2
    assert all(call.source_slug for call in imported)


# -- documents, texts, budgets, time ----------------------------------------------------------------------


def test_documents_are_real_pdf_files_stored_once(session: Session) -> None:
    blobs = session.scalars(select(Blob)).all()
    assert blobs
    for blob in blobs:
        assert blob.content.startswith(b"%PDF")
        assert hashlib.sha256(blob.content).hexdigest() == blob.sha256
        assert blob.size == len(blob.content)
    for document in session.scalars(select(Document)):
        assert document.size == session.get_one(Blob, document.blob_sha256).size


def test_the_permanent_file_has_history_and_validity_dates(session: Session) -> None:
    ribs = session.scalars(select(Document).where(Document.document_type == DocumentType.RIB)).all()
    replaced = [rib for rib in ribs if rib.replaced_by_id is not None]
    assert len(ribs) == 2
    assert len(replaced) == 1
    assert session.get_one(Document, replaced[0].replaced_by_id).replaced_by_id is None
    current = select(Document).where(Document.replaced_by_id.is_(None))
    insurance = session.scalars(
        current.where(Document.document_type == DocumentType.INSURANCE_CERTIFICATE)
    ).one()
    assert insurance.valid_until is not None
    assert 0 <= (insurance.valid_until - TODAY).days <= 21
    accreditation = session.scalars(
        current.where(Document.document_type == DocumentType.FOOD_AID_ACCREDITATION)
    ).one()
    assert accreditation.valid_from is not None
    assert accreditation.valid_until is not None
    assert accreditation.valid_from <= TODAY < accreditation.valid_until
    assert accreditation.valid_until == accreditation.valid_from + relativedelta(years=2, days=-1)
    expired = session.scalars(current.where(Document.valid_until < TODAY)).all()
    assert len(expired) == 1


def test_text_blocks_keep_their_versions(session: Session) -> None:
    blocks = session.scalars(select(TextBlock)).all()
    assert {block.category for block in blocks} >= {"presentation", "objectives", "audience", "evaluation"}
    for block in blocks:
        versions = session.scalars(
            select(TextBlockVersion)
            .where(TextBlockVersion.text_block_id == block.id)
            .order_by(TextBlockVersion.number)
        ).all()
        assert [version.number for version in versions] == list(range(1, block.current_version + 1))
        assert [version.created_at for version in versions] == sorted(
            version.created_at for version in versions
        )
        assert all(version.body and version.author for version in versions)
    reviewed = [block.last_reviewed_on for block in blocks if block.last_reviewed_on]
    assert any((TODAY - day).days > 365 for day in reviewed)
    assert any((TODAY - day).days < 120 for day in reviewed)


def test_project_budgets_are_whole_euros_and_contributions_in_kind_balance(session: Session) -> None:
    lines = session.scalars(select(BudgetLine)).all()
    assert lines
    assert all(line.planned_cents > 0 and line.planned_cents % 100 == 0 for line in lines)
    for project_id in {line.project_id for line in lines}:
        totals: dict[str, int] = {}
        for line in lines:
            if line.project_id == project_id:
                totals[line.section] = totals.get(line.section, 0) + line.planned_cents
        assert totals["in_kind_uses"] == totals["in_kind_resources"]
        assert totals["charges"] > totals.get("products", 0)  # the rest comes from the applications (74)


def test_time_entries_look_like_volunteer_time(session: Session) -> None:
    entries = session.scalars(select(TimeEntry)).all()
    assert all(entry.minutes % 15 == 0 and 15 <= entry.minutes <= 240 for entry in entries)
    assert all(TODAY - dt.timedelta(days=3 * 366 + 150) <= entry.spent_on <= TODAY for entry in entries)
    unattached = [entry for entry in entries if entry.application_id is None]
    assert unattached
    assert all(entry.activity == TimeActivity.RESEARCH for entry in unattached)
    assert all(entry.funder_id is not None or entry.call_id is not None for entry in unattached)
    minutes = dict(
        session.execute(
            select(
                Application.status, func.sum(TimeEntry.minutes) / func.count(func.distinct(Application.id))
            )
            .join(TimeEntry, TimeEntry.application_id == Application.id)
            .group_by(Application.status)
        ).all()
    )
    average = sum(minutes.values()) / len(minutes)
    assert minutes[ApplicationStatus.REFUSED] > average  # refusals cost time too: the burden report shows it


# -- identifiers ------------------------------------------------------------------------------------------


def test_the_association_identifiers_pass_their_checksums(session: Session) -> None:
    association = session.scalars(select(Association)).one()
    assert stdnum_siret.is_valid(association.siret)
    assert stdnum_iban.is_valid(association.iban)
    assert association.iban.startswith("FR76")
    assert len(association.iban) == 27
    assert association.rna.startswith("W")
    assert len(association.rna) == 10
    assert association.rna[1:].isdigit()
    assert association.legal_representative
    assert association.legal_representative_role == "Présidente"
    assert association.accreditations.startswith("Habilitation aide alimentaire n°")
    assert "{" not in association.email + association.website + association.accreditations
    emails = [association.email, *session.scalars(select(Contact.email))]
    assert all(re.fullmatch(r"[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]{2,}", email) for email in emails), emails


def test_funder_names_are_normalised_for_search(session: Session) -> None:
    for name, normalized in session.execute(select(Funder.name, Funder.normalized_name)):
        assert normalized == fold(name)
        assert normalized.isascii()
        assert "  " not in normalized


# -- refusal, determinism, soundness ----------------------------------------------------------------------


def test_a_second_fill_is_refused_and_writes_nothing(demo_db: Database, summary: DemoSummary) -> None:
    before = row_counts(demo_db)
    with pytest.raises(DatabaseNotEmpty) as raised:
        DemoService(demo_db).fill(TODAY, seed=7)
    assert raised.value.location == demo_db.location
    assert row_counts(demo_db) == before


@pytest.mark.parametrize(
    "existing",
    [
        pytest.param({"table": Association, "name": "Le Panier du Lez"}, id="association"),
        pytest.param(
            {"table": Funder, "name": "CAF", "normalized_name": "caf", "kind": "caf", "level": "local"},
            id="funder",
        ),
        pytest.param({"table": Application, "title": "Un dossier", "status": "idea"}, id="application"),
    ],
)
def test_any_user_data_makes_the_database_not_empty(demo_db: Database, existing: dict[str, Any]) -> None:
    values = dict(existing)
    table = values.pop("table")
    with demo_db.session() as session:
        session.add(table(**values))
    before = row_counts(demo_db)
    with pytest.raises(DatabaseNotEmpty):
        DemoService(demo_db).fill(TODAY)
    assert row_counts(demo_db) == before


def test_the_same_seed_and_day_give_the_same_data(demo_db: Database, tmp_path: Path) -> None:
    other = Database.open(f"sqlite:///{tmp_path}/second.sqlite3")
    try:
        first = DemoService(demo_db).fill(TODAY, seed=11)
        second = DemoService(other).fill(TODAY, seed=11)
        assert first == second
        assert fingerprint(demo_db) == fingerprint(other)
    finally:
        other.dispose()


def test_another_seed_gives_other_people_and_other_minutes(demo_db: Database, tmp_path: Path) -> None:
    other = Database.open(f"sqlite:///{tmp_path}/second.sqlite3")
    try:
        DemoService(demo_db).fill(TODAY, seed=1)
        DemoService(other).fill(TODAY, seed=2)
        first, second = fingerprint(demo_db), fingerprint(other)
        assert first["funders"] == second["funders"]  # the institutions are the same
        assert first["contacts"] != second["contacts"]
        assert first["minutes"] != second["minutes"]
    finally:
        other.dispose()


def fingerprint(database: Database) -> dict[str, object]:
    with database.session() as session:
        return {
            "funders": sorted(session.scalars(select(Funder.name))),
            "contacts": sorted(session.scalars(select(Contact.name))),
            "minutes": session.scalar(select(func.sum(TimeEntry.minutes))),
            "deadlines": sorted(day for day in session.scalars(select(Application.deadline)) if day),
            "granted": session.scalar(select(func.sum(Application.amount_granted_cents))),
            "blobs": sorted(session.scalars(select(Blob.sha256))),
        }


def test_the_filled_database_passes_its_own_check(demo_db: Database, summary: DemoSummary) -> None:
    assert summary.applications > 0
    assert demo_db.check() == []
