"""Alembic environment: always run on a connection handed over by `coopdesk.storage.database`."""

from alembic import context

from coopdesk.storage.tables import Base

SEARCH_INDEX_TABLES = ("text_block_fts", "text_block_search")  # made by migration 0002, not mapped


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Leave the full-text search index (FTS5 table and its shadow tables) out of autogenerate."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_INDEX_TABLES))


connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for developers calling alembic by hand
    raise RuntimeError("CoopDesk migrations run through coopdesk.storage.database.Database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
