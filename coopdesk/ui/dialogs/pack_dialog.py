"""Prepare the printed application pack: `PackDialog.prepare(parent, registry, application_id)`.

The plan (every piece read and checked) is made off the GUI thread too, the progress bar busy
meanwhile. On the left, the pieces of the checklist: tick or untick to put a piece in or leave it out, reorder
them (Up / Down buttons, Alt+Up / Alt+Down, or drag). On the right, the pages of the pack as they will
print. The pack is made off the GUI thread (ui/background) each time the choice changes, with a
progress bar fed by a signal (queued to the GUI thread); then Save as PDF (atomic write) or Print
(the system's print dialog, each page rendered by QtPdf onto the printer).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.applications import PieceState
from coopdesk.domain.budget import BudgetBalance
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.pack import (
    FileKind,
    MissingItem,
    PackPart,
    PackPlan,
    PackResult,
    PieceStatus,
    PlannedPiece,
    UnreadableReason,
)
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.ui import file_saving
from coopdesk.ui.background import run_in_background
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.application_dialog import MISSING_FOREGROUND
from coopdesk.ui.document_labels import document_type_label
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import local_today, money
from coopdesk.ui.pdf_printing import load_pdf, print_pdf

REBUILD_DELAY_MS = 400
PIECE_ID_ROLE = Qt.ItemDataRole.UserRole


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits, the dialog's slot runs on the GUI thread (queued)."""

    progressed = Signal(int, int)


def piece_text(number: int, piece: PlannedPiece) -> str:
    title = piece.label or document_type_label(piece.document_type)
    if piece.status is PieceStatus.MISSING:
        status = QCoreApplication.translate(
            "PackDialog",
            "missing: choose the document in the Pieces tab of the application, or add it on the Pieces page",
        )
    elif piece.status is PieceStatus.UNREADABLE:
        if piece.reason is UnreadableReason.ENCRYPTED:
            status = QCoreApplication.translate("PackDialog", "unreadable: password-protected PDF")
        else:
            status = QCoreApplication.translate("PackDialog", "unreadable: damaged file")
    elif piece.status is PieceStatus.OTHER:
        status = QCoreApplication.translate("PackDialog", "provided separately (not a PDF or an image)")
    elif piece.kind is FileKind.IMAGE:
        status = QCoreApplication.translate("PackDialog", "image, 1 page")
    else:
        status = (
            QCoreApplication.translate("PackDialog", "PDF, 1 page")
            if piece.pages == 1
            else QCoreApplication.translate("PackDialog", "PDF, %1 pages").replace("%1", str(piece.pages))
        )
    if piece.state is PieceState.EXPIRED:
        status += " — " + QCoreApplication.translate("PackDialog", "expired")
    return f"{number}. {title} — {status}"


