"""Change a time entry:
`TimeEntryDialog.edit(parent, service, volunteers, targets, row) -> TimeEntryRow | None`.

Also the pieces shared with the entry row of the Temps page and the timer's stop dialog: combos
searchable by typing, the French messages of a refused entry, and the question asked before a day of
more than 24 hours is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.durations import MAX_MINUTES, format_duration, parse_duration
from coopdesk.domain.enums import TimeActivity
from coopdesk.domain.errors import FieldErrors, InvalidValue, InvalidValueCode, NotFound, StaleEdit
from coopdesk.domain.rows import VolunteerRow
from coopdesk.domain.time_entries import DayOverfull, TimeEntryInput, TimeEntryRow, TimeTargetChoice
from coopdesk.services.time_service import TimeService
from coopdesk.ui.dialogs import message_box
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import date_text, local_today
from coopdesk.ui.table_models.time_table_model import activity_label
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

_Row = TypeVar("_Row")
_C = InvalidValueCode


# -- shared pieces ------------------------------------------------------------------------------------


class SearchableCombo(QComboBox):
    """A combo the user types into: the list narrows to the items containing the words typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def value(self) -> Any:
        """The data of the item whose text is typed, or None when the text names no item."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return None if index < 0 else self.itemData(index)

    def choose(self, value: Any) -> bool:
        index = self.findData(value)
        if index >= 0:
            self.setCurrentIndex(index)
            edit = self.lineEdit()
            if edit is not None:
                edit.setCursorPosition(0)  # a long title shows its beginning
        return index >= 0


def fill_volunteers(combo: QComboBox, volunteers: Sequence[VolunteerRow]) -> None:
    combo.clear()
    for volunteer in volunteers:
        combo.addItem(volunteer.name, volunteer.id)


def target_label(choice: TimeTargetChoice) -> str:
    if choice.kind == "funder":
        return QCoreApplication.translate("TimeLabels", "Funder: %1").replace("%1", choice.label)
    if choice.kind == "call":
        return QCoreApplication.translate("TimeLabels", "Call: %1").replace("%1", choice.label)
    return choice.label


def target_key(kind: str, entity_id: int) -> str:
    """The data of a target item: "application:12", "funder:3", "call:7"."""
    return f"{kind}:{entity_id}"


def fill_targets(combo: QComboBox, targets: Sequence[TimeTargetChoice]) -> None:
    """Applications, funders and calls; each item's data is its target_key."""
    combo.clear()
    for choice in targets:
        combo.addItem(target_label(choice), target_key(choice.kind, choice.id))


def fill_activities(combo: QComboBox) -> None:
    combo.clear()
    for activity in TimeActivity:
        combo.addItem(activity_label(activity), activity)


def new_date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def target_fields(target: Any) -> dict[str, int | None]:
    """application_id, funder_id, call_id of a target combo's data (all None when nothing is chosen)."""
    fields: dict[str, int | None] = {"application_id": None, "funder_id": None, "call_id": None}
    if isinstance(target, str) and ":" in target:
        kind, entity_id = target.split(":", 1)
        fields[f"{kind}_id"] = int(entity_id)
    return fields


