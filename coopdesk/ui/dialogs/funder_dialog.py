"""Add or change one funder: `FunderDialog.edit(parent, service, funder) -> FunderRow | None`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import FunderKind, FunderLevel, SubmissionPlatform
from coopdesk.domain.funders import FunderInput, FunderRow, cerfa_group, default_level
from coopdesk.services.funder_service import FunderService
from coopdesk.ui.funder_labels import cerfa_group_label, kind_labels, level_labels, platform_labels
from coopdesk.ui.kit.entity_dialog import EntityDialog

TEXT_FIELDS = ("name", "service", "street", "postal_code", "city", "website")
FIELDS = (*TEXT_FIELDS, "kind", "level", "platform", "notes")


class FunderDialog(EntityDialog[FunderRow, FunderInput]):
    """Saves through the service on OK and stays open, with the message at the field, if refused."""

    FIELDS = FIELDS

    def __init__(
        self, service: FunderService, funder: FunderRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(funder, parent)
        self._service = service
        self._level_touched = funder is not None
        self.setWindowTitle(self.tr("New funder") if funder is None else self.tr("Funder"))
        self.setMinimumWidth(480)

        self.line_edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.line_edits["name"].setPlaceholderText(self.tr("e.g. Conseil départemental de l'Hérault"))
        self.line_edits["service"].setPlaceholderText(self.tr("Direction, service"))
        self.line_edits["postal_code"].setPlaceholderText("34000")
        self.line_edits["website"].setPlaceholderText("www.herault.fr")

        self.kind_combo = QComboBox()
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind)
        self.cerfa_label = QLabel()
        self.cerfa_label.setWordWrap(True)
        self.level_combo = QComboBox()
        for level, label in level_labels().items():
            self.level_combo.addItem(label, level)
        self.platform_combo = QComboBox()
        self.platform_combo.addItem("—", None)
        for platform, label in platform_labels().items():
            self.platform_combo.addItem(label, platform)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        self.archived = QCheckBox(self.tr("Archived (no longer funds the association)"))

        labels = {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "level": self.tr("Level"),
            "service": self.tr("Service"),
            "street": self.tr("Address"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "website": self.tr("Website"),
            "platform": self.tr("Submission platform"),
            "notes": self.tr("Notes"),
        }
        widgets: dict[str, QWidget] = {
            **self.line_edits,
            "kind": self.kind_combo,
            "level": self.level_combo,
            "platform": self.platform_combo,
            "notes": self.notes,
        }
        form = QFormLayout()
        for name in ("name", "kind"):
            form.addRow(labels[name], self.cell(widgets[name], name))
        form.addRow(self.tr("CERFA budget line (74)"), self.cerfa_label)
        for name in ("level", "service", "street", "postal_code", "city", "website", "platform", "notes"):
            form.addRow(labels[name], self.cell(widgets[name], name))
        self._widgets = widgets
        form.addRow("", self.archived)
        for name, edit in self.line_edits.items():
            edit.textEdited.connect(lambda _text, field=name: self.error_labels[field].hide_error())

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

        if funder is not None:
            self.load(funder)
        else:
            self.archived.hide()
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(FunderKind.MUNICIPALITY))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.level_combo.activated.connect(self._level_chosen)
        self._kind_changed()
        self.mark_clean()

    def load(self, funder: FunderRow) -> None:
        for name in TEXT_FIELDS:
            self.line_edits[name].setText(getattr(funder, name))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(funder.kind))
        self.level_combo.setCurrentIndex(self.level_combo.findData(funder.level))
        self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(funder.platform)))
        self.notes.setPlainText(funder.notes)
        self.archived.setChecked(funder.archived)

    @classmethod
    def edit(
        cls, parent: QWidget | None, service: FunderService, funder: FunderRow | None
    ) -> FunderRow | None:
        """Show the dialog (a new funder when `funder` is None); the saved row, or None if cancelled."""
        saved: FunderRow | None = cls.run(cls(service, funder, parent))
        return saved

    def save(self, data: FunderInput) -> FunderRow:
        row = self.row
        if row is None:
            return self._service.create(data)
        return self._service.update(row.id, row.version, data)

    def fetch(self) -> FunderRow | None:
        return None if self.row is None else self._service.get(self.row.id)

    def focus_widget(self, name: str) -> QWidget | None:
        return self._widgets.get(name)

    def kind(self) -> FunderKind:
        return FunderKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        """The CERFA line follows the kind; the level too, until the user chooses one."""
        kind = self.kind()
        self.cerfa_label.setText(cerfa_group_label(cerfa_group(kind)))
        if not self._level_touched:
            self.level_combo.setCurrentIndex(self.level_combo.findData(default_level(kind)))

    def _level_chosen(self, _index: int) -> None:
        self._level_touched = True

    def value(self) -> FunderInput:
        platform = self.platform_combo.currentData()
        return FunderInput(
            name=self.line_edits["name"].text(),
            kind=self.kind(),
            level=FunderLevel(self.level_combo.currentData()),
            service=self.line_edits["service"].text(),
            street=self.line_edits["street"].text(),
            postal_code=self.line_edits["postal_code"].text(),
            city=self.line_edits["city"].text(),
            website=self.line_edits["website"].text(),
            platform=SubmissionPlatform(platform) if platform is not None else None,
            notes=self.notes.toPlainText(),
            archived=self.archived.isChecked(),
        )
