"""The dashboard: this year's figures computed in SQL, and every kind of deadline in view."""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.enums import ApplicationStatus, DeadlineKind
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import Application, Blob, Call, Document, Funder, Interaction, Payment

TODAY = dt.date(2026, 11, 28)


def _funder(name: str = "DDETS de l'Hérault") -> Funder:
    return Funder(name=name, normalized_name=name.lower(), kind="state_service", level="departmental")


def _fill(database: Database) -> None:
    with database.session() as session:
        funder = _funder()
        session.add(funder)
        session.flush()
        rows = [
            Application(
                title="Épicerie 2027",
                funder_id=funder.id,
                status="drafting",
                amount_requested_cents=1_500_000,
                deadline=TODAY + dt.timedelta(days=10),
            ),
            Application(
                title="Camion",
                funder_id=funder.id,
                status="idea",
                deadline=TODAY - dt.timedelta(days=3),
            ),
            Application(
                title="Ateliers",
                funder_id=funder.id,
                status="granted",
                amount_requested_cents=800_000,
                amount_granted_cents=600_000,
                submitted_on=dt.date(2026, 2, 1),
                decision_on=dt.date(2026, 5, 1),
                report_due_on=TODAY + dt.timedelta(days=20),
            ),
            Application(
                title="Chambre froide",
                funder_id=funder.id,
                status="refused",
                amount_requested_cents=2_000_000,
                submitted_on=dt.date(2026, 3, 1),
                decision_on=dt.date(2026, 6, 1),
                refusal_reason="",
            ),
            Application(
                title="Ancienne demande",
                funder_id=funder.id,
                status="submitted",
                amount_requested_cents=100_000,
                submitted_on=dt.date(2025, 3, 1),
                deadline=TODAY + dt.timedelta(days=5),  # submitted: its deadline is no longer due
            ),
        ]
        session.add_all(rows)
        session.flush()
        session.add(
            Payment(application_id=rows[2].id, received_on=dt.date(2026, 6, 15), amount_cents=300_000)
        )
        session.add(Payment(application_id=rows[2].id, received_on=dt.date(2025, 12, 15), amount_cents=1_000))
        session.add(
            Call(funder_id=funder.id, title="AAP Alimentation 2027", deadline=TODAY + dt.timedelta(days=25))
        )
        session.add(Call(funder_id=funder.id, title="AAP fermé", deadline=TODAY - dt.timedelta(days=1)))
        session.add(
            Interaction(
                funder_id=funder.id,
                occurred_on=TODAY - dt.timedelta(days=30),
                kind="meeting",
                summary="Rencontre avec la cheffe de service\nDétails",
                follow_up_on=TODAY + dt.timedelta(days=2),
            )
        )
        session.add(Blob(sha256="0" * 64, size=4, content=b"%PDF"))
        session.flush()
        session.add(
            Document(
                document_type="insurance_certificate",
                title="Attestation d'assurance 2026",
                filename="assurance.pdf",
                blob_sha256="0" * 64,
                size=4,
                valid_until=TODAY + dt.timedelta(days=40),
            )
        )


def test_figures_of_the_year(database: Database) -> None:
    _fill(database)
    summary = DashboardService(database).summary(TODAY)
    assert summary.year == 2026
    assert summary.requested_cents == 800_000 + 2_000_000
    assert summary.granted_cents == 600_000
    assert summary.paid_cents == 300_000
    assert (summary.decided_count, summary.refused_count) == (2, 1)
    assert summary.refusal_rate_percent == 50
    counts = {row.status: row.count for row in summary.status_counts}
    assert counts[ApplicationStatus.DRAFTING] == 1
    assert sum(counts.values()) == 5


def test_deadlines_in_the_next_30_days_and_overdue_sorted_by_date(database: Database) -> None:
    _fill(database)
    deadlines = DashboardService(database).summary(TODAY).deadlines
    assert [(row.kind, row.due_on, row.title) for row in deadlines] == [
        (DeadlineKind.SUBMISSION, TODAY - dt.timedelta(days=3), "Camion"),
        (DeadlineKind.FOLLOW_UP, TODAY + dt.timedelta(days=2), "Rencontre avec la cheffe de service"),
        (DeadlineKind.SUBMISSION, TODAY + dt.timedelta(days=10), "Épicerie 2027"),
        (DeadlineKind.REPORT, TODAY + dt.timedelta(days=20), "Ateliers"),
        (DeadlineKind.CALL_CLOSING, TODAY + dt.timedelta(days=25), "AAP Alimentation 2027"),
        (DeadlineKind.DOCUMENT_EXPIRY, TODAY + dt.timedelta(days=40), "Attestation d'assurance 2026"),
    ]
    assert deadlines[0].funder_name == "DDETS de l'Hérault"


def test_an_empty_database_gives_an_empty_dashboard(database: Database) -> None:
    summary = DashboardService(database).summary(TODAY)
    assert summary.deadlines == ()
    assert summary.refusal_rate_percent is None
    assert (summary.requested_cents, summary.granted_cents, summary.paid_cents) == (0, 0, 0)