def duration_message(error: InvalidValue) -> str:
    messages = {
        _C.REQUIRED: QCoreApplication.translate(
            "TimeMessages", "Type a duration, e.g. 1h30, 90, 1,5 h or 45 min."
        ),
        _C.NEGATIVE: QCoreApplication.translate("TimeMessages", "A duration cannot be negative."),
        _C.BAD_FORMAT: QCoreApplication.translate(
            "TimeMessages", "Unreadable duration: type e.g. 1h30, 90 (minutes), 1,5 h, 1:30 or 45 min."
        ),
        _C.OUT_OF_RANGE: QCoreApplication.translate(
            "TimeMessages", "A duration must be more than zero minutes."
        ),
        _C.TOO_LARGE: QCoreApplication.translate("TimeMessages", "One entry cannot exceed %1 hours.").replace(
            "%1", str(MAX_MINUTES // 60)
        ),
    }
    return messages.get(error.code, messages[_C.BAD_FORMAT])


def field_error_texts(errors: FieldErrors) -> dict[str, str]:
    """field name -> French sentence, for the labels under the fields."""
    texts: dict[str, str] = {}
    for field, error in errors.errors.items():
        if field == "minutes":
            texts[field] = duration_message(error)
        elif field == "volunteer_id":
            texts[field] = QCoreApplication.translate("TimeMessages", "Choose the volunteer.")
        elif field == "target":
            texts[field] = QCoreApplication.translate(
                "TimeMessages", "Choose an application, a funder or a call."
            )
        elif field == "spent_on" and error.code is _C.OUT_OF_RANGE:
            texts[field] = QCoreApplication.translate(
                "TimeMessages", "Time is recorded once spent: a date after tomorrow is refused."
            )
        elif field == "spent_on":
            texts[field] = QCoreApplication.translate("TimeMessages", "Choose the date.")
        elif field == "note":
            texts[field] = QCoreApplication.translate(
                "TimeMessages", "The note is too long (2,000 characters at most)."
            )
        else:
            texts[field] = error_message(error)
    return texts


def entry_error_message(error: StaleEdit | NotFound) -> str:
    """The sentence of error_message(), with the words for a time entry (its table's name otherwise)."""
    if error.entity != "time_entry":
        return error_message(error)
    if isinstance(error, StaleEdit):
        return QCoreApplication.translate(
            "TimeMessages",
            "Someone else changed this entry meanwhile. Nothing was overwritten: close and open it again.",
        )
    return QCoreApplication.translate("TimeMessages", "This entry was deleted in the meantime.")


def ask_overfull_day(parent: QWidget | None, error: DayOverfull, volunteer_name: str) -> bool:
    text = (
        QCoreApplication.translate("TimeMessages", "With this entry, %1 would have %2 on %3 (already %4).")
        + " "
        + QCoreApplication.translate("TimeMessages", "More than 24 hours in one day: save anyway?")
    )
    text = (
        text.replace("%1", volunteer_name or QCoreApplication.translate("TimeMessages", "this volunteer"))
        .replace("%2", format_duration(error.total_minutes))
        .replace("%3", date_text(error.day))
        .replace("%4", format_duration(error.already_minutes))
    )
    return message_box.ask(
        parent,
        QCoreApplication.translate("TimeMessages", "More than 24 hours in a day"),
        text,
        QCoreApplication.translate("TimeMessages", "Save anyway"),
        QCoreApplication.translate("TimeMessages", "Correct"),
    )


def save_checking_day(
    parent: QWidget | None, save: Callable[[bool], _Row], volunteer_name: str
) -> _Row | None:
    """save(False); on a day of more than 24 hours, ask, then save(True). None when the user corrects."""
    try:
        return save(False)
    except DayOverfull as error:
        if not ask_overfull_day(parent, error, volunteer_name):
            return None
        return save(True)


# -- the dialog -----------------------------------------------------------------------------------------

FIELD_ORDER = ("volunteer_id", "target", "spent_on", "minutes", "activity", "note")


class TimeEntryDialog(QDialog):
    """Saves through the service on OK and stays open, with the message at the field, if refused."""

    def __init__(
        self,
        service: TimeService,
        volunteers: Sequence[VolunteerRow],
        targets: Sequence[TimeTargetChoice],
        row: TimeEntryRow,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._row = row
        self._today = today
        self.saved: TimeEntryRow | None = None
        self.setWindowTitle(self.tr("Time entry"))
        self.setMinimumWidth(560)

        self.volunteer = SearchableCombo()
        fill_volunteers(self.volunteer, volunteers)
        if row.volunteer_id is not None and not self.volunteer.choose(row.volunteer_id):
            self.volunteer.addItem(row.volunteer_name, row.volunteer_id)  # inactive since: kept
            self.volunteer.choose(row.volunteer_id)
        self.target = SearchableCombo()
        fill_targets(self.target, targets)
        current_target = _target_of(row)
        if current_target is not None and not self.target.choose(current_target):
            self.target.setEditText("")
        self.date = new_date_edit(row.spent_on)
        self.duration = QLineEdit(format_duration(row.minutes))
        self.duration.setPlaceholderText(self.tr("e.g. 1h30"))
        self.activity = QComboBox()
        fill_activities(self.activity)
        self.activity.setCurrentIndex(max(0, self.activity.findData(row.activity)))
        self.note = QLineEdit(row.note)

        self.error_labels: dict[str, FieldErrorLabel] = {name: FieldErrorLabel() for name in FIELD_ORDER}
        self.form_error = FieldErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Volunteer"), with_error_label(self.volunteer, self.error_labels["volunteer_id"]))
        form.addRow(self.tr("Spent on"), with_error_label(self.target, self.error_labels["target"]))
        form.addRow(self.tr("Date"), with_error_label(self.date, self.error_labels["spent_on"]))
        form.addRow(self.tr("Duration"), with_error_label(self.duration, self.error_labels["minutes"]))
        form.addRow(self.tr("Activity"), with_error_label(self.activity, self.error_labels["activity"]))
        form.addRow(self.tr("Note"), with_error_label(self.note, self.error_labels["note"]))

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

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: TimeService,
        volunteers: Sequence[VolunteerRow],
        targets: Sequence[TimeTargetChoice],
        row: TimeEntryRow,
    ) -> TimeEntryRow | None:
        dialog = cls(service, volunteers, targets, row, parent)
        try:
            return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    def save(self) -> TimeEntryRow | None:
        """Save the fields; the saved row, or None with the messages shown at the fields."""
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        try:
            minutes = parse_duration(self.duration.text())
        except InvalidValue as error:
            self.error_labels["minutes"].show_error(duration_message(error))
            self.duration.setFocus()
            return None
        data = TimeEntryInput(
            volunteer_id=self.volunteer.value(),
            spent_on=date_of(self.date),
            minutes=minutes,
            activity=self.activity.currentData(),
            note=self.note.text(),
            **target_fields(self.target.value()),
        )
        row = self._row

        def save(allow: bool) -> TimeEntryRow:
            return self._service.update(row.id, row.version, data, self._today(), allow_overfull_day=allow)

        try:
            self.saved = save_checking_day(self, save, self.volunteer.currentText())
        except FieldErrors as error:
            for field, text in field_error_texts(error).items():
                self.error_labels.get(field, self.form_error).show_error(text)
            return None
        except (StaleEdit, NotFound) as error:
            self.form_error.show_error(entry_error_message(error))
            return None
        return self.saved


def _target_of(row: TimeEntryRow) -> str | None:
    if row.application_id is not None:
        return target_key("application", row.application_id)
    if row.call_id is not None:
        return target_key("call", row.call_id)
    if row.funder_id is not None:
        return target_key("funder", row.funder_id)
    return None
