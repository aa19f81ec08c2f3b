"""change history: who changed which goal, strategy, figure, task, tick, review or target, and when

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 16:00:00

The database writes the history itself, with triggers, so a change made with psql or
the sqlite3 shell is recorded as well as the app's own.

- PostgreSQL: one statement-level trigger per table and action (transition tables, so
  an import of 100,000 figures is one INSERT ... SELECT, not 100,000 calls). Who is
  ``current_user``. The same trigger sends ``pg_notify('smartgoals_changes_<workspace
  id>', ...)`` with ids only (kind, workspace, goal, the user's role oid): NOTIFY ignores
  row-level security, so the app listens to its own workspaces' channels only, and
  re-reads what changed through the rules.
- SQLite: row triggers. SQLite knows no users; who is the computer login the app wrote
  into ``app_meta`` (key ``history_login``) when it first wrote to the file. The file is
  private to that login (0600), so a change made with the sqlite3 shell is almost
  surely theirs too.

Rows whose parent is gone are not recorded: deleting a goal records the goal's deletion,
not one deletion per figure and task that went with it.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "smartgoals_changes"
LOGIN_KEY = "history_login"
ACTIONS = ("insert", "update", "delete")
# Columns that change with every save: a save that changes nothing else is not a change.
BOOKKEEPING = ("id", "updated_at", "changed_at", "changed_by", "version")

# Frozen here as migrations are: the columns whose change is a change, per table.
COLUMNS = {
    "strategy": (
        "archived_at business_days business_end business_start created_at statement template workspace_id"
    ),
    "goal": (
        "audience baseline_date baseline_value benchmark_target budget_per_month cadence created_at "
        "data_source deadline direction hours_per_week impact kind metric_key metric_name network "
        "outcome_link start_date status strategy_id stretch_target title unit why"
    ),
    "measurement": "created_at goal_id measured_on note source value",
    "task": "created_at duration_minutes goal_id notes paused rrule start_date start_time title",
    "task_completion": "note occurrence_date outcome recorded_at task_id",
    "review": (
        "created_at final_date final_value goal_id next_goal_id next_step outcome reviewed_on "
        "what_did_not what_worked"
    ),
    "target_change": (
        "changed_on created_at goal_id new_benchmark new_deadline new_stretch old_benchmark "
        "old_deadline old_stretch"
    ),
}

# The values a row's history entry keeps: (name in the summary, SQL of the row `r`);
# task_completion's task title comes from its task `t`.
SUMMARY = {
    "strategy": (("statement", "r.statement"),),
    "goal": (("title", "r.title"), ("status", "r.status")),
    "measurement": (("on", "r.measured_on"), ("value", "r.value")),
    "task": (("title", "r.title"),),
    "task_completion": (("on", "r.occurrence_date"), ("outcome", "r.outcome"), ("task", "t.title")),
    "review": (("outcome", "r.outcome"), ("next_step", "r.next_step")),
    "target_change": (
        ("benchmark", "r.new_benchmark"),
        ("stretch", "r.new_stretch"),
        ("deadline", "r.new_deadline"),
    ),
}

# How a row reaches its goal and workspace: (joins from the row `r`, goal id, workspace id).
_TO_STRATEGY = "JOIN goal g ON g.id = r.goal_id JOIN strategy s ON s.id = g.strategy_id"
PATHS = {
    "strategy": ("", "CAST(NULL AS INTEGER)", "r.workspace_id"),
    "goal": ("JOIN strategy s ON s.id = r.strategy_id", "r.id", "s.workspace_id"),
    "measurement": (_TO_STRATEGY, "r.goal_id", "s.workspace_id"),
    "task": (_TO_STRATEGY, "r.goal_id", "s.workspace_id"),
    "task_completion": (
        "JOIN task t ON t.id = r.task_id JOIN goal g ON g.id = t.goal_id JOIN strategy s ON s.id = g.strategy_id",
        "t.goal_id",
        "s.workspace_id",
    ),
    "review": (_TO_STRATEGY, "r.goal_id", "s.workspace_id"),
    "target_change": (_TO_STRATEGY, "r.goal_id", "s.workspace_id"),
}
INSERT_INTO = "INSERT INTO change_history (changed_at, changed_by, kind, row_id, goal_id, workspace_id, action, summary)"


def _columns(table: str) -> list[str]:
    return [c for c in COLUMNS[table].split() if c not in BOOKKEEPING]


# -- SQLite: row triggers ---------------------------------------------------------------
def _sqlite_trigger(table: str, action: str) -> str:
    row = "OLD" if action == "delete" else "NEW"
    joins, goal, workspace = PATHS[table]
    summary = "json_object(" + ", ".join(f"'{name}', {sql}" for name, sql in SUMMARY[table]) + ")"
    when = ""
    if action == "update":
        changed = _columns(table)
        when = "WHEN " + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in changed)
        fields = " UNION ALL ".join(f"SELECT '{c}' AS name WHERE OLD.{c} IS NOT NEW.{c}" for c in changed)
        summary = f"json_set({summary}, '$.fields', json((SELECT json_group_array(name) FROM ({fields}))))"
    source = ""
    if joins:
        # The row is no table here: its first join becomes the filter of the others.
        first, *rest = joins.removeprefix("JOIN ").split(" JOIN ")
        parent, condition = first.split(" ON ")
        source = f" FROM {parent}" + "".join(f" JOIN {j}" for j in rest) + f" WHERE {condition}"
    select = (
        "SELECT strftime('%Y-%m-%d %H:%M:%f', 'now') || '000', "
        f"COALESCE((SELECT value FROM app_meta WHERE key = '{LOGIN_KEY}'), ''), '{table}', r.id, "
        f"{goal}, {workspace}, '{action}', {summary}{source}"
    )
    select = re.sub(r"\br\.", f"{row}.", select)
    return (
        f"CREATE TRIGGER history_{table}_{action} AFTER {action.upper()} ON {table} FOR EACH ROW {when} "
        f"BEGIN {INSERT_INTO} {select}; END"
    )


# -- PostgreSQL: statement triggers on transition tables ---------------------------------
def _pg_function(table: str) -> str:
    joins, goal, workspace = PATHS[table]
    summary = "jsonb_build_object(" + ", ".join(f"'{name}', {sql}" for name, sql in SUMMARY[table]) + ")"
    skipped = ", ".join(f"'{c}'" for c in BOOKKEEPING)
    fields = (
        "CROSS JOIN LATERAL (SELECT jsonb_agg(e.key ORDER BY e.key) AS names FROM jsonb_each(to_jsonb(r)) e "
        f"WHERE e.key NOT IN ({skipped}) AND e.value IS DISTINCT FROM to_jsonb(o) -> e.key) f"
    )
    # One statement a branch: the entries written, and one notification per goal they touch.
    notify = (
        f"SELECT count(pg_notify('{CHANNEL}_' || d.workspace_id, json_build_object('kind', '{table}', 'workspace', d.workspace_id, "
        "'goal', d.goal_id, 'user', (SELECT oid::bigint FROM pg_roles WHERE rolname = current_user))::text)) "
        "INTO notified FROM (SELECT DISTINCT workspace_id, goal_id FROM written) d;"
    )
    returning = "RETURNING workspace_id, goal_id)"
    return f"""
