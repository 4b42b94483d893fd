"""Pièces: the association's permanent file. The current pieces (expired and soon-expiring ones stand
out), the history of the selected piece, and the actions: add (button or drop files on the page), open
with the system's viewer, save a copy, edit, delete."""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk import paths
from coopdesk.domain.documents import (
    ChecklistGap,
    DocumentRow,
    ExpiryState,
    FileProblem,
    FileProblemCode,
    clean_filename,
)
from coopdesk.domain.enums import DocumentType
from coopdesk.domain.errors import FieldErrors, InUse, NotFound
from coopdesk.services.document_service import DocumentService
from coopdesk.ui import file_saving
from coopdesk.ui.background import run_in_background
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.document_dialog import DocumentDialog, NewDocument
from coopdesk.ui.document_labels import document_type_label
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.formatting import date_text, local_today
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.document_table_model import (
    EXPIRED_FOREGROUND,
    Column,
    DocumentTableModel,
    size_text,
)

HISTORY_ROWS_SHOWN = 4
GAPS_SHOWN = 3
TYPE_COLUMN_CHARACTERS = 24
FILE_COLUMN_CHARACTERS = 16


def open_url(url: QUrl) -> bool:
    """Open a file with the system's viewer (tests replace it)."""
    return QDesktopServices.openUrl(url)


def _table(model: DocumentTableModel, parent: QWidget) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
    # The long type names and file names are cut (the user may widen them): the title, what tells
    # one piece from another, keeps the room left.
    character = table.fontMetrics().averageCharWidth()
    for column, characters in ((Column.TYPE, TYPE_COLUMN_CHARACTERS), (Column.FILE, FILE_COLUMN_CHARACTERS)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, character * characters)
    return table, proxy


