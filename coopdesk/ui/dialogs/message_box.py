"""The only place that shows modal message boxes: tests replace these functions to never block.

Callers use the module (`message_box.ask(...)`), so that `monkeypatch.setattr(message_box, "ask", …)`
reaches every call.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QMessageBox, QWidget


class SaveChoice(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask(parent: QWidget | None, title: str, text: str, accept_text: str, reject_text: str) -> bool:
    """A question with two named buttons ("Recharger" / "Annuler"); True when the first is chosen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(reject_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def save_discard_cancel(parent: QWidget | None, title: str, text: str) -> SaveChoice:
    """Save, discard or cancel (Qt's own buttons, translated by qtbase)."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent, title, text, buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save
    )
    if answer == buttons.Save:
        return SaveChoice.SAVE
    if answer == buttons.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL
