"""Appels à projets: every call with its deadline and countdown, filters, the editor, import and export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.calls import CallFilter, CallRow, CallWindow
from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.domain.errors import CoopDeskError, InUse, NotFound, StaleEdit
from coopdesk.domain.funders import FunderListRow
from coopdesk.services.call_service import CallService
from coopdesk.services.funder_service import FunderService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.call_dialog import CallDialog
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.file_saving import write_atomically
from coopdesk.ui.formatting import local_today
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.call_table_model import (
    CallTableModel,
    Column,
    funding_type_label,
    recurrence_label,
)
from coopdesk.ui.widgets.flow_layout import FlowLayout

SEARCH_DELAY_MS = 150
FUNDER_COLUMN_WIDTH = 170
AMOUNTS_COLUMN_WIDTH = 210
# Letters a filter shows at least (it may narrow to this on a small screen; its list stays whole).
FILTER_LETTERS = 12
SEARCH_MIN_WIDTH = 180
# The titles keep this much room: on a small screen, the table scrolls sideways to its last columns.
TITLE_MIN_WIDTH = 200

if TYPE_CHECKING:  # heavy services, loaded on first use
    from coopdesk.services.aides_import_service import AidesImportService
    from coopdesk.services.export_service import ExportService


def _filter_combo() -> QComboBox:
    """A filter as narrow as FILTER_LETTERS letters; its whole choice shows when pointed at."""
    combo = QComboBox()
    combo.setMinimumContentsLength(FILTER_LETTERS)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.currentTextChanged.connect(combo.setToolTip)
    return combo


class CallsPage(QWidget):
    def __init__(
        self,
        calls: CallService,
        funders: FunderService,
        aides_import: Callable[[], AidesImportService],
        exports: Callable[[], ExportService],
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._funders = funders
        self._aides_import = aides_import
        self._exports = exports
        self._today = today

        self.title = QLabel(self.tr("Calls for projects"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)

        # -- filters
        self.window_combo = _filter_combo()
        for window, text in (
            (CallWindow.OPEN, self.tr("Open")),
            (CallWindow.CLOSING_SOON, self.tr("Closing within 30 days")),
            (CallWindow.CLOSED, self.tr("Closed")),
            (CallWindow.ALL, self.tr("All")),
        ):
            self.window_combo.addItem(text, window.value)
        self.funder_combo = _filter_combo()
        self.funder_combo.addItem(self.tr("All funders"), None)
        self.funding_type_combo = _filter_combo()
        self.funding_type_combo.addItem(self.tr("Any funding"), None)
        for funding_type in FundingType:
            self.funding_type_combo.addItem(funding_type_label(funding_type), funding_type.value)
        self.recurrence_combo = _filter_combo()
        self.recurrence_combo.addItem(self.tr("Any recurrence"), None)
        for recurrence in Recurrence:
            self.recurrence_combo.addItem(recurrence_label(recurrence), recurrence.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, funder, eligibility…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)  # on a line of its own rather than cramped
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        for combo in (self.window_combo, self.funder_combo, self.funding_type_combo, self.recurrence_combo):
            combo.currentIndexChanged.connect(lambda _index: self.reload())

        filters = FlowLayout()  # on two lines when the window is narrow
        filters.addWidget(self.window_combo)
        filters.addWidget(self.funder_combo)
        filters.addWidget(self.funding_type_combo)
        filters.addWidget(self.recurrence_combo)
        filters.addWidget(self.search, 1)

        # -- actions
        self.new_action = QAction(self.tr("&New call…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_call)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_current)
        self.archive_action = QAction(self.tr("&Archive"), self)
        self.archive_action.triggered.connect(self.archive_current)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_current)
        self.open_link_action = QAction(self.tr("Open &link"), self)
        self.open_link_action.triggered.connect(self.open_link)
        self.import_action = QAction(self.tr("&Import from Aides-territoires…"), self)
        self.import_action.triggered.connect(self.import_from_aides)
        self.export_csv_action = QAction(self.tr("CSV file (Excel)…"), self)
        self.export_csv_action.triggered.connect(lambda: self.export("csv"))
        self.export_xlsx_action = QAction(self.tr("XLSX workbook…"), self)
        self.export_xlsx_action.triggered.connect(lambda: self.export("xlsx"))
        for action in (self.new_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        buttons = FlowLayout()
        for action in (
            self.new_action,
            self.edit_action,
            self.archive_action,
            self.delete_action,
            self.open_link_action,
        ):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        buttons.addWidget(self._button(self.import_action))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.export_csv_action)
        export_menu.addAction(self.export_xlsx_action)
        self.export_button.setMenu(export_menu)
        buttons.addWidget(self.export_button)

        # -- the table
        self.model = CallTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.COUNTDOWN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.FUNDER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.FUNDER, FUNDER_COLUMN_WIDTH)
        # Amounts with a rate are long: a fixed width the user can widen (the tooltip holds the whole).
        header.setSectionResizeMode(Column.AMOUNTS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.AMOUNTS, AMOUNTS_COLUMN_WIDTH)
        header.setMinimumSectionSize(40)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_actions())
        self.edit_on_enter = QAction(self.table)
        self.edit_on_enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_on_enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_on_enter.triggered.connect(self.edit_current)
        self.table.addAction(self.edit_on_enter)
        self.table.installEventFilter(self)  # its width decides whether the titles may stretch

        self.count_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _fit_title(self) -> None:
        """The title column takes the room the others leave, but never less than TITLE_MIN_WIDTH."""
        table = self.table
        header = table.horizontalHeader()
        others = 0
        for column in Column:
            if column == Column.TITLE or table.isColumnHidden(column):
                continue
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                others += header.sectionSize(column)
            else:
                others += max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
        room = table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()
        if room - others >= TITLE_MIN_WIDTH:
            header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        elif header.sectionResizeMode(Column.TITLE) != QHeaderView.ResizeMode.Interactive:
            header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(Column.TITLE, TITLE_MIN_WIDTH)

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""))
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        if not action.shortcut().isEmpty():
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        return button

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the funders of the filter and the calls, as of today."""
        chosen = self.funder_combo.currentData()
        self.funder_combo.blockSignals(True)
        try:
            self.funder_combo.clear()
            self.funder_combo.addItem(self.tr("All funders"), None)
            for funder in self._funders.search("", limit=None):
                self.funder_combo.addItem(funder.name, funder.id)
            self.funder_combo.setCurrentIndex(max(0, self.funder_combo.findData(chosen)))
        finally:
            self.funder_combo.blockSignals(False)
        self.funder_combo.setToolTip(self.funder_combo.currentText())  # the signal that keeps it was blocked
        self.reload()

    def current_filter(self) -> CallFilter:
        funder_id = self.funder_combo.currentData()
        funding_type = self.funding_type_combo.currentData()
        recurrence = self.recurrence_combo.currentData()
        return CallFilter(
            window=CallWindow(self.window_combo.currentData()),
            funder_id=funder_id if isinstance(funder_id, int) else None,
            funding_type=FundingType(funding_type) if funding_type else None,
            recurrence=Recurrence(recurrence) if recurrence else None,
            text=self.search.text(),
        )

    def reload(self) -> None:
        """The calls of the current filters (keeps the selected call selected when still listed)."""
        self.search_timer.stop()
        selected = self.current_call()
        today = self._today()
        rows = self._calls.list(self.current_filter(), today)
        self.model.set_rows(rows, today)
        self.count_label.setText(self.tr("%n call(s)", "", len(rows)))
        if selected is not None:
            self.select_call(selected.id)
        self._update_actions()

    def select_call(self, call_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).id == call_id:
                self.table.selectRow(row)
                return True
        return False

    def current_call(self) -> CallRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def shown_titles(self) -> list[str]:
        """The titles as listed, top to bottom."""
        return [self.proxy.index(row, Column.TITLE).data() for row in range(self.proxy.rowCount())]

    def _update_actions(self) -> None:
        call = self.current_call()
        for action in (self.edit_action, self.archive_action, self.delete_action):
            action.setEnabled(call is not None)
        self.edit_on_enter.setEnabled(call is not None)
        self.open_link_action.setEnabled(call is not None and bool(call.url))
        if call is not None:
            self.archive_action.setText(self.tr("Unarchive") if call.archived else self.tr("&Archive"))

    def _show_status(self, message: str) -> None:
        self.status_label.setText(message)

    # -- actions --------------------------------------------------------------------------------

    def _funder_rows(self) -> list[FunderListRow]:
        return self._funders.search("", limit=None)

    def new_call(self) -> None:
        saved = CallDialog.edit(self, self._calls, self._funder_rows(), None)
        if saved is not None:
            self._after_save(saved)

    def edit_current(self) -> None:
        call = self.current_call()
        if call is None:
            return
        saved = CallDialog.edit(self, self._calls, self._funder_rows(), call)
        if saved is not None:
            self._after_save(saved)

    def _after_save(self, saved: CallRow) -> None:
        self.reload()
        if not self.select_call(saved.id):
            self._show_status(
                self.tr("Saved: “%1” is not shown by the current filters.").replace("%1", saved.title)
            )

    def archive_current(self) -> bool:
        call = self.current_call()
        if call is None:
            return False
        try:
            self._calls.archive(call.id, call.version, not call.archived, self._today())
        except (StaleEdit, NotFound) as error:
            message_box.warn(self, self.tr("Not archived"), error_message(error))
            self.reload()
            return False
        self.reload()
        return True

    def delete_current(self) -> bool:
        """Delete after confirmation; a call applications refer to is offered for archiving instead."""
        call = self.current_call()
        if call is None:
            return False
        confirmed = message_box.ask(
            self,
            self.tr("Delete the call"),
            self.tr("Delete “%1”? This cannot be undone.").replace("%1", call.title),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return False
        try:
            self._calls.delete(call.id)
        except InUse as error:
            archive = message_box.ask(
                self,
                self.tr("Delete the call"),
                error_message(error) + "\n\n" + self.tr("Archive it instead? It will leave the lists."),
                self.tr("Archive"),
                self.tr("Cancel"),
            )
            if archive and not call.archived:
                self.archive_current()
            return False
        except NotFound:
            pass  # already gone: the list below says so
        self.reload()
        return True

    def open_link(self) -> bool:
        call = self.current_call()
        if call is None or not call.url:
            return False
        return QDesktopServices.openUrl(QUrl(call.url))

    def import_from_aides(self) -> None:
        from coopdesk.ui.dialogs.aides_import_dialog import AidesImportDialog  # loaded on first use

        dialog = AidesImportDialog(self._aides_import(), self._calls, self, today=self._today)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.refresh()

    def export(self, kind: str) -> None:
        """Ask where, then write the calls as CSV (Excel's French dialect) or XLSX."""
        csv = kind == "csv"
        name_filter = self.tr("CSV files (*.csv)") if csv else self.tr("Excel workbooks (*.xlsx)")
        suggested = str(Path.home() / f"appels-a-projets.{kind}")
        path, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export the calls"), suggested, name_filter
        )
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> bool:
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            exports = self._exports()
            data = exports.calls_csv() if kind == "csv" else exports.calls_xlsx()
            write_atomically(path, data)
        except OSError as error:
            message_box.warn(
                self,
                self.tr("Export failed"),
                self.tr("%1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return False
        except CoopDeskError as error:
            message_box.warn(self, self.tr("Export failed"), error_message(error))
            return False
        self._show_status(self.tr("Exported to %1").replace("%1", str(path)))
        return True
