"""Every per-PC user setting, declared once with its key, type, default and purpose.

Stored as JSON in the data folder (plain Python, so that the command line and the window share it).
Settings that belong to the whole association live in the database instead (`shared_setting`).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type[T]
    default: T
    doc: str


LANGUAGE: Setting[str] = Setting("language", str, "fr", "Language of the window: 'fr' or 'en'.")
WINDOW_GEOMETRY: Setting[str] = Setting(
    "window_geometry", str, "", "Main window size and position (Qt geometry, base64)."
)
WINDOW_STATE: Setting[str] = Setting("window_state", str, "", "Main window toolbars and docks (base64).")
LAST_PAGE: Setting[str] = Setting("last_page", str, "dashboard", "Page shown at start.")
REMINDERS: Setting[bool] = Setting(
    "reminders", bool, True, "Tray reminders of the deadlines due today and tomorrow (at start, then daily)."
)
LAST_REMINDER_DAY: Setting[str] = Setting(
    "last_reminder_day", str, "", "ISO date of the last tray reminder, so that a day gets at most one."
)

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    LAST_PAGE,
    REMINDERS,
    LAST_REMINDER_DAY,
)
LANGUAGES = ("fr", "en")


class SettingsStore:
    """Typed access to the settings file; a missing or damaged file gives the defaults."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._values: dict[str, Any] = {}
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._values = loaded
        except (OSError, ValueError):
            self._values = {}

    @property
    def path(self) -> Path:
        return self._path

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        if not isinstance(value, setting.type):
            return setting.default
        return value

    def set(self, setting: Setting[T], value: T) -> None:
        if not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} expects {setting.type.__name__}")
        self._values[setting.key] = value

    def save(self) -> None:
        """Write atomically (temporary file then rename), readable by the owner only."""
        self._path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".parametres-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, ensure_ascii=False, indent=2, sort_keys=True)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self._path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


BACKUP_DIR: Setting[str] = Setting(
    "backup_dir",
    str,
    "",
    "Folder of the automatic backups (a USB key, a synced folder); '' = the data folder's.",
)
SERVER_URL: Setting[str] = Setting(
    "server_url",
    str,
    "",
    "Shared office database (PostgreSQL URL WITHOUT its password, kept in the system keyring); used from "
    "the next start unless --db or COOPDESK_DB is given. '' = the SQLite file of the data folder.",
)
NETWORK_SHARE_WARNED: Setting[str] = Setting(
    "network_share_warned", str, "", "Database file on a network share for which the window already warned."
)
ALL += (BACKUP_DIR, SERVER_URL, NETWORK_SHARE_WARNED)

RUNNING_TIMER: Setting[str] = Setting(
    "running_timer",
    str,
    "",
    "Timer running on an application: 'application id;volunteer id;start (ISO 8601, UTC)', '' when none. "
    "Kept so that a timer survives closing the program.",
)
LAST_TIME_VOLUNTEER: Setting[int] = Setting(
    "last_time_volunteer", int, 0, "Id of the volunteer of the last time entry typed on this PC (0: none)."
)
ALL += (RUNNING_TIMER, LAST_TIME_VOLUNTEER)
