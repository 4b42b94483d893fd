"""Add or change one contact of a funder:
`ContactDialog.edit(parent, service, funder_id, contact, topics) -> ContactRow | None`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import FieldErrors, NotFound, StaleEdit
from coopdesk.domain.funders import ContactInput, ContactRow
from coopdesk.services.contact_service import ContactService
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.formatting import local_today
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

TEXT_FIELDS = ("name", "role", "service", "phone", "email", "topics")
FIELDS = (*TEXT_FIELDS, "left_on", "notes")
DATE_FORMAT = "dd/MM/yyyy"


def split_topics(text: str) -> tuple[str, ...]:
    """ "aide alimentaire, PAT" -> ("aide alimentaire", "PAT") (cleaning is the domain's job)."""
    return tuple(part for part in (piece.strip() for piece in text.replace(";", ",").split(",")) if part)


class _TopicCompleter(QCompleter):
    """Completes the topic being typed after the last comma, keeping the ones before."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        before = [part.strip() for part in text.split(",")[:-1] if part.strip()]
        return ", ".join([*before, chosen])


class ContactDialog(QDialog):
    def __init__(
        self,
        service: ContactService,
        funder_id: int,
        contact: ContactRow | None,
        topics: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._funder_id = funder_id
        self._contact = contact
        self.saved: ContactRow | None = None
        self.setWindowTitle(self.tr("New contact") if contact is None else self.tr("Contact"))
        self.setMinimumWidth(460)

        self.line_edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in FIELDS}
        self.line_edits["name"].setPlaceholderText(self.tr("First name and last name"))
        self.line_edits["phone"].setPlaceholderText("04 67 12 34 56")
        self.line_edits["email"].setPlaceholderText("prenom.nom@herault.fr")
        self.line_edits["topics"].setPlaceholderText(self.tr("Separated by commas, e.g. food aid, PAT"))
        self.completer = _TopicCompleter(sorted(topics, key=str.casefold), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line_edits["topics"].setCompleter(self.completer)

        self.active = QCheckBox(self.tr("In post"))
        self.left = QCheckBox(self.tr("Left on"))
        self.left_on = QDateEdit()
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat(DATE_FORMAT)
        today = local_today()
        self.left_on.setDate(QDate(today.year, today.month, today.day))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.form_error = FieldErrorLabel()

        labels = {
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "service": self.tr("Service"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "topics": self.tr("Topics"),
        }
        form = QFormLayout()
        for name in TEXT_FIELDS:
            form.addRow(labels[name], self._cell(self.line_edits[name], name))
            self.line_edits[name].textEdited.connect(
                lambda _text, field=name: self.error_labels[field].hide_error()
            )
        form.addRow("", self.active)
        left_row = QWidget()
        left_layout = QVBoxLayout(left_row)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.left)
        left_layout.addWidget(self.left_on)
        left_layout.addWidget(self.error_labels["left_on"])
        form.addRow("", left_row)
        form.addRow(self.tr("Notes"), self._cell(self.notes, "notes"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        if contact is not None:
            for name in ("name", "role", "service", "phone", "email"):
                self.line_edits[name].setText(getattr(contact, name))
            self.line_edits["topics"].setText(", ".join(contact.topics))
            self.notes.setPlainText(contact.notes)
            if contact.left_on is not None:
                day = contact.left_on
                self.left_on.setDate(QDate(day.year, day.month, day.day))
        self.active.setChecked(contact.active if contact is not None else True)
        self.left.setChecked(contact is not None and contact.left_on is not None)
        self.active.toggled.connect(self._update_left)
        self.left.toggled.connect(self._update_left)
        self._update_left()

    def _cell(self, widget: QWidget, name: str) -> QWidget:
        return with_error_label(widget, self.error_labels[name])

    def _update_left(self) -> None:
        self.left.setEnabled(not self.active.isChecked())
        self.left_on.setEnabled(not self.active.isChecked() and self.left.isChecked())

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: ContactService,
        funder_id: int,
        contact: ContactRow | None,
        topics: list[str],
    ) -> ContactRow | None:
        """Show the dialog (a new contact when `contact` is None); the saved row, or None if cancelled."""
        dialog = cls(service, funder_id, contact, topics, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()

    def value(self) -> ContactInput:
        active = self.active.isChecked()
        left_on: dt.date | None = None
        if not active and self.left.isChecked():
            left_on = self.left_on.date().toPython()  # type: ignore[assignment]
        return ContactInput(
            funder_id=self._funder_id,
            name=self.line_edits["name"].text(),
            role=self.line_edits["role"].text(),
            service=self.line_edits["service"].text(),
            phone=self.line_edits["phone"].text(),
            email=self.line_edits["email"].text(),
            topics=split_topics(self.line_edits["topics"].text()),
            active=active,
            left_on=left_on,
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        """Save; on refusal show each message under its field and keep the dialog open."""
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        try:
            if self._contact is None:
                self.saved = self._service.create(self.value())
            else:
                self.saved = self._service.update(self._contact.id, self._contact.version, self.value())
        except FieldErrors as errors:
            messages = field_messages(errors)
            for name, message in messages.items():
                if name in self.error_labels:
                    self.error_labels[name].show_error(message)
                else:
                    self.form_error.show_error(message)
            first = next(name for name in (*FIELDS, *messages) if name in messages)
            if first in self.line_edits:
                self.line_edits[first].setFocus(Qt.FocusReason.OtherFocusReason)
            self.adjustSize()
            return
        except (StaleEdit, NotFound) as error:
            self.form_error.show_error(error_message(error))
            self.adjustSize()
            return
        super().accept()
