"""Live counts under a text field: characters (with and without spaces), words, and how far the text
goes beyond a portal's character limit, in red."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from coopdesk.domain.texts import TextCounts, count_text

OVER_COLOR = QColor("#b3261e")


def _number(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


class TextCountsLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textCounts")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._normal = self.palette()
        self._over = self.palette()
        self._over.setColor(QPalette.ColorRole.WindowText, OVER_COLOR)
        self.counts = count_text("")
        self.limit: int | None = None
        self.show_counts("", None)

    @property
    def over_limit(self) -> int:
        return self.counts.over(self.limit)

    def show_counts(self, text: str, limit: int | None) -> TextCounts:
        self.counts, self.limit = count_text(text), limit
        counts = self.counts
        parts = [
            self.tr("%1 characters").replace("%1", _number(counts.characters)),
            self.tr("%1 without spaces").replace("%1", _number(counts.characters_without_spaces)),
            self.tr("%n word(s)", "", counts.words),
        ]
        message = " · ".join(parts)
        if limit is not None:
            over = counts.over(limit)
            if over:
                message += " — " + self.tr("⚠ %1 characters over the limit of %2").replace(
                    "%1", _number(over)
                ).replace("%2", _number(limit))
            else:
                message += " — " + self.tr("limit %1: %2 left").replace("%1", _number(limit)).replace(
                    "%2", _number(limit - counts.characters)
                )
        self.setText(message)
        self.setPalette(self._over if limit is not None and counts.over(limit) else self._normal)
        font = self.font()
        font.setBold(bool(limit is not None and counts.over(limit)))
        self.setFont(font)
        return counts
