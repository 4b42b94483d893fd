"""Import saved Aides-territoires JSON files: preview with filters and ticks, then import what is ticked.

Nothing from the files is ever rendered as rich text: every label showing their content is plain text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import NotFound, StaleEdit
from coopdesk.domain.imports import (
    AidCandidate,
    AidesImportReport,
    AidesPreview,
    DisappearedCall,
    MatchStatus,
)
from coopdesk.formats.aides_territoires import AidFilter
from coopdesk.formats.errors import FormatError
from coopdesk.services.aides_import_service import AidesImportService
from coopdesk.services.call_service import CallService
from coopdesk.ui.background import run_in_background
from coopdesk.ui.error_messages import error_message, format_error_message
from coopdesk.ui.formatting import NO_VALUE, date_text, local_today
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel

PERIMETER_DELAY_MS = 300
ARROW = "\u2192"


def status_label(status: MatchStatus) -> str:
    labels = {
        MatchStatus.NEW: QCoreApplication.translate("AidesImport", "New"),
        MatchStatus.UPDATED: QCoreApplication.translate("AidesImport", "Updated"),
        MatchStatus.UNCHANGED: QCoreApplication.translate("AidesImport", "Unchanged"),
    }
    return labels[status]


def _date_or_none(day: dt.date | None) -> str:
    return NO_VALUE if day is None else date_text(day)


def _qdate(day: dt.date | None) -> QDate:
    return QDate() if day is None else QDate(day.year, day.month, day.day)


class Column(IntEnum):
    NAME = 0  # with the tick
    STATUS = 1
    DEADLINE = 2
    DEADLINE_CHANGE = 3
    FINANCERS = 4
    PERIMETER = 5


class AidCandidateTableModel(RowTableModel[AidCandidate]):
    """The aids of a preview, one per line, each with a tick (ticked: imported)."""

    columns = Column
    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticked: set[str] = set()

    def set_rows(self, rows: Sequence[AidCandidate], ticked: Iterable[str] = ()) -> None:
        """The aids to show, those whose key is in `ticked` ticked."""
        with self._resetting():
            self._rows = list(rows)
            self._ticked = set(ticked)
        self.ticks_changed.emit()

    def ticked_keys(self) -> set[str]:
        return set(self._ticked)

    def set_ticked(self, row: int, ticked: bool) -> None:
        self.setData(
            self.index(row, Column.NAME),
            (Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked).value,
            Qt.ItemDataRole.CheckStateRole,
        )

    # -- Qt overrides ---------------------------------------------------------------------------

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == Column.NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        candidate = self._row_of_index(index)
        if candidate is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.CheckStateRole and column == Column.NAME:
            ticked = candidate.key in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(candidate, column)
        if role == SORT_ROLE:
            return self._sort_value(candidate, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(candidate, column)
            return text if text and text != NO_VALUE else None
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != Column.NAME:
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        key = self._rows[index.row()].key
        if checked:
            self._ticked.add(key)
        else:
            self._ticked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True

    def headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Aid"),
            Column.STATUS: self.tr("Status"),
            Column.DEADLINE: self.tr("Deadline"),
            Column.DEADLINE_CHANGE: self.tr("Deadline change"),
            Column.FINANCERS: self.tr("Financers"),
            Column.PERIMETER: self.tr("Perimeter"),
        }

    def _display(self, candidate: AidCandidate, column: Column) -> str:
        if column == Column.NAME:
            return candidate.name
        if column == Column.STATUS:
            return status_label(candidate.status)
        if column == Column.DEADLINE:
            return _date_or_none(candidate.deadline)
        if column == Column.DEADLINE_CHANGE:
            change = candidate.deadline_change
            if change is None:
                return ""
            return f"{_date_or_none(change.old)} {ARROW} {_date_or_none(change.new)}"
        if column == Column.FINANCERS:
            return ", ".join(candidate.financers)
        return candidate.perimeter

    def _sort_value(self, candidate: AidCandidate, column: Column) -> Any:
        if column == Column.DEADLINE:
            return _qdate(candidate.deadline)
        if column == Column.DEADLINE_CHANGE:
            return _qdate(candidate.deadline_change.new) if candidate.deadline_change else QDate()
        if column == Column.STATUS:
            return list(MatchStatus).index(candidate.status)
        return self._display(candidate, column).casefold()


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class AidesImportDialog(QDialog):
    """Choose files (or drop them), see what they hold against the calls already imported, import."""

    preview_ready = Signal()
    import_done = Signal()

    def __init__(
        self,
        aides_import: AidesImportService,
        calls: CallService,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._service = aides_import
        self._calls = calls
        self._today = today
        self._files: list[tuple[str, bytes]] = []
        self._busy = False
        self._pending_filter = False
        self._keep_ticks: set[str] | None = None  # after an import: the user's ticks survive the new preview
        self.preview: AidesPreview | None = None
        self.report: AidesImportReport | None = None
        self.setWindowTitle(self.tr("Import from Aides-territoires"))
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 640)

        self.choose_button = QPushButton(self.tr("Choose JSON files…"))
        self.choose_button.clicked.connect(self.choose_files)
        self.files_label = _plain_label(
            self.tr(
                "Save a search of aides-territoires.beta.gouv.fr (the API's JSON answer), then choose "
                "the file here or drop it on this window."
            )
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.files_label, 1)
        top.addWidget(self.progress)

        self.error_label = _plain_label()
        palette = self.error_label.palette()
        palette.setColor(self.error_label.foregroundRole(), Qt.GlobalColor.darkRed)
        self.error_label.setPalette(palette)
        self.error_label.hide()

        # -- filter
        self.associations_only = QCheckBox(self.tr("Associations only"))
        self.calls_only = QCheckBox(self.tr("Calls for projects only"))
        self.perimeter = QLineEdit()
        self.perimeter.setPlaceholderText(self.tr("Perimeter contains…"))
        self.perimeter.setClearButtonEnabled(True)
        self.categories_button = QToolButton()
        self.categories_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.categories_menu = QMenu(self.categories_button)
        self.categories_button.setMenu(self.categories_menu)
        self.category_actions: list[QAction] = []
        self._show_category_count()
        self.perimeter_timer = QTimer(self)
        self.perimeter_timer.setSingleShot(True)
        self.perimeter_timer.setInterval(PERIMETER_DELAY_MS)
        self.perimeter_timer.timeout.connect(self.refilter)
        self.perimeter.textChanged.connect(lambda _text: self.perimeter_timer.start())
        self.associations_only.toggled.connect(lambda _checked: self.refilter())
        self.calls_only.toggled.connect(lambda _checked: self.refilter())
        filter_box = QGroupBox(self.tr("Keep"))
        filter_layout = QHBoxLayout(filter_box)
        filter_layout.addWidget(self.associations_only)
        filter_layout.addWidget(self.calls_only)
        filter_layout.addWidget(self.perimeter, 1)
        filter_layout.addWidget(self.categories_button)

        # -- candidates
        self.model = AidCandidateTableModel(self)
        self.model.ticks_changed.connect(self._show_summary)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.FINANCERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.FINANCERS, 200)
        self.tick_all_button = QPushButton(self.tr("Tick all"))
        self.tick_all_button.clicked.connect(lambda: self._tick_all(True))
        self.untick_all_button = QPushButton(self.tr("Untick all"))
        self.untick_all_button.clicked.connect(lambda: self._tick_all(False))
        self.summary_label = _plain_label()
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.tick_all_button)
        summary_row.addWidget(self.untick_all_button)
        candidates = QWidget()
        candidates_layout = QVBoxLayout(candidates)
        candidates_layout.setContentsMargins(0, 0, 0, 0)
        candidates_layout.addWidget(self.table, 1)
        candidates_layout.addLayout(summary_row)

        # -- disappeared calls
        self.disappeared_list = QListWidget()
        self.disappeared_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.disappeared_list.itemSelectionChanged.connect(self._update_buttons)
        self.archive_button = QPushButton(self.tr("Archive the selected calls"))
        self.archive_button.clicked.connect(self.archive_selected)
        self.disappeared_box = QGroupBox(self.tr("Imported earlier, no longer in these files"))
        disappeared_layout = QVBoxLayout(self.disappeared_box)
        disappeared_layout.addWidget(self.disappeared_list, 1)
        disappeared_layout.addWidget(self.archive_button, 0, Qt.AlignmentFlag.AlignRight)

        self.report_text = QPlainTextEdit()
        self.report_text.setReadOnly(True)
        self.report_box = QGroupBox(self.tr("Import report"))
        report_layout = QVBoxLayout(self.report_box)
        report_layout.addWidget(self.report_text)
        self.report_box.hide()

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.disappeared_box)
        lower.addWidget(self.report_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(candidates)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(filter_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self._show_summary()
        self._update_buttons()

    # -- files ----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _selected = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose Aides-territoires files"),
            str(Path.home()),
            self.tr("JSON files (*.json);;All files (*)"),
        )
        if paths:
            self.load_files([Path(path) for path in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.load_files(paths)

    def load_files(self, paths: Sequence[Path]) -> None:
        """Read the files and preview them, in the background (`preview_ready` says when done)."""
        chosen = list(paths)
        self.files_label.setText(", ".join(path.name for path in chosen))
        aid_filter = self.current_filter()
        today = self._today()

        def work() -> tuple[list[tuple[str, bytes]], AidesPreview]:
            files = [(path.name, path.read_bytes()) for path in chosen]
            return files, self._service.preview(files, aid_filter, today)

        self._start()
        run_in_background(self, work, self._files_read, self._failed)

    def _files_read(self, result: tuple[list[tuple[str, bytes]], AidesPreview]) -> None:
        files, preview = result
        self._files = files
        self._fill_categories(preview)
        self._previewed(preview)

    # -- filter ---------------------------------------------------------------------------------

    def current_filter(self) -> AidFilter:
        return AidFilter(
            audience_association_only=self.associations_only.isChecked(),
            calls_only=self.calls_only.isChecked(),
            perimeter_contains=self.perimeter.text().strip(),
            categories=frozenset(action.data() for action in self.category_actions if action.isChecked()),
        )

    def refilter(self) -> None:
        """Run the preview again with the filter as it now is (the ticks follow the filter)."""
        self.perimeter_timer.stop()
        self._show_category_count()
        if not self._files:
            return
        if self._busy:
            self._pending_filter = True
            return
        files, aid_filter, today = list(self._files), self.current_filter(), self._today()
        self._start()
        run_in_background(
            self, lambda: self._service.preview(files, aid_filter, today), self._previewed, self._failed
        )

    def _fill_categories(self, preview: AidesPreview) -> None:
        kept = {action.data() for action in self.category_actions if action.isChecked()}
        self.categories_menu.clear()
        self.category_actions = []
        names = sorted(
            {name for candidate in preview.candidates for name in candidate.categories}, key=str.casefold
        )
        for name in names:
            action = QAction(name.replace("|", " › "), self.categories_menu)
            action.setData(name)
            action.setCheckable(True)
            action.setChecked(name in kept)
            action.toggled.connect(lambda _checked: self.refilter())
            self.categories_menu.addAction(action)
            self.category_actions.append(action)
        self._show_category_count()

    def _show_category_count(self) -> None:
        chosen = sum(1 for action in self.category_actions if action.isChecked())
        text = self.tr("Categories") if not chosen else self.tr("Categories (%1)").replace("%1", str(chosen))
        self.categories_button.setText(text)
        self.categories_button.setEnabled(bool(self.category_actions))

    # -- preview --------------------------------------------------------------------------------

    def _start(self) -> None:
        self._busy = True
        self.error_label.hide()
        self.progress.show()
        self._update_buttons()

    def _stop(self) -> None:
        self._busy = False
        self.progress.hide()
        self._update_buttons()

    def _previewed(self, preview: AidesPreview) -> None:
        self._stop()
        self.preview = preview
        ticks = preview.default_selection if self._keep_ticks is None else self._keep_ticks
        self._keep_ticks = None
        self.model.set_rows(preview.candidates, ticks)
        self.disappeared_list.clear()
        for call in preview.disappeared:
            self.disappeared_list.addItem(self._disappeared_item(call))
        self.disappeared_box.setTitle(
            self.tr("Imported earlier, no longer in these files (%1)").replace(
                "%1", str(len(preview.disappeared))
            )
        )
        self._show_summary()
        self._update_buttons()
        if self._pending_filter:
            self._pending_filter = False
            self.refilter()
            return
        self.preview_ready.emit()

    def _disappeared_item(self, call: DisappearedCall) -> QListWidgetItem:
        deadline = self.tr("no deadline") if call.deadline is None else date_text(call.deadline)
        item = QListWidgetItem(f"{call.title} ({deadline})")
        item.setData(Qt.ItemDataRole.UserRole, call)
        return item

    def _failed(self, error: BaseException) -> None:
        self._stop()
        self.preview = None
        self._files = [] if isinstance(error, FormatError | OSError) else self._files
        self.model.set_rows([], set())
        self.disappeared_list.clear()
        if isinstance(error, FormatError):
            message = format_error_message(error)
        elif isinstance(error, OSError):
            name = Path(error.filename).name if error.filename else ""
            message = (
                self.tr("File %1 cannot be read: %2")
                .replace("%1", name)
                .replace("%2", error.strerror or str(error))
            )
        else:
            message = error_message(error)
        self.error_label.setText(message + " " + self.tr("Nothing was imported."))
        self.error_label.show()
        self._show_summary()
        self._update_buttons()
        self.preview_ready.emit()

    def _show_summary(self) -> None:
        preview = self.preview
        if preview is None:
            self.summary_label.setText(self.tr("No file read yet."))
            return
        counts = dict.fromkeys(MatchStatus, 0)
        for candidate in preview.candidates:
            counts[candidate.status] += 1
        ticked = self.model.ticked_keys()
        planned = preview.planned_report(ticked)
        text = (
            self.tr("%1 aids in %2 file(s): %3 new, %4 updated, %5 unchanged. %6 ticked")
            .replace("%1", str(len(preview.candidates)))
            .replace("%2", str(len(preview.files)))
            .replace("%3", str(counts[MatchStatus.NEW]))
            .replace("%4", str(counts[MatchStatus.UPDATED]))
            .replace("%5", str(counts[MatchStatus.UNCHANGED]))
            .replace("%6", str(len(ticked)))
        )
        if planned.funders_created:
            text += self.tr(", %1 funder(s) to create").replace("%1", str(len(planned.funders_created)))
        text += "."
        if any(summary.partial for summary in preview.files):
            text += " " + self.tr("A file holds only one page of a longer search.")
        self.summary_label.setText(text)

    def _tick_all(self, ticked: bool) -> None:
        for row in range(self.model.rowCount()):
            self.model.set_ticked(row, ticked)

    def _update_buttons(self) -> None:
        idle = not self._busy
        self.choose_button.setEnabled(idle)
        has_rows = self.model.rowCount() > 0
        self.import_button.setEnabled(idle and self.preview is not None and bool(self.model.ticked_keys()))
        self.tick_all_button.setEnabled(idle and has_rows)
        self.untick_all_button.setEnabled(idle and has_rows)
        self.archive_button.setEnabled(idle and bool(self.disappeared_list.selectedItems()))

    # -- import ---------------------------------------------------------------------------------

    def apply(self) -> None:
        """Import the ticked aids in the background; the report is shown, then the files previewed again."""
        preview = self.preview
        if preview is None or self._busy:
            return
        keys, today = self.model.ticked_keys(), self._today()
        self._start()
        run_in_background(
            self, lambda: self._service.apply(preview, keys, today), self._applied, self._failed
        )

    def _applied(self, report: AidesImportReport) -> None:
        self._stop()
        self.report = report
        self.report_text.setPlainText(self.report_lines(report))
        self.report_box.show()
        self.import_done.emit()
        self._keep_ticks = self.model.ticked_keys()
        self.refilter()  # the calls just written now show as unchanged

    def report_lines(self, report: AidesImportReport) -> str:
        lines = [
            self.tr("New calls: %1").replace("%1", str(report.new)),
            self.tr("Deadlines moved: %1").replace("%1", str(len(report.deadline_moves))),
        ]
        for move in report.deadline_moves:
            lines.append(f"  • {move.title} : {_date_or_none(move.old)} {ARROW} {_date_or_none(move.new)}")
        lines.append(self.tr("Other updates: %1").replace("%1", str(len(report.updated_titles))))
        lines.append(self.tr("Unchanged: %1").replace("%1", str(report.unchanged)))
        lines.append(self.tr("No longer in the files: %1").replace("%1", str(len(report.disappeared))))
        lines.append(self.tr("Funders created: %1").replace("%1", str(len(report.funders_created))))
        lines.extend(f"  • {name}" for name in report.funders_created)
        if report.skipped:
            lines.append(self.tr("Left out (unticked or filtered): %1").replace("%1", str(report.skipped)))
        return "\n".join(lines)

    def archive_selected(self) -> int:
        """Archive the selected disappeared calls; how many were archived."""
        archived = 0
        problems: list[str] = []
        for item in self.disappeared_list.selectedItems():
            call: DisappearedCall = item.data(Qt.ItemDataRole.UserRole)
            try:
                self._calls.archive(call.call_id, call.version, True, self._today())
            except (StaleEdit, NotFound) as error:
                problems.append(f"{call.title} : {error_message(error)}")
                continue
            archived += 1
            self.disappeared_list.takeItem(self.disappeared_list.row(item))
        if problems:
            self.error_label.setText("\n".join(problems))
            self.error_label.show()
        self._update_buttons()
        return archived

    def error_text(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""