class DocumentsPage(QWidget):
    status_message = Signal(str)
    added = Signal(object)  # the DocumentRow added (after the background work)

    def __init__(
        self,
        service: DocumentService,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
        checklist_gaps: Callable[[dt.date], Sequence[ChecklistGap]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        # The window passes the dashboard's gaps, which carry each piece's own name.
        self._checklist_gaps = checklist_gaps or service.checklist_gaps
        self._pending: list[Path] = []
        self._busy = False
        self._temp_dir: Path | None = None
        self.setAcceptDrops(True)

        self.title = QLabel(self.tr("Pieces"))
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.7)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self._hint_text = self.tr(
            "The association's permanent file: statutes, RIB, accounts, certificates… "
            "Drop files on this page to add them."
        )
        self.hint = QLabel(self._hint_text)
        self.hint.setWordWrap(True)
        self.gaps_label = QLabel()  # checklists of applications being prepared that lack pieces
        self.gaps_label.setObjectName("checklistGaps")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps: list[ChecklistGap] = []

        # -- actions
        self.add_action = QAction(self.tr("&Add a piece…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+N"))
        self.add_action.triggered.connect(self.choose_files)
        self.open_action = QAction(self.tr("&Open"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.triggered.connect(self.open_current)
        self.save_action = QAction(self.tr("&Save a copy…"), self)
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(self.save_current)
        self.edit_action = QAction(self.tr("&Edit…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action = QAction(self.tr("&Delete…"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_current)
        actions = (self.add_action, self.open_action, self.save_action, self.edit_action, self.delete_action)
        buttons = QHBoxLayout()
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reading, hashing and storing the file
        self.progress.setMaximumWidth(160)
        self.progress_label = QLabel()
        self.progress.hide()
        self.progress_label.hide()
        buttons.addWidget(self.progress_label)
        buttons.addWidget(self.progress)

        # -- the current pieces
        self.model = DocumentTableModel(self)
        self.table, self.proxy = _table(self.model, self)
        self.table.sortByColumn(Column.TYPE, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        self.open_on_enter = QAction(self.table)
        self.open_on_enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_on_enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_on_enter.triggered.connect(self.open_current)
        self.table.addAction(self.open_on_enter)

        self.empty_label = QLabel(
            self.tr(
                "No piece yet. Click “Add a piece…” or drop files here: statutes, RIB, approved accounts, "
                "insurance certificate…"
            )
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)
        self.count_label = QLabel()
        self.expiry_label = QLabel()
        for label in (self.expiry_label, self.gaps_label):
            palette = label.palette()
            palette.setColor(label.foregroundRole(), EXPIRED_FOREGROUND)
            label.setPalette(palette)
        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addStretch(1)
        counts.addWidget(self.expiry_label)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list_stack, 1)
        top_layout.addLayout(counts)

        # -- the history of the selected piece
        self.history_model = DocumentTableModel(self, count_older=False)
        self.history_table, self.history_proxy = _table(self.history_model, self)
        self.history_table.setSortingEnabled(False)
        self.history_table.hideColumn(Column.TYPE)  # every version has the piece's type
        self.history_table.doubleClicked.connect(lambda _index: self.open_current(history=True))
        row_height = self.history_table.verticalHeader().defaultSectionSize()
        self.history_table.setMinimumHeight(row_height * HISTORY_ROWS_SHOWN)
        self.history_open = QPushButton(self.tr("Open this version"))
        self.history_open.clicked.connect(lambda: self.open_current(history=True))
        self.history_save = QPushButton(self.tr("Save a copy of this version…"))
        self.history_save.clicked.connect(lambda: self.save_current(history=True))
        self.history_delete = QPushButton(self.tr("Delete this version…"))
        self.history_delete.clicked.connect(lambda: self.delete_current(history=True))
        self.history_table.selectionModel().selectionChanged.connect(lambda *_args: self._update_actions())
        history_buttons = QHBoxLayout()
        for button in (self.history_open, self.history_save, self.history_delete):
            history_buttons.addWidget(button)
        history_buttons.addStretch(1)
        self.history_box = QGroupBox(self.tr("History of this piece"))
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history_table)
        history_layout.addLayout(history_buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.history_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.gaps_label)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self._selection_changed()

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""))
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        if not action.shortcut().isEmpty():
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        return button

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the current pieces (keeps the selected one selected when still there)."""
        selected = self.current_document()
        rows = self._service.list()
        today = self._today()
        self.model.set_rows(rows, today)
        self.list_stack.setCurrentWidget(self.table if rows else self.empty_label)
        self.history_box.setVisible(bool(rows))  # no piece, no history: the empty state alone
        self.count_label.setText(self.tr("%n piece(s)", "", len(rows)))
        states = [self.model.state(row) for row in range(len(rows))]
        expired = states.count(ExpiryState.EXPIRED)
        soon = states.count(ExpiryState.EXPIRES_SOON)
        parts = []
        if expired:
            parts.append(self.tr("%n expired", "", expired))
        if soon:
            parts.append(self.tr("%n expiring within 60 days", "", soon))
        self.expiry_label.setText(" · ".join(parts))
        self.show_gaps(self._checklist_gaps(today))
        if selected is not None and self.model.row_of(selected.id) is not None:
            self.select_document(selected.id)
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def show_gaps(self, gaps: Sequence[ChecklistGap]) -> None:
        """Say which applications being prepared lack pieces, or hold expired ones (three at most)."""
        self.gaps = list(gaps)
        lines = []
        for gap in self.gaps[:GAPS_SHOWN]:
            missing_labels = getattr(gap, "missing_labels", ())
            expired_labels = getattr(gap, "expired_labels", ())
            problems = [
                self.tr("%1 missing").replace("%1", _piece_name(kind, missing_labels, index))
                for index, kind in enumerate(gap.missing)
            ] + [
                self.tr("%1 expired").replace("%1", _piece_name(kind, expired_labels, index))
                for index, kind in enumerate(gap.expired)
            ]
            title = f"« {gap.title} »"
            if gap.deadline is not None:
                title = (
                    self.tr("%1 (deadline %2)").replace("%1", title).replace("%2", date_text(gap.deadline))
                )
            lines.append(self.tr("%1: %2").replace("%1", title).replace("%2", ", ".join(problems)))
        if len(self.gaps) > GAPS_SHOWN:
            lines.append(self.tr("and %n other application(s)", "", len(self.gaps) - GAPS_SHOWN))
        if lines:
            heading = self.tr("Applications being prepared that lack pieces:")
            self.gaps_label.setText(heading + "\n" + "\n".join(lines))
        self.gaps_label.setVisible(bool(lines))

    def select_document(self, document_id: int) -> bool:
        """Select a piece; an older version selects its current piece, then that version in the
        history. Raises NotFound when it no longer exists."""
        row = self.model.row_of(document_id)
        current_id = document_id
        if row is None:
            history = self._service.history(document_id)
            current_id = history[0].id
            row = self.model.row_of(current_id)
            if row is None:
                return False
        proxy_row = self.proxy.mapFromSource(self.model.index(row, 0)).row()
        self.table.selectRow(proxy_row)
        self.table.scrollTo(self.proxy.index(proxy_row, 0))
        self._selection_changed()
        if current_id != document_id:
            history_row = self.history_model.row_of(document_id)
            if history_row is not None:
                self.history_table.selectRow(history_row)
        return True

    def current_document(self) -> DocumentRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def history_document(self) -> DocumentRow | None:
        indexes = self.history_table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.history_model.row_at(self.history_proxy.mapToSource(indexes[0]).row())

    def _selection_changed(self) -> None:
        document = self.current_document()
        history: list[DocumentRow] = []
        if document is not None:
            try:
                history = self._service.history(document.id)
            except NotFound:
                history = []
        self.history_model.set_rows(history, self._today())
        self.history_box.setTitle(
            self.tr("History of this piece (%n version(s))", "", len(history))
            if document is not None
            else self.tr("History of this piece")
        )
        if history:
            self.history_table.selectRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.current_document() is not None
        for action in (self.open_action, self.save_action, self.edit_action, self.delete_action):
            action.setEnabled(chosen)
        version = self.history_document() is not None
        for button in (self.history_open, self.history_save, self.history_delete):
            button.setEnabled(version)
        self.add_action.setEnabled(not self._busy)

    def _chosen(self, history: bool) -> DocumentRow | None:
        return self.history_document() if history else self.current_document()

    # -- adding ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add pieces"), str(Path.home()), self.tr("All files (*)")
        )
        self.add_files([Path(name) for name in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(url.isLocalFile() for url in urls) and not self._busy:
            event.acceptProposedAction()
            self._show_drop_hint(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._show_drop_hint(False)
        super().dragLeaveEvent(event)

    def _show_drop_hint(self, dragging: bool) -> None:
        """While files are dragged over the page, say what dropping them does."""
        font = self.hint.font()
        font.setBold(dragging)
        self.hint.setFont(font)
        self.hint.setText(
            self.tr("Release to add these files to the pieces.") if dragging else self._hint_text
        )

    def dropEvent(self, event: QDropEvent) -> None:
        self._show_drop_hint(False)
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    def add_files(self, files: Sequence[Path]) -> None:
        """Ask about each file in turn, then store it in the background."""
        self._pending.extend(files)
        if not self._busy:
            self._next_file()

    def ask_new(self, path: Path) -> NewDocument | None:
        """The dialog for one file (tests replace it)."""
        return DocumentDialog.ask_new(self, self._service, path)

    def _next_file(self) -> None:
        while self._pending:
            path = self._pending.pop(0)
            if path.is_dir():
                self._show_file_problem(FileProblem(str(path), FileProblemCode.DIRECTORY))
                continue
            chosen = self.ask_new(path)
            if chosen is None:
                continue
            self.start_add(path, chosen)
            return

    def start_add(self, path: Path, chosen: NewDocument) -> None:
        """Read, hash and store the file off the GUI thread; the window stays responsive."""
        self._set_busy(True, path.name)
        service = self._service
        run_in_background(
            self,
            lambda: service.add_file(path, chosen.data, replaces_id=chosen.replaces_id),
            self._add_done,
            self._add_failed,
        )

    def _set_busy(self, busy: bool, name: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.progress_label.setText(self.tr("Adding %1…").replace("%1", name) if busy else "")
        self._update_actions()

    def _add_done(self, row: DocumentRow) -> None:
        self._set_busy(False)
        self.refresh()
        self.select_document(row.id)
        twins = [other for other in self.model.rows() if other.sha256 == row.sha256 and other.id != row.id]
        if twins:  # the same file added twice, often by mistake: said, not refused
            self.status_message.emit(
                self.tr("Piece added: %1. The same file is already the piece “%2”.")
                .replace("%1", row.title)
                .replace("%2", twins[0].title)
            )
        else:
            self.status_message.emit(self.tr("Piece added: %1.").replace("%1", row.title))
        self.added.emit(row)
        self._next_file()

    def _add_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, FileProblem):
            self._show_file_problem(error)
        else:
            text = "\n".join(field_messages(error).values()) if isinstance(error, FieldErrors) else ""
            message_box.warn(self, self.tr("Piece not added"), text or error_message(error))
        self.refresh()
        self._next_file()

    def file_problem_text(self, problem: FileProblem) -> str:
        name = Path(problem.path).name or problem.path
        if problem.code == FileProblemCode.MISSING:
            return self.tr("The file %1 can no longer be found (moved or deleted?).").replace("%1", name)
        if problem.code == FileProblemCode.DIRECTORY:
            return self.tr("%1 is a folder: choose the files inside it.").replace("%1", name)
        if problem.code == FileProblemCode.NOT_A_FILE:
            return self.tr("%1 is not an ordinary file.").replace("%1", name)
        if problem.code == FileProblemCode.EMPTY:
            return self.tr("The file %1 is empty.").replace("%1", name)
        if problem.code == FileProblemCode.TOO_LARGE:
            return (
                self.tr("The file %1 is %2, above the limit of %3 set in the settings (Data tab).")
                .replace("%1", name)
                .replace("%2", size_text(problem.size))
                .replace("%3", size_text(problem.limit))
            )
        if problem.detail == "permission":
            return self.tr("The file %1 cannot be read: access denied.").replace("%1", name)
        return self.tr("The file %1 cannot be read: %2").replace("%1", name).replace("%2", problem.detail)

    def _show_file_problem(self, problem: FileProblem) -> None:
        message_box.warn(
            self,
            self.tr("Piece not added"),
            self.file_problem_text(problem) + "\n" + self.tr("Nothing was added."),
        )

    # -- opening and copies ---------------------------------------------------------------------

    def _private_dir(self) -> Path:
        if self._temp_dir is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="coopdesk-pieces-"))  # owner only (0700)
            # Removed when CoopDesk quits (a viewer may still hold a file open: errors are ignored).
            atexit.register(shutil.rmtree, self._temp_dir, True)
        return self._temp_dir

    def open_current(self, *, history: bool = False) -> Path | None:
        """Write the piece to a private temporary file under its own name and open it with the system's
        viewer; the file written, or None."""
        document = self._chosen(history)
        if document is None:
            return None
        try:
            content = self._service.content(document.id)
            folder = self._private_dir() / str(document.id)
            folder.mkdir(mode=0o700, exist_ok=True)
            target = folder / clean_filename(content.filename)
            paths.write_atomically(target, content.content, private=True)
        except NotFound as error:
            message_box.warn(self, self.tr("Piece not opened"), error_message(error))
            self.refresh()
            return None
        except OSError as error:
            message_box.warn(
                self,
                self.tr("Piece not opened"),
                self.tr("A temporary copy could not be written: %1").replace(
                    "%1", error.strerror or str(error)
                ),
            )
            return None
        if not open_url(QUrl.fromLocalFile(str(target))):
            message_box.warn(
                self,
                self.tr("Piece not opened"),
                self.tr("No program on this computer opens %1. Save a copy and open it yourself.").replace(
                    "%1", content.filename
                ),
            )
        return target

    def save_current(self, *, history: bool = False) -> Path | None:
        document = self._chosen(history)
        if document is None:
            return None
        path = file_saving.ask_save_path(
            self,
            self.tr("Save a copy of the piece"),
            Path.home() / document.filename,
            self.tr("All files (*)"),
        )
        if path is None:
            return None
        try:
            content = self._service.content(document.id)
            file_saving.write_atomically(path, content.content)
        except NotFound as error:
            message_box.warn(self, self.tr("Copy not saved"), error_message(error))
            self.refresh()
            return None
        except OSError as error:
            message_box.warn(
                self,
                self.tr("Copy not saved"),
                self.tr("The file %1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        self.status_message.emit(self.tr("Copy saved: %1").replace("%1", str(path)))
        return path

    # -- editing and deleting -------------------------------------------------------------------

    def edit_current(self) -> DocumentRow | None:
        document = self.current_document()
        if document is None:
            return None
        saved = DocumentDialog.edit(self, self._service, document)
        if saved is not None:
            self.refresh()
            self.select_document(saved.id)
        return saved

    def delete_current(self, *, history: bool = False) -> bool:
        """Delete the piece after confirmation; when a checklist uses it, say which applications lose
        it (their line becomes "missing")."""
        document = self._chosen(history)
        if document is None:
            return False
        try:
            used_by = self._service.usage(document.id)
        except NotFound:
            used_by = []
        text = (
            self.tr("Delete the piece “%1” (%2)?")
            .replace("%1", document.title)
            .replace("%2", document.filename)
        )
        if used_by:
            shown = ", ".join(f"« {title} »" for title in used_by[:5])
            if len(used_by) > 5:
                shown += ", …"
            text += "\n\n" + self.tr(
                "It is chosen in the checklist of %n application(s): %1. Those lines will show the "
                "piece as missing.",
                "",
                len(used_by),
            ).replace("%1", shown)
        if document.is_current and document.replaces_id is not None:
            text += "\n\n" + self.tr("The previous version becomes the current one again.")
        if not message_box.ask(self, self.tr("Delete the piece"), text, self.tr("Delete"), self.tr("Cancel")):
            return False
        try:
            self._service.delete(document.id, unlink=True)
        except (NotFound, InUse) as error:
            message_box.warn(self, self.tr("Piece not deleted"), error_message(error))
            self.refresh()
            return False
        self.status_message.emit(self.tr("Piece deleted: %1.").replace("%1", document.title))
        self.refresh()
        return True


def _piece_name(kind: DocumentType, labels: Sequence[str], index: int) -> str:
    """A piece's own name on the application's sheet when it has one, else its type."""
    label = labels[index] if index < len(labels) else ""
    return label or document_type_label(kind)
