"""Every line of the dashboard opens its sheet; the pages are built on first display."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from coopdesk.services.service_registry import ServiceRegistry
from coopdesk.settings import SettingsStore
from coopdesk.ui.dialogs.application_dialog import ApplicationDialog
from coopdesk.ui.dialogs.call_dialog import CallDialog
from coopdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("french")


def _window(qtbot, registry: ServiceRegistry, settings_store: SettingsStore) -> MainWindow:
    registry.demo.fill(dt.date.today())
    window = MainWindow(registry, settings_store)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _double_click_deadline(qtbot, window: MainWindow, entity: str) -> int:
    """Double-click the first deadline of `entity` shown; its id."""
    page = window.dashboard_page
    table = page.deadline_table
    for row in range(page.deadline_proxy.rowCount()):
        index = page.deadline_proxy.index(row, 0)
        deadline = page.deadline_model.row_at(page.deadline_proxy.mapToSource(index).row())
        if deadline.entity == entity:
            table.scrollTo(index)
            center = table.visualRect(index).center()
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)  # as a person
            qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
            return deadline.entity_id
    raise AssertionError(f"no {entity} deadline in the demo")


def test_only_the_page_shown_first_is_built(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)
    assert [key for key in window.page_keys() if window.is_page_built(key)] == ["dashboard"]
    assert window.stack.count() == len(window.page_keys())

    window.select_page("calls")
    assert window.is_page_built("calls")
    assert window.stack.currentWidget() is window.calls_page
    assert window.stack.count() == len(window.page_keys())

    projects = window.projects_page  # access alone builds it, without showing it
    assert window.is_page_built("projects")
    assert window.current_page_key() == "calls"
    window.select_page("projects")
    assert window.stack.currentWidget() is projects
    assert not window.is_page_built("settings")


def test_closing_without_having_shown_the_settings_does_not_build_them(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)
    window.close()
    assert not window.isVisible()
    assert not window.is_page_built("settings")


def test_double_click_on_an_application_deadline_opens_the_application(
    qtbot, registry, settings_store, monkeypatch
):
    window = _window(qtbot, registry, settings_store)
    opened: list[tuple[object, object, int]] = []
    monkeypatch.setattr(
        ApplicationDialog,
        "edit",
        lambda parent, services, application_id: opened.append((parent, services, application_id)),
    )
    application_id = _double_click_deadline(qtbot, window, "application")
    assert opened == [(window, registry, application_id)]
    assert window.current_page_key() == "dashboard"


def test_double_click_on_a_follow_up_shows_the_funder_of_the_exchange(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)
    interaction_id = _double_click_deadline(qtbot, window, "interaction")
    assert window.current_page_key() == "funders"
    funder = window.funders_page.selected_funder()
    assert funder is not None
    assert funder.id == registry.interactions.get(interaction_id).funder_id


def test_double_click_on_a_call_closing_opens_the_call_editor(qtbot, registry, settings_store, monkeypatch):
    window = _window(qtbot, registry, settings_store)
    opened: list[tuple[object, int]] = []

    def edit(parent, service, funders, call):
        assert funders  # the funder choices, as the calls page gives them
        opened.append((parent, call.id))

    monkeypatch.setattr(CallDialog, "edit", edit)
    call_id = _double_click_deadline(qtbot, window, "call")
    assert opened == [(window, call_id)]
    assert window.current_page_key() == "dashboard"


def test_a_piece_expiring_opens_the_pieces_page_at_that_piece(qtbot, registry, settings_store, monkeypatch):
    window = _window(qtbot, registry, settings_store)
    monkeypatch.setattr(ApplicationDialog, "edit", lambda *_args: pytest.fail("nothing should open"))
    monkeypatch.setattr(CallDialog, "edit", lambda *_args: pytest.fail("nothing should open"))
    document_id = _double_click_deadline(qtbot, window, "document")
    assert window.current_page_key() == "documents"
    selected = window.documents_page.current_document()
    assert selected is not None
    assert selected.id == document_id
    assert not window.is_page_built("funders")


def test_a_piece_deleted_meanwhile_is_said_in_the_status_bar(qtbot, registry, settings_store):
    window = _window(qtbot, registry, settings_store)
    window.open_item("document", 999_999)
    assert window.statusBar().currentMessage()
    assert window.current_page_key() == "dashboard"


def test_something_deleted_meanwhile_is_said_in_the_status_bar(qtbot, registry, settings_store, monkeypatch):
    window = _window(qtbot, registry, settings_store)
    monkeypatch.setattr(CallDialog, "edit", lambda *_args: pytest.fail("nothing should open"))
    window.open_item("call", 999_999)
    assert window.statusBar().currentMessage()
    assert window.current_page_key() == "dashboard"


def test_double_click_on_a_missing_piece_opens_its_application(qtbot, registry, settings_store, monkeypatch):
    window = _window(qtbot, registry, settings_store)
    opened: list[int] = []
    monkeypatch.setattr(
        ApplicationDialog, "edit", lambda parent, services, application_id: opened.append(application_id)
    )
    page = window.dashboard_page
    gaps = registry.dashboard.checklist_gaps(dt.date.today())
    assert gaps, "the demonstration data should have applications lacking pieces"
    assert [gap.application_id for gap in page.checklist_gaps] == [gap.application_id for gap in gaps]
    table = page.gaps_table
    page.scroll_area.ensureWidgetVisible(table)
    center = table.visualRect(table.model().index(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened == [gaps[0].application_id]
    assert window.current_page_key() == "dashboard"
