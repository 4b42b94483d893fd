"""Add or change a project:
`ProjectDialog.edit(parent, service, volunteers, project) -> ProjectRow | None`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.applications import ProjectInput, ProjectRow
from coopdesk.domain.errors import FieldErrors, InvalidValueCode, NotFound, StaleEdit
from coopdesk.domain.rows import VolunteerRow
from coopdesk.services.project_service import ProjectService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.dialogs.call_dialog import OptionalDateEdit
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.formatting import local_today
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

DATE_FIELDS = ("starts_on", "ends_on")
FIELD_ORDER = ("title", *DATE_FIELDS, "description", "owner_id")


class ProjectDialog(QDialog):
    """Saves through the service on OK and stays open, with the message at the field, if refused."""

    def __init__(
        self,
        service: ProjectService,
        volunteers: Sequence[VolunteerRow],
        project: ProjectRow | None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._project = project
        self.saved: ProjectRow | None = None
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

        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in FIELD_ORDER}
        self.form_error = FieldErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("Title"), self._cell(self.title_edit, "title"))
        form.addRow(self.tr("Starts on"), self._cell(self.dates["starts_on"], "starts_on"))
        form.addRow(self.tr("Ends on"), self._cell(self.dates["ends_on"], "ends_on"))
        form.addRow(self.tr("In charge"), self._cell(self.owner, "owner_id"))
        form.addRow(self.tr("Description"), self._cell(self.description, "description"))

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

    def _cell(self, widget: QWidget, name: str) -> QWidget:
        return with_error_label(widget, self.error_labels[name])

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: ProjectService,
        volunteers: Sequence[VolunteerRow],
        project: ProjectRow | None,
    ) -> ProjectRow | None:
        """Show the dialog (a new project when `project` is None); the saved row, or None if cancelled."""
        dialog = cls(service, volunteers, project, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()

    # -- showing --------------------------------------------------------------------------------

    def _fill(self, project: ProjectRow | None) -> None:
        self._project = project
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

    def _show_errors(self, messages: dict[str, str]) -> None:
        for name, message in messages.items():
            if name in self.error_labels:
                self.error_labels[name].show_error(message)
            else:
                self.form_error.show_error(message)
        first = next((name for name in (*FIELD_ORDER, *messages) if name in messages), None)
        if first == "title":
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif first in self.dates:
            self.dates[first].date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif first == "owner_id":
            self.owner.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()  # room for the wrapped messages

    def accept(self) -> None:
        """Save; on refusal show each message under its field and keep the dialog open."""
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        data = self.value()
        try:
            if self._project is None:
                self.saved = self._service.create(data)
            else:
                self.saved = self._service.update(self._project.id, self._project.version, data)
        except FieldErrors as errors:
            messages = field_messages(errors)
            ends_on = errors.errors.get("ends_on")
            if ends_on is not None and ends_on.code == InvalidValueCode.OUT_OF_RANGE:
                messages["ends_on"] = self.tr("The project cannot end before it starts.")
            self._show_errors(messages)
            return
        except StaleEdit as error:
            self.form_error.show_error(error_message(error))
            self.adjustSize()
            self._offer_reload()
            return
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            self.adjustSize()
            return
        super().accept()

    def _offer_reload(self) -> None:
        """Someone else saved the project meanwhile: show their version if the user wants it."""
        if self._project is None:
            return
        reload = message_box.ask(
            self,
            self.tr("Changed by someone else"),
            self.form_error.text(),
            self.tr("Reload"),
            self.tr("Keep my text"),
        )
        if not reload:
            return
        try:
            fresh = self._service.get(self._project.id)
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return
        self._fill(fresh)
        self.form_error.hide_error()
