"""Appels à projets: the list follows the filters and the search, actions reach the services."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from coopdesk.domain.calls import CallFilter, CallInput, CallWindow
from coopdesk.domain.enums import Recurrence
from coopdesk.domain.errors import InUse
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.call_dialog import CallDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.calls_page import TITLE_MIN_WIDTH, CallsPage
from coopdesk.ui.table_models.call_table_model import Column

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 3, 16)


@pytest.fixture
def page(qtbot, registry) -> CallsPage:
    registry.demo.fill(TODAY)
    shown = CallsPage(
        registry.calls,
        registry.funders,
        lambda: registry.aides_import,
        lambda: registry.exports,
        today=lambda: TODAY,
    )
    qtbot.addWidget(shown)
    shown.refresh()
    return shown


def _ids(page: CallsPage) -> set[int]:
    return {call.id for call in page.model.rows()}


def _choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)


def test_the_window_filter_changes_the_rows(page, registry):
    seen: dict[CallWindow, set[int]] = {}
    for window in CallWindow:
        _choose(page.window_combo, window.value)
        expected = {call.id for call in registry.calls.list(CallFilter(window=window), TODAY)}
        assert _ids(page) == expected
        assert page.proxy.rowCount() == len(expected)
        seen[window] = expected
    assert seen[CallWindow.OPEN]
    assert seen[CallWindow.CLOSED]
    assert seen[CallWindow.OPEN] != seen[CallWindow.CLOSED]
    assert seen[CallWindow.CLOSING_SOON] <= seen[CallWindow.OPEN]
    assert seen[CallWindow.ALL] == seen[CallWindow.OPEN] | seen[CallWindow.CLOSED]


def test_funder_and_recurrence_filters(page, registry):
    _choose(page.window_combo, CallWindow.ALL.value)
    funder_id = next(call.funder_id for call in page.model.rows() if call.funder_id is not None)
    _choose(page.funder_combo, funder_id)
    assert page.model.rows()
    assert {call.funder_id for call in page.model.rows()} == {funder_id}
    _choose(page.funder_combo, None)
    _choose(page.recurrence_combo, Recurrence.ONGOING.value)
    assert page.model.rows()
    assert {call.recurrence for call in page.model.rows()} == {Recurrence.ONGOING}


def test_the_text_search_is_debounced_and_filters(qtbot, page, registry):
    _choose(page.window_combo, CallWindow.ALL.value)
    everything = _ids(page)
    word = page.model.rows()[0].title
    page.search.setText(word)
    assert page.search_timer.isActive()
    assert _ids(page) == everything  # not yet: 150 ms later
    qtbot.waitUntil(lambda: _ids(page) != everything, timeout=2000)
    expected = {call.id for call in registry.calls.list(CallFilter(window=CallWindow.ALL, text=word), TODAY)}
    assert _ids(page) == expected
    assert len(page.shown_titles()) == len(expected) < len(everything)


def test_actions_follow_the_selection_and_archive(page, registry):
    _choose(page.window_combo, CallWindow.ALL.value)
    assert not page.edit_action.isEnabled()
    page.table.selectRow(0)
    call = page.current_call()
    assert call is not None
    assert page.edit_action.isEnabled()
    assert page.archive_action.isEnabled()
    assert page.open_link_action.isEnabled() == bool(call.url)

    assert page.archive_current()
    assert call.id not in _ids(page)
    archived = registry.calls.list(CallFilter(window=CallWindow.ALL, include_archived=True), TODAY)
    assert next(row for row in archived if row.id == call.id).archived


def test_delete_asks_first_and_offers_archiving_when_in_use(page, registry, monkeypatch):
    _choose(page.window_combo, CallWindow.ALL.value)
    page.table.selectRow(0)
    call = page.current_call()
    assert call is not None
    answers = [False]
    monkeypatch.setattr(message_box, "ask", lambda *args: answers.pop(0))
    assert not page.delete_current()
    assert call.id in _ids(page)

    def in_use(call_id: int) -> None:
        raise InUse("call", call_id, "application")

    monkeypatch.setattr(registry.calls, "delete", in_use)
    answers[:] = [True, True]  # delete? yes; archive instead? yes
    assert not page.delete_current()
    assert answers == []
    assert call.id not in _ids(page)
    assert registry.calls.get(call.id, TODAY).archived


def test_delete_removes_a_call_nobody_uses(page, registry, monkeypatch):
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    call = registry.calls.create(CallInput(title="Appel à supprimer"), TODAY)
    page.refresh()
    assert page.select_call(call.id)
    assert page.delete_current()
    assert call.id not in _ids(page)
    assert call.id not in {row.id for row in registry.calls.list(CallFilter(window=CallWindow.ALL), TODAY)}


def test_new_call_opens_the_editor_and_shows_the_saved_call(page, registry, monkeypatch):
    opened: list[object] = []

    def edit(parent, service, funders, call):
        opened.append(call)
        return service.create(CallInput(title="Nouvel appel", deadline=TODAY + dt.timedelta(days=3)), TODAY)

    monkeypatch.setattr(CallDialog, "edit", edit)
    page.new_action.trigger()
    assert opened == [None]
    current = page.current_call()
    assert current is not None
    assert current.title == "Nouvel appel"
    assert page.model.is_soon(page.proxy.mapToSource(page.table.currentIndex()).row())


def test_export_writes_csv_and_xlsx_atomically(page, tmp_path: Path):
    assert page.export_to(tmp_path / "appels.csv", "csv")
    assert page.export_to(tmp_path / "appels", "xlsx")
    csv = (tmp_path / "appels.csv").read_bytes()
    assert len(csv.splitlines()) > 1
    assert (tmp_path / "appels.xlsx").read_bytes()[:2] == b"PK"
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("appels")) == [
        "appels.csv",
        "appels.xlsx",
    ]
    assert not [path for path in tmp_path.iterdir() if path.suffix == ".tmp"]


def test_sorted_by_countdown_and_the_page_is_in_the_sidebar(qtbot, registry, settings_store):
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)
    keys = window.page_keys()
    assert keys.index("dashboard") < keys.index("calls") < keys.index("settings")
    assert keys[keys.index("calls") - 1] == "funders"
    window.select_page("calls")
    assert window.current_page_key() == "calls"
    assert window.calls_page.table.horizontalHeader().sortIndicatorSection() == Column.COUNTDOWN


# -- a small laptop's screen ------------------------------------------------------------------------

SMALL_PAGE_WIDTH = 800  # a 1024-pixel screen less the window's sidebar and frame


def test_fits_a_small_laptop_screen_with_every_filter_and_button_shown(qtbot, page):
    assert page.minimumSizeHint().width() <= SMALL_PAGE_WIDTH
    page.resize(SMALL_PAGE_WIDTH, 560)
    page.show()
    qtbot.waitExposed(page)
    page.layout().activate()
    row = [
        *(page.window_combo, page.funder_combo, page.funding_type_combo, page.recurrence_combo),
        page.search,
        *page.findChildren(QPushButton),
        page.export_button,
    ]
    for index, widget in enumerate(row):
        assert widget.isVisible()
        assert page.rect().contains(widget.geometry())
        assert widget.width() >= widget.minimumSizeHint().width()
        for other in row[index + 1 :]:
            assert not widget.geometry().intersects(other.geometry())
    assert page.table.height() > page.height() / 2  # the table keeps most of the height
    qtbot.waitUntil(lambda: page.table.columnWidth(Column.TITLE) >= TITLE_MIN_WIDTH)  # scrolls sideways

    page.resize(2000, 700)  # room for every column: the titles take what the others leave
    qtbot.waitUntil(lambda: page.table.columnWidth(Column.TITLE) > 2 * TITLE_MIN_WIDTH)


def test_a_narrowed_filter_shows_its_whole_choice_when_pointed_at(page):
    page.funder_combo.setCurrentIndex(2)
    assert page.funder_combo.toolTip() == page.funder_combo.currentText() != ""
    page.refresh()  # the choices refilled: the tooltip still names the choice
    assert page.funder_combo.toolTip() == page.funder_combo.currentText()
    assert page.window_combo.toolTip() == page.window_combo.currentText() != ""
