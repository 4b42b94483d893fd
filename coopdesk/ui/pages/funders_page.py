"""Financeurs: the searchable list of funders, the selected funder's sheet, the follow-ups due, and
"qui fait quoi" (who handles which topic, across every funder)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QObject, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import FunderKind, FunderLevel
from coopdesk.domain.errors import InUse, NotFound, StaleEdit
from coopdesk.domain.funders import FunderListRow
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui import file_saving
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.funder_dialog import FunderDialog
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import local_today
from coopdesk.ui.funder_labels import kind_labels, level_labels
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.funder_table_model import Column, FunderTableModel
from coopdesk.ui.table_models.interaction_table_model import Column as InteractionColumn
from coopdesk.ui.table_models.interaction_table_model import InteractionTableModel
from coopdesk.ui.widgets.flow_layout import FlowLayout
from coopdesk.ui.widgets.funder_sheet import FunderSheetView
from coopdesk.ui.widgets.who_does_what_view import WhoDoesWhatView

SEARCH_DELAY_MS = 150
LIST_WIDTH = 500  # the list's share when the window is wide enough
LIST_MIN_WIDTH = 400  # on a small screen, the sheet beside it keeps room to be read
SHEET_WIDTH = 520
# The names keep this much room: when the list is narrow, it leaves out its count of contacts, then the
# kinds (both are in the sheet; they come back when the list is widened).
NAME_MIN_WIDTH = 130
OPTIONAL_COLUMNS = (Column.ACTIVE_CONTACTS, Column.KIND)
SEARCH_MIN_WIDTH = 200
FOLLOW_UPS_MAX_HEIGHT = 220
LIST_STRETCH = 3  # the list's share of the height, to the follow-ups' FOLLOW_UPS_STRETCH
FOLLOW_UPS_STRETCH = 2
FOLLOW_UP_FUNDER_WIDTH = 170


class FundersPage(QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        registry: ServiceRegistry,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._funders = registry.funders
        self._contacts = registry.contacts
        self._interactions = registry.interactions
        self._registry = registry  # import and export services are built on first use
        self._today = today

        self.title = QLabel(self.tr("Funders"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)

        # Filters.
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search a funder, a service, a contact, a topic…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(SEARCH_MIN_WIDTH)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload_list)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.level_combo = QComboBox()
        self.level_combo.addItem(self.tr("All levels"), None)
        for level, label in level_labels().items():
            self.level_combo.addItem(label, level)
        self.archived_check = QCheckBox(self.tr("Show archived"))
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.reload_list())
        self.level_combo.currentIndexChanged.connect(lambda _index: self.reload_list())
        self.archived_check.toggled.connect(lambda _checked: self.reload_list())
        filters = FlowLayout()  # on two lines when the window is narrow
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.level_combo)
        filters.addWidget(self.archived_check)

        # The list.
        self.model = FunderTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for hidden in (Column.LEVEL, Column.SERVICE, Column.CITY):
            self.table.setColumnHidden(hidden, True)  # in the sheet; shown by widening nothing
        self.table.activated.connect(lambda _index: self.edit_funder())  # Enter and double-click
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._column_widths: dict[Column, int] = {}
        self.table.installEventFilter(self)  # its width decides which columns fit
        self.count_label = QLabel()
        self.no_match = QLabel(self.tr("No funder matches."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.no_match)

        self.new_action = QAction(self.tr("New funder…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.new_funder)
        self.addAction(self.new_action)
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("New funder (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import contacts…"))
        self.export_button = QPushButton(self.tr("Export contacts…"))
        self.export_button.setToolTip(self.tr("Every contact, as vCard (.vcf) or spreadsheet (.csv)"))
        self.new_button.clicked.connect(self.new_funder)
        self.edit_button.clicked.connect(self.edit_funder)
        self.archive_button.clicked.connect(self.archive_funder)
        self.delete_button.clicked.connect(self.delete_funder)
        self.import_button.clicked.connect(self.import_contacts)
        self.export_button.clicked.connect(self.export_contacts)
        buttons = FlowLayout()
        for button in (self.new_button, self.edit_button, self.archive_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        filters.addStretch(1)
        filters.addWidget(self.count_label)  # how many the filters leave

        # Follow-ups due.
        self.follow_up_model = InteractionTableModel(self)
        self.follow_up_proxy = QSortFilterProxyModel(self)
        self.follow_up_proxy.setSourceModel(self.follow_up_model)
        self.follow_up_proxy.setSortRole(SORT_ROLE)
        self.follow_up_table = QTableView()
        self.follow_up_table.setModel(self.follow_up_proxy)
        self.follow_up_table.setSortingEnabled(True)
        self.follow_up_table.sortByColumn(InteractionColumn.FOLLOW_UP, Qt.SortOrder.AscendingOrder)
        self.follow_up_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.follow_up_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.follow_up_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.follow_up_table.setWordWrap(False)
        self.follow_up_table.verticalHeader().hide()
        for follow_up_hidden in (InteractionColumn.DATE, InteractionColumn.KIND, InteractionColumn.CONTACT):
            self.follow_up_table.setColumnHidden(follow_up_hidden, True)
        follow_header = self.follow_up_table.horizontalHeader()
        follow_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        follow_header.setSectionResizeMode(InteractionColumn.SUMMARY, QHeaderView.ResizeMode.Stretch)
        follow_header.setSectionResizeMode(InteractionColumn.FUNDER, QHeaderView.ResizeMode.Interactive)
        follow_header.resizeSection(InteractionColumn.FUNDER, FOLLOW_UP_FUNDER_WIDTH)
        follow_header.moveSection(follow_header.visualIndex(InteractionColumn.FOLLOW_UP), 0)
        self.follow_up_table.selectionModel().selectionChanged.connect(self._follow_up_selection_changed)
        self.follow_up_table.activated.connect(self._follow_up_activated)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("The follow-up was made"))
        self.done_button.clicked.connect(self.mark_follow_up_done)
        self.no_follow_up = QLabel(self.tr("No follow-up due in the next 30 days."))
        self.no_follow_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.follow_up_stack = QStackedWidget()
        self.follow_up_stack.addWidget(self.follow_up_table)
        self.follow_up_stack.addWidget(self.no_follow_up)
        self.follow_up_box = QGroupBox(self.tr("Follow-ups due"))
        self.follow_up_box.setMaximumHeight(FOLLOW_UPS_MAX_HEIGHT)
        follow_layout = QVBoxLayout(self.follow_up_box)
        follow_layout.addWidget(self.follow_up_stack, 1)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        follow_layout.addLayout(done_row)

        left = QWidget()
        left.setMinimumWidth(LIST_MIN_WIDTH)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_stack, LIST_STRETCH)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.follow_up_box, FOLLOW_UPS_STRETCH)  # on a short screen too

        self.sheet = FunderSheetView(
            self._funders, self._contacts, self._interactions, lambda: registry.exports, today=today
        )
        self.sheet.changed.connect(self._sheet_changed)
        self.sheet.status_message.connect(self.status_message)
        # Narrower than its contents on a small screen: it scrolls sideways rather than cutting them.
        self.sheet.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.sheet)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([LIST_WIDTH, SHEET_WIDTH])

        funders_tab = QWidget()
        funders_layout = QVBoxLayout(funders_tab)
        funders_layout.addLayout(filters)
        funders_layout.addWidget(self.splitter, 1)
        self.who_does_what = WhoDoesWhatView(self._contacts)
        self.tabs = QTabWidget()
        self.tabs.addTab(funders_tab, self.tr("Funders"))
        self.tabs.addTab(self.who_does_what, self.tr("Who does what"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh_tab())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self._selection_changed()
        self._follow_up_selection_changed()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Leave out the optional columns, one by one, that would squeeze the names below NAME_MIN_WIDTH."""
        table = self.table
        header = table.horizontalHeader()
        room = table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()
        for column in Column:
            if not table.isColumnHidden(column):  # a hidden column has no header width: the last one seen
                width = max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
                self._column_widths[column] = width
        shown = [Column.KIND, Column.ACTIVE_CONTACTS, Column.LAST_EXCHANGE]
        for optional in OPTIONAL_COLUMNS:
            needed = sum(self._column_widths.get(column, 0) for column in shown)
            if room - needed >= NAME_MIN_WIDTH:
                break
            shown.remove(optional)
        for optional in OPTIONAL_COLUMNS:
            table.setColumnHidden(optional, optional not in shown)

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything from the services, as of today."""
        self.search_timer.stop()
        self.reload_list()
        self.reload_follow_ups()
        self.sheet.reload()
        self._refresh_tab()

    def _refresh_tab(self) -> None:
        if self.tabs.currentWidget() is self.who_does_what:
            self.who_does_what.refresh()

    def reload_list(self, select_id: int | None = None) -> None:
        """Run the search with the current text and filters, keeping the selected funder if still listed."""
        self.search_timer.stop()
        keep = select_id if select_id is not None else self.sheet.funder_id()
        kind = self.kind_combo.currentData()
        level = self.level_combo.currentData()
        rows = self._funders.search(
            self.search_edit.text(),
            kind=FunderKind(kind) if kind is not None else None,
            level=FunderLevel(level) if level is not None else None,
            include_archived=self.archived_check.isChecked(),
            limit=None,
        )
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n funder(s)", "", len(rows)))
        self.list_stack.setCurrentWidget(self.table if rows else self.no_match)
        if keep is not None and self.model.row_of(keep) is not None:
            self.select_funder(keep)
        elif rows:  # the first funder's sheet rather than an empty panel
            self.table.selectRow(0)
            self._selection_changed()
        else:
            self._selection_changed()

    def reload_follow_ups(self) -> None:
        today = self._today()
        rows = self._interactions.follow_ups_due(today)
        self.follow_up_model.set_rows(rows, today)
        self.follow_up_stack.setCurrentWidget(self.follow_up_table if rows else self.no_follow_up)
        self.follow_up_box.setTitle(self.tr("Follow-ups due (%1)").replace("%1", str(len(rows))))
        self._follow_up_selection_changed()

    def listed_names(self) -> list[str]:
        """The funders' names as listed, top to bottom."""
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).name
            for row in range(self.proxy.rowCount())
        ]

    # -- selection ------------------------------------------------------------------------------

    def selected_funder(self) -> FunderListRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_funder(self, funder_id: int) -> None:
        row = self.model.row_of(funder_id)
        if row is None:
            return
        proxy_row = self.proxy.mapFromSource(self.model.index(row, 0)).row()
        self.table.selectRow(proxy_row)
        self.table.scrollTo(self.proxy.index(proxy_row, 0))
        self._selection_changed()

    def _selection_changed(self, *_args: QItemSelection) -> None:
        funder = self.selected_funder()
        for button in (self.edit_button, self.archive_button, self.delete_button):
            button.setEnabled(funder is not None)
        self.archive_button.setText(
            self.tr("Unarchive") if funder is not None and funder.archived else self.tr("Archive")
        )
        wanted = funder.id if funder is not None else None
        if wanted != self.sheet.funder_id():
            self.sheet.show_funder(wanted)

    def _sheet_changed(self) -> None:
        self.reload_list()
        self.reload_follow_ups()
        self._refresh_tab()

    # -- funders --------------------------------------------------------------------------------

    def new_funder(self) -> None:
        saved = FunderDialog.edit(self, self._funders, None)
        if saved is not None:
            self._after_save(saved.id, self.tr("%1 was added.").replace("%1", saved.name))

    def edit_funder(self) -> None:
        funder = self.selected_funder()
        if funder is None:
            return
        try:
            row = self._funders.get(funder.id)
        except NotFound as error:
            self._warn(self.tr("Funder"), error_message(error))
            return
        saved = FunderDialog.edit(self, self._funders, row)
        if saved is not None:
            self._after_save(saved.id, self.tr("%1 was saved.").replace("%1", saved.name))

    def _after_save(self, funder_id: int, message: str) -> None:
        self.reload_list(select_id=funder_id)
        self.sheet.show_funder(funder_id)
        self.status_message.emit(message)

    def _warn(self, title: str, text: str) -> None:
        message_box.warn(self, title, text)
        self.refresh()

    def archive_funder(self) -> None:
        """Archive the selected funder (or bring an archived one back): its history stays."""
        funder = self.selected_funder()
        if funder is None:
            return
        archived = not funder.archived
        try:
            row = self._funders.get(funder.id)
            saved = self._funders.archive(funder.id, row.version, archived)
        except (StaleEdit, NotFound) as error:
            self._warn(self.tr("Archive a funder"), error_message(error))
            return
        if archived and not self.archived_check.isChecked():
            self.sheet.show_funder(None)
        self.reload_list(select_id=saved.id)
        text = self.tr("%1 was archived.") if archived else self.tr("%1 is no longer archived.")
        self.status_message.emit(text.replace("%1", saved.name))

    def delete_funder(self) -> None:
        """Delete after confirmation; a funder others refer to can be archived instead."""
        funder = self.selected_funder()
        if funder is None:
            return
        confirmed = message_box.ask(
            self,
            self.tr("Delete a funder"),
            self.tr("Delete %1 and its contacts? Its calls for projects stay, without a funder.").replace(
                "%1", funder.name
            ),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return
        try:
            self._funders.delete(funder.id)
        except InUse:
            self._offer_archiving(funder)
            return
        except NotFound as error:
            self._warn(self.tr("Delete a funder"), error_message(error))
            return
        self.sheet.show_funder(None)
        self.reload_list()
        self.status_message.emit(self.tr("%1 was deleted.").replace("%1", funder.name))

    def _offer_archiving(self, funder: FunderListRow) -> None:
        if funder.archived:
            message_box.warn(
                self,
                self.tr("Delete a funder"),
                self.tr(
                    "%1 cannot be deleted: applications, exchanges or budgets refer to it. "
                    "It is already archived."
                ).replace("%1", funder.name),
            )
            return
        archive = message_box.ask(
            self,
            self.tr("Delete a funder"),
            self.tr(
                "%1 cannot be deleted: applications, exchanges or budgets refer to it.\n\n"
                "Archive it instead? Its history is kept; it is no longer listed."
            ).replace("%1", funder.name),
            self.tr("Archive"),
            self.tr("Cancel"),
        )
        if archive:
            self.archive_funder()

    # -- follow-ups -----------------------------------------------------------------------------

    def selected_follow_up_row(self) -> int | None:
        rows = self.follow_up_table.selectionModel().selectedRows()
        return self.follow_up_proxy.mapToSource(rows[0]).row() if rows else None

    def _follow_up_selection_changed(self, *_args: QItemSelection) -> None:
        self.done_button.setEnabled(self.selected_follow_up_row() is not None)

    def _follow_up_activated(self, index: object) -> None:
        row = self.selected_follow_up_row()
        if row is None:
            return
        funder_id = self.follow_up_model.row_at(row).funder_id
        if self.model.row_of(funder_id) is None:
            self.search_edit.clear()
            self.kind_combo.setCurrentIndex(0)
            self.level_combo.setCurrentIndex(0)
            self.reload_list()
        self.select_funder(funder_id)

    def mark_follow_up_done(self) -> None:
        row = self.selected_follow_up_row()
        if row is None:
            return
        interaction = self.follow_up_model.row_at(row)
        try:
            self._interactions.mark_done(interaction.id, interaction.version)
        except (StaleEdit, NotFound) as error:
            self._warn(self.tr("Follow-ups due"), error_message(error))
            return
        self.reload_follow_ups()
        if self.sheet.funder_id() == interaction.funder_id:
            self.sheet.reload()
        self.status_message.emit(self.tr("Follow-up with %1 done.").replace("%1", interaction.funder_name))

    # -- contacts in and out --------------------------------------------------------------------

    def import_contacts(self) -> None:
        from coopdesk.ui.dialogs.contacts_import_dialog import ContactsImportDialog  # loaded on first use

        report = ContactsImportDialog.run(self, self._registry.contacts_import)
        if report is not None:
            self.refresh()
            self.status_message.emit(self.tr("%n contact(s) imported.", "", report.created))

    def export_contacts(self) -> None:
        """Every contact in a vCard file (for the phone or the mail program) or a CSV (for a spreadsheet)."""
        path = file_saving.ask_save_path(
            self,
            self.tr("Export the contacts"),
            Path.home() / "contacts-financeurs.vcf",
            self.tr("vCard (*.vcf);;Spreadsheet CSV (*.csv)"),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".vcf", ".csv"):
            path = path.with_name(path.name + ".vcf")
        try:
            data = (
                self._registry.exports.contacts_csv()
                if path.suffix.lower() == ".csv"
                else self._registry.exports.contacts_vcf()
            )
            file_saving.write_atomically(path, data)
        except OSError as error:
            message_box.warn(
                self,
                self.tr("Export the contacts"),
                self.tr("The file %1 cannot be written: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return
        self.status_message.emit(self.tr("The contacts were saved in %1.").replace("%1", str(path)))