def missing_item_text(item: MissingItem) -> str:
    """What to complete, and where (the pack dialog's checklist)."""
    texts = {
        MissingItem.ASSOCIATION_PROFILE: QCoreApplication.translate(
            "PackDialog", "The identity of the association is not entered (Settings › Association)."
        ),
        MissingItem.ASSOCIATION_NAME: QCoreApplication.translate(
            "PackDialog", "The name of the association (Settings › Association)."
        ),
        MissingItem.SIRET: QCoreApplication.translate(
            "PackDialog", "The SIRET number of the association (Settings › Association)."
        ),
        MissingItem.RNA: QCoreApplication.translate(
            "PackDialog", "The RNA number of the association (except associations of Alsace-Moselle)."
        ),
        MissingItem.ADDRESS: QCoreApplication.translate(
            "PackDialog", "The full address of the head office (street, postcode, town)."
        ),
        MissingItem.EMAIL: QCoreApplication.translate("PackDialog", "The email address of the association."),
        MissingItem.PHONE: QCoreApplication.translate("PackDialog", "The phone number of the association."),
        MissingItem.LEGAL_REPRESENTATIVE: QCoreApplication.translate(
            "PackDialog", "The name of the legal representative (who signs the declaration)."
        ),
        MissingItem.LEGAL_REPRESENTATIVE_ROLE: QCoreApplication.translate(
            "PackDialog", "The role of the legal representative (chair…)."
        ),
        MissingItem.HUMAN_RESOURCES: QCoreApplication.translate(
            "PackDialog", "Human resources: number of volunteers and employees."
        ),
        MissingItem.FUNDER: QCoreApplication.translate(
            "PackDialog", "The funder the application is sent to (General tab of the application)."
        ),
        MissingItem.CALL: QCoreApplication.translate(
            "PackDialog", "The call for projects (leave empty for a spontaneous application)."
        ),
        MissingItem.PROJECT: QCoreApplication.translate(
            "PackDialog", "The project funded (General tab of the application): without a project, no budget."
        ),
        MissingItem.AMOUNT_REQUESTED: QCoreApplication.translate(
            "PackDialog", "The amount requested (Amounts and payments tab)."
        ),
        MissingItem.PERSON_IN_CHARGE: QCoreApplication.translate(
            "PackDialog", "The person in charge of the application."
        ),
        MissingItem.SECTIONS: QCoreApplication.translate(
            "PackDialog", "The texts of the project (no section is attached to the application)."
        ),
        MissingItem.BUDGET: QCoreApplication.translate(
            "PackDialog", "The budget of the project (no budget line, no financing plan)."
        ),
        MissingItem.BUDGET_YEAR: QCoreApplication.translate(
            "PackDialog",
            "The funded period (General tab of the application): it tells which year's association "
            "budget goes with the request.",
        ),
        MissingItem.ASSOCIATION_BUDGET: QCoreApplication.translate(
            "PackDialog",
            "The association's forecast budget of the funded year (Projects page, Association budget "
            "button): the form asks for it with every request.",
        ),
        MissingItem.QUOTES: QCoreApplication.translate(
            "PackDialog", "The quote of each investment expense (Projects page, Financing plan button)."
        ),
    }
    return texts[item]


def budget_balance_texts(balance: BudgetBalance, *, association: bool = False) -> list[str]:
    """What the checklist says of an unbalanced budget: the project's, or the association's."""
    texts = []
    difference = balance.difference_cents
    if difference > 0:
        text = (
            QCoreApplication.translate(
                "PackDialog", "The association budget is unbalanced: charges exceed income by %1."
            )
            if association
            else QCoreApplication.translate(
                "PackDialog", "The project budget is unbalanced: charges exceed income by %1."
            )
        )
        texts.append(text.replace("%1", money(difference)))
    elif difference < 0:
        text = (
            QCoreApplication.translate(
                "PackDialog", "The association budget is unbalanced: income exceeds charges by %1."
            )
            if association
            else QCoreApplication.translate(
                "PackDialog", "The project budget is unbalanced: income exceeds charges by %1."
            )
        )
        texts.append(text.replace("%1", money(-difference)))
    in_kind = balance.in_kind_difference_cents
    if in_kind > 0:
        texts.append(
            QCoreApplication.translate(
                "PackDialog", "Contributions in kind do not balance: uses (86) exceed resources (87) by %1."
            ).replace("%1", money(in_kind))
        )
    elif in_kind < 0:
        texts.append(
            QCoreApplication.translate(
                "PackDialog", "Contributions in kind do not balance: resources (87) exceed uses (86) by %1."
            ).replace("%1", money(-in_kind))
        )
    texts.append(
        QCoreApplication.translate(
            "PackDialog",
            "Correct the association budget (Projects page, Budget of the association button) "
            "before sending.",
        )
        if association
        else QCoreApplication.translate(
            "PackDialog", "Correct the project budget (Projects page, Budget button) before sending."
        )
    )
    return texts


def checklist_lines(plan: PackPlan) -> list[str]:
    """What to complete before sending (never printed in the pack): information, then the budget."""
    lines = [missing_item_text(item) for item in plan.missing]
    if plan.unbalanced_association_budget is not None:
        lines += budget_balance_texts(plan.unbalanced_association_budget, association=True)
    if plan.unbalanced_budget is not None:
        lines += budget_balance_texts(plan.unbalanced_budget)
    if plan.unbalanced_investment_cents:
        difference = plan.unbalanced_investment_cents
        text = (
            QCoreApplication.translate(
                "PackDialog", "The financing plan is unbalanced: expenses exceed resources by %1."
            )
            if difference > 0
            else QCoreApplication.translate(
                "PackDialog", "The financing plan is unbalanced: resources exceed expenses by %1."
            )
        )
        lines.append(text.replace("%1", money(abs(difference))))
    return lines


