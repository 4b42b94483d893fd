"""A piece of the permanent file: its type, title, validity and notes; for a new file, the piece it replaces.

A new file: the dialog only checks what was typed (`DocumentDialog.ask_new` returns it), the page then
reads and stores the file in the background. An existing piece: the dialog saves on OK (`edit`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.documents import (
    MAX_TITLE,
    SEVERAL_CURRENT,
    DocumentInput,
    DocumentRow,
    guess_type,
    title_from_filename,
    validate_document,
)
from coopdesk.domain.enums import DocumentType
from coopdesk.domain.errors import FieldErrors, InvalidValueCode, NotFound, StaleEdit
from coopdesk.services.document_service import DocumentService
from coopdesk.ui.dialogs.call_dialog import OptionalDateEdit
from coopdesk.ui.document_labels import document_type_label
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.formatting import date_text, local_today
from coopdesk.ui.table_models.document_table_model import size_text
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

FIELDS = ("document_type", "title", "valid_from", "valid_until", "replaces_id", "notes")


@dataclass(frozen=True)
class NewDocument:
    """What the user said about a file to add."""

    data: DocumentInput
    replaces_id: int | None


class DocumentDialog(QDialog):
    def __init__(
        self,
        service: DocumentService,
        *,
        path: Path | None = None,
        row: DocumentRow | None = None,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        assert (path is None) != (row is None), "a new file or an existing piece"
        self._service = service
        self._path = path
        self._row = row
        self.saved: DocumentRow | None = None
        self.new_document: NewDocument | None = None
        self.setWindowTitle(self.tr("Add a piece") if path is not None else self.tr("Piece"))
        self.setMinimumWidth(640)

        self.error_labels = {name: FieldErrorLabel() for name in FIELDS}
        self.form_error = FieldErrorLabel()

        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.document_type = QComboBox()
        for document_type in DocumentType:
            self.document_type.addItem(document_type_label(document_type), document_type.value)
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE)
        self.title_edit.setPlaceholderText(self.tr("e.g. RIB – current account"))
        self.valid_from = OptionalDateEdit(today)
        self.valid_until = OptionalDateEdit(today)
        self.valid_from.check.setToolTip(self.tr("Tick to give the date the piece is valid from"))
        self.valid_until.check.setToolTip(self.tr("Tick when the piece expires (insurance, accreditation…)"))
        self.replaces = QComboBox()
        self.replaces.setMinimumContentsLength(30)
        self.replaces.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)

        form = QFormLayout()
        form.addRow(self.tr("File"), self.file_label)
        form.addRow(
            self.tr("&Type"), with_error_label(self.document_type, self.error_labels["document_type"])
        )
        form.addRow(self.tr("T&itle"), with_error_label(self.title_edit, self.error_labels["title"]))
        form.addRow(
            self.tr("Valid &from"), with_error_label(self.valid_from, self.error_labels["valid_from"])
        )
        form.addRow(
            self.tr("Valid &until"), with_error_label(self.valid_until, self.error_labels["valid_until"])
        )
        if path is not None:
            form.addRow(
                self.tr("&Replaces"), with_error_label(self.replaces, self.error_labels["replaces_id"])
            )
        else:
            self.replaces.hide()
        form.addRow(self.tr("&Notes"), with_error_label(self.notes, self.error_labels["notes"]))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add") if path is not None else self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        if path is not None:
            self._fill_new(path)
        elif row is not None:
            self._fill(row)
        self.document_type.currentIndexChanged.connect(lambda _index: self._type_changed())
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- entry points ---------------------------------------------------------------------------

    @classmethod
    def ask_new(cls, parent: QWidget | None, service: DocumentService, path: Path) -> NewDocument | None:
        """Ask how to file `path`; what the user chose, or None if cancelled."""
        dialog = cls(service, path=path, parent=parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.new_document
            return None
        finally:
            dialog.deleteLater()

    @classmethod
    def edit(cls, parent: QWidget | None, service: DocumentService, row: DocumentRow) -> DocumentRow | None:
        """Edit what is said about a piece; the saved row, or None if cancelled."""
        dialog = cls(service, row=row, parent=parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()

    # -- showing --------------------------------------------------------------------------------

    def _fill_new(self, path: Path) -> None:
        try:
            size = size_text(path.stat().st_size)
        except OSError:
            size = ""
        self.file_label.setText(f"{path.name} ({size})" if size else path.name)
        self.file_label.setToolTip(str(path))
        guessed = guess_type(path.name) or DocumentType.OTHER
        self.set_document_type(guessed)
        self.title_edit.setText(title_from_filename(path.name))
        self._fill_replaces()

    def _fill(self, row: DocumentRow) -> None:
        self._row = row
        self.file_label.setText(f"{row.filename} ({size_text(row.size)})")
        self.set_document_type(row.document_type)
        self.title_edit.setText(row.title)
        self.valid_from.set_value(row.valid_from)
        self.valid_until.set_value(row.valid_until)
        self.notes.setPlainText(row.notes)

    def set_document_type(self, document_type: DocumentType) -> None:
        self.document_type.setCurrentIndex(self.document_type.findData(document_type.value))

    def chosen_type(self) -> DocumentType:
        return DocumentType(self.document_type.currentData())

    def _type_changed(self) -> None:
        if self._path is not None:
            self._fill_replaces()

    def _fill_replaces(self) -> None:
        """The current pieces of the chosen type: the newest is proposed (not for "other": those are
        distinct pieces, rarely versions of each other)."""
        self.replaces.clear()
        self.replaces.addItem(self.tr("Nothing: a new piece"), None)
        document_type = self.chosen_type()
        for current in self._service.current_of_type(document_type):
            text = current.title
            if current.valid_until is not None:
                text = (
                    self.tr("%1 (until %2)").replace("%1", text).replace("%2", date_text(current.valid_until))
                )
            self.replaces.addItem(text, current.id)
        if self.replaces.count() > 1 and document_type not in SEVERAL_CURRENT:
            self.replaces.setCurrentIndex(1)

    # -- saving ---------------------------------------------------------------------------------

    def value(self) -> DocumentInput:
        return DocumentInput(
            document_type=self.chosen_type(),
            title=self.title_edit.text(),
            valid_from=self.valid_from.value(),
            valid_until=self.valid_until.value(),
            notes=self.notes.toPlainText(),
        )

    def replaces_id(self) -> int | None:
        value = self.replaces.currentData()
        return value if isinstance(value, int) else None

    def _show_errors(self, errors: FieldErrors) -> None:
        messages = field_messages(errors)
        until = errors.errors.get("valid_until")
        if until is not None and until.code == InvalidValueCode.OUT_OF_RANGE:
            messages["valid_until"] = self.tr("The end of validity cannot come before its start.")
        if "document_type" in errors.errors:
            messages["document_type"] = self.tr(
                "A piece with older versions, or chosen in an application's checklist, keeps its type."
            )
        if "replaces_id" in errors.errors:
            messages["replaces_id"] = self.tr("This piece was already replaced, or is of another type.")
        for name, message in messages.items():
            self.error_labels.get(name, self.form_error).show_error(message)
        if "title" in messages:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()

    def accept(self) -> None:
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        data = self.value()
        try:
            if self._path is not None:
                self.new_document = NewDocument(validate_document(data), self.replaces_id())
            elif self._row is not None:
                self.saved = self._service.update(self._row.id, self._row.version, data)
        except FieldErrors as errors:
            self._show_errors(errors)
            return
        except (StaleEdit, NotFound) as error:
            self.form_error.show_error(error_message(error))
            self.adjustSize()
            return
        super().accept()
