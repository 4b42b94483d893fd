"""Every field of the association's profile, each with its error message right under it.

The form only moves values between an AssociationProfile and its editors: checking belongs to the
domain (`validate_profile`, through the service); the form shows the FieldErrors it is given.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import FieldErrors
from coopdesk.domain.identifiers import format_iban, format_siret
from coopdesk.domain.rows import AssociationProfile
from coopdesk.ui.error_messages import field_messages
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel

LINE_FIELDS = (
    "name",
    "acronym",
    "siret",
    "rna",
    "street",
    "postal_code",
    "city",
    "email",
    "phone",
    "website",
    "legal_representative",
    "legal_representative_role",
    "treasurer",
    "iban",
    "bic",
    "employees_fte",
)
TEXT_FIELDS = ("purpose", "accreditations")
COUNT_FIELDS = ("volunteers_count", "employees_count")
TEXT_LINES = {"purpose": 6, "accreditations": 4}  # lines shown without scrolling
MAX_COUNT = 1_000_000


class AssociationForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._version = 0
        self.line_edits: dict[str, QLineEdit] = {name: QLineEdit() for name in LINE_FIELDS}
        self.text_edits: dict[str, QPlainTextEdit] = {name: QPlainTextEdit() for name in TEXT_FIELDS}
        self.spin_boxes: dict[str, QSpinBox] = {name: QSpinBox() for name in COUNT_FIELDS}
        self.year_end_day = QSpinBox()
        self.year_end_day.setRange(1, 31)
        self.year_end_month = QComboBox()
        for month in range(1, 13):
            self.year_end_month.addItem(QLocale().standaloneMonthName(month), month)
        self.error_labels: dict[str, FieldErrorLabel] = {}
        self._focus_targets: dict[str, QWidget] = {}
        self._order: list[str] = []
        self.labels: dict[str, str] = {}

        for spin in self.spin_boxes.values():
            spin.setRange(0, MAX_COUNT)
            spin.setGroupSeparatorShown(True)
        for name, text_edit in self.text_edits.items():
            text_edit.setTabChangesFocus(True)
            lines = TEXT_LINES[name]
            text_edit.setFixedHeight(text_edit.fontMetrics().lineSpacing() * lines + 12)
        self._set_placeholders()
        self._build()

    # -- building -------------------------------------------------------------------------------

    def _set_placeholders(self) -> None:
        placeholders = {
            "name": self.tr("Required"),
            "siret": "123 456 789 00012",
            "rna": "W341234567",
            "postal_code": "34000",
            "email": "contact@asso.fr",
            "phone": "04 67 12 34 56",
            "website": "www.asso.fr",
            "iban": "FR76 3000 6000 0112 3456 7890 189",
            "bic": "AGRIFRPP882",
            "employees_fte": "1,5",
        }
        for name, text in placeholders.items():
            self.line_edits[name].setPlaceholderText(text)
        self.line_edits["postal_code"].setMaxLength(5)
        for name, line_edit in self.line_edits.items():
            line_edit.textEdited.connect(lambda _text, field=name: self.clear_error(field))
        for name, text_edit in self.text_edits.items():
            text_edit.textChanged.connect(lambda field=name: self.clear_error(field))
        for name, spin in self.spin_boxes.items():
            spin.valueChanged.connect(lambda _value, field=name: self.clear_error(field))
        self.year_end_day.valueChanged.connect(lambda _value: self._clear_year_end_errors())
        self.year_end_month.currentIndexChanged.connect(lambda _index: self._clear_year_end_errors())

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for field, label in rows:
            self.labels[field] = label
            form.addRow(label, self._field_cell(field))
        return box

    def _field_cell(self, field: str) -> QWidget:
        """The editor with its error label under it (the fiscal year end is two editors, one message)."""
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        error = FieldErrorLabel()
        if field == "fiscal_year_end":
            row = QHBoxLayout()
            row.addWidget(self.year_end_day)
            row.addWidget(self.year_end_month)
            row.addStretch(1)
            layout.addLayout(row)
            self.error_labels["fiscal_year_end_day"] = error
            self.error_labels["fiscal_year_end_month"] = error
            self._focus_targets["fiscal_year_end_day"] = self.year_end_day
            self._focus_targets["fiscal_year_end_month"] = self.year_end_month
            self._order += ["fiscal_year_end_day", "fiscal_year_end_month"]
        else:
            editor = self._editor(field)
            layout.addWidget(editor)
            self.error_labels[field] = error
            self._focus_targets[field] = editor
            self._order.append(field)
        layout.addWidget(error)
        return cell

    def _editor(self, field: str) -> QWidget:
        if field in self.line_edits:
            return self.line_edits[field]
        if field in self.text_edits:
            return self.text_edits[field]
        spin = self.spin_boxes[field]
        spin.setMaximumWidth(spin.sizeHint().width() + 40)
        return spin

    def _build(self) -> None:
        identity = self._group(
            self.tr("Identity"),
            [
                ("name", self.tr("Name")),
                ("acronym", self.tr("Acronym")),
                ("purpose", self.tr("Purpose")),
                ("siret", self.tr("SIRET")),
                ("rna", self.tr("RNA number")),
            ],
        )
        contact = self._group(
            self.tr("Contact details"),
            [
                ("street", self.tr("Address")),
                ("postal_code", self.tr("Postal code")),
                ("city", self.tr("City")),
                ("email", self.tr("E-mail")),
                ("phone", self.tr("Phone")),
                ("website", self.tr("Website")),
            ],
        )
        people = self._group(
            self.tr("Officers"),
            [
                ("legal_representative", self.tr("Legal representative")),
                ("legal_representative_role", self.tr("Representative's title")),
                ("treasurer", self.tr("Treasurer")),
            ],
        )
        bank = self._group(self.tr("Bank details"), [("iban", self.tr("IBAN")), ("bic", self.tr("BIC"))])
        activity = self._group(
            self.tr("Activity"),
            [
                ("fiscal_year_end", self.tr("End of the financial year (day/month)")),
                ("volunteers_count", self.tr("Number of volunteers")),
                ("employees_count", self.tr("Number of employees")),
                ("employees_fte", self.tr("FTE")),
                ("accreditations", self.tr("Accreditations / approvals")),
            ],
        )
        self.line_edits["employees_fte"].setToolTip(self.tr("Full-time equivalents, e.g. 1,5"))
        self.line_edits["postal_code"].setMaximumWidth(self.line_edits["postal_code"].sizeHint().width())
        left = QVBoxLayout()
        left.addWidget(identity)
        left.addWidget(contact)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(people)
        right.addWidget(bank)
        right.addWidget(activity)
        right.addStretch(1)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # Keep the tab order of reading: down the left column, then down the right one.
        previous: QWidget | None = None
        for field in self._order:
            target = self._focus_targets[field]
            if previous is not None:
                QWidget.setTabOrder(previous, target)
            previous = target

    # -- values ---------------------------------------------------------------------------------

    def set_profile(self, profile: AssociationProfile | None) -> None:
        """Show a profile (None: the association was never saved); clears every error."""
        shown = profile or AssociationProfile(name="")
        self._version = shown.version
        for name, line_edit in self.line_edits.items():
            line_edit.setText(self._display(name, getattr(shown, name)))
        for name, text_edit in self.text_edits.items():
            text_edit.setPlainText(getattr(shown, name))
        for name, spin in self.spin_boxes.items():
            spin.setValue(getattr(shown, name))
        self.year_end_day.setValue(shown.fiscal_year_end_day)
        self.year_end_month.setCurrentIndex(max(0, self.year_end_month.findData(shown.fiscal_year_end_month)))
        self.clear_errors()

    @staticmethod
    def _display(field: str, value: str) -> str:
        """Identifiers shown the way they are printed: SIRET and IBAN in groups."""
        if field == "siret" and len(value) == 14 and value.isdigit():
            return format_siret(value)
        if field == "iban" and value:
            return format_iban(value)
        return value

    def profile(self) -> AssociationProfile:
        """The values as typed (not yet checked), with the version they were read at."""
        values: dict[str, object] = {name: edit.text() for name, edit in self.line_edits.items()}
        values.update({name: edit.toPlainText() for name, edit in self.text_edits.items()})
        values.update({name: spin.value() for name, spin in self.spin_boxes.items()})
        values["fiscal_year_end_day"] = self.year_end_day.value()
        values["fiscal_year_end_month"] = int(self.year_end_month.currentData())
        values["version"] = self._version
        return dataclasses.replace(AssociationProfile(name=""), **values)  # type: ignore[arg-type]

    @property
    def version(self) -> int:
        return self._version

    # -- errors ---------------------------------------------------------------------------------

    def show_errors(self, errors: FieldErrors) -> list[str]:
        """Each message under its field; the first refused field (in reading order) gets the focus.

        Returns the messages of fields this form does not show (to be shown elsewhere).
        """
        self.clear_errors()
        messages = field_messages(errors)
        for field, message in messages.items():
            label = self.error_labels.get(field)
            if label is not None:
                label.show_error(message)
        first = next((field for field in self._order if field in messages), None)
        if first is not None:
            target = self._focus_targets[first]
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(target, QLineEdit):
                target.selectAll()
        return [message for field, message in messages.items() if field not in self.error_labels]

    def clear_error(self, field: str) -> None:
        label = self.error_labels.get(field)
        if label is not None:
            label.hide_error()

    def _clear_year_end_errors(self) -> None:
        self.clear_error("fiscal_year_end_day")

    def clear_errors(self) -> None:
        for label in self.error_labels.values():
            label.hide_error()

    def error_text(self, field: str) -> str:
        """The message shown under a field ("" when none): for tests and accessibility."""
        label = self.error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def focus_name(self) -> None:
        self.line_edits["name"].setFocus(Qt.FocusReason.OtherFocusReason)
