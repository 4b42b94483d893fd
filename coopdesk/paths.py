"""Where CoopDesk keeps its data: the data folder, the default database, backups and logs.

Overrides, strongest first: `--db URL|PATH` then `COOPDESK_DB` for the database; `--data-dir DIR`
then `COOPDESK_DATA_DIR` for the data folder. A bare path means a SQLite file.
"""

from __future__ import annotations

import importlib.resources
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from coopdesk.domain.errors import DataDirUnusable

APP_NAME = "CoopDesk"
DATABASE_FILENAME = "coopdesk.sqlite3"


@dataclass(frozen=True)
class Locations:
    data_dir: Path
    database_url: str
    explicit_data_dir: bool  # the user named the folder: it must exist, CoopDesk never creates it
    explicit_database: bool = False  # --db or COOPDESK_DB: wins over the server chosen in Paramètres

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "sauvegardes"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "journaux"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "parametres.json"

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path(self.database_url)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def database_url_from(value: str) -> str:
    """A SQLAlchemy URL as given, or a bare path turned into a SQLite URL (absolute, ~ expanded)."""
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL; None for any other database (or an in-memory one)."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    if not rest or rest == ":memory:":
        return None
    return Path(rest.split("?", 1)[0])


def resolve(db: str | None = None, data_dir: str | None = None) -> Locations:
    """Resolve the locations from the command line and the environment; creates nothing."""
    explicit = data_dir or os.environ.get("COOPDESK_DATA_DIR") or None
    folder = Path(explicit).expanduser().resolve() if explicit else default_data_dir()
    db_value = db or os.environ.get("COOPDESK_DB") or None
    url = database_url_from(db_value) if db_value else database_url_from(str(folder / DATABASE_FILENAME))
    return Locations(
        data_dir=folder, database_url=url, explicit_data_dir=bool(explicit), explicit_database=bool(db_value)
    )


def prepare_data_dir(locations: Locations) -> None:
    """Make sure the data folder is usable: created (owner-only) when it is the default one.

    A folder the user named explicitly must already exist: a typo must not create folders.
    """
    folder = locations.data_dir
    if folder.exists() and not folder.is_dir():
        raise DataDirUnusable(str(folder), "not_a_directory")
    if not folder.exists():
        if locations.explicit_data_dir:
            raise DataDirUnusable(str(folder), "missing")
        try:
            folder.mkdir(parents=True, mode=0o700)
        except OSError as error:
            raise DataDirUnusable(str(folder), "not_writable") from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DataDirUnusable(str(folder), "not_writable")


def redact_url(url: str) -> str:
    """The URL with any password replaced, for messages and logs."""
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest:
        return url
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in credentials else url


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write the whole file or nothing: a temporary file in the same folder, flushed, then renamed over
    `path`. A `private` file (personal data) is readable by its owner only; others get the usual umask.
    Raises OSError; the file already at `path`, if any, is then untouched."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if not private:  # mkstemp's 0600 would hide a plain export from the user's group
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


SOURCE_RESOURCES_DIR = Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path | None:
    """A file or folder of CoopDesk's resources (translations, icons, fonts, user guide): the installed
    package's `coopdesk.resources` first, then the source checkout's `resources/`; None if neither has it."""
    try:
        packaged = importlib.resources.files("coopdesk.resources").joinpath(*parts)
    except ModuleNotFoundError:
        packaged = None
    if isinstance(packaged, Path) and packaged.exists():
        return packaged
    candidate = SOURCE_RESOURCES_DIR.joinpath(*parts)
    return candidate if candidate.exists() else None
