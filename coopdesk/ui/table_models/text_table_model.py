"""The text library, one TextBlockRow per line: title, category, tags, characters, last review (with
"to review" once older than the association's setting) and, while searching, the matching excerpt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.text_search import fold
from coopdesk.domain.texts import MATCH_END, MATCH_START, TextBlockRow, count_text, needs_review
from coopdesk.ui.formatting import NO_VALUE, date_text
from coopdesk.ui.table_models import SORT_ROLE
from coopdesk.ui.table_models.row_table_model import ModelIndex, RowTableModel

TO_REVIEW_COLOR = QColor("#9a5b00")


class Column(IntEnum):
    TITLE = 0
    CATEGORY = 1
    TAGS = 2
    CHARACTERS = 3
    REVIEWED = 4
    EXCERPT = 5


def category_label(category: TextCategory) -> str:
    labels = {
        TextCategory.PRESENTATION: QCoreApplication.translate(
            "TextLabels", "Presentation of the association"
        ),
        TextCategory.OBJECTIVES: QCoreApplication.translate("TextLabels", "Objectives"),
        TextCategory.AUDIENCE: QCoreApplication.translate("TextLabels", "Target audience"),
        TextCategory.TERRITORY: QCoreApplication.translate("TextLabels", "Territory"),
        TextCategory.HUMAN_RESOURCES: QCoreApplication.translate("TextLabels", "Human resources"),
        TextCategory.PARTNERSHIPS: QCoreApplication.translate("TextLabels", "Partnerships"),
        TextCategory.EVALUATION: QCoreApplication.translate("TextLabels", "Evaluation"),
        TextCategory.BUDGET_NOTES: QCoreApplication.translate("TextLabels", "Budget notes"),
        TextCategory.OTHER: QCoreApplication.translate("TextLabels", "Other"),
    }
    return labels[category]


def plain_excerpt(excerpt: str) -> str:
    """A search excerpt on one line, each match between « » (for a table cell)."""
    return " ".join(excerpt.replace(MATCH_START, "«").replace(MATCH_END, "»").split())


def _qdate(day: dt.date | None) -> QDate:
    return QDate() if day is None else QDate(day.year, day.month, day.day)


class TextTableModel(RowTableModel[TextBlockRow]):
    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._excerpts: dict[int, str] = {}
        self._ranks: dict[int, int] = {}
        self._today = dt.date.today()
        self._review_months = 12

    def set_rows(
        self,
        rows: Sequence[TextBlockRow],
        *,
        today: dt.date | None = None,
        review_months: int | None = None,
        excerpts: dict[int, str] | None = None,
    ) -> None:
        """The texts to show; with `excerpts` (id -> excerpt, in rank order) only those, ranked.

        `today` and `review_months` (when a text is due for review) stay as they were when not given.
        """
        if today is not None:
            self._today = today
        if review_months is not None:
            self._review_months = review_months
        if excerpts is None:
            self._excerpts, self._ranks = {}, {}
            self._reset_rows(rows)
        else:
            by_id = {row.id: row for row in rows}
            self._excerpts = dict(excerpts)
            self._ranks = {block_id: rank for rank, block_id in enumerate(excerpts)}
            self._reset_rows(by_id[block_id] for block_id in excerpts if block_id in by_id)

    def excerpt(self, block_id: int) -> str:
        return self._excerpts.get(block_id, "")

    def rank(self, block_id: int) -> int:
        return self._ranks.get(block_id, 0)

    def to_review(self, row: TextBlockRow) -> bool:
        return needs_review(row.last_reviewed_on, self._today, self._review_months)

    # -- Qt overrides ---------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        block = self._row_of_index(index)
        if block is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            shown = self._display(block, column)
            return shown if role == Qt.ItemDataRole.DisplayRole else shown or None
        if role == SORT_ROLE:
            return self._sort_value(block, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.REVIEWED and self.to_review(block):
            return QBrush(TO_REVIEW_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.CHARACTERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headers(self) -> dict[Column, str]:
        return {
            Column.TITLE: self.tr("Title"),
            Column.CATEGORY: self.tr("Category"),
            Column.TAGS: self.tr("Tags"),
            Column.CHARACTERS: self.tr("Characters"),
            Column.REVIEWED: self.tr("Reviewed on"),
            Column.EXCERPT: self.tr("Excerpt"),
        }

    # -- cells ----------------------------------------------------------------------------------

    def _display(self, block: TextBlockRow, column: Column) -> str:
        if column == Column.TITLE:
            return block.title
        if column == Column.CATEGORY:
            return category_label(block.category)
        if column == Column.TAGS:
            return ", ".join(block.tags)
        if column == Column.CHARACTERS:
            return f"{count_text(block.body).characters:,}".replace(",", "\u202f")
        if column == Column.REVIEWED:
            day = date_text(block.last_reviewed_on) if block.last_reviewed_on else NO_VALUE
            if self.to_review(block):
                return self.tr("%1 (to review)").replace("%1", day)
            return day
        return plain_excerpt(self._excerpts.get(block.id, ""))

    def _sort_value(self, block: TextBlockRow, column: Column) -> Any:
        if column == Column.TITLE:
            return fold(block.title)
        if column == Column.CATEGORY:
            return fold(category_label(block.category))
        if column == Column.TAGS:
            return fold(", ".join(block.tags))
        if column == Column.CHARACTERS:
            return count_text(block.body).characters
        if column == Column.REVIEWED:
            return _qdate(block.last_reviewed_on)
        return self._ranks.get(block.id, 0)
