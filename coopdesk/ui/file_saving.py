"""Saving a file the user chose: the save dialog, then an atomic write (temp file + os.replace).

A file written halfway (disk full, power cut) never replaces the one already there: the bytes go to a
temporary file of the same folder, flushed to disk, then renamed over the target in one step.
Tests replace `ask_save_path` (it would block).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from coopdesk import paths


def ask_save_path(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    """The path chosen in the save dialog, or None when cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(path) if path else None


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` so that the file is either the old one or the whole new one."""
    paths.write_atomically(path, data, private=private)
