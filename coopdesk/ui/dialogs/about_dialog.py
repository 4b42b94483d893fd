"""Aide › À propos de CoopDesk: what it is, its version and licence, where the data lives."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import coopdesk

LICENSE = "GPL-3.0-or-later"


class AboutDialog(QDialog):
    def __init__(self, database_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About CoopDesk"))
        self.setMinimumWidth(480)

        name = QLabel("CoopDesk")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        name.setFont(font)
        version = QLabel(self.tr("Version %1").replace("%1", coopdesk.__version__))
        purpose = QLabel(
            self.tr(
                "The grants desk of small food-aid associations: funders, calls for projects, "
                "applications, documents and the time they take, in one place on your computer."
            )
        )
        purpose.setWordWrap(True)
        licence = QLabel(self.tr("Free software under the %1 licence.").replace("%1", LICENSE))
        versions = QLabel(
            self.tr("Qt %1, PySide6 %2").replace("%1", qVersion()).replace("%2", PySide6.__version__)
        )
        database = QLabel(self.tr("Database: %1").replace("%1", database_location))
        database.setWordWrap(True)
        database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = [name, version, purpose, licence, versions, database]

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for label in self.labels:
            layout.addWidget(label)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def text(self) -> str:
        """Everything the dialog says, one line per label (for tests and screen readers)."""
        return "\n".join(label.text() for label in self.labels)
