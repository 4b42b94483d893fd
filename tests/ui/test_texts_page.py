"""Textes: the library, search with highlighted excerpts, review flag, copy, delete, versions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.texts import MATCH_END, MATCH_START, TextBlockInput
from coopdesk.services.shared_settings_service import TEXT_REVIEW_MONTHS
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.pages.texts_page import CATEGORY_MAX_WIDTH, TextsPage, excerpt_html
from coopdesk.ui.table_models.text_table_model import Column, TextTableModel

TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def page(qtbot, registry) -> TextsPage:
    shown = TextsPage(registry, today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.refresh()
    return shown


def add(registry, title: str, body: str, reviewed: dt.date | None = None) -> int:
    return registry.texts.create(
        TextBlockInput(title, TextCategory.OTHER, body, last_reviewed_on=reviewed)
    ).id


def test_an_empty_library_says_what_to_do(page):
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.empty_label.text()
    assert not page.edit_action.isEnabled()
    assert not page.delete_action.isEnabled()


def test_lists_demo_texts_and_flags_those_to_review(qtbot, registry):
    registry.demo.fill(TODAY)
    page = TextsPage(registry, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert sorted(page.shown_titles()) == sorted(block.title for block in registry.texts.list_blocks())
    to_review = [row for row in page.model.rows() if page.model.to_review(row)]
    assert 0 < len(to_review) < len(page.model.rows())


def test_search_ranks_and_highlights_without_interpreting_markup(page, registry):
    first = add(registry, "Présentation <b>gras</b> & co", "L'épicerie <i>solidaire</i> & 🥕 de l'Hérault.")
    add(registry, "Budget", "Charges et produits.")
    page.refresh()
    page.search_edit.setText("HERAULT")
    page.apply_filter()
    assert page.shown_titles() == ["Présentation <b>gras</b> & co"]
    assert not page.table.isColumnHidden(Column.EXCERPT)
    assert page.current_text().id == first
    assert page.preview_title.textFormat() == Qt.TextFormat.PlainText
    assert page.preview_title.text() == "Présentation <b>gras</b> & co"
    html_text = page.excerpt_label.text()
    assert "&lt;i&gt;solidaire&lt;/i&gt; &amp; 🥕" in html_text
    assert "<b style='background-color:#fff3b0'>Hérault</b>" in html_text
    page.search_edit.setText("zzzz")
    page.apply_filter()
    assert page.list_stack.currentWidget() is page.empty_label
    assert "zzzz" in page.empty_label.text()


def test_excerpt_html_escapes_user_text():
    assert excerpt_html(f"a <b> & {MATCH_START}x<y{MATCH_END}") == (
        "a &lt;b&gt; &amp; <b style='background-color:#fff3b0'>x&lt;y</b>"
    )


def test_review_age_comes_from_the_association_setting(page, registry):
    add(registry, "Ancien", "Texte.", reviewed=dt.date(2026, 3, 1))
    page.refresh()
    (row,) = page.model.rows()
    assert not page.model.to_review(row)
    page.settings.months.setValue(6)
    assert registry.shared_settings.get_int(TEXT_REVIEW_MONTHS) == 6
    assert page.model.to_review(page.model.rows()[0])
    assert page.review_flag.isVisibleTo(page)
    page.mark_reviewed()
    assert not page.model.to_review(page.model.rows()[0])


def test_copy_puts_the_body_on_the_clipboard(page, registry):
    add(registry, "Public", "Familles <orientées> & 😀")
    page.refresh()
    page.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "Familles <orientées> & 😀"


def test_delete_asks_first(page, registry, monkeypatch):
    add(registry, "Territoire", "Hérault.")
    page.refresh()
    monkeypatch.setattr(message_box, "ask", lambda *args: False)
    assert not page.delete_current()
    assert len(registry.texts.list_blocks()) == 1
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    assert page.delete_current()
    assert registry.texts.list_blocks() == []
    assert page.list_stack.currentWidget() is page.empty_label


def test_category_filter(page, registry):
    add(registry, "Autre texte", "Texte.")
    registry.texts.create(TextBlockInput("Objectifs", TextCategory.OBJECTIVES, "Texte."))
    page.refresh()
    page.category_filter.setCurrentIndex(page.category_filter.findData(TextCategory.OBJECTIVES.value))
    assert page.shown_titles() == ["Objectifs"]


def test_table_model(qtmodeltester, registry):
    add(registry, "Un", "Texte un.")
    model = TextTableModel()
    model.set_rows(registry.texts.list_blocks(), today=TODAY, review_months=12)
    qtmodeltester.check(model)
    hits = registry.texts.search("texte")
    model.set_rows(
        registry.texts.list_blocks(), today=TODAY, review_months=12, excerpts={h.id: h.excerpt for h in hits}
    )
    qtmodeltester.check(model)
    assert "«" in model.index(0, Column.EXCERPT).data()


def test_the_list_gets_more_room_than_the_preview(qtbot, registry):
    registry.demo.fill(TODAY)
    page = TextsPage(registry, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    left, right = page.splitter.sizes()
    assert left > right
    longest = max(page.table.fontMetrics().horizontalAdvance(title) for title in page.shown_titles())
    assert page.table.columnWidth(Column.TITLE) >= min(longest, 200)


# -- a small laptop's screen ------------------------------------------------------------------------

SMALL_PAGE_WIDTH = 800  # a 1024-pixel screen less the window's sidebar and frame


def test_fits_a_small_laptop_screen_with_every_button_shown(qtbot, registry):
    registry.demo.fill(TODAY)
    page = TextsPage(registry, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.minimumSizeHint().width() <= SMALL_PAGE_WIDTH
    page.resize(SMALL_PAGE_WIDTH, 560)
    page.show()
    qtbot.waitExposed(page)
    page.layout().activate()
    row = [*page.findChildren(QPushButton), page.settings, page.search_edit, page.category_filter]
    for index, widget in enumerate(row):
        assert widget.isVisible()
        assert page.rect().contains(widget.geometry())
        assert widget.width() >= widget.minimumSizeHint().width()
        for other in row[index + 1 :]:
            assert not widget.geometry().intersects(other.geometry())
    # The titles, what the user reads to choose, keep the room: the list is the wider side and the
    # category beside the titles stays narrow.
    left, right = page.splitter.sizes()
    assert left > right
    assert page.table.columnWidth(Column.CATEGORY) <= CATEGORY_MAX_WIDTH
