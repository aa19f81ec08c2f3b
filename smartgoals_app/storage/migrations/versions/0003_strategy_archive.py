"""strategy: archived_at, set when a strategy is set aside with its goals

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("strategy") as batch:
        batch.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    # Archived strategies come back into view; their goals stay archived (goal.status).
    with op.batch_alter_table("strategy") as batch:
        batch.drop_column("archived_at")
