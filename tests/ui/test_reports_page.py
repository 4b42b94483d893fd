"""The Rapports page: figures of the chosen period and filters, charts and tables filled from the report,
the hourly valuation changed for the whole association, exports written off the GUI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from coopdesk.domain.burden import PeriodChoice
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.storage.tables import Application, Funder, TimeEntry, Volunteer
from coopdesk.ui import file_saving
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.pages.reports_page import ReportsPage
from coopdesk.ui.table_models.burden_table_model import BurdenCell, BurdenColumn, BurdenTableModel

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def filled(registry: ServiceRegistry) -> dict[str, int]:
    """2026: 4 h on a refused application of the DDETS (Sophie), 1 h on the CAF without an application
    (Yanis); 2025: 2 h on a granted application of the CAF (10 000 €)."""
    with registry._database.session() as session:
        ddets = Funder(name="DDETS", normalized_name="ddets", kind="state_service", level="departmental")
        caf = Funder(name="CAF", normalized_name="caf", kind="caf", level="departmental")
        sophie, yanis = Volunteer(name="Sophie"), Volunteer(name="Yanis")
        session.add_all([ddets, caf, sophie, yanis])
        session.flush()
        refused = Application(title="Camion", funder_id=ddets.id, status="refused")
        granted = Application(
            title="Épicerie", funder_id=caf.id, status="granted", amount_granted_cents=1_000_000
        )
        session.add_all([refused, granted])
        session.flush()
        session.add_all(
            [
                TimeEntry(application_id=refused.id, volunteer_id=sophie.id, spent_on=dt.date(2026, 3, 1),
                          minutes=240, activity="writing"),
                TimeEntry(funder_id=caf.id, volunteer_id=yanis.id, spent_on=dt.date(2026, 4, 1), minutes=60,
                          activity="research"),
                TimeEntry(application_id=granted.id, volunteer_id=sophie.id, spent_on=dt.date(2025, 5, 1),
                          minutes=120, activity="platform_entry"),
            ]
        )  # fmt: skip
        return {"ddets": ddets.id, "caf": caf.id, "sophie": sophie.id, "yanis": yanis.id}


def _page(qtbot, registry: ServiceRegistry) -> ReportsPage:
    page = ReportsPage(registry, today=lambda: TODAY)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.report_loaded, timeout=10_000):
        page.refresh()
    return page


def _loaded(qtbot, page: ReportsPage, change: Callable[[], object]) -> None:
    """Make a change and wait for the figures it asks for (computed off the GUI thread)."""
    with qtbot.waitSignal(page.report_loaded, timeout=10_000):
        change()


def _column(page: ReportsPage, key: str, column: int) -> list[str]:
    model = page.tables[key][0]
    return [model.cell(row, column).text for row in range(model.rowCount())]


def test_this_year_by_default_with_figures_charts_and_tables(qtbot, registry, filled):
    page = _page(qtbot, registry)
    assert page.current_filter().start == dt.date(2026, 1, 1)
    assert page.current_filter().end == dt.date(2026, 12, 31)
    assert not page.start_edit.isEnabled()
    report = page.report
    assert report is not None
    assert (report.minutes, report.minutes_no_return, report.minutes_without_application) == (300, 240, 60)
    assert not page.figures.isHidden()
    assert page.empty_label.isHidden()
    assert page.total_card.value_label.text() == "5\u00a0h"
    assert page.no_return_card.value_label.text() == "4\u00a0h"
    assert "2026" in page.summary_label.text()
    assert _column(page, "funders", 0) == ["DDETS", "CAF"]
    assert _column(page, "applications", 0)[0] == "Camion"
    assert _column(page, "volunteers", 0) == ["Sophie", "Yanis"]
    assert len(page.charts.chart_titles()) == 3
    assert all(page.charts.chart_titles())
    assert page.charts.funder_view.chart().series()[0].barSets()[0].count() == 2
    assert page.charts.activity_view.chart().series()[0].count() == 2


def test_quick_periods_and_filters(qtbot, registry, filled):
    page = _page(qtbot, registry)
    _loaded(qtbot, page, lambda: page.choose_period(PeriodChoice.LAST_YEAR))
    assert page.report is not None
    assert page.report.minutes == 120
    assert page.per_hour_card.value_label.text() == "5\u202f000,00\u00a0€"

    _loaded(qtbot, page, lambda: page.choose_period(PeriodChoice.LAST_12_MONTHS))
    assert page.current_filter().start == dt.date(2025, 11, 29)
    assert page.current_filter().end == TODAY

    _loaded(qtbot, page, lambda: page.choose_period(PeriodChoice.CUSTOM))
    assert page.start_edit.isEnabled()
    _loaded(qtbot, page, lambda: page.set_custom_period(dt.date(2025, 1, 1), dt.date(2026, 12, 31)))
    assert page.report is not None
    assert page.report.minutes == 420

    _loaded(qtbot, page, lambda: page.funder_combo.setCurrentIndex(page.funder_combo.findData(filled["caf"])))
    assert page.report is not None
    assert page.report.minutes == 180
    _loaded(
        qtbot,
        page,
        lambda: page.volunteer_combo.setCurrentIndex(page.volunteer_combo.findData(filled["yanis"])),
    )
    assert page.report is not None
    assert page.report.minutes == 60
    _loaded(qtbot, page, lambda: page.funder_combo.setCurrentIndex(0))
    _loaded(qtbot, page, lambda: page.volunteer_combo.setCurrentIndex(0))
    _loaded(qtbot, page, lambda: page.status_combo.setCurrentIndex(page.status_combo.findData("no_return")))
    assert page.report is not None
    assert page.report.minutes == 240


def test_a_period_without_time_says_so_and_an_inverted_one_is_refused(qtbot, registry, filled):
    page = _page(qtbot, registry)
    _loaded(qtbot, page, lambda: page.set_custom_period(dt.date(2010, 1, 1), dt.date(2010, 12, 31)))
    assert page.figures.isHidden()
    assert not page.empty_label.isHidden()
    assert "01/01/2010" in page.empty_label.text()
    assert page.export_buttons["pdf"].isEnabled()  # the PDF says that nothing was recorded

    _loaded(qtbot, page, lambda: page.set_custom_period(dt.date(2026, 2, 1), dt.date(2026, 1, 1)))
    assert page.report is None
    assert not page.empty_label.isHidden()
    assert not page.export_buttons["pdf"].isEnabled()


def test_hourly_valuation_is_shown_changed_for_everyone_and_reset(qtbot, registry, filled):
    page = _page(qtbot, registry)
    assert page.valuation_edit.text() == "12,02"
    assert "2026" in page.valuation_note.text()
    assert not page.valuation_reset.isEnabled()

    page.valuation_edit.setText("15")
    with qtbot.waitSignals([page.status_message, page.report_loaded], timeout=10_000):
        assert page.apply_valuation()
    assert registry.burden.hourly_valuation() == (1500, False)
    assert page.report is not None
    assert page.report.valuation_cents == 7500  # 5 h at 15 €
    assert page.valuation_reset.isEnabled()

    page.valuation_edit.setText("douze")
    assert not page.apply_valuation()
    assert page.valuation_error.has_error()
    page.valuation_edit.setText("2000")
    assert not page.apply_valuation()
    assert registry.burden.hourly_valuation() == (1500, False)

    _loaded(qtbot, page, lambda: qtbot.mouseClick(page.valuation_reset, Qt.MouseButton.LeftButton))
    assert registry.burden.hourly_valuation() == (1202, True)
    assert page.valuation_edit.text() == "12,02"
    assert not page.valuation_error.has_error()


@pytest.mark.parametrize("kind", ["pdf", "csv", "xlsx"])
def test_exports_are_written_in_the_background(qtbot, registry, filled, tmp_path, monkeypatch, kind):
    page = _page(qtbot, registry)
    target = tmp_path / "rapport"
    asked: list[Path] = []

    def ask(_parent, _title, suggested: Path, _filters) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(file_saving, "ask_save_path", ask)
    with qtbot.waitSignal(page.status_message, timeout=10_000):
        written = page.export(kind)
    assert written == tmp_path / f"rapport.{kind}"
    assert asked[0].name.endswith(f"2026.{kind}")
    data = written.read_bytes()
    if kind == "pdf":
        assert data.startswith(b"%PDF")
    elif kind == "xlsx":
        sheet = load_workbook(written).active
        assert sheet is not None
        assert sheet.cell(row=4, column=6).value == "=SUM(F2:F3)"
    else:
        assert "Camion" in data.decode("utf-8-sig")
    assert not page.progress.isVisible()


def test_a_cancelled_export_writes_nothing(qtbot, registry, filled, monkeypatch):
    page = _page(qtbot, registry)
    monkeypatch.setattr(file_saving, "ask_save_path", lambda *_args: None)
    assert page.export("pdf") is None


def test_a_failed_export_is_told(qtbot, registry, filled, tmp_path, monkeypatch):
    page = _page(qtbot, registry)
    monkeypatch.setattr(file_saving, "ask_save_path", lambda *_args: tmp_path / "missing" / "r.pdf")
    warned: list[str] = []
    monkeypatch.setattr(message_box, "warn", lambda _parent, _title, text: warned.append(text))
    page.export("pdf")
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert page.export_buttons["pdf"].isEnabled()


def test_burden_table_model(qtmodeltester):
    model = BurdenTableModel()
    model.set_table(
        [BurdenColumn("Financeur"), BurdenColumn("Heures", numeric=True)],
        [
            [BurdenCell("DDETS", "ddets"), BurdenCell("4 h", 240)],
            [BurdenCell("CAF", "caf"), BurdenCell("1 h", 60)],
        ],
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Heures"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Heures"
    model.set_table([BurdenColumn("Sans retour", numeric=True, tip="Refusés ou abandonnés")], [])
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Refusés ou abandonnés"
    )


def test_a_small_window_puts_filters_and_cards_on_two_rows_without_scrolling_sideways(
    qtbot, registry, filled
):
    page = _page(qtbot, registry)
    page.resize(1400, 800)
    page.show()
    qtbot.waitExposed(page)
    assert (page.filter_columns, page.card_columns) == (6, 4)
    page.resize(760, 560)
    qtbot.waitUntil(lambda: page.filter_columns == 3)
    assert page.card_columns == 2
    scroll = page.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0)
    heights = {card.height() for card in page.cards}
    assert len(heights) == 1  # every card as tall as the one with the longest caption
    for card in page.cards:
        assert card.toolTip()  # the long explanation, the caption stays short
        assert card.height() >= card.heightForWidth(card.width())
    first = page.tables["funders"][1]
    assert first.columnWidth(0) >= 200


def test_the_charts_are_not_keyboard_stops(qtbot, registry, filled):
    page = _page(qtbot, registry)
    for view in (page.charts.funder_view, page.charts.per_hour_view, page.charts.activity_view):
        assert view.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert view.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus
    assert page.charts.funder_view.toolTip()


def test_the_summary_names_only_the_time_there_is(qtbot, registry, filled):
    page = _page(qtbot, registry)
    full = page.summary_label.text()
    assert "4\u00a0h" in full  # on the applications
    assert "1\u00a0h" in full  # outside any application
    _loaded(
        qtbot, page, lambda: page.funder_combo.setCurrentIndex(page.funder_combo.findData(filled["ddets"]))
    )
    only_applications = page.summary_label.text()
    assert "4\u00a0h" in only_applications
    assert "0\u00a0h" not in only_applications
    _loaded(qtbot, page, lambda: page.funder_combo.setCurrentIndex(page.funder_combo.findData(filled["caf"])))
    assert page.report is not None
    assert page.report.applications == 0
    assert "1\u00a0h" in page.summary_label.text()
    assert "0\u00a0h" not in page.summary_label.text()


def test_chart_axes_speak_french_and_a_bar_names_its_funder_in_full(qtbot, registry, filled, monkeypatch):
    from coopdesk.ui.widgets import burden_charts

    shown: list[str] = []

    class FakeToolTip:
        @staticmethod
        def showText(_position, text, _widget):
            shown.append(text)

        @staticmethod
        def hideText():
            shown.append("")

    monkeypatch.setattr(burden_charts, "QToolTip", FakeToolTip)
    page = _page(qtbot, registry)
    chart = page.charts.funder_view.chart()
    assert chart.localizeNumbers()
    assert chart.locale().decimalPoint() == ","
    bar_set = chart.series()[0].barSets()[0]
    bar_set.hovered.emit(True, bar_set.count() - 1)  # the top bar: the funder with most hours
    bar_set.hovered.emit(False, 0)
    assert shown == ["DDETS\n4\u00a0h", ""]
