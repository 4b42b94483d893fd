"""The Temps page: typing entries with the keyboard, refusals at the field, the 24-hour question,
filters and total, editing and deleting; the table model; the dashboard's time figures."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.domain.applications import ApplicationInput
from coopdesk.domain.enums import FunderKind, TimeActivity
from coopdesk.domain.funders import FunderInput
from coopdesk.domain.rows import VolunteerInput
from coopdesk.domain.time_entries import DashboardTimeFigures, TimeEntryInput
from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import LAST_TIME_VOLUNTEER, SettingsStore
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.time_entry_dialog import TimeEntryDialog
from coopdesk.ui.pages.dashboard_page import DashboardPage
from coopdesk.ui.pages.time_page import KeepOnScreen, TimePage, period_bounds
from coopdesk.ui.table_models.time_table_model import Column, TimeTableModel

TODAY = dt.date(2026, 11, 28)


@dataclasses.dataclass
class Ids:
    sophie: int
    karim: int
    funder: int
    application: int


@pytest.fixture
def ids(registry: ServiceRegistry) -> Ids:
    funder = registry.funders.create(FunderInput(name="CAF du Gard", kind=FunderKind.CAF)).id
    return Ids(
        sophie=registry.volunteers.create(VolunteerInput(name="Sophie Martin")).id,
        karim=registry.volunteers.create(VolunteerInput(name="Karim Benali")).id,
        funder=funder,
        application=registry.applications.create(
            ApplicationInput(title="Épicerie 2027", funder_id=funder)
        ).id,
    )


@pytest.fixture
def page(qtbot, registry: ServiceRegistry, settings_store: SettingsStore, ids: Ids) -> TimePage:
    widget = TimePage(registry, settings_store, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_entry(qtbot, page: TimePage, ids: Ids, duration: str) -> None:
    page.volunteer.choose(ids.sophie)
    page.target.choose(f"application:{ids.application}")
    page.duration.clear()
    qtbot.keyClicks(page.duration, duration)
    qtbot.keyClick(page.duration, Qt.Key.Key_Return)


def test_enter_saves_and_the_cursor_goes_back_to_the_duration(
    qtbot, page: TimePage, registry: ServiceRegistry, ids: Ids, settings_store: SettingsStore
) -> None:
    page.date.setDate(QDate(2026, 11, 20))
    page.activity.setCurrentIndex(page.activity.findData(TimeActivity.WRITING))
    page.note.setText("budget")
    page.duration.setFocus()
    type_entry(qtbot, page, ids, "1h30")
    rows = registry.time.entries()
    assert [(row.minutes, row.spent_on, row.activity, row.note) for row in rows] == [
        (90, dt.date(2026, 11, 20), TimeActivity.WRITING, "budget")
    ]
    assert page.duration.text() == ""
    assert page.note.text() == ""
    assert page.duration.hasFocus()
    assert page.volunteer.value() == ids.sophie  # remembered for the next entry
    assert page.date.date() == QDate(2026, 11, 20)
    assert settings_store.get(LAST_TIME_VOLUNTEER) == ids.sophie
    qtbot.keyClicks(page.duration, "45 min")
    qtbot.keyClick(page.duration, Qt.Key.Key_Enter)
    assert page.model.rowCount() == 2
    assert page.shown_total_minutes() == 135


@pytest.mark.parametrize("typed", ["-1h", "beaucoup", "1h75", "0", "30h", ""])
def test_bad_durations_are_refused_at_the_field(
    qtbot, page: TimePage, registry: ServiceRegistry, ids: Ids, typed: str
) -> None:
    page.duration.setFocus()
    type_entry(qtbot, page, ids, typed)
    assert page.entry_error.has_error()
    assert page.duration.hasFocus()
    assert registry.time.totals().count == 0
    qtbot.keyClicks(page.duration, "1")
    assert not page.entry_error.has_error()  # typing again hides the message


def test_missing_volunteer_or_target_and_a_date_too_far_ahead(
    qtbot, page: TimePage, registry: ServiceRegistry, ids: Ids
) -> None:
    page.duration.setText("1h")
    assert page.add_entry() is None
    assert page.entry_error.has_error()
    page.volunteer.choose(ids.sophie)
    page.target.choose(f"funder:{ids.funder}")
    page.date.setDate(QDate(2026, 12, 25))
    assert page.add_entry() is None
    assert page.entry_error.has_error()
    page.date.setDate(QDate(2026, 11, 29))  # tomorrow: accepted
    row = page.add_entry()
    assert row is not None
    assert row.funder_id == ids.funder
    assert row.application_id is None


def test_the_target_is_found_by_typing_part_of_its_name(qtbot, page: TimePage, ids: Ids) -> None:
    page.target.setEditText("")
    page.target.lineEdit().setText("Épicerie 2027 — CAF du Gard")
    assert page.target.value() == f"application:{ids.application}"
    page.target.lineEdit().setText("nothing like it")
    assert page.target.value() is None


def test_more_than_24_hours_asks_and_correct_saves_nothing(
    qtbot, page: TimePage, registry: ServiceRegistry, ids: Ids, monkeypatch: pytest.MonkeyPatch
) -> None:
    type_entry(qtbot, page, ids, "20h")
    questions: list[str] = []
    answer = False

    def ask(_parent, _title, text, *_buttons) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(message_box, "ask", ask)
    type_entry(qtbot, page, ids, "5h")
    assert len(questions) == 1
    assert "Sophie Martin" in questions[0]
    assert registry.time.totals().count == 1
    assert page.duration.text() == "5h"  # kept to be corrected
    answer = True
    type_entry(qtbot, page, ids, "5h")
    assert registry.time.totals().minutes == 25 * 60


def test_filters_and_total(qtbot, page: TimePage, registry: ServiceRegistry, ids: Ids) -> None:
    base = TimeEntryInput(ids.sophie, TODAY, 60, TimeActivity.OTHER, application_id=ids.application)
    registry.time.create(base, TODAY)
    registry.time.create(dataclasses.replace(base, volunteer_id=ids.karim, minutes=30), TODAY)
    registry.time.create(dataclasses.replace(base, spent_on=dt.date(2024, 3, 1), minutes=15), TODAY)
    page.refresh()
    assert page.shown_total_minutes() == 90
    assert "1\u00a0h\u00a030" in page.total_label.text()
    page.period.setCurrentIndex(page.period.findData("all"))
    assert page.shown_total_minutes() == 105
    page.volunteer_filter.setCurrentIndex(page.volunteer_filter.findData(ids.karim))
    assert page.shown_total_minutes() == 30
    page.volunteer_filter.setCurrentIndex(0)
    page.application_filter.setCurrentIndex(page.application_filter.findData(ids.application))
    assert page.current_filter().application_id == ids.application
    assert page.shown_total_minutes() == 105
    page.period.setCurrentIndex(page.period.findData("last_year"))
    assert page.model.rowCount() == 0
    assert page.table_stack.currentWidget() is page.empty_label


def test_delete_asks_first(
    qtbot, page: TimePage, registry: ServiceRegistry, ids: Ids, monkeypatch: pytest.MonkeyPatch
) -> None:
    row = registry.time.create(
        TimeEntryInput(ids.sophie, TODAY, 60, TimeActivity.OTHER, funder_id=ids.funder), TODAY
    )
    page.refresh()
    assert page.select_entry(row.id)
    answers = iter([False, True])
    monkeypatch.setattr(message_box, "ask", lambda *_args: next(answers))
    assert not page.delete_current()
    assert registry.time.totals().count == 1
    assert page.delete_current()
    assert registry.time.totals().count == 0
    assert page.model.rowCount() == 0


def test_edit_dialog_saves_and_refuses(qtbot, registry: ServiceRegistry, ids: Ids) -> None:
    row = registry.time.create(
        TimeEntryInput(ids.sophie, TODAY, 60, TimeActivity.OTHER, funder_id=ids.funder), TODAY
    )
    dialog = TimeEntryDialog(
        registry.time, registry.volunteers.list(), registry.time.targets(), row, today=lambda: TODAY
    )
    qtbot.addWidget(dialog)
    assert dialog.target.value() == f"funder:{ids.funder}"
    dialog.duration.setText("-2h")
    assert dialog.save() is None
    assert dialog.error_labels["minutes"].has_error()
    dialog.duration.setText("2h")
    dialog.target.choose(f"application:{ids.application}")
    saved = dialog.save()
    assert saved is not None
    assert saved.minutes == 120
    assert saved.application_id == ids.application
    stale = TimeEntryDialog(
        registry.time, registry.volunteers.list(), registry.time.targets(), row, today=lambda: TODAY
    )
    qtbot.addWidget(stale)
    assert stale.save() is None
    assert stale.form_error.has_error()


def test_table_model(qtmodeltester, registry: ServiceRegistry, ids: Ids) -> None:
    registry.time.create(
        TimeEntryInput(ids.sophie, TODAY, 90, TimeActivity.WRITING, application_id=ids.application), TODAY
    )
    registry.time.create(
        TimeEntryInput(ids.karim, TODAY, 45, TimeActivity.OTHER, funder_id=ids.funder, note="a\nb"), TODAY
    )
    model = TimeTableModel()
    model.set_rows(registry.time.entries())
    qtmodeltester.check(model)
    durations = {model.index(row, Column.DURATION).data() for row in range(2)}
    assert durations == {"1\u00a0h\u00a030", "45\u00a0min"}
    assert model.index(0, Column.NOTE).data() in ("a b", "")


def test_period_bounds() -> None:
    assert period_bounds("this_month", TODAY) == (dt.date(2026, 11, 1), dt.date(2026, 11, 29))
    assert period_bounds("last_month", TODAY) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert period_bounds("last_month", dt.date(2027, 1, 5)) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert period_bounds("all", TODAY) == (None, None)


def test_dashboard_shows_hours_and_euros_per_hour(qtbot, registry: ServiceRegistry) -> None:
    page = DashboardPage(registry.dashboard, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.euros_per_hour_card.value_label.text() == "—"
    page.show_time_figures(DashboardTimeFigures(150, 600, 1_200_000), TODAY)
    assert page.month_hours_card.value_label.text() == "2\u00a0h\u00a030"
    assert page.euros_per_hour_card.value_label.text() == "1\u202f200\u00a0€"


def test_a_long_list_shows_the_latest_and_totals_them_all(
    qtbot, page: TimePage, registry: ServiceRegistry, ids: Ids, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopdesk.ui.pages import time_page

    base = TimeEntryInput(ids.sophie, TODAY, 10, TimeActivity.OTHER, application_id=ids.application)
    for day in range(1, 6):
        registry.time.create(dataclasses.replace(base, spent_on=dt.date(2026, 11, day)), TODAY)
    monkeypatch.setattr(time_page, "MAX_SHOWN", 3)
    page.reload_entries()
    assert page.model.rowCount() == 3
    assert [row.spent_on.day for row in page.model.rows()] == [5, 4, 3]
    assert page.shown_total_minutes() == 50
    assert "3" in page.total_label.text()


def test_enter_saves_from_any_field_of_the_row(
    qtbot, page: TimePage, registry: ServiceRegistry, ids: Ids
) -> None:
    page.volunteer.choose(ids.sophie)
    page.target.choose(f"application:{ids.application}")
    for count, field in enumerate((page.note, page.target.lineEdit(), page.volunteer.lineEdit()), start=1):
        page.duration.setText("20")
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert registry.time.totals().count == count
        assert page.duration.hasFocus()


def test_without_volunteers_the_empty_page_says_to_add_them_first(
    qtbot, registry: ServiceRegistry, settings_store: SettingsStore
) -> None:
    page = TimePage(registry, settings_store, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.table_stack.currentWidget() is page.empty_label
    without = page.empty_label.text()
    registry.volunteers.create(VolunteerInput(name="Sophie Martin"))
    page.refresh()
    assert page.empty_label.text() != without


def test_the_only_active_volunteer_is_proposed(
    qtbot, registry: ServiceRegistry, settings_store: SettingsStore
) -> None:
    only = registry.volunteers.create(VolunteerInput(name="Sophie Martin")).id
    page = TimePage(registry, settings_store, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.volunteer.value() == only


def test_with_several_volunteers_none_is_guessed(qtbot, page: TimePage) -> None:
    assert page.volunteer.currentIndex() == -1


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_every_entry_from_the_page(
    qtbot, page: TimePage, registry: ServiceRegistry, ids: Ids, tmp_path, kind: str
) -> None:
    import io

    import openpyxl

    registry.time.create(
        TimeEntryInput(
            ids.sophie, TODAY, 90, TimeActivity.WRITING, application_id=ids.application, note="=1+1"
        ),
        TODAY,
    )
    said: list[str] = []
    page.status_message.connect(said.append)
    page.export_to(tmp_path / "temps", kind)  # the suffix is added
    written = tmp_path / f"temps.{kind}"
    qtbot.waitUntil(lambda: page.export_button.isEnabled() and written.exists())
    assert str(written) in said[-1]
    if kind == "csv":
        text = written.read_bytes().decode("utf-8-sig")
        assert "Sophie Martin" in text
        assert "'=1+1" in text
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(written.read_bytes())).active
        assert sheet.cell(2, 2).value == "Sophie Martin"


def test_export_into_a_missing_folder_says_why(
    qtbot, page: TimePage, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[tuple[object, ...]] = []
    monkeypatch.setattr(message_box, "warn", lambda *args: warned.append(args))
    page.export_to(tmp_path / "absent" / "temps.csv", "csv")
    qtbot.waitUntil(lambda: bool(warned))
    assert page.export_button.isEnabled()
    assert "absent" in str(warned[0][2])


def test_the_volunteer_filter_lists_those_who_left_but_a_new_entry_does_not(
    qtbot, registry: ServiceRegistry, settings_store: SettingsStore, ids: Ids
) -> None:
    left = registry.volunteers.create(VolunteerInput(name="Gérard Pons", active=False)).id
    page = TimePage(registry, settings_store, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.volunteer_filter.findData(left) >= 0
    assert page.volunteer.findData(left) < 0


# -- a small laptop's screen ------------------------------------------------------------------------

SMALL_PAGE_WIDTH = 800  # a 1024-pixel screen less the window's sidebar and frame


@pytest.fixture
def demo_page(qtbot, registry: ServiceRegistry, settings_store: SettingsStore) -> TimePage:
    registry.demo.fill(TODAY)
    widget = TimePage(registry, settings_store, today=lambda: TODAY)
    qtbot.addWidget(widget)
    return widget


def test_fits_a_small_laptop_screen_with_every_field_shown(qtbot, demo_page: TimePage) -> None:
    page = demo_page
    assert page.minimumSizeHint().width() <= SMALL_PAGE_WIDTH
    page.resize(SMALL_PAGE_WIDTH, 560)
    page.show()
    qtbot.waitExposed(page)
    page.layout().activate()
    first = [page.volunteer, page.target, page.date]
    second = [page.duration, page.activity, page.note, page.add_button]
    filters = [page.period, page.volunteer_filter, page.application_filter, page.total_label]
    shown = [*first, *second, *filters, page.table, page.export_button]
    for index, widget in enumerate(shown):
        assert widget.isVisible()
        place = QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())
        assert page.rect().contains(place)
        assert widget.width() >= widget.minimumSizeHint().width()
        for other in shown[index + 1 :]:
            assert not place.intersects(QRect(other.mapTo(page, QPoint(0, 0)), other.size()))
    # Two lines: who, for what and when; then how long, doing what, the note and Add.
    assert len({widget.mapTo(page, QPoint(0, 0)).y() for widget in first}) <= 2  # centred, give or take
    assert min(w.mapTo(page, QPoint(0, 0)).y() for w in second) > max(
        w.mapTo(page, QPoint(0, 0)).y() for w in first
    )
    assert page.table.height() > 150


def test_long_titles_shrink_the_combos_but_show_whole_in_the_list_and_the_tooltip(
    qtbot, demo_page: TimePage
) -> None:
    page = demo_page
    for combo in (page.target, page.application_filter):
        texts = [combo.itemText(index) for index in range(combo.count())]
        longest = max(combo.fontMetrics().horizontalAdvance(text) for text in texts)
        assert combo.minimumSizeHint().width() < longest  # the combo does not grow with the titles
        screen = combo.screen().availableGeometry().width()
        assert combo.view().minimumWidth() >= min(longest, screen)  # its list shows them whole
        assert combo.completer().popup().minimumWidth() >= min(longest, screen)
    target = page.target.itemData(page.target.count() - 1)
    page.target.choose(target)
    assert page.target.toolTip() == page.target.currentText()
    page.application_filter.setCurrentIndex(page.application_filter.count() - 1)
    assert page.application_filter.toolTip() == page.application_filter.currentText()
    page.refresh()  # refilled with its signals blocked: the tooltip still follows the choice
    assert page.application_filter.toolTip() == page.application_filter.currentText()
    assert page.application_filter.currentIndex() == page.application_filter.count() - 1


def test_tab_follows_the_order_of_typing_and_enter_saves_back_to_the_duration(
    qtbot, demo_page: TimePage, registry: ServiceRegistry
) -> None:
    page = demo_page
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.volunteer.setCurrentIndex(0)
    page.target.setCurrentIndex(0)
    page.volunteer.setFocus()
    order = [page.target, page.date, page.duration, page.activity, page.note, page.add_button]
    current: QWidget = page.volunteer
    for expected in order:
        for _section in range(3):  # Tab goes through the day, the month and the year of a date first
            focused = QApplication.focusWidget()
            assert focused is not None, expected.objectName()
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            if not current.hasFocus():
                break
        assert expected.hasFocus()
        current = expected
    before = registry.time.totals().count
    page.duration.setText("25 min")
    page.note.setFocus()
    qtbot.keyClick(page.note, Qt.Key.Key_Return)
    assert registry.time.totals().count == before + 1
    assert page.duration.hasFocus()


def test_a_popup_sticking_out_of_the_screen_moves_back_onto_it(qtbot) -> None:
    popup = QWidget()
    popup.setWindowFlags(Qt.WindowType.FramelessWindowHint)  # as a list of matches
    qtbot.addWidget(popup)
    popup.installEventFilter(KeepOnScreen(popup))
    room = popup.screen().availableGeometry()
    popup.setGeometry(room.right() - 100, room.top() + 50, 300, 100)
    popup.show()
    qtbot.waitExposed(popup)
    assert popup.geometry().right() <= room.right()
    assert popup.geometry().top() == room.top() + 50
    assert popup.width() == 300
