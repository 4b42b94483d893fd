"""The timer: started from the main window (Ctrl+T) or the application editor, shown in the status bar,
stopped into an entry, kept across a restart when the user wants its time."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from coopdesk.domain.applications import ApplicationInput
from coopdesk.domain.enums import TimeActivity
from coopdesk.domain.rows import VolunteerInput
from coopdesk.domain.time_entries import RunningTimer
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LAST_TIME_VOLUNTEER, RUNNING_TIMER, SettingsStore
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.application_dialog import ApplicationDialog
from coopdesk.ui.dialogs.timer_stop_dialog import TimerStopDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.widgets import timer_widget
from coopdesk.ui.widgets.timer_widget import clock_text

START = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def application(registry: ServiceRegistry) -> int:
    return registry.applications.create(ApplicationInput(title="Épicerie 2027")).id


@pytest.fixture
def volunteer(registry: ServiceRegistry) -> int:
    return registry.volunteers.create(VolunteerInput(name="Sophie Martin")).id


def window(qtbot, registry: ServiceRegistry, settings_store: SettingsStore) -> MainWindow:
    built = MainWindow(registry, settings_store)
    qtbot.addWidget(built)
    return built


def test_start_shows_the_timer_and_keeps_its_state(qtbot, registry, settings_store, application, volunteer):
    settings_store.set(LAST_TIME_VOLUNTEER, volunteer)
    main = window(qtbot, registry, settings_store)
    assert main.timer_widget is None  # nothing built before a timer starts
    assert main.start_timer(application)
    widget = main.timer_widget
    assert widget is not None
    assert widget.is_running()
    assert not widget.isHidden()
    assert "Épicerie 2027" in widget.shown_text()
    kept = RunningTimer.from_text(SettingsStore(settings_store.path).get(RUNNING_TIMER))
    assert kept is not None
    assert (kept.application_id, kept.volunteer_id) == (application, volunteer)


def test_ctrl_t_asks_which_application(qtbot, registry, settings_store, application, monkeypatch):
    main = window(qtbot, registry, settings_store)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    asked: list[int] = []

    def choose(_parent, applications):
        asked.append(len(applications))
        return None

    monkeypatch.setattr(timer_widget, "choose_application", choose)
    qtbot.keyClick(main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1]
    assert main.timer_widget is None
    monkeypatch.setattr(timer_widget, "choose_application", lambda _parent, _rows: application)
    main.timer_action.trigger()
    assert main.timer_widget is not None
    assert main.timer_widget.is_running()


def test_stop_records_the_entry_and_ends_the_timer(
    qtbot, registry, settings_store, application, volunteer, monkeypatch
):
    main = window(qtbot, registry, settings_store)
    main.start_timer(application)
    widget = main.timer_widget
    assert widget is not None
    monkeypatch.setattr(TimerStopDialog, "record", classmethod(lambda *_args: None))
    assert widget.stop() is None
    assert widget.is_running()  # cancelled: the timer runs on

    def record(_cls, _parent, service, _volunteers, _targets, timer, _now):
        from coopdesk.domain.time_entries import TimeEntryInput

        data = TimeEntryInput(
            volunteer, dt.date.today(), 25, TimeActivity.WRITING, application_id=timer.application_id
        )
        return service.create(data, dt.date.today())

    monkeypatch.setattr(TimerStopDialog, "record", classmethod(record))
    row = widget.stop()
    assert row is not None
    assert row.minutes == 25
    assert not widget.is_running()
    assert widget.isHidden()
    assert settings_store.get(RUNNING_TIMER) == ""
    assert settings_store.get(LAST_TIME_VOLUNTEER) == volunteer


def test_discard_asks_first(qtbot, registry, settings_store, application, monkeypatch):
    main = window(qtbot, registry, settings_store)
    main.start_timer(application)
    widget = main.timer_widget
    assert widget is not None
    answers = iter([False, True])
    monkeypatch.setattr(message_box, "ask", lambda *_args: next(answers))
    assert not widget.discard()
    assert widget.is_running()
    assert widget.discard()
    assert not widget.is_running()
    assert registry.time.totals().count == 0


def test_stop_dialog_is_prefilled_and_saves(qtbot, registry, application, volunteer):
    timer = RunningTimer(application, volunteer, START)
    now = START + dt.timedelta(minutes=84, seconds=31)  # 1 h 24 min 31 s: rounded to 1 h 25
    dialog = TimerStopDialog(registry.time, registry.volunteers.list(), registry.time.targets(), timer, now)
    qtbot.addWidget(dialog)
    assert dialog.duration.text() == "1\u00a0h\u00a025"
    assert dialog.volunteer.value() == volunteer
    dialog.activity.setCurrentIndex(dialog.activity.findData(TimeActivity.PLATFORM_ENTRY))
    dialog.note.setText("dépôt")
    dialog.duration.setText("1h75")
    assert dialog.save() is None
    assert dialog.error_labels["minutes"].has_error()
    dialog.duration.setText("1h25")
    row = dialog.save()
    assert row is not None
    assert (row.minutes, row.activity, row.note, row.application_id) == (
        85,
        TimeActivity.PLATFORM_ENTRY,
        "dépôt",
        application,
    )


@pytest.mark.parametrize("keep", [True, False])
def test_a_timer_left_running_is_kept_or_dropped_at_start(
    qtbot, registry, settings_store, application, monkeypatch, keep
):
    started = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    settings_store.set(RUNNING_TIMER, RunningTimer(application, None, started).to_text())
    questions: list[str] = []

    def ask(_parent, _title, text, *_buttons):
        questions.append(text)
        return keep

    monkeypatch.setattr(message_box, "ask", ask)
    main = window(qtbot, registry, settings_store)
    assert questions == []  # asked once the window is up, not while it is built
    qtbot.waitUntil(lambda: len(questions) == 1)
    assert "Épicerie 2027" in questions[0]
    widget = main.timer_widget
    assert widget is not None
    assert widget.is_running() is keep
    if keep:
        assert widget.timer is not None
        assert widget.timer.started_at == started
    assert bool(settings_store.get(RUNNING_TIMER)) is keep


def test_a_damaged_or_orphan_timer_is_dropped_silently(qtbot, registry, settings_store):
    settings_store.set(RUNNING_TIMER, "not a timer")
    assert not window(qtbot, registry, settings_store).resume_timer()
    assert settings_store.get(RUNNING_TIMER) == ""
    settings_store.set(RUNNING_TIMER, RunningTimer(999, None, START).to_text())
    main = window(qtbot, registry, settings_store)
    assert not main.resume_timer()
    assert settings_store.get(RUNNING_TIMER) == ""


def test_application_editor_starts_the_timer(qtbot, registry, settings_store, application):
    main = window(qtbot, registry, settings_store)
    dialog = ApplicationDialog(registry, application, main)
    qtbot.addWidget(dialog)
    assert dialog.timer_button.isEnabled()
    dialog.timer_button.click()
    assert main.timer_widget is not None
    assert main.timer_widget.is_running()
    alone = ApplicationDialog(registry, application)
    qtbot.addWidget(alone)
    assert not alone.start_timer()  # outside a main window: nothing to start
    new = ApplicationDialog(registry, None)
    qtbot.addWidget(new)
    assert not new.timer_button.isEnabled()


def test_running_timer_text_and_clock() -> None:
    timer = RunningTimer(3, 7, START)
    assert RunningTimer.from_text(timer.to_text()) == timer
    assert RunningTimer.from_text("3;;2026-11-28T09:00:00+00:00") == RunningTimer(3, None, START)
    assert RunningTimer.from_text("3;;2026-11-28T09:00:00") is None  # no time zone: refused
    assert RunningTimer.from_text("") is None
    assert timer.elapsed_minutes(START + dt.timedelta(seconds=29)) == 0
    assert timer.elapsed_minutes(START + dt.timedelta(seconds=30)) == 1
    assert timer.elapsed_minutes(START - dt.timedelta(hours=1)) == 0
    assert clock_text(3 * 3600 + 5 * 60 + 9) == "3:05:09"


def test_ctrl_t_on_the_applications_page_times_the_selected_one(
    qtbot, registry, settings_store, application, monkeypatch
):
    main = window(qtbot, registry, settings_store)
    main.select_page("applications")
    main.applications_page.table.selectRow(0)
    monkeypatch.setattr(timer_widget, "choose_application", lambda *_args: pytest.fail("asked"))
    assert main.start_timer()
    assert main.timer_widget is not None
    assert main.timer_widget.timer is not None
    assert main.timer_widget.timer.application_id == application


def _stop_with_recorder(widget, monkeypatch) -> list[int | None]:
    offered: list[int | None] = []

    def record(_cls, _parent, _service, volunteers, _targets, timer, _now):
        offered.append(timer.volunteer_id)
        assert timer.volunteer_id is None or timer.volunteer_id in [v.id for v in volunteers]
        return None  # cancelled: the timer keeps running

    monkeypatch.setattr(TimerStopDialog, "record", classmethod(record))
    widget.stop()
    return offered


def test_stop_dialog_proposes_the_application_owner_when_this_pc_has_no_volunteer(
    qtbot, registry, settings_store, monkeypatch
):
    registry.volunteers.create(VolunteerInput(name="Paul"))
    owner = registry.volunteers.create(VolunteerInput(name="Inès")).id
    application_id = registry.applications.create(ApplicationInput(title="Épicerie", owner_id=owner)).id
    main = window(qtbot, registry, settings_store)
    assert main.start_timer(application_id)
    assert _stop_with_recorder(main.timer_widget, monkeypatch) == [owner]
    assert main.timer_widget.is_running()


def test_stop_dialog_proposes_the_only_active_volunteer(
    qtbot, registry, settings_store, application, monkeypatch
):
    only = registry.volunteers.create(VolunteerInput(name="Sophie Martin")).id
    main = window(qtbot, registry, settings_store)
    assert main.start_timer(application)
    assert _stop_with_recorder(main.timer_widget, monkeypatch) == [only]


def test_stop_dialog_keeps_the_volunteer_of_this_pc_first(
    qtbot, registry, settings_store, volunteer, monkeypatch
):
    owner = registry.volunteers.create(VolunteerInput(name="Inès")).id
    application_id = registry.applications.create(ApplicationInput(title="Épicerie", owner_id=owner)).id
    settings_store.set(LAST_TIME_VOLUNTEER, volunteer)
    main = window(qtbot, registry, settings_store)
    assert main.start_timer(application_id)
    assert _stop_with_recorder(main.timer_widget, monkeypatch) == [volunteer]


def test_stop_dialog_starts_on_the_volunteer_when_none_is_proposed(qtbot, registry, application, volunteer):
    registry.volunteers.create(VolunteerInput(name="Inès"))
    now = START + dt.timedelta(minutes=30)
    dialog = TimerStopDialog(
        registry.time,
        registry.volunteers.list(),
        registry.time.targets(),
        RunningTimer(application, None, START),
        now,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() in (dialog.volunteer, dialog.volunteer.lineEdit())
    known = TimerStopDialog(
        registry.time,
        registry.volunteers.list(),
        registry.time.targets(),
        RunningTimer(application, volunteer, START),
        now,
    )
    qtbot.addWidget(known)
    known.show()
    qtbot.waitExposed(known)
    assert known.focusWidget() is known.activity


def test_ctrl_shift_t_stops_a_running_timer_from_anywhere_in_the_window(
    qtbot, registry, settings_store, application, volunteer, monkeypatch
):
    main = window(qtbot, registry, settings_store)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    assert main.start_timer(application)
    widget = main.timer_widget
    assert widget.discard_button.accessibleName()
    opened: list[int] = []

    def record(_cls, _parent, _service, _volunteers, _targets, timer, _now):
        opened.append(timer.application_id)
        return None

    monkeypatch.setattr(TimerStopDialog, "record", classmethod(record))
    main.activateWindow()
    qtbot.keyClick(
        main, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert opened == [application]
