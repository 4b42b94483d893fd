from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from coopdesk.domain.applications import ApplicationInput
from coopdesk.domain.enums import DeadlineKind
from coopdesk.domain.rows import DeadlineRow
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LAST_REMINDER_DAY, REMINDERS, SettingsStore
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.reminders import DeadlineReminders, reminder_text

TODAY = dt.date(2026, 12, 14)
TOMORROW = TODAY + dt.timedelta(days=1)


def _row(title: str, due_on: dt.date, funder: str = "") -> DeadlineRow:
    return DeadlineRow(DeadlineKind.SUBMISSION, due_on, title, funder, "application", 1)


def test_the_text_counts_today_and_tomorrow(french: None) -> None:
    summary, body = reminder_text([_row("Aide alimentaire", TODAY, "DDETS"), _row("FSE+", TOMORROW)], TODAY)
    assert summary == "1 échéance aujourd’hui, 1 échéance demain"
    assert body.splitlines() == [
        "aujourd’hui, dépôt du dossier : Aide alimentaire (DDETS)",
        "demain, dépôt du dossier : FSE+",
    ]


def test_a_long_list_is_cut_with_a_count(french: None) -> None:
    rows = [_row(f"Dossier {n}", TODAY) for n in range(8)]
    summary, body = reminder_text(rows, TODAY)
    assert summary == "8 échéances aujourd’hui"
    assert body.splitlines()[-1] == "… et 3 autres sur le tableau de bord"


def _reminders(
    registry: ServiceRegistry, settings_store: SettingsStore, shown: list[str], today: dt.date = TODAY
) -> DeadlineReminders:
    from PySide6.QtGui import QIcon

    return DeadlineReminders(
        registry.reminders, settings_store, QIcon(), shown.append, today=lambda: today, tray_available=False
    )


def test_once_a_day_and_only_when_something_is_due(
    french: None, qtbot: QtBot, registry: ServiceRegistry, settings_store: SettingsStore
) -> None:
    shown: list[str] = []
    reminders = _reminders(registry, settings_store, shown)
    assert not reminders.check()  # nothing due: nothing said
    registry.applications.create(ApplicationInput(title="Plan alimentaire", deadline=TOMORROW))
    assert not reminders.check()  # today was already looked at
    settings_store.set(LAST_REMINDER_DAY, "")
    with qtbot.waitSignal(reminders.reminded) as signal:
        assert reminders.check()
    assert signal.args[0] == "1 échéance demain"
    assert shown == ["1 échéance demain"]  # no tray here: the status bar says it
    assert SettingsStore(settings_store.path).get(LAST_REMINDER_DAY) == TODAY.isoformat()  # saved
    reminders.shutdown()


def test_turned_off_in_settings_says_nothing(
    qtbot: QtBot, registry: ServiceRegistry, settings_store: SettingsStore
) -> None:
    registry.applications.create(ApplicationInput(title="Plan alimentaire", deadline=TODAY))
    settings_store.set(REMINDERS, False)
    shown: list[str] = []
    reminders = _reminders(registry, settings_store, shown)
    assert not reminders.timer.isActive()
    assert not reminders.check()
    assert shown == []
    reminders.shutdown()


def test_the_settings_checkbox_stops_and_restarts_them(
    qtbot: QtBot, registry: ServiceRegistry, settings_store: SettingsStore
) -> None:
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)
    reminders = window.start_reminders()
    assert reminders.timer.isActive()
    window.select_page("settings")
    from coopdesk.ui.widgets.reminder_settings import ReminderSettings

    box = window.settings_page.findChild(ReminderSettings)
    assert box is not None
    box.enabled_box.setChecked(False)
    assert not reminders.timer.isActive()
    assert SettingsStore(settings_store.path).get(REMINDERS) is False
    box.enabled_box.setChecked(True)
    assert reminders.timer.isActive()
    reminders.shutdown()
