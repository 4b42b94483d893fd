"""Opening a CoopDesk database: SQLite by default, PostgreSQL for an office with several PCs.

`Database.open` refuses what is not a CoopDesk database or was written by a newer CoopDesk, backs the
database up before migrating it, then brings the schema to the latest revision.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from coopdesk.domain.errors import (
    UNSUPPORTED_URL,
    DatabaseMissing,
    DatabaseTooNew,
    DatabaseUnreachable,
    DataDirUnusable,
    NotADatabase,
    StaleEdit,
)
from coopdesk.paths import redact_url, sqlite_path
from coopdesk.storage.backup import online_backup, timestamped_name
from coopdesk.storage.migrations import HEAD, REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


@dataclass(frozen=True)
class CheckFinding:
    """One problem found by `Database.check`: kind is integrity, foreign_key or migration."""

    kind: str
    detail: str


def alembic_config() -> Config:
    """Alembic, imported only when a schema must change (it is slow to import)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _check_sqlite_file(path: Path, must_exist: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise NotADatabase(str(path))
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise NotADatabase(str(path))
        return
    if must_exist:
        raise DatabaseMissing(str(path))
    if not path.parent.is_dir():
        raise DataDirUnusable(str(path.parent), "missing")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DataDirUnusable(str(path.parent), "not_writable")
    # Create the file ourselves so that it is readable by its owner only (WAL files inherit this).
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


class Database:
    """An open CoopDesk database: an engine, a session factory, the schema state."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        url: str,
        *,
        backup_dir: Path | None = None,
        must_exist: bool = False,
        migrate: bool = True,
    ) -> Database:
        """Open (and create or migrate) the database at `url`.

        Raises NotADatabase, DatabaseTooNew, DatabaseMissing, DataDirUnusable or DatabaseUnreachable;
        in each case nothing was created, migrated or overwritten.
        """
        path = sqlite_path(url)
        created = False
        if path is not None:
            existed = path.exists()
            _check_sqlite_file(path, must_exist)
            created = not existed
        try:
            engine = cls._engine(url)
            database = cls(engine, url)
            try:
                database._prepare(backup_dir=backup_dir, migrate=migrate)
            except BaseException:
                engine.dispose()
                raise
        except (NotADatabase, DatabaseTooNew) as error:
            if created and path is not None:
                path.unlink(missing_ok=True)
            raise error
        except OperationalError as error:
            if created and path is not None:
                path.unlink(missing_ok=True)
            location = str(path) if path is not None else redact_url(url)
            detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            if path is not None and "not a database" in detail:
                raise NotADatabase(location) from error
            raise DatabaseUnreachable(location, detail) from error
        except DatabaseError as error:
            if path is None:  # e.g. "permission denied for schema public" on PostgreSQL
                detail = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
                raise DatabaseUnreachable(redact_url(url), detail) from error
            raise NotADatabase(str(path)) from error
        except (ArgumentError, ImportError) as error:
            # A URL SQLAlchemy cannot parse, or a driver CoopDesk does not ship (mysql://, psycopg2…).
            raise DatabaseUnreachable(redact_url(url), UNSUPPORTED_URL) from error
        return database

    @staticmethod
    def _engine(url: str) -> Engine:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            event.listen(engine, "connect", _set_sqlite_pragmas)
            return engine
        connect_args: dict[str, Any] = {}
        if url.startswith("postgresql"):
            connect_args["connect_timeout"] = 5
            connect_args["application_name"] = "CoopDesk"
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)

    def _prepare(self, *, backup_dir: Path | None, migrate: bool) -> None:
        state = self.schema_state()
        if state.current is None:
            if self._has_foreign_tables():
                raise NotADatabase(self.location)
        elif state.current not in REVISIONS:
            raise DatabaseTooNew(self.location, state.current)
        # Only now that the file is known to be ours may it change: WAL is a persistent setting.
        if self.dialect == "sqlite" and migrate:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        if state.current is None:
            if migrate:
                self._upgrade()
        elif not state.up_to_date and migrate:
            self.backup_before_migration(backup_dir, state.current)
            self._upgrade()

    def _has_foreign_tables(self) -> bool:
        names = [name for name in inspect(self.engine).get_table_names() if not name.startswith("sqlite_")]
        return bool(names)

    def _upgrade(self) -> None:
        from alembic import command

        config = alembic_config()
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def backup_before_migration(self, backup_dir: Path | None, revision: str) -> Path | None:
        """An online backup of a SQLite database before its schema changes; None for PostgreSQL."""
        path = self.sqlite_file
        if path is None:
            log.info("PostgreSQL database: back it up with the server's tools before upgrading")
            return None
        folder = backup_dir or path.parent / "sauvegardes"
        target = folder / timestamped_name(f"avant-migration-{revision}")
        log.info("backing up %s to %s before migrating", path, target)
        return online_backup(path, target)

    # -- state -----------------------------------------------------------------------------------

    @property
    def sqlite_file(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def location(self) -> str:
        """The file path, or the URL without its password."""
        path = self.sqlite_file
        return str(path) if path is not None else redact_url(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def schema_state(self) -> SchemaState:
        with self.engine.connect() as connection:
            current: str | None = None
            if inspect(connection).has_table("alembic_version"):
                versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
                current = versions[0] if versions else None
        return SchemaState(current=current, head=HEAD)

    def check(self) -> list[CheckFinding]:
        """Integrity check, foreign keys and migrations: an empty list means all is well."""
        findings: list[CheckFinding] = []
        with self.engine.connect() as connection:
            if self.dialect == "sqlite":
                for (row,) in connection.execute(text("PRAGMA integrity_check")):
                    if row != "ok":
                        findings.append(CheckFinding("integrity", str(row)))
                for row in connection.execute(text("PRAGMA foreign_key_check")):
                    findings.append(CheckFinding("foreign_key", f"{row[0]} #{row[1]} -> {row[2]}"))
        state = self.schema_state()
        if state.current is None:
            findings.append(CheckFinding("empty", state.head))
        elif not state.up_to_date:
            findings.append(CheckFinding("migration", f"{state.current} -> {state.head}"))
        return findings

    # -- sessions --------------------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back whole on any error.

        An UPDATE refused because the row's version changed becomes StaleEdit.
        """
        session = self._sessions()
        try:
            yield session
            session.commit()
        except StaleDataError as error:
            session.rollback()
            raise _stale_edit(error) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def _stale_edit(error: StaleDataError) -> StaleEdit:
    # "UPDATE statement on table 'x' expected to update 1 row(s); 0 were matched."
    message = str(error)
    entity = message.split("'")[1] if message.count("'") >= 2 else "record"
    return StaleEdit(entity, 0)
