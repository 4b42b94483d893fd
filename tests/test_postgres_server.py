"""The test harness itself: the throwaway PostgreSQL server and the per-test database URLs."""

import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.postgres_server import PostgresServer, PostgresUnavailable, find_postgres_binaries

_seen_urls: set[str] = set()


@pytest.mark.postgresql
def test_select_one_on_a_created_database(postgres_server: PostgresServer) -> None:
    postgres_server.create_database("t_harness_select")
    try:
        url = postgres_server.url("t_harness_select")
        assert url == f"postgresql+psycopg://coopdesk@127.0.0.1:{postgres_server.port}/t_harness_select"
        engine = sa.create_engine(url)
        try:
            with engine.connect() as connection:
                assert connection.execute(sa.text("SELECT 1")).scalar_one() == 1
                assert connection.execute(sa.text("SHOW server_encoding")).scalar_one() == "UTF8"
                assert connection.execute(sa.text("SELECT current_user")).scalar_one() == "coopdesk"
        finally:
            engine.dispose()
    finally:
        postgres_server.drop_database("t_harness_select")
    assert "t_harness_select" not in postgres_server.list_databases()


@pytest.mark.postgresql
def test_drop_database_closes_connections_left_open(postgres_server: PostgresServer) -> None:
    postgres_server.create_database("t_harness_left_open")
    engine = sa.create_engine(postgres_server.url("t_harness_left_open"))
    connection = engine.connect()  # a test forgetting to close must not break the teardown
    try:
        connection.execute(sa.text("SELECT 1"))
        postgres_server.drop_database("t_harness_left_open")
        assert "t_harness_left_open" not in postgres_server.list_databases()
    finally:
        connection.invalidate()
        engine.dispose()


@pytest.mark.parametrize("visit", [1, 2])
def test_each_test_gets_its_own_empty_database(database_url: str, visit: int) -> None:
    assert database_url not in _seen_urls, f"visit {visit} got a database already handed out"
    _seen_urls.add(database_url)
    engine = sa.create_engine(database_url)
    try:
        assert sa.inspect(engine).get_table_names() == []
        with engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE marker (id INTEGER PRIMARY KEY)"))
            connection.execute(sa.text("INSERT INTO marker (id) VALUES (1)"))
        assert sa.inspect(engine).get_table_names() == ["marker"]
    finally:
        engine.dispose()


def test_sqlite_url_is_a_file_in_the_test_folder(sqlite_url: str, tmp_path: Path) -> None:
    assert sqlite_url == f"sqlite:///{tmp_path}/coopdesk.sqlite3"


def test_data_dir_is_exported(data_dir: Path) -> None:
    assert data_dir.is_dir()
    assert os.environ["COOPDESK_DATA_DIR"] == str(data_dir)


def test_pg_bin_override_pointing_nowhere_is_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COOPDESK_PG_BIN", str(tmp_path))
    with pytest.raises(PostgresUnavailable, match="COOPDESK_PG_BIN"):
        find_postgres_binaries()
