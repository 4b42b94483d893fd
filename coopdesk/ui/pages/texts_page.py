"""Textes: the library of reusable texts. Search as you type (titles and current texts, accents and case
ignored, best match first, the matching words highlighted), the selected text beside the list with its
counts, and the actions: new, edit, versions (compare, restore), mark as reviewed, copy, delete."""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.errors import NotFound, StaleEdit
from coopdesk.domain.texts import TextBlockRow, excerpt_parts
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.text_block_dialog import TextBlockDialog
from coopdesk.ui.dialogs.text_compare_dialog import TextCompareDialog
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import NO_VALUE, date_text, local_today
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.text_table_model import Column, TextTableModel, category_label
from coopdesk.ui.widgets.flow_layout import FlowLayout
from coopdesk.ui.widgets.text_counts import TextCountsLabel
from coopdesk.ui.widgets.text_settings import TextSettings

SEARCH_DELAY_MS = 150
SEARCH_TITLE_WIDTH = 220
# The category is also in the filter and above the selected text: its column stays narrow (the whole
# category in its tooltip) so that the titles keep the room on a small laptop's screen.
CATEGORY_MAX_WIDTH = 150


def excerpt_html(excerpt: str) -> str:
    """A search excerpt as rich text: the user's text escaped, only our <b> around the matches."""
    parts = []
    for text, matched in excerpt_parts(excerpt):
        escaped = html.escape(text, quote=False).replace("\n", "<br>")
        parts.append(f"<b style='background-color:#fff3b0'>{escaped}</b>" if matched else escaped)
    return "".join(parts)


