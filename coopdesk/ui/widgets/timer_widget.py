"""The timer in the status bar: the application timed, the elapsed time, Stop and Discard.

Started from the main window (Ctrl+T) or from the application editor; stopping it opens a small dialog
to record the entry. Its state (application, volunteer, start in UTC) is kept in the per-PC settings as
soon as it starts, so that a timer still running when the program closes survives: at the next start the
user keeps or drops the elapsed time.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QToolButton, QWidget

from coopdesk.domain.applications import ApplicationListRow
from coopdesk.domain.durations import format_duration
from coopdesk.domain.errors import NotFound
from coopdesk.domain.time_entries import RunningTimer, TimeEntryRow, default_volunteer
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LAST_TIME_VOLUNTEER, RUNNING_TIMER, SettingsStore
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.timer_stop_dialog import TimerStopDialog

TICK_MS = 1000
TITLE_CHARS = 40


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def clock_text(seconds: int) -> str:
    """ "0:05:09", "12:00:00"."""
    hours, rest = divmod(max(0, seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def choose_application(parent: QWidget | None, applications: Sequence[ApplicationListRow]) -> int | None:
    """Ask which application to time (tests replace this function)."""
    if not applications:
        message_box.warn(
            parent,
            QCoreApplication.translate("Timer", "No application"),
            QCoreApplication.translate(
                "Timer", "Create an application first: the timer measures the time spent on one."
            ),
        )
        return None
    labels = [f"{row.title} — {row.funder_name}" if row.funder_name else row.title for row in applications]
    label, accepted = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Timer", "Start the timer"),
        QCoreApplication.translate("Timer", "Application:"),
        labels,
        0,
        True,
    )
    if not accepted or label not in labels:
        return None
    return applications[labels.index(label)].id


def start_timer_from(widget: QWidget, application_id: int) -> bool:
    """Ask the main window holding `widget` (one of its ancestors with a `start_timer`) to time
    `application_id`; False when there is none."""
    current: QWidget | None = widget.parentWidget()
    while current is not None:
        start = getattr(current, "start_timer", None)
        if callable(start):
            start(application_id)
            return True
        current = current.parentWidget()
    return False


class TimerWidget(QWidget):
    entry_recorded = Signal(object)  # TimeEntryRow
    running_changed = Signal(bool)

    def __init__(
        self,
        registry: ServiceRegistry,
        settings_store: SettingsStore,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timerWidget")
        self._registry = registry
        self._settings = settings_store
        self._now = now
        self.timer: RunningTimer | None = None
        self._title = ""

        self.label = QLabel()
        self.label.setObjectName("timerLabel")
        self.stop_button = QToolButton()
        self.stop_button.setObjectName("timerStop")
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop the timer and record the time (Ctrl+Shift+T)"))
        self.stop_button.clicked.connect(self.stop)
        # From anywhere in the window while the timer shows (a hidden widget's shortcut does nothing).
        self.stop_action = QAction(self.tr("Stop the timer"), self)
        self.stop_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.stop_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.stop_action.triggered.connect(self.stop)
        self.addAction(self.stop_action)
        self.discard_button = QToolButton()
        self.discard_button.setObjectName("timerDiscard")
        self.discard_button.setText("✕")
        self.discard_button.setToolTip(self.tr("Discard the timer without recording anything"))
        self.discard_button.setAccessibleName(self.tr("Discard the timer"))
        self.discard_button.clicked.connect(self.discard)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.stop_button)
        layout.addWidget(self.discard_button)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self.hide()

    # -- state ----------------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self.timer is not None

    def start(self, application_id: int) -> bool:
        """Time `application_id` from now (a timer already running is stopped first, after a question)."""
        if self.timer is not None:
            if self.timer.application_id == application_id:
                return True
            if not message_box.ask(
                self.window(),
                self.tr("A timer is running"),
                self.tr("A timer is already running on « %1 ». Stop it and record its time first?").replace(
                    "%1", self._title
                ),
                self.tr("Stop and record"),
                self.tr("Keep it running"),
            ):
                return False
            self.stop()
            if self.timer is not None:
                return False
        volunteer = self._settings.get(LAST_TIME_VOLUNTEER) or None
        self._run(RunningTimer(application_id, volunteer, self._now()))
        return True

    def _run(self, timer: RunningTimer) -> None:
        try:
            self._title = self._registry.applications.get(timer.application_id).title
        except NotFound:
            self._title = self.tr("deleted application")
        self.timer = timer
        self._settings.set(RUNNING_TIMER, timer.to_text())
        self._save_settings()
        self._tick()
        self._ticker.start()
        self.show()
        self.running_changed.emit(True)

    def _clear(self) -> None:
        self.timer = None
        self._ticker.stop()
        self._settings.set(RUNNING_TIMER, "")
        self._save_settings()
        self.hide()
        self.running_changed.emit(False)

    def _save_settings(self) -> None:
        with contextlib.suppress(OSError):  # the timer still runs here; only its survival is lost
            self._settings.save()

    def _tick(self) -> None:
        if self.timer is None:
            return
        title = self._title if len(self._title) <= TITLE_CHARS else self._title[: TITLE_CHARS - 1] + "…"
        seconds = int((self._now() - self.timer.started_at).total_seconds())
        self.label.setText(self.tr("Timer: %1 — %2").replace("%1", title).replace("%2", clock_text(seconds)))
        self.label.setToolTip(self._title)

    def shown_text(self) -> str:
        return self.label.text()

    # -- stopping -------------------------------------------------------------------------------

    def stop(self) -> TimeEntryRow | None:
        """Open the dialog that records the time; the timer ends when it is recorded, keeps running
        when the dialog is cancelled."""
        if self.timer is None:
            return None
        time = self._registry.time
        volunteers = self._registry.volunteers.list(include_inactive=False)
        try:
            owner_id = self._registry.applications.get(self.timer.application_id).owner_id
        except NotFound:
            owner_id = None
        chosen = default_volunteer(
            self.timer.volunteer_id, owner_id, [volunteer.id for volunteer in volunteers]
        )
        timer = dataclasses.replace(self.timer, volunteer_id=chosen)
        row = TimerStopDialog.record(self.window(), time, volunteers, time.targets(), timer, self._now())
        if row is None:
            return None
        if row.volunteer_id is not None:
            self._settings.set(LAST_TIME_VOLUNTEER, row.volunteer_id)
        self._clear()
        self.entry_recorded.emit(row)
        return row

    def discard(self) -> bool:
        if self.timer is None:
            return False
        if not message_box.ask(
            self.window(),
            self.tr("Discard the timer"),
            self.tr("Discard the %1 timed on « %2 »? Nothing will be recorded.")
            .replace("%1", format_duration(self.timer.elapsed_minutes(self._now())))
            .replace("%2", self._title),
            self.tr("Discard"),
            self.tr("Keep it running"),
        ):
            return False
        self._clear()
        return True

    # -- a timer left running by the previous start ---------------------------------------------

    def resume_at_start(self) -> bool:
        """Ask whether to keep the time of a timer left running; True when it runs on."""
        timer = RunningTimer.from_text(self._settings.get(RUNNING_TIMER))
        if timer is None:
            self._clear()
            return False
        try:
            title = self._registry.applications.get(timer.application_id).title
        except NotFound:
            self._clear()  # its application was deleted meanwhile: nothing to time any more
            return False
        started = timer.started_at.astimezone()
        keep = message_box.ask(
            self.window(),
            self.tr("A timer was running"),
            self.tr(
                "A timer on « %1 » was still running when CoopDesk closed (started on %2 at %3, %4 ago). "
                "Keep this time and let the timer run on?"
            )
            .replace("%1", title)
            .replace("%2", started.strftime("%d/%m/%Y"))
            .replace("%3", started.strftime("%H:%M"))
            .replace("%4", format_duration(timer.elapsed_minutes(self._now()))),
            self.tr("Keep the time"),
            self.tr("Drop it"),
        )
        if not keep:
            self._clear()
            return False
        self._run(timer)
        return True
