"""workspaces: every strategy belongs to one; existing strategies to a default one

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 13:00:00
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Stored, not shown through the catalogue: the user renames it like any workspace.
DEFAULT_NAME = "My business"  # models.DEFAULT_WORKSPACE_NAME, frozen here as migrations are


def upgrade() -> None:
    workspace = op.create_table(
        "workspace",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    bind = op.get_bind()
    has_strategies = bool(bind.execute(sa.text("SELECT EXISTS (SELECT 1 FROM strategy)")).scalar())
    # A file always has a workspace to open. A new server gets its workspaces from
    # `smartgoals admin workspace add`; an old one keeps its strategies in a default one.
    if bind.dialect.name == "sqlite" or has_strategies:
        op.bulk_insert(
            workspace, [{"id": 1, "name": DEFAULT_NAME, "created_at": datetime.now(UTC).replace(tzinfo=None)}]
        )
        if bind.dialect.name == "postgresql":
            op.execute("SELECT setval(pg_get_serial_sequence('workspace', 'id'), 1)")
    # Added empty, filled, then made required: no strategy is left without a workspace.
    with op.batch_alter_table("strategy", schema=None) as batch_op:
        batch_op.add_column(sa.Column("workspace_id", sa.Integer(), nullable=True))
    op.execute("UPDATE strategy SET workspace_id = (SELECT MIN(id) FROM workspace)")
    with op.batch_alter_table("strategy", schema=None) as batch_op:
        batch_op.alter_column("workspace_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            "fk_strategy_workspace_id_workspace", "workspace", ["workspace_id"], ["id"], ondelete="RESTRICT"
        )
        batch_op.create_index(batch_op.f("ix_strategy_workspace_id"), ["workspace_id"], unique=False)


def downgrade() -> None:
    # Every strategy goes back to the one list an older version knows; only the
    # workspaces' names are lost, as that version has nowhere to keep them.
    with op.batch_alter_table("strategy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_strategy_workspace_id"))
        batch_op.drop_constraint("fk_strategy_workspace_id_workspace", type_="foreignkey")
        batch_op.drop_column("workspace_id")
    op.drop_table("workspace")
