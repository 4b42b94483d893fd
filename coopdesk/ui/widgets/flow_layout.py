"""A row of buttons or filters that goes on to a second line when the window is too narrow for it.

A drop-in for the QHBoxLayout of a page's row of buttons or filters (widgets only): `addWidget(widget,
stretch)` and `addStretch()` (what follows goes to the right end of its line when there is room). Its
minimum width is that of its widest item, so a page built with it never forces the window wider than a
small laptop's screen (1024 pixels); its height follows its width (heightForWidth).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget

DEFAULT_SPACING = 6


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = DEFAULT_SPACING) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- building ---------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        """`stretch` is accepted as QHBoxLayout does, and ignored: each item keeps its size hint."""
        super().addWidget(widget)

    def addSpacing(self, size: int) -> None:
        """Accepted as QHBoxLayout does, and ignored: the items are evenly spaced."""

    def addStretch(self, stretch: int = 1) -> None:
        """What follows goes to the right end of its line (when it is on the same line)."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    # -- QLayout ----------------------------------------------------------------------------------

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    def spacing(self) -> int:
        return self._spacing

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        width = height = 0
        for item in self._shown():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        """One item per line: as narrow as the widest item."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ----------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [
            item
            for item in self._items
            if not isinstance(item, QSpacerItem) and not item.isEmpty()  # hidden widgets take no room
        ]

    def _groups(self) -> list[list[QLayoutItem]]:
        """The shown items cut at each stretch: a group after a stretch moves to a new line whole."""
        groups: list[list[QLayoutItem]] = [[]]
        for item in self._items:
            if isinstance(item, QSpacerItem):
                groups.append([])
            elif not item.isEmpty():
                groups[-1].append(item)
        return groups

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, bool]]]:
        """The items line by line, each with whether a stretch comes just before it on its line."""
        lines: list[list[tuple[QLayoutItem, bool]]] = [[]]
        used = 0
        for number, group in enumerate(self._groups()):
            if not group:
                continue
            after_stretch = number > 0
            group_width = sum(item.sizeHint().width() for item in group) + self._spacing * (len(group) - 1)
            if after_stretch and lines[-1] and used + self._spacing + group_width > width:
                lines.append([])  # the group together on the next line rather than split
                used = 0
            for position, item in enumerate(group):
                item_width = item.sizeHint().width()
                if lines[-1] and used + self._spacing + item_width > width:
                    lines.append([])
                    used = 0
                used += (self._spacing if lines[-1] else 0) + item_width
                lines[-1].append((item, after_stretch and position == 0))
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in `rect` (when `move`); the height they take. The room left on a line goes
        to its expanding items (a search field), else to its stretch, else stays at the right."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        lines = self._lines(area.width())
        for line in lines:
            widths = [min(item.sizeHint().width(), area.width()) for item, _stretch in line]
            height = max(item.sizeHint().height() for item, _stretch in line)
            free = max(area.width() - sum(widths) - self._spacing * (len(line) - 1), 0)
            expanding = [
                index
                for index, (item, _stretch) in enumerate(line)
                if item.expandingDirections() & Qt.Orientation.Horizontal
            ]
            for rank, index in enumerate(expanding):
                share = free // len(expanding) + (1 if rank < free % len(expanding) else 0)
                widths[index] += share
            if expanding:
                free = 0
            x = area.x()
            for (item, stretch_before), item_width in zip(line, widths, strict=True):
                if stretch_before and x > area.x():
                    x += free
                    free = 0
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(item_width, height)))
                x += item_width + self._spacing
            y += height + self._spacing
        total = y - area.y() - (self._spacing if lines else 0)
        return max(total, 0) + margins.top() + margins.bottom()
