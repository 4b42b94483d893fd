"""Add or change one funder: `FunderDialog.edit(parent, service, funder) -> FunderRow | None`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from coopdesk.domain.enums import FunderKind, FunderLevel, SubmissionPlatform
from coopdesk.domain.errors import FieldErrors, NotFound, StaleEdit
from coopdesk.domain.funders import FunderInput, FunderRow, cerfa_group, default_level
from coopdesk.services.funder_service import FunderService
from coopdesk.ui.dialogs import conflict_dialog
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.funder_labels import cerfa_group_label, kind_labels, level_labels, platform_labels
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

TEXT_FIELDS = ("name", "service", "street", "postal_code", "city", "website")
FIELDS = (*TEXT_FIELDS, "kind", "level", "platform", "notes")


class FunderDialog(QDialog):
    """Saves through the service on OK and stays open, with the message at the field, if refused."""

    def __init__(
        self, service: FunderService, funder: FunderRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._funder = funder
        self.saved: FunderRow | None = None
        self._level_touched = funder is not None
        self.setWindowTitle(self.tr("New funder") if funder is None else self.tr("Funder"))
        self.setMinimumWidth(480)

        self.line_edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in FIELDS}
        self.line_edits["name"].setPlaceholderText(self.tr("e.g. Conseil départemental de l'Hérault"))
        self.line_edits["service"].setPlaceholderText(self.tr("Direction, service"))
        self.line_edits["postal_code"].setPlaceholderText("34000")
        self.line_edits["website"].setPlaceholderText("www.herault.fr")

        self.kind_combo = QComboBox()
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.cerfa_label = QLabel()
        self.cerfa_label.setWordWrap(True)
        self.level_combo = QComboBox()
        for level, label in level_labels().items():
            self.level_combo.addItem(label, level)
        self.platform_combo = QComboBox()
        self.platform_combo.addItem("—", None)
        for platform, label in platform_labels().items():
            self.platform_combo.addItem(label, platform)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self.archived = QCheckBox(self.tr("Archived (no longer funds the association)"))
        self.form_error = FieldErrorLabel()

        labels = {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "level": self.tr("Level"),
            "service": self.tr("Service"),
            "street": self.tr("Address"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "website": self.tr("Website"),
            "platform": self.tr("Submission platform"),
            "notes": self.tr("Notes"),
        }
        widgets: dict[str, QWidget] = {
            **self.line_edits,
            "kind": self.kind_combo,
            "level": self.level_combo,
            "platform": self.platform_combo,
            "notes": self.notes,
        }
        form = QFormLayout()
        for name in ("name", "kind"):
            form.addRow(labels[name], self._cell(widgets[name], name))
        form.addRow(self.tr("CERFA budget line (74)"), self.cerfa_label)
        for name in ("level", "service", "street", "postal_code", "city", "website", "platform", "notes"):
            form.addRow(labels[name], self._cell(widgets[name], name))
        form.addRow("", self.archived)
        for name, edit in self.line_edits.items():
            edit.textEdited.connect(lambda _text, field=name: self.error_labels[field].hide_error())

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

        if funder is not None:
            self._show(funder)
        else:
            self.archived.hide()
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(FunderKind.MUNICIPALITY))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.level_combo.activated.connect(self._level_chosen)
        self._kind_changed()

    def _show(self, funder: FunderRow) -> None:
        for name in TEXT_FIELDS:
            self.line_edits[name].setText(getattr(funder, name))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(funder.kind))
        self.level_combo.setCurrentIndex(self.level_combo.findData(funder.level))
        self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(funder.platform)))
        self.notes.setPlainText(funder.notes)
        self.archived.setChecked(funder.archived)

    def _offer_reload(self) -> None:
        """Someone else saved the funder meanwhile: show the differences, reload if the user wants."""
        if self._funder is None:
            return
        try:
            fresh = self._service.get(self._funder.id)
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return
        if conflict_dialog.resolve_conflict(self, conflict_dialog.differences(self.value(), fresh)):
            self._funder = fresh
            self._show(fresh)
            self.form_error.hide_error()

    def _cell(self, widget: QWidget, name: str) -> QWidget:
        return with_error_label(widget, self.error_labels[name])

    @classmethod
    def edit(
        cls, parent: QWidget | None, service: FunderService, funder: FunderRow | None
    ) -> FunderRow | None:
        """Show the dialog (a new funder when `funder` is None); the saved row, or None if cancelled."""
        dialog = cls(service, funder, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()

    def kind(self) -> FunderKind:
        return FunderKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        """The CERFA line follows the kind; the level too, until the user chooses one."""
        kind = self.kind()
        self.cerfa_label.setText(cerfa_group_label(cerfa_group(kind)))
        if not self._level_touched:
            self.level_combo.setCurrentIndex(self.level_combo.findData(default_level(kind)))

    def _level_chosen(self, _index: int) -> None:
        self._level_touched = True

    def value(self) -> FunderInput:
        platform = self.platform_combo.currentData()
        return FunderInput(
            name=self.line_edits["name"].text(),
            kind=self.kind(),
            level=FunderLevel(self.level_combo.currentData()),
            service=self.line_edits["service"].text(),
            street=self.line_edits["street"].text(),
            postal_code=self.line_edits["postal_code"].text(),
            city=self.line_edits["city"].text(),
            website=self.line_edits["website"].text(),
            platform=SubmissionPlatform(platform) if platform is not None else None,
            notes=self.notes.toPlainText(),
            archived=self.archived.isChecked(),
        )

    def accept(self) -> None:
        """Save; on refusal show each message under its field and keep the dialog open."""
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        try:
            if self._funder is None:
                self.saved = self._service.create(self.value())
            else:
                self.saved = self._service.update(self._funder.id, self._funder.version, self.value())
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
            if isinstance(error, StaleEdit):
                self._offer_reload()
            return
        super().accept()
