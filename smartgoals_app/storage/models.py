"""SQLModel tables: the schema is part of the product (docs/schema.md documents it).

Enumerations are stored as their plain text values with CHECK constraints, so the
file reads well in any SQLite tool. Dates are ISO-8601 text (SQLAlchemy's Date).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    return datetime.now(UTC)


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> Column[int]:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True)


def _version_column() -> Column[int]:
    return Column("version", Integer, nullable=False, server_default=text("1"))


# A row a person edits in a form carries a version, raised by every ORM update, which
# also writes it only WHERE the version is still the one read (SQLAlchemy's optimistic
# concurrency: a StaleDataError otherwise). The services also compare it with the
# version the person's form was opened on, and say who changed the row meanwhile
# (changed_by: the server login or the computer's user; changed_at: UTC). Last in each
# table: migration 0006 added them at the end. Rows written outside the ORM (imports)
# take the server default 1 and no author.
_STRATEGY_VERSION = _version_column()
_GOAL_VERSION = _version_column()
_MEASUREMENT_VERSION = _version_column()
_TASK_VERSION = _version_column()
VERSIONED_TABLES = ("strategy", "goal", "measurement", "task")


class CurrentLogin(FunctionElement[str]):
    """Who writes the row: the server's login (``current_user``), so each person keeps
    their own drafts and reminder records; a file has one person, so the empty text."""

    type = String()
    inherit_cache = True


@compiles(CurrentLogin)
def _server_login(_element: CurrentLogin, _compiler: SQLCompiler, **_kw: Any) -> str:
    return "CURRENT_USER"


@compiles(CurrentLogin, "sqlite")
def _file_login(_element: CurrentLogin, _compiler: SQLCompiler, **_kw: Any) -> str:
    return "''"


def _login() -> Column[str]:
    # Left out of every INSERT (the attribute stays None), so the database fills it in;
    # on a server its rules refuse a row written in another login's name.
    return Column("login", String, nullable=False, server_default=CurrentLogin())


# The workspace a file starts with, and the one older files and exports move into.
DEFAULT_WORKSPACE_NAME = "My business"


class Workspace(SQLModel, table=True):
    """One business, or one client of an agency: every strategy belongs to one. A file
    has one by default; on a server, who may read or change a workspace's goals is
    decided by the server (storage/admin.py)."""

    __tablename__ = "workspace"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String, nullable=False, unique=True))
    created_at: datetime = Field(default_factory=utc_now)


class Strategy(SQLModel, table=True):
    __tablename__ = "strategy"
    __mapper_args__ = {"version_id_col": _STRATEGY_VERSION}

    id: int | None = Field(default=None, primary_key=True)
    statement: str
    template: str | None = None
    business_days: str | None = Field(default=None, description="Comma-separated RFC 5545 day codes")
    business_start: time | None = None
    business_end: time | None = None
    created_at: datetime = Field(default_factory=utc_now)
    # Set aside with its goals; NULL while in use. Its goals archived at this same
    # moment are the ones that come back when it is unarchived.
    archived_at: datetime | None = None
    # Last: the migration that brought workspaces added the column at the end.
    workspace_id: int = Field(sa_column=_fk("workspace.id", ondelete="RESTRICT"))
    version: int = Field(default=1, sa_column=_STRATEGY_VERSION)
    changed_by: str | None = None
    changed_at: datetime | None = None


class StrategyNetwork(SQLModel, table=True):
    __tablename__ = "strategy_network"
    __table_args__ = (UniqueConstraint("strategy_id", "network", name="uq_strategy_network"),)

    id: int | None = Field(default=None, primary_key=True)
    strategy_id: int = Field(sa_column=_fk("strategy.id"))
    network: str


class Goal(SQLModel, table=True):
    __tablename__ = "goal"
    __mapper_args__ = {"version_id_col": _GOAL_VERSION}
    __table_args__ = (
        CheckConstraint("direction IN ('more', 'less')", name="ck_goal_direction"),
        CheckConstraint("kind IN ('outcome', 'vanity')", name="ck_goal_kind"),
        CheckConstraint("cadence IN ('daily', 'weekly', 'monthly', 'quarterly')", name="ck_goal_cadence"),
        CheckConstraint("status IN ('active', 'archived')", name="ck_goal_status"),
        CheckConstraint("deadline > start_date", name="ck_goal_dates"),
    )

    id: int | None = Field(default=None, primary_key=True)
    strategy_id: int = Field(sa_column=_fk("strategy.id", ondelete="RESTRICT"))
    title: str
    network: str
    metric_key: str | None = None
    metric_name: str
    unit: str
    direction: str = "more"
    kind: str = "outcome"
    outcome_link: str = ""
    data_source: str = ""
    baseline_value: float
    baseline_date: date
    benchmark_target: float
    stretch_target: float
    start_date: date
    deadline: date
    why: str
    impact: str = ""
    audience: str = ""
    cadence: str = "weekly"
    budget_per_month: float | None = None
    hours_per_week: float | None = None
    status: str = "active"
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)
    version: int = Field(default=1, sa_column=_GOAL_VERSION)
    changed_by: str | None = None
    changed_at: datetime | None = None


class Measurement(SQLModel, table=True):
    __tablename__ = "measurement"
    __mapper_args__ = {"version_id_col": _MEASUREMENT_VERSION}
    __table_args__ = (Index("ix_measurement_goal_day", "goal_id", "measured_on"),)

    id: int | None = Field(default=None, primary_key=True)
    goal_id: int = Field(sa_column=Column(Integer, ForeignKey("goal.id", ondelete="CASCADE"), nullable=False))
    measured_on: date
    value: float
    note: str = ""
    source: str = "manual"
    created_at: datetime = Field(default_factory=utc_now)
    version: int = Field(default=1, sa_column=_MEASUREMENT_VERSION)
    changed_by: str | None = None
    changed_at: datetime | None = None


class Task(SQLModel, table=True):
    __tablename__ = "task"
    __mapper_args__ = {"version_id_col": _TASK_VERSION}
    __table_args__ = (CheckConstraint("duration_minutes BETWEEN 1 AND 1440", name="ck_task_duration"),)

    id: int | None = Field(default=None, primary_key=True)
    goal_id: int = Field(sa_column=_fk("goal.id"))
    title: str
    rrule: str
    start_date: date
    start_time: time
    duration_minutes: int = 30
    notes: str = ""
    paused: bool = False
    created_at: datetime = Field(default_factory=utc_now)
    version: int = Field(default=1, sa_column=_TASK_VERSION)
    changed_by: str | None = None
    changed_at: datetime | None = None


class TaskCompletion(SQLModel, table=True):
    __tablename__ = "task_completion"
    __table_args__ = (
        UniqueConstraint("task_id", "occurrence_date", name="uq_completion_occurrence"),
        CheckConstraint("outcome IN ('done', 'skipped')", name="ck_completion_outcome"),
    )

    id: int | None = Field(default=None, primary_key=True)
    task_id: int = Field(sa_column=_fk("task.id"))
    occurrence_date: date
    outcome: str
    note: str = ""
    recorded_at: datetime = Field(default_factory=utc_now)


class WizardDraft(SQLModel, table=True):
    """Unfinished wizard work, autosaved as JSON while the user types."""

    __tablename__ = "wizard_draft"

    id: int | None = Field(default=None, primary_key=True)
    goal_id: int | None = Field(default=None, sa_column=_fk("goal.id", nullable=True))
    page: int = 0
    payload: str
    updated_at: datetime = Field(default_factory=utc_now)
    login: str | None = Field(default=None, sa_column=_login())


class AppMeta(SQLModel, table=True):
    """Small facts about this database file, e.g. `calendar_uid`: a UUID made once per
    file so the calendar export gives every task a UID that never changes."""

    __tablename__ = "app_meta"

    key: str = Field(primary_key=True)
    value: str


class ReminderSent(SQLModel, table=True):
    """Reminders already shown, so a restart never repeats one.

    `kind` is 'task' (ref_id = task.id, occurrence_start = the occurrence's local
    start) or 'checkin' (ref_id = goal.id, occurrence_start = the check-in day at 00:00).
    """

    __tablename__ = "reminder_sent"
    __table_args__ = (
        UniqueConstraint("login", "kind", "ref_id", "occurrence_start", name="uq_reminder_sent"),
        CheckConstraint("kind IN ('task', 'checkin')", name="ck_reminder_kind"),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    ref_id: int
    # Local wall-clock time without a zone, like the plan itself (a plain DateTime column).
    occurrence_start: datetime = Field(sa_column=Column(DateTime(), nullable=False))
    sent_at: datetime = Field(default_factory=utc_now)
    login: str | None = Field(default=None, sa_column=_login())


class Review(SQLModel, table=True):
    """What the user concluded at a goal's deadline (or whenever they reviewed it)."""

    __tablename__ = "review"
    __table_args__ = (
        CheckConstraint(
            "outcome IN ('stretch_reached', 'benchmark_reached', 'missed')", name="ck_review_outcome"
        ),
        CheckConstraint("next_step IN ('repeat', 'raise', 'close')", name="ck_review_next_step"),
    )

    id: int | None = Field(default=None, primary_key=True)
    goal_id: int = Field(sa_column=_fk("goal.id"))
    reviewed_on: date
    outcome: str
    final_value: float
    final_date: date
    what_worked: str = ""
    what_did_not: str = ""
    next_step: str
    # The goal a repeat made; kept when that goal is deleted later (the review still stands).
    next_goal_id: int | None = Field(
        default=None, sa_column=_fk("goal.id", nullable=True, ondelete="SET NULL")
    )
    created_at: datetime = Field(default_factory=utc_now)


