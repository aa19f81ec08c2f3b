"""Alembic environment: always handed a live connection by storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from smartgoals_app.storage import models  # noqa: F401  (registers the tables)

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through smartgoals_app.storage.migrate")

# render_as_batch: SQLite cannot ALTER most things; batch mode copies the table. A
# PostgreSQL server alters in place (batch_alter_table there runs plain ALTERs).
context.configure(
    connection=connection,
    target_metadata=target_metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
