"""Temps: the time volunteers spend on applications (or on funders and calls before any application).

At the top, two lines to type an entry with the keyboard alone: Enter saves, the cursor goes back to
the duration, the volunteer and the date stay for the next entry. The page fits a small laptop's screen:
the combos stay narrow whatever the titles (their lists and tooltips show them whole) and the filters
go on to a second line when the window is narrow. Below, filters (period, volunteer,
application), the total of what is shown, and the entries (double-click or Enter to change one,
Delete to remove it after a confirmation).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.durations import format_duration, parse_duration
from coopdesk.domain.errors import FieldErrors, InvalidValue, NotFound
from coopdesk.domain.rows import VolunteerRow
from coopdesk.domain.time_entries import (
    TimeEntryInput,
    TimeEntryRow,
    TimeFilter,
    TimeTargetChoice,
    default_volunteer,
)
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LAST_TIME_VOLUNTEER, SettingsStore
from coopdesk.ui.background import run_in_background
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.time_entry_dialog import (
    SearchableCombo,
    TimeEntryDialog,
    date_of,
    duration_message,
    entry_error_message,
    field_error_texts,
    fill_activities,
    fill_targets,
    fill_volunteers,
    new_date_edit,
    save_checking_day,
    target_fields,
)
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.file_saving import ask_save_path, write_atomically
from coopdesk.ui.formatting import date_text, local_today
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.time_table_model import Column, TimeTableModel, activity_label, target_text
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel
from coopdesk.ui.widgets.flow_layout import FlowLayout

DURATION_WIDTH = 90
NOTE_MIN_WIDTH = 120
# The combos are as narrow as this many letters: the whole choice is in the drop-down list and in the
# tooltip, so the page fits a small laptop's screen whatever the length of the titles.
VOLUNTEER_LETTERS = 14
TARGET_LETTERS = 20
FILTER_LETTERS = 12
LIST_MARGIN = 12  # around the text of a drop-down list's items
MAX_SHOWN = 2000  # entries listed at most (the latest); the total counts them all
PERIODS = ("last_12_months", "this_month", "last_month", "this_year", "last_year", "all")


def narrow_combo(combo: QComboBox, letters: int) -> None:
    """A combo as narrow as `letters` letters (it may grow with the room left): its drop-down list is as
    wide as its longest choice, and its whole choice shows when pointed at."""
    combo.setMinimumContentsLength(letters)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.currentTextChanged.connect(combo.setToolTip)


class KeepOnScreen(QObject):
    """An event filter that moves a popup back left when it would stick out of the right of the screen
    (a list of matches made wider than its combo)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize)
        if event.type() in shown and isinstance(watched, QWidget):
            screen = watched.screen()
            if screen is not None:
                room = screen.availableGeometry()
                frame = watched.frameGeometry()  # what move() places
                if frame.right() > room.right():
                    watched.move(max(room.left(), room.right() - frame.width() + 1), frame.top())
        return False


def fit_drop_down(combo: QComboBox) -> None:
    """The drop-down list of a narrow combo (and the list of matches while typing into a searchable one)
    as wide as its longest choice, within the screen: every choice is read whole. Called after filling."""
    view = combo.view()
    width = (
        view.sizeHintForColumn(0)
        + view.verticalScrollBar().sizeHint().width()
        + 2 * view.frameWidth()
        + LIST_MARGIN
    )
    screen = combo.screen()
    if screen is not None:
        width = min(width, screen.availableGeometry().width())
    view.setMinimumWidth(width)
    completer = combo.completer()
    popup = completer.popup() if completer is not None else None
    if popup is not None:
        popup.setMinimumWidth(width)
        if popup.property("keptOnScreen") is None:
            popup.installEventFilter(KeepOnScreen(popup))
            popup.setProperty("keptOnScreen", True)


def labelled(text: str, field: QWidget) -> QWidget:
    """A field with its label before it, kept together on one line of a FlowLayout; it takes the room
    left on its line when the field is horizontally expanding (a searchable combo)."""
    box = QWidget()
    line = QHBoxLayout(box)
    line.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setBuddy(field)
    line.addWidget(label)
    line.addWidget(field)
    return box


