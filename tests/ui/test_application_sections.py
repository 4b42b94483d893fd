"""The texts of an application: sections filled from the library, adapted, copied, flagged when the
library has moved on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from coopdesk.domain.applications import ApplicationInput
from coopdesk.domain.enums import TextCategory
from coopdesk.domain.texts import TextBlockInput
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.application_dialog import ApplicationDialog
from coopdesk.ui.widgets.application_sections import ApplicationSections, TextPickerDialog


@pytest.fixture
def application_id(registry) -> int:
    return registry.applications.create(ApplicationInput(title="Aide alimentaire 2027")).id


@pytest.fixture
def block(registry):
    return registry.texts.create(TextBlockInput("Objectifs", TextCategory.OBJECTIVES, "Version 1 <b> & 🥕"))


def test_a_new_application_asks_to_be_saved_first(qtbot, registry):
    widget = ApplicationSections(registry.texts, None)
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.unsaved_label


def test_the_application_dialog_has_the_tab(qtbot, registry, application_id):
    dialog = ApplicationDialog(registry, application_id)
    qtbot.addWidget(dialog)
    assert dialog.tabs.indexOf(dialog.sections) >= 0


def test_fill_adapt_copy_and_update_from_library(qtbot, registry, application_id, block, monkeypatch):
    widget = ApplicationSections(registry.texts, application_id)
    qtbot.addWidget(widget)
    assert widget.editor_stack.currentWidget() is widget.no_section
    section = widget.add_section("Objectifs du projet")
    assert section is not None
    filled = widget.fill_from_library((block.id, 1))
    assert (filled.body, filled.text_block_id, filled.text_block_version) == (
        "Version 1 <b> & 🥕",
        block.id,
        1,
    )
    assert widget.body.toPlainText() == "Version 1 <b> & 🥕"
    assert widget.newer_flag.isHidden()
    # Adapted for this funder, with a limit: saved, the library untouched.
    widget.body.setPlainText("Adapté pour la CAF <i>.")
    widget.limit.setValue(10)
    assert widget.counts.over_limit > 0
    saved = widget.save_current()
    assert saved.body == "Adapté pour la CAF <i>."
    assert saved.char_limit == 10
    assert registry.texts.get(block.id).body == "Version 1 <b> & 🥕"
    widget.copy_body()
    assert QGuiApplication.clipboard().text() == "Adapté pour la CAF <i>."
    # The library moves on: the flag shows, and update replaces after confirmation.
    registry.texts.update(
        block.id, block.version, TextBlockInput("Objectifs", TextCategory.OBJECTIVES, "Version 2")
    )
    widget.reload()
    assert not widget.newer_flag.isHidden()
    assert widget.section_list.item(0).text().endswith("⚠") or "⟳" in widget.section_list.item(0).text()
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    updated = widget.update_from_library()
    assert (updated.body, updated.text_block_version) == ("Version 2", 2)
    assert widget.newer_flag.isHidden()


def test_edits_are_saved_when_another_section_is_chosen(qtbot, registry, application_id):
    widget = ApplicationSections(registry.texts, application_id)
    qtbot.addWidget(widget)
    widget.add_section("Un")
    widget.add_section("Deux")
    widget.select_section(0)
    widget.body.setPlainText("Texte du un 😀")
    widget.select_section(1)
    assert registry.texts.sections(application_id)[0].body == "Texte du un 😀"


def test_an_empty_title_is_refused(qtbot, registry, application_id):
    widget = ApplicationSections(registry.texts, application_id)
    qtbot.addWidget(widget)
    widget.add_section("Un")
    widget.title_edit.setText("")
    widget.title_edit.textEdited.emit("")
    assert widget.save_current() is None
    assert widget.error.has_error()
    assert registry.texts.sections(application_id)[0].title == "Un"


def test_delete_asks_first(qtbot, registry, application_id, monkeypatch):
    widget = ApplicationSections(registry.texts, application_id)
    qtbot.addWidget(widget)
    widget.add_section("Un")
    monkeypatch.setattr(message_box, "ask", lambda *args: False)
    assert not widget.remove_section()
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    assert widget.remove_section()
    assert registry.texts.sections(application_id) == []


def test_picker_searches_and_offers_versions(qtbot, registry, block):
    registry.texts.update(
        block.id, block.version, TextBlockInput("Objectifs", TextCategory.OBJECTIVES, "Version 2")
    )
    registry.texts.create(TextBlockInput("Territoire", TextCategory.TERRITORY, "Hérault"))
    picker = TextPickerDialog(registry.texts)
    qtbot.addWidget(picker)
    assert picker.results.count() == 2
    picker.search.setText("herault")
    picker.apply_search()
    assert picker.results.count() == 1
    picker.search.setText("objectifs")
    picker.apply_search()
    assert picker.version.count() == 2
    assert picker.choice() == (block.id, 2)
    picker.version.setCurrentIndex(1)
    assert picker.choice() == (block.id, 1)
    assert picker.preview.toPlainText() == "Version 1 <b> & 🥕"


def test_the_limit_field_keeps_its_own_width(qtbot, registry, application_id):
    widget = ApplicationSections(registry.texts, application_id)
    qtbot.addWidget(widget)
    widget.add_section("Objectifs")
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.limit.width() < widget.title_edit.width() / 2


def test_picker_results_wrap_instead_of_scrolling_sideways(qtbot, registry):
    long_body = "Nous accueillons des familles " * 30
    registry.texts.create(TextBlockInput("Public accueilli et orientation", TextCategory.AUDIENCE, long_body))
    picker = TextPickerDialog(registry.texts)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.search.setText("familles")
    picker.apply_search()
    assert picker.results.count() == 1
    assert picker.results.wordWrap()
    assert not picker.results.horizontalScrollBar().isVisible()
