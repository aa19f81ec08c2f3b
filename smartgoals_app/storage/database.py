"""Opening the SQLite file: pragmas on every connection, migrations, backups.

Error messages here are meant to be shown to the user: each StorageError carries a
translatable Text (``exc.args[0]``) that the UI passes through ``localize()``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, create_engine

from smartgoals_app.domain.text import Text, translate
from smartgoals_app.storage import schema_version

APPLICATION_ID = 0x534D4731  # "SMG1": tells `file` and SQLite tools what the file is
BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 7
ENV_VAR = "SMARTGOALS_DB"


class StorageError(RuntimeError):
    """A problem with the database file, worded for the user.

    ``args[0]`` is a :class:`~smartgoals_app.domain.text.Text`: the UI shows
    ``localize(exc.args[0])`` (``str(exc)`` is the English words only).
    """


class NewerDatabaseError(StorageError):
    pass


class DamagedDatabaseError(StorageError):
    pass


def default_db_path() -> Path:
    import platformdirs

    return platformdirs.user_data_path("SmartGoals", appauthor=False) / "smartgoals.db"


def resolve_db_path(cli_path: str | os.PathLike[str] | None, environ: dict[str, str] | None = None) -> Path:
    """`--db PATH` wins, then $SMARTGOALS_DB, then the per-user data folder."""
    env = os.environ if environ is None else environ
    if cli_path:
        return Path(cli_path).expanduser()
    if env.get(ENV_VAR):
        return Path(env[ENV_VAR]).expanduser()
    return default_db_path()


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """The open file: an engine with its pragmas, plus transactions for services."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        # Called before every transaction; may block or raise (storage/maintenance.py holds
        # writes here until a deferred integrity check has passed).
        self.before_write: Callable[[], None] | None = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on error."""
        if self.before_write is not None:
            self.before_write()
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise StorageError(_explain(exc, self.path)) from exc
        except IntegrityError as exc:
            # Validation should refuse such data first; if it slips through, the
            # database's own constraints stop it and the user still gets words.
            session.rollback()
            raise StorageError(
                translate(
                    "Database",
                    "SmartGoals could not save this because it conflicts with what is already "
                    "stored ({detail}). Nothing was changed.",
                ).format(detail=str(exc.orig))
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _explain(exc: Exception, path: Path) -> Text:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return translate(
            "Database", "SmartGoals cannot save: the file {path} is read-only. Check its permissions."
        ).format(path=str(path))
    if "locked" in text or "busy" in text:
        return translate(
            "Database", "The database is busy (another SmartGoals may be saving). Try again in a moment."
        )
    if "disk" in text and ("full" in text or "i/o" in text):
        return translate(
            "Database", "Saving failed: the disk is full or failing. Free some space and try again."
        )
    return translate("Database", "Saving to {path} failed: {detail}").format(path=str(path), detail=str(exc))


def _stored_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def backup_to(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (never a plain copy of a live file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def rotate_backup(db_path: Path, *, keep: int = BACKUPS_KEPT, reason: str = "auto") -> Path | None:
    """Write a timestamped backup next to the file and keep only the newest `keep`."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = backup_dir(db_path)
    made = backup_to(db_path, folder / f"{db_path.stem}-{stamp}-{reason}.db")
    backups = sorted(folder.glob(f"{db_path.stem}-*-auto.db"))
    for old in backups[:-keep] if keep else backups:
        old.unlink(missing_ok=True)
    return made


def latest_backup(db_path: Path) -> Path | None:
    backups = sorted(backup_dir(db_path).glob(f"{db_path.stem}-*.db"))
    return backups[-1] if backups else None


def restore_backup(db_path: Path, backup: Path) -> None:
    """Replace a damaged file by a backup; the damaged file is kept aside, not deleted."""
    if db_path.exists():
        db_path.replace(db_path.with_suffix(db_path.suffix + ".damaged"))
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    backup_to(backup, db_path)


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Raise DamagedDatabaseError unless SQLite's quick_check finds the file sound."""
    ok = conn.execute("PRAGMA quick_check").fetchone()[0]
    if ok != "ok":
        raise DamagedDatabaseError(
            translate("Database", "The database {path} is damaged ({detail}).").format(
                path=str(path), detail=str(ok)
            )
        )


def _check_file(path: Path, *, integrity: bool = True) -> str | None:
    """The stored revision; raises a worded StorageError for files that are not ours."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(
            translate("Database", "SmartGoals cannot open {path}: {detail}.").format(
                path=str(path), detail=str(exc)
            )
        ) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables and "goal" not in tables):
            raise StorageError(
                translate(
                    "Database", "{path} is not a SmartGoals database; SmartGoals left it untouched."
                ).format(path=str(path))
            )
        if integrity:
            quick_check(conn, path)
        return _stored_revision(conn)
    except DamagedDatabaseError:
        raise
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(
            translate("Database", "The database {path} is damaged or is not a database ({detail}).").format(
                path=str(path), detail=str(exc)
            )
        ) from exc
    finally:
        conn.close()


def open_database(path: Path, *, backup: bool = True, defer_maintenance: bool = False) -> Database:
    """Open (or create) the database at `path`, migrated to the newest schema.

    Raises NewerDatabaseError for a file written by a newer SmartGoals (left
    untouched) and DamagedDatabaseError for a damaged file (see restore_backup).
    `defer_maintenance` leaves the integrity check and the rotating backup of a file
    already at the newest schema to the caller (storage/maintenance.py), which must
    hold writes until they are done; a file to migrate is checked and backed up here.
    """
    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            translate("Database", "SmartGoals cannot create the folder {folder}: {detail}.").format(
                folder=str(path.parent), detail=str(exc.strerror)
            )
        ) from exc
    existed = path.exists() and path.stat().st_size > 0
    revision = _check_file(path, integrity=not defer_maintenance) if existed else None
    if defer_maintenance and existed and revision != schema_version.HEAD:
        _check_file(path)  # a migration writes: the file is checked before it
    if revision is not None and revision not in schema_version.KNOWN_REVISIONS:
        raise NewerDatabaseError(
            translate(
                "Database",
                "{path} was saved by a newer version of SmartGoals. "
                "Install the newer version to open it; this file was left untouched.",
            ).format(path=str(path))
        )
    if existed and not os.access(path, os.W_OK):
        raise StorageError(
            translate("Database", "The database {path} is read-only. Check its permissions.").format(
                path=str(path)
            )
        )
    engine = make_engine(path)
    try:
        if revision != schema_version.HEAD:
            if existed and revision is not None and backup:
                rotate_backup(path, reason=f"before-{schema_version.HEAD}")
            _migrate(engine)
        elif backup and not defer_maintenance:
            rotate_backup(path)
    except (OperationalError, SADatabaseError, sqlite3.Error) as exc:
        engine.dispose()
        raise StorageError(_explain(exc, path)) from exc
    return Database(path, engine)


def _migrate(engine: Engine) -> None:
    # Alembic costs about a quarter of a second to import: only here, when needed.
    from smartgoals_app.storage.migrate import upgrade_to_head

    upgrade_to_head(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def pragma(db: Database, name: str) -> Any:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()
