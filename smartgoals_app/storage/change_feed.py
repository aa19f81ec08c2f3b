"""Others' changes as they happen, on a server: a psycopg connection of its own that
LISTENs to what the history triggers send (migration 0007, ``pg_notify``), on one
channel per workspace, ``smartgoals_changes_<id>``: NOTIFY knows nothing of row-level
security, so the feed listens to the workspaces the login may see (read through the
rules when it connects) and never hears of the others at all.

It never polls and never blocks: the caller watches ``fileno()`` for readability (a
QSocketNotifier in ui/live_updates.py) and then ``drain()``s what has arrived. A payload
holds ids only (the table, the workspace, the goal, the user's role oid); the app
re-reads what changed through the rules. A workspace the login joins later is heard
from the next connection on (the next start, or after a lost connection).

The app's own changes come back too; they are told apart by the backend pid of the
sending connection, which is one of the app's own pool connections (the change was
already announced on the window's bus when it was made).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine

CHANNEL = "smartgoals_changes"
# libpq's defaults would let a dead network go unnoticed for hours.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10, "keepalives_count": 3}
CONNECT_TIMEOUT_S = 5
_log = logging.getLogger(__name__)


class FeedLostError(RuntimeError):
    """The listening connection could not be made or has gone; try again later."""


@dataclass(frozen=True, slots=True)
class ChangeNote:
    kind: str  # a table of models.HISTORY_KINDS
    workspace_id: int | None
    goal_id: int | None
    own: bool  # made by this app's own connections


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def parse(payload: str, pid: int, own_pids: set[int]) -> ChangeNote | None:
    """A notification's payload; None for one that is not the triggers' own."""
    try:
        found = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(found, dict) or not isinstance(found.get("kind"), str):
        return None
    return ChangeNote(found["kind"], _int(found.get("workspace")), _int(found.get("goal")), pid in own_pids)


class ChangeFeed:
    """The listening connection to the database `engine` names (same address, same login)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._conn: Any = None
        self._own_pids: set[int] = set()
        self._stopped = False
        # Every statement the app runs checks a connection out of its pool first.
        event.listen(engine, "checkout", self._note_own)
        event.listen(engine, "close", self._forget_own)

    def _note_own(self, dbapi_connection: Any, _record: object, _proxy: object) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            self._own_pids.add(pid)

    def _forget_own(self, dbapi_connection: Any, _record: object) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            self._own_pids.discard(pid)

    @property
    def is_open(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def open(self) -> None:
        """Connect and LISTEN (blocks up to the connect timeout: run it off the UI thread).
        Raises FeedLostError."""
        import psycopg

        args, params = self._engine.dialect.create_connect_args(self._engine.url)
        params = {**KEEPALIVES, **params}
        if "connect_timeout" not in params and not os.environ.get("PGCONNECT_TIMEOUT"):
            params["connect_timeout"] = CONNECT_TIMEOUT_S
        try:
            conn = psycopg.connect(*args, **params, autocommit=True)
        except psycopg.Error as exc:
            _log.info("the change feed could not connect: %s", exc)
            raise FeedLostError(str(exc)) from exc
        try:
            workspaces = [int(row[0]) for row in conn.execute("SELECT id FROM workspace").fetchall()]
            for workspace in workspaces:
                conn.execute(f'LISTEN "{CHANNEL}_{workspace}"')
        except psycopg.Error as exc:
            conn.close()
            raise FeedLostError(str(exc)) from exc
        if self._stopped:  # the window closed while this connected
            conn.close()
            raise FeedLostError("stopped")
        self._conn = conn

    def fileno(self) -> int:
        """The socket to watch for readability."""
        if self._conn is None:
            raise FeedLostError("not connected")
        return int(self._conn.fileno())

    def drain(self) -> list[ChangeNote]:
        """What has arrived, without waiting; raises FeedLostError when the connection has gone."""
        import psycopg

        if self._conn is None:
            raise FeedLostError("not connected")
        try:
            arrived = list(self._conn.notifies(timeout=0))
        except psycopg.Error as exc:
            _log.info("the change feed lost its connection: %s", exc)
            self.close()
            raise FeedLostError(str(exc)) from exc
        notes = (parse(n.payload, n.pid, self._own_pids) for n in arrived if n.channel.startswith(CHANNEL))
        return [note for note in notes if note is not None]

    def stop(self) -> None:
        """Close for good: a connection still being made is closed when it is made."""
        self._stopped = True
        self.close()

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # a broken socket may refuse even this
                _log.debug("closing the change feed failed", exc_info=True)
