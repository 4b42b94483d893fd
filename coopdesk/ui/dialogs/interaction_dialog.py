"""Record or change one exchange with a funder:
`InteractionDialog.edit(parent, service, funder_id, contacts, interaction) -> InteractionRow | None`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import InteractionKind
from coopdesk.domain.errors import FieldErrors, NotFound, StaleEdit
from coopdesk.domain.funders import ContactRow, InteractionInput, InteractionRow
from coopdesk.services.interaction_service import InteractionService
from coopdesk.ui.error_messages import error_message, field_messages
from coopdesk.ui.formatting import local_today
from coopdesk.ui.funder_labels import interaction_kind_labels
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

FIELDS = ("occurred_on", "kind", "contact_id", "participants", "summary", "follow_up_on")
DATE_FORMAT = "dd/MM/yyyy"
DEFAULT_FOLLOW_UP_DAYS = 14


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(_qdate(day))
    return edit


class InteractionDialog(QDialog):
    def __init__(
        self,
        service: InteractionService,
        funder_id: int,
        contacts: Sequence[ContactRow],
        interaction: InteractionRow | None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._funder_id = funder_id
        self._interaction = interaction
        self.saved: InteractionRow | None = None
        day = today or local_today()
        self.setWindowTitle(self.tr("New exchange") if interaction is None else self.tr("Exchange"))
        self.setMinimumWidth(460)

        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in FIELDS}
        self.occurred_on = _date_edit(day)
        self.kind_combo = QComboBox()
        for kind, label in interaction_kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.contact_combo = QComboBox()
        self.contact_combo.addItem("—", None)
        for contact in contacts:
            if contact.active or (interaction is not None and interaction.contact_id == contact.id):
                label = f"{contact.name} — {contact.role}" if contact.role else contact.name
                self.contact_combo.addItem(label, contact.id)
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("Who else took part"))
        self.summary = QPlainTextEdit()
        self.summary.setMinimumHeight(90)
        self.follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up_on = _date_edit(day + dt.timedelta(days=DEFAULT_FOLLOW_UP_DAYS))
        self.follow_up_done = QCheckBox(self.tr("Follow-up done"))
        self.form_error = FieldErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("Date"), self._cell(self.occurred_on, "occurred_on"))
        form.addRow(self.tr("Kind"), self._cell(self.kind_combo, "kind"))
        form.addRow(self.tr("Contact"), self._cell(self.contact_combo, "contact_id"))
        form.addRow(self.tr("Participants"), self._cell(self.participants, "participants"))
        form.addRow(self.tr("Summary"), self._cell(self.summary, "summary"))
        follow = QWidget()
        follow_layout = QVBoxLayout(follow)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addWidget(self.follow_up)
        follow_layout.addWidget(self.follow_up_on)
        follow_layout.addWidget(self.follow_up_done)
        follow_layout.addWidget(self.error_labels["follow_up_on"])
        form.addRow(self.tr("Follow-up"), follow)

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

        if interaction is not None:
            self.occurred_on.setDate(_qdate(interaction.occurred_on))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(interaction.kind))
            self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(interaction.contact_id)))
            self.participants.setText(interaction.participants)
            self.summary.setPlainText(interaction.summary)
            if interaction.follow_up_on is not None:
                self.follow_up_on.setDate(_qdate(interaction.follow_up_on))
            self.follow_up.setChecked(interaction.follow_up_on is not None)
            self.follow_up_done.setChecked(interaction.follow_up_done)
        self.follow_up.toggled.connect(self._update_follow_up)
        self._update_follow_up()

    def _cell(self, widget: QWidget, name: str) -> QWidget:
        return with_error_label(widget, self.error_labels[name])

    def _update_follow_up(self) -> None:
        self.follow_up_on.setEnabled(self.follow_up.isChecked())
        self.follow_up_done.setEnabled(self.follow_up.isChecked())
        self.error_labels["follow_up_on"].hide_error()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: InteractionService,
        funder_id: int,
        contacts: Sequence[ContactRow],
        interaction: InteractionRow | None,
    ) -> InteractionRow | None:
        """Show the dialog (a new exchange when `interaction` is None); the saved row, or None."""
        dialog = cls(service, funder_id, contacts, interaction, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()

    def value(self) -> InteractionInput:
        with_follow_up = self.follow_up.isChecked()
        contact_id = self.contact_combo.currentData()
        occurred_on: dt.date = self.occurred_on.date().toPython()  # type: ignore[assignment]
        follow_up_on: dt.date | None = (
            self.follow_up_on.date().toPython() if with_follow_up else None  # type: ignore[assignment]
        )
        return InteractionInput(
            funder_id=self._funder_id,
            occurred_on=occurred_on,
            kind=InteractionKind(self.kind_combo.currentData()),
            contact_id=int(contact_id) if contact_id is not None else None,
            participants=self.participants.text(),
            summary=self.summary.toPlainText(),
            follow_up_on=follow_up_on,
            follow_up_done=with_follow_up and self.follow_up_done.isChecked(),
        )

    def accept(self) -> None:
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        try:
            if self._interaction is None:
                self.saved = self._service.create(self.value())
            else:
                self.saved = self._service.update(
                    self._interaction.id, self._interaction.version, self.value()
                )
        except FieldErrors as errors:
            messages = field_messages(errors)
            for name, message in messages.items():
                if name in self.error_labels:
                    self.error_labels[name].show_error(message)
                else:
                    self.form_error.show_error(message)
            self.adjustSize()
            return
        except (StaleEdit, NotFound) as error:
            self.form_error.show_error(error_message(error))
            self.adjustSize()
            return
        super().accept()
