"""One key figure of the dashboard: a title, a big value, a caption."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class FigureCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title_label = QLabel(title)
        self.value_label = QLabel()
        self.caption_label = QLabel()
        title_font = self.title_label.font()
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        value_font = self.value_label.font()
        value_font.setPointSizeF(value_font.pointSizeF() * 1.9)
        value_font.setBold(True)
        self.value_label.setFont(value_font)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption_label.setWordWrap(True)
        caption_palette = self.caption_label.palette()
        muted = caption_palette.color(QPalette.ColorRole.PlaceholderText)
        caption_palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.caption_label.setPalette(caption_palette)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)

    def set_figure(self, value: str, caption: str = "") -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.setAccessibleName(f"{self.title_label.text()} {value}")
