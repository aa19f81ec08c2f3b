"""Keyword-only queries over a session; services own the transactions around them."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from sqlalchemy import text
from sqlmodel import Session, col, delete, func, select

from smartgoals_app.storage.models import (
    Goal,
    Measurement,
    Strategy,
    StrategyNetwork,
    Task,
    TaskCompletion,
    WizardDraft,
)


def get_goal(session: Session, *, goal_id: int) -> Goal | None:
    return session.get(Goal, goal_id)


def list_goals(session: Session, *, include_archived: bool = True) -> Sequence[Goal]:
    query = select(Goal).order_by(col(Goal.strategy_id), col(Goal.deadline), col(Goal.id))
    if not include_archived:
        query = query.where(Goal.status == "active")
    return session.exec(query).all()


def list_strategies(session: Session) -> Sequence[Strategy]:
    return session.exec(select(Strategy).order_by(col(Strategy.id))).all()


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


def recent_points(session: Session, *, per_goal: int) -> dict[int, list[tuple[date, float]]]:
    """The newest `per_goal` measurements of every goal, oldest first, in one query."""
    rows = session.connection().execute(
        # One statement, but each goal's newest rows are read backwards off the
        # (goal_id, measured_on) index with a LIMIT: a window function over the whole
        # table took 0.4 s for 200 goals x 3 years of daily data; this takes ~10 ms.
        text(
            "SELECT m.goal_id, m.measured_on, m.value FROM goal AS g"
            " JOIN measurement AS m ON m.id IN ("
            "  SELECT id FROM measurement WHERE goal_id = g.id"
            "  ORDER BY measured_on DESC, id DESC LIMIT :n)"
            " ORDER BY m.goal_id, m.measured_on, m.id"
        ),
        {"n": per_goal},
    )
    result: dict[int, list[tuple[date, float]]] = defaultdict(list)
    for goal_id, measured_on, value in rows:
        day = measured_on if isinstance(measured_on, date) else date.fromisoformat(measured_on)
        result[goal_id].append((day, float(value)))
    return result


Columns = tuple[tuple[int, ...], tuple[int, ...], tuple[float, ...], tuple[str, ...]]


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


def measurement_series(session: Session, *, goal_id: int) -> Columns:
    """(ids, days since 1970-01-01, values, notes) of one goal, oldest first, as columns.

    Straight from the sqlite3 cursor: a chart of 100,000 points must not build
    100,000 ORM objects or SQLAlchemy rows (that was 5x slower than the drawing).
    The column types make the values right as they come: REAL value, TEXT note.
    """
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        with _collector_paused():
            cursor.execute(
                "SELECT id, CAST(julianday(measured_on) - 2440587.5 AS INTEGER), value, note"
                " FROM measurement WHERE goal_id = ? ORDER BY measured_on, id",
                (goal_id,),
            )
            rows = cursor.fetchall()
            if not rows:
                return (), (), (), ()
            ids, days, values, notes = zip(*rows, strict=True)
            del rows
    finally:
        cursor.close()
    return ids, days, values, notes


def measurement_counts(session: Session) -> dict[int, int]:
    rows = session.exec(select(Measurement.goal_id, func.count()).group_by(col(Measurement.goal_id)))
    return dict(rows.all())


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
