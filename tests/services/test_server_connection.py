from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from coopdesk.domain.errors import DatabaseUnreachable
from coopdesk.paths import resolve
from coopdesk.services.server_connection import (
    ConnectionProblem,
    ConnectionReport,
    ServerSettings,
    check_connection,
    chosen_server,
    connection_problem,
    keyring_available,
    problems,
    stored_password,
    use_server,
    with_chosen_server,
)
from coopdesk.settings import SERVER_URL, SettingsStore
from coopdesk.storage.database import Database
from coopdesk.storage.migrations import HEAD
from tests.postgres_server import PostgresServer


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.values.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


SERVER = ServerSettings(host="serveur.local", port=5433, database="coopdesk", user="trésorière")


def test_url_round_trip_never_holds_the_password() -> None:
    url = SERVER.url()
    assert ":" not in url.split("://", 1)[1].split("@", 1)[0]
    assert ServerSettings.from_url(url) == SERVER
    with_password = SERVER.url("p@ss:/word")
    assert ServerSettings.from_url(with_password) == SERVER
    assert ServerSettings.from_url("sqlite:///x.sqlite3") is None
    assert ServerSettings.from_url("postgresql+psycopg://u@h:99999/db") is None


def test_problems_name_the_missing_fields() -> None:
    assert problems(SERVER) == []
    assert problems(ServerSettings("", 0, "", "")) == ["host", "database", "user", "port"]


def test_password_goes_to_the_keyring_not_the_settings_file(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    store = SettingsStore(tmp_path / "parametres.json")
    assert keyring_available()
    assert use_server(store, SERVER, "s3cret!") is True
    text = (tmp_path / "parametres.json").read_text(encoding="utf-8")
    assert "s3cret" not in text
    assert json.loads(text)["server_url"] == SERVER.url()
    assert stored_password(SERVER) == "s3cret!"
    assert chosen_server(SettingsStore(tmp_path / "parametres.json")) == SERVER
    use_server(store, None)
    assert store.get(SERVER_URL) == ""
    assert memory_keyring.values == {}


def test_start_uses_the_chosen_server_with_the_keyring_password(
    memory_keyring: MemoryKeyring, tmp_path: Path, data_dir: Path
) -> None:
    store = SettingsStore(tmp_path / "parametres.json")
    use_server(store, SERVER, "s3cret!")
    asked: list[ServerSettings] = []
    locations = with_chosen_server(resolve(), store, lambda server: asked.append(server) or "typed")
    assert locations.database_url == SERVER.url("s3cret!")
    assert asked == []


def test_db_option_and_environment_keep_priority(
    memory_keyring: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore(tmp_path / "parametres.json")
    use_server(store, SERVER, "s3cret!")
    explicit = resolve(db=str(tmp_path / "a.sqlite3"))
    assert with_chosen_server(explicit, store, lambda server: "x") == explicit
    monkeypatch.setenv("COOPDESK_DB", str(tmp_path / "b.sqlite3"))
    from_env = resolve()
    assert with_chosen_server(from_env, store, lambda server: "x") == from_env


def test_without_keyring_the_password_is_asked_at_each_start(no_keyring: None, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "parametres.json")
    assert not keyring_available()
    assert use_server(store, SERVER, "s3cret!") is False  # not kept anywhere
    assert "s3cret" not in (tmp_path / "parametres.json").read_text(encoding="utf-8")
    asked: list[ServerSettings] = []

    def ask(server: ServerSettings) -> str:
        asked.append(server)
        return "typed"

    locations = with_chosen_server(resolve(), store, ask)
    assert asked == [SERVER]
    assert locations.database_url == SERVER.url("typed")


def test_no_server_chosen_keeps_the_local_file(memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "parametres.json")
    locations = resolve()
    assert with_chosen_server(locations, store, lambda server: "x") == locations


def test_unreachable_server_is_reported_without_the_password() -> None:
    server = ServerSettings(host="127.0.0.1", port=1, database="coopdesk", user="coop")
    with pytest.raises(DatabaseUnreachable) as caught:
        check_connection(server, "tres-secret")
    assert "tres-secret" not in str(caught.value)


@pytest.mark.postgresql
def test_connection_to_a_real_server(postgres_server: PostgresServer) -> None:
    name = f"t_{uuid.uuid4().hex[:12]}"
    postgres_server.create_database(name)
    try:
        url = postgres_server.url(name)
        server = ServerSettings.from_url(url)
        assert server is not None
        password = unquote(urlsplit(url).password or "")
        assert check_connection(server, password) == ConnectionReport(empty=True, revision=None)
        Database.open(url).dispose()
        report = check_connection(server, password)
        assert (report.empty, report.revision, report.too_new) == (False, HEAD, False)
    finally:
        postgres_server.drop_database(name)


@pytest.mark.parametrize(
    ("detail", "problem"),
    [
        (
            'connection failed: connection to server at "127.0.0.1", port 1 failed: Connection refused\n'
            "\tIs the server running on that host and accepting TCP/IP connections?",
            ConnectionProblem.REFUSED,
        ),
        (
            'failed to resolve host "serveur.local": [Errno -2] Name or service not known',
            ConnectionProblem.UNKNOWN_HOST,
        ),
        (
            'connection failed: could not translate host name "serveur" to address',
            ConnectionProblem.UNKNOWN_HOST,
        ),
        ('FATAL:  password authentication failed for user "coop"', ConnectionProblem.WRONG_LOGIN),
        ('FATAL:  role "personne" does not exist', ConnectionProblem.WRONG_LOGIN),
        ("fe_sendauth: no password supplied", ConnectionProblem.LOGIN_NEEDED),
        ('FATAL:  database "bureau" does not exist', ConnectionProblem.NO_DATABASE),
        ("connection timeout expired", ConnectionProblem.TIMEOUT),
        ("SSL SYSCALL error: EOF detected", ConnectionProblem.OTHER),
        ("", ConnectionProblem.OTHER),
    ],
)
def test_connection_problems_are_recognised(detail: str, problem: ConnectionProblem) -> None:
    assert connection_problem(detail) is problem
