"""The applications as cards in one column per status; dragging a card asks to move the application.

The board only checks the workflow (`can_transition`) and says what was asked: `move_requested` for an
allowed move, `message` for a refused one. Recording the move (and what the new status needs) is the
page's work.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain import workflow
from coopdesk.domain.applications import ApplicationListRow
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.ui.formatting import NO_VALUE, date_text, money, status_label

COLUMN_WIDTH = 230
ID_ROLE = Qt.ItemDataRole.UserRole


def card_text(row: ApplicationListRow) -> str:
    """Title, funder, then the amount (granted when known, else requested) and the deadline."""
    amount = row.amount_granted_cents if row.amount_granted_cents is not None else row.amount_requested_cents
    deadline = date_text(row.deadline) if row.deadline is not None else NO_VALUE
    return "\n".join(
        (row.title, row.funder_name or NO_VALUE, f"{money(amount, with_cents=False)}  ·  {deadline}")
    )


class _StatusColumn(QListWidget):
    """The cards of one status; accepts only the cards the workflow lets in."""

    def __init__(self, board: StatusBoard, status: ApplicationStatus) -> None:
        super().__init__()
        self.board = board
        self.status = status
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Alternating colours part the cards (a style sheet border or padding would clip wrapped text).
        self.setAlternatingRowColors(True)
        self.setSpacing(4)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(COLUMN_WIDTH)

    def _dragged(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> int | None:
        source = event.source()
        if not isinstance(source, _StatusColumn) or source is self:
            return None
        item = source.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, int) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        application_id = self._dragged(event)
        if application_id is not None and self.board.allows(application_id, self.status, say_why=True):
            event.setDropAction(Qt.DropAction.CopyAction)  # the page moves the card, not the drag
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        application_id = self._dragged(event)
        if application_id is not None and self.board.allows(application_id, self.status):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        application_id = self._dragged(event)
        if application_id is None or not self.board.allows(application_id, self.status):
            event.ignore()
            return
        # Copy: the source list keeps its card until the page has recorded the move and refreshed.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        status = self.status
        # After the drag has ended: the move may open a dialog.
        QTimer.singleShot(0, self.board, lambda: self.board.request_move(application_id, status))


class StatusBoard(QWidget):
    """One column per status, in life-cycle order, each with its count; a card per application."""

    move_requested = Signal(int, ApplicationStatus)
    """An allowed move was asked for (application id, target status)."""
    open_requested = Signal(int)
    """A card was double-clicked (application id)."""
    current_changed = Signal(int)
    """A card was chosen (application id)."""
    message = Signal(str)
    """Something to say in the status line, e.g. why a drop was refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[int, ApplicationListRow] = {}
        self.columns: dict[ApplicationStatus, _StatusColumn] = {}
        self.headers: dict[ApplicationStatus, QLabel] = {}
        strip = QWidget()
        strip_layout = QHBoxLayout(strip)
        strip_layout.setContentsMargins(0, 0, 0, 0)
        strip_layout.setSpacing(8)
        for status in ApplicationStatus:  # in life-cycle order
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.NoFrame)
            column_layout = QVBoxLayout(frame)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.setSpacing(4)
            header = QLabel()
            header.setTextFormat(Qt.TextFormat.PlainText)
            header_font = header.font()
            header_font.setBold(True)
            header.setFont(header_font)
            header.setFixedWidth(COLUMN_WIDTH)
            column = _StatusColumn(self, status)
            column.itemDoubleClicked.connect(self._item_opened)
            column.currentItemChanged.connect(
                lambda current, _previous, column=column: self._item_chosen(column, current)
            )
            column_layout.addWidget(header)
            column_layout.addWidget(column, 1)
            strip_layout.addWidget(frame)
            self.columns[status] = column
            self.headers[status] = header
        strip_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(strip)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self._update_headers()

    def sizeHint(self) -> QSize:
        return QSize(4 * (COLUMN_WIDTH + 8), 400)

    # -- showing --------------------------------------------------------------------------------

    def set_rows(self, rows: list[ApplicationListRow]) -> None:
        """Show these applications (the same rows as the table), keeping the chosen card when listed."""
        chosen = self.current_application_id()
        self._rows = {row.id: row for row in rows}
        for column in self.columns.values():
            column.blockSignals(True)
            column.clear()
        for row in rows:
            item = QListWidgetItem(card_text(row))
            item.setData(ID_ROLE, row.id)
            item.setToolTip(card_text(row).replace("\n", " — ") + f"\n{row.project_title}".rstrip())
            self.columns[row.status].addItem(item)
        for column in self.columns.values():
            column.blockSignals(False)
        self._update_headers()
        if chosen is not None:
            self.select(chosen)

    def _update_headers(self) -> None:
        for status, header in self.headers.items():
            header.setText(f"{status_label(status)} ({self.columns[status].count()})")

    def cards_in(self, status: ApplicationStatus) -> list[int]:
        """The ids of the applications shown in the column of `status`, top to bottom."""
        column = self.columns[status]
        return [int(column.item(index).data(ID_ROLE)) for index in range(column.count())]

    def _item(self, application_id: int) -> QListWidgetItem | None:
        row = self._rows.get(application_id)
        if row is None:
            return None
        column = self.columns[row.status]
        for index in range(column.count()):
            if column.item(index).data(ID_ROLE) == application_id:
                return column.item(index)
        return None

    def select(self, application_id: int) -> bool:
        """Choose the card of this application (and no other); False when it is not shown."""
        item = self._item(application_id)
        for column in self.columns.values():
            column.blockSignals(True)
            if item is None or item.listWidget() is not column:
                column.clearSelection()
                column.setCurrentRow(-1)
            column.blockSignals(False)
        if item is None:
            return False
        owner = item.listWidget()
        owner.blockSignals(True)
        owner.setCurrentItem(item)
        owner.blockSignals(False)
        owner.scrollToItem(item)
        return True

    def current_application_id(self) -> int | None:
        for column in self.columns.values():
            item = column.currentItem()
            if item is not None and item.isSelected():
                value = item.data(ID_ROLE)
                return value if isinstance(value, int) else None
        return None

    def _item_chosen(self, column: _StatusColumn, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        for other in self.columns.values():
            if other is not column:
                other.blockSignals(True)
                other.clearSelection()
                other.setCurrentRow(-1)
                other.blockSignals(False)
        self.current_changed.emit(int(item.data(ID_ROLE)))

    def _item_opened(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(int(item.data(ID_ROLE)))

    # -- moving ---------------------------------------------------------------------------------

    def allows(self, application_id: int, target: ApplicationStatus, *, say_why: bool = False) -> bool:
        """Whether the workflow lets this application move to `target` (with `say_why`, says why not)."""
        row = self._rows.get(application_id)
        if row is None or row.status == target:
            return False
        if workflow.can_transition(row.status, target):
            return True
        if say_why:
            self.message.emit(
                self.tr("“%1” cannot go from “%2” to “%3”.")
                .replace("%1", row.title)
                .replace("%2", status_label(row.status))
                .replace("%3", status_label(target))
            )
        return False

    def request_move(self, application_id: int, target: ApplicationStatus) -> bool:
        """What a drop does: emit `move_requested` if the workflow allows the move, else say why not."""
        if not self.allows(application_id, target, say_why=True):
            return False
        self.move_requested.emit(application_id, target)
        return True
