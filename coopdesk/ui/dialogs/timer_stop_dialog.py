"""The timer stopped:
`TimerStopDialog.record(parent, service, volunteers, targets, timer, now) -> TimeEntryRow | None`.

Prefilled with the elapsed time rounded to the minute, the application and the volunteer; the user picks
the activity, may correct the duration and add a note. Cancel records nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.durations import format_duration, parse_duration
from coopdesk.domain.errors import FieldErrors, InvalidValue, NotFound
from coopdesk.domain.rows import VolunteerRow
from coopdesk.domain.time_entries import RunningTimer, TimeEntryInput, TimeEntryRow, TimeTargetChoice
from coopdesk.services.time_service import TimeService
from coopdesk.ui.dialogs.time_entry_dialog import (
    SearchableCombo,
    date_of,
    duration_message,
    field_error_texts,
    fill_activities,
    fill_targets,
    fill_volunteers,
    new_date_edit,
    save_checking_day,
    target_fields,
    target_key,
)
from coopdesk.ui.error_messages import error_message
from coopdesk.ui.formatting import local_today
from coopdesk.ui.widgets.field_error_label import FieldErrorLabel, with_error_label

FIELDS = ("volunteer_id", "target", "spent_on", "minutes", "note")


class TimerStopDialog(QDialog):
    def __init__(
        self,
        service: TimeService,
        volunteers: Sequence[VolunteerRow],
        targets: Sequence[TimeTargetChoice],
        timer: RunningTimer,
        now: dt.datetime,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = local_today,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self.saved: TimeEntryRow | None = None
        self.setWindowTitle(self.tr("Record the time"))
        self.setMinimumWidth(720)  # room for « application — funder »

        elapsed = max(1, timer.elapsed_minutes(now))
        started = timer.started_at.astimezone()
        self.intro = QLabel(
            self.tr("Timer started at %1, stopped after %2.")
            .replace("%1", started.strftime("%H:%M"))
            .replace("%2", format_duration(timer.elapsed_minutes(now)))
        )
        self.volunteer = SearchableCombo()
        fill_volunteers(self.volunteer, volunteers)
        if not self.volunteer.choose(timer.volunteer_id):
            self.volunteer.setCurrentIndex(-1)
        self.target = SearchableCombo()
        fill_targets(self.target, targets)
        self.target.choose(target_key("application", timer.application_id))
        day = started.date()
        self.date = new_date_edit(day)
        self.duration = QLineEdit(format_duration(elapsed))
        self.duration.setObjectName("timerDuration")
        self.activity = QComboBox()
        fill_activities(self.activity)
        self.activity.setObjectName("timerActivity")
        self.note = QLineEdit()
        self.note.setObjectName("timerNote")

        self.error_labels = {name: FieldErrorLabel() for name in FIELDS}
        self.form_error = FieldErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Volunteer"), with_error_label(self.volunteer, self.error_labels["volunteer_id"]))
        form.addRow(self.tr("Spent on"), with_error_label(self.target, self.error_labels["target"]))
        form.addRow(self.tr("Date"), with_error_label(self.date, self.error_labels["spent_on"]))
        form.addRow(self.tr("Duration"), with_error_label(self.duration, self.error_labels["minutes"]))
        form.addRow(self.tr("Activity"), self.activity)
        form.addRow(self.tr("Note"), with_error_label(self.note, self.error_labels["note"]))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep timing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        # The activity is what is left to choose, unless nobody could be proposed for the volunteer.
        (self.volunteer if self.volunteer.currentIndex() < 0 else self.activity).setFocus()

    @classmethod
    def record(
        cls,
        parent: QWidget | None,
        service: TimeService,
        volunteers: Sequence[VolunteerRow],
        targets: Sequence[TimeTargetChoice],
        timer: RunningTimer,
        now: dt.datetime,
    ) -> TimeEntryRow | None:
        dialog = cls(service, volunteers, targets, timer, now, parent)
        try:
            return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    def save(self) -> TimeEntryRow | None:
        for label in (*self.error_labels.values(), self.form_error):
            label.hide_error()
        try:
            minutes = parse_duration(self.duration.text())
        except InvalidValue as error:
            self.error_labels["minutes"].show_error(duration_message(error))
            return None
        data = TimeEntryInput(
            volunteer_id=self.volunteer.value(),
            spent_on=date_of(self.date),
            minutes=minutes,
            activity=self.activity.currentData(),
            note=self.note.text(),
            **target_fields(self.target.value()),
        )
        today = self._today()

        def save(allow: bool) -> TimeEntryRow:
            return self._service.create(data, today, allow_overfull_day=allow)

        try:
            self.saved = save_checking_day(self, save, self.volunteer.currentText())
        except FieldErrors as error:
            for field, text in field_error_texts(error).items():
                self.error_labels.get(field, self.form_error).show_error(text)
            return None
        except NotFound as error:
            self.form_error.show_error(error_message(error))
            return None
        return self.saved
