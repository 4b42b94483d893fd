"""Tableau de bord: figures of the year in French money, deadlines with relative days, status counts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coopdesk.domain.applications import ApplicationInput, ApplicationListRow
from coopdesk.domain.documents import ChecklistGap, DocumentInput
from coopdesk.domain.enums import ApplicationStatus, DeadlineKind, DocumentType
from coopdesk.domain.rows import AssociationProfile, DashboardSummary, DeadlineRow, StatusCount
from coopdesk.domain.time_entries import DashboardTimeFigures
from coopdesk.ui.dialogs.application_dialog import document_type_label
from coopdesk.ui.pages.dashboard_page import DashboardPage
from coopdesk.ui.table_models.deadline_table_model import OVERDUE_FOREGROUND, Column

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 11, 28)
NNBSP, NBSP = "\u202f", "\u00a0"


class FakeDashboard:
    """Stands for DashboardService: returns a fixed summary and records the day it was asked for."""

    def __init__(self, summary: DashboardSummary, gaps: list[ChecklistGap] | None = None) -> None:
        self._summary = summary
        self._gaps = gaps or []
        self.asked: list[tuple[dt.date, int]] = []

    def summary(self, today: dt.date, horizon_days: int = 30) -> DashboardSummary:
        self.asked.append((today, horizon_days))
        return self._summary

    def waiting_and_reasons(
        self, today: dt.date, waiting_days: int = 90
    ) -> tuple[list[ApplicationListRow], list[tuple[str, int]]]:
        return [], []

    def time_figures(self, today: dt.date) -> DashboardTimeFigures:
        return DashboardTimeFigures(month_minutes=0, year_application_minutes=0, year_granted_cents=0)

    def checklist_gaps(self, today: dt.date) -> list[ChecklistGap]:
        return self._gaps


def _summary() -> DashboardSummary:
    return DashboardSummary(
        association_name="Épicerie solidaire du Lez",
        year=2026,
        requested_cents=4_500_000,
        granted_cents=123_456,
        paid_cents=300_000,
        decided_count=3,
        refused_count=1,
        deadlines=(
            DeadlineRow(
                DeadlineKind.SUBMISSION, TODAY - dt.timedelta(days=3), "Camion", "DDETS", "application", 1
            ),
            DeadlineRow(DeadlineKind.REPORT, TODAY, "Ateliers", "CAF de l'Hérault", "application", 2),
            DeadlineRow(
                DeadlineKind.CALL_CLOSING, TODAY + dt.timedelta(days=5), "AAP 2027", "Région", "call", 3
            ),
        ),
        status_counts=(
            StatusCount(ApplicationStatus.DRAFTING, 2, 1_500_000),
            StatusCount(ApplicationStatus.PARTIALLY_GRANTED, 1, 800_000),
            StatusCount(ApplicationStatus.REPORT_DUE, 1, 0),
        ),
    )


def _cells(page: DashboardPage, column: Column) -> list[str]:
    proxy = page.deadline_proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_shows_the_figures_of_the_year_in_french(qtbot):
    service = FakeDashboard(_summary())
    page = DashboardPage(service, today=lambda: TODAY)
    qtbot.addWidget(page)

    assert service.asked == [(TODAY, 30)]
    assert page.title.text() == "Épicerie solidaire du Lez"
    assert page.subtitle.text() == "Tableau de bord — année 2026"
    assert page.requested_card.title_label.text() == "Demandé"
    assert page.requested_card.value_label.text() == f"45{NNBSP}000{NBSP}€"
    assert page.granted_card.title_label.text() == "Accordé"
    assert page.granted_card.value_label.text() == f"1{NNBSP}235{NBSP}€"
    assert page.paid_card.title_label.text() == "Versé"
    assert page.paid_card.value_label.text() == f"3{NNBSP}000{NBSP}€"
    assert page.refusal_card.title_label.text() == "Taux de refus"
    assert page.refusal_card.value_label.text() == f"33{NNBSP}%"
    assert page.refusal_card.caption_label.text() == "1 refus sur 3 décisions"


def test_lists_deadlines_with_relative_days_and_overdue_in_red(qtbot):
    page = DashboardPage(FakeDashboard(_summary()), today=lambda: TODAY)
    qtbot.addWidget(page)

    assert page.deadline_stack.currentWidget() is page.deadline_table
    assert _cells(page, Column.DUE_ON) == ["25/11/2026", "28/11/2026", "03/12/2026"]
    assert _cells(page, Column.WHEN) == ["en retard de 3 jours", "aujourd’hui", "dans 5 jours"]
    assert _cells(page, Column.KIND) == ["Dépôt du dossier", "Compte rendu financier", "Clôture de l’appel"]
    assert _cells(page, Column.TITLE) == ["Camion", "Ateliers", "AAP 2027"]
    assert _cells(page, Column.FUNDER) == ["DDETS", "CAF de l'Hérault", "Région"]
    headers = [page.deadline_proxy.headerData(column, Qt.Orientation.Horizontal) for column in Column]
    assert headers == ["Échéance", "Délai", "Type", "Intitulé", "Financeur"]

    foreground = Qt.ItemDataRole.ForegroundRole
    assert page.deadline_model.index(0, Column.TITLE).data(foreground).color() == OVERDUE_FOREGROUND
    assert page.deadline_model.index(1, Column.TITLE).data(foreground) is None
    assert not page.overdue_label.isHidden()
    assert page.overdue_label.text() == "1 échéance en retard"


def test_status_counts_use_french_labels(qtbot):
    page = DashboardPage(FakeDashboard(_summary()), today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.status_box.title() == "Dossiers par statut"
    assert page.status_count_texts() == [
        ("En rédaction", "2"),
        ("Accordé en partie", "1"),
        ("Compte rendu à faire", "1"),
    ]


def test_an_empty_database_shows_no_value_and_says_nothing_is_due(qtbot, registry):
    page = DashboardPage(registry.dashboard, today=lambda: TODAY)
    qtbot.addWidget(page)

    assert page.title.text() == "Tableau de bord"
    assert page.requested_card.value_label.text() == f"0{NBSP}€"
    assert page.refusal_card.value_label.text() == "—"
    assert page.deadline_stack.currentWidget() is page.no_deadline
    assert page.no_deadline.text() == "Aucune échéance dans les 30 prochains jours."
    assert page.overdue_label.isHidden()
    assert page.status_count_texts() == []
    shown = [label.text() for label in page.status_box.findChildren(QLabel) if not label.isHidden()]
    assert shown == ["Aucun dossier pour l’instant."]


def test_refresh_shows_what_the_services_saved(qtbot, registry):
    page = DashboardPage(registry.dashboard, today=lambda: TODAY)
    qtbot.addWidget(page)
    registry.association.save_profile(AssociationProfile(name="Banque alimentaire du Lez"))
    page.refresh()
    assert page.title.text() == "Banque alimentaire du Lez"


def test_shows_a_deadline_written_through_the_services(qtbot, registry):
    today = dt.date(2026, 3, 16)
    registry.demo.fill(today)
    expected = registry.dashboard.summary(today).deadlines
    assert expected, "the demonstration data should have deadlines within 30 days"

    page = DashboardPage(registry.dashboard, today=lambda: today)
    qtbot.addWidget(page)
    assert page.deadline_stack.currentWidget() is page.deadline_table
    assert page.deadline_proxy.rowCount() == len(expected)
    assert expected[0].title in _cells(page, Column.TITLE)
    assert page.title.text() == registry.association.profile().name


def test_the_calendar_button_writes_every_deadline(qtbot, registry, tmp_path, monkeypatch):
    from coopdesk.ui import file_saving

    registry.demo.fill(TODAY)
    page = DashboardPage(registry.dashboard, today=lambda: TODAY, calendar=lambda: registry.calendar)
    qtbot.addWidget(page)
    target = tmp_path / "echeances.ics"
    monkeypatch.setattr(file_saving, "ask_save_path", lambda *args: target)

    assert page.export_calendar() == target
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == len(registry.dashboard.summary(TODAY, horizon_days=730).deadlines)


def test_without_a_calendar_service_there_is_no_button(qtbot):
    page = DashboardPage(FakeDashboard(_summary()), today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.calendar_button.isHidden()
    assert page.export_calendar() is None


def test_shows_applications_waiting_long_and_refusal_reasons_from_the_demo(qtbot, registry):
    registry.demo.fill(dt.date(2026, 9, 1))
    today = dt.date(2026, 12, 15)
    waiting, reasons = registry.dashboard.waiting_and_reasons(today, 90)
    assert waiting, "the demonstration data should have applications waiting for a decision"
    assert reasons, "the demonstration data should have refusals this year"

    page = DashboardPage(registry.dashboard, today=lambda: today)
    qtbot.addWidget(page)
    assert page.waiting_stack.currentWidget() is page.waiting_table
    expected = [
        [
            row.title,
            row.funder_name,
            row.submitted_on.strftime("%d/%m/%Y") if row.submitted_on else "—",
            str((today - row.submitted_on).days) if row.submitted_on else "—",
        ]
        for row in waiting
    ]
    assert page.waiting_texts() == expected
    days = [int(cells[3]) for cells in page.waiting_texts()]
    assert all(day > 90 for day in days)

    shown = page.reason_texts()
    assert sorted(int(count) for _reason, count in shown) == sorted(count for _reason, count in reasons)
    given = {reason for reason, _count in reasons if reason}
    assert given <= {reason for reason, _count in shown}
    if "" in {reason for reason, _count in reasons}:
        assert "" not in {reason for reason, _count in shown}  # said in words, never blank


def test_without_waiting_applications_or_refusals_says_so(qtbot, registry):
    page = DashboardPage(registry.dashboard, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.waiting_stack.currentWidget() is page.no_waiting
    assert page.reasons_stack.currentWidget() is page.no_reason
    assert page.waiting_texts() == []
    assert page.reason_texts() == []


def test_double_click_on_a_deadline_asks_for_its_sheet_or_its_piece(qtbot):
    summary = _summary()
    piece = DeadlineRow(DeadlineKind.DOCUMENT_EXPIRY, TODAY, "Statuts", "", "document", 7)
    summary = dataclasses.replace(summary, deadlines=(*summary.deadlines, piece))
    page = DashboardPage(FakeDashboard(summary), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.deadline_table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)  # not the model's order
    asked: list[tuple[str, int]] = []
    page.open_requested.connect(lambda entity, entity_id: asked.append((entity, entity_id)))

    table = page.deadline_table
    for row in range(page.deadline_proxy.rowCount()):
        center = table.visualRect(page.deadline_proxy.index(row, Column.TITLE)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    # AAP 2027, Ateliers, Camion, Statuts
    assert asked == [("call", 3), ("application", 2), ("application", 1), ("document", 7)]
    assert page.open_deadline(len(summary.deadlines) - 1)


def test_enter_on_a_waiting_application_asks_for_it(qtbot, registry):
    registry.demo.fill(dt.date(2026, 9, 1))
    today = dt.date(2026, 12, 15)
    page = DashboardPage(registry.dashboard, today=lambda: today)
    qtbot.addWidget(page)
    page.show()
    asked: list[tuple[str, int]] = []
    page.open_requested.connect(lambda entity, entity_id: asked.append((entity, entity_id)))

    page.waiting_table.setFocus()
    page.waiting_table.setCurrentCell(1, 0)
    qtbot.keyClick(page.waiting_table, Qt.Key.Key_Return)
    assert asked == [("application", page.waiting[1].id)]


GAPS = [
    ChecklistGap(4, "Camion", TODAY - dt.timedelta(days=2), (DocumentType.RIB,), ()),
    ChecklistGap(
        5, "DDETS 2027", TODAY + dt.timedelta(days=40), (DocumentType.STATUTES,), (DocumentType.RIB,)
    ),
    ChecklistGap(6, "Sans date", None, (), (DocumentType.INSURANCE_CERTIFICATE, DocumentType.RIB)),
]


def test_lists_the_applications_missing_pieces_nearest_deadline_first(qtbot):
    page = DashboardPage(FakeDashboard(_summary(), GAPS), today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.gaps_stack.currentWidget() is page.gaps_table
    rows = page.gap_texts()
    assert [row[:2] for row in rows] == [
        ["26/11/2026", "Camion"],
        ["07/01/2027", "DDETS 2027"],
        ["—", "Sans date"],
    ]
    rib, statutes = document_type_label(DocumentType.RIB), document_type_label(DocumentType.STATUTES)
    insurance = document_type_label(DocumentType.INSURANCE_CERTIFICATE)
    assert rib in rows[0][2]
    assert statutes not in rows[0][2]
    assert rows[1][2].index(statutes) < rows[1][2].index(rib)  # the missing ones, then the expired
    assert insurance in rows[2][2]
    assert rib in rows[2][2]
    assert page.gaps_table.item(0, 2).toolTip() == rows[0][2]  # the whole text, even when cut
    overdue = page.gaps_table.item(0, 0).foreground().color()
    assert overdue == OVERDUE_FOREGROUND
    assert page.gaps_table.item(1, 0).foreground().color() != OVERDUE_FOREGROUND
    assert "3" in page.gaps_box.title()


def test_double_click_or_enter_on_a_missing_piece_asks_for_its_application(qtbot):
    page = DashboardPage(FakeDashboard(_summary(), GAPS), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    asked: list[tuple[str, int]] = []
    page.open_requested.connect(lambda entity, entity_id: asked.append((entity, entity_id)))
    table = page.gaps_table
    page.scroll_area.ensureWidgetVisible(table)
    center = table.visualRect(table.model().index(1, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    table.setFocus()
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert asked == [("application", 5), ("application", 6)]
    assert not page.open_gap(3)
    assert not page.open_gap(-1)


def test_without_missing_pieces_says_every_application_has_its_pieces(qtbot, registry):
    page = DashboardPage(registry.dashboard, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.gaps_stack.currentWidget() is page.no_gap
    assert page.gap_texts() == []
    assert "(" not in page.gaps_box.title()


def test_a_missing_piece_provided_through_the_services_leaves_the_dashboard(qtbot, registry):
    application = registry.applications.create(ApplicationInput(title="Camion"))  # an idea
    piece = registry.applications.add_piece(application.id, DocumentType.RIB, today=TODAY)
    page = DashboardPage(registry.dashboard, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert [row[1] for row in page.gap_texts()] == ["Camion"]
    assert page.checklist_gaps[0].application_id == application.id

    rib = registry.documents.add_bytes("rib.pdf", b"%PDF", DocumentInput(DocumentType.RIB, "RIB"))
    registry.applications.link_piece(piece.id, piece.version, rib.id, today=TODAY)
    page.refresh()
    assert page.gaps_stack.currentWidget() is page.no_gap


@pytest.mark.parametrize(("width", "columns"), [(1400, 6), (900, 3), (480, 2)])
def test_the_figure_cards_go_on_more_rows_when_narrow_and_no_caption_is_cut(qtbot, width, columns):
    figures = DashboardTimeFigures(
        month_minutes=3765, year_application_minutes=13_575, year_granted_cents=4_200_000
    )
    page = DashboardPage(FakeDashboard(_summary(), GAPS), today=lambda: TODAY)
    page.show_time_figures(figures, TODAY)
    qtbot.addWidget(page)
    page.resize(width, 700)
    page.show()
    qtbot.waitUntil(lambda: page.card_columns == columns)
    grid = page.cards_grid
    positions = [grid.getItemPosition(grid.indexOf(card))[:2] for card in page.cards]
    assert positions == [(index // columns, index % columns) for index in range(6)]

    def fitted() -> bool:
        return all(card.height() >= card.heightForWidth(card.width()) for card in page.cards)

    qtbot.waitUntil(fitted)
    assert page.minimumSizeHint().width() < 1024 - 180  # fits beside the sidebar of a small laptop
    # Narrow: the deadlines and the missing pieces each get the whole width, the status counts go down.
    assert page.is_wide() == (columns == 6)
    assert (page.middle_row.indexOf(page.gaps_box) >= 0) == (columns != 6)
    assert (page.lower_row.indexOf(page.status_box) >= 0) == (columns != 6)
    page.resize(1400, 700)
    qtbot.waitUntil(page.is_wide)
    assert page.upper_row.indexOf(page.status_box) >= 0
    assert page.lower_row.indexOf(page.gaps_box) == 0


def test_a_missing_piece_is_named_by_its_own_label_when_it_has_one(qtbot):
    from coopdesk.domain.dashboard import LabelledChecklistGap

    gaps = [
        LabelledChecklistGap(
            7, "Camion", TODAY + dt.timedelta(days=3),
            (DocumentType.OTHER, DocumentType.RIB), (DocumentType.OTHER,),
            missing_labels=("Attestation de vigilance URSSAF", ""),
            expired_labels=("Agrément épicerie sociale",),
        )
    ]  # fmt: skip
    page = DashboardPage(FakeDashboard(_summary(), gaps), today=lambda: TODAY)
    qtbot.addWidget(page)
    [row] = page.gap_texts()
    assert "Attestation de vigilance URSSAF" in row[2]
    assert "Agrément épicerie sociale" in row[2]
    assert document_type_label(DocumentType.RIB) in row[2]  # no label: its type
    assert document_type_label(DocumentType.OTHER) not in row[2]
    assert row[2].index("URSSAF") < row[2].index("Agrément")  # the missing ones, then the expired
