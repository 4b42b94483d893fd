"""The versions of a text, two side by side with the differences highlighted word by word, and the
restoring of an old one (as a new version: nothing is lost):
`TextCompareDialog.compare(parent, service, block, author) -> TextBlockRow | None` (the text after a
restore, None when nothing was restored)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import NotFound, StaleEdit
from coopdesk.domain.texts import DiffKind, DiffPiece, TextBlockRow, TextBlockVersionRow, word_diff
from coopdesk.services.text_service import TextService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import date_text
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel

REMOVED_STYLE = "background-color:#f9d7d5; color:#8c1d18; text-decoration:line-through;"
ADDED_STYLE = "background-color:#d3f0d8; color:#0d5c1f;"


def diff_html(pieces: list[DiffPiece]) -> str:
    """The pieces as HTML: every user character escaped, only our own spans around the changes."""
    parts: list[str] = []
    for piece in pieces:
        text = html.escape(piece.text, quote=False)
        if piece.kind is DiffKind.REMOVED:
            parts.append(f'<span style="{REMOVED_STYLE}">{text}</span>')
        elif piece.kind is DiffKind.ADDED:
            parts.append(f'<span style="{ADDED_STYLE}">{text}</span>')
        else:
            parts.append(text)
    return f'<div style="white-space:pre-wrap">{"".join(parts)}</div>'


class TextCompareDialog(QDialog):
    def __init__(
        self, service: TextService, block: TextBlockRow, author: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._block = block
        self._author = author
        self.restored: TextBlockRow | None = None
        self._versions: list[TextBlockVersionRow] = []
        self.setWindowTitle(self.tr("Versions of “%1”").replace("%1", block.title))
        self.resize(1000, 620)

        self.left_choice = QComboBox()
        self.right_choice = QComboBox()
        self.left_view = QTextBrowser()
        self.right_view = QTextBrowser()
        for view in (self.left_view, self.right_view):
            view.setOpenLinks(False)
            view.setReadOnly(True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.restore_button = QPushButton(self.tr("&Restore this version…"))
        self.restore_button.setToolTip(self.tr("Make the left version current again (as a new version)"))
        self.restore_button.clicked.connect(self.restore_left)
        self.restore_button.setAutoDefault(False)  # Enter closes the dialog; restoring is chosen on purpose
        self.error = FieldErrorLabel()

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Older")), 0, 0)
        grid.addWidget(QLabel(self.tr("Newer")), 0, 1)
        grid.addWidget(self.left_choice, 1, 0)
        grid.addWidget(self.right_choice, 1, 1)
        grid.addWidget(self.left_view, 2, 0)
        grid.addWidget(self.right_view, 2, 1)
        grid.addWidget(self.restore_button, 3, 0, Qt.AlignmentFlag.AlignLeft)
        grid.setRowStretch(2, 1)
        legend = QLabel(
            self.tr(
                "Removed words are struck through in red on the left; added words are green on the right."
            )
        )
        legend.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(legend)
        layout.addLayout(grid, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._load()
        self.left_choice.currentIndexChanged.connect(lambda _index: self.show_comparison())
        self.right_choice.currentIndexChanged.connect(lambda _index: self.show_comparison())
        self.show_comparison()

    @classmethod
    def compare(
        cls, parent: QWidget | None, service: TextService, block: TextBlockRow, author: str = ""
    ) -> TextBlockRow | None:
        dialog = cls(service, block, author, parent)
        try:
            dialog.exec()
            return dialog.restored
        finally:
            dialog.deleteLater()

    def _version_text(self, version: TextBlockVersionRow) -> str:
        who = version.author or self.tr("unknown author")
        text = self.tr("Version %1 — %2, %3").replace("%1", str(version.number))
        text = text.replace("%2", date_text(version.created_at.date())).replace("%3", who)
        if version.number == self._block.current_version:
            text += " " + self.tr("(current)")
        return text

    def _load(self) -> None:
        self._versions = self._service.versions(self._block.id)  # newest first
        for combo in (self.left_choice, self.right_choice):
            combo.blockSignals(True)
            combo.clear()
            for version in self._versions:
                combo.addItem(self._version_text(version), version.number)
            combo.blockSignals(False)
        self.right_choice.setCurrentIndex(0)
        self.left_choice.setCurrentIndex(min(1, len(self._versions) - 1))

    def _chosen(self, combo: QComboBox) -> TextBlockVersionRow | None:
        number = combo.currentData()
        return next((version for version in self._versions if version.number == number), None)

    def show_comparison(self) -> None:
        left, right = self._chosen(self.left_choice), self._chosen(self.right_choice)
        if left is None or right is None:
            return
        removed, added = word_diff(left.body, right.body)
        self.left_view.setHtml(diff_html(removed))
        self.right_view.setHtml(diff_html(added))
        changed = sum(1 for piece in added if piece.kind is DiffKind.ADDED) + sum(
            1 for piece in removed if piece.kind is DiffKind.REMOVED
        )
        self.summary.setText(
            self.tr("The two versions are identical.")
            if changed == 0
            else self.tr("%n change(s) between the two versions.", "", changed)
        )
        self.restore_button.setEnabled(left.number != self._block.current_version)

    def left_html(self) -> str:
        return self.left_view.toHtml()

    def restore_left(self) -> TextBlockRow | None:
        left = self._chosen(self.left_choice)
        if left is None:
            return None
        confirmed = message_box.ask(
            self,
            self.tr("Restore a version"),
            self.tr(
                "Make version %1 the current text again? It is saved as a new version; "
                "the current text stays in the history."
            ).replace("%1", str(left.number)),
            self.tr("Restore"),
            self.tr("Cancel"),
        )
        if not confirmed:
            return None
        self.error.hide_error()
        try:
            self.restored = self._service.restore(
                self._block.id, self._block.version, left.number, self._author
            )
        except StaleEdit:
            self.error.show_error(
                self.tr("Someone else saved this text in the meantime: close this window and open it again.")
            )
            return None
        except NotFound as error:
            self.error.show_error(error_message(error))
            return None
        self._block = self.restored
        self._load()
        self.show_comparison()
        return self.restored