CREATE OR REPLACE FUNCTION smartgoals_history_{table}() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  notified bigint;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    WITH written AS ({INSERT_INTO}
    SELECT timezone('UTC', now()), current_user, '{table}', r.id, {goal}, {workspace}, 'update',
           ({summary} || jsonb_build_object('fields', f.names))::text
    FROM changed_rows r JOIN old_rows o ON o.id = r.id {joins} {fields}
    WHERE f.names IS NOT NULL {returning}
    {notify}
  ELSE
    WITH written AS ({INSERT_INTO}
    SELECT timezone('UTC', now()), current_user, '{table}', r.id, {goal}, {workspace}, lower(TG_OP),
           {summary}::text
    FROM changed_rows r {joins} {returning}
    {notify}
  END IF;
  RETURN NULL;
END
$fn$"""


def _pg_triggers(table: str) -> list[str]:
    made = [_pg_function(table)]
    for action in ACTIONS:
        tables = {
            "insert": "NEW TABLE AS changed_rows",
            "update": "OLD TABLE AS old_rows NEW TABLE AS changed_rows",
            "delete": "OLD TABLE AS changed_rows",
        }[action]
        made.append(
            f"CREATE TRIGGER history_{action} AFTER {action.upper()} ON {table} REFERENCING {tables} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION smartgoals_history_{table}()"
        )
    return made


def upgrade() -> None:
    op.create_table(
        "change_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("summary", sa.String(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('strategy', 'goal', 'measurement', 'task', 'task_completion', 'review', 'target_change')",
            name="ck_change_history_kind",
        ),
        sa.CheckConstraint("action IN ('insert', 'update', 'delete')", name="ck_change_history_action"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_change_history_goal", "change_history", ["goal_id", "id"], unique=False)
    created = sa.text("kind = 'goal' AND action = 'insert'")
    op.create_index(
        "ix_change_history_goal_created",
        "change_history",
        ["goal_id", "id"],
        unique=False,
        sqlite_where=created,
        postgresql_where=created,
    )
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in COLUMNS:
        made = _pg_triggers(table) if postgres else [_sqlite_trigger(table, action) for action in ACTIONS]
        for statement in made:
            op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in COLUMNS:
        for action in ACTIONS:
            if postgres:
                op.execute(f"DROP TRIGGER IF EXISTS history_{action} ON {table}")
            else:
                op.execute(f"DROP TRIGGER IF EXISTS history_{table}_{action}")
        if postgres:
            op.execute(f"DROP FUNCTION IF EXISTS smartgoals_history_{table}()")
    op.drop_index("ix_change_history_goal_created", table_name="change_history")
    op.drop_index("ix_change_history_goal", table_name="change_history")
    op.drop_table("change_history")
