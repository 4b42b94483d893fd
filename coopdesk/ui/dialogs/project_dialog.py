"""Add or change a project:
`ProjectDialog.edit(parent, service, volunteers, project) -> ProjectRow | None`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.applications import ProjectInput, ProjectRow
from coopdesk.domain.errors import FieldErrors, InvalidValueCode
from coopdesk.domain.rows import VolunteerRow
from coopdesk.services.project_service import ProjectService
from coopdesk.ui.dialogs.call_dialog import OptionalDateEdit
from coopdesk.ui.formatting import local_today
from coopdesk.ui.kit.entity_dialog import EntityDialog

DATE_FIELDS = ("starts_on", "ends_on")
FIELD_ORDER = ("title", *DATE_FIELDS, "description", "owner_id")


class ProjectDialog(EntityDialog[ProjectRow, ProjectInput]):
    """Saves through the service on OK and stays open, with the message at the field, if refused."""

    FIELDS = FIELD_ORDER

    def __init__(
        self,
        service: ProjectService,
        volunteers: Sequence[VolunteerRow],
        project: ProjectRow | None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(project, parent)
        self._service = service
        self.setWindowTitle(self.tr("New project") if project is None else self.tr("Project"))
        self.setMinimumWidth(520)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Solidarity grocery 2027"))
        self.dates: dict[str, OptionalDateEdit] = {name: OptionalDateEdit(today) for name in DATE_FIELDS}
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nobody)"), None)
        for volunteer in volunteers:
            self.owner.addItem(volunteer.name, volunteer.id)
        if project is not None and project.owner_id is not None and self.owner.findData(project.owner_id) < 0:
            self.owner.addItem(project.owner_name, project.owner_id)  # inactive since: kept, not lost

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.cell(self.title_edit, "title"))
        form.addRow(self.tr("Starts on"), self.cell(self.dates["starts_on"], "starts_on"))
        form.addRow(self.tr("Ends on"), self.cell(self.dates["ends_on"], "ends_on"))
        form.addRow(self.tr("In charge"), self.cell(self.owner, "owner_id"))
        form.addRow(self.tr("Description"), self.cell(self.description, "description"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        self.title_edit.textEdited.connect(lambda _text: self.error_labels["title"].hide_error())
        for name, date_widget in self.dates.items():
            date_widget.changed.connect(lambda field=name: self.error_labels[field].hide_error())
        self.owner.currentIndexChanged.connect(lambda _index: self.error_labels["owner_id"].hide_error())

        self._fill(project)
        self.mark_clean()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: ProjectService,
        volunteers: Sequence[VolunteerRow],
        project: ProjectRow | None,
    ) -> ProjectRow | None:
        """Show the dialog (a new project when `project` is None); the saved row, or None if cancelled."""
        saved: ProjectRow | None = cls.run(cls(service, volunteers, project, parent))
        return saved

    # -- showing --------------------------------------------------------------------------------

    def load(self, row: ProjectRow) -> None:
        self._fill(row)

    def _fill(self, project: ProjectRow | None) -> None:
        self.title_edit.setText(project.title if project else "")
        self.dates["starts_on"].set_value(project.starts_on if project else None)
        self.dates["ends_on"].set_value(project.ends_on if project else None)
        self.description.setPlainText(project.description if project else "")
        owner_id = project.owner_id if project else None
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner_id)) if owner_id is not None else 0)

    # -- saving ---------------------------------------------------------------------------------

    def value(self) -> ProjectInput:
        owner_id = self.owner.currentData()
        return ProjectInput(
            title=self.title_edit.text(),
            starts_on=self.dates["starts_on"].value(),
            ends_on=self.dates["ends_on"].value(),
            description=self.description.toPlainText(),
            owner_id=owner_id if isinstance(owner_id, int) else None,
        )

    def focus_widget(self, name: str) -> QWidget | None:
        if name in self.dates:
            return self.dates[name].date_edit
        return {"title": self.title_edit, "owner_id": self.owner, "description": self.description}.get(name)

    def messages_for(self, errors: FieldErrors) -> dict[str, str]:
        messages = super().messages_for(errors)
        ends_on = errors.errors.get("ends_on")
        if ends_on is not None and ends_on.code == InvalidValueCode.OUT_OF_RANGE:
            messages["ends_on"] = self.tr("The project cannot end before it starts.")
        return messages

    def save(self, data: ProjectInput) -> ProjectRow:
        row = self.row
        if row is None:
            return self._service.create(data)
        return self._service.update(row.id, row.version, data)

    def fetch(self) -> ProjectRow | None:
        return None if self.row is None else self._service.get(self.row.id)