class TextsPage(QWidget):
    def __init__(
        self,
        registry: ServiceRegistry,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._texts = registry.texts
        self._volunteers = registry.volunteers
        self._today = today
        self._all: list[TextBlockRow] = []

        self.title = QLabel(self.tr("Texts"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)

        # -- actions
        self.new_action = QAction(self.tr("&New text…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(self.new_text)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.triggered.connect(self.edit_current)
        self.versions_action = QAction(self.tr("&Versions…"), self)
        self.versions_action.setShortcut(QKeySequence("Ctrl+H"))
        self.versions_action.triggered.connect(self.show_versions)
        self.reviewed_action = QAction(self.tr("Mark as &reviewed"), self)
        self.reviewed_action.triggered.connect(self.mark_reviewed)
        self.copy_action = QAction(self.tr("&Copy the text"), self)
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.triggered.connect(self.copy_current)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_current)
        self.find_action = QAction(self.tr("Search"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)
        for action in (
            self.new_action,
            self.versions_action,
            self.copy_action,
            self.delete_action,
            self.find_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        buttons = FlowLayout()  # on two lines when the window is narrow
        for action in (
            self.new_action,
            self.edit_action,
            self.versions_action,
            self.reviewed_action,
            self.copy_action,
            self.delete_action,
        ):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        self.settings = TextSettings(registry.shared_settings)
        self.settings.review_months_changed.connect(lambda _months: self.refresh())
        buttons.addWidget(self.settings)

        # -- search and filter
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("textSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search the titles and texts (accents and capitals do not matter)… (Ctrl+F)")
        )
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in TextCategory:
            self.category_filter.addItem(category_label(category), category.value)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.category_filter.currentIndexChanged.connect(lambda _index: self.apply_filter())
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.category_filter)

        # -- the list
        self.model = TextTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("textTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setMinimumWidth(360)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.CATEGORY, QHeaderView.ResizeMode.Interactive)
        self._category_sized = False  # sized once, on the first texts; then the user's to change
        self.table.setColumnHidden(Column.TAGS, True)
        self.table.setColumnHidden(Column.EXCERPT, True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        self.edit_on_enter = QAction(self.table)
        self.edit_on_enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_on_enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_on_enter.triggered.connect(self.edit_current)
        self.table.addAction(self.edit_on_enter)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("textsEmpty")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        self.count_label = QLabel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_stack, 1)
        left_layout.addWidget(self.count_label)

        # -- the selected text
        self.preview_title = QLabel()
        self.preview_title.setObjectName("textPreviewTitle")
        self.preview_title.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_title.setWordWrap(True)
        preview_font = self.preview_title.font()
        preview_font.setPointSizeF(preview_font.pointSizeF() * 1.3)
        preview_font.setBold(True)
        self.preview_title.setFont(preview_font)
        self.preview_meta = QLabel()
        self.preview_meta.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_meta.setWordWrap(True)
        self.review_flag = QLabel()
        self.review_flag.setObjectName("textReviewFlag")
        self.review_flag.setTextFormat(Qt.TextFormat.PlainText)
        self.review_flag.setStyleSheet("color:#9a5b00; font-weight:bold;")
        self.excerpt_label = QLabel()
        self.excerpt_label.setObjectName("textExcerpt")
        self.excerpt_label.setTextFormat(Qt.TextFormat.RichText)  # escaped by excerpt_html
        self.excerpt_label.setWordWrap(True)
        self.excerpt_label.setStyleSheet(
            "QLabel { background:#fbfaf3; border:1px solid #e4e0c8; padding:6px; }"
        )
        self.preview_body = QPlainTextEdit()
        self.preview_body.setObjectName("textPreviewBody")
        self.preview_body.setReadOnly(True)
        self.counts = TextCountsLabel()
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(12, 0, 0, 0)
        preview_layout.addWidget(self.preview_title)
        preview_layout.addWidget(self.preview_meta)
        preview_layout.addWidget(self.review_flag)
        preview_layout.addWidget(self.excerpt_label)
        preview_layout.addWidget(self.preview_body, 1)
        preview_layout.addWidget(self.counts)
        self.no_selection = QLabel(self.tr("Choose a text in the list to read it here."))
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection.setWordWrap(True)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.no_selection)
        self.detail_stack.addWidget(preview)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        # The list gets the larger share: its titles are what the user reads to choose.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([720, 340])

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(buttons)
        layout.addLayout(search_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        self._selection_changed()

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""))
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        if not action.shortcut().isEmpty():
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        return button

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the library (keeps the search, the filter and the selected text)."""
        self._all = self._texts.list_blocks()
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        selected = self.current_text()
        query = self.search_edit.text().strip()
        category = self.category_filter.currentData()
        rows = [row for row in self._all if category is None or row.category.value == category]
        months = self.settings.value()
        if query:
            hits = self._texts.search(query)
            excerpts = {hit.id: hit.excerpt for hit in hits}
            self.model.set_rows(rows, today=self._today(), review_months=months, excerpts=excerpts)
            self.table.sortByColumn(Column.EXCERPT, Qt.SortOrder.AscendingOrder)  # best match first
        else:
            self.model.set_rows(rows, today=self._today(), review_months=months)
            if self.proxy.sortColumn() == Column.EXCERPT:
                self.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        self.table.setColumnHidden(Column.EXCERPT, not query)
        self.table.setColumnHidden(Column.REVIEWED, bool(query))
        self.table.setColumnHidden(Column.CHARACTERS, bool(query))
        header = self.table.horizontalHeader()
        if query:  # the excerpt takes the room, the title keeps a readable width
            header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(Column.EXCERPT, QHeaderView.ResizeMode.Stretch)
            self.table.setColumnWidth(Column.TITLE, SEARCH_TITLE_WIDTH)
        else:
            header.setSectionResizeMode(Column.EXCERPT, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        count = self.model.rowCount()
        if count and not self._category_sized:
            self.table.resizeColumnToContents(Column.CATEGORY)
            self.table.setColumnWidth(
                Column.CATEGORY, min(self.table.columnWidth(Column.CATEGORY), CATEGORY_MAX_WIDTH)
            )
            self._category_sized = True
        if count:
            self.list_stack.setCurrentWidget(self.table)
        else:
            self.list_stack.setCurrentWidget(self.empty_label)
            if not self._all:
                self.empty_label.setText(
                    self.tr(
                        "No text yet. Click “New text” to write the texts every funder asks for: "
                        "presentation of the association, objectives, target audience, territory…"
                    )
                )
            elif query:
                self.empty_label.setText(
                    self.tr("No text contains “%1”. Try fewer or shorter words.").replace("%1", query)
                )
            else:
                self.empty_label.setText(self.tr("No text in this category."))
        to_review = sum(1 for row in self.model.rows() if self.model.to_review(row))
        text = self.tr("%n text(s)", "", count)
        if to_review:
            text += " · " + self.tr("%n to review", "", to_review)
        self.count_label.setText(text)
        if selected is not None and self.select_text(selected.id):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def select_text(self, block_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).id == block_id:
                self.table.selectRow(row)
                self._selection_changed()
                return True
        return False

    def current_text(self) -> TextBlockRow | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model else []
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def shown_titles(self) -> list[str]:
        """The titles as listed, top to bottom."""
        return [self.proxy.index(row, Column.TITLE).data() for row in range(self.proxy.rowCount())]

    def _selection_changed(self) -> None:
        block = self.current_text()
        for action in (
            self.edit_action,
            self.versions_action,
            self.reviewed_action,
            self.copy_action,
            self.delete_action,
            self.edit_on_enter,
        ):
            action.setEnabled(block is not None)
        if block is None:
            self.detail_stack.setCurrentWidget(self.no_selection)
            return
        self.preview_title.setText(block.title)
        reviewed = date_text(block.last_reviewed_on) if block.last_reviewed_on else NO_VALUE
        meta = [
            category_label(block.category),
            self.tr("version %1").replace("%1", str(block.current_version)),
            self.tr("reviewed on %1").replace("%1", reviewed),
        ]
        if block.author:
            meta.append(self.tr("last written by %1").replace("%1", block.author))
        if block.tags:
            meta.append(self.tr("tags: %1").replace("%1", ", ".join(block.tags)))
        self.preview_meta.setText(" · ".join(meta))
        to_review = self.model.to_review(block)
        self.review_flag.setText(
            self.tr("To review: not read again for %n month(s) or more.", "", self.settings.value())
            if to_review
            else ""
        )
        self.review_flag.setVisible(to_review)
        excerpt = self.model.excerpt(block.id)
        self.excerpt_label.setText(excerpt_html(excerpt))
        self.excerpt_label.setVisible(bool(excerpt))
        self.preview_body.setPlainText(block.body)
        self.counts.show_counts(block.body, None)
        self.detail_stack.setCurrentIndex(1)

    # -- actions --------------------------------------------------------------------------------

    def _names(self) -> list[str]:
        return [volunteer.name for volunteer in self._volunteers.list()]

    def new_text(self) -> None:
        saved = TextBlockDialog.edit(self, self._texts, self._names(), None)
        if saved is not None:
            self._after_save(saved)

    def edit_current(self) -> None:
        block = self.current_text()
        if block is None:
            return
        saved = TextBlockDialog.edit(self, self._texts, self._names(), block)
        if saved is not None:
            self._after_save(saved)

    def show_versions(self) -> None:
        block = self.current_text()
        if block is None:
            return
        try:
            fresh = self._texts.get(block.id)
        except NotFound as error:
            self.status_label.setText(error_message(error))
            self.refresh()
            return
        restored = TextCompareDialog.compare(self, self._texts, fresh)
        if restored is not None:
            self._after_save(restored)

    def _after_save(self, saved: TextBlockRow) -> None:
        self.status_label.clear()
        self.refresh()
        if not self.select_text(saved.id):  # hidden by the search or the filter: show it anyway
            self.search_edit.clear()
            self.category_filter.setCurrentIndex(0)
            self.refresh()
            self.select_text(saved.id)

    def mark_reviewed(self) -> None:
        block = self.current_text()
        if block is None:
            return
        try:
            saved = self._texts.mark_reviewed(block.id, block.version)
        except StaleEdit:
            self.status_label.setText(
                self.tr("Someone else changed this text in the meantime: the list is reloaded, try again.")
            )
            self.refresh()
            return
        except NotFound as error:
            self.status_label.setText(error_message(error))
            self.refresh()
            return
        self.status_label.setText(self.tr("“%1” marked as reviewed today.").replace("%1", saved.title))
        self.refresh()

    def copy_current(self) -> None:
        block = self.current_text()
        if block is None:
            return
        QGuiApplication.clipboard().setText(block.body)
        self.status_label.setText(self.tr("Text copied: paste it into the funder's form."))

    def delete_current(self) -> bool:
        """Delete after confirmation; applications keep the copy of the text they were given."""
        block = self.current_text()
        if block is None:
            return False
        confirmed = message_box.ask(
            self,
            self.tr("Delete the text"),
            self.tr(
                "Delete “%1” and all its versions? Applications that used it keep their own copy. "
                "This cannot be undone."
            ).replace("%1", block.title),
            self.tr("Delete"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return False
        with contextlib.suppress(NotFound):  # already gone: the list below says so
            self._texts.delete(block.id)
        self.status_label.setText(self.tr("“%1” deleted.").replace("%1", block.title))
        self.refresh()
        return True
