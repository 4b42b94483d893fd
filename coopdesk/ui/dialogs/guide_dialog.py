"""Aide › Guide de démarrage (F1): « Votre première journée avec CoopDesk », ten steps with pictures.

The guide is an HTML page of resources/guide (French; its pictures are made by `coopdesk screenshots`
on the demo database, see `make guide-images`). It is shown in the window, without a web browser.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from coopdesk.paths import resource_path

GUIDE_FILE = "guide_fr.html"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Getting started with CoopDesk"))
        self.resize(900, 720)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(False)  # every link goes through _link: no "No document for" warning
        self.browser.anchorClicked.connect(self._link)
        layout = QVBoxLayout(self)
        guide = resource_path("guide", GUIDE_FILE)
        if guide is None:
            missing = QLabel(self.tr("The user guide is missing from this installation."))
            missing.setWordWrap(True)
            layout.addWidget(missing)
        else:
            self.browser.setSearchPaths([str(guide.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(guide)))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _link(self, url: QUrl) -> None:
        """A step of the guide (#anchor) scrolls there; a web or e-mail address opens outside."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