def period_bounds(period: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a period of the filter (None: unbounded)."""
    month_start = today.replace(day=1)
    if period == "this_month":
        return month_start, today + dt.timedelta(days=1)
    if period == "last_month":
        end = month_start - dt.timedelta(days=1)
        return end.replace(day=1), end
    if period == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if period == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if period == "last_12_months":
        return today - dt.timedelta(days=364), today + dt.timedelta(days=1)
    return None, None


class TimePage(QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        registry: ServiceRegistry,
        settings_store: SettingsStore | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._service = registry.time
        self._volunteers_service = registry.volunteers
        self._settings = settings_store
        self._today = today
        self._volunteers: list[VolunteerRow] = []
        self._targets: list[TimeTargetChoice] = []
        self.shown_total = 0

        self.title = QLabel(self.tr("Time spent"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.hint = QLabel(
            self.tr(
                "Type the duration (1h30, 90, 1,5 h, 45 min) and press Enter: the volunteer and the date "
                "stay for the next entry."
            )
        )
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self._build_entry_row())
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        self.refresh()

    # -- building -------------------------------------------------------------------------------

    def _build_entry_row(self) -> QGroupBox:
        """Two lines that fit a small laptop's screen: who, for what and when on the first; how long,
        doing what, the note and Add on the second (the duration, typed most, begins a line)."""
        self.entry_box = QGroupBox(self.tr("New entry"))
        self.entry_error = FieldErrorLabel()
        self.entry_error.setObjectName("timeEntryError")
        self.volunteer = SearchableCombo()
        self.volunteer.setObjectName("timeVolunteer")
        narrow_combo(self.volunteer, VOLUNTEER_LETTERS)
        self.target = SearchableCombo()
        self.target.setObjectName("timeTarget")
        narrow_combo(self.target, TARGET_LETTERS)
        target_edit = self.target.lineEdit()
        if target_edit is not None:
            target_edit.setPlaceholderText(self.tr("Application, funder or call…"))
        self.date = new_date_edit(self._today())
        self.date.setObjectName("timeDate")
        self.duration = QLineEdit()
        self.duration.setObjectName("timeDuration")
        self.duration.setPlaceholderText(self.tr("1h30"))
        self.duration.setFixedWidth(DURATION_WIDTH)
        self.duration.textEdited.connect(lambda _text: self.entry_error.hide_error())
        self.activity = QComboBox()
        self.activity.setObjectName("timeActivity")
        fill_activities(self.activity)
        self.note = QLineEdit()
        self.note.setObjectName("timeNote")
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setMinimumWidth(NOTE_MIN_WIDTH)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add_entry)

        lines = QVBoxLayout(self.entry_box)
        first = (
            (self.tr("Volunteer"), self.volunteer, 0),
            (self.tr("Spent on"), self.target, 1),
            (self.tr("Date"), self.date, 0),
        )
        second = (
            (self.tr("Duration"), self.duration, 0),
            (self.tr("Activity"), self.activity, 0),
            (self.tr("Note"), self.note, 1),
        )
        for fields in (first, second):
            line = QHBoxLayout()
            line.setSpacing(8)
            for position, (text, field, stretch) in enumerate(fields):
                label = QLabel(text)
                label.setBuddy(field)
                if position:
                    line.addSpacing(8)
                line.addWidget(label)
                line.addWidget(field, stretch)
            lines.addLayout(line)
        line.addSpacing(8)  # Add ends the second line
        line.addWidget(self.add_button)
        lines.addWidget(self.entry_error)
        # The order of typing, whatever the lines: Tab goes from field to field, Add last.
        typing_order = (self.volunteer, self.target, self.date, self.duration, self.activity, self.note)
        for before, after in itertools.pairwise((*typing_order, self.add_button)):
            QWidget.setTabOrder(before, after)

        save_on_enter = QAction(self.entry_box)
        save_on_enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        save_on_enter.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_on_enter.triggered.connect(self.add_entry)
        self.entry_box.addAction(save_on_enter)
        self.save_on_enter = save_on_enter
        return self.entry_box

    def _build_filters(self) -> FlowLayout:
        self.period = QComboBox()
        self.period.setObjectName("timePeriod")
        period_names = {
            "last_12_months": self.tr("Last 12 months"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
            "all": self.tr("Everything"),
        }
        for key in PERIODS:
            self.period.addItem(period_names[key], key)
        self.volunteer_filter = QComboBox()
        self.volunteer_filter.setObjectName("timeVolunteerFilter")
        narrow_combo(self.volunteer_filter, FILTER_LETTERS)
        self.application_filter = SearchableCombo()
        self.application_filter.setObjectName("timeApplicationFilter")
        narrow_combo(self.application_filter, TARGET_LETTERS)
        self.application_filter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.total_label = QLabel()
        self.total_label.setObjectName("timeTotal")
        total_font = self.total_label.font()
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        self.period.currentIndexChanged.connect(lambda _index: self.reload_entries())
        self.volunteer_filter.currentIndexChanged.connect(lambda _index: self.reload_entries())
        self.application_filter.currentIndexChanged.connect(lambda _index: self.reload_entries())

        row = FlowLayout(spacing=8)  # on two lines when the window is narrow
        row.addWidget(labelled(self.tr("Period"), self.period))
        row.addWidget(labelled(self.tr("Volunteer"), self.volunteer_filter))
        row.addWidget(labelled(self.tr("Application"), self.application_filter))
        row.addStretch(1)
        row.addWidget(self.total_label)
        return row

    def _build_table(self) -> QWidget:
        self.model = TimeTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("timeTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TARGET, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.TARGET, 340)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())

        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.table.addAction(self.delete_action)
        edit_on_enter = QAction(self.table)
        edit_on_enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        edit_on_enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_on_enter.triggered.connect(self.edit_current)
        self.table.addAction(edit_on_enter)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("timeEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)

        buttons = QHBoxLayout()
        for action in (self.edit_action, self.delete_action):
            button = QPushButton(action.text().replace("&", ""))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.export_csv_action = QAction(self.tr("CSV file (Excel)…"), self)
        self.export_csv_action.triggered.connect(lambda: self.export("csv"))
        self.export_xlsx_action = QAction(self.tr("XLSX workbook with totals…"), self)
        self.export_xlsx_action.triggered.connect(lambda: self.export("xlsx"))
        self.export_button = QToolButton()
        self.export_button.setObjectName("timeExport")
        self.export_button.setText(self.tr("Export all the time"))
        self.export_button.setToolTip(self.tr("Every entry, whatever the filters, for a spreadsheet"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.export_csv_action)
        export_menu.addAction(self.export_xlsx_action)
        self.export_button.setMenu(export_menu)
        buttons.addWidget(self.export_button)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.table_stack, 1)
        box_layout.addLayout(buttons)
        return box

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the volunteers, the applications, funders and calls, and the entries."""
        everyone = self._volunteers_service.list(include_inactive=True)
        self._volunteers = [volunteer for volunteer in everyone if volunteer.active]
        self._targets = self._service.targets()
        typed_volunteer = self.volunteer.value()
        typed_target = self.target.value()
        fill_volunteers(self.volunteer, self._volunteers)
        remembered = self._settings.get(LAST_TIME_VOLUNTEER) if self._settings is not None else 0
        proposed = default_volunteer(
            remembered or None, None, [volunteer.id for volunteer in self._volunteers]
        )
        if not self.volunteer.choose(typed_volunteer) and not self.volunteer.choose(proposed):
            self.volunteer.setCurrentIndex(-1)
        fill_targets(self.target, self._targets)
        if not self.target.choose(typed_target):
            self.target.setCurrentIndex(-1)
        fit_drop_down(self.volunteer)
        fit_drop_down(self.target)

        for combo, blank, choices in (
            # Past time of volunteers who left is still looked for: the filter lists everyone.
            (self.volunteer_filter, self.tr("All volunteers"), [(v.name, v.id) for v in everyone]),
            (
                self.application_filter,
                self.tr("All applications"),
                [(choice.label, choice.id) for choice in self._targets if choice.kind == "application"],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank, None)
            for text, value in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
            combo.setToolTip(combo.currentText())  # the signal that keeps it was blocked
            fit_drop_down(combo)
        self.reload_entries()

    def current_filter(self) -> TimeFilter:
        start, end = period_bounds(self.period.currentData(), self._today())
        application = self.application_filter.value() if self.application_filter.currentIndex() > 0 else None
        return TimeFilter(
            start=start,
            end=end,
            volunteer_id=self.volunteer_filter.currentData(),
            application_id=application,
        )

    def reload_entries(self) -> None:
        """The latest MAX_SHOWN entries of the filter; the total (SQL) counts every one of them."""
        chosen = self.current_filter()
        rows = self._service.entries(chosen, limit=MAX_SHOWN)
        totals = self._service.totals(chosen)
        self.model.set_rows(rows)
        self.shown_total = totals.minutes
        text = self.tr("Total: %1 (%n entries)", "", totals.count).replace(
            "%1", format_duration(totals.minutes)
        )
        if totals.count > len(rows):
            text += " — " + self.tr("the latest %1 are listed").replace("%1", str(len(rows)))
        self.total_label.setText(text)
        if not self._volunteers:
            self.empty_label.setText(
                self.tr(
                    "No volunteer yet: add the volunteers in Settings › Volunteers, then record their time "
                    "here."
                )
            )
        else:
            self.empty_label.setText(
                self.tr("No time recorded for this period. Type a duration above and press Enter to add one.")
            )
        self.table_stack.setCurrentWidget(self.table if rows else self.empty_label)

    # -- typing an entry ------------------------------------------------------------------------

    def add_entry(self) -> TimeEntryRow | None:
        """Save the entry row; on success clear the duration and the note, keep the volunteer and the
        date, and put the cursor back in the duration. None (with the message under the row) if refused."""
        self.entry_error.hide_error()
        try:
            minutes = parse_duration(self.duration.text())
        except InvalidValue as error:
            self._refuse(duration_message(error), self.duration)
            return None
        data = TimeEntryInput(
            volunteer_id=self.volunteer.value(),
            spent_on=date_of(self.date),
            minutes=minutes,
            activity=self.activity.currentData(),
            note=self.note.text(),
            **target_fields(self.target.value()),
        )
        today = self._today()

        def save(allow: bool) -> TimeEntryRow:
            return self._service.create(data, today, allow_overfull_day=allow)

        try:
            row = save_checking_day(self, save, self.volunteer.currentText())
        except FieldErrors as error:
            texts = field_error_texts(error)
            focus = {"volunteer_id": self.volunteer, "target": self.target, "spent_on": self.date}
            first = next(iter(error.errors))
            self._refuse(" ".join(texts.values()), focus.get(first, self.duration))
            return None
        except NotFound as error:
            self._refuse(error_message(error), self.target)
            self.refresh()
            return None
        if row is None:  # the user chose to correct a day of more than 24 hours
            self.duration.setFocus()
            self.duration.selectAll()
            return None
        if self._settings is not None and row.volunteer_id is not None:
            self._settings.set(LAST_TIME_VOLUNTEER, row.volunteer_id)
        self.duration.clear()
        self.note.clear()
        self.duration.setFocus()
        self.reload_entries()
        self.status_message.emit(
            self.tr("Saved: %1 on %2, %3.")
            .replace("%1", format_duration(row.minutes))
            .replace("%2", date_text(row.spent_on))
            .replace("%3", activity_label(row.activity))
        )
        return row

    def _refuse(self, message: str, field: QWidget) -> None:
        self.entry_error.show_error(message)
        field.setFocus()

    # -- the list -------------------------------------------------------------------------------

    def current_entry(self) -> TimeEntryRow | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    def edit_current(self) -> TimeEntryRow | None:
        entry = self.current_entry()
        if entry is None:
            return None
        saved = TimeEntryDialog.edit(self, self._service, self._volunteers, self._targets, entry)
        self.reload_entries()
        if saved is not None:
            self.select_entry(saved.id)
        return saved

    def delete_current(self) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        question = (
            self.tr("Delete %1 of %2 on %3 (%4)?")
            .replace("%1", format_duration(entry.minutes))
            .replace("%2", entry.volunteer_name or self.tr("nobody"))
            .replace("%3", date_text(entry.spent_on))
            .replace("%4", target_text(entry))
        )
        if not message_box.ask(
            self, self.tr("Delete the entry"), question, self.tr("Delete"), self.tr("Keep")
        ):
            return False
        try:
            self._service.delete(entry.id)
        except NotFound as error:
            self.status_message.emit(entry_error_message(error))
        self.reload_entries()
        return True

    def shown_total_minutes(self) -> int:
        return self.shown_total

    # -- export ---------------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        """Ask where, then write every entry as CSV (Excel's French dialect) or XLSX with totals."""
        csv = kind == "csv"
        path = ask_save_path(
            self,
            self.tr("Export the time spent"),
            Path.home() / f"temps-passe.{kind}",
            self.tr("CSV files (*.csv)") if csv else self.tr("Excel workbooks (*.xlsx)"),
        )
        if path is not None:
            self.export_to(path, kind)

    def export_to(self, path: Path, kind: str) -> None:
        """Write the export off the GUI thread (100,000 entries take a few seconds); the result is said
        in the status bar, a failure in a message."""
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        service = self._service
        self.export_button.setEnabled(False)
        self.status_message.emit(self.tr("Exporting the time spent…"))

        def work() -> Path:
            write_atomically(path, service.export_xlsx() if kind == "xlsx" else service.export_csv())
            return path

        def done(written: Path) -> None:
            self.export_button.setEnabled(True)
            self.status_message.emit(self.tr("Time spent exported to %1").replace("%1", str(written)))

        def failed(error: BaseException) -> None:
            self.export_button.setEnabled(True)
            reason = (error.strerror or str(error)) if isinstance(error, OSError) else error_message(error)
            message_box.warn(
                self,
                self.tr("Export failed"),
                self.tr("%1 could not be written: %2").replace("%1", str(path)).replace("%2", reason),
            )

        run_in_background(self, work, done, failed)
