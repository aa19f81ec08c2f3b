"""Opening the SQLite file: pragmas on every connection, migrations, backups.

Error messages here are meant to be shown to the user: each StorageError carries a
translatable Text (``exc.args[0]``) that the UI passes through ``localize()``.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import glob
import logging
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import IntegrityError, OperationalError, SAWarning
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool, QueuePool
from sqlmodel import Session, create_engine

from smartgoals_app.domain.text import Text, translate
from smartgoals_app.domain.workspaces import workspace_name_error
from smartgoals_app.storage import new_file, schema_version

APPLICATION_ID = 0x534D4731  # "SMG1": tells `file` and SQLite tools what the file is
BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 7
ENV_VAR = "SMARTGOALS_DB"
_log = logging.getLogger(__name__)


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


def _connect(path: Path) -> sqlite3.Connection:
    """A connection to exactly this file: by path, never through a URL, so "%41" or
    "?mode=ro" in a file name stay part of the name. The file is made private first."""
    # If it cannot be made here (its folder is gone), sqlite3.connect says so in an
    # sqlite3.Error, which callers already turn into words.
    with contextlib.suppress(OSError):
        _make_private_file(path)
    return sqlite3.connect(os.path.abspath(path), check_same_thread=False)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # as_uri() percent-quotes the path, so the only query is the one added here.
    return sqlite3.connect(f"{Path(os.path.abspath(path)).as_uri()}?mode=ro", uri=True)


def make_engine(path: Path) -> Engine:
    # "sqlite://" names no file: the creator opens the path. Without poolclass,
    # SQLAlchemy would treat it as an in-memory database with one shared connection.
    engine = create_engine("sqlite://", creator=functools.partial(_connect, path), poolclass=QueuePool)
    event.listen(engine, "connect", _set_pragmas)
    return engine


# -- Private files and folders -------------------------------------------------------

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def _make_private_file(path: Path) -> None:
    """Create `path` as 0600 if it is missing (SQLite gives its -wal and -shm the
    database's mode); an existing file keeps the mode it has."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    try:
        if hasattr(os, "fchmod"):  # the umask may have taken bits away; none were added
            os.fchmod(handle, PRIVATE_FILE)
    finally:
        os.close(handle)


def _make_private_folder(folder: Path) -> None:
    """Create `folder` and any missing parents as 0700, whatever the umask; folders
    that already exist are left as they are."""
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for created in reversed(missing):
        created.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)
        created.chmod(PRIVATE_FOLDER)


def data_folder_error(db_path: Path) -> StorageError | None:
    """Make the folder that holds `db_path`; a worded StorageError when it cannot be
    made or written to (None when it is usable). The GUI asks this before it takes its
    lock, the command line before it opens the file."""
    if db_path.is_dir():
        return StorageError(
            translate(
                "Database",
                "{path} is a folder, not a database file. Start SmartGoals with --db and the name "
                "of a file, such as {example}.",
            ).format(path=str(db_path), example=str(db_path / "smartgoals.db"))
        )
    folder = db_path.parent
    blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        return StorageError(
            translate(
                "Database",
                "SmartGoals cannot keep its data in {folder}: {blocker} is a file, not a folder. "
                "Move that file away, or start SmartGoals with --db and a file in another folder.",
            ).format(folder=str(folder), blocker=str(blocker))
        )
    try:
        _make_private_folder(folder)
    except PermissionError:
        return StorageError(
            translate(
                "Database",
                "SmartGoals cannot create the folder {folder}: you have no permission to write there. "
                "Create it yourself, or start SmartGoals with --db and a file in a folder you can write to.",
            ).format(folder=str(folder))
        )
    except OSError as exc:
        return StorageError(
            translate("Database", "SmartGoals cannot create the folder {folder}: {detail}.").format(
                folder=str(folder), detail=str(exc.strerror or exc)
            )
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        return unwritable_folder_error(folder)
    return None


def unwritable_folder_error(folder: Path) -> StorageError:
    return StorageError(
        translate(
            "Database",
            "SmartGoals cannot write in the folder {folder}, which holds its data and backups. "
            "Give yourself write permission for it, or start SmartGoals with --db and a file "
            "in a folder you can write to.",
        ).format(folder=str(folder))
    )


def make_private(path: Path) -> None:
    """Take group and other access away from a file SmartGoals made (never widens)."""
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, stat.S_IMODE(path.stat().st_mode) & PRIVATE_FILE)


