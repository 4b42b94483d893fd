"""Add or change a call for projects: `CallDialog.edit(parent, service, funders, call) -> CallRow | None`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from coopdesk.domain.errors import InvalidValue
from coopdesk.domain.funders import FunderListRow
from coopdesk.domain.money import parse_money
from coopdesk.services.call_service import CallService
from coopdesk.ui.dialogs import conflict_dialog
from coopdesk.ui.error_messages import invalid_value_message
from coopdesk.ui.formatting import NO_VALUE, date_text, local_today, money
from coopdesk.ui.kit.entity_dialog import EntityDialog
from coopdesk.ui.table_models.call_table_model import funding_type_label, recurrence_label

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


class CallDialog(EntityDialog[CallRow, CallInput]):
    """Saves through the service on OK and stays open, with the message at the field, if refused."""

    FIELDS = FIELD_ORDER

    def __init__(
        self,
        service: CallService,
        funders: Sequence[FunderListRow],
        call: CallRow | None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(call, parent)
        self._service = service
        self._today = today
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

        main_form = QFormLayout()
        main_form.addRow(self.tr("Funder"), self.cell(self.funder, "funder_id"))
        main_form.addRow(self.tr("Title"), self.cell(self.line_edits["title"], "title"))
        main_form.addRow(self.tr("Reference"), self.cell(self.line_edits["reference"], "reference"))
        main_form.addRow(self.tr("Link"), self.cell(self.line_edits["url"], "url"))
        main_form.addRow(self.tr("Recurrence"), self.recurrence)
        self.next_occurrence_label_text = self.tr("Next deadline")
        main_form.addRow(self.next_occurrence_label_text, self.next_occurrence)
        self._main_form = main_form
        main_box = QGroupBox(self.tr("Call"))
        main_box.setLayout(main_form)

        dates_form = QFormLayout()
        dates_form.addRow(self.tr("Opens on"), self.cell(self.dates["opens_on"], "opens_on"))
        dates_form.addRow(self.tr("Pre-deposit"), self.cell(self.dates["predeposit_on"], "predeposit_on"))
        dates_form.addRow(self.tr("Submission deadline"), self.cell(self.dates["deadline"], "deadline"))
        dates_box = QGroupBox(self.tr("Dates (tick to give one)"))
        dates_box.setLayout(dates_form)

        money_form = QFormLayout()
        money_form.addRow(
            self.tr("Minimum amount"), self.cell(self.line_edits["amount_min_cents"], "amount_min_cents")
        )
        money_form.addRow(
            self.tr("Maximum amount"), self.cell(self.line_edits["amount_max_cents"], "amount_max_cents")
        )
        money_form.addRow(
            self.tr("Minimum rate"), self.cell(self.rates["rate_min_percent"], "rate_min_percent")
        )
        money_form.addRow(
            self.tr("Maximum rate"), self.cell(self.rates["rate_max_percent"], "rate_max_percent")
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
        self.mark_clean()

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: CallService,
        funders: Sequence[FunderListRow],
        call: CallRow | None,
    ) -> CallRow | None:
        """Show the dialog (a new call when `call` is None); the saved row, or None if cancelled."""
        saved: CallRow | None = cls.run(cls(service, funders, call, parent))
        return saved

    # -- showing --------------------------------------------------------------------------------

    def load(self, row: CallRow) -> None:
        self._fill(row)

    def _fill(self, call: CallRow | None) -> None:
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
        call = self.row
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
            archived=self.row.archived if self.row is not None else False,
        )

    def check_typed(self) -> dict[str, str]:
        typed: dict[str, str] = {}
        self._input(typed)  # amounts that are not amounts: nothing sent to the service
        return typed

    def snapshot(self) -> object:
        return (self.value(), tuple(self.line_edits[name].text() for name in AMOUNT_FIELDS))

    def focus_widget(self, name: str) -> QWidget | None:
        if name in self.dates:
            return self.dates[name].date_edit
        widgets: dict[str, QWidget] = {**self.line_edits, **self.rates, "funder_id": self.funder}
        return widgets.get(name)

    def names(self) -> Mapping[str, Callable[[object], str]]:
        return {"funder_id": conflict_dialog.combo_names(self.funder)}

    def save(self, data: CallInput) -> CallRow:
        row = self.row
        if row is None:
            return self._service.create(data, self._today())
        return self._service.update(row.id, row.version, data, self._today())

    def fetch(self) -> CallRow | None:
        return None if self.row is None else self._service.get(self.row.id, self._today())
