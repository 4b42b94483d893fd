"""First start on an empty database: explore with demonstration data, or create one's association."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from coopdesk.ui.background import run_in_background
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import local_today
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel

# The duration is unknown: the bar fills again and again while the data is written. Not Qt's own busy
# bar (range 0..0): with PySide6 6.12, its style animation running while a worker thread holds the GIL
# made the process segfault about once in 500 runs of the tests; this timer never did in 1,200.
PULSE_STEPS = 40
PULSE_INTERVAL_MS = 50


class DemoFiller(Protocol):
    """What the dialog needs of the demo service."""

    def fill(self, today: dt.date) -> object: ...


class FirstRunChoice(StrEnum):
    DEMO = "demo"  # the demonstration data was written: show the dashboard
    CREATE = "create"  # open Paramètres with the name field focused


class FirstRunDialog(QDialog):
    def __init__(self, demo: DemoFiller | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._demo = demo
        self._busy = False
        self.choice: FirstRunChoice | None = None
        self.setWindowTitle(self.tr("Welcome to CoopDesk"))
        self.setMinimumWidth(560)

        title = QLabel(self.tr("Welcome to CoopDesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "CoopDesk keeps your funders, calls for projects, applications and their deadlines "
                "in one place. Your database is empty: how do you want to start?"
            )
        )
        intro.setWordWrap(True)

        self.demo_button = QCommandLinkButton(
            self.tr("Explore with demonstration data"),
            self.tr(
                "A fictitious food bank with its funders, applications and deadlines: "
                "to discover CoopDesk without typing anything."
            ),
        )
        self.create_button = QCommandLinkButton(
            self.tr("Create my association"),
            self.tr("Start with your association's name and details; you can complete them later."),
        )
        if demo is None:
            self.demo_button.setEnabled(False)
            self.demo_button.setToolTip(self.tr("Demonstration data is not available in this version."))
        self.demo_button.clicked.connect(self.start_demo)
        self.create_button.clicked.connect(self.choose_create)

        self.progress_label = QLabel(self.tr("Writing the demonstration data…"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setRange(0, PULSE_STEPS)
        self._pulse = QTimer(self)
        self._pulse.setInterval(PULSE_INTERVAL_MS)
        self._pulse.timeout.connect(self._advance_pulse)
        for busy_widget in (self.progress_label, self.progress):
            policy = busy_widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the dialog keeps its size when the work starts
            busy_widget.setSizePolicy(policy)
            busy_widget.hide()
        self.error = FieldErrorLabel()

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.create_button)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        self.create_button.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, demo: DemoFiller | None) -> FirstRunChoice | None:
        """Show the dialog; the choice once done (demo data written), None if the user closed it."""
        dialog = cls(demo, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.choice
            return None
        finally:
            dialog.deleteLater()

    @property
    def busy(self) -> bool:
        return self._busy

    def choose_create(self) -> None:
        self.choice = FirstRunChoice.CREATE
        self.accept()

    def start_demo(self) -> None:
        """Write the demonstration data off the GUI thread, with a busy indicator."""
        if self._demo is None or self._busy:
            return
        demo = self._demo
        today = local_today()
        self._set_busy(True)
        self.error.hide_error()
        run_in_background(self, lambda: demo.fill(today), self._demo_written, self._demo_failed)

    def _demo_written(self, _summary: object) -> None:
        self._set_busy(False)
        self.choice = FirstRunChoice.DEMO
        self.accept()

    def _demo_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.show_error(
            "\n".join([self.tr("The demonstration data could not be written."), error_message(error)])
        )
        self.adjustSize()  # room for the message

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.demo_button.setEnabled(not busy and self._demo is not None)
        self.create_button.setEnabled(not busy)
        self.progress_label.setVisible(busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        if busy:
            self._pulse.start()
        else:
            self._pulse.stop()
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _advance_pulse(self) -> None:
        self.progress.setValue((self.progress.value() + 1) % (PULSE_STEPS + 1))

    # -- the data is being written: the dialog cannot be closed --------------------------------------

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
