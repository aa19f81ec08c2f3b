"""Keyword-only queries over a session; services own the transactions around them."""

from __future__ import annotations

import gc
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Table, text, update
from sqlalchemy import select as core_select
from sqlmodel import Session, col, delete, func, select

from smartgoals_app.domain.text import translate
from smartgoals_app.domain.workspaces import same_workspace_name, unknown_workspace
from smartgoals_app.storage.database import StorageError
from smartgoals_app.storage.models import (
    Goal,
    Measurement,
    Review,
    Strategy,
    StrategyNetwork,
    TargetChange,
    Task,
    TaskCompletion,
    WizardDraft,
    Workspace,
)


def no_workspace() -> StorageError:
    return StorageError(
        translate(
            "Database",
            "You are not a member of any workspace in this database: ask its administrator "
            "to add you to one.",
        )
    )


def open_workspace_id(session: Session) -> int:
    """The workspace a new strategy goes to when no workspace is open (the command
    line): the first one there is (on a server, the first one the user is a member of:
    the server shows no other)."""
    found = session.exec(select(Workspace.id).order_by(col(Workspace.id))).first()
    if found is None:
        raise no_workspace()
    return int(found)


def add_workspace(session: Session, *, name: str) -> int:
    workspace = Workspace(name=name)
    session.add(workspace)
    session.flush()
    assert workspace.id is not None
    return workspace.id


def workspaces(session: Session) -> list[tuple[int, str]]:
    """(id, name) of the workspaces the session may see, oldest first (on a server,
    row-level security leaves out those the user is not a member of)."""
    query = core_select(_WORKSPACE.c.id, _WORKSPACE.c.name).order_by(_WORKSPACE.c.id)
    return [(int(r[0]), str(r[1])) for r in session.connection().execute(query)]


def workspace_named(session: Session, name: str) -> int:
    """The id of the workspace the session may see by that name (letter case and
    surrounding spaces aside); a StorageError naming those there are otherwise."""
    seen = workspaces(session)
    found = next((wid for wid, other in seen if same_workspace_name(other, name)), None)
    if found is None:
        raise StorageError(unknown_workspace(name, [other for _wid, other in seen]))
    return found


def rename_workspace(session: Session, *, workspace_id: int, name: str) -> bool:
    """False when no row changed: the workspace is gone, or (on a server) the user may
    see it but not rename it, which row-level security answers by changing nothing."""
    query = update(_WORKSPACE).where(_WORKSPACE.c.id == workspace_id).values(name=name)
    return session.connection().execute(query).rowcount == 1


# Lists are read through SQLAlchemy Core: rows of plain values, no ORM object per goal
# (building 5,000 SQLModel objects to show their titles took a second). The statements
# are plain SELECTs that PostgreSQL runs as well as SQLite.
_GOAL: Table = Goal.__table__  # type: ignore[attr-defined]
_STRATEGY: Table = Strategy.__table__  # type: ignore[attr-defined]
_TASK: Table = Task.__table__  # type: ignore[attr-defined]
_MEASUREMENT: Table = Measurement.__table__  # type: ignore[attr-defined]
_WORKSPACE: Table = Workspace.__table__  # type: ignore[attr-defined]


def _goal_in(workspace_id: int) -> ColumnElement[bool]:
    """SQL: the goal's strategy belongs to the workspace (a plain IN over the indexed
    strategy.workspace_id, the same on both engines)."""
    strategies = core_select(_STRATEGY.c.id).where(_STRATEGY.c.workspace_id == workspace_id)
    return _GOAL.c.strategy_id.in_(strategies)


GOAL_LIST_COLUMNS = (
    "id",
    "strategy_id",
    "title",
    "network",
    "metric_name",
    "unit",
    "direction",
    "kind",
    "cadence",
    "status",
    "baseline_value",
    "baseline_date",
    "benchmark_target",
    "stretch_target",
    "start_date",
    "deadline",
)


