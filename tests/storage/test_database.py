"""Opening, creating, migrating and refusing databases."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from coopdesk.domain.errors import DatabaseTooNew, DatabaseUnreachable, DataDirUnusable, NotADatabase
from coopdesk.storage.database import Database, SchemaState
from coopdesk.storage.migrations import HEAD
from coopdesk.storage.tables import Base


def test_new_database_is_at_head_and_sound(database_url: str) -> None:
    database = Database.open(database_url)
    try:
        state = database.schema_state()
        assert state.current == state.head == HEAD
        assert database.check() == []
    finally:
        database.dispose()


def test_migrations_describe_exactly_the_mapped_classes(database_url: str) -> None:
    database = Database.open(database_url)
    try:
        with database.engine.connect() as connection:
            # The full-text search index of migration 0002 (FTS5 and its shadow tables) is not mapped.
            search_index = ("text_block_fts", "text_block_search")
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "include_name": lambda name, type_, _parent: (
                        not (type_ == "table" and name.startswith(search_index))
                    ),
                },
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()


def test_reopening_changes_nothing(sqlite_url: str) -> None:
    Database.open(sqlite_url).dispose()
    database = Database.open(sqlite_url)
    try:
        assert database.schema_state().up_to_date
    finally:
        database.dispose()


def test_sqlite_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "private.sqlite3"
    Database.open(f"sqlite:///{path}").dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sqlite_pragmas_are_set(sqlite_url: str) -> None:
    database = Database.open(sqlite_url)
    try:
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 10_000
    finally:
        database.dispose()


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Liste des courses\n", encoding="utf-8")
    with pytest.raises(NotADatabase):
        Database.open(f"sqlite:///{path}")
    assert path.read_text(encoding="utf-8") == "Liste des courses\n"


def test_another_programs_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    with pytest.raises(NotADatabase):
        Database.open(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_truncated_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    Database.open(f"sqlite:///{path}").dispose()
    data = path.read_bytes()
    path.write_bytes(data[:200])
    with pytest.raises(NotADatabase):
        Database.open(f"sqlite:///{path}")


def test_a_database_from_a_newer_coopdesk_is_refused_and_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    Database.open(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as raised:
        Database.open(f"sqlite:///{path}")
    assert raised.value.revision == "9999"
    assert path.read_bytes() == before


def test_a_missing_folder_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    path = tmp_path / "absent" / "coopdesk.sqlite3"
    with pytest.raises(DataDirUnusable) as raised:
        Database.open(f"sqlite:///{path}")
    assert raised.value.reason == "missing"
    assert not path.parent.exists()


def test_an_unreachable_server_gives_a_clear_error_without_the_password() -> None:
    url = "postgresql+psycopg://coopdesk:secret-word@127.0.0.1:1/coopdesk"
    with pytest.raises(DatabaseUnreachable) as raised:
        Database.open(url)
    assert "secret-word" not in str(raised.value)
    assert "127.0.0.1" in raised.value.location


def test_an_older_schema_is_backed_up_before_migrating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    database = Database.open(f"sqlite:///{path}")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO volunteer (name, role, email, phone, active, version, updated_at) "
                "VALUES ('Camille', '', '', '', 1, 1, '2026-01-01 00:00:00')"
            )
        )
    database.dispose()

    upgraded: list[bool] = []
    monkeypatch.setattr(Database, "schema_state", lambda self: SchemaState(current="0001", head="0002"))
    monkeypatch.setattr(Database, "_upgrade", lambda self: upgraded.append(True))
    backups = tmp_path / "sauvegardes"
    Database.open(f"sqlite:///{path}", backup_dir=backups).dispose()

    assert upgraded == [True]
    (backup,) = backups.glob("avant-migration-0001-*.sqlite3")
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT name FROM volunteer").fetchall() == [("Camille",)]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_check_reports_an_orphan_row(tmp_path: Path) -> None:
    path = tmp_path / "orphan.sqlite3"
    Database.open(f"sqlite:///{path}").dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(
            "INSERT INTO payment (application_id, received_on, amount_cents, reference, version, updated_at) "
            "VALUES (42, '2026-03-01', 100000, '', 1, '2026-03-01 00:00:00')"
        )
    database = Database.open(f"sqlite:///{path}")
    try:
        findings = database.check()
    finally:
        database.dispose()
    assert [finding.kind for finding in findings] == ["foreign_key"]
    assert "payment" in findings[0].detail


def test_the_list_of_revisions_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    from coopdesk.storage.database import alembic_config
    from coopdesk.storage.migrations import HEAD, REVISIONS

    script = ScriptDirectory.from_config(alembic_config())
    oldest_first = [revision.revision for revision in reversed(list(script.walk_revisions()))]
    assert list(REVISIONS) == oldest_first
    assert script.get_current_head() == HEAD
