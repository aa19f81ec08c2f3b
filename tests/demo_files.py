"""Database files for tests, built once per run and copied into each test's own file:
a new, empty database and one holding the demo goals.

Creating a database runs every migration (a tenth of a second or more); building the
demo goes through the services (three goals, ten weeks of check-ins, every task
occurrence marked: about a second on a loaded machine). Copying a file takes
milliseconds. A test still gets its own file and may change it freely."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from pathlib import Path

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.storage.database import Database, open_database


def copy_database(source: Path, target: Path) -> None:
    """Through SQLite itself, which keeps a -wal consistent."""
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def new_database_file(path: Path) -> Path:
    """A database file as the app creates it: every migration run, nothing stored."""
    open_database(path, backup=False).close()
    return path


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
        copy_database(path, db.path)
        return list(ids)
