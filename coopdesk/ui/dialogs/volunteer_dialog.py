"""Add or change one volunteer: `VolunteerDialog.edit(parent, service, volunteer) -> VolunteerRow | None`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import FieldErrors, NotFound, StaleEdit
from coopdesk.domain.rows import VolunteerInput, VolunteerRow
from coopdesk.services.volunteer_service import VolunteerService
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

FIELDS = ("name", "role", "email", "phone")


class VolunteerDialog(QDialog):
    """Saves through the service on OK and stays open, with the message at the field, if refused."""

    def __init__(
        self, service: VolunteerService, volunteer: VolunteerRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._volunteer = volunteer
        self.saved: VolunteerRow | None = None
        self.setWindowTitle(self.tr("New volunteer") if volunteer is None else self.tr("Volunteer"))
        self.setMinimumWidth(420)

        self.line_edits: dict[str, QLineEdit] = {name: QLineEdit() for name in FIELDS}
        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in FIELDS}
        self.active = QCheckBox(self.tr("Active in the association"))
        self.form_error = FieldErrorLabel()
        self.line_edits["name"].setPlaceholderText(self.tr("First name and last name"))
        self.line_edits["role"].setPlaceholderText(self.tr("e.g. treasurer, in charge of applications"))
        self.line_edits["email"].setPlaceholderText("prenom.nom@asso.fr")
        self.line_edits["phone"].setPlaceholderText("06 12 34 56 78")

        labels = {
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        form = QFormLayout()
        for name in FIELDS:
            form.addRow(labels[name], with_error_label(self.line_edits[name], self.error_labels[name]))
            self.line_edits[name].textEdited.connect(
                lambda _text, field=name: self.error_labels[field].hide_error()
            )
        form.addRow("", self.active)

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

        if volunteer is not None:
            for name in FIELDS:
                self.line_edits[name].setText(getattr(volunteer, name))
        self.active.setChecked(volunteer.active if volunteer is not None else True)

    @classmethod
    def edit(
        cls, parent: QWidget | None, service: VolunteerService, volunteer: VolunteerRow | None
    ) -> VolunteerRow | None:
        """Show the dialog (a new volunteer when `volunteer` is None); the saved row, or None if cancelled."""
        dialog = cls(service, volunteer, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()

    def value(self) -> VolunteerInput:
        return VolunteerInput(
            name=self.line_edits["name"].text(),
            role=self.line_edits["role"].text(),
            email=self.line_edits["email"].text(),
            phone=self.line_edits["phone"].text(),
            active=self.active.isChecked(),
        )

    def accept(self) -> None:
        """Save; on refusal show each message under its field and keep the dialog open."""
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        try:
            if self._volunteer is None:
                self.saved = self._service.create(self.value())
            else:
                self.saved = self._service.update(self._volunteer.id, self._volunteer.version, self.value())
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
            self.adjustSize()  # room for the wrapped messages
            return
        except (StaleEdit, NotFound) as error:
            self.form_error.show_error(error_message(error))
            self.adjustSize()
            return
        super().accept()
