"""Settings of the permanent file of pieces, shared by every PC: the largest file accepted (in MB)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from coopdesk.domain.errors import InvalidValue
from coopdesk.services.shared_settings_service import DOCUMENT_SIZE_LIMIT_MB, SharedSettingsService
from coopdesk.ui.error_messages import error_message


class DocumentSettings(QGroupBox):
    """Saved as soon as the value is changed (spin box finished, or reset to the default)."""

    def __init__(self, shared_settings: SharedSettingsService, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pieces"), parent)
        self.setObjectName("documentSettings")
        self._settings = shared_settings
        self.size_limit = QSpinBox()
        self.size_limit.setObjectName("documentSizeLimit")
        self.size_limit.setRange(DOCUMENT_SIZE_LIMIT_MB.minimum, DOCUMENT_SIZE_LIMIT_MB.maximum)
        self.size_limit.setSuffix(self.tr(" MB"))
        self.size_limit.setToolTip(self.tr("Larger files are refused when added to the pieces."))
        self.size_limit.valueChanged.connect(lambda _value: self.save())
        self.reset_button = QPushButton(
            self.tr("Default (%1 MB)").replace("%1", str(DOCUMENT_SIZE_LIMIT_MB.default))
        )
        self.reset_button.clicked.connect(self.reset)
        self.message = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.size_limit)
        row.addWidget(self.reset_button)
        row.addWidget(self.message, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Largest file accepted"), row)
        self.load()

    def load(self) -> None:
        self.size_limit.blockSignals(True)
        self.size_limit.setValue(self._settings.get_int(DOCUMENT_SIZE_LIMIT_MB))
        self.size_limit.blockSignals(False)
        self.reset_button.setEnabled(not self._settings.is_default(DOCUMENT_SIZE_LIMIT_MB))

    def save(self) -> None:
        value = self.size_limit.value()
        if value == self._settings.get_int(DOCUMENT_SIZE_LIMIT_MB):
            return
        try:
            self._settings.set_int(DOCUMENT_SIZE_LIMIT_MB, value)
        except InvalidValue as error:
            self.message.setText(error_message(error))
            return
        self.message.setText(self.tr("Saved."))
        self.load()

    def reset(self) -> None:
        self._settings.reset(DOCUMENT_SIZE_LIMIT_MB)
        self.message.setText(self.tr("Saved."))
        self.load()
