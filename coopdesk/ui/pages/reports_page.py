"""Rapports: the administrative burden of the applications over a period.

Filters (period, funder, volunteer, status) at the top; the hourly valuation of volunteer time (shared by
the whole association) beside them; key figures and a summary sentence; three charts; the tables per
funder, application, status, activity and volunteer below. The figures come from BurdenService (SQL
GROUP BY); the PDF, CSV and XLSX are built off the GUI thread and written where the user chose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.burden import BurdenFilter, BurdenReport, PeriodChoice, is_calendar_year, period_for
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.domain.errors import CoopDeskError, InvalidValue
from coopdesk.domain.money import parse_money
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui import file_saving
from coopdesk.ui.background import run_in_background
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import (
    date_text,
    local_today,
    money,
    per_hour_caption,
    per_hour_explanation,
    percent,
    status_label,
)
from coopdesk.ui.formatting import hours as duration_text
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.burden_table_model import BurdenCell, BurdenColumn, BurdenTableModel
from coopdesk.ui.widgets.burden_charts import BurdenCharts, activity_label, funder_text
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel
from coopdesk.ui.widgets.figure_card import FigureCard

EXPORT_KINDS = ("pdf", "csv", "xlsx")
TABLE_MIN_HEIGHT = 260
PAGE_MARGIN = 16
TEXT_COLUMN_MAX_WIDTH = 220  # a longer name is elided; its tooltip gives it whole
FIRST_COLUMN_MIN_WIDTH = 200  # the name column takes the width the figures leave, at least this
NO_RETURN = "no_return"  # the status filter "refused or withdrawn"


def _cents_text(cents: int) -> str:
    """ "12,02" for the valuation field."""
    return money(cents).removesuffix("\u00a0€")


class ReportsPage(QWidget):
    status_message = Signal(str)
    report_loaded = Signal()  # the figures shown are those of the current filters

    def __init__(
        self,
        registry: ServiceRegistry,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._service = registry.burden
        self._today = today
        self.report: BurdenReport | None = None
        self._exporting = False
        self._loading = False
        self._generation = 0  # of the last reload: older results are dropped
        self._table_viewports: dict[QObject, QTableView] = {}  # to fit their columns when resized

        self.title = QLabel(self.tr("Administrative burden"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.intro = QLabel(
            self.tr(
                "The time spent on applications, what it brought in, and its value as volunteer "
                "contribution in kind."
            )
        )
        self.intro.setWordWrap(True)

        # -- filters
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        for choice, label in (
            (PeriodChoice.THIS_YEAR, self.tr("This year")),
            (PeriodChoice.LAST_YEAR, self.tr("Last year")),
            (PeriodChoice.LAST_12_MONTHS, self.tr("Last 12 months")),
            (PeriodChoice.CUSTOM, self.tr("Custom dates")),
        ):
            self.period_combo.addItem(label, choice.value)
        self.start_edit = self._date_edit("startDate")
        self.end_edit = self._date_edit("endDate")
        self.funder_combo = QComboBox()
        self.funder_combo.setObjectName("funderFilter")
        self.funder_combo.setMinimumContentsLength(18)
        self.funder_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.volunteer_combo = QComboBox()
        self.volunteer_combo.setObjectName("volunteerFilter")
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("All statuses"), None)
        self.status_combo.addItem(self.tr("Refused or withdrawn"), NO_RETURN)
        for status in ApplicationStatus:
            self.status_combo.addItem(status_label(status), status.value)

        self.volunteer_combo.setMinimumContentsLength(14)
        self.volunteer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # One row of six filters when there is room, else two rows of three (no horizontal scrolling).
        self.filters = QGridLayout()
        self.filters.setHorizontalSpacing(8)
        self.filter_fields: list[tuple[QLabel, QWidget]] = []
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Pe&riod"), self.period_combo),
            (self.tr("Fro&m"), self.start_edit),
            (self.tr("&To"), self.end_edit),
            (self.tr("F&under"), self.funder_combo),
            (self.tr("Vo&lunteer"), self.volunteer_combo),
            (self.tr("&Status"), self.status_combo),
        )
        for caption, field in fields:
            filter_label = QLabel(caption)
            filter_label.setBuddy(field)
            self.filter_fields.append((filter_label, field))
        self.filter_columns = 0
        self._arrange_filters(len(self.filter_fields))

        # -- exports
        self.export_buttons: dict[str, QPushButton] = {}
        exports = QHBoxLayout()
        for kind, text, tip in (
            ("pdf", self.tr("Export &PDF…"), self.tr("A report to hand over: summary, charts and tables")),
            ("csv", self.tr("Export CS&V…"), self.tr("The table per application, for a spreadsheet")),
            ("xlsx", self.tr("Export &XLSX…"), self.tr("The table per application, with live totals")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"export_{kind}")
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, chosen=kind: self.export(chosen))
            exports.addWidget(button)
            self.export_buttons[kind] = button
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        exports.addWidget(self.progress)
        self.computing_label = QLabel(self.tr("Computing…"))
        self.computing_label.setObjectName("computingLabel")
        self.computing_label.hide()
        exports.addWidget(self.computing_label)
        exports.addStretch(1)
        self.export_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self.export_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_shortcut.activated.connect(lambda: self.export("pdf"))

        # -- the hourly valuation
        self.valuation_edit = QLineEdit()
        self.valuation_edit.setObjectName("hourlyValuation")
        self.valuation_edit.setMaximumWidth(90)
        self.valuation_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.valuation_edit.returnPressed.connect(self.apply_valuation)
        self.valuation_apply = QPushButton(self.tr("Apply"))
        self.valuation_apply.setObjectName("applyValuation")
        self.valuation_apply.clicked.connect(self.apply_valuation)
        self.valuation_reset = QPushButton(
            self.tr("Default (%1)").replace("%1", money(self._service.default_hourly_valuation()))
        )
        self.valuation_reset.setObjectName("resetValuation")
        self.valuation_reset.clicked.connect(self.reset_valuation)
        self.valuation_note = QLabel()
        self.valuation_note.setObjectName("valuationNote")
        self.valuation_note.setWordWrap(True)
        self.valuation_error = FieldErrorLabel()
        valuation_row = QHBoxLayout()
        valuation_label = QLabel(self.tr("Value of one &hour of volunteer time"))
        valuation_label.setBuddy(self.valuation_edit)
        valuation_row.addWidget(valuation_label)
        valuation_row.addWidget(self.valuation_edit)
        valuation_row.addWidget(QLabel(self.tr("€")))
        valuation_row.addWidget(self.valuation_apply)
        valuation_row.addWidget(self.valuation_reset)
        valuation_row.addStretch(1)
        valuation_box = QGroupBox(self.tr("Hourly valuation (shared by the whole association)"))
        valuation_layout = QVBoxLayout(valuation_box)
        valuation_layout.addLayout(valuation_row)
        valuation_layout.addWidget(self.valuation_error)
        valuation_layout.addWidget(self.valuation_note)

        # -- figures and summary: four cards in a row when there is room, else two rows of two
        self.total_card = FigureCard(self.tr("Time spent"))
        self.no_return_card = FigureCard(self.tr("Without return"))
        self.per_hour_card = FigureCard(self.tr("Obtained per hour"))
        self.valuation_card = FigureCard(self.tr("Value of this time"))
        self.cards = [self.total_card, self.no_return_card, self.per_hour_card, self.valuation_card]
        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(8)
        self.card_columns = 0
        self._arrange_cards(len(self.cards))
        for card in self.cards:
            card.installEventFilter(self)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("burdenSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # -- charts and tables
        self.charts = BurdenCharts()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("burdenTables")
        self.tables: dict[str, tuple[BurdenTableModel, QTableView]] = {}
        for key, title in (
            ("funders", self.tr("Per funder")),
            ("applications", self.tr("Per application")),
            ("statuses", self.tr("Per status")),
            ("activities", self.tr("Per activity")),
            ("volunteers", self.tr("Per volunteer")),
        ):
            self.tables[key] = self._table(key)
            self.tabs.addTab(self.tables[key][1], title)
        self.tabs.setMinimumHeight(TABLE_MIN_HEIGHT)

        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addLayout(self.cards_grid)
        figures_layout.addWidget(self.summary_label)
        figures_layout.addWidget(self.charts)
        figures_layout.addWidget(self.tabs, 1)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("burdenEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMinimumHeight(120)
        self.empty_label.hide()
        self.figures = figures

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(self.filters)
        layout.addLayout(exports)
        layout.addWidget(valuation_box)
        layout.addWidget(self.figures, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._set_period(PeriodChoice.THIS_YEAR)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(lambda _date: self.reload())
        for combo in (self.funder_combo, self.volunteer_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _index: self.reload())

    # -- building ---------------------------------------------------------------------------------

    def _arrange_filters(self, columns: int) -> None:
        if columns == self.filter_columns:
            return
        self.filter_columns = columns
        for label, field in self.filter_fields:
            self.filters.removeWidget(label)
            self.filters.removeWidget(field)
        for column in range(len(self.filter_fields) + 1):
            self.filters.setColumnStretch(column, 0)
        for position, (label, field) in enumerate(self.filter_fields):
            row, column = 2 * (position // columns), position % columns
            self.filters.addWidget(label, row, column)
            self.filters.addWidget(field, row + 1, column)
        self.filters.setColumnStretch(columns, 1)

    def _arrange_cards(self, columns: int) -> None:
        if columns == self.card_columns:
            return
        self.card_columns = columns
        for card in self.cards:
            self.cards_grid.removeWidget(card)
        for column in range(len(self.cards)):
            self.cards_grid.setColumnStretch(column, 1 if column < columns else 0)
        for position, card in enumerate(self.cards):
            self.cards_grid.addWidget(card, position // columns, position % columns)

    def _layout_for(self, width: int) -> None:
        """Six filters and four cards side by side when they fit in `width`, else in two rows."""
        available = width - 2 * PAGE_MARGIN - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        spacing = self.filters.horizontalSpacing()
        fields = [field.sizeHint().width() for _label, field in self.filter_fields]
        self._arrange_filters(
            len(fields) if sum(fields) + spacing * (len(fields) - 1) <= available else (len(fields) + 1) // 2
        )
        widest = max(card.minimumSizeHint().width() for card in self.cards)
        needed = len(self.cards) * max(widest, 200) + (len(self.cards) - 1) * self.cards_grid.spacing()
        self._arrange_cards(len(self.cards) if needed <= available else 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout_for(event.size().width())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in self.cards:
            self._fit_card_heights()
        elif event.type() == QEvent.Type.Resize and watched in self._table_viewports:
            self._fit_first_column(self._table_viewports[watched])
        return super().eventFilter(watched, event)

    def _fit_card_heights(self) -> None:
        """Every card as tall as the tallest wrapped caption needs: no caption cut or overlapping."""
        needed = max(card.heightForWidth(card.width()) for card in self.cards)
        if needed <= 0:
            return  # not laid out yet
        for card in self.cards:
            if card.minimumHeight() != needed:
                card.setMinimumHeight(needed)

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setMaximumDate(QDate(2200, 12, 31))
        return edit

    def _table(self, key: str) -> tuple[BurdenTableModel, QTableView]:
        model = BurdenTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view = QTableView()
        view.setObjectName(f"table_{key}")
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.viewport().installEventFilter(self)
        self._table_viewports[view.viewport()] = view
        view.horizontalHeader().setStretchLastSection(False)
        view.horizontalHeader().setMinimumSectionSize(60)
        return model, view

    # -- filters ----------------------------------------------------------------------------------

    def _set_period(self, choice: PeriodChoice) -> None:
        start, end = period_for(choice, self._today())
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        custom = choice is PeriodChoice.CUSTOM
        self.start_edit.setEnabled(custom)
        self.end_edit.setEnabled(custom)

    def _period_chosen(self) -> None:
        self._set_period(PeriodChoice(self.period_combo.currentData()))
        self.reload()

    def choose_period(self, choice: PeriodChoice) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(choice.value))

    def set_custom_period(self, start: dt.date, end: dt.date) -> None:
        self.choose_period(PeriodChoice.CUSTOM)
        for edit, day in ((self.start_edit, start), (self.end_edit, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.reload()

    def current_filter(self) -> BurdenFilter:
        start, end = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        assert isinstance(start, dt.date)
        assert isinstance(end, dt.date)
        chosen_status = self.status_combo.currentData()
        if chosen_status == NO_RETURN:
            statuses = frozenset({ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN})
        elif chosen_status:
            statuses = frozenset({ApplicationStatus(chosen_status)})
        else:
            statuses = frozenset()
        return BurdenFilter(
            start,
            end,
            funder_id=self.funder_combo.currentData(),
            volunteer_id=self.volunteer_combo.currentData(),
            statuses=statuses,
        )

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, int]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, item_id in items:
            combo.addItem(text, item_id)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    # -- loading ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the choices of the filters, the valuation and the figures."""
        self._refill(
            self.funder_combo,
            self.tr("All funders"),
            [(funder.name, funder.id) for funder in self._registry.funders.list_all()],
        )
        self._refill(
            self.volunteer_combo,
            self.tr("All volunteers"),
            [(volunteer.name, volunteer.id) for volunteer in self._registry.volunteers.list()],
        )
        self._show_valuation()
        self.reload()

    def reload(self) -> None:
        """Compute the figures of the current filters off the GUI thread (a large database takes
        seconds); a result for filters changed meanwhile is dropped."""
        chosen = self.current_filter()
        self._generation += 1
        if chosen.start > chosen.end:
            self.report = None
            self._loading = False
            self.computing_label.hide()
            self._show_empty(
                self.tr("The period ends before it starts: choose a start date before the end date.")
            )
            self.report_loaded.emit()
            return
        generation = self._generation
        service, today = self._service, self._today()
        self._loading = True
        self.computing_label.show()
        self._update_export_buttons()
        run_in_background(
            self,
            lambda: service.report(chosen, today),
            lambda report: self._loaded(generation, report),
            lambda error: self._load_failed(generation, error),
        )

    def _loaded(self, generation: int, report: BurdenReport) -> None:
        if generation != self._generation:
            return  # the filters changed meanwhile: a newer result is coming
        self._loading = False
        self.computing_label.hide()
        self.report = report
        self._show(report)
        self.report_loaded.emit()

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.computing_label.hide()
        if not isinstance(error, CoopDeskError):
            raise error  # a defect: shown by the window's handler of unexpected errors
        self.report = None
        self._show_empty(error_message(error))
        self.report_loaded.emit()

    def _update_export_buttons(self) -> None:
        enabled = self.report is not None and not self._exporting and not self._loading
        for button in self.export_buttons.values():
            button.setEnabled(enabled)

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.figures.hide()  # hidden rather than stacked: the empty page is not as tall as the figures
        self.empty_label.show()
        self._update_export_buttons()

    def _show(self, report: BurdenReport) -> None:
        self._update_export_buttons()
        if report.is_empty:
            self._show_empty(
                self.tr("No time recorded between %1 and %2. Time is recorded on the Time page.")
                .replace("%1", date_text(report.filter.start))
                .replace("%2", date_text(report.filter.end))
            )
            return
        self.empty_label.hide()
        self.figures.show()
        self._set_card(
            self.total_card,
            duration_text(report.minutes),
            f"{self._applications_text(report.applications)}, {self._entries_text(report.entries)}",
            self.tr("Volunteer time recorded between %1 and %2, with the filters chosen.")
            .replace("%1", date_text(report.filter.start))
            .replace("%2", date_text(report.filter.end)),
        )
        self._set_card(
            self.no_return_card,
            duration_text(report.minutes_no_return),
            self.tr("Refused: %1 · withdrawn: %2")
            .replace("%1", str(report.refused_applications))
            .replace("%2", str(report.withdrawn_applications)),
            self.tr("Hours spent on the applications that were refused or withdrawn."),
        )
        per_hour = report.cents_per_hour
        self._set_card(
            self.per_hour_card,
            money(per_hour) if per_hour is not None else "—",
            per_hour_caption(report.granted_cents, report.minutes_decided),
            per_hour_explanation(),
        )
        self._set_card(
            self.valuation_card,
            money(report.valuation_cents),
            self.tr("at %1 an hour").replace("%1", money(report.hourly_valuation_cents)),
            self.tr(
                "The hours spent on grant applications, valued at the hourly valuation below. They are "
                "part of the volunteering to put in lines 864 and 870 of the CERFA budget, not the whole "
                "of those lines, which hold all the association's volunteer time."
            ),
        )
        self.summary_label.setText(self._summary(report))
        self.charts.set_report(report)
        self._fill_tables(report)

    @staticmethod
    def _set_card(card: FigureCard, value: str, caption: str, explanation: str) -> None:
        """A short caption that fits the card; the long explanation as tooltip (and for screen readers)."""
        card.set_figure(value, caption)
        card.setToolTip(explanation)
        card.setAccessibleDescription(f"{caption}. {explanation}")

    def _summary(self, report: BurdenReport) -> str:
        start, end = report.filter.start, report.filter.end
        if is_calendar_year(start, end):
            when = self.tr("In %1").replace("%1", str(start.year))
        else:
            when = self.tr("From %1 to %2").replace("%1", date_text(start)).replace("%2", date_text(end))
        on_applications = report.minutes - report.minutes_without_application
        if not report.applications:
            text = self.tr("%1, %2 of volunteer time went into funders and calls, without an application.")
        elif not report.minutes_without_application:
            text = self.tr("%1, %2 of volunteer time went into the applications (%3).")
        else:
            text = self.tr(
                "%1, %2 of volunteer time went into the applications (%3) and %4 into funders and calls "
                "without an application."
            )
        text = (
            text.replace("%1", when)
            .replace("%2", duration_text(on_applications if report.applications else report.minutes))
            .replace("%3", self._applications_text(report.applications))
            .replace("%4", duration_text(report.minutes_without_application))
        )
        if report.minutes_no_return:
            text += " " + self.tr("%1 (%2) were spent on applications refused or withdrawn.").replace(
                "%1", duration_text(report.minutes_no_return)
            ).replace("%2", percent(round(report.minutes_no_return * 100 / report.minutes)))
        return text

    def _applications_text(self, count: int) -> str:
        # Explicit singular and plural strings, as in ui/formatting (French: singular below 2).
        if count < 2:
            return self.tr("%1 application").replace("%1", str(count))
        return self.tr("%1 applications").replace("%1", str(count))

    def _entries_text(self, count: int) -> str:
        if count < 2:
            return self.tr("%1 entry").replace("%1", str(count))
        return self.tr("%1 entries").replace("%1", str(count))

    def _fill_tables(self, report: BurdenReport) -> None:
        def hours(minutes: int) -> BurdenCell:
            return BurdenCell(duration_text(minutes), minutes)

        def cents(value: int | None) -> BurdenCell:
            return BurdenCell(money(value) if value is not None else "—", -1 if value is None else value)

        def text(value: str) -> BurdenCell:
            return BurdenCell(value, value.casefold())

        def number(value: int) -> BurdenCell:
            return BurdenCell(str(value), value)

        def share(minutes: int) -> BurdenCell:
            return BurdenCell(
                percent(round(minutes * 100 / report.minutes)) if report.minutes else "", minutes
            )

        without = self.tr("without an application")
        self._set_table(
            "funders",
            [
                BurdenColumn(self.tr("Funder")),
                BurdenColumn(self.tr("Applications"), True),
                BurdenColumn(self.tr("Hours"), True),
                BurdenColumn(
                    self.tr("Outside applications"),
                    True,
                    self.tr("Hours spent with the funder or on its calls before any application"),
                ),
                BurdenColumn(
                    self.tr("Without return"),
                    True,
                    self.tr("Hours spent on applications refused or withdrawn"),
                ),
                BurdenColumn(self.tr("Granted"), True),
                BurdenColumn(
                    self.tr("Per hour"),
                    True,
                    self.tr("Amounts granted per hour spent on the applications whose outcome is known"),
                ),
                BurdenColumn(self.tr("Valuation"), True, self.tr("The hours valued at the hourly valuation")),
            ],
            [
                [
                    text(funder_text(row.funder_name)),
                    number(row.applications),
                    hours(row.minutes),
                    hours(row.minutes_without_application),
                    hours(row.minutes_no_return),
                    cents(row.granted_cents),
                    cents(row.cents_per_hour),
                    cents(valuation),
                ]
                for row, valuation in zip(
                    report.by_funder,
                    report.valuations_of([row.minutes for row in report.by_funder]),
                    strict=True,
                )
            ],
        )
        self._set_table(
            "applications",
            [
                BurdenColumn(self.tr("Application")),
                BurdenColumn(self.tr("Funder")),
                BurdenColumn(self.tr("Status")),
                BurdenColumn(self.tr("Entries"), True),
                BurdenColumn(self.tr("Hours"), True),
                BurdenColumn(self.tr("Granted"), True),
            ],
            [
                [
                    text(row.title if row.application_id is not None else f"({without})"),
                    text(funder_text(row.funder_name)),
                    text(status_label(row.status) if row.status is not None else without),
                    number(row.entries),
                    hours(row.minutes),
                    cents(row.granted_cents),
                ]
                for row in report.by_application
            ],
        )
        self._set_table(
            "statuses",
            [
                BurdenColumn(self.tr("Status")),
                BurdenColumn(self.tr("Applications"), True),
                BurdenColumn(self.tr("Hours"), True),
                BurdenColumn(self.tr("Share of the time"), True),
            ],
            [
                [
                    text(status_label(row.status) if row.status is not None else without),
                    number(row.applications),
                    hours(row.minutes),
                    share(row.minutes),
                ]
                for row in report.by_status
            ],
        )
        self._set_table(
            "activities",
            [
                BurdenColumn(self.tr("Activity")),
                BurdenColumn(self.tr("Entries"), True),
                BurdenColumn(self.tr("Hours"), True),
                BurdenColumn(self.tr("Share of the time"), True),
            ],
            [
                [
                    text(activity_label(row.activity)),
                    number(row.entries),
                    hours(row.minutes),
                    share(row.minutes),
                ]
                for row in report.by_activity
            ],
        )
        nobody = self.tr("(nobody named)")
        self._set_table(
            "volunteers",
            [
                BurdenColumn(self.tr("Volunteer")),
                BurdenColumn(self.tr("Entries"), True),
                BurdenColumn(self.tr("Hours"), True),
                BurdenColumn(self.tr("Valuation"), True),
            ],
            [
                [
                    text(row.name if row.volunteer_id is not None else nobody),
                    number(row.entries),
                    hours(row.minutes),
                    cents(valuation),
                ]
                for row, valuation in zip(
                    report.by_volunteer,
                    report.valuations_of([row.minutes for row in report.by_volunteer]),
                    strict=True,
                )
            ],
        )

    def _set_table(self, key: str, columns: list[BurdenColumn], rows: list[list[BurdenCell]]) -> None:
        model, view = self.tables[key]
        model.set_table(columns, rows)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: most hours first
        # Figures as wide as they need; a long name is elided (its tooltip gives it whole) and the first
        # column takes the room left, so that the table fits the page without scrolling sideways.
        header = view.horizontalHeader()
        view.resizeColumnsToContents()
        for column, described in enumerate(columns):
            if column and not described.numeric and header.sectionSize(column) > TEXT_COLUMN_MAX_WIDTH:
                header.resizeSection(column, TEXT_COLUMN_MAX_WIDTH)
        self._fit_first_column(view)

    @staticmethod
    def _fit_first_column(view: QTableView) -> None:
        header = view.horizontalHeader()
        if header.count() == 0:
            return
        others = sum(header.sectionSize(column) for column in range(1, header.count()))
        header.resizeSection(0, max(FIRST_COLUMN_MIN_WIDTH, view.viewport().width() - others))

    # -- the hourly valuation ---------------------------------------------------------------------

    def _show_valuation(self) -> None:
        cents, is_default = self._service.hourly_valuation()
        self.valuation_edit.setText(_cents_text(cents))
        self.valuation_error.hide_error()
        self.valuation_reset.setEnabled(not is_default)
        if is_default:
            note = self.tr(
                "In use: %1 an hour, the default: the gross hourly minimum wage (SMIC) on 1 January 2026. "
                "Change it if your association values volunteer time otherwise; it applies to every PC."
            )
        else:
            note = self.tr(
                "In use: %1 an hour, chosen by the association (default: %2, the gross hourly minimum wage "
                "(SMIC) on 1 January 2026). It applies to every PC."
            ).replace("%2", money(self._service.default_hourly_valuation()))
        self.valuation_note.setText(note.replace("%1", money(cents)))

    def apply_valuation(self) -> bool:
        try:
            cents = parse_money(self.valuation_edit.text())
            self._service.set_hourly_valuation(cents)
        except InvalidValue as error:
            if error.kind == "money":
                self.valuation_error.show_error(error_message(error))
            else:
                self.valuation_error.show_error(
                    self.tr("Enter an amount between 0 € and %1 an hour.").replace("%1", money(100_000))
                )
            return False
        self._show_valuation()
        self.reload()
        self.status_message.emit(self.tr("Hourly valuation saved: %1.").replace("%1", money(cents)))
        return True

    def reset_valuation(self) -> None:
        self._service.reset_hourly_valuation()
        self._show_valuation()
        self.reload()

    # -- exports ----------------------------------------------------------------------------------

    def _suggested_name(self, kind: str) -> str:
        chosen = self.current_filter()
        if is_calendar_year(chosen.start, chosen.end):
            period = str(chosen.start.year)
        else:
            period = f"{chosen.start.isoformat()}_{chosen.end.isoformat()}"
        return self.tr("burden-%1").replace("%1", period) + f".{kind}"

    def export(self, kind: str) -> Path | None:
        """Ask where, then build the file off the GUI thread; the path chosen (None when cancelled)."""
        report = self.report
        if report is None or self._exporting or self._loading:
            return None
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "csv": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
        }
        path = file_saving.ask_save_path(
            self, self.tr("Export the burden report"), Path.home() / self._suggested_name(kind), filters[kind]
        )
        if path is None:
            return None
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        service = self._service
        build = {"pdf": service.pdf, "csv": service.csv, "xlsx": service.xlsx}[kind]

        def work() -> Path:
            file_saving.write_atomically(path, build(report))
            return path

        self._set_exporting(True)
        run_in_background(self, work, self._exported, self._export_failed)
        return path

    def _set_exporting(self, busy: bool) -> None:
        self._exporting = busy
        self.progress.setVisible(busy)
        self._update_export_buttons()

    def _exported(self, path: Path) -> None:
        self._set_exporting(False)
        self.status_message.emit(self.tr("Report written to %1").replace("%1", str(path)))

    def _export_failed(self, error: BaseException) -> None:
        self._set_exporting(False)
        if isinstance(error, OSError):
            detail = error.strerror or str(error)
            message = self.tr("The file could not be written: %1").replace("%1", detail)
        elif isinstance(error, CoopDeskError):
            message = error_message(error)
        else:
            raise error
        message_box.warn(self, self.tr("Export failed"), message)
