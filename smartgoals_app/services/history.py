"""Who changed a goal, and when: its change history, a page at a time (storage/history.py
reads it; the database's own triggers write it)."""

from __future__ import annotations

from smartgoals_app.storage.database import Database
from smartgoals_app.storage.history import PAGE, HistoryEntry, goal_history

__all__ = ["PAGE", "HistoryEntry", "HistoryService"]


class HistoryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def page(self, goal_id: int, *, before: int | None = None, limit: int = PAGE) -> list[HistoryEntry]:
        """Up to `limit` of the goal's changes, newest first, older than the entry `before`."""
        return goal_history(self._db, goal_id, before=before, limit=limit)
