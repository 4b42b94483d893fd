"""The message shown right under a field that was refused: red, wrapped, hidden when there is none."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_COLOR = QColor("#b3261e")


class FieldErrorLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
        self.setPalette(palette)
        self.hide()

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.show()

    def hide_error(self) -> None:
        self.setText("")
        self.hide()

    def has_error(self) -> bool:
        return bool(self.text())


def with_error_label(field: QWidget, error_label: FieldErrorLabel) -> QWidget:
    """The field with its error label right under it, as one cell of a form."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error_label)
    return cell
