"""The start-up integrity check and rotating backup, run after the window has painted.

On a large file the two take most of a second (`PRAGMA quick_check` reads every page,
the backup copies them all); done before the first paint, the user would stare at an
empty window. They run instead on a worker thread with connections of their own, and
the database holds every write (``Database.before_write``) until they are done: a
damaged file is still caught before anything writes to it, and a write attempted
meanwhile waits for the check, then goes ahead or fails with the check's error.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from smartgoals_app.storage.database import (
    Database,
    StorageError,
    check_integrity,
    explain_failure,
    rotate_backup,
)


def check_and_back_up(path: Path) -> None:
    """quick_check on a read-only connection of its own, then a rotating backup."""
    try:
        check_integrity(path)
        rotate_backup(path)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(explain_failure(exc, path)) from exc


class DeferredMaintenance:
    """Runs `work` once (on a worker thread after `start`, or inline if a write comes
    first) and gates the database's writes on its outcome."""

    def __init__(self, db: Database, work: Callable[[Path], None] = check_and_back_up) -> None:
        self._db = db
        self._work = work
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self.error: StorageError | None = None
        db.before_write = self.wait

    def start(self) -> None:
        with self._lock:
            if self._thread is not None or self._done.is_set():
                return
            self._thread = threading.Thread(target=self._run, name="smartgoals-maintenance", daemon=True)
            self._thread.start()

    def restart(self) -> None:
        """Check again (a backup was put back in place of a damaged file)."""
        with self._lock:
            self._done.clear()
            self.error = None
            self._thread = None
        self.start()

    def _run(self) -> None:
        try:
            self._work(self._db.path)
        except StorageError as exc:
            self.error = exc
        finally:
            self._done.set()

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def join(self) -> None:
        """Before the process ends: let a started backup finish rather than leave half a file."""
        with self._lock:
            started = self._thread is not None
        if started:
            self._done.wait()

    def wait(self) -> None:
        """Block until the check and backup are done; raise the check's error if any."""
        with self._lock:
            inline = self._thread is None and not self._done.is_set()
            if inline:  # nobody started it: a write must not get ahead of the check
                self._thread = threading.current_thread()
        if inline:
            self._run()
        self._done.wait()
        if self.error is not None:
            raise self.error
