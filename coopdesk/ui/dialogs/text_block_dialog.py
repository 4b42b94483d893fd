"""Write or change a text of the library:
`TextBlockDialog.edit(parent, service, volunteer_names, block) -> TextBlockRow | None`.

The body is plain paragraphs and simple lists ("- " at the start of a line); the counts under it follow
every keystroke, against an optional character limit (portals cap fields at 1,000 or 3,000 characters).
Saving a changed body keeps the previous one as a version.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.errors import FieldErrors, InvalidValueCode, NotFound, StaleEdit
from coopdesk.domain.text_search import fold
from coopdesk.domain.texts import MAX_CHAR_LIMIT, TextBlockInput, TextBlockRow
from coopdesk.services.text_service import TextService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.table_models.text_table_model import category_label
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label
from coopdesk.ui.widgets.text_counts import TextCountsLabel

FIELD_ORDER = ("title", "category", "tags", "body")


class TextBlockDialog(QDialog):
    """Saves through the service on Save and stays open, with the message at the field, if refused."""

    def __init__(
        self,
        service: TextService,
        volunteer_names: Sequence[str],
        block: TextBlockRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._block = block
        self.saved: TextBlockRow | None = None
        self.setWindowTitle(self.tr("New text") if block is None else self.tr("Text"))
        self.resize(760, 640)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Presentation of the association (short)"))
        # Other texts' titles, folded: a second text with the same title is allowed, but said.
        self._other_titles = {
            other.id: fold(other.title)
            for other in service.list_blocks()
            if block is None or other.id != block.id
        }
        self.duplicate_hint = QLabel()
        self.duplicate_hint.setObjectName("duplicateTitleHint")
        self.duplicate_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.duplicate_hint.setWordWrap(True)
        self.duplicate_hint.hide()
        self.category = QComboBox()
        for category in TextCategory:
            self.category.addItem(category_label(category), category.value)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Words separated by commas"))
        self.author = QComboBox()
        self.author.setEditable(True)
        self.author.addItem("")
        self.author.addItems(list(volunteer_names))
        author_line = self.author.lineEdit()
        if author_line is not None:
            author_line.setPlaceholderText(self.tr("Who writes this version"))
        self.limit = QSpinBox()
        self.limit.setRange(0, MAX_CHAR_LIMIT)
        self.limit.setSingleStep(500)
        self.limit.setSpecialValueText(self.tr("none"))
        self.limit.setSuffix(self.tr(" characters"))
        self.limit.setToolTip(self.tr("Check the text against a portal's limit (not saved)"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("textBody")
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(
            self.tr("Plain paragraphs separated by an empty line; lists with “- ” at the start of a line.")
        )
        self.body.setMinimumHeight(260)
        self.counts = TextCountsLabel()

        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in FIELD_ORDER}
        self.form_error = FieldErrorLabel()

        limit_row = QHBoxLayout()
        limit_row.addWidget(self.limit)
        limit_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), with_error_label(self.title_edit, self.error_labels["title"]))
        form.addRow(self.tr("Category"), with_error_label(self.category, self.error_labels["category"]))
        form.addRow(self.tr("Tags"), with_error_label(self.tags, self.error_labels["tags"]))
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Limit to check"), limit_row)
        body_label = QLabel(self.tr("Text"))
        font = body_label.font()
        font.setBold(True)
        body_label.setFont(font)
        self.version_label = QLabel()
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.accept)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicate_hint)
        layout.addWidget(body_label)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error_labels["body"])
        layout.addWidget(self.counts)
        layout.addWidget(self.version_label)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        self.title_edit.textEdited.connect(lambda _text: self.error_labels["title"].hide_error())
        self.title_edit.textChanged.connect(self._check_duplicate_title)
        self.tags.textEdited.connect(lambda _text: self.error_labels["tags"].hide_error())
        self.body.textChanged.connect(self._body_changed)
        self.limit.valueChanged.connect(lambda _value: self._update_counts())
        self._fill(block)

    def _check_duplicate_title(self, title: str) -> None:
        folded = fold(title)
        same = sorted(number for number, other in self._other_titles.items() if folded and other == folded)
        if same:
            numbers = ", ".join(str(number) for number in same)
            self.duplicate_hint.setText(
                self.tr(
                    "Another text already has this title (no. %1): rename one of them to tell them apart."
                ).replace("%1", numbers)
            )
        self.duplicate_hint.setVisible(bool(same))

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: TextService,
        volunteer_names: Sequence[str],
        block: TextBlockRow | None,
    ) -> TextBlockRow | None:
        """Show the dialog (a new text when `block` is None); the saved row, or None if cancelled."""
        dialog = cls(service, volunteer_names, block, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()

    # -- showing --------------------------------------------------------------------------------

    def _fill(self, block: TextBlockRow | None) -> None:
        self._block = block
        self.title_edit.setText(block.title if block else "")
        category = block.category if block else TextCategory.PRESENTATION
        self.category.setCurrentIndex(self.category.findData(category.value))
        self.tags.setText(", ".join(block.tags) if block else "")
        self.body.setPlainText(block.body if block else "")
        self._show_version()
        self._update_counts()

    def _show_version(self) -> None:
        block = self._block
        if block is None:
            self.version_label.setText(self.tr("The first version is kept when you save."))
        else:
            self.version_label.setText(
                self.tr("Version %1. Saving a changed text keeps this one in the history.").replace(
                    "%1", str(block.current_version)
                )
            )

    def _body_changed(self) -> None:
        self.error_labels["body"].hide_error()
        self._update_counts()

    def _update_counts(self) -> None:
        limit = self.limit.value() or None
        self.counts.show_counts(self.body.toPlainText(), limit)

    # -- saving ---------------------------------------------------------------------------------

    def value(self) -> TextBlockInput:
        return TextBlockInput(
            title=self.title_edit.text(),
            category=TextCategory(self.category.currentData()),
            body=self.body.toPlainText(),
            tags=tuple(self.tags.text().split(",")),
            author=self.author.currentText(),
        )

    def _show_errors(self, errors: FieldErrors) -> None:
        messages = field_messages(errors)
        body = errors.errors.get("body")
        if body is not None and body.code == InvalidValueCode.REQUIRED:
            messages["body"] = self.tr("Write the text before saving it.")
        for name, message in messages.items():
            (self.error_labels.get(name) or self.form_error).show_error(message)
        first = next((name for name in FIELD_ORDER if name in messages), None)
        widgets: dict[str, QWidget] = {"title": self.title_edit, "tags": self.tags, "body": self.body}
        if first in widgets:
            widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Save; on refusal show each message under its field and keep the dialog open."""
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        data = self.value()
        try:
            if self._block is None:
                self.saved = self._service.create(data)
            else:
                self.saved = self._service.update(self._block.id, self._block.version, data)
        except FieldErrors as errors:
            self._show_errors(errors)
            return
        except StaleEdit:
            self.form_error.show_error(
                self.tr(
                    "Someone else saved this text in the meantime (on another computer). "
                    "Nothing was overwritten."
                )
            )
            self._offer_reload()
            return
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return
        super().accept()

    def _offer_reload(self) -> None:
        """Show their version, or keep mine and save it as a new version on top of theirs."""
        if self._block is None:
            return
        reload = message_box.ask(
            self,
            self.tr("Changed by someone else"),
            self.tr(
                "Someone else saved this text in the meantime. Show their version, or keep your text "
                "and save it as a new version (theirs stays in the history)?"
            ),
            self.tr("Show their version"),
            self.tr("Keep my text"),
        )
        try:
            fresh = self._service.get(self._block.id)
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return
        if reload:
            self._fill(fresh)
            self.form_error.hide_error()
            return
        self._block = fresh  # the next Save adds my text as a new version after theirs
        self._show_version()
        self.form_error.show_error(self.tr("Your text is kept: Save again to add it as a new version."))
