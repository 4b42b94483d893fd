"""Add or change one contact of a funder:
`ContactDialog.edit(parent, service, funder_id, contact, topics) -> ContactRow | None`."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.funders import ContactInput, ContactRow
from coopdesk.services.contact_service import ContactService
from coopdesk.ui.formatting import local_today
from coopdesk.ui.kit.entity_dialog import EntityDialog

TEXT_FIELDS = ("name", "role", "service", "phone", "email", "topics")
FIELDS = (*TEXT_FIELDS, "left_on", "notes")
DATE_FORMAT = "dd/MM/yyyy"


def split_topics(text: str) -> tuple[str, ...]:
    """ "aide alimentaire, PAT" -> ("aide alimentaire", "PAT") (cleaning is the domain's job)."""
    return tuple(part for part in (piece.strip() for piece in text.replace(";", ",").split(",")) if part)


class _TopicCompleter(QCompleter):
    """Completes the topic being typed after the last comma, keeping the ones before."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        before = [part.strip() for part in text.split(",")[:-1] if part.strip()]
        return ", ".join([*before, chosen])


class ContactDialog(EntityDialog[ContactRow, ContactInput]):
    FIELDS = FIELDS

    def __init__(
        self,
        service: ContactService,
        funder_id: int,
        contact: ContactRow | None,
        topics: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(contact, parent)
        self._service = service
        self._funder_id = funder_id
        self.setWindowTitle(self.tr("New contact") if contact is None else self.tr("Contact"))
        self.setMinimumWidth(460)

        self.line_edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.line_edits["name"].setPlaceholderText(self.tr("First name and last name"))
        self.line_edits["phone"].setPlaceholderText("04 67 12 34 56")
        self.line_edits["email"].setPlaceholderText("prenom.nom@herault.fr")
        self.line_edits["topics"].setPlaceholderText(self.tr("Separated by commas, e.g. food aid, PAT"))
        self.completer = _TopicCompleter(sorted(topics, key=str.casefold), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line_edits["topics"].setCompleter(self.completer)

        self.active = QCheckBox(self.tr("In post"))
        self.left = QCheckBox(self.tr("Left on"))
        self.left_on = QDateEdit()
        self.left_on.setCalendarPopup(True)
        self.left_on.setDisplayFormat(DATE_FORMAT)
        today = local_today()
        self.left_on.setDate(QDate(today.year, today.month, today.day))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)

        labels = {
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "service": self.tr("Service"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "topics": self.tr("Topics"),
        }
        form = QFormLayout()
        for name in TEXT_FIELDS:
            form.addRow(labels[name], self.cell(self.line_edits[name], name))
            self.line_edits[name].textEdited.connect(
                lambda _text, field=name: self.error_labels[field].hide_error()
            )
        form.addRow("", self.active)
        left_row = QWidget()
        left_layout = QVBoxLayout(left_row)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.left)
        left_layout.addWidget(self.left_on)
        left_layout.addWidget(self.error_labels["left_on"])
        form.addRow("", left_row)
        form.addRow(self.tr("Notes"), self.cell(self.notes, "notes"))

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

        if contact is not None:
            self.load(contact)
        else:
            self.active.setChecked(True)
        self.active.toggled.connect(self._update_left)
        self.left.toggled.connect(self._update_left)
        self._update_left()
        self.mark_clean()

    def load(self, contact: ContactRow) -> None:
        for name in ("name", "role", "service", "phone", "email"):
            self.line_edits[name].setText(getattr(contact, name))
        self.line_edits["topics"].setText(", ".join(contact.topics))
        self.notes.setPlainText(contact.notes)
        if contact.left_on is not None:
            day = contact.left_on
            self.left_on.setDate(QDate(day.year, day.month, day.day))
        self.active.setChecked(contact.active)
        self.left.setChecked(contact.left_on is not None)

    def _update_left(self) -> None:
        self.left.setEnabled(not self.active.isChecked())
        self.left_on.setEnabled(not self.active.isChecked() and self.left.isChecked())

    @classmethod
    def edit(
        cls,
        parent: QWidget | None,
        service: ContactService,
        funder_id: int,
        contact: ContactRow | None,
        topics: list[str],
    ) -> ContactRow | None:
        """Show the dialog (a new contact when `contact` is None); the saved row, or None if cancelled."""
        saved: ContactRow | None = cls.run(cls(service, funder_id, contact, topics, parent))
        return saved

    def value(self) -> ContactInput:
        active = self.active.isChecked()
        left_on: dt.date | None = None
        if not active and self.left.isChecked():
            left_on = self.left_on.date().toPython()  # type: ignore[assignment]
        return ContactInput(
            funder_id=self._funder_id,
            name=self.line_edits["name"].text(),
            role=self.line_edits["role"].text(),
            service=self.line_edits["service"].text(),
            phone=self.line_edits["phone"].text(),
            email=self.line_edits["email"].text(),
            topics=split_topics(self.line_edits["topics"].text()),
            active=active,
            left_on=left_on,
            notes=self.notes.toPlainText(),
        )

    def save(self, data: ContactInput) -> ContactRow:
        row = self.row
        if row is None:
            return self._service.create(data)
        return self._service.update(row.id, row.version, data)

    def fetch(self) -> ContactRow | None:
        return None if self.row is None else self._service.get(self.row.id)

    def focus_widget(self, name: str) -> QWidget | None:
        return {**self.line_edits, "left_on": self.left_on, "notes": self.notes}.get(name)
