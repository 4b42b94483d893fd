"""The association's setting for the text library: after how many months a text is flagged "to review"
(shared by every PC: stored in the database)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from coopdesk.domain.errors import InvalidValue
from coopdesk.services.shared_settings_service import TEXT_REVIEW_MONTHS, SharedSettingsService


class TextSettings(QWidget):
    review_months_changed = Signal(int)

    def __init__(self, settings: SharedSettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.months = QSpinBox()
        self.months.setObjectName("textReviewMonths")
        self.months.setRange(TEXT_REVIEW_MONTHS.minimum, TEXT_REVIEW_MONTHS.maximum)
        self.months.setSuffix(self.tr(" months"))
        self.months.setToolTip(
            self.tr("A text not reviewed for this long is flagged “to review” (for every computer)")
        )
        self.months.setValue(settings.get_int(TEXT_REVIEW_MONTHS))
        label = QLabel(self.tr("To review after"))
        label.setBuddy(self.months)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.months)
        self.months.valueChanged.connect(self._changed)

    def value(self) -> int:
        return self.months.value()

    def _changed(self, value: int) -> None:
        try:
            self._settings.set_int(TEXT_REVIEW_MONTHS, value)
        except InvalidValue:
            return
        self.review_months_changed.emit(value)
