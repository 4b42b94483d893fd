"""Reminders of the deadlines due today and tomorrow: a system-tray notification at start, then once a
day while CoopDesk runs. Without a system tray (some desktops, a remote session) the same sentence goes
to the window's status bar. Turned off in Paramètres › Rappels (a per-PC setting).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from coopdesk.domain.rows import DeadlineRow
from coopdesk.services.reminder_service import ReminderService
from coopdesk.settings import LAST_REMINDER_DAY, REMINDERS, SettingsStore
from coopdesk.ui.formatting import deadline_kind_label

CHECK_INTERVAL_MS = 30 * 60 * 1000  # is it a new day? checked every half hour
FIRST_CHECK_DELAY_MS = 1500  # after the window is shown: the start stays quick
NOTIFICATION_MS = 15_000
LISTED = 5  # lines in one notification; "… et N autres" beyond


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _count(count: int, one: str, many: str) -> str:
    return one if count == 1 else many.replace("%1", str(count))


def reminder_text(rows: Sequence[DeadlineRow], today: dt.date) -> tuple[str, str]:
    """The summary ("2 deadlines today, 1 deadline tomorrow") and the lines of the notification for
    `rows` (all due today or tomorrow)."""
    due_today = sum(1 for row in rows if row.due_on == today)
    due_tomorrow = len(rows) - due_today
    parts = []
    if due_today:
        parts.append(
            _count(
                due_today,
                QCoreApplication.translate("Reminders", "1 deadline today"),
                QCoreApplication.translate("Reminders", "%1 deadlines today"),
            )
        )
    if due_tomorrow:
        parts.append(
            _count(
                due_tomorrow,
                QCoreApplication.translate("Reminders", "1 deadline tomorrow"),
                QCoreApplication.translate("Reminders", "%1 deadlines tomorrow"),
            )
        )
    lines = []
    for row in rows[:LISTED]:
        when = (
            QCoreApplication.translate("Reminders", "today")
            if row.due_on == today
            else QCoreApplication.translate("Reminders", "tomorrow")
        )
        name = f"{row.title} ({row.funder_name})" if row.funder_name else row.title
        line = (
            QCoreApplication.translate("Reminders", "%1, %2: %3")
            .replace("%1", when)
            .replace("%2", _lower_first(deadline_kind_label(row.kind)))
        )
        lines.append(line.replace("%3", name))
    if len(rows) > LISTED:
        lines.append(
            QCoreApplication.translate("Reminders", "… and %1 more on the dashboard").replace(
                "%1", str(len(rows) - LISTED)
            )
        )
    return QCoreApplication.translate("Reminders", ", ").join(parts), "\n".join(lines)


class DeadlineReminders(QObject):
    """Owns the tray icon and the daily check. `today` and `tray_available` are injectable for tests."""

    open_requested = Signal()  # the tray icon or its notification was clicked: show the window
    quit_requested = Signal()
    reminded = Signal(str, str)  # summary, body: what was announced (tray or status bar)

    def __init__(
        self,
        service: ReminderService,
        settings: SettingsStore,
        icon: QIcon,
        show_in_status_bar: Callable[[str], None],
        *,
        today: Callable[[], dt.date] = dt.date.today,
        tray_available: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        self._status_bar = show_in_status_bar
        self._today = today
        available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.tray: QSystemTrayIcon | None = None
        if available:
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("CoopDesk")
            menu = QMenu()
            open_action = QAction(QCoreApplication.translate("Reminders", "Open CoopDesk"), menu)
            open_action.triggered.connect(self.open_requested)
            quit_action = QAction(QCoreApplication.translate("Reminders", "Quit"), menu)
            quit_action.triggered.connect(self.quit_requested)
            menu.addAction(open_action)
            menu.addSeparator()
            menu.addAction(quit_action)
            self._menu = menu  # the tray does not own its menu
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self.open_requested)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.apply_setting()

    @property
    def enabled(self) -> bool:
        return self._settings.get(REMINDERS)

    def apply_setting(self) -> None:
        """Start or stop according to Paramètres (called again when the user changes it)."""
        if self.enabled:
            if self.tray is not None:
                self.tray.show()
            self.timer.start()
            QTimer.singleShot(FIRST_CHECK_DELAY_MS, self.check)
        else:
            self.timer.stop()
            if self.tray is not None:
                self.tray.hide()

    def check(self) -> bool:
        """Announce today's and tomorrow's deadlines once per day; True if something was announced."""
        if not self.enabled:
            return False
        today = self._today()
        if self._settings.get(LAST_REMINDER_DAY) == today.isoformat():
            return False
        rows = self._service.due_today_and_tomorrow(today)
        self._settings.set(LAST_REMINDER_DAY, today.isoformat())
        self._settings.save()
        if not rows:
            return False
        summary, body = reminder_text(rows, today)
        if self.tray is not None and self.tray.isVisible():
            title = QCoreApplication.translate("Reminders", "CoopDesk: %1").replace("%1", summary)
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_MS)
        else:
            self._status_bar(summary)
        self.reminded.emit(summary, body)
        return True

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def shutdown(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
