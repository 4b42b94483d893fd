"""The shared office database: a PostgreSQL server chosen in Paramètres, its password in the system
keyring (never in the settings file, which stores the URL without it).

When the system has no usable keyring (the `fail` backend), the password is asked at each start.
`--db` and `COOPDESK_DB` keep priority over the server chosen here.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote, unquote, urlsplit

from coopdesk.domain.errors import CoopDeskError, DatabaseTooNew, DatabaseUnreachable, NotADatabase
from coopdesk.paths import Locations
from coopdesk.settings import SERVER_URL, SettingsStore

log = logging.getLogger(__name__)

KEYRING_SERVICE = "CoopDesk"
DEFAULT_PORT = 5432
SCHEME = "postgresql+psycopg"


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int
    database: str
    user: str

    def url(self, password: str | None = None) -> str:
        credentials = quote(self.user, safe="")
        if password:
            credentials += ":" + quote(password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{SCHEME}://{credentials}@{host}:{self.port}/{quote(self.database, safe='')}"

    @property
    def keyring_user(self) -> str:
        """The name under which the password is kept in the keyring: one per user, server and base."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str) -> ServerSettings | None:
        """The settings of a postgresql URL (its password, if any, ignored); None for anything else."""
        try:
            parts = urlsplit(url)
            port = parts.port or DEFAULT_PORT
        except ValueError:
            return None
        if not parts.scheme.startswith("postgresql") or not parts.hostname:
            return None
        return cls(
            host=parts.hostname,
            port=port,
            database=unquote(parts.path.lstrip("/")),
            user=unquote(parts.username or ""),
        )


def problems(server: ServerSettings) -> list[str]:
    """The fields that are missing or invalid: host, port, database, user."""
    wrong = [name for name in ("host", "database", "user") if not getattr(server, name).strip()]
    if not 0 < server.port < 65536:
        wrong.append("port")
    return wrong


@dataclass(unsafe_hash=True)
class KeyringUnavailable(CoopDeskError):
    """No system keyring (or it refused): the password must be typed at each start."""

    detail: str = ""

    def __str__(self) -> str:
        return f"no usable system keyring {self.detail}".strip()


# -- keyring -------------------------------------------------------------------------------------------


def keyring_available() -> bool:
    """False when the keyring package has only its `fail` backend (no Secret Service, no Keychain…)."""
    import keyring
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    backends = getattr(backend, "backends", None)
    return not (backends is not None and not backends)  # an empty chainer


def store_password(server: ServerSettings, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        raise KeyringUnavailable()
    try:
        keyring.set_password(KEYRING_SERVICE, server.keyring_user, password)
    except KeyringError as error:
        raise KeyringUnavailable(str(error)) from error


def stored_password(server: ServerSettings) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, server.keyring_user)
    except KeyringError as error:
        log.warning("keyring refused to give the server password: %s", error)
        return None


def forget_password(server: ServerSettings) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    if not keyring_available():
        return
    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(KEYRING_SERVICE, server.keyring_user)


# -- the chosen server ---------------------------------------------------------------------------------


def chosen_server(settings: SettingsStore) -> ServerSettings | None:
    url = settings.get(SERVER_URL).strip()
    return ServerSettings.from_url(url) if url else None


def use_server(settings: SettingsStore, server: ServerSettings | None, password: str = "") -> bool:
    """Use `server` from the next start (None: back to the SQLite file of the data folder). The URL is
    saved without its password; the password goes into the keyring. True when the keyring kept it;
    False when it will be asked at each start."""
    previous = chosen_server(settings)
    if server is None:
        settings.set(SERVER_URL, "")
        settings.save()
        if previous is not None:
            forget_password(previous)
        return True
    kept = False
    if password:
        try:
            store_password(server, password)
            kept = True
        except KeyringUnavailable:
            kept = False
    settings.set(SERVER_URL, server.url())
    settings.save()
    return kept


PasswordPrompt = Callable[[ServerSettings], "str | None"]


def with_chosen_server(locations: Locations, settings: SettingsStore, ask: PasswordPrompt) -> Locations:
    """The locations to open: the server chosen in Paramètres (with its password from the keyring, or
    asked through `ask` when there is none) unless --db or COOPDESK_DB named a database."""
    if locations.explicit_database:
        return locations
    server = chosen_server(settings)
    if server is None:
        return locations
    password = stored_password(server)
    if password is None:
        password = ask(server)
    return dataclasses.replace(locations, database_url=server.url(password or None))


# -- trying a server -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionReport:
    """What "Test the connection" found: an empty database (CoopDesk will create its tables), a
    CoopDesk database (revision), or one written by a newer CoopDesk."""

    empty: bool
    revision: str | None
    too_new: bool = False


def check_connection(server: ServerSettings, password: str) -> ConnectionReport:
    """Connect without creating or migrating anything. Raises DatabaseUnreachable or NotADatabase."""
    from coopdesk.storage.database import Database

    try:
        database = Database.open(server.url(password or None), migrate=False)
    except DatabaseTooNew as error:
        return ConnectionReport(empty=False, revision=error.revision, too_new=True)
    except (DatabaseUnreachable, NotADatabase):
        raise
    try:
        revision = database.schema_state().current
    finally:
        database.dispose()
    return ConnectionReport(empty=revision is None, revision=revision)


# -- why a connection failed ---------------------------------------------------------------------------


class ConnectionProblem(StrEnum):
    """What the driver's (English) message of a failed connection means, for a French sentence."""

    REFUSED = "refused"  # nothing listens there: server stopped, wrong port, firewall
    UNKNOWN_HOST = "unknown_host"
    TIMEOUT = "timeout"
    WRONG_LOGIN = "wrong_login"  # wrong password or unknown user
    LOGIN_NEEDED = "login_needed"  # the server asks for a password
    NO_DATABASE = "no_database"
    OTHER = "other"


_PROBLEM_MARKS: tuple[tuple[ConnectionProblem, tuple[str, ...]], ...] = (
    (ConnectionProblem.LOGIN_NEEDED, ("no password supplied",)),
    (ConnectionProblem.WRONG_LOGIN, ("password authentication failed", "role \"", "authentication failed")),
    (ConnectionProblem.NO_DATABASE, ("database \"",)),
    (ConnectionProblem.REFUSED, ("connection refused", "actively refused")),
    (
        ConnectionProblem.UNKNOWN_HOST,
        ("translate host name", "name or service not known", "nodename nor servname", "failed to resolve",
         "no such host", "name resolution"),
    ),
    (ConnectionProblem.TIMEOUT, ("timeout expired", "timed out")),
)  # fmt: skip


def connection_problem(detail: str) -> ConnectionProblem:
    """The kind of failure a DatabaseUnreachable detail tells (OTHER when not recognised)."""
    lowered = detail.lower()
    for problem, marks in _PROBLEM_MARKS:
        if any(mark in lowered for mark in marks):
            return problem
    return ConnectionProblem.OTHER
