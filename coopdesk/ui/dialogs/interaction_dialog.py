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
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import InteractionKind
from coopdesk.domain.funders import ContactRow, InteractionInput, InteractionRow
from coopdesk.services.interaction_service import InteractionService
from coopdesk.ui.formatting import local_today
from coopdesk.ui.funder_labels import interaction_kind_labels
from coopdesk.ui.kit.entity_dialog import EntityDialog

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


class InteractionDialog(EntityDialog[InteractionRow, InteractionInput]):
    FIELDS = FIELDS

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
        super().__init__(interaction, parent)
        self._service = service
        self._funder_id = funder_id
        day = today or local_today()
        self.setWindowTitle(self.tr("New exchange") if interaction is None else self.tr("Exchange"))
        self.setMinimumWidth(460)

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

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.cell(self.occurred_on, "occurred_on"))
        form.addRow(self.tr("Kind"), self.cell(self.kind_combo, "kind"))
        form.addRow(self.tr("Contact"), self.cell(self.contact_combo, "contact_id"))
        form.addRow(self.tr("Participants"), self.cell(self.participants, "participants"))
        form.addRow(self.tr("Summary"), self.cell(self.summary, "summary"))
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
            self.load(interaction)
        self.follow_up.toggled.connect(self._update_follow_up)
        self._update_follow_up()
        self.mark_clean()

    def load(self, interaction: InteractionRow) -> None:
        self.occurred_on.setDate(_qdate(interaction.occurred_on))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(interaction.kind))
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(interaction.contact_id)))
        self.participants.setText(interaction.participants)
        self.summary.setPlainText(interaction.summary)
        if interaction.follow_up_on is not None:
            self.follow_up_on.setDate(_qdate(interaction.follow_up_on))
        self.follow_up.setChecked(interaction.follow_up_on is not None)
        self.follow_up_done.setChecked(interaction.follow_up_done)

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
        saved: InteractionRow | None = cls.run(cls(service, funder_id, contacts, interaction, parent))
        return saved

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

    def save(self, data: InteractionInput) -> InteractionRow:
        row = self.row
        if row is None:
            return self._service.create(data)
        return self._service.update(row.id, row.version, data)

    def fetch(self) -> InteractionRow | None:
        return None if self.row is None else self._service.get(self.row.id)

    def focus_widget(self, name: str) -> QWidget | None:
        widgets: dict[str, QWidget] = {
            "occurred_on": self.occurred_on,
            "kind": self.kind_combo,
            "contact_id": self.contact_combo,
            "participants": self.participants,
            "summary": self.summary,
            "follow_up_on": self.follow_up_on,
        }
        return widgets.get(name)