class TargetChange(SQLModel, table=True):
    """A goal's targets before and after a change, so the chart keeps each period's road."""

    __tablename__ = "target_change"

    id: int | None = Field(default=None, primary_key=True)
    goal_id: int = Field(sa_column=_fk("goal.id"))
    changed_on: date
    old_benchmark: float
    old_stretch: float
    new_benchmark: float
    new_stretch: float
    old_deadline: date | None = None  # both NULL when the deadline stayed
    new_deadline: date | None = None
    created_at: datetime = Field(default_factory=utc_now)


# What the history records, and how (the triggers of migration 0007 write it).
HISTORY_KINDS = ("strategy", "goal", "measurement", "task", "task_completion", "review", "target_change")
HISTORY_ACTIONS = ("insert", "update", "delete")


class ChangeHistory(SQLModel, table=True):
    """Who changed what, and when: one row per row inserted, changed or deleted in the
    tables of HISTORY_KINDS, written by the database's own triggers, so a change made
    with psql or the sqlite3 shell is recorded too. No foreign keys: the record outlives
    the row. `summary` is a small JSON object of the row's telling values (a figure's
    day and value, a task's title), read by the goal's History dialog."""

    __tablename__ = "change_history"
    __table_args__ = (
        Index("ix_change_history_goal", "goal_id", "id"),
        # One row per goal: where its history starts (a file may reuse a deleted goal's id).
        # Migration 0007 makes it on both engines; only SQLite's condition is said here, as
        # naming PostgreSQL's would import that dialect (tens of milliseconds) on every start.
        Index(
            "ix_change_history_goal_created",
            "goal_id",
            "id",
            sqlite_where=text("kind = 'goal' AND action = 'insert'"),
        ),
        CheckConstraint(
            "kind IN (" + ", ".join(f"'{kind}'" for kind in HISTORY_KINDS) + ")",
            name="ck_change_history_kind",
        ),
        CheckConstraint(
            "action IN (" + ", ".join(f"'{a}'" for a in HISTORY_ACTIONS) + ")",
            name="ck_change_history_action",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    changed_at: datetime = Field(default_factory=utc_now)
    # A server's database user (current_user); on a file, the computer's login.
    changed_by: str
    kind: str
    row_id: int
    goal_id: int | None = None
    workspace_id: int = Field(sa_column=Column(Integer, nullable=False))
    action: str
    summary: str = "{}"
