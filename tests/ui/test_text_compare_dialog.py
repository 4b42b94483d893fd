"""Two versions side by side, differences highlighted and escaped; restoring an old one."""

from __future__ import annotations

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.texts import TextBlockInput, word_diff
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.text_compare_dialog import TextCompareDialog, diff_html


def test_diff_html_escapes_user_text():
    left, right = word_diff("a <b> & x", "a <b> & y")
    assert "&lt;b&gt; &amp;" in diff_html(left)
    assert "<b>" not in diff_html(right)


def test_compare_and_restore(qtbot, registry, monkeypatch):
    texts = registry.texts
    block = texts.create(TextBlockInput("Public", TextCategory.AUDIENCE, "Nous accueillons 200 familles."))
    block = texts.update(
        block.id,
        block.version,
        TextBlockInput("Public", TextCategory.AUDIENCE, "Nous accueillons 238 familles."),
    )
    dialog = TextCompareDialog(texts, block, "Camille")
    qtbot.addWidget(dialog)
    assert dialog.left_choice.currentData() == 1
    assert dialog.right_choice.currentData() == 2
    assert "line-through" in dialog.left_view.toHtml()
    assert "200" in dialog.left_view.toPlainText()
    assert "238" in dialog.right_view.toPlainText()
    assert dialog.restore_button.isEnabled()
    monkeypatch.setattr(message_box, "ask", lambda *args: True)
    restored = dialog.restore_left()
    assert restored is not None
    assert (restored.current_version, restored.body) == (3, "Nous accueillons 200 familles.")
    assert texts.versions(block.id)[0].author == "Camille"
    assert dialog.right_choice.count() == 3


def test_enter_closes_and_never_restores(qtbot, registry, monkeypatch):
    from PySide6.QtCore import Qt

    texts = registry.texts
    block = texts.create(TextBlockInput("Public", TextCategory.AUDIENCE, "Nous accueillons 200 familles."))
    block = texts.update(
        block.id,
        block.version,
        TextBlockInput("Public", TextCategory.AUDIENCE, "Nous accueillons 238 familles."),
    )
    asked: list[object] = []
    monkeypatch.setattr(message_box, "ask", lambda *args: asked.append(args) or False)
    dialog = TextCompareDialog(texts, block, "Camille")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.close_button.isDefault()
    assert not dialog.restore_button.isDefault()
    qtbot.keyClick(dialog.left_choice, Qt.Key.Key_Return)
    assert asked == []
    assert dialog.result() == 0
    assert not dialog.isVisible()
    assert texts.get(block.id).current_version == 2
