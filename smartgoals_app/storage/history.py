"""The change history the database's triggers write (migration 0007): who changed a
goal, a strategy, a figure, a task, a tick, a review or a target, and when.

Read here with one SQLAlchemy Core query a page, newest first, so a goal with 100,000
changes opens as fast as one with ten.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select
from sqlmodel import Session

from smartgoals_app.storage.models import AppMeta, ChangeHistory

if TYPE_CHECKING:
    from smartgoals_app.storage.database import Database

# The app_meta row the SQLite triggers take "who" from (migration 0007).
LOGIN_KEY = "history_login"
PAGE = 200


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    id: int
    changed_at: datetime  # UTC, without a zone
    changed_by: str
    kind: str  # one of models.HISTORY_KINDS
    row_id: int
    action: str  # insert, update or delete
    summary: dict[str, Any]


def os_login() -> str:
    """The computer's login of whoever runs the app ("" when it cannot be told)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no USER variable and no passwd entry
        return ""


def note_login(session: Session, login: str | None = None) -> None:
    """Keep the login in the file for the triggers, if it is not the one there already
    (a file opened by another login, or a file from before the history)."""
    login = os_login() if login is None else login
    row = session.get(AppMeta, LOGIN_KEY)
    if row is None:
        session.add(AppMeta(key=LOGIN_KEY, value=login))
    elif row.value != login:
        row.value = login
        session.add(row)
    else:
        return
    session.flush()


def _summary(raw: str) -> dict[str, Any]:
    try:
        found = json.loads(raw)
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def goal_history(
    db: Database, goal_id: int, *, before: int | None = None, limit: int = PAGE
) -> list[HistoryEntry]:
    """The goal's changes, newest first: up to `limit` of them older than the entry
    `before` (an id; None for the newest). On a server, only what the user may see.

    A file reuses the id of the newest goal once it is deleted: the entries from before
    the goal's own creation belong to the deleted one and are left out."""
    table = ChangeHistory.__table__  # type: ignore[attr-defined]
    created = (
        select(func.max(table.c.id))
        .where(and_(table.c.goal_id == goal_id, table.c.kind == "goal", table.c.action == "insert"))
        .scalar_subquery()
    )
    query = (
        select(
            table.c.id,
            table.c.changed_at,
            table.c.changed_by,
            table.c.kind,
            table.c.row_id,
            table.c.action,
            table.c.summary,
        )
        .where(table.c.goal_id == goal_id, table.c.id >= func.coalesce(created, 0))
        .order_by(table.c.id.desc())
        .limit(limit)
    )
    if before is not None:
        query = query.where(table.c.id < before)
    with db.engine.connect() as connection:
        rows = connection.execute(query).all()
    return [
        HistoryEntry(
            id=row.id,
            changed_at=row.changed_at,
            changed_by=row.changed_by,
            kind=row.kind,
            row_id=row.row_id,
            action=row.action,
            summary=_summary(row.summary),
        )
        for row in rows
    ]
