"""Move an application along its life cycle: `TransitionDialog.ask(parent, row) -> TransitionInput | None`.

Only the statuses the workflow allows from the current one are offered, and only the fields the chosen
status records are shown. The domain's own rules are checked before the dialog closes, so that every
refusal is shown at its field; with `apply`, the service's answer is too (the dialog stays open).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain import workflow
from coopdesk.domain.applications import ApplicationRow, TransitionInput, validate_transition
from coopdesk.domain.enums import ApplicationStatus
from coopdesk.domain.errors import FieldErrors, ForbiddenTransition, InvalidValue, NotFound, StaleEdit
from coopdesk.domain.money import parse_money
from coopdesk.domain.workflow import StatusRequirement
from coopdesk.ui.error_messages import error_message, field_messages, invalid_value_message
from coopdesk.ui.formatting import local_today, status_label
from coopdesk.ui.table_models.application_table_model import euros
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel

FIELDS = (
    "target",
    "submitted_on",
    "decision_on",
    "amount_granted_cents",
    "refusal_reason",
    "report_filed_on",
    "note",
)
_FIELD_OF_REQUIREMENT = {
    StatusRequirement.SUBMITTED_ON: "submitted_on",
    StatusRequirement.DECISION_ON: "decision_on",
    StatusRequirement.AMOUNT_GRANTED: "amount_granted_cents",
    StatusRequirement.REFUSAL_REASON: "refusal_reason",
    StatusRequirement.REPORT_FILED_ON: "report_filed_on",
}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
    edit.setDate(_qdate(day))
    return edit


def _py_date(edit: QDateEdit) -> dt.date:
    chosen = edit.date()
    return dt.date(chosen.year(), chosen.month(), chosen.day())


class TransitionDialog(QDialog):
    def __init__(
        self,
        application: ApplicationRow,
        parent: QWidget | None = None,
        *,
        apply: Callable[[TransitionInput], object] | None = None,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._application = application
        self._apply = apply
        self.result_input: TransitionInput | None = None
        self.setWindowTitle(self.tr("Change the status"))
        self.setMinimumWidth(480)
        day = today()

        self.current = QLabel(status_label(application.status))
        self.target = QComboBox()
        allowed = workflow.ALLOWED_TRANSITIONS[application.status]
        for status in ApplicationStatus:  # in life-cycle order
            if status in allowed:
                self.target.addItem(status_label(status), status.value)
        self.submitted_on = _date_edit(application.submitted_on or day)
        self.decision_on = _date_edit(application.decision_on or day)
        self.amount_granted = QLineEdit()
        self.amount_granted.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_granted.setPlaceholderText(self.tr("e.g. 5 000 €"))
        granted = application.amount_granted_cents
        self.amount_granted.setText(euros(granted) if granted is not None else "")
        self.no_reason = QCheckBox(self.tr("No reason given"))
        self.refusal_reason = QLineEdit()
        self.refusal_reason.setPlaceholderText(self.tr("The reason the funder gave"))
        self.no_reason.toggled.connect(lambda checked: self.refusal_reason.setEnabled(not checked))
        self.no_reason.setChecked(True)
        self.report_filed_on = _date_edit(application.report_filed_on or day)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional"))

        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in FIELDS}
        self.form_error = FieldErrorLabel()
        reason_cell = QWidget()
        reason_layout = QVBoxLayout(reason_cell)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.addWidget(self.no_reason)
        reason_layout.addWidget(self.refusal_reason)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Current status"), self.current)
        self.form.addRow(self.tr("New status"), self._cell(self.target, "target"))
        self.cells: dict[str, QWidget] = {
            "submitted_on": self._cell(self.submitted_on, "submitted_on"),
            "decision_on": self._cell(self.decision_on, "decision_on"),
            "amount_granted_cents": self._cell(self.amount_granted, "amount_granted_cents"),
            "refusal_reason": self._cell(reason_cell, "refusal_reason"),
            "report_filed_on": self._cell(self.report_filed_on, "report_filed_on"),
        }
        self.form.addRow(self.tr("Submitted on"), self.cells["submitted_on"])
        self.form.addRow(self.tr("Decision on"), self.cells["decision_on"])
        self.form.addRow(self.tr("Amount granted"), self.cells["amount_granted_cents"])
        self.form.addRow(self.tr("Refusal reason"), self.cells["refusal_reason"])
        self.form.addRow(self.tr("Report filed on"), self.cells["report_filed_on"])
        self.form.addRow(self.tr("Note"), self._cell(self.note, "note"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.target.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.target.count() == 0:
            layout.addWidget(QLabel(self.tr("No change of status is possible from this one.")))
        layout.addLayout(self.form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

        self.target.currentIndexChanged.connect(lambda _index: self._target_changed())
        self.amount_granted.textEdited.connect(
            lambda _text: self.error_labels["amount_granted_cents"].hide_error()
        )
        self._target_changed()

    def _cell(self, widget: QWidget, name: str) -> QWidget:
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(widget)
        cell_layout.addWidget(self.error_labels[name])
        return cell

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        application: ApplicationRow,
        apply: Callable[[TransitionInput], object] | None = None,
    ) -> TransitionInput | None:
        """The move chosen (already applied through `apply` when given), or None if cancelled."""
        dialog = cls(application, parent, apply=apply)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_input
            return None
        finally:
            dialog.deleteLater()

    # -- showing --------------------------------------------------------------------------------

    def chosen_target(self) -> ApplicationStatus | None:
        value = self.target.currentData()
        return ApplicationStatus(value) if isinstance(value, str) else None

    def choose(self, status: ApplicationStatus) -> bool:
        index = self.target.findData(status.value)
        if index >= 0:
            self.target.setCurrentIndex(index)
        return index >= 0

    def _set_row_visible(self, name: str, visible: bool) -> None:
        self.form.setRowVisible(self.cells[name], visible)

    def shown_fields(self) -> set[str]:
        return {name for name, cell in self.cells.items() if self.form.isRowVisible(cell)}

    def _target_changed(self) -> None:
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        target = self.chosen_target()
        needed = workflow.requirements(target) if target is not None else frozenset()
        wanted = {_FIELD_OF_REQUIREMENT[requirement] for requirement in needed}
        for name in self.cells:
            self._set_row_visible(name, name in wanted)
        if target == ApplicationStatus.GRANTED and not self.amount_granted.text().strip():
            self.amount_granted.setText(euros(self._application.amount_requested_cents))
        self.adjustSize()

    # -- answering ------------------------------------------------------------------------------

    def value(self, errors: dict[str, str] | None = None) -> TransitionInput | None:
        """The move as typed; an amount that cannot be read is named in `errors`."""
        target = self.chosen_target()
        if target is None:
            return None
        shown = self.shown_fields()
        granted: int | None = None
        if "amount_granted_cents" in shown and self.amount_granted.text().strip():
            try:
                granted = parse_money(self.amount_granted.text())
            except InvalidValue as error:
                if errors is not None:
                    errors["amount_granted_cents"] = invalid_value_message(error)
        reason: str | None = None
        if "refusal_reason" in shown and not self.no_reason.isChecked():
            reason = self.refusal_reason.text().strip() or None
        return TransitionInput(
            target=target,
            submitted_on=_py_date(self.submitted_on) if "submitted_on" in shown else None,
            decision_on=_py_date(self.decision_on) if "decision_on" in shown else None,
            amount_granted_cents=granted,
            refusal_reason=reason,
            report_filed_on=_py_date(self.report_filed_on) if "report_filed_on" in shown else None,
            note=self.note.text(),
        )

    def _show_errors(self, messages: dict[str, str]) -> None:
        for name, message in messages.items():
            if name in self.cells:
                self._set_row_visible(name, True)  # e.g. closing a grant whose report is not filed
            label = self.error_labels.get(name, self.form_error)
            label.show_error(message)
        self.adjustSize()

    def accept(self) -> None:
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        typed: dict[str, str] = {}
        data = self.value(typed)
        if data is None:
            return
        if typed:
            self._show_errors(typed)
            return
        try:
            validate_transition(self._application, data)
            if self._apply is not None:
                self._apply(data)
        except ForbiddenTransition as error:
            self._show_errors({"target": error_message(error)})
            return
        except FieldErrors as errors:
            self._show_errors(field_messages(errors))
            return
        except (StaleEdit, NotFound) as error:
            self._show_errors({"": error_message(error)})
            return
        self.result_input = data
        super().accept()
