"""Record or correct money received on an application:
`PaymentDialog.edit(parent, service, application_id, payment) -> PaymentRow | None`.

Payments adding up to more than the grant are refused by the service until the user confirms them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.applications import PaymentAboveGrant, PaymentInput, PaymentRow
from coopdesk.domain.errors import FieldErrors, InvalidValue, NotFound, StaleEdit
from coopdesk.domain.money import parse_money
from coopdesk.services.application_service import ApplicationService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.error_messages import error_message, field_messages, invalid_value_message
from coopdesk.ui.formatting import local_today
from coopdesk.ui.table_models.application_table_model import euros
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

FIELDS = ("received_on", "amount_cents", "reference")


class PaymentDialog(QDialog):
    def __init__(
        self,
        service: ApplicationService,
        application_id: int,
        payment: PaymentRow | None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._application_id = application_id
        self._payment = payment
        self.saved: PaymentRow | None = None
        self.setWindowTitle(self.tr("New payment") if payment is None else self.tr("Payment"))
        self.setMinimumWidth(420)

        day = payment.received_on if payment is not None else today()
        self.received_on = QDateEdit()
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("dd/MM/yyyy")
        self.received_on.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        self.received_on.setDate(QDate(day.year, day.month, day.day))
        self.amount = QLineEdit(euros(payment.amount_cents) if payment is not None else "")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setPlaceholderText(self.tr("e.g. 5 000 €"))
        self.reference = QLineEdit(payment.reference if payment is not None else "")
        self.reference.setPlaceholderText(self.tr("e.g. bank statement, transfer label"))

        self.error_labels = {name: FieldErrorLabel() for name in FIELDS}
        self.form_error = FieldErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Received on"), self._cell(self.received_on, "received_on"))
        form.addRow(self.tr("Amount"), self._cell(self.amount, "amount_cents"))
        refund_hint = QLabel(
            self.tr("Money paid back to the funder (a refund): type it with a minus, e.g. −500 €.")
        )
        refund_hint.setWordWrap(True)
        refund_hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", refund_hint)
        form.addRow(self.tr("Reference"), self._cell(self.reference, "reference"))
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
        self.amount.textEdited.connect(lambda _text: self.error_labels["amount_cents"].hide_error())

    def _cell(self, widget: QWidget, name: str) -> QWidget:
        return with_error_label(widget, self.error_labels[name])

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: ApplicationService,
        application_id: int,
        payment: PaymentRow | None,
    ) -> PaymentRow | None:
        """Show the dialog (a new payment when `payment` is None); the saved row, or None if cancelled."""
        dialog = cls(service, application_id, payment, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()

    def _save(self, data: PaymentInput, confirmed: bool) -> PaymentRow:
        if self._payment is None:
            return self._service.add_payment(self._application_id, data, confirm_over_granted=confirmed)
        return self._service.update_payment(
            self._payment.id, self._payment.version, data, confirm_over_granted=confirmed
        )

    def accept(self) -> None:
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        try:
            cents = parse_money(self.amount.text(), allow_negative=True)
        except InvalidValue as error:
            self.error_labels["amount_cents"].show_error(invalid_value_message(error))
            self.amount.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        chosen = self.received_on.date()
        data = PaymentInput(
            received_on=dt.date(chosen.year(), chosen.month(), chosen.day()),
            amount_cents=cents,
            reference=self.reference.text(),
        )
        try:
            try:
                self.saved = self._save(data, confirmed=False)
            except PaymentAboveGrant as above:
                confirmed = message_box.ask(
                    self,
                    self.tr("More than the grant"),
                    error_message(above) + "\n\n" + self.tr("Accept it anyway?"),
                    self.tr("Accept"),
                    self.tr("Cancel"),
                )
                if not confirmed:
                    self.error_labels["amount_cents"].show_error(error_message(above))
                    return
                self.saved = self._save(data, confirmed=True)
        except FieldErrors as errors:
            for name, message in field_messages(errors).items():
                self.error_labels.get(name, self.form_error).show_error(message)
            return
        except (StaleEdit, NotFound) as error:
            self.form_error.show_error(error_message(error))
            return
        super().accept()
