"""Tableau de bord: this year's figures, what is due in the next 30 days, the pieces missing from the
applications being prepared, applications per status.

The page scrolls vertically on a small screen and its figure cards go on two or three rows when narrow:
the window stays usable at 1024×640."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.applications import ApplicationListRow
from coopdesk.domain.dashboard import LabelledChecklistGap
from coopdesk.domain.documents import ChecklistGap
from coopdesk.domain.enums import DocumentType
from coopdesk.domain.rows import DashboardSummary, StatusCount
from coopdesk.domain.time_entries import DashboardTimeFigures
from coopdesk.services.dashboard_service import DashboardService
from coopdesk.ui import file_saving
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.formatting import (
    FRENCH,
    NO_VALUE,
    date_text,
    hours,
    local_today,
    money,
    per_hour_caption,
    per_hour_explanation,
    percent,
    relative_days,
    status_label,
)
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.deadline_table_model import OVERDUE_FOREGROUND, Column, DeadlineTableModel
from coopdesk.ui.widgets.figure_card import FigureCard

if TYPE_CHECKING:  # built on first use
    from coopdesk.services.calendar_service import CalendarService

HORIZON_DAYS = 30
STATUS_BOX_MAX_WIDTH = 230
FUNDER_COLUMN_WIDTH = 170
PAGE_MARGINS = (24, 20, 24, 20)
CARD_SPACING = 12
WAITING_DAYS = 90
# What a deadline row can open; a piece ("document") opens the Pièces page at that piece.
OPENABLE_ENTITIES = frozenset({"application", "call", "interaction", "document"})


class DashboardPage(QWidget):
    # (entity, id) of the sheet to open: "application", "call", "interaction" or "document".
    open_requested = Signal(str, int)

    def __init__(
        self,
        dashboard: DashboardService,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
        calendar: Callable[[], CalendarService] | None = None,
    ) -> None:
        super().__init__(parent)
        self._dashboard = dashboard
        self._calendar = calendar
        self._today = today
        self.summary: DashboardSummary | None = None

        self.title = QLabel()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.subtitle = QLabel()

        self.requested_card = FigureCard(self.tr("Requested"))
        self.granted_card = FigureCard(self.tr("Granted"))
        self.paid_card = FigureCard(self.tr("Paid"))
        self.refusal_card = FigureCard(self.tr("Refusal rate"))
        self.month_hours_card = FigureCard(self.tr("Time this month"))
        self.euros_per_hour_card = FigureCard(self.tr("Obtained per hour"))
        self.cards = (
            self.requested_card,
            self.granted_card,
            self.paid_card,
            self.refusal_card,
            self.month_hours_card,
            self.euros_per_hour_card,
        )
        self.cards_grid = QGridLayout()
        self.cards_grid.setSpacing(CARD_SPACING)
        self.card_columns = 0
        for card in self.cards:
            # As tall as its wrapped caption needs at its width (see _fit_card_heights).
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            card_layout = card.layout()
            if isinstance(card_layout, QVBoxLayout):
                card_layout.addStretch(1)  # its text at the top when a neighbour is taller
            card.installEventFilter(self)
        self._arrange_cards(len(self.cards))

        self.deadline_model = DeadlineTableModel(self)
        self.deadline_proxy = QSortFilterProxyModel(self)
        self.deadline_proxy.setSourceModel(self.deadline_model)
        self.deadline_proxy.setSortRole(SORT_ROLE)
        self.deadline_table = QTableView()
        self.deadline_table.setModel(self.deadline_proxy)
        self.deadline_table.setSortingEnabled(True)
        self.deadline_table.sortByColumn(Column.DUE_ON, Qt.SortOrder.AscendingOrder)
        self.deadline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadline_table.setAlternatingRowColors(True)
        self.deadline_table.verticalHeader().hide()
        self.deadline_table.setWordWrap(False)
        self.deadline_table.activated.connect(self._deadline_activated)  # double-click or Enter
        header = self.deadline_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The title matters most: it takes what the other columns leave; the funder can be widened.
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.FUNDER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.FUNDER, FUNDER_COLUMN_WIDTH)
        self.no_deadline = QLabel(self.tr("Nothing is due in the next 30 days."))
        self.no_deadline.setWordWrap(True)
        self.no_deadline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.deadline_stack = QStackedWidget()
        self.deadline_stack.addWidget(self.deadline_table)
        self.deadline_stack.addWidget(self.no_deadline)
        self.overdue_label = QLabel()
        overdue_palette = self.overdue_label.palette()
        overdue_palette.setColor(self.overdue_label.foregroundRole(), OVERDUE_FOREGROUND)
        self.overdue_label.setPalette(overdue_palette)

        deadlines_box = QGroupBox(self.tr("Deadlines in the next 30 days"))
        deadlines_layout = QVBoxLayout(deadlines_box)
        self.calendar_button = QPushButton(self.tr("Export to a calendar…"))
        self.calendar_button.setToolTip(
            self.tr(
                "Every deadline as an .ics file for Outlook, Thunderbird or a phone, reminder 7 days before"
            )
        )
        self.calendar_button.clicked.connect(self.export_calendar)
        self.calendar_button.setVisible(calendar is not None)
        deadlines_top = QHBoxLayout()
        deadlines_top.addWidget(self.overdue_label, 1)
        deadlines_top.addStretch(1)  # the button keeps its size when nothing is overdue
        deadlines_top.addWidget(self.calendar_button)
        deadlines_layout.addLayout(deadlines_top)
        deadlines_layout.addWidget(self.deadline_stack)

        self.status_box = QGroupBox(self.tr("Applications by status"))
        self.status_box.setMaximumWidth(STATUS_BOX_MAX_WIDTH)
        self.status_grid = QGridLayout()
        self.status_grid.setColumnStretch(0, 1)
        self.status_grid.setHorizontalSpacing(16)
        status_layout = QVBoxLayout(self.status_box)
        status_layout.addLayout(self.status_grid)
        status_layout.addStretch(1)

        self.upper_row = QHBoxLayout()
        self.upper_row.setSpacing(12)
        self.upper_row.addWidget(deadlines_box, 3)
        self.upper_row.addWidget(self.status_box, 1)
        # On a narrow screen the deadlines and the missing pieces each take the whole width; the
        # status counts go down beside the refusal reasons.
        self.middle_row = QHBoxLayout()
        self.lower_row = self._build_waiting_and_reasons()
        self.lower_row.insertWidget(0, self._build_checklist_gaps(), 3)

        content = QWidget()
        content.setObjectName("dashboardContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.cards_grid)
        layout.addLayout(self.upper_row, 3)
        layout.addLayout(self.middle_row, 0)
        layout.addLayout(self.lower_row, 2)
        # On a small screen the page scrolls down rather than squeezing its tables to nothing.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.refresh()

    # -- the figure cards: one row when there is room, else two or three ---------------------------

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

    def _columns_for(self, width: int) -> int:
        """As many cards side by side as fit in `width` (6, 3 or 2: full rows)."""
        available = width - PAGE_MARGINS[0] - PAGE_MARGINS[2]
        widest = max(card.minimumSizeHint().width() for card in self.cards)
        for columns in (len(self.cards), 3):
            if columns * widest + (columns - 1) * CARD_SPACING <= available:
                return columns
        return 2

    def resizeEvent(self, event: QResizeEvent) -> None:
        columns = self._columns_for(event.size().width())
        self._arrange_cards(columns)
        self._place_boxes(wide=columns == len(self.cards))
        super().resizeEvent(event)

    def _place_boxes(self, *, wide: bool) -> None:
        """Wide: deadlines and status counts, then missing pieces, waiting, reasons. Narrow: deadlines,
        then missing pieces, then waiting, reasons and status counts."""
        if wide == self.is_wide():
            return
        for box in (self.status_box, self.gaps_box):
            for row in (self.upper_row, self.middle_row, self.lower_row):
                row.removeWidget(box)
        if wide:
            self.upper_row.addWidget(self.status_box, 1)
            self.lower_row.insertWidget(0, self.gaps_box, 3)
            self._set_row_stretch(self.middle_row, 0)
        else:
            self.middle_row.addWidget(self.gaps_box)
            self.lower_row.addWidget(self.status_box, 0)
            self._set_row_stretch(self.middle_row, 2)
        self._share_lower_row()

    def _set_row_stretch(self, row: QHBoxLayout, stretch: int) -> None:
        content = self.scroll_area.widget()
        column = content.layout() if content is not None else None
        if isinstance(column, QVBoxLayout):
            column.setStretchFactor(row, stretch)

    def is_wide(self) -> bool:
        """True when the status counts are beside the deadlines (a wide window)."""
        return self.upper_row.indexOf(self.status_box) >= 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched in self.cards:
            self._fit_card_heights()
        return super().eventFilter(watched, event)

    def _fit_card_heights(self) -> None:
        """Every card as tall as the tallest wrapped caption needs: no caption cut at the bottom."""
        needed = max(card.heightForWidth(card.width()) for card in self.cards)
        for card in self.cards:
            if card.minimumHeight() != needed:
                card.setMinimumHeight(needed)

    # -- the pieces missing from the applications being prepared -----------------------------------

    def _build_checklist_gaps(self) -> QGroupBox:
        self.checklist_gaps: list[ChecklistGap] = []
        self.gaps_table = _read_only_table(
            [self.tr("Deadline"), self.tr("Application"), self.tr("Pieces to provide")]
        )
        self.gaps_table.setObjectName("checklistGaps")
        self.gaps_table.setWordWrap(True)  # every piece named, on two lines if need be
        rows = self.gaps_table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # as tall as the other lists' lines
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.gaps_table.activated.connect(self._gap_activated)  # double-click or Enter
        gaps_header = self.gaps_table.horizontalHeader()
        gaps_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title and the
        gaps_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # pieces share the rest
        self.no_gap = QLabel(
            self.tr("Every application being prepared has its pieces, none of them expired.")
        )
        self.no_gap.setWordWrap(True)
        self.no_gap.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.no_gap.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gaps_stack = QStackedWidget()
        self.gaps_stack.addWidget(self.gaps_table)
        self.gaps_stack.addWidget(self.no_gap)
        self.gaps_box = QGroupBox(self.tr("Missing pieces in the applications"))
        self.gaps_box.setToolTip(
            self.tr(
                "Applications being prepared whose checklist lacks a piece or holds a piece that has "
                "expired. Double-click to open the application."
            )
        )
        QVBoxLayout(self.gaps_box).addWidget(self.gaps_stack)
        return self.gaps_box

    def show_checklist_gaps(self, gaps: Sequence[ChecklistGap], today: dt.date) -> None:
        """Nearest deadline first, as the service gives them; an overdue deadline in red."""
        from coopdesk.ui.document_labels import document_type_label

        self.checklist_gaps = list(gaps)
        self.gaps_table.setRowCount(len(self.checklist_gaps))

        def names(types: tuple[DocumentType, ...], labels: tuple[str, ...]) -> str:
            """Each piece by its own label when it has one, else by its type."""
            padded = (labels + ("",) * len(types))[: len(types)]
            return ", ".join(
                label or document_type_label(kind) for kind, label in zip(types, padded, strict=True)
            )

        for row, gap in enumerate(self.checklist_gaps):
            missing_labels = gap.missing_labels if isinstance(gap, LabelledChecklistGap) else ()
            expired_labels = gap.expired_labels if isinstance(gap, LabelledChecklistGap) else ()
            parts = []
            if gap.missing:
                missing = names(gap.missing, missing_labels)
                parts.append(self.tr("To provide: %1").replace("%1", missing))
            if gap.expired:
                expired = names(gap.expired, expired_labels)
                parts.append(self.tr("Expired pieces: %1").replace("%1", expired))
            deadline = _item(NO_VALUE if gap.deadline is None else date_text(gap.deadline), right=False)
            if gap.deadline is not None:
                deadline.setToolTip(relative_days(gap.deadline, today))
                if gap.deadline < today:
                    deadline.setForeground(QBrush(OVERDUE_FOREGROUND))
            self.gaps_table.setItem(row, 0, deadline)
            self.gaps_table.setItem(row, 1, _item(gap.title, right=False))
            self.gaps_table.setItem(row, 2, _item(" — ".join(parts), right=False))
        self.gaps_stack.setCurrentWidget(self.gaps_table if self.checklist_gaps else self.no_gap)
        self._share_lower_row()
        count = len(self.checklist_gaps)
        self.gaps_box.setTitle(
            self.tr("Missing pieces in the applications (%1)").replace("%1", str(count))
            if count
            else self.tr("Missing pieces in the applications")
        )

    def _share_lower_row(self) -> None:
        """The lists with lines get the room; one saying there is nothing keeps a narrow box."""
        for box, stack, full_stretch in (
            (self.gaps_box, self.gaps_stack, 3),
            (self.waiting_box, self.waiting_stack, 3),
            (self.reasons_box, self.reasons_stack, 2),
        ):
            empty = not isinstance(stack.currentWidget(), QTableWidget)
            self.lower_row.setStretchFactor(box, 1 if empty else full_stretch)

    def _gap_activated(self, index: QModelIndex) -> None:
        self.open_gap(index.row())

    def open_gap(self, row: int) -> bool:
        """Ask for the sheet of the application at `row` of the missing pieces."""
        if not 0 <= row < len(self.checklist_gaps):
            return False
        self.open_requested.emit("application", self.checklist_gaps[row].application_id)
        return True

    def gap_texts(self) -> list[list[str]]:
        """The missing pieces as shown, row by row."""
        return _table_texts(self.gaps_table)

    def _build_waiting_and_reasons(self) -> QHBoxLayout:
        """Second row: applications waiting long for a decision, and this year's refusal reasons."""
        self.waiting: list[ApplicationListRow] = []
        self.refusal_reasons: list[tuple[str, int]] = []
        self.waiting_table = _read_only_table(
            [self.tr("Title"), self.tr("Funder"), self.tr("Submitted on"), self.tr("Days waiting")]
        )
        self.waiting_table.activated.connect(self._waiting_activated)
        waiting_header = self.waiting_table.horizontalHeader()
        waiting_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        waiting_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        waiting_header.resizeSection(1, FUNDER_COLUMN_WIDTH)
        self.no_waiting = QLabel(
            self.tr("No application has been waiting more than %1 days.").replace("%1", str(WAITING_DAYS))
        )
        self.no_waiting.setWordWrap(True)
        self.no_waiting.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.no_waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting_stack = QStackedWidget()
        self.waiting_stack.addWidget(self.waiting_table)
        self.waiting_stack.addWidget(self.no_waiting)
        self.waiting_box = QGroupBox(
            self.tr("No decision for more than %1 days").replace("%1", str(WAITING_DAYS))
        )
        self.waiting_box.setToolTip(
            self.tr("Applications waiting for a decision for more than %1 days").replace(
                "%1", str(WAITING_DAYS)
            )
        )
        QVBoxLayout(self.waiting_box).addWidget(self.waiting_stack)

        self.reasons_table = _read_only_table([self.tr("Reason"), self.tr("Refusals")])
        self.reasons_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.no_reason = QLabel(self.tr("No refusal this year."))
        self.no_reason.setWordWrap(True)
        self.no_reason.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.no_reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reasons_stack = QStackedWidget()
        self.reasons_stack.addWidget(self.reasons_table)
        self.reasons_stack.addWidget(self.no_reason)
        self.reasons_box = QGroupBox(self.tr("Refusal reasons this year"))
        QVBoxLayout(self.reasons_box).addWidget(self.reasons_stack)

        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.waiting_box, 3)
        row.addWidget(self.reasons_box, 2)
        return row  # the missing pieces come first

    def _deadline_activated(self, index: QModelIndex) -> None:
        source = self.deadline_proxy.mapToSource(index)
        if source.isValid():
            self.open_deadline(source.row())

    def open_deadline(self, row: int) -> bool:
        """Ask for the sheet of the deadline at `row` of the model (a piece: the Pièces page)."""
        deadline = self.deadline_model.row_at(row)
        if deadline.entity not in OPENABLE_ENTITIES:
            return False
        self.open_requested.emit(deadline.entity, deadline.entity_id)
        return True

    def _waiting_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.waiting):
            self.open_requested.emit("application", self.waiting[index.row()].id)

    def export_calendar(self) -> Path | None:
        """Write every deadline to the .ics file the user chooses; the path written, or None."""
        if self._calendar is None:
            return None
        path = file_saving.ask_save_path(
            self,
            self.tr("Export the deadlines to a calendar"),
            Path.home() / "echeances-coopdesk.ics",
            self.tr("Calendar (*.ics)"),
        )
        if path is None:
            return None
        try:
            file_saving.write_atomically(path, self._calendar().export_ics(self._today()))
        except OSError as error:
            message_box.warn(
                self,
                self.tr("Calendar not written"),
                self.tr("The file %1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        return path

    def refresh(self) -> None:
        """Reload everything from the service, as of today."""
        today = self._today()
        self.show_summary(self._dashboard.summary(today, HORIZON_DAYS), today)
        self.show_time_figures(self._dashboard.time_figures(today), today)
        waiting, reasons = self._dashboard.waiting_and_reasons(today, WAITING_DAYS)
        self.show_waiting_and_reasons(waiting, reasons, today)
        self.show_checklist_gaps(self._dashboard.checklist_gaps(today), today)

    def show_summary(self, summary: DashboardSummary, today: dt.date) -> None:
        self.summary = summary
        year = str(summary.year)
        self.title.setText(summary.association_name or self.tr("Dashboard"))
        self.subtitle.setText(self.tr("Dashboard — year %1").replace("%1", year))

        self.requested_card.set_figure(
            money(summary.requested_cents, with_cents=False),
            self.tr("in applications submitted in %1").replace("%1", year),
        )
        self.granted_card.set_figure(
            money(summary.granted_cents, with_cents=False),
            self.tr("by decisions made in %1").replace("%1", year),
        )
        self.paid_card.set_figure(
            money(summary.paid_cents, with_cents=False),
            self.tr("received in %1").replace("%1", year),
        )
        rate = summary.refusal_rate_percent
        if rate is None:
            self.refusal_card.set_figure(NO_VALUE, self.tr("no decision yet in %1").replace("%1", year))
        else:
            self.refusal_card.set_figure(
                percent(rate),
                self.tr("%1 refused out of %n decision(s)", "", summary.decided_count).replace(
                    "%1", str(summary.refused_count)
                ),
            )

        self.deadline_model.set_rows(summary.deadlines, today)
        self.deadline_stack.setCurrentWidget(self.deadline_table if summary.deadlines else self.no_deadline)
        overdue = self.deadline_model.overdue_count()
        self.overdue_label.setText(self.tr("%n overdue", "", overdue))
        self.overdue_label.setVisible(overdue > 0)
        self._show_status_counts(summary.status_counts)

    def show_time_figures(self, figures: DashboardTimeFigures, today: dt.date) -> None:
        """Hours of this month; euros obtained per hour this year, the Rapports page's figure for this
        calendar year, with its caption and explanation ("—" without an outcome known)."""
        self.month_hours_card.set_figure(
            hours(figures.month_minutes),
            self.tr("spent by the volunteers in %1").replace(
                "%1", f"{FRENCH.standaloneMonthName(today.month)} {today.year}"
            ),
        )
        per_hour = figures.cents_per_hour
        year = str(today.year)
        explanation = per_hour_explanation()
        if per_hour is None:
            self.euros_per_hour_card.set_figure(
                NO_VALUE,
                self.tr("no time recorded in %1 on applications whose outcome is known").replace("%1", year),
            )
        else:
            self.euros_per_hour_card.set_figure(
                money(per_hour, with_cents=False),
                per_hour_caption(figures.year_granted_cents, figures.year_application_minutes),
            )
            explanation += " " + self.tr("In %1: %2 per hour, as on the Reports page.").replace(
                "%1", year
            ).replace("%2", money(per_hour))
        self.euros_per_hour_card.setToolTip(explanation)

    def _show_status_counts(self, counts: tuple[StatusCount, ...]) -> None:
        while self.status_grid.count():
            item = self.status_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if not counts:
            self.status_grid.addWidget(QLabel(self.tr("No application yet.")), 0, 0)
            return
        for row, count in enumerate(counts):
            label = QLabel(status_label(count.status))
            number = QLabel(str(count.count))
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setToolTip(
                self.tr("%1 requested").replace("%1", money(count.requested_cents, with_cents=False))
            )
            self.status_grid.addWidget(label, row, 0)
            self.status_grid.addWidget(number, row, 1)

    def status_count_texts(self) -> list[tuple[str, str]]:
        """(status label, count) as shown, top to bottom."""
        shown: list[tuple[str, str]] = []
        for row in range(self.status_grid.rowCount()):
            cells = [self.status_grid.itemAtPosition(row, column) for column in (0, 1)]
            widgets = [cell.widget() if cell is not None else None for cell in cells]
            if isinstance(widgets[0], QLabel) and isinstance(widgets[1], QLabel):
                shown.append((widgets[0].text(), widgets[1].text()))
        return shown

    def show_waiting_and_reasons(
        self, waiting: list[ApplicationListRow], reasons: list[tuple[str, int]], today: dt.date
    ) -> None:
        """Oldest waiting first, as the service gives them; the reasons most frequent first."""
        self.waiting = list(waiting)
        self.refusal_reasons = sorted(reasons, key=lambda reason: (-reason[1], reason[0].casefold()))
        self.waiting_table.setRowCount(len(self.waiting))
        for row, application in enumerate(self.waiting):
            submitted = application.submitted_on
            days = NO_VALUE if submitted is None else str((today - submitted).days)
            cells = (
                application.title,
                application.funder_name or NO_VALUE,
                NO_VALUE if submitted is None else date_text(submitted),
                days,
            )
            for column, text in enumerate(cells):
                self.waiting_table.setItem(row, column, _item(text, right=column >= 2))
        self.waiting_stack.setCurrentWidget(self.waiting_table if self.waiting else self.no_waiting)
        self._share_lower_row()

        self.reasons_table.setRowCount(len(self.refusal_reasons))
        for row, (reason, count) in enumerate(self.refusal_reasons):
            shown = reason or self.tr("no reason given")
            self.reasons_table.setItem(row, 0, _item(shown, right=False))
            self.reasons_table.setItem(row, 1, _item(str(count), right=True))
        self.reasons_stack.setCurrentWidget(self.reasons_table if self.refusal_reasons else self.no_reason)
        self._share_lower_row()

    def waiting_texts(self) -> list[list[str]]:
        """The waiting applications as shown, row by row."""
        return _table_texts(self.waiting_table)

    def reason_texts(self) -> list[list[str]]:
        """The refusal reasons as shown, row by row."""
        return _table_texts(self.reasons_table)


def _read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, *, right: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table_texts(table: QTableWidget) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in range(table.rowCount()):
        cells = [table.item(row, column) for column in range(table.columnCount())]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows
