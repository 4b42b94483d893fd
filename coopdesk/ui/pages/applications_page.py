"""Dossiers: every application with its status, funder and amounts, filters and totals of what is shown,
as a table or as a board by status (drag a card to move it), the editor, changes of status, renewal and
deletion."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain import workflow
from coopdesk.domain.applications import (
    WAITING_STATUSES,
    ApplicationFilter,
    ApplicationListRow,
    ApplicationRow,
    TransitionInput,
)
from coopdesk.domain.enums import ApplicationStatus, FundingType
from coopdesk.domain.errors import CoopDeskError, FieldErrors, ForbiddenTransition, NotFound, StaleEdit
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui import file_saving
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.application_dialog import ApplicationDialog
from coopdesk.ui.dialogs.deleted_history_dialog import deleted_history_button
from coopdesk.ui.dialogs.transition_dialog import TransitionDialog
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import status_label
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.application_table_model import ApplicationTableModel, Column, totals_text
from coopdesk.ui.table_models.call_table_model import funding_type_label
from coopdesk.ui.widgets.flow_layout import FlowLayout
from coopdesk.ui.widgets.status_board import StatusBoard

SEARCH_DELAY_MS = 150
TITLE_COLUMN_WIDTH = 260
NAME_COLUMN_WIDTH = 160
# Letters a filter shows at least (it may narrow to this on a small screen; its list stays whole).
FILTER_LETTERS = 12
SEARCH_MIN_WIDTH = 200

_OPEN = frozenset(status for status in ApplicationStatus if workflow.is_open(status))
_GRANTED = frozenset(status for status in ApplicationStatus if workflow.is_granted(status))
STATUS_GROUPS: dict[str, frozenset[ApplicationStatus]] = {
    "all": frozenset(),
    "open": _OPEN,
    "waiting": WAITING_STATUSES,
    "granted": _GRANTED,
}

# Moves that need nothing recorded but cannot be undone: a drop still opens the dialog, as a confirmation.
CONFIRMED_MOVES = frozenset({ApplicationStatus.WITHDRAWN, ApplicationStatus.CLOSED})


def _dialog_on(target: ApplicationStatus) -> type[TransitionDialog]:
    """The transition dialog, opened on `target` (the column a card was dropped on) and kept there."""

    class DropDialog(TransitionDialog):
        def __init__(
            self,
            application: ApplicationRow,
            parent: QWidget | None = None,
            **options: Any,
        ) -> None:
            super().__init__(application, parent, **options)
            if self.choose(target):
                self.target.setEnabled(False)

    return DropDialog


class ApplicationsPage(QWidget):
    def __init__(self, registry: ServiceRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._registry = registry
        self._applications = registry.applications

        self.title = QLabel(self.tr("Applications"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)

        # -- filters
        self.status_combo = self._combo(None)
        for key, text in (
            ("all", self.tr("All statuses")),
            ("open", self.tr("In progress")),
            ("waiting", self.tr("Waiting for a decision")),
            ("granted", self.tr("Granted (all stages)")),
        ):
            self.status_combo.addItem(text, key)
        self.status_combo.insertSeparator(self.status_combo.count())
        for status in ApplicationStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self.funder_combo = self._combo(self.tr("All funders"))
        self.project_combo = self._combo(self.tr("All projects"))
        self.year_combo = self._combo(self.tr("All years"))
        self.owner_combo = self._combo(self.tr("Everybody"))
        self.funding_type_combo = self._combo(None)
        self.funding_type_combo.addItem(self.tr("Any funding"), None)
        for funding_type in FundingType:
            self.funding_type_combo.addItem(funding_type_label(funding_type), funding_type.value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, project, funder, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(SEARCH_MIN_WIDTH)  # on a line of its own rather than cramped
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        combos = (
            self.status_combo,
            self.funder_combo,
            self.project_combo,
            self.year_combo,
            self.owner_combo,
            self.funding_type_combo,
        )
        for combo in combos:
            combo.currentIndexChanged.connect(lambda _index: self.reload())

        filters = FlowLayout()  # on two lines when the window is narrow
        for combo in combos:
            filters.addWidget(combo)
        filters.addWidget(self.search, 1)

        # -- actions
        self.new_action = QAction(self.tr("&New application…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_application)
        self.edit_action = QAction(self.tr("&Open…"), self)
        self.edit_action.triggered.connect(self.edit_current)
        self.status_action = QAction(self.tr("Change &status…"), self)
        self.status_action.triggered.connect(self.change_status)
        self.renew_action = QAction(self.tr("&Renew"), self)
        self.renew_action.triggered.connect(self.renew_current)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_current)
        self.pack_action = QAction(self.tr("&Prepare the pack…"), self)
        self.pack_action.setToolTip(
            self.tr("One PDF to print or send: cover, texts, budget, declaration, pieces")
        )
        self.pack_action.triggered.connect(self.prepare_pack)
        for action in (self.new_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        buttons = FlowLayout()
        for action in (
            self.new_action,
            self.edit_action,
            self.status_action,
            self.renew_action,
            self.pack_action,
            self.delete_action,
        ):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)

        # -- the table
        self.model = ApplicationTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DEADLINE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column, width in (
            (Column.TITLE, TITLE_COLUMN_WIDTH),
            (Column.FUNDER, NAME_COLUMN_WIDTH),
            (Column.PROJECT, NAME_COLUMN_WIDTH),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setMinimumSectionSize(40)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._update_actions())
        self.edit_on_enter = QAction(self.table)
        self.edit_on_enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_on_enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_on_enter.triggered.connect(self.edit_current)
        self.table.addAction(self.edit_on_enter)

        # -- the board, the other view of the same rows
        self.board = StatusBoard()
        self.board.move_requested.connect(self.move_application)
        self.board.open_requested.connect(self.open_application)
        self.board.current_changed.connect(self._board_chose)
        self.board.message.connect(self._show_status)

        self.table_button = QToolButton()
        self.table_button.setText(self.tr("Table"))
        self.board_button = QToolButton()
        self.board_button.setText(self.tr("By status"))
        self.board_button.setToolTip(self.tr("Drag a card to another column to change its status"))
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        for button in (self.table_button, self.board_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.view_buttons.addButton(button)
            buttons.addWidget(button)
        self.table_button.setChecked(True)

        # -- for treasurers: what is shown, to a spreadsheet
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("The applications shown, with their totals, for a spreadsheet"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("Excel workbook (XLSX)…"), lambda: self.export("xlsx"))
        export_menu.addAction(self.tr("CSV file…"), lambda: self.export("csv"))
        self.export_button.setMenu(export_menu)
        buttons.addWidget(self.export_button)
        buttons.addWidget(deleted_history_button(self, registry))  # deleted applications, with history
        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self.board)
        self.board_button.toggled.connect(self.show_board)

        self.totals_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.totals_label)
        footer.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.views, 1)
        layout.addLayout(footer)
        self._update_actions()

    def show_board(self, board: bool) -> None:
        """Show the board by status (True) or the table (False); both list the same applications."""
        self.views.setCurrentWidget(self.board if board else self.table)
        button = self.board_button if board else self.table_button
        if not button.isChecked():
            button.setChecked(True)  # toggles the other one off, which comes back here once

    def board_shown(self) -> bool:
        return self.views.currentWidget() is self.board

    def _combo(self, everything: str | None) -> QComboBox:
        """A filter as narrow as FILTER_LETTERS letters; its whole choice shows when pointed at."""
        combo = QComboBox()
        combo.setMinimumContentsLength(FILTER_LETTERS)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentTextChanged.connect(combo.setToolTip)
        if everything is not None:
            combo.addItem(everything, None)
        return combo

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""))
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        if not action.shortcut().isEmpty():
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        return button

    # -- loading --------------------------------------------------------------------------------

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, int]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            combo.blockSignals(False)
        combo.setToolTip(combo.currentText())  # the signal that keeps it was blocked

    def refresh(self) -> None:
        """Reload the choices of the filters (funders, projects, years, owners) and the applications."""
        registry = self._registry
        self._refill(
            self.funder_combo,
            self.tr("All funders"),
            [(funder.name, funder.id) for funder in registry.funders.search("", limit=None)],
        )
        self._refill(
            self.project_combo,
            self.tr("All projects"),
            [(project.title, project.id) for project in registry.projects.list()],
        )
        years = sorted({row.year for row in self._applications.list() if row.year is not None}, reverse=True)
        self._refill(self.year_combo, self.tr("All years"), [(str(year), year) for year in years])
        self._refill(
            self.owner_combo,
            self.tr("Everybody"),
            [(volunteer.name, volunteer.id) for volunteer in registry.volunteers.list()],
        )
        self.reload()

    def current_filter(self) -> ApplicationFilter:
        status = self.status_combo.currentData()
        if status in STATUS_GROUPS:
            statuses = STATUS_GROUPS[status]
        else:
            statuses = frozenset({ApplicationStatus(status)}) if status else frozenset()

        def chosen(combo: QComboBox) -> int | None:
            value = combo.currentData()
            return value if isinstance(value, int) else None

        funding_type = self.funding_type_combo.currentData()
        return ApplicationFilter(
            statuses=statuses,
            funder_id=chosen(self.funder_combo),
            project_id=chosen(self.project_combo),
            year=chosen(self.year_combo),
            owner_id=chosen(self.owner_combo),
            funding_type=FundingType(funding_type) if funding_type else None,
            text=self.search.text(),
        )

    def reload(self) -> None:
        """The applications of the current filters, with their totals (keeps the selection when listed)."""
        self.search_timer.stop()
        selected = self.current_application()
        chosen = self.current_filter()
        rows = self._applications.list(chosen)
        self.model.set_rows(rows)
        self.board.set_rows(rows)
        totals = self._applications.totals(chosen)
        self.totals_label.setText(
            totals_text(totals.count, totals.requested_cents, totals.granted_cents, totals.paid_cents)
        )
        if selected is not None:
            self.select_application(selected.id)
        self._update_actions()

    def select_application(self, application_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).id == application_id:
                self.table.selectRow(row)
                self.board.select(application_id)
                return True
        return False

    def _board_chose(self, application_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).id == application_id:
                self.table.selectRow(row)
                return

    def current_application(self) -> ApplicationListRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def _update_actions(self) -> None:
        application = self.current_application()
        for action in (self.edit_action, self.status_action, self.renew_action, self.delete_action):
            action.setEnabled(application is not None)
        self.edit_on_enter.setEnabled(application is not None)
        self.pack_action.setEnabled(application is not None)
        if application is not None:
            self.status_action.setEnabled(bool(workflow.ALLOWED_TRANSITIONS[application.status]))

    def _show_status(self, message: str) -> None:
        self.status_label.setText(message)

    def export(self, kind: str) -> Path | None:
        """Write the applications of the current filters as XLSX (live totals) or CSV; the path written."""
        name_filter = self.tr("Excel workbooks (*.xlsx)") if kind == "xlsx" else self.tr("CSV files (*.csv)")
        path = file_saving.ask_save_path(
            self, self.tr("Export the applications"), Path.home() / f"dossiers.{kind}", name_filter
        )
        if path is None:
            return None
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            exports = self._registry.exports
            chosen = self.current_filter()
            data = exports.applications_xlsx(chosen) if kind == "xlsx" else exports.applications_csv(chosen)
            file_saving.write_atomically(path, data)
        except OSError as error:
            message_box.warn(
                self,
                self.tr("Export failed"),
                self.tr("%1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        except CoopDeskError as error:
            message_box.warn(self, self.tr("Export failed"), error_message(error))
            return None
        self._show_status(self.tr("Exported to %1").replace("%1", str(path)))
        return path

    # -- actions --------------------------------------------------------------------------------

    def new_application(self) -> None:
        saved = ApplicationDialog.edit(self, self._registry, None)
        if saved is not None:
            self._after_save(saved.id, saved.title)

    def edit_current(self) -> None:
        application = self.current_application()
        if application is None:
            return
        saved = ApplicationDialog.edit(self, self._registry, application.id)
        self.reload()
        if saved is not None:
            self._after_save(saved.id, saved.title)

    def open_application(self, application_id: int) -> None:
        """Open this application in the editor, as a double-click in the table does."""
        if self.select_application(application_id):
            self.edit_current()

    def _after_save(self, application_id: int, title: str) -> None:
        self.refresh()  # a new year may appear in the filter
        if not self.select_application(application_id):
            self._show_status(
                self.tr("Saved: “%1” is not shown by the current filters.").replace("%1", title)
            )

    def change_status(self) -> bool:
        """Ask for the move (only those allowed, with what they record) and apply it."""
        listed = self.current_application()
        if listed is None:
            return False
        try:
            application = self._applications.get(listed.id)
        except NotFound as error:
            message_box.warn(self, self.tr("Status not changed"), error_message(error))
            self.reload()
            return False
        applied = TransitionDialog.ask(
            self,
            application,
            lambda data: self._applications.transition(application.id, application.version, data),
        )
        if applied is None:
            return False
        self.refresh()
        self.select_application(application.id)
        return True

    def move_application(self, application_id: int, target: ApplicationStatus) -> bool:
        """A card dropped on `target`: record the move, asking first for what the new status needs."""
        try:
            application = self._applications.get(application_id)
        except NotFound as error:
            message_box.warn(self, self.tr("Status not changed"), error_message(error))
            self.reload()
            return False
        if not workflow.can_transition(application.status, target):  # changed since the list was read
            self.reload()
            self._show_status(
                self.tr("“%1” cannot go from “%2” to “%3”.")
                .replace("%1", application.title)
                .replace("%2", status_label(application.status))
                .replace("%3", status_label(target))
            )
            return False

        def apply(data: TransitionInput) -> ApplicationRow:
            return self._applications.transition(application.id, application.version, data)

        moved = False
        if not workflow.requirements(target) and target not in CONFIRMED_MOVES:
            try:
                apply(TransitionInput(target=target))
                moved = True
            except FieldErrors:
                pass  # something else is missing: the dialog below asks for it
            except (ForbiddenTransition, StaleEdit, NotFound) as error:
                message_box.warn(self, self.tr("Status not changed"), error_message(error))
                self.reload()
                return False
        if not moved and _dialog_on(target).ask(self, application, apply) is None:
            return False
        self.refresh()
        self.select_application(application.id)
        self._show_status(
            self.tr("“%1” is now: %2.").replace("%1", application.title).replace("%2", status_label(target))
        )
        return True

    def prepare_pack(self) -> None:
        """The printed pack of the selected application (pieces to choose, preview, save, print)."""
        from coopdesk.ui.dialogs.pack_dialog import PackDialog

        application = self.current_application()
        if application is not None:
            PackDialog.prepare(self, self._registry, application.id)

    def renew_current(self) -> bool:
        """Start next year's application from this one, and open it."""
        application = self.current_application()
        if application is None:
            return False
        try:
            renewed = self._applications.renew(application.id)
        except NotFound as error:
            message_box.warn(self, self.tr("Not renewed"), error_message(error))
            self.reload()
            return False
        self.refresh()
        self.select_application(renewed.id)
        self._show_status(self.tr("Renewed: “%1” starts again as an idea.").replace("%1", renewed.title))
        return True

    def delete_current(self) -> bool:
        application = self.current_application()
        if application is None:
            return False
        confirmed = message_box.ask(
            self,
            self.tr("Delete the application"),
            self.tr("Delete “%1” with its payments and history? This cannot be undone.").replace(
                "%1", application.title
            ),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return False
        with contextlib.suppress(NotFound):  # already gone: the list below says so
            self._applications.delete(application.id)
        self.refresh()
        return True