def needs_attention(piece: PlannedPiece) -> bool:
    return piece.status in (PieceStatus.MISSING, PieceStatus.UNREADABLE) or piece.state is PieceState.EXPIRED


def suggested_file_name(title: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip() or "dossier"
    return f"Dossier - {' '.join(cleaned.split())[:80]}.pdf"


class PackDialog(QDialog):
    def __init__(
        self,
        registry: ServiceRegistry,
        application_id: int,
        parent: QWidget | None = None,
        *,
        build_at_once: bool = True,
    ) -> None:
        super().__init__(parent)
        self._service = registry.pack
        self._application_id = application_id
        self._application_title = registry.applications.get(application_id).title
        self._plan: PackPlan | None = None  # read off the GUI thread (every file is checked)
        self._planning = True
        self._build_at_once = build_at_once
        self._result: PackResult | None = None
        self._generation = 0  # results of older choices are dropped
        self._building = False
        self._rebuild_wanted = False
        self.setObjectName("pack_dialog")
        self.setWindowTitle(self.tr("Prepare the pack"))
        self.resize(1100, 720)

        # -- the pieces
        self.title_label = QLabel(self._application_title)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.parts_label = QLabel()
        self.parts_label.setWordWrap(True)
        self.pieces_label = QLabel(self.tr("Pieces (tick to include, drag or use the buttons to reorder):"))
        self.pieces_label.setWordWrap(True)
        self.pieces = QListWidget()
        self.pieces.setObjectName("pack_pieces")
        self.pieces.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pieces.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.pieces.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pieces.setWordWrap(True)
        self.pieces_label.setBuddy(self.pieces)
        self.empty_label = QLabel(
            self.tr("No piece is asked for this application: add them in the Pieces tab of the application.")
        )
        self.empty_label.setWordWrap(True)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setToolTip(QKeySequence("Alt+Up").toString(QKeySequence.SequenceFormat.NativeText))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setToolTip(QKeySequence("Alt+Down").toString(QKeySequence.SequenceFormat.NativeText))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for keys, offset in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda offset=offset: self.move_selected(offset))
        self.attention_label = QLabel()
        self.attention_label.setWordWrap(True)
        self.attention_label.setStyleSheet(f"color: {MISSING_FOREGROUND.name()};")
        moving = QHBoxLayout()
        moving.addWidget(self.up_button)
        moving.addWidget(self.down_button)
        moving.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.title_label)
        left_layout.addWidget(self.parts_label)
        left_layout.addWidget(self.pieces_label)
        left_layout.addWidget(self.pieces, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addLayout(moving)
        left_layout.addWidget(self.attention_label)

        # -- the preview
        self.document = QPdfDocument(self)
        self._buffer: QObject | None = None
        self.preview = QPdfView()
        self.preview.setObjectName("pack_preview")
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setDocument(self.document)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.checklist_label = QLabel()
        self.checklist_label.setObjectName("pack_checklist")
        self.checklist_label.setWordWrap(True)
        self.checklist_label.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist_label.setStyleSheet(f"color: {MISSING_FOREGROUND.name()};")
        self.checklist_label.hide()
        right_layout.addWidget(self.checklist_label)
        right_layout.addWidget(self.preview, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.progress)
        right_layout.addLayout(status_row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 680])

        # -- saving, printing
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_pack)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.rebuild_timer = QTimer(self)
        self.rebuild_timer.setSingleShot(True)
        self.rebuild_timer.setInterval(REBUILD_DELAY_MS)
        self.rebuild_timer.timeout.connect(self.rebuild)

        self.pieces.itemChanged.connect(self._item_changed)
        self.pieces.model().rowsMoved.connect(lambda *_args: self._dragged())
        self.pieces.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty_label.hide()
        self.pieces.setEnabled(False)
        self.progress.setRange(0, 0)  # busy: the pieces are being read and checked
        self.status_label.setText(self.tr("Reading the pieces…"))
        self._update_buttons()
        service, today = self._service, local_today()
        run_in_background(self, lambda: service.plan(application_id, today), self._planned, self._plan_failed)

    def _planned(self, plan: PackPlan) -> None:
        self._plan = plan
        self._planning = False
        self.pieces.setEnabled(True)
        self.progress.setRange(0, 100)
        self._fill_pieces()
        if self._build_at_once:
            self.rebuild()
        else:
            self.progress.hide()
            self.status_label.clear()
        self._update_buttons()

    def _plan_failed(self, error: BaseException) -> None:
        self._planning = False
        self.progress.hide()
        detail = (
            error_message(error) if isinstance(error, CoopDeskError) else str(error) or type(error).__name__
        )
        self.status_label.setText(self.tr("The pack could not be prepared: %1").replace("%1", detail))
        self._update_buttons()

    # -- the pieces ---------------------------------------------------------------------------------

    @property
    def plan(self) -> PackPlan:
        if self._plan is None:
            raise RuntimeError("the plan is still being read")
        return self._plan

    def _fill_pieces(self, select_id: int | None = None) -> None:
        self.pieces.blockSignals(True)
        try:
            self.pieces.clear()
            for number, piece in enumerate(self.plan.pieces, start=1):
                item = QListWidgetItem(piece_text(number, piece))
                item.setData(PIECE_ID_ROLE, piece.piece_id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setCheckState(Qt.CheckState.Checked if piece.include else Qt.CheckState.Unchecked)
                if needs_attention(piece):
                    item.setForeground(QBrush(MISSING_FOREGROUND))
                self.pieces.addItem(item)
                if piece.piece_id == select_id:
                    self.pieces.setCurrentItem(item)
        finally:
            self.pieces.blockSignals(False)
        has_pieces = bool(self.plan.pieces)
        self.pieces.setVisible(has_pieces)
        self.pieces_label.setVisible(has_pieces)
        self.empty_label.setVisible(not has_pieces)
        self._describe_plan()

    def _describe_plan(self) -> None:
        plan = self.plan
        parts = [self._part_label(part) for part in plan.parts]
        self.parts_label.setText(self.tr("Pages written by CoopDesk: %1.").replace("%1", ", ".join(parts)))
        attention = sum(1 for piece in plan.included if needs_attention(piece))
        texts = []
        lines = checklist_lines(plan)
        if lines:
            heading = self.tr("To complete before sending (this list is not printed in the pack):")
            self.checklist_label.setText("\n".join([heading, *(f"• {line}" for line in lines)]))
        self.checklist_label.setVisible(bool(lines))
        if attention:
            texts.append(self.tr("%n piece(s) missing, expired or unreadable.", "", attention))
        self.attention_label.setText(" ".join(texts))
        self.attention_label.setVisible(bool(texts))

    def _part_label(self, part: PackPart) -> str:
        labels = {
            PackPart.COVER: self.tr("cover"),
            PackPart.CONTENTS: self.tr("contents"),
            PackPart.IDENTITY: self.tr("identity of the association"),
            PackPart.PROJECT: self.tr("the project"),
            PackPart.BUDGET: self.tr("budget"),
            PackPart.DECLARATION: self.tr("declaration on honour"),
            PackPart.PIECES_LIST: self.tr("list of pieces"),
        }
        return labels[part]

    def piece_ids(self) -> list[int]:
        return [int(self.pieces.item(row).data(PIECE_ID_ROLE)) for row in range(self.pieces.count())]

    def set_included(self, row: int, include: bool) -> None:
        item = self.pieces.item(row)
        item.setCheckState(Qt.CheckState.Checked if include else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QListWidgetItem) -> None:
        piece_id = int(item.data(PIECE_ID_ROLE))
        include = item.checkState() == Qt.CheckState.Checked
        if self.plan.piece(piece_id).include != include:
            self._plan = self.plan.with_included(piece_id, include)
            self._describe_plan()
            self._choice_changed()

    def _dragged(self) -> None:
        # The list was reordered by dragging: renumber from the new order.
        current = self.pieces.currentItem()
        select_id = int(current.data(PIECE_ID_ROLE)) if current is not None else None
        self._plan = self.plan.with_order(self.piece_ids())
        QTimer.singleShot(0, lambda: self._fill_pieces(select_id))
        self._choice_changed()

    def move_selected(self, offset: int) -> None:
        current = self.pieces.currentItem()
        if current is None:
            return
        piece_id = int(current.data(PIECE_ID_ROLE))
        before = [piece.piece_id for piece in self.plan.pieces]
        self._plan = self.plan.with_moved(piece_id, offset)
        if [piece.piece_id for piece in self.plan.pieces] != before:
            self._fill_pieces(piece_id)
            self._choice_changed()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.pieces.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.pieces.count() - 1)
        ready = self._result is not None and not self._building and not self.rebuild_timer.isActive()
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # -- building ------------------------------------------------------------------------------------

    def _choice_changed(self) -> None:
        self._generation += 1
        self._result = None
        self.status_label.setText(self.tr("The pack will be prepared again…"))
        self.rebuild_timer.start()
        self._update_buttons()

    def building(self) -> bool:
        return self._planning or self._building or self.rebuild_timer.isActive()

    def rebuild(self) -> None:
        """Make the pack of the current choice off the GUI thread (after the one running, if any)."""
        self.rebuild_timer.stop()
        if self._plan is None:
            return  # made once the plan is read (_planned)
        if self._building:
            self._rebuild_wanted = True
            return
        self._building = True
        self._rebuild_wanted = False
        generation = self._generation
        plan = self._plan
        relay = _ProgressRelay(QCoreApplication.instance())
        relay.progressed.connect(self._progressed)
        service, application_id = self._service, self._application_id
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Preparing the pack…"))
        self._update_buttons()

        def work() -> PackResult:
            return service.make(application_id, plan, relay.progressed.emit)

        def finished(result: PackResult) -> None:
            relay.deleteLater()
            self._built(generation, result)

        def failed(error: BaseException) -> None:
            relay.deleteLater()
            self._failed(generation, error)

        run_in_background(self, work, finished, failed)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(round(100 * done / total))

    def _after_build(self) -> None:
        self._building = False
        if self._rebuild_wanted:
            self.rebuild()
        self._update_buttons()

    def _built(self, generation: int, result: PackResult) -> None:
        if generation == self._generation:
            self._result = result
            previous = self._buffer
            self._buffer = load_pdf(result.data, self.document)
            if previous is not None:
                previous.deleteLater()  # the document now reads the new buffer
            self.progress.hide()
            self.status_label.setText(self.tr("%n page(s), ready to save or print.", "", result.pages))
        self._after_build()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.progress.hide()
            if isinstance(error, CoopDeskError):
                detail = error_message(error)
            else:
                detail = str(error) or type(error).__name__
            self.status_label.setText(self.tr("The pack could not be prepared: %1").replace("%1", detail))
        self._after_build()

    def pack_result(self) -> PackResult | None:
        return self._result

    # -- saving and printing -------------------------------------------------------------------------

    def save(self) -> Path | None:
        """Ask where, then write the pack whole (or leave the old file untouched)."""
        if self._result is None:
            return None
        path = file_saving.ask_save_path(
            self,
            self.tr("Save the pack"),
            Path.home() / suggested_file_name(self._application_title),
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            file_saving.write_atomically(path, self._result.data)
        except OSError as error:
            message_box.warn(
                self,
                self.tr("Saving failed"),
                self.tr("%1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        self.status_label.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return path

    def ask_printer(self) -> QPrinter | None:
        """The system's print dialog; the printer chosen, or None when cancelled (tests replace it)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._application_title)
        printer.setFromTo(0, 0)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return printer if accepted else None

    def print_pack(self) -> int:
        """Print through the system's dialog; the number of pages sent."""
        if self._result is None:
            return 0
        printer = self.ask_printer()
        if printer is None:
            return 0
        return self.print_to(printer)

    def print_to(self, printer: QPrinter, progress: Callable[[int, int], None] | None = None) -> int:
        """Print every page (a few seconds for a long pack): the progress bar moves meanwhile, the buttons
        wait, and the window keeps painting (user input is held until the end)."""

        def step(done: int, total: int) -> None:
            self.progress.setValue(round(100 * done / total) if total else 100)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            if progress is not None:
                progress(done, total)

        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Printing…"))
        try:
            printed = print_pdf(self.document, printer, step)
        finally:
            self.progress.hide()
            self._update_buttons()
        if printed:
            self.status_label.setText(self.tr("%n page(s) sent to the printer.", "", printed))
        else:
            message_box.warn(self, self.tr("Printing failed"), self.tr("The printer could not be opened."))
        return printed

    @classmethod
    def prepare(cls, parent: QWidget | None, registry: ServiceRegistry, application_id: int) -> None:
        """Show the dialog (modal) for this application."""
        dialog = cls(registry, application_id, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
