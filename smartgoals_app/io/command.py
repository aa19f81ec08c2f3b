"""The frame of a command-line export: open the file (or server database), run, close, one
sentence on failure."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from smartgoals_app.storage.database import Database, StorageError, open_database
from smartgoals_app.storage.server import ServerAddress, open_server_database

Result = TypeVar("Result")


def run_on_database(
    db_path: Path | ServerAddress,
    run: Callable[[Database], Result],
    *,
    refused: tuple[type[Exception], ...],
    cannot: Callable[[Exception], str],
    missing: str,
) -> Result | None:
    """``run`` on the file at ``db_path`` (or the server database it names); None, with one
    sentence on stderr, when the file is not there (``missing``), cannot be opened, or
    ``run`` raises one of ``refused``."""
    if isinstance(db_path, Path) and not db_path.exists():
        print(missing, file=sys.stderr)
        return None
    try:
        db = (
            open_database(db_path, backup=False)
            if isinstance(db_path, Path)
            else open_server_database(db_path)
        )
    except StorageError as exc:
        print(cannot(exc), file=sys.stderr)
        return None
    caught: tuple[type[Exception], ...] = (*refused, StorageError)
    try:
        return run(db)
    except caught as exc:
        print(cannot(exc), file=sys.stderr)
        return None
    finally:
        db.close()
