"""per person: wizard drafts and reminders already shown belong to the login that wrote them

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PER_PERSON = ("wizard_draft", "reminder_sent")


def _login_default() -> sa.TextClause:
    # models.CurrentLogin, frozen here as migrations are. Rows already on a server go to
    # the administrator who upgrades it; a file has one person.
    return sa.text("CURRENT_USER") if op.get_bind().dialect.name == "postgresql" else sa.text("''")


def upgrade() -> None:
    for table in PER_PERSON:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("login", sa.String(), nullable=False, server_default=_login_default())
            )
    # The same reminder is recorded once for each person it was shown to.
    with op.batch_alter_table("reminder_sent", schema=None) as batch_op:
        batch_op.drop_constraint("uq_reminder_sent", type_="unique")
        batch_op.create_unique_constraint("uq_reminder_sent", ["login", "kind", "ref_id", "occurrence_start"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # The server's per-login rules read the column: they go first, and the older
        # version's `admin init` writes its own (until then members see none of these rows).
        for table in PER_PERSON:
            for action in ("read", "insert", "update", "delete"):
                op.execute(f"DROP POLICY IF EXISTS smartgoals_{action} ON {table}")
    # An older version records a reminder once for everybody: one record of each stays.
    op.execute(
        "DELETE FROM reminder_sent WHERE id NOT IN "
        "(SELECT MIN(id) FROM reminder_sent GROUP BY kind, ref_id, occurrence_start)"
    )
    with op.batch_alter_table("reminder_sent", schema=None) as batch_op:
        batch_op.drop_constraint("uq_reminder_sent", type_="unique")
        batch_op.create_unique_constraint("uq_reminder_sent", ["kind", "ref_id", "occurrence_start"])
    for table in PER_PERSON:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("login")
