"""The database file under faults: half-made files, foreign files, odd names, unusable
folders, private modes, and backups before every upgrade.

Every case here is also listed in docs/reliability.md with what the user sees.
"""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NoReturn

import pytest
from alembic import command

from smartgoals_app.io.data_export import export_csv, export_data
from smartgoals_app.io.export_plan import export_plan, export_plan_command
from smartgoals_app.storage import database, new_file, schema_version
from smartgoals_app.storage.database import (
    APPLICATION_ID,
    Database,
    StorageError,
    backup_dir,
    data_folder_error,
    latest_backup,
    make_engine,
    make_private,
    open_database,
    pragma,
    restore_backup,
)
from smartgoals_app.storage.migrate import alembic_config
from tests.demo_files import DemoFiles

# The oldest revision: every later one (creating tables, adding columns) runs on it, and a
# strategy there needs no workspace.
OLDER = schema_version.KNOWN_REVISIONS[0] if len(schema_version.KNOWN_REVISIONS) > 1 else None


def _revision(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    conn.close()
    return None if row is None else str(row[0])


def _is_whole_and_current(path: Path) -> None:
    db = open_database(path, backup=False)
    try:
        assert pragma(db, "integrity_check") == "ok"
        assert pragma(db, "application_id") == APPLICATION_ID
    finally:
        db.close()
    assert _revision(path) == schema_version.HEAD


def _alembic(path: Path, action: str, revision: str) -> None:
    """The schema by Alembic alone, as the app's first start without its last step left it."""
    engine = make_engine(path)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)
    finally:
        engine.dispose()


