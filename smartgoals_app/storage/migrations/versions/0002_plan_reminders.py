"""plan: per-database calendar UID and reminders already shown

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 19:20:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    meta = op.create_table(
        "app_meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    # The calendar export derives stable UIDs from this: made once, never changed.
    op.bulk_insert(meta, [{"key": "calendar_uid", "value": str(uuid.uuid4())}])
    op.create_table(
        "reminder_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column("occurrence_start", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('task', 'checkin')", name="ck_reminder_kind"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "ref_id", "occurrence_start", name="uq_reminder_sent"),
    )


def downgrade() -> None:
    op.drop_table("reminder_sent")
    op.drop_table("app_meta")
