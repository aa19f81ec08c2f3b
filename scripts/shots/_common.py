"""What every screenshot module needs: a throwaway demo database and a checked save."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from smartgoals_app.storage.database import Database, open_database


@contextmanager
def temporary_database() -> Iterator[Database]:
    """An empty SmartGoals database in a temporary folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="smartgoals-shots-") as folder:
        db = open_database(Path(folder) / "demo.db", backup=False)
        try:
            yield db
        finally:
            db.close()


def save(widget: QWidget, path: Path) -> Path:
    """``widget`` as it looks once pending layouts and paints are done, as a PNG.

    Painted twice: what the first paint starts (the dashboard's chart is built after
    it) is on the second."""
    QApplication.processEvents()
    widget.grab()
    QApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path
