"""The Qt binding must not leak references to None (PySide6 6.12.0 did, and killed long sessions)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_calls_returning_none_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("Épicerie")
        label.update()
        qapp.processEvents()
    # A leak loses one reference per call (-600 here); a few references may come and go legitimately.
    assert sys.getrefcount(None) - before > -20
