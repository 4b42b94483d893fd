"""Aide › À propos: name, version, purpose, licence, Qt and PySide6 versions, the database."""

from __future__ import annotations

import PySide6
import pytest
from PySide6.QtCore import qVersion

import coopdesk
from coopdesk.ui.dialogs.about_dialog import AboutDialog

pytestmark = pytest.mark.usefixtures("french")


def test_about_says_what_where_and_which_licence(qtbot):
    dialog = AboutDialog("/home/asso/coopdesk.sqlite3")
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert dialog.windowTitle() == "À propos de CoopDesk"
    assert "CoopDesk" in text
    assert f"Version {coopdesk.__version__}" in text
    assert "aide alimentaire" in text
    assert "Logiciel libre sous licence GPL-3.0-or-later." in text
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in text
    assert "Base de données\u00a0: /home/asso/coopdesk.sqlite3" in text
