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


def test_euros_per_hour_is_the_burden_report_figure_for_this_year(database: Database) -> None:
    from coopdesk.domain.burden import BurdenFilter, PeriodChoice, period_for
    from coopdesk.services.burden_service import BurdenService
    from coopdesk.services.demo_service import DemoService
    from coopdesk.services.shared_settings_service import SharedSettingsService

    DemoService(database).fill(TODAY)
    figures = DashboardService(database).time_figures(TODAY)
    report = BurdenService(database, SharedSettingsService(database)).report(
        BurdenFilter(*period_for(PeriodChoice.THIS_YEAR, TODAY)), TODAY
    )
    assert report.cents_per_hour is not None
    assert figures.cents_per_hour == report.cents_per_hour
    assert figures.year_granted_cents == report.granted_cents
    assert figures.year_application_minutes == report.minutes_decided


def test_euros_per_hour_counts_only_applications_whose_outcome_is_known(database: Database) -> None:
    from coopdesk.storage.tables import TimeEntry

    with database.session() as session:
        funder = _funder()
        session.add(funder)
        session.flush()
        granted = Application(
            title="Accordé", funder_id=funder.id, status="granted", amount_granted_cents=600_000,
            decision_on=dt.date(2026, 6, 1),
        )  # fmt: skip
        earlier = Application(
            title="Accordé l'an dernier", funder_id=funder.id, status="paid", amount_granted_cents=900_000,
            decision_on=dt.date(2025, 12, 1),
        )  # fmt: skip
        waiting = Application(title="En instruction", funder_id=funder.id, status="under_review")
        refused = Application(title="Refusé", funder_id=funder.id, status="refused", decision_on=TODAY)
        decided_only_this_year = Application(
            title="Sans temps cette année", funder_id=funder.id, status="granted",
            amount_granted_cents=5_000_000, decision_on=dt.date(2026, 2, 1),
        )  # fmt: skip
        session.add_all([granted, earlier, waiting, refused, decided_only_this_year])
        session.flush()
        for application, minutes, spent_on in (
            (granted, 300, dt.date(2026, 3, 1)),
            (earlier, 60, dt.date(2026, 1, 10)),  # its time this year counts with its amount
            (waiting, 600, dt.date(2026, 9, 1)),  # no outcome yet: left out
            (refused, 240, dt.date(2026, 10, 1)),  # nothing obtained, its hours count
            (decided_only_this_year, 120, dt.date(2025, 11, 1)),  # last year's time: left out
        ):
            session.add(
                TimeEntry(
                    application_id=application.id, minutes=minutes, spent_on=spent_on, activity="writing"
                )
            )
    figures = DashboardService(database).time_figures(TODAY)
    assert figures.year_granted_cents == 1_500_000
    assert figures.year_application_minutes == 600
    assert figures.cents_per_hour == 150_000  # 15 000 € for 10 hours


def test_missing_pieces_keep_their_own_labels(database: Database) -> None:
    ids = _checklists(database)
    with database.session() as session:
        session.add(Blob(sha256="2" * 64, size=3, content=b"urs"))
        session.flush()
        old = Document(
            document_type="other", title="Attestation URSSAF 2025", filename="urssaf.pdf",
            blob_sha256="2" * 64, size=3, valid_until=TODAY - dt.timedelta(days=10),
        )  # fmt: skip
        session.add(old)
        session.flush()
        pieces = (
            ("other", "Attestation de vigilance URSSAF", None),
            ("other", "", old.id),  # no label: its document's title
            ("other", "  ", None),  # nothing to name it by: the window names its type
            ("insurance_certificate", "Assurance du camion", old.id),
        )
        for position, (piece_type, label, document_id) in enumerate(pieces, start=5):
            session.add(
                RequiredPiece(
                    application_id=ids["Sans date"], document_type=piece_type, label=label,
                    document_id=document_id, position=position,
                )
            )  # fmt: skip
    gaps = {gap.application_id: gap for gap in DashboardService(database).checklist_gaps(TODAY)}
    gap = gaps[ids["Sans date"]]
    assert gap.missing == (DocumentType.BOARD_LIST, DocumentType.OTHER, DocumentType.OTHER)
    assert gap.missing_labels == ("", "Attestation de vigilance URSSAF", "")
    assert gap.expired == (DocumentType.OTHER, DocumentType.INSURANCE_CERTIFICATE)
    assert gap.expired_labels == ("Attestation URSSAF 2025", "Assurance du camion")
    assert gaps[ids["Urgent"]].expired_labels == ("",)