def _listed_goals(query: Any, *, include_archived: bool, workspace_id: int | None) -> Any:
    query = query.select_from(_GOAL.join(_STRATEGY, _STRATEGY.c.id == _GOAL.c.strategy_id)).where(
        # An archived strategy leaves every list with its goals (even "All goals").
        _STRATEGY.c.archived_at.is_(None)
    )
    if not include_archived:
        query = query.where(_GOAL.c.status == "active")
    if workspace_id is not None:
        query = query.where(_STRATEGY.c.workspace_id == workspace_id)
    return query


def goal_rows(
    session: Session,
    *,
    include_archived: bool = True,
    workspace_id: int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Sequence[Any]:
    """The goals as rows of GOAL_LIST_COLUMNS plus `statement` (their strategy's), in list
    order; of one workspace, or of every one the session sees when `workspace_id` is None.
    `limit` and `offset` read a part of that order (the first screen's, then the rest)."""
    query = _listed_goals(
        core_select(*(_GOAL.c[name] for name in GOAL_LIST_COLUMNS), _STRATEGY.c.statement),
        include_archived=include_archived,
        workspace_id=workspace_id,
    ).order_by(_GOAL.c.strategy_id, _GOAL.c.deadline, _GOAL.c.id)
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    return session.connection().execute(query).all()


def goal_row_count(
    session: Session, *, include_archived: bool = True, workspace_id: int | None = None
) -> int:
    """How many rows goal_rows reads whole."""
    query = _listed_goals(
        core_select(func.count()), include_archived=include_archived, workspace_id=workspace_id
    )
    return int(session.connection().execute(query).scalar_one())


def goal_titles(
    session: Session, *, include_archived: bool = True, workspace_id: int | None = None
) -> list[tuple[int, str, str]]:
    """(id, title, why) of the goals (of one workspace) in list order, one query."""
    query = core_select(_GOAL.c.id, _GOAL.c.title, _GOAL.c.why).order_by(
        _GOAL.c.strategy_id, _GOAL.c.deadline, _GOAL.c.id
    )
    if not include_archived:
        query = query.where(_GOAL.c.status == "active")
    if workspace_id is not None:
        query = query.where(_goal_in(workspace_id))
    return [(int(r[0]), str(r[1]), str(r[2])) for r in session.connection().execute(query)]


def task_rows(
    session: Session, *, goal_id: int | None = None, workspace_id: int | None = None
) -> Sequence[Any]:
    """Tasks (of one goal, or of one workspace's goals) with their goal's title
    (`goal_title`), one query whatever the number of goals."""
    query = (
        core_select(
            _TASK.c.id,
            _TASK.c.goal_id,
            _GOAL.c.title.label("goal_title"),
            _TASK.c.title,
            _TASK.c.rrule,
            _TASK.c.start_date,
            _TASK.c.start_time,
            _TASK.c.duration_minutes,
            _TASK.c.notes,
            _TASK.c.paused,
            _TASK.c.version,
        )
        .select_from(_TASK.join(_GOAL, _GOAL.c.id == _TASK.c.goal_id))
        .order_by(_TASK.c.goal_id, _TASK.c.start_time, _TASK.c.id)
    )
    if goal_id is not None:
        query = query.where(_TASK.c.goal_id == goal_id)
    if workspace_id is not None:
        query = query.where(_goal_in(workspace_id))
    return session.connection().execute(query).all()


def measured_days(
    session: Session, *, after: date, before: date, goal_id: int | None = None
) -> dict[int, list[date]]:
    """The days strictly between `after` and `before` on which each active goal has a
    measurement, oldest first: one query for every goal at once."""
    query = (
        core_select(_MEASUREMENT.c.goal_id, _MEASUREMENT.c.measured_on)
        .select_from(_MEASUREMENT.join(_GOAL, _GOAL.c.id == _MEASUREMENT.c.goal_id))
        .where(
            _GOAL.c.status == "active",
            _MEASUREMENT.c.measured_on > after,
            _MEASUREMENT.c.measured_on < before,
        )
        .distinct()
        .order_by(_MEASUREMENT.c.goal_id, _MEASUREMENT.c.measured_on)
    )
    if goal_id is not None:
        query = query.where(_MEASUREMENT.c.goal_id == goal_id)
    result: dict[int, list[date]] = defaultdict(list)
    for gid, day in session.connection().execute(query):
        result[gid].append(day)
    return result


def list_goals(
    session: Session, *, include_archived: bool = True, workspace_id: int | None = None
) -> Sequence[Goal]:
    query = select(Goal).order_by(col(Goal.strategy_id), col(Goal.deadline), col(Goal.id))
    if not include_archived:
        query = query.where(Goal.status == "active")
    if workspace_id is not None:
        query = query.where(_goal_in(workspace_id))
    return session.exec(query).all()


def list_strategies(
    session: Session, *, include_archived: bool = True, workspace_id: int | None = None
) -> Sequence[Strategy]:
    query = select(Strategy).order_by(col(Strategy.id))
    if not include_archived:
        query = query.where(col(Strategy.archived_at).is_(None))
    if workspace_id is not None:
        query = query.where(Strategy.workspace_id == workspace_id)
    return session.exec(query).all()


def strategy_networks(session: Session, *, strategy_ids: Iterable[int]) -> dict[int, list[str]]:
    ids = list(strategy_ids)
    result: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return result
    rows = session.exec(
        select(StrategyNetwork)
        .where(col(StrategyNetwork.strategy_id).in_(ids))
        .order_by(col(StrategyNetwork.id))
    )
    for row in rows:
        result[row.strategy_id].append(row.network)
    return result


def set_strategy_networks(session: Session, *, strategy_id: int, networks: Sequence[str]) -> None:
    session.exec(delete(StrategyNetwork).where(col(StrategyNetwork.strategy_id) == strategy_id))
    for network in dict.fromkeys(networks):
        session.add(StrategyNetwork(strategy_id=strategy_id, network=network))


def measurements_for(session: Session, *, goal_id: int) -> Sequence[Measurement]:
    return session.exec(
        select(Measurement)
        .where(Measurement.goal_id == goal_id)
        .order_by(col(Measurement.measured_on), col(Measurement.id))
    ).all()


# One statement, but each goal's newest rows are read backwards off the (goal_id,
# measured_on) index with a LIMIT: a window function over the whole table took 0.4 s
# for 200 goals x 3 years of daily data on SQLite; this takes ~10 ms. PostgreSQL plans
# SQLite's form as a scan of every measurement per goal (0.5 s for 3 goals of 10 rows);
# a LATERAL join is its way of saying the same.
_RECENT_SQL = {
    "sqlite": "SELECT m.goal_id, m.measured_on, m.value FROM goal AS g"
    " JOIN measurement AS m ON m.id IN ("
    "  SELECT id FROM measurement WHERE goal_id = g.id"
    "  ORDER BY measured_on DESC, id DESC LIMIT :n)"
    " ORDER BY m.goal_id, m.measured_on, m.id",
    "postgresql": "SELECT g.id, m.measured_on, m.value FROM goal AS g"
    " CROSS JOIN LATERAL ("
    "  SELECT id, measured_on, value FROM measurement WHERE goal_id = g.id"
    "  ORDER BY measured_on DESC, id DESC LIMIT :n) AS m"
    " ORDER BY g.id, m.measured_on, m.id",
}


# A few goals' (the first screen's): their ids listed, as few as fit in any SQLite's
# limit of bound values (999 before 3.32).
_RECENT_OF_SQL = {
    "sqlite": _RECENT_SQL["sqlite"].replace(
        " ORDER BY m.goal_id", " WHERE g.id IN ({ids}) ORDER BY m.goal_id"
    ),
    "postgresql": _RECENT_SQL["postgresql"].replace(" ORDER BY g.id", " WHERE g.id IN ({ids}) ORDER BY g.id"),
}
RECENT_OF_MOST = 900


def recent_points(
    session: Session, *, per_goal: int, goal_ids: Sequence[int] | None = None
) -> dict[int, list[tuple[date, float]]]:
    """The newest `per_goal` measurements of every goal (or of the goals of `goal_ids`, at
    most RECENT_OF_MOST of them), oldest first, in one query."""
    connection = session.connection()
    dialect = connection.dialect.name
    sql, values = _RECENT_SQL[dialect], [per_goal]
    if goal_ids is not None:
        if not goal_ids:
            return defaultdict(list)
        if len(goal_ids) > RECENT_OF_MOST:
            raise ValueError(f"at most {RECENT_OF_MOST} goals at once, not {len(goal_ids)}")
        sql = _RECENT_OF_SQL[dialect].replace("{ids}", ", ".join(f":g{n}" for n in range(len(goal_ids))))
        values += [int(goal_id) for goal_id in goal_ids]
    if dialect == "sqlite":
        # Executed by SQLAlchemy (its events see it) but fetched as the driver's plain
        # tuples: SQLAlchemy's row objects for 5,000 goals' newest figures cost more
        # than the query itself.
        read = connection.exec_driver_sql(re.sub(r":[a-z]\d*", "?", sql), tuple(values))
        try:
            rows: Iterable[Any] = read.cursor.fetchall()
        finally:
            read.close()
    else:
        names = ["n"] + [f"g{n}" for n in range(len(values) - 1)]
        rows = connection.execute(text(sql), dict(zip(names, values, strict=True))).all()
    result: dict[int, list[tuple[date, float]]] = defaultdict(list)
    days: dict[object, date] = {}  # goals share their recent days: each is parsed once
    with _collector_paused():  # tens of thousands of fresh tuples, none in a cycle
        for goal_id, measured_on, value in rows:
            day = days.get(measured_on)
            if day is None:
                day = measured_on if isinstance(measured_on, date) else date.fromisoformat(measured_on)
                days[measured_on] = day
            result[goal_id].append((day, float(value)))
    return result


Columns = tuple["array[int]", "array[int]", "array[float]"]
# Rows per fetchmany: a bounded batch of tuples, never the whole series. Each batch's
# tuples pass through Python's allocator, which keeps what it grew to: batches of
# 16,384 left a 1M-figure start 8 MiB bigger at its peak than batches of 4,096.
_FETCH_ROWS = 4_096


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector around a bulk read.

    100,000 fresh row tuples trigger full collections that re-scan every one of
    them: measured, they made transposing the rows into columns 4-5x slower. Rows
    of numbers and strings hold no cycles, so nothing is lost by pausing.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# The same rows on each engine, in its own date arithmetic and placeholder style.
_SERIES_SQL = {
    "sqlite": "SELECT id, CAST(julianday(measured_on) - 2440587.5 AS INTEGER), value"
    " FROM measurement WHERE goal_id = ? ORDER BY measured_on, id",
    "postgresql": "SELECT id, measured_on - DATE '1970-01-01', value"
    " FROM measurement WHERE goal_id = %s ORDER BY measured_on, id",
}


def measurement_series(session: Session, *, goal_id: int) -> Columns:
    """(ids, days since 1970-01-01, values) of one goal, oldest first, as packed arrays.

    Straight from the driver's cursor into machine-word arrays (16 bytes a row: ids
    as 32-bit numbers while they fit, as they do below two billion rows): a chart of
    1,000,000 points must not hold a million row tuples, ORM objects or SQLAlchemy
    rows (233 bytes a row as tuples). Notes are read separately, only for the rows
    shown (measurement_notes).
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        from smartgoals_app.storage.server_bulk import read_series

        return read_series(connection, goal_id=goal_id)
    ids: array[int] = array("i")
    days: array[int] = array("i")
    values: array[float] = array("d")
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        with _collector_paused():
            cursor.execute(_SERIES_SQL[connection.dialect.name], (goal_id,))
            while rows := cursor.fetchmany(_FETCH_ROWS):
                chunk_ids, chunk_days, chunk_values = zip(*rows, strict=True)
                kept = len(ids)
                try:
                    ids.extend(chunk_ids)
                except OverflowError:  # an id past 32 bits: 64-bit ids from here on
                    del ids[kept:]  # extend() stops half-way through the chunk
                    ids = array("q", ids)
                    ids.extend(chunk_ids)
                days.extend(chunk_days)
                values.extend(chunk_values)
    finally:
        cursor.close()
    return ids, days, values


def measurement_count(session: Session, *, goal_id: int) -> int:
    query = core_select(func.count()).select_from(_MEASUREMENT).where(_MEASUREMENT.c.goal_id == goal_id)
    return int(session.connection().execute(query).scalar_one())


def newest_points(session: Session, *, goal_id: int, count: int) -> list[tuple[date, float]]:
    """The newest `count` measurements of one goal, oldest first, read backwards off the index."""
    query = (
        core_select(_MEASUREMENT.c.measured_on, _MEASUREMENT.c.value)
        .where(_MEASUREMENT.c.goal_id == goal_id)
        .order_by(_MEASUREMENT.c.measured_on.desc(), _MEASUREMENT.c.id.desc())
        .limit(count)
    )
    rows = session.connection().execute(query).all()
    return [(r[0], float(r[1])) for r in reversed(rows)]


_EPOCH = date(1970, 1, 1)


def measurement_notes(session: Session, *, ids: Sequence[int]) -> dict[int, tuple[str, int, int, float]]:
    """(note, version, day as days since 1970-01-01, value) of the given measurements, by
    id (one query): the day and value tell whether the row is still as a series read it."""
    if not ids:
        return {}
    m = _MEASUREMENT.c
    query = core_select(m.id, m.note, m.version, m.measured_on, m.value).where(m.id.in_(list(ids)))
    return {
        int(r[0]): (str(r[1] or ""), int(r[2]), (r[3] - _EPOCH).days, float(r[4]))
        for r in session.connection().execute(query)
    }


def tasks_for(session: Session, *, goal_id: int | None = None) -> Sequence[Task]:
    query = select(Task).order_by(col(Task.goal_id), col(Task.start_time), col(Task.id))
    if goal_id is not None:
        query = query.where(Task.goal_id == goal_id)
    return session.exec(query).all()


def completions_between(
    session: Session, *, start: date, end: date, task_ids: Iterable[int] | None = None
) -> Sequence[TaskCompletion]:
    query = select(TaskCompletion).where(
        col(TaskCompletion.occurrence_date) >= start, col(TaskCompletion.occurrence_date) <= end
    )
    if task_ids is not None:
        query = query.where(col(TaskCompletion.task_id).in_(list(task_ids)))
    return session.exec(query).all()


_COMPLETION: Table = TaskCompletion.__table__  # type: ignore[attr-defined]
_IN_LIST_LIMIT = 500  # beyond this many ids, read the range and let the caller's lookup filter


def completion_rows(
    session: Session, *, start: date, end: date, task_ids: Sequence[int] | None = None
) -> list[tuple[int, date, str, str]]:
    """(task_id, day, outcome, note) of the ticks in [start, end], as plain rows."""
    query = core_select(
        _COMPLETION.c.task_id, _COMPLETION.c.occurrence_date, _COMPLETION.c.outcome, _COMPLETION.c.note
    ).where(_COMPLETION.c.occurrence_date >= start, _COMPLETION.c.occurrence_date <= end)
    if task_ids is not None and len(task_ids) <= _IN_LIST_LIMIT:
        query = query.where(_COMPLETION.c.task_id.in_(list(task_ids)))
    return [(int(r[0]), r[1], str(r[2]), str(r[3])) for r in session.connection().execute(query)]


def completion(session: Session, *, task_id: int, day: date) -> TaskCompletion | None:
    return session.exec(
        select(TaskCompletion).where(TaskCompletion.task_id == task_id, TaskCompletion.occurrence_date == day)
    ).first()


def draft_for(session: Session, *, goal_id: int | None) -> WizardDraft | None:
    query = select(WizardDraft).order_by(col(WizardDraft.updated_at).desc())
    query = query.where(
        col(WizardDraft.goal_id).is_(None) if goal_id is None else WizardDraft.goal_id == goal_id
    )
    return session.exec(query).first()


def reviews_for(session: Session, *, goal_id: int) -> Sequence[Review]:
    """A goal's reviews, oldest first."""
    return session.exec(
        select(Review).where(Review.goal_id == goal_id).order_by(col(Review.reviewed_on), col(Review.id))
    ).all()


def target_changes_for(session: Session, *, goal_id: int) -> Sequence[TargetChange]:
    """A goal's target changes in the order they were made."""
    return session.exec(
        select(TargetChange)
        .where(TargetChange.goal_id == goal_id)
        .order_by(col(TargetChange.changed_on), col(TargetChange.id))
    ).all()
