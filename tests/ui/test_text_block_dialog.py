"""The editor of a text: counts and limit, refusals at the field, versions, a stale edit."""

from __future__ import annotations

import pytest

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.texts import TextBlockInput
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.text_block_dialog import TextBlockDialog


@pytest.fixture
def block(registry):
    return registry.texts.create(TextBlockInput("Objectifs", TextCategory.OBJECTIVES, "Premier texte."))


def test_new_text_is_saved_exactly_as_typed(qtbot, registry):
    dialog = TextBlockDialog(registry.texts, ["Camille"], None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Public <visé> & 🥕")
    dialog.category.setCurrentIndex(dialog.category.findData(TextCategory.AUDIENCE.value))
    dialog.tags.setText("public, accueil")
    dialog.author.setCurrentText("Camille")
    dialog.body.setPlainText("<b>Familles</b> & étudiants 😀\n\n- un\n- deux")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = registry.texts.get(dialog.saved.id)
    assert (saved.title, saved.body, saved.tags, saved.author, saved.category) == (
        "Public <visé> & 🥕",
        "<b>Familles</b> & étudiants 😀\n\n- un\n- deux",
        ("public", "accueil"),
        "Camille",
        TextCategory.AUDIENCE,
    )


def test_empty_title_and_body_are_refused_at_the_fields(qtbot, registry):
    dialog = TextBlockDialog(registry.texts, [], None)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_labels["title"].has_error()
    assert dialog.error_labels["body"].has_error()
    assert registry.texts.list_blocks() == []


def test_counts_and_over_limit_marker(qtbot, registry):
    dialog = TextBlockDialog(registry.texts, [], None)
    qtbot.addWidget(dialog)
    dialog.body.setPlainText("a" * 1005)
    dialog.limit.setValue(1000)
    assert dialog.counts.counts.characters == 1005
    assert dialog.counts.over_limit == 5
    assert dialog.counts.font().bold()
    dialog.limit.setValue(0)
    assert dialog.counts.over_limit == 0


def test_saving_a_changed_body_keeps_a_version(qtbot, registry, block):
    dialog = TextBlockDialog(registry.texts, [], block)
    qtbot.addWidget(dialog)
    dialog.body.setPlainText("Second texte.")
    dialog.accept()
    assert [v.body for v in registry.texts.versions(block.id)] == ["Second texte.", "Premier texte."]


def test_a_stale_edit_keeps_my_text_and_can_save_it_on_top(qtbot, registry, block, monkeypatch):
    dialog = TextBlockDialog(registry.texts, [], block)
    qtbot.addWidget(dialog)
    registry.texts.update(
        block.id, block.version, TextBlockInput("Objectifs", TextCategory.OBJECTIVES, "Autre PC.")
    )
    dialog.body.setPlainText("Mon texte.")
    monkeypatch.setattr(message_box, "ask", lambda *args: False)  # keep my text
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form_error.has_error()
    assert dialog.body.toPlainText() == "Mon texte."
    dialog.accept()
    assert dialog.saved is not None
    assert [v.body for v in registry.texts.versions(block.id)] == [
        "Mon texte.",
        "Autre PC.",
        "Premier texte.",
    ]


def test_a_stale_edit_can_show_their_version(qtbot, registry, block, monkeypatch):
    dialog = TextBlockDialog(registry.texts, [], block)
    qtbot.addWidget(dialog)
    registry.texts.update(
        block.id, block.version, TextBlockInput("Objectifs", TextCategory.OBJECTIVES, "Autre PC.")
    )
    dialog.body.setPlainText("Mon texte.")
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    dialog.accept()
    assert dialog.body.toPlainText() == "Autre PC."


def test_a_title_already_used_is_said_without_blocking(qtbot, registry):
    first = TextBlockDialog(registry.texts, [], None)
    qtbot.addWidget(first)
    first.title_edit.setText("Public accueilli")
    first.body.setPlainText("Les familles.")
    first.accept()
    assert first.saved is not None
    second = TextBlockDialog(registry.texts, [], None)
    qtbot.addWidget(second)
    assert second.duplicate_hint.isHidden()
    second.title_edit.setText("PUBLIC ACCUEILLI")
    assert not second.duplicate_hint.isHidden()
    assert str(first.saved.id) in second.duplicate_hint.text()
    second.title_edit.setText("Public accueilli en 2027")
    assert second.duplicate_hint.isHidden()
    again = TextBlockDialog(registry.texts, [], first.saved)  # its own title is not a duplicate
    qtbot.addWidget(again)
    assert again.duplicate_hint.isHidden()