class Database:
    """The open file: an engine with its pragmas, plus transactions for services.

    ``server`` is set (to the address as shown) for a PostgreSQL database
    (storage/server.py); ``path`` then holds that address too and names no file."""

    def __init__(self, path: Path, engine: Engine, *, server: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.server = server
        # Called before every transaction; may block or raise (storage/maintenance.py holds
        # writes here until a deferred integrity check has passed).
        self.before_write: Callable[[], None] | None = None
        # Runs inside the first transaction until one commits (a file keeps the login
        # its history triggers record there: storage/history.py).
        self.first_write: Callable[[Session], None] | None = None
        self._who: str | None = None
        # One listener on this database's writing sessions, added once (per session it
        # cost about as much again as making the session).
        self._writing = sessionmaker(engine, class_=Session, expire_on_commit=False)
        event.listen(self._writing, "before_flush", self._stamp)

    def who(self, session: Session) -> str:
        """Who saves through this database, as stored in changed_by: on a server the
        login (what its row-level security knows them by), on a file the computer's
        user. Asked once."""
        if self._who is None:
            if self.server is not None:
                self._who = str(session.connection().exec_driver_sql("SELECT current_user").scalar() or "")
            else:
                self._who = login_name()
        return self._who

    def _stamp(self, session: Session, _context: object, _instances: object) -> None:
        """Every versioned row written in this session gets its author and moment; the
        version itself is raised by SQLAlchemy (models.py, version_id_col)."""
        rows = [row for row in (*session.new, *session.dirty) if hasattr(row, "changed_by")]
        if not rows:
            return
        moment = datetime.now(UTC)
        who = self.who(session)
        for row in rows:
            if row in session.new or session.is_modified(row):
                row.changed_by = who
                row.changed_at = moment

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on error."""
        if self.before_write is not None:
            self.before_write()
        session = self._writing()
        try:
            if self.first_write is not None:
                self.first_write(session)
            with self._unmatched_rows_raise():
                yield session
                session.commit()
            self.first_write = None
        except SAWarning as exc:
            # On a server, a row this login sees but may not change (a workspace where it
            # is a viewer while it edits another) is left out of a DELETE by row-level
            # security without an error: the statement matches no row.
            session.rollback()
            if self.server is None:
                raise
            from smartgoals_app.storage.server import refused_change

            _log.error("a change on %s matched no row it may change: %s", self.server, exc)
            raise StorageError(refused_change(self.server)) from exc
        except StaleDataError as exc:
            # An UPDATE that matched no row: someone saved the same row between this save's
            # read and its write (the services compare versions first; this is the moment
            # in between), or, on a server, row-level security left the row out.
            session.rollback()
            _log.info("an update on %s matched no row: %s", self.server or self.path, exc)
            if self.server is not None:
                from smartgoals_app.storage.server import refused_or_raced

                raise StorageError(refused_or_raced(self.server)) from exc
            raise StorageError(
                translate(
                    "Database",
                    "Someone else saved this at the same moment. Nothing was changed: "
                    "look at what is stored now and save again.",
                )
            ) from exc
        except OperationalError as exc:
            session.rollback()
            raise StorageError(self._explain(exc)) from exc
        except IntegrityError as exc:
            # Validation should refuse such data first; if it slips through, the
            # database's own constraints stop it and the user still gets words. The
            # constraint and the statement are for the log, not for the user.
            session.rollback()
            _log.error("refused by a constraint of %s: %s", self.path, exc)
            raise StorageError(
                translate(
                    "Database",
                    "SmartGoals could not save this because it conflicts with what is already "
                    "stored. Nothing was changed.",
                )
            ) from exc
        except SADatabaseError as exc:
            session.rollback()
            if self.server is None:
                raise
            # A server also refuses what the user's role does not allow (row-level security).
            raise StorageError(self._explain(exc)) from exc
        except (UnicodeEncodeError, OverflowError) as exc:
            # The services' checks (domain.validation) refuse such values first; this
            # is the last guard, so a value SQLite cannot take never shows a traceback.
            session.rollback()
            _log.error("a value %s cannot store: %r", self.path, exc)
            raise StorageError(
                translate(
                    "Database",
                    "SmartGoals could not save this: it holds a character or a number too large "
                    "that the file cannot store. Nothing was changed.",
                )
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def _unmatched_rows_raise(self) -> Iterator[None]:
        """On a server, SQLAlchemy's warning that a DELETE matched no row raises instead,
        so the change fails whole rather than passing for done."""
        if self.server is None:
            yield
            return
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message="DELETE statement on table", category=SAWarning)
            yield

    def _explain(self, exc: SADatabaseError) -> Text:
        if self.server is None:
            return explain_failure(exc, self.path)
        from smartgoals_app.storage.server import explain_server_failure

        return explain_server_failure(exc, self.server)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        except SADatabaseError as exc:
            if self.server is None:
                raise
            # A server can go away, or take the login out of its workspaces, while the
            # window is open: words, not a fault of SmartGoals.
            from smartgoals_app.storage.server import explain_server_read_failure

            raise StorageError(explain_server_read_failure(exc, self.server)) from exc
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def login_name() -> str:
    """The computer's user name, as a file's changed_by; "" when the system cannot say
    (no login name in the environment and no password entry for the user)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


def explain_failure(exc: Exception, path: Path) -> Text:
    """Words for a failed read or write; the SQL and SQLite's own wording go to the log."""
    _log.error("database error on %s: %s", path, exc)
    # SQLAlchemy's message quotes the whole statement; SQLite's own (exc.orig) does not.
    reason = str(getattr(exc, "orig", None) or exc)
    text = reason.lower()
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
    return translate("Database", "Saving to {path} failed: {detail}").format(
        path=str(path), detail=_plain(reason)
    )


def _plain(reason: str) -> str:
    """SQLite's reason, without anything that reads like a statement."""
    if re.search(r"\b(select|insert|update|delete|create|pragma)\b", reason, re.IGNORECASE):
        return translate("Database", "the database reported an error (details are in the log)")
    return reason.strip().rstrip(".")


def _stored_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def _fsync_folder(folder: Path) -> None:
    """Makes a rename in `folder` survive a power cut (POSIX only; Windows has no
    folder handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_sidecars(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _private_temp_beside(target: Path, suffix: str) -> Path:
    """An empty 0600 file next to `target`, to be renamed over it when complete."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(handle)
    return Path(name)


def backup_to(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's backup API (never a plain copy of a live file).

    Written to a private temporary file and renamed into place, so a crash never leaves
    half a backup under a backup's name, and the copy is readable by the owner only."""
    _make_private_folder(target.parent)
    temp = _private_temp_beside(target, ".tmp")
    try:
        src = _connect(source)
        try:
            dst = _connect(temp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        _remove_sidecars(temp)
        _fsync_file(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        _remove_sidecars(temp)
        raise
    _fsync_folder(target.parent)
    return target


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _backups(db_path: Path, ending: str = ".db") -> list[Path]:
    # Matched by name rather than glob: a file name may hold glob characters ("?", "[").
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    prefix = f"{db_path.stem}-"
    return sorted(p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(ending))


def rotate_backup(db_path: Path, *, keep: int = BACKUPS_KEPT, reason: str = "auto") -> Path | None:
    """Write a timestamped backup next to the file and keep only the newest `keep`."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    made = backup_to(db_path, backup_dir(db_path) / f"{db_path.stem}-{stamp}-{reason}.db")
    backups = _backups(db_path, "-auto.db")
    for old in backups[:-keep] if keep else backups:
        old.unlink(missing_ok=True)
    _remove_stale_temps(backup_dir(db_path))
    return made


def _remove_stale_temps(folder: Path, *, older_than_s: float = 3600.0) -> None:
    """Half-written backups of a process killed mid-copy (never under a backup's name);
    old ones only, so a copy being written right now is left to finish."""
    now = datetime.now(UTC).timestamp()
    for temp in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if now - temp.stat().st_mtime > older_than_s:
                temp.unlink()


def latest_backup(db_path: Path) -> Path | None:
    backups = _backups(db_path)
    return backups[-1] if backups else None


def restore_backup(db_path: Path, backup: Path) -> None:
    """Replace a damaged file by a backup; the damaged file is kept aside, not deleted."""
    if db_path.exists():
        db_path.replace(db_path.with_suffix(db_path.suffix + ".damaged"))
    _remove_sidecars(db_path)
    backup_to(backup, db_path)


# -- Telling our files from others, before anything is written ----------------------


@dataclass(frozen=True)
class _FileState:
    """What is at the path. ``ours``: a SmartGoals file to open (``revision`` as stored,
    ``has_id`` whether its application_id is written); otherwise nothing was ever
    stored in it (missing, empty, or a first start cut short) and it is made anew."""

    ours: bool
    revision: str | None = None
    has_id: bool = True


_NOTHING_THERE = _FileState(ours=False)
# Rows in these are written by the migrations themselves, not by the user.
_MIGRATION_TABLES = frozenset({"alembic_version", "app_meta"})


def _our_columns() -> dict[str, set[str]]:
    from sqlmodel import SQLModel

    from smartgoals_app.storage import models

    assert models  # the tables register themselves in SQLModel.metadata on import
    columns = {name: {c.name for c in table.columns} for name, table in SQLModel.metadata.tables.items()}
    columns["alembic_version"] = {"version_num"}
    return columns


def _not_ours(path: Path) -> StorageError:
    return StorageError(
        translate("Database", "{path} is not a SmartGoals database; SmartGoals left it untouched.").format(
            path=str(path)
        )
    )


def _damaged(path: Path, exc: sqlite3.Error) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        translate("Database", "The database {path} is damaged or is not a database ({detail}).").format(
            path=str(path), detail=str(exc)
        )
    )


def _read_state(conn: sqlite3.Connection, path: Path) -> _FileState:
    """Judge an open file without writing to it; raises for a file that is not ours."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    tables = [r[0] for r in rows]
    revision = _stored_revision(conn)
    if app_id == APPLICATION_ID:
        return _FileState(ours=True, revision=revision)
    if app_id != 0:
        raise _not_ours(path)
    # No id: ours only if every table and column is one of ours, as a first start
    # (or a file made by the migrations alone) leaves it.
    known = _our_columns()
    for table in tables:
        if table not in known:  # checked first: only our plain names reach the SQL below
            raise _not_ours(path)
        if not {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')} <= known[table]:
            raise _not_ours(path)
    user_rows = any(
        conn.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()[0]
        for table in tables
        if table not in _MIGRATION_TABLES
    )
    if not user_rows:
        return _NOTHING_THERE
    if revision in schema_version.KNOWN_REVISIONS:
        return _FileState(ours=True, revision=revision, has_id=False)
    raise _not_ours(path)


def _hot_journal(path: Path) -> bool:
    journal = Path(str(path) + "-journal")
    return journal.exists() and journal.stat().st_size > 0


def _state_behind_hot_journal(path: Path) -> _FileState:
    """A crash mid-write left a rollback journal: judge a scratch copy, where SQLite
    rolls the journal back, and roll back the file itself only when it is ours."""
    with tempfile.TemporaryDirectory(prefix="smartgoals-judge-") as folder:
        copy = Path(folder) / "judged.db"
        shutil.copyfile(path, copy)
        for suffix in ("-journal", "-wal"):
            if Path(str(path) + suffix).exists():
                shutil.copyfile(str(path) + suffix, str(copy) + suffix)
        conn = _connect(copy)
        try:
            state = _read_state(conn, path)
        finally:
            conn.close()
    if state.ours:
        conn = _connect(path)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    return state


def _file_state(path: Path) -> _FileState:
    """What is at `path`, judged before anything is written to it."""
    wal = Path(str(path) + "-wal")
    if not path.exists() or (path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0)):
        return _NOTHING_THERE
    try:
        if _hot_journal(path):
            return _state_behind_hot_journal(path)
        conn = _connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from exc
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(
            translate("Database", "SmartGoals cannot open {path}: {detail}.").format(
                path=str(path), detail=str(exc)
            )
        ) from exc
    try:
        return _read_state(conn, path)
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from exc
    finally:
        conn.close()


def check_integrity(path: Path) -> None:
    """A SmartGoals file: refuse it whole if SQLite finds it damaged."""
    try:
        conn = _connect_read_only(path)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, exc) from exc
    if ok != "ok":
        raise DamagedDatabaseError(
            translate("Database", "The database {path} is damaged ({detail}).").format(
                path=str(path), detail=str(ok)
            )
        )


# -- Creating and opening -----------------------------------------------------------


def _create_atomically(path: Path, first_workspace: str | None = None) -> str | None:
    """A new file appears whole or not at all: the schema and the application_id are
    written to a private file beside `path`, synced, and renamed over it.
    ``first_workspace`` names the workspace every new file starts with (the migrations
    call it "My business", in English). Returns the new file's schema revision."""
    if path.is_symlink():  # replace the file it points to, not the link
        path = path.resolve()
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.creating"):
        leftover.unlink(missing_ok=True)
        _remove_sidecars(leftover)
    temp = _private_temp_beside(path, ".creating")
    try:
        revision = _write_new_file(temp, first_workspace)
        _checkpoint(temp)
        _remove_sidecars(temp)
        _fsync_file(temp)
        # A -wal left by a half-made file would otherwise be replayed into the new one.
        _remove_sidecars(path)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        _remove_sidecars(temp)
        raise
    _fsync_folder(path.parent)
    return revision


def _write_new_file(path: Path, first_workspace: str | None) -> str | None:
    script = new_file.read_script()
    if first_workspace is not None and workspace_name_error(first_workspace) is not None:
        first_workspace = None  # a name the rule refuses (a broken translation) leaves the default
    conn = _connect(path)
    try:
        conn.isolation_level = None
        _set_pragmas(conn, None)
        new_file.write_schema(
            conn,
            script,
            application_id=APPLICATION_ID,
            first_workspace=None if first_workspace is None else first_workspace.strip(),
        )
    finally:
        conn.close()
    return new_file.script_revision(script)


def create_by_migrations(path: Path) -> None:
    """A new file made by replaying every migration, as new files were before the
    schema script (storage/new_file.py): what the script is made from and checked against."""
    _migrate(_migration_engine(path))


def _checkpoint(path: Path) -> None:
    """Everything into the main file: only that file is renamed into place."""
    conn = _connect(path)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.close()
    if busy:
        raise sqlite3.OperationalError("database is locked")


def _refuse_newer(path: Path, revision: str | None) -> None:
    if revision is not None and revision not in schema_version.KNOWN_REVISIONS:
        raise NewerDatabaseError(
            translate(
                "Database",
                "{path} was saved by a newer version of SmartGoals. "
                "Install the newer version to open it; this file was left untouched.",
            ).format(path=str(path))
        )


def _refuse_read_only(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise StorageError(
            translate("Database", "The database {path} is read-only. Check its permissions.").format(
                path=str(path)
            )
        )


def open_database(
    path: Path, *, backup: bool = True, defer_maintenance: bool = False, first_workspace: str | None = None
) -> Database:
    """Open (or create) the database at `path`, migrated to the newest schema.

    Raises NewerDatabaseError for a file written by a newer SmartGoals (left
    untouched) and DamagedDatabaseError for a damaged file (see restore_backup).
    A file that is not SmartGoals' own is refused before anything is written to it.
    An upgrade always writes a backup first; `backup` asks for the rotating one too.
    `defer_maintenance` leaves the integrity check and the rotating backup of a file
    already at the newest schema to the caller (storage/maintenance.py), which must
    hold writes until they are done; a file to migrate is checked and backed up here.
    A new file's first workspace is named ``first_workspace`` (the user's language).
    """
    path = path.expanduser()
    problem = data_folder_error(path)
    if problem is not None:
        raise problem
    try:
        state = _file_state(path)
        created = not state.ours
        if created:
            state = _FileState(ours=True, revision=_create_atomically(path, first_workspace))
        else:
            _refuse_newer(path, state.revision)
            if not defer_maintenance or state.revision != schema_version.HEAD or not state.has_id:
                check_integrity(path)  # a migration writes: the file is checked before it
            _refuse_read_only(path)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(explain_failure(exc, path)) from exc
    engine = make_engine(path)
    try:
        if state.revision != schema_version.HEAD or not state.has_id:
            rotate_backup(path, reason=f"before-{schema_version.HEAD}")
            _migrate(_migration_engine(path))
        elif backup and not created and not defer_maintenance:
            rotate_backup(path)
    except (OperationalError, SADatabaseError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise StorageError(explain_failure(exc, path)) from exc
    from smartgoals_app.storage.history import note_login

    db = Database(path, engine)
    db.first_write = note_login
    return db


def _migration_engine(path: Path) -> Engine:
    """An engine whose transactions really begin at BEGIN: the pysqlite driver would
    otherwise commit each CREATE TABLE on its own, and a crash mid-upgrade would leave
    half a schema under the old revision number."""
    engine = create_engine("sqlite://", creator=functools.partial(_connect, path), poolclass=NullPool)

    def on_connect(dbapi_connection: sqlite3.Connection, record: object) -> None:
        _set_pragmas(dbapi_connection, record)
        # SQLite's own recipe for changing a table others refer to: with foreign keys on,
        # dropping the old copy of a parent table in batch mode would run its children's
        # ON DELETE actions (CASCADE deletes them). storage.migrate checks every key
        # before the upgrade commits instead.
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        dbapi_connection.isolation_level = None

    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    return engine


def _migrate(engine: Engine) -> None:
    """The schema and the application_id, in one transaction."""
    # Alembic costs about a quarter of a second to import: only here, when needed.
    from smartgoals_app.storage.migrate import upgrade_to_head

    try:
        upgrade_to_head(engine, application_id=APPLICATION_ID)
    finally:
        engine.dispose()


def pragma(db: Database, name: str) -> Any:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()
