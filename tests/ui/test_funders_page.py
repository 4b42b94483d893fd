"""Financeurs: search as you type, filters, the sheet with contacts and totals, delete → archive, GDPR
erasure, follow-ups, exports, "qui fait quoi" — on the demonstration data."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from coopdesk.domain.enums import FunderKind
from coopdesk.domain.funders import FunderInput
from coopdesk.ui import file_saving
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.funder_dialog import FunderDialog
from coopdesk.ui.formatting import money
from coopdesk.ui.pages.funders_page import SEARCH_DELAY_MS, FundersPage
from coopdesk.ui.table_models.funder_table_model import Column

pytestmark = pytest.mark.usefixtures("french")

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def demo(registry):
    registry.demo.fill(TODAY)
    return registry


@pytest.fixture
def page(qtbot, demo) -> FundersPage:
    funders = FundersPage(demo, today=lambda: TODAY)
    qtbot.addWidget(funders)
    funders.resize(1280, 800)
    funders.show()
    return funders


def _funder_with_applications(registry):
    funders = registry.funders.search(limit=None)
    return max(funders, key=lambda funder: len(registry.funders.sheet(funder.id, TODAY).applications))


def test_search_filters_the_list_as_you_type_after_a_short_delay(qtbot, page, demo):
    everyone = page.listed_names()
    assert len(everyone) == len(demo.funders.search(limit=None)) > 3

    qtbot.keyClicks(page.search_edit, "CAF")
    assert page.search_timer.isActive()  # debounced: nothing searched at each key
    assert page.listed_names() == everyone
    qtbot.wait(SEARCH_DELAY_MS + 100)

    expected = [row.name for row in demo.funders.search("CAF", limit=None)]
    assert sorted(page.listed_names()) == sorted(expected)
    assert 0 < len(expected) < len(everyone)


def test_the_kind_filter_keeps_funders_of_that_kind(page, demo):
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(FunderKind.FOUNDATION))
    kinds = {page.model.row_at(row).kind for row in range(page.model.rowCount())}
    assert kinds == {FunderKind.FOUNDATION}
    page.kind_combo.setCurrentIndex(0)
    assert page.model.rowCount() == len(demo.funders.search(limit=None))


def test_the_sheet_shows_contacts_and_totals_per_year(page, demo):
    funder = _funder_with_applications(demo)
    sheet = demo.funders.sheet(funder.id, TODAY)
    assert sheet.totals

    page.select_funder(funder.id)

    assert page.sheet.funder_id() == funder.id
    assert page.sheet.title.text().startswith(funder.name)
    assert page.sheet.contact_model.rowCount() == len(sheet.contacts) > 0
    assert page.sheet.interaction_model.rowCount() == len(sheet.interactions)
    rows = page.sheet.totals_texts()[1:]  # after the header
    assert [row[0] for row in rows] == [str(year.year) for year in sheet.totals]
    first = sheet.totals[0]
    assert rows[0][2] == money(first.requested_cents, with_cents=False)
    assert rows[0][3] == money(first.granted_cents, with_cents=False)
    assert rows[0][2].endswith("\u00a0€")


def test_deleting_a_funder_with_applications_offers_to_archive_it(page, demo, monkeypatch):
    funder = _funder_with_applications(demo)
    page.select_funder(funder.id)
    questions: list[str] = []

    def ask(_parent, _title, text, _accept, _reject):
        questions.append(text)
        return True

    monkeypatch.setattr(message_box, "ask", ask)

    page.delete_funder()

    assert len(questions) == 2  # "delete?", then "archive instead?"
    assert demo.funders.get(funder.id).archived
    assert funder.name not in page.listed_names()


def test_erasing_a_contact_anonymises_their_exchanges(page, demo, monkeypatch):
    linked = [row for row in demo.interactions.list() if row.contact_id is not None]
    interaction = linked[0]
    contact = demo.contacts.get(interaction.contact_id)
    page.select_funder(contact.funder_id)
    page.sheet.select_contact(contact.id)
    assert page.sheet.erase_button.isEnabled()
    monkeypatch.setattr(message_box, "ask", lambda *args: True)

    page.sheet.erase_contact()

    assert contact.id not in [row.id for row in demo.contacts.list(contact.funder_id)]
    kept = demo.interactions.get(interaction.id)
    assert kept.contact_id is None
    assert contact.name not in kept.summary
    assert contact.name not in kept.participants
    assert page.sheet.contact_model.row_of(contact.id) is None


def test_a_follow_up_is_marked_done(page, demo):
    due = demo.interactions.follow_ups_due(TODAY)
    assert due
    assert not page.done_button.isEnabled()
    page.follow_up_table.selectRow(0)
    assert page.done_button.isEnabled()

    page.mark_follow_up_done()

    assert len(demo.interactions.follow_ups_due(TODAY)) == len(due) - 1
    assert page.follow_up_model.rowCount() == len(due) - 1


def test_contacts_are_exported_as_vcard_or_csv(page, demo, monkeypatch, tmp_path):
    for name, start in (("contacts.vcf", b"BEGIN:VCARD"), ("contacts.csv", None)):
        target = tmp_path / name
        monkeypatch.setattr(file_saving, "ask_save_path", lambda *args, path=target: path)
        page.export_contacts()
        data = target.read_bytes()
        if start is not None:
            assert data.startswith(start)
        else:
            assert data == demo.exports.contacts_csv()
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith("contacts")) == [
        "contacts.csv",
        "contacts.vcf",
    ]  # no temporary file left


def test_who_does_what_lists_topics_with_their_contacts(page, demo):
    page.tabs.setCurrentWidget(page.who_does_what)
    topics = demo.contacts.who_does_what()
    assert page.who_does_what.model.rowCount() == sum(len(topic.contacts) for topic in topics) > 0
    assert page.who_does_what.model.topic_count() == len(topics)


def test_new_funder_has_ctrl_n_and_selects_the_saved_funder(page, demo, monkeypatch):
    assert page.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    created = demo.funders.create(FunderInput(name="Zèbre fondation", kind=FunderKind.FOUNDATION))
    monkeypatch.setattr(FunderDialog, "edit", classmethod(lambda cls, *args: created))

    page.new_action.trigger()

    assert page.sheet.funder_id() == created.id
    assert page.selected_funder().id == created.id


def test_deleting_an_exchange_asks_then_removes_it(page, demo, monkeypatch):
    funder = _funder_with_applications(demo)
    page.select_funder(funder.id)
    before = page.sheet.interaction_model.rowCount()
    assert before > 0
    page.sheet.interaction_table.selectRow(0)
    target = page.sheet.selected_interaction()
    assert target is not None

    monkeypatch.setattr(message_box, "ask", lambda *args: False)
    page.sheet.delete_interaction()
    assert page.sheet.interaction_model.rowCount() == before

    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    page.sheet.delete_interaction()
    assert page.sheet.interaction_model.rowCount() == before - 1
    assert target.id not in {row.id for row in demo.interactions.list(funder.id)}


# -- a small laptop's screen ------------------------------------------------------------------------

SMALL_PAGE_WIDTH = 800  # a 1024-pixel screen less the window's sidebar and frame


def test_fits_a_small_laptop_screen_names_readable_and_sheet_scrolling_sideways(qtbot, page):
    assert page.minimumSizeHint().width() <= SMALL_PAGE_WIDTH
    page.resize(SMALL_PAGE_WIDTH, 560)
    qtbot.waitExposed(page)
    page.layout().activate()
    qtbot.waitUntil(lambda: page.table.isColumnHidden(Column.ACTIVE_CONTACTS))
    assert page.table.columnWidth(Column.NAME) >= 100  # the count of contacts made room for the names
    assert page.count_label.text()  # the count moved beside the filters
    assert page.sheet.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded  # never cut
    row = [
        page.search_edit,
        page.kind_combo,
        page.level_combo,
        page.archived_check,
        *(page.new_button, page.edit_button, page.archive_button, page.delete_button),
        page.import_button,
        page.export_button,
        page.count_label,
    ]
    for index, widget in enumerate(row):
        assert widget.isVisible()
        assert widget.width() >= widget.minimumSizeHint().width()
        assert widget.mapTo(page, widget.rect().bottomRight()).x() < page.width()
        for other in row[index + 1 :]:
            if other.parentWidget() is widget.parentWidget():
                assert not widget.geometry().intersects(other.geometry())

    page.resize(1600, 800)
    page.splitter.setSizes([1000, 500])  # the list widened: every column comes back
    qtbot.waitUntil(lambda: not page.table.isColumnHidden(Column.ACTIVE_CONTACTS))
    assert not page.table.isColumnHidden(Column.KIND)