# -- a first start cut short --------------------------------------------------------


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _only_version_table(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.close()


def _tables_without_revision(path: Path) -> None:
    # Crashed after CREATE TABLE strategy...: "table strategy already exists" ever after.
    _alembic(path, "upgrade", schema_version.KNOWN_REVISIONS[0])
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM alembic_version")
    conn.close()


def _schema_without_application_id(path: Path) -> None:
    _alembic(path, "upgrade", "head")


def _empty_sqlite_header(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")
    conn.close()


@pytest.mark.parametrize(
    "half_made",
    [
        _empty,
        _only_version_table,
        _tables_without_revision,
        _schema_without_application_id,
        _empty_sqlite_header,
    ],
)
def test_a_file_the_first_start_left_half_made_is_finished(db_path: Path, half_made: object) -> None:
    half_made(db_path)  # type: ignore[operator]
    _is_whole_and_current(db_path)


def test_a_new_file_appears_whole_or_not_at_all(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure while the schema is written leaves no file under the target's name."""

    def failing(conn: sqlite3.Connection, script: str, **_facts: object) -> None:
        conn.executescript("BEGIN IMMEDIATE; CREATE TABLE half_written (x);")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(new_file, "write_schema", failing)
    with pytest.raises(StorageError):
        open_database(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == []
    monkeypatch.undo()
    _is_whole_and_current(db_path)


def _leave_hot_journal(path: Path, application_id: int, table: str) -> None:
    """A child writes in rollback-journal mode, spills pages into the file before its
    commit and dies: the -journal left behind is hot."""
    code = f"""
import os, sqlite3
conn = sqlite3.connect({str(path)!r}, isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA cache_size = 2")
conn.execute("BEGIN")
for i in range(400):
    conn.execute(
        "INSERT INTO {table} (statement, created_at, workspace_id) VALUES (?, '2026-01-01', 1)", ("x" * 900,)
    )
os._exit(0)
"""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("VACUUM")
    conn.close()
    subprocess.run([sys.executable, "-c", code], check=True)
    journal = Path(str(path) + "-journal")
    assert journal.stat().st_size > 0


def test_a_hot_journal_of_our_file_is_rolled_back(db_path: Path) -> None:
    open_database(db_path, backup=False).close()
    _leave_hot_journal(db_path, APPLICATION_ID, "strategy")
    _is_whole_and_current(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM strategy").fetchone()[0] == 0
    conn.close()


def test_a_hot_journal_of_a_foreign_file_is_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    with sqlite3.connect(other) as conn:
        conn.execute(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, statement TEXT, created_at TEXT, "
            "workspace_id INTEGER)"
        )
    conn.close()
    _leave_hot_journal(other, 0, "notes")
    before = [other.read_bytes(), Path(str(other) + "-journal").read_bytes()]
    with pytest.raises(StorageError, match="not a SmartGoals database"):
        open_database(other)
    assert [other.read_bytes(), Path(str(other) + "-journal").read_bytes()] == before


# -- files that are not ours --------------------------------------------------------


def _foreign_with_goal_table(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE goal (id INTEGER PRIMARY KEY, name TEXT, due TEXT)")
        conn.execute("INSERT INTO goal (name, due) VALUES ('Run a marathon', '2027-04-01')")
    conn.close()


def _foreign_with_empty_goal_table(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE goal (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()


def _foreign_application_id(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("CREATE TABLE strategy (id INTEGER PRIMARY KEY)")
    conn.close()


def _foreign_with_our_tables_and_data_but_no_revision(path: Path) -> None:
    _tables_without_revision(path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO strategy (statement, created_at) VALUES ('theirs', '2026-01-01')")
    conn.close()


@pytest.mark.parametrize(
    "make",
    [
        _foreign_with_goal_table,
        _foreign_with_empty_goal_table,
        _foreign_application_id,
        _foreign_with_our_tables_and_data_but_no_revision,
    ],
)
def test_a_foreign_file_is_refused_and_not_changed_by_a_single_byte(tmp_path: Path, make: object) -> None:
    other = tmp_path / "other.db"
    make(other)  # type: ignore[operator]
    before = sorted(p.name for p in tmp_path.iterdir())
    content = other.read_bytes()
    with pytest.raises(StorageError) as caught:
        open_database(other)
    assert other.read_bytes() == content
    # No backup, no file of ours. (Any SQLite reader of a WAL-mode file makes an empty
    # -wal and a -shm beside it; they hold nothing.)
    after = [p for p in tmp_path.iterdir() if p.name not in before]
    assert [(p.name, p.stat().st_size) for p in after if not p.name.endswith("-shm")] in (
        [],
        [("other.db-wal", 0)],
    )
    message = str(caught.value)
    assert "not a SmartGoals database" in message
    assert not any(word in message for word in ("CREATE", "SELECT", "INSERT", "PRAGMA"))


def test_an_older_file_without_application_id_but_with_data_is_upgraded(db_path: Path) -> None:
    """Files made by the migrations alone (as tests and old builds did) stay ours."""
    _alembic(db_path, "upgrade", schema_version.KNOWN_REVISIONS[0])
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO strategy (statement, created_at) VALUES ('Keep me', '2026-01-01')")
    conn.close()
    _is_whole_and_current(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT statement FROM strategy").fetchall() == [("Keep me",)]
    conn.close()


# -- any legal file name ------------------------------------------------------------


@pytest.mark.parametrize("name", ["goals%41.db", "goals?mode=ro.db", "goals#1 [x].db", "file:goals.db"])
def test_any_file_name_is_used_as_it_is(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    open_database(path).close()
    open_database(path).close()  # the second open writes a rotating backup of this file
    files = {p.name for p in tmp_path.iterdir()}
    assert name in files
    assert files <= {name, "backups"}, files
    backup = latest_backup(path)
    assert backup is not None
    assert backup.name.startswith(path.stem + "-")
    _is_whole_and_current(path)


# -- the data folder ----------------------------------------------------------------


def test_a_parent_that_is_a_file_is_named_in_the_message(tmp_path: Path) -> None:
    blocker = tmp_path / "SmartGoals"
    blocker.write_text("not a folder")
    for path in (blocker / "smartgoals.db", blocker / "deeper" / "smartgoals.db"):
        problem = data_folder_error(path)
        assert problem is not None
        assert f"{blocker} is a file, not a folder" in str(problem)
        with pytest.raises(StorageError, match="is a file, not a folder"):
            open_database(path)
    assert blocker.read_text() == "not a folder"


def test_a_folder_that_cannot_be_made_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refused)
    problem = data_folder_error(tmp_path / "new" / "smartgoals.db")
    assert problem is not None
    assert str(problem).startswith(
        f"SmartGoals cannot create the folder {tmp_path / 'new'}: you have no permission"
    )


def test_a_folder_that_cannot_be_written_says_so_and_not_damaged(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path, backup=False).close()
    folder = db_path.parent
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != folder)
    with pytest.raises(StorageError, match=f"cannot write in the folder {folder}"):
        open_database(db_path)
    assert export_plan_command(db_path, folder / "plan.ics") == 1
    err = capsys.readouterr().err
    assert f"cannot write in the folder {folder}" in err
    assert "damaged" not in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    open_database(folder / "smartgoals.db", backup=False).close()
    folder.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="cannot write in the folder"):
            open_database(folder / "smartgoals.db")
        problem = data_folder_error(folder / "sub" / "smartgoals.db")
        assert "permission" in str(problem)
    finally:
        folder.chmod(0o700)


# -- private files and folders ------------------------------------------------------


@pytest.fixture(params=[0o022, 0o002, 0o000])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_every_file_and_folder_is_private_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o755)
    path = home / "data" / "SmartGoals" / "smartgoals.db"
    open_database(path).close()
    db = open_database(path)  # the second open writes a backup
    try:
        with db.transaction() as session:
            session.connection().exec_driver_sql(
                "INSERT INTO strategy (statement, created_at, workspace_id) "
                "VALUES ('private', '2026-01-01', 1)"
            )
        sidecars = [Path(str(path) + s) for s in ("-wal", "-shm")]
        assert all(p.exists() for p in sidecars)
        assert {p.name: _mode(p) for p in sidecars} == {p.name: 0o600 for p in sidecars}
    finally:
        db.close()
    backup = latest_backup(path)
    assert backup is not None
    restore_backup(path, backup)
    damaged = path.with_suffix(".db.damaged")
    files = [path, backup, damaged]
    folders = [home / "data", path.parent, backup_dir(path)]
    assert [oct(_mode(p)) for p in files] == [oct(0o600)] * len(files)
    assert [oct(_mode(p)) for p in folders] == [oct(0o700)] * len(folders)
    assert _mode(home) == 0o755  # folders that were there are left alone


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_existing_file_keeps_its_mode(db_path: Path) -> None:
    open_database(db_path, backup=False).close()
    db_path.chmod(0o640)
    open_database(db_path).close()
    assert _mode(db_path) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_calendar_export_is_private_unless_it_replaces_a_shared_one(
    db: Database, tmp_path: Path, today: date, demo_files: DemoFiles, umask: int
) -> None:
    demo_files.copy_into(db, today)
    new = tmp_path / "plan.ics"
    export_plan(db, new)
    assert _mode(new) == 0o600
    shared = tmp_path / "shared.ics"
    shared.write_bytes(b"")
    shared.chmod(0o644)
    export_plan(db, shared)
    assert _mode(shared) == 0o644


def test_a_data_export_is_private_unless_it_replaces_a_shared_one(
    db: Database, tmp_path: Path, umask: int
) -> None:
    """All of a business's goals and figures: it was written readable by everyone."""
    new = tmp_path / "smartgoals-data.json"
    export_data(db, new)
    assert _mode(new) == 0o600
    export_csv(db, tmp_path / "tables")
    assert {_mode(table) for table in (tmp_path / "tables").iterdir()} == {0o600}
    shared = tmp_path / "shared.json"
    shared.write_bytes(b"")
    shared.chmod(0o644)
    export_data(db, shared)
    assert _mode(shared) == 0o644


# -- every path that can upgrade writes a backup first ------------------------------


@pytest.mark.skipif(OLDER is None, reason="only one schema revision: no older file to upgrade yet")
def test_export_plan_on_an_older_file_backs_it_up_before_upgrading(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert OLDER is not None
    _alembic(db_path, "upgrade", OLDER)
    _keep_a_strategy(db_path)
    export_plan_command(db_path, tmp_path / "plan.ics")
    capsys.readouterr()
    backups = list(backup_dir(db_path).iterdir())
    assert [b.name.endswith(f"-before-{schema_version.HEAD}.db") for b in backups] == [True]
    assert _revision(backups[0]) == OLDER
    assert _revision(db_path) == schema_version.HEAD


def test_open_without_rotating_backup_still_backs_up_before_an_upgrade(db_path: Path) -> None:
    _alembic(db_path, "upgrade", "head")
    _alembic(db_path, "downgrade", schema_version.KNOWN_REVISIONS[0])
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO strategy (statement, created_at) VALUES ('Keep me', '2026-01-01')")
    conn.close()
    if schema_version.KNOWN_REVISIONS[0] == schema_version.HEAD:
        pytest.skip("only one schema revision")
    open_database(db_path, backup=False).close()
    assert latest_backup(db_path) is not None


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_make_private_narrows_and_never_widens(tmp_path: Path) -> None:
    """The GUI's lock file is made by Qt with the umask's mode; make_private narrows it."""
    lock = tmp_path / "smartgoals.db.lock"
    lock.write_text("1234")
    lock.chmod(0o644)
    make_private(lock)
    assert _mode(lock) == 0o600
    lock.chmod(0o400)
    make_private(lock)
    assert _mode(lock) == 0o400
    make_private(tmp_path / "gone.lock")  # a lock already removed is no error


# -- damage the app already handled: proven here ------------------------------------


def _file_with_a_backup(db_path: Path) -> None:
    db = open_database(db_path, backup=False)
    with db.transaction() as session:
        for i in range(300):
            session.connection().exec_driver_sql(
                "INSERT INTO strategy (statement, created_at, workspace_id) VALUES (?, '2026-01-01', 1)",
                (f"s{i}" * 50,),
            )
    db.close()
    open_database(db_path).close()  # writes a rotating backup


def _truncate(db_path: Path) -> None:
    db_path.write_bytes(db_path.read_bytes()[: db_path.stat().st_size // 2])


def _zero_a_page(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[3 * page : 4 * page] = bytes(page)
    db_path.write_bytes(bytes(data))


def _random_bytes(db_path: Path) -> None:
    db_path.write_bytes(random.Random(11).randbytes(db_path.stat().st_size))


@pytest.mark.parametrize("damage", [_truncate, _zero_a_page, _random_bytes])
def test_a_damaged_file_is_refused_and_the_backup_restores(db_path: Path, damage: object) -> None:
    _file_with_a_backup(db_path)
    damage(db_path)  # type: ignore[operator]
    with pytest.raises(database.DamagedDatabaseError):
        open_database(db_path)
    backup = latest_backup(db_path)
    assert backup is not None
    restore_backup(db_path, backup)
    _is_whole_and_current(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM strategy").fetchone()[0] == 300
    conn.close()


def test_a_wal_left_by_a_crash_is_kept(db_path: Path) -> None:
    """A process that committed and died without closing leaves its changes in the -wal."""
    open_database(db_path, backup=False).close()
    code = f"""
import os, sqlite3
conn = sqlite3.connect({str(db_path)!r}, isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute(
    "INSERT INTO strategy (statement, created_at, workspace_id) VALUES ('committed', '2026-01-01', 1)"
)
os._exit(0)
"""
    subprocess.run([sys.executable, "-c", code], check=True)
    assert Path(str(db_path) + "-wal").stat().st_size > 0
    _is_whole_and_current(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT statement FROM strategy").fetchall() == [("committed",)]
    conn.close()


def test_a_backup_cut_short_is_never_taken_for_a_backup_and_is_swept_later(db_path: Path) -> None:
    open_database(db_path, backup=False).close()
    folder = backup_dir(db_path)
    folder.mkdir()
    stale = folder / f".{db_path.stem}-20260101T000000000000Z-auto.db.x1.tmp"
    stale.write_bytes(b"half a copy")
    os.utime(stale, (0, 0))
    fresh = folder / f".{db_path.stem}-20990101T000000000000Z-auto.db.x2.tmp"
    fresh.write_bytes(b"being written")
    assert latest_backup(db_path) is None
    open_database(db_path).close()
    assert not stale.exists()
    assert fresh.exists()  # another process may be writing it right now
    backup = latest_backup(db_path)
    assert backup is not None
    assert backup.suffix == ".db"


@pytest.mark.skipif(OLDER is None, reason="only one schema revision: no older file to upgrade yet")
def test_an_upgrade_cut_short_leaves_the_file_at_its_old_revision(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The upgrade is one transaction: CREATE TABLE is not committed on its own."""
    from alembic import op

    assert OLDER is not None
    _alembic(db_path, "upgrade", OLDER)
    _keep_a_strategy(db_path)
    tables_before = _tables(db_path)
    created = op.create_table

    def create_then_fail(name: str, *columns: object, **kw: object) -> NoReturn:
        created(name, *columns, **kw)  # type: ignore[arg-type]
        raise OSError(5, "Input/output error")  # the machine fails right after one table

    monkeypatch.setattr(op, "create_table", create_then_fail)
    with pytest.raises(StorageError):
        open_database(db_path)
    assert _revision(db_path) == OLDER
    assert _tables(db_path) == tables_before
    monkeypatch.undo()
    _is_whole_and_current(db_path)
    assert latest_backup(db_path) is not None


def _keep_a_strategy(path: Path) -> None:
    """A strategy in an older file, in its first workspace when the file has workspaces."""
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(strategy)")}
        if "workspace_id" in columns:
            conn.execute(
                "INSERT INTO strategy (statement, created_at, workspace_id) "
                "VALUES ('Keep me', '2026-01-01', (SELECT MIN(id) FROM workspace))"
            )
        else:
            conn.execute("INSERT INTO strategy (statement, created_at) VALUES ('Keep me', '2026-01-01')")
    conn.close()


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    conn.close()
    return {r[0] for r in rows}


def test_a_folder_given_as_the_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="is a folder, not a database file") as caught:
        open_database(tmp_path)
    assert str(tmp_path / "smartgoals.db") in str(caught.value)


def test_a_half_made_file_behind_a_link_is_made_anew_where_the_link_points(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "goals.db"
    real.parent.mkdir()
    real.write_bytes(b"")
    link = tmp_path / "smartgoals.db"
    link.symlink_to(real)
    _is_whole_and_current(link)
    assert link.is_symlink()
    assert real.stat().st_size > 0
