"""Dossiers: the list follows the filters, the totals are the service's, actions reach the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QPushButton

from coopdesk.domain.applications import ApplicationFilter, ApplicationInput, TransitionInput
from coopdesk.domain.enums import ApplicationStatus, FundingType
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.transition_dialog import TransitionDialog
from coopdesk.ui.pages import applications_page as page_module
from coopdesk.ui.pages.applications_page import STATUS_GROUPS, ApplicationsPage
from coopdesk.ui.table_models.application_table_model import totals_text

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 3, 16)


@pytest.fixture
def page(qtbot, registry) -> ApplicationsPage:
    registry.demo.fill(TODAY)
    shown = ApplicationsPage(registry)
    qtbot.addWidget(shown)
    shown.refresh()
    return shown


def _ids(page: ApplicationsPage) -> set[int]:
    return {row.id for row in page.model.rows()}


def _choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _expected_totals(registry, chosen: ApplicationFilter) -> str:
    totals = registry.applications.totals(chosen)
    return totals_text(totals.count, totals.requested_cents, totals.granted_cents, totals.paid_cents)


def test_everything_is_listed_with_the_service_totals(page, registry):
    everything = registry.applications.list(ApplicationFilter())
    assert everything
    assert _ids(page) == {row.id for row in everything}
    assert page.totals_label.text() == _expected_totals(registry, ApplicationFilter())
    assert str(len(everything)) in page.totals_label.text()


def test_status_groups_and_single_statuses_filter(page, registry):
    seen = {}
    for key in STATUS_GROUPS:
        _choose(page.status_combo, key)
        chosen = ApplicationFilter(statuses=STATUS_GROUPS[key])
        assert _ids(page) == {row.id for row in registry.applications.list(chosen)}
        assert page.totals_label.text() == _expected_totals(registry, chosen)
        seen[key] = _ids(page)
    assert seen["open"]
    assert seen["open"] < seen["all"]
    assert seen["waiting"] <= seen["open"]
    status = next(iter(registry.applications.list(ApplicationFilter()))).status
    _choose(page.status_combo, status.value)
    assert _ids(page)
    assert {row.status for row in page.model.rows()} == {status}


def test_funder_project_year_owner_and_funding_filters(page, registry):
    rows = registry.applications.list(ApplicationFilter())
    funder_id = next(
        registry.applications.get(row.id).funder_id
        for row in rows
        if registry.applications.get(row.id).funder_id is not None
    )
    _choose(page.funder_combo, funder_id)
    chosen = ApplicationFilter(funder_id=funder_id)
    assert _ids(page) == {row.id for row in registry.applications.list(chosen)}
    assert page.totals_label.text() == _expected_totals(registry, chosen)
    _choose(page.funder_combo, None)

    year = next(row.year for row in rows if row.year is not None)
    _choose(page.year_combo, year)
    assert _ids(page)
    assert {row.year for row in page.model.rows()} == {year}
    _choose(page.year_combo, None)

    _choose(page.funding_type_combo, FundingType.OPERATING.value)
    assert {row.funding_type for row in page.model.rows()} <= {FundingType.OPERATING}
    _choose(page.funding_type_combo, None)

    project = registry.projects.list()[0]
    _choose(page.project_combo, project.id)
    assert _ids(page) == {
        row.id for row in registry.applications.list(ApplicationFilter(project_id=project.id))
    }
    _choose(page.project_combo, None)
    assert len(_ids(page)) == len(rows)


def test_the_text_search_is_debounced_and_filters(qtbot, page, registry):
    everything = _ids(page)
    word = page.model.rows()[0].title.split()[0]
    page.search.setText(word)
    assert _ids(page) == everything  # not yet: the search waits for the typing to pause
    qtbot.waitUntil(lambda: _ids(page) != everything or not page.search_timer.isActive(), timeout=2000)
    expected = {row.id for row in registry.applications.list(ApplicationFilter(text=word))}
    assert _ids(page) == expected
    assert page.totals_label.text() == _expected_totals(registry, ApplicationFilter(text=word))


def test_renew_creates_a_linked_application(page, registry):
    original = page.model.rows()[0]
    assert page.select_application(original.id)
    assert page.renew_current()
    renewed = [
        row
        for row in registry.applications.list(ApplicationFilter())
        if registry.applications.get(row.id).previous_id == original.id
    ]
    assert len(renewed) == 1
    assert renewed[0].status == ApplicationStatus.IDEA
    assert renewed[0].id in _ids(page)
    assert page.current_application() is not None
    assert page.current_application().id == renewed[0].id


def test_delete_asks_first(monkeypatch, page, registry):
    target = page.model.rows()[0]
    page.select_application(target.id)
    monkeypatch.setattr(message_box, "ask", lambda *args: False)
    assert not page.delete_current()
    assert target.id in _ids(page)
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    assert page.delete_current()
    assert target.id not in _ids(page)
    assert target.id not in {row.id for row in registry.applications.list(ApplicationFilter())}


def test_change_status_applies_the_dialog_answer(monkeypatch, page, registry):
    created = registry.applications.create(ApplicationInput(title="Paniers 2027"))
    page.refresh()
    assert page.select_application(created.id)

    def ask(parent, application, apply=None):
        data = TransitionInput(target=ApplicationStatus.DRAFTING)
        assert apply is not None
        apply(data)
        return data

    monkeypatch.setattr(TransitionDialog, "ask", staticmethod(ask))
    assert page.change_status()
    assert registry.applications.get(created.id).status == ApplicationStatus.DRAFTING
    assert page.current_application() is not None
    assert page.current_application().status == ApplicationStatus.DRAFTING


def test_actions_follow_the_selection(page):
    assert not page.edit_action.isEnabled()
    page.table.selectRow(0)
    assert page.edit_action.isEnabled()
    assert page.renew_action.isEnabled()
    assert page_module.SEARCH_DELAY_MS == 150


def test_look(page, qtbot):
    page.resize(1400, 700)
    page.show()
    qtbot.waitExposed(page)
    page.table.selectRow(0)
    page.grab().save("/tmp/ap/page.png")


def test_export_writes_the_applications_shown(page, registry, tmp_path, monkeypatch):
    import openpyxl

    from coopdesk.ui import file_saving

    _choose(page.status_combo, next(value for value in _combo_values(page.status_combo) if value))
    page.reload()
    shown = registry.applications.totals(page.current_filter()).count
    target = tmp_path / "dossiers"
    monkeypatch.setattr(file_saving, "ask_save_path", lambda *args: target)

    written = page.export("xlsx")

    assert written == tmp_path / "dossiers.xlsx"
    sheet = openpyxl.load_workbook(written).active
    assert sheet.max_row == 1 + shown + 1  # header, the applications shown, the totals row
    assert str(sheet.cell(row=sheet.max_row, column=9).value).startswith("=SUM(")


def _combo_values(combo) -> list:
    return [combo.itemData(index) for index in range(combo.count())]


# -- a small laptop's screen ------------------------------------------------------------------------

SMALL_PAGE_WIDTH = 800  # a 1024-pixel screen less the window's sidebar and frame


def test_fits_a_small_laptop_screen_with_every_filter_and_button_shown(qtbot, registry, page):
    assert page.minimumSizeHint().width() <= SMALL_PAGE_WIDTH
    page.resize(SMALL_PAGE_WIDTH, 560)
    page.show()
    qtbot.waitExposed(page)
    page.layout().activate()
    row = [
        *(page.status_combo, page.funder_combo, page.project_combo, page.year_combo),
        *(page.owner_combo, page.funding_type_combo, page.search),
        *page.findChildren(QPushButton),
        page.table_button,
        page.board_button,
        page.export_button,
    ]
    for index, widget in enumerate(row):
        assert widget.isVisible()
        assert page.rect().contains(widget.geometry())
        assert widget.width() >= widget.minimumSizeHint().width()
        for other in row[index + 1 :]:
            assert not widget.geometry().intersects(other.geometry())
    assert page.views.height() > page.height() / 2  # the table keeps most of the height
    assert page.funder_combo.count() == len(registry.funders.search("", limit=None)) + 1


def test_a_narrowed_filter_shows_its_whole_choice_when_pointed_at(page):
    page.funder_combo.setCurrentIndex(3)
    assert page.funder_combo.toolTip() == page.funder_combo.currentText() != ""
    page.refresh()  # the choices refilled: the tooltip still names the choice
    assert page.funder_combo.toolTip() == page.funder_combo.currentText()
    assert page.status_combo.toolTip() == page.status_combo.currentText() != ""
