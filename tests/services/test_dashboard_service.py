"""The dashboard: this year's figures computed in SQL, and every kind of deadline in view."""

from __future__ import annotations

import datetime as dt

from coopdesk.domain.enums import ApplicationStatus, DeadlineKind, DocumentType
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.storage.database import Database
from coopdesk.storage.tables import (
    Application,
    Blob,
    Call,
    Document,
    Funder,
    Interaction,
    Payment,
    RequiredPiece,
)

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


def _checklists(database: Database) -> dict[str, int]:
    """Applications with checklists in every situation; their ids by title."""
    with database.session() as session:
        session.add(Blob(sha256="1" * 64, size=3, content=b"rib"))
        session.flush()

        def document(title: str, valid_until: dt.date | None, replaced_by: int | None = None) -> int:
            row = Document(
                document_type="rib",
                title=title,
                filename=f"{title}.pdf",
                blob_sha256="1" * 64,
                size=3,
                valid_until=valid_until,
                replaced_by_id=replaced_by,
            )
            session.add(row)
            session.flush()
            return row.id

        expired = document("RIB 2025", TODAY - dt.timedelta(days=1))
        valid = document("RIB 2026", TODAY + dt.timedelta(days=300))
        superseded = document("RIB 2024", TODAY - dt.timedelta(days=400), replaced_by=valid)
        ends_today = document("RIB du jour", TODAY)
        funder = _funder()
        session.add(funder)
        session.flush()
        cases = {
            # title: (status, deadline, [(piece type, document id)])
            "DDETS 2027": ("drafting", TODAY + dt.timedelta(days=40), [("rib", expired), ("statutes", None)]),
            "Sans date": ("idea", None, [("board_list", None)]),
            "Urgent": ("idea", TODAY + dt.timedelta(days=3), [("rib", expired)]),
            "Complet": ("drafting", TODAY + dt.timedelta(days=5), [("rib", valid), ("rib", ends_today)]),
            "Suit la nouvelle version": ("drafting", TODAY + dt.timedelta(days=6), [("rib", superseded)]),
            "Déjà déposé": ("submitted", TODAY + dt.timedelta(days=1), [("statutes", None)]),
            "Abandonné": ("withdrawn", TODAY + dt.timedelta(days=1), [("statutes", None)]),
            "Sans liste": ("drafting", TODAY + dt.timedelta(days=2), []),
        }
        ids = {}
        for title, (status, deadline, pieces) in cases.items():
            application = Application(title=title, funder_id=funder.id, status=status, deadline=deadline)
            session.add(application)
            session.flush()
            for position, (piece_type, document_id) in enumerate(pieces):
                session.add(
                    RequiredPiece(
                        application_id=application.id,
                        document_type=piece_type,
                        document_id=document_id,
                        position=position,
                    )
                )
            ids[title] = application.id
        return ids


def test_applications_being_prepared_with_missing_or_expired_pieces(database: Database) -> None:
    ids = _checklists(database)
    gaps = DashboardService(database).checklist_gaps(TODAY)
    # Nearest deadline first, without a deadline last; submitted, withdrawn, complete ones left out.
    assert [(gap.application_id, gap.title, gap.deadline) for gap in gaps] == [
        (ids["Urgent"], "Urgent", TODAY + dt.timedelta(days=3)),
        (ids["DDETS 2027"], "DDETS 2027", TODAY + dt.timedelta(days=40)),
        (ids["Sans date"], "Sans date", None),
    ]
    assert [(gap.missing, gap.expired) for gap in gaps] == [
        ((), (DocumentType.RIB,)),
        ((DocumentType.STATUTES,), (DocumentType.RIB,)),
        ((DocumentType.BOARD_LIST,), ()),
    ]


def test_a_piece_valid_until_today_is_not_expired_yet(database: Database) -> None:
    ids = _checklists(database)
    gaps = DashboardService(database).checklist_gaps(TODAY + dt.timedelta(days=1))
    assert ids["Complet"] in [gap.application_id for gap in gaps]  # the day after, it is
    assert ids["Complet"] not in [
        gap.application_id for gap in DashboardService(database).checklist_gaps(TODAY)
    ]


def test_no_gap_without_checklists(database: Database) -> None:
    _fill(database)
    assert DashboardService(database).checklist_gaps(TODAY) == []
