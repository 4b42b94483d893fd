import os

# Before anything can import Qt (ruff allows os.environ changes above imports).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.storage.database import Database
from tests.postgres_server import PostgresServer, PostgresStartError, PostgresUnavailable

# Set to 1 (as .ci/run does) to make a missing PostgreSQL a failure instead of a skip.
REQUIRE_POSTGRES_ENV = "COOPDESK_REQUIRE_POSTGRES"


# -- environment ---------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder for every test (exported as COOPDESK_DATA_DIR): no test touches the user's."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("COOPDESK_DATA_DIR", str(path))
    monkeypatch.delenv("COOPDESK_DB", raising=False)
    return path


# -- PostgreSQL server (one per session) ---------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server, started on first use and stopped at the end of the session.

    Tests using it are skipped, with the reason, when no server binaries are installed (unless
    $COOPDESK_REQUIRE_POSTGRES is set); a server that is installed but fails to start is an error.
    """
    try:
        server = PostgresServer.start()
    except PostgresUnavailable as error:
        if os.environ.get(REQUIRE_POSTGRES_ENV):
            pytest.fail(
                f"PostgreSQL server binaries not found: {error.reason} (${REQUIRE_POSTGRES_ENV} is set)"
            )
        pytest.skip(f"PostgreSQL server binaries not found: {error.reason}")
    except PostgresStartError as error:
        pytest.fail(str(error), pytrace=False)
    try:
        yield server
    finally:
        server.stop()


# -- database fixtures ---------------------------------------------------------------------------------
# URLs of a fresh, empty database per test. Fixtures opening the application's Database on these URLs
# belong below this line.


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A new SQLite database file, for tests that only make sense on SQLite."""
    return f"sqlite:///{tmp_path}/coopdesk.sqlite3"


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgresql),
    ]
)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: the test runs once on SQLite and once on PostgreSQL.

    On PostgreSQL the database (``t_<12 hex digits>``) is created on the session's server and dropped
    afterwards, even if the test left connections open.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/coopdesk.sqlite3"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = f"t_{uuid.uuid4().hex[:12]}"
    server.create_database(name)
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """CoopDesk's Database, migrated, on a fresh database: once on SQLite, once on PostgreSQL."""
    opened = Database.open(database_url)
    try:
        yield opened
    finally:
        opened.dispose()
