"""reviews at the deadline and the history of target changes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 13:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("final_value", sa.Float(), nullable=False),
        sa.Column("final_date", sa.Date(), nullable=False),
        sa.Column("what_worked", sa.String(), nullable=False),
        sa.Column("what_did_not", sa.String(), nullable=False),
        sa.Column("next_step", sa.String(), nullable=False),
        sa.Column("next_goal_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('stretch_reached', 'benchmark_reached', 'missed')", name="ck_review_outcome"
        ),
        sa.CheckConstraint("next_step IN ('repeat', 'raise', 'close')", name="ck_review_next_step"),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["next_goal_id"], ["goal.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_next_goal_id"), ["next_goal_id"], unique=False)
    op.create_table(
        "target_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("old_benchmark", sa.Float(), nullable=False),
        sa.Column("old_stretch", sa.Float(), nullable=False),
        sa.Column("new_benchmark", sa.Float(), nullable=False),
        sa.Column("new_stretch", sa.Float(), nullable=False),
        sa.Column("old_deadline", sa.Date(), nullable=True),
        sa.Column("new_deadline", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["goal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("target_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_change_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("target_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_change_goal_id"))
    op.drop_table("target_change")
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_next_goal_id"))
        batch_op.drop_index(batch_op.f("ix_review_goal_id"))
    op.drop_table("review")
