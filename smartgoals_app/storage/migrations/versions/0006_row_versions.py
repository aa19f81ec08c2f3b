"""row versions: version, changed_by and changed_at on the rows a person edits in a form

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# models.VERSIONED_TABLES, frozen here as migrations are.
TABLES = ("strategy", "goal", "measurement", "task")


def upgrade() -> None:
    # Rows already stored start at version 1 with no known author: a form opened on one
    # before the upgrade still saves, since the form read version 1 too.
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))
            batch.add_column(sa.Column("changed_by", sa.String(), nullable=True))
            batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # Only who changed a row last, and when, is lost: an older version never asked.
    for table in reversed(TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_at")
            batch.drop_column("changed_by")
            batch.drop_column("version")
