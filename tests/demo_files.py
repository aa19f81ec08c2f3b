"""The demo goals for tests, built once per run and copied into each test's own file.

Building them goes through the services (three goals, ten weeks of check-ins, every
task occurrence marked) and takes about a second on a loaded machine; copying the file
takes milliseconds. A test still gets its own database and may change it freely."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.storage.database import Database, open_database


class DemoFiles:
    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._built: dict[date, tuple[Path, list[int]]] = {}

    def copy_into(self, db: Database, today: date) -> list[int]:
        """Make `db` hold the demo goals as `populate_demo(db, today)` would write them
        into an empty file; returns their ids (behind, on track, stretch reached)."""
        if today not in self._built:
            path = self._folder / f"demo-{today.isoformat()}.db"
            template = open_database(path, backup=False)
            try:
                self._built[today] = (path, populate_demo(template, today))
            finally:
                template.close()
        path, ids = self._built[today]
        db.engine.dispose()  # no pooled connection keeps the empty file's schema
        # Into the test's file through SQLite itself, which keeps its -wal consistent.
        with (
            contextlib.closing(sqlite3.connect(path)) as src,
            contextlib.closing(sqlite3.connect(db.path)) as dst,
        ):
            src.backup(dst)
        return list(ids)
