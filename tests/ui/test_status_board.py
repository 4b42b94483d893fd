"""Dossiers by status: a column per status, cards moved only where the workflow allows, asking what the
new status needs."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from coopdesk.domain import workflow
from coopdesk.domain.applications import ApplicationFilter, ApplicationInput, TransitionInput
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.ui.dialogs.application_dialog import ApplicationDialog
from coopdesk.ui.dialogs.transition_dialog import TransitionDialog
from coopdesk.ui.formatting import money
from coopdesk.ui.pages.applications_page import ApplicationsPage
from coopdesk.ui.widgets.status_board import StatusBoard, card_text

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 3, 16)


@pytest.fixture
def page(qtbot, registry) -> ApplicationsPage:
    registry.demo.fill(TODAY)
    shown = ApplicationsPage(registry)
    qtbot.addWidget(shown)
    shown.refresh()
    shown.show_board(True)
    return shown


def _new(registry, page: ApplicationsPage, title: str = "Paniers 2027") -> int:
    created = registry.applications.create(ApplicationInput(title=title))
    page.refresh()
    return created.id


def test_every_filtered_application_is_in_its_status_column(page, registry):
    everything = registry.applications.list(ApplicationFilter())
    for status in ApplicationStatus:
        expected = [row.id for row in everything if row.status == status]
        assert sorted(page.board.cards_in(status)) == sorted(expected)
        assert page.board.headers[status].text().endswith(f"({len(expected)})")
    assert page.board.headers[ApplicationStatus.IDEA].text().startswith("Idée")
    page.status_combo.setCurrentIndex(page.status_combo.findData("open"))
    shown = {card for status in ApplicationStatus for card in page.board.cards_in(status)}
    assert shown == {row.id for row in page.model.rows()}
    assert all(
        not page.board.cards_in(status) for status in ApplicationStatus if not workflow.is_open(status)
    )


def test_a_card_shows_title_funder_amount_and_deadline(registry):
    created = registry.applications.create(
        ApplicationInput(title="Épicerie", amount_requested_cents=123_400, deadline=dt.date(2026, 12, 31))
    )
    row = next(row for row in registry.applications.list(ApplicationFilter()) if row.id == created.id)
    lines = card_text(row).split("\n")
    assert lines[0] == "Épicerie"
    assert lines[2] == f"{money(123_400, with_cents=False)}  ·  31/12/2026"
    assert money(123_400, with_cents=False).replace("\u202f", " ").replace("\u00a0", " ") == "1 234 €"


def test_a_forbidden_move_is_refused_and_changes_nothing(qtbot, page, registry):
    created = _new(registry, page)
    messages: list[str] = []
    page.board.message.connect(messages.append)
    with qtbot.assertNotEmitted(page.board.move_requested):
        assert not page.board.request_move(created, ApplicationStatus.GRANTED)
    assert registry.applications.get(created).status == ApplicationStatus.IDEA
    assert created in page.board.cards_in(ApplicationStatus.IDEA)
    assert messages
    assert "Paniers 2027" in messages[-1]
    assert not page.board.request_move(created, ApplicationStatus.IDEA)  # same column: nothing to do


def test_a_move_needing_nothing_is_applied_at_once(page, registry):
    created = _new(registry, page)
    assert page.board.request_move(created, ApplicationStatus.DRAFTING)
    assert registry.applications.get(created).status == ApplicationStatus.DRAFTING
    assert created in page.board.cards_in(ApplicationStatus.DRAFTING)
    assert created not in page.board.cards_in(ApplicationStatus.IDEA)
    assert page.current_application() is not None
    assert page.current_application().status == ApplicationStatus.DRAFTING
    assert "Paniers 2027" in page.status_label.text()


def test_a_move_to_submitted_asks_for_the_submission_date(monkeypatch, page, registry):
    created = _new(registry, page)
    page.board.request_move(created, ApplicationStatus.DRAFTING)

    def ask(parent, application, apply=None):
        assert application.id == created
        data = TransitionInput(target=ApplicationStatus.SUBMITTED, submitted_on=dt.date(2026, 3, 10))
        assert apply is not None
        apply(data)
        return data

    monkeypatch.setattr(TransitionDialog, "ask", staticmethod(ask))
    assert page.board.request_move(created, ApplicationStatus.SUBMITTED)
    moved = registry.applications.get(created)
    assert moved.status == ApplicationStatus.SUBMITTED
    assert moved.submitted_on == dt.date(2026, 3, 10)
    assert created in page.board.cards_in(ApplicationStatus.SUBMITTED)
    assert created in {row.id for row in page.model.rows() if row.status == ApplicationStatus.SUBMITTED}


def test_the_dialog_opens_on_the_dropped_status_and_shows_only_what_it_needs(monkeypatch, page, registry):
    created = _new(registry, page)
    page.board.request_move(created, ApplicationStatus.DRAFTING)
    seen: dict[str, object] = {}

    def exec_(dialog):
        seen["target"] = dialog.chosen_target()
        seen["locked"] = not dialog.target.isEnabled()
        seen["fields"] = dialog.shown_fields()
        return 0  # cancelled

    monkeypatch.setattr(TransitionDialog, "exec", exec_)
    assert not page.move_application(created, ApplicationStatus.SUBMITTED)
    assert seen == {"target": ApplicationStatus.SUBMITTED, "locked": True, "fields": {"submitted_on"}}
    assert registry.applications.get(created).status == ApplicationStatus.DRAFTING
    # withdrawing cannot be undone: the dialog confirms it even though it needs nothing
    assert not page.move_application(created, ApplicationStatus.WITHDRAWN)
    assert seen["target"] == ApplicationStatus.WITHDRAWN
    assert registry.applications.get(created).status == ApplicationStatus.DRAFTING


def test_double_click_opens_the_application(monkeypatch, qtbot, page, registry):
    created = _new(registry, page)
    opened: list[int | None] = []

    def edit(parent, registry_, application_id):
        opened.append(application_id)

    monkeypatch.setattr(ApplicationDialog, "edit", staticmethod(edit))
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    column = page.board.columns[ApplicationStatus.IDEA]
    item = next(
        column.item(i)
        for i in range(column.count())
        if column.item(i).data(Qt.ItemDataRole.UserRole) == created
    )
    column.scrollToItem(item)
    rect = column.visualItemRect(item)
    qtbot.mouseClick(column.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_application() is not None
    assert page.current_application().id == created
    qtbot.mouseDClick(column.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [created]


def test_choosing_a_card_selects_the_row_and_the_toggle_switches(page):
    row = page.model.rows()[0]
    column = page.board.columns[row.status]
    column.setCurrentRow(page.board.cards_in(row.status).index(row.id))
    assert page.current_application() is not None
    assert page.current_application().id == row.id
    assert page.edit_action.isEnabled()
    assert page.board_shown()
    page.table_button.click()
    assert not page.board_shown()
    assert page.views.currentWidget() is page.table
    page.board_button.click()
    assert page.board_shown()


def test_look(qtbot, registry):
    registry.demo.fill(TODAY)
    board = StatusBoard()
    qtbot.addWidget(board)
    board.set_rows(registry.applications.list(ApplicationFilter()))
    board.resize(1280, 640)
    board.show()
    qtbot.waitExposed(board)
    board.grab().save("/tmp/sb/board.png")
    strip = board.scroll_area.widget()
    strip.grab().save("/tmp/sb/board_full.png")
