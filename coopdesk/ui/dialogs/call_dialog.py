"""Add or change a call for projects: `CallDialog.edit(parent, service, funders, call) -> CallRow | None`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.calls import CallInput, CallRow, next_occurrence
from coopdesk.domain.enums import FundingType, Recurrence
from coopdesk.domain.errors import FieldErrors, InvalidValue, NotFound, StaleEdit
from coopdesk.domain.funders import FunderListRow
from coopdesk.domain.money import parse_money
from coopdesk.services.call_service import CallService
from coopdesk.ui.dialogs import conflict_dialog
from coopdesk.ui.error_messages import error_message, field_messages, invalid_value_message
from coopdesk.ui.formatting import NO_VALUE, date_text, local_today, money
from coopdesk.ui.table_models.call_table_model import funding_type_label, recurrence_label
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

TEXT_FIELDS = ("title", "reference", "url")
DATE_FIELDS = ("opens_on", "predeposit_on", "deadline")
AMOUNT_FIELDS = ("amount_min_cents", "amount_max_cents")
RATE_FIELDS = ("rate_min_percent", "rate_max_percent")
FIELD_ORDER = ("funder_id", *TEXT_FIELDS, *DATE_FIELDS, *AMOUNT_FIELDS, *RATE_FIELDS)
NO_RATE = -1  # the spin box's special value: no rate given


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OptionalDateEdit(QWidget):
    """A date that may be left out: a checkbox, then a dd/MM/yyyy date with a calendar popup."""

    changed = Signal()

    def __init__(self, default: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default
        self.check = QCheckBox()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDateRange(QDate(1900, 1, 1), QDate(2200, 12, 31))
        self.date_edit.setEnabled(False)
        self.date_edit.setDate(_qdate(default()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self.check.toggled.connect(self._toggled)
        self.date_edit.dateChanged.connect(lambda _date: self.changed.emit())

    def _toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self.changed.emit()

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        chosen = self.date_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, day: dt.date | None) -> None:
        self.date_edit.setDate(_qdate(day if day is not None else self._default()))
        self.check.setChecked(day is not None)


class CallDialog(QDialog):
    """Saves through the service on OK and stays open, with the message at the field, if refused."""

    def __init__(
        self,
        service: CallService,
        funders: Sequence[FunderListRow],
        call: CallRow | None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._call = call
        self._today = today
        self.saved: CallRow | None = None
        self.setWindowTitle(
            self.tr("New call for projects") if call is None else self.tr("Call for projects")
        )
        self.setMinimumWidth(760)

        self.funder = QComboBox()
        self.funder.addItem(self.tr("(no funder)"), None)
        for funder in funders:
            self.funder.addItem(funder.name, funder.id)
        if call is not None and call.funder_id is not None and self.funder.findData(call.funder_id) < 0:
            self.funder.addItem(call.funder_name, call.funder_id)  # archived since: kept, not lost

        self.line_edits: dict[str, QLineEdit] = {name: QLineEdit() for name in (*TEXT_FIELDS, *AMOUNT_FIELDS)}
        self.line_edits["reference"].setPlaceholderText(self.tr("e.g. AAP-2027-ALIM"))
        self.line_edits["url"].setPlaceholderText("https://")
        for name in AMOUNT_FIELDS:
            self.line_edits[name].setPlaceholderText(self.tr("e.g. 5 000 €"))
            self.line_edits[name].setAlignment(Qt.AlignmentFlag.AlignRight)
        self.dates: dict[str, OptionalDateEdit] = {name: OptionalDateEdit(today) for name in DATE_FIELDS}
        self.rates: dict[str, QSpinBox] = {}
        for name in RATE_FIELDS:
            spin = QSpinBox()
            spin.setRange(NO_RATE, 100)
            spin.setSpecialValueText(NO_VALUE)
            spin.setSuffix("\u202f%")
            spin.setValue(NO_RATE)
            self.rates[name] = spin
        self.funding_type = QComboBox()
        for funding_type in FundingType:
            self.funding_type.addItem(funding_type_label(funding_type), funding_type.value)
        self.multi_year = QCheckBox(self.tr("Multi-year funding"))
        self.recurrence = QComboBox()
        for recurrence in Recurrence:
            self.recurrence.addItem(recurrence_label(recurrence), recurrence.value)
        self.next_occurrence = QLineEdit()
        self.next_occurrence.setReadOnly(True)
        self.next_occurrence.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.eligibility = QPlainTextEdit()
        self.description = QPlainTextEdit()
        for text_edit in (self.eligibility, self.description):
            text_edit.setTabChangesFocus(True)

        fields = (*FIELD_ORDER,)
        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in fields}
        self.form_error = FieldErrorLabel()

        main_form = QFormLayout()
        main_form.addRow(self.tr("Funder"), self._cell(self.funder, "funder_id"))
        main_form.addRow(self.tr("Title"), self._cell(self.line_edits["title"], "title"))
        main_form.addRow(self.tr("Reference"), self._cell(self.line_edits["reference"], "reference"))
        main_form.addRow(self.tr("Link"), self._cell(self.line_edits["url"], "url"))
        main_form.addRow(self.tr("Recurrence"), self.recurrence)
        self.next_occurrence_label_text = self.tr("Next deadline")
        main_form.addRow(self.next_occurrence_label_text, self.next_occurrence)
        self._main_form = main_form
        main_box = QGroupBox(self.tr("Call"))
        main_box.setLayout(main_form)

        dates_form = QFormLayout()
        dates_form.addRow(self.tr("Opens on"), self._cell(self.dates["opens_on"], "opens_on"))
        dates_form.addRow(self.tr("Pre-deposit"), self._cell(self.dates["predeposit_on"], "predeposit_on"))
        dates_form.addRow(self.tr("Submission deadline"), self._cell(self.dates["deadline"], "deadline"))
        dates_box = QGroupBox(self.tr("Dates (tick to give one)"))
        dates_box.setLayout(dates_form)

        money_form = QFormLayout()
        money_form.addRow(
            self.tr("Minimum amount"), self._cell(self.line_edits["amount_min_cents"], "amount_min_cents")
        )
        money_form.addRow(
            self.tr("Maximum amount"), self._cell(self.line_edits["amount_max_cents"], "amount_max_cents")
        )
        money_form.addRow(
            self.tr("Minimum rate"), self._cell(self.rates["rate_min_percent"], "rate_min_percent")
        )
        money_form.addRow(
            self.tr("Maximum rate"), self._cell(self.rates["rate_max_percent"], "rate_max_percent")
        )
        money_form.addRow(self.tr("Funding type"), self.funding_type)
        money_form.addRow("", self.multi_year)
        money_box = QGroupBox(self.tr("Funding"))
        money_box.setLayout(money_form)

        left = QVBoxLayout()
        left.addWidget(main_box)
        left.addWidget(dates_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(money_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.texts = QTabWidget()
        self.texts.addTab(self.eligibility, self.tr("Eligibility"))
        self.texts.addTab(self.description, self.tr("Description"))
        self.texts.setMinimumHeight(140)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.texts, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        for name, line_edit in self.line_edits.items():
            line_edit.textEdited.connect(lambda _text, field=name: self.error_labels[field].hide_error())
        for name, date_widget in self.dates.items():
            date_widget.changed.connect(lambda field=name: self._date_changed(field))
        for name, spin in self.rates.items():
            spin.valueChanged.connect(lambda _value, field=name: self.error_labels[field].hide_error())
        self.recurrence.currentIndexChanged.connect(lambda _index: self._show_next_occurrence())

        self._fill(call)

    def _cell(self, widget: QWidget, name: str) -> QWidget:
        return with_error_label(widget, self.error_labels[name])

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: CallService,
        funders: Sequence[FunderListRow],
        call: CallRow | None,
    ) -> CallRow | None:
        """Show the dialog (a new call when `call` is None); the saved row, or None if cancelled."""
        dialog = cls(service, funders, call, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved
            return None
        finally:
            dialog.deleteLater()

    # -- showing --------------------------------------------------------------------------------

    def _fill(self, call: CallRow | None) -> None:
        self._call = call
        self.funder.setCurrentIndex(max(0, self.funder.findData(call.funder_id)) if call else 0)
        self.line_edits["title"].setText(call.title if call else "")
        self.line_edits["reference"].setText(call.reference if call else "")
        self.line_edits["url"].setText(call.url if call else "")
        self.dates["opens_on"].set_value(call.opens_on if call else None)
        self.dates["predeposit_on"].set_value(call.predeposit_on if call else None)
        self.dates["deadline"].set_value(call.deadline if call else None)
        for name in AMOUNT_FIELDS:
            cents: int | None = getattr(call, name) if call else None
            self.line_edits[name].setText("" if cents is None else money(cents, with_cents=cents % 100 != 0))
        for name in RATE_FIELDS:
            rate: int | None = getattr(call, name) if call else None
            self.rates[name].setValue(NO_RATE if rate is None else rate)
        funding_type = call.funding_type if call else FundingType.OPERATING
        self.funding_type.setCurrentIndex(self.funding_type.findData(funding_type.value))
        self.multi_year.setChecked(call.multi_year if call else False)
        recurrence = call.recurrence if call else Recurrence.ONEOFF
        self.recurrence.setCurrentIndex(self.recurrence.findData(recurrence.value))
        self.eligibility.setPlainText(call.eligibility if call else "")
        self.description.setPlainText(call.description if call else "")
        self._show_next_occurrence()

    def _date_changed(self, name: str) -> None:
        self.error_labels[name].hide_error()
        if name == "deadline":
            self._show_next_occurrence()

    def _show_next_occurrence(self) -> None:
        """For a recurring call: the deadline to come, as the service computes it for the saved row."""
        recurring = self.recurrence.currentData() == Recurrence.RECURRING.value
        self.next_occurrence.setVisible(recurring)
        label = self._main_form.labelForField(self.next_occurrence)
        if label is not None:
            label.setVisible(recurring)
        deadline = self.dates["deadline"].value()
        call = self._call
        if call is not None and call.deadline == deadline and call.recurrence == Recurrence.RECURRING:
            upcoming = call.next_deadline  # the service's own answer for the saved call
        else:
            upcoming = next_occurrence(deadline, Recurrence.RECURRING, self._today())
        self.next_occurrence.setText(NO_VALUE if upcoming is None else date_text(upcoming))

    # -- saving ---------------------------------------------------------------------------------

    def _amount(self, name: str, errors: dict[str, str]) -> int | None:
        text = self.line_edits[name].text()
        if not text.strip():
            return None
        try:
            return parse_money(text)
        except InvalidValue as error:
            errors[name] = invalid_value_message(error)
            return None

    def _rate(self, name: str) -> int | None:
        value = self.rates[name].value()
        return None if value == NO_RATE else value

    def value(self) -> CallInput:
        """The call as typed (an amount that cannot be read is left out: `accept` says so at the field)."""
        return self._input({})

    def _input(self, errors: dict[str, str]) -> CallInput:
        funder_id = self.funder.currentData()
        return CallInput(
            title=self.line_edits["title"].text(),
            funder_id=funder_id if isinstance(funder_id, int) else None,
            reference=self.line_edits["reference"].text(),
            url=self.line_edits["url"].text(),
            opens_on=self.dates["opens_on"].value(),
            predeposit_on=self.dates["predeposit_on"].value(),
            deadline=self.dates["deadline"].value(),
            amount_min_cents=self._amount("amount_min_cents", errors),
            amount_max_cents=self._amount("amount_max_cents", errors),
            rate_min_percent=self._rate("rate_min_percent"),
            rate_max_percent=self._rate("rate_max_percent"),
            funding_type=FundingType(self.funding_type.currentData()),
            multi_year=self.multi_year.isChecked(),
            eligibility=self.eligibility.toPlainText(),
            description=self.description.toPlainText(),
            recurrence=Recurrence(self.recurrence.currentData()),
            archived=self._call.archived if self._call is not None else False,
        )

    def _show_errors(self, messages: dict[str, str]) -> None:
        for name, message in messages.items():
            if name in self.error_labels:
                self.error_labels[name].show_error(message)
            else:
                self.form_error.show_error(message)
        first = next((name for name in (*FIELD_ORDER, *messages) if name in messages), None)
        if first in self.line_edits:
            self.line_edits[first].setFocus(Qt.FocusReason.OtherFocusReason)
        elif first in self.dates:
            self.dates[first].date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif first in self.rates:
            self.rates[first].setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()  # room for the wrapped messages

    def accept(self) -> None:
        """Save; on refusal show each message under its field and keep the dialog open."""
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        typed: dict[str, str] = {}
        data = self._input(typed)
        if typed:  # amounts that are not amounts: nothing sent to the service
            self._show_errors(typed)
            return
        try:
            if self._call is None:
                self.saved = self._service.create(data, self._today())
            else:
                self.saved = self._service.update(self._call.id, self._call.version, data, self._today())
        except FieldErrors as errors:
            self._show_errors(field_messages(errors))
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
        """Someone else saved the call meanwhile: show their version if the user wants it."""
        if self._call is None:
            return
        try:
            fresh = self._service.get(self._call.id, self._today())
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return
        names = {"funder_id": conflict_dialog.combo_names(self.funder)}
        found = conflict_dialog.differences(self.value(), fresh, names)
        if not conflict_dialog.resolve_conflict(self, found):
            return
        self._fill(fresh)
        self.form_error.hide_error()
