"""Alembic environment: always run on a connection handed over by `coopdesk.storage.database`."""

from alembic import context

from coopdesk.storage.tables import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for developers calling alembic by hand
    raise RuntimeError("CoopDesk migrations run through coopdesk.storage.database.Database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
