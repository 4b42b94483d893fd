"""Add or change one volunteer: `VolunteerDialog.edit(parent, service, volunteer) -> VolunteerRow | None`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import NotFound
from coopdesk.domain.rows import VolunteerInput, VolunteerRow
from coopdesk.services.volunteer_service import VolunteerService
from coopdesk.ui.kit.entity_dialog import EntityDialog

FIELDS = ("name", "role", "email", "phone")


class VolunteerDialog(EntityDialog[VolunteerRow, VolunteerInput]):
    """Saves through the service on OK and stays open, with the message at the field, if refused."""

    FIELDS = FIELDS

    def __init__(
        self, service: VolunteerService, volunteer: VolunteerRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(volunteer, parent)
        self._service = service
        self.setWindowTitle(self.tr("New volunteer") if volunteer is None else self.tr("Volunteer"))
        self.setMinimumWidth(420)

        self.line_edits: dict[str, QLineEdit] = {name: QLineEdit() for name in FIELDS}
        self.active = QCheckBox(self.tr("Active in the association"))
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
            form.addRow(labels[name], self.cell(self.line_edits[name], name))
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
            self.load(volunteer)
        else:
            self.active.setChecked(True)
        self.mark_clean()

    @classmethod
    def edit(
        cls, parent: QWidget | None, service: VolunteerService, volunteer: VolunteerRow | None
    ) -> VolunteerRow | None:
        """Show the dialog (a new volunteer when `volunteer` is None); the saved row, or None if cancelled."""
        saved: VolunteerRow | None = cls.run(cls(service, volunteer, parent))
        return saved

    def load(self, row: VolunteerRow) -> None:
        for name in FIELDS:
            self.line_edits[name].setText(getattr(row, name))
        self.active.setChecked(row.active)

    def value(self) -> VolunteerInput:
        return VolunteerInput(
            name=self.line_edits["name"].text(),
            role=self.line_edits["role"].text(),
            email=self.line_edits["email"].text(),
            phone=self.line_edits["phone"].text(),
            active=self.active.isChecked(),
        )

    def save(self, data: VolunteerInput) -> VolunteerRow:
        row = self.row
        if row is None:
            return self._service.create(data)
        return self._service.update(row.id, row.version, data)

    def fetch(self) -> VolunteerRow | None:
        row = self.row
        if row is None:
            return None
        found = next((item for item in self._service.list() if item.id == row.id), None)
        if found is None:
            raise NotFound("volunteer", row.id)
        return found

    def focus_widget(self, name: str) -> QWidget | None:
        return self.line_edits.get(name)
