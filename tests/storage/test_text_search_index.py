"""The full-text index of migration 0002: triggers keep it current, downgrade removes it, upgrade
indexes texts already there; on PostgreSQL, search still ignores accents without `unaccent`."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from alembic import command
from sqlalchemy import inspect, text

from coopdesk.domain.enums import TextCategory
from coopdesk.domain.texts import TextBlockInput
from coopdesk.services.text_service import TextService
from coopdesk.storage.database import MIGRATIONS_DIR, Database, alembic_config
from tests.postgres_server import PostgresServer


def _migrate(database: Database, target: str, *, down: bool) -> None:
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        if down:
            command.downgrade(config, target)
        else:
            command.upgrade(config, target)


def _migration_0002() -> ModuleType:
    path = Path(MIGRATIONS_DIR) / "versions" / "0002_text_search.py"
    spec = importlib.util.spec_from_file_location("migration_0002", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _search_tables(database: Database) -> set[str]:
    names = set(inspect(database.engine).get_table_names())
    return {name for name in names if name.startswith(("text_block_fts", "text_block_search"))}


def test_downgrade_removes_the_index_and_upgrade_indexes_existing_texts(database: Database) -> None:
    texts = TextService(database)
    block = texts.create(TextBlockInput("Territoire", TextCategory.TERRITORY, "Le Lodévois et le Larzac."))
    assert _search_tables(database)
    _migrate(database, "0001", down=True)
    assert _search_tables(database) == set()
    assert database.check() != []  # no longer at head: check says so
    _migrate(database, "head", down=False)
    assert [hit.id for hit in texts.search("lodevois")] == [block.id]
    assert database.check() == []


@pytest.mark.postgresql
def test_postgresql_without_unaccent_still_ignores_accents(postgres_server: PostgresServer) -> None:
    name = "t_no_unaccent"
    postgres_server.create_database(name)
    database = Database.open(postgres_server.url(name))
    try:
        _migrate(database, "0001", down=True)
        with database.engine.begin() as connection:
            connection.execute(text("DROP EXTENSION IF EXISTS unaccent"))
            for statement in _migration_0002()._postgresql(False):
                connection.execute(text(statement))
            connection.execute(text("UPDATE alembic_version SET version_num = '0002'"))
        texts = TextService(database)
        block = texts.create(
            TextBlockInput("Présentation", TextCategory.PRESENTATION, "Épicerie de l'Hérault.")
        )
        for query in ("herault", "HÉRAULT", "epicerie"):
            assert [hit.id for hit in texts.search(query)] == [block.id]
        # The excerpt shows the text as typed (accented words are not highlighted in this mode).
        assert "l'Hérault" in texts.search("epicerie")[0].excerpt
    finally:
        database.dispose()
        postgres_server.drop_database(name)
