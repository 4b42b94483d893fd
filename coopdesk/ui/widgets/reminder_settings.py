"""Paramètres › Données: turn the tray reminders of the day's deadlines on or off (this PC only)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from coopdesk.settings import REMINDERS, SettingsStore


class ReminderSettings(QGroupBox):
    changed = Signal()

    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self._settings = settings
        self.enabled_box = QCheckBox(self.tr("Remind me of the deadlines due today and tomorrow"))
        self.enabled_box.setChecked(settings.get(REMINDERS))
        self.enabled_box.toggled.connect(self._toggled)
        hint = QLabel(
            self.tr(
                "A notification near the clock when CoopDesk starts, then once a day while it runs. "
                "This setting applies to this computer only."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled_box)
        layout.addWidget(hint)

    def _toggled(self, checked: bool) -> None:
        self._settings.set(REMINDERS, checked)
        self._settings.save()
        self.changed.emit()
