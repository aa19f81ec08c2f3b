from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from smartgoals_app.storage import schema_version
from smartgoals_app.storage.database import (
    APPLICATION_ID,
    DamagedDatabaseError,
    Database,
    NewerDatabaseError,
    StorageError,
    latest_backup,
    open_database,
    pragma,
    resolve_db_path,
    restore_backup,
)


def test_new_file_is_created_by_migrations(db: Database) -> None:
    assert pragma(db, "integrity_check") == "ok"
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "application_id") == APPLICATION_ID
    assert pragma(db, "busy_timeout") > 0
    with sqlite3.connect(db.path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert {"strategy", "goal", "measurement", "task", "task_completion"} <= tables
    assert revision == schema_version.HEAD


def test_every_pooled_connection_has_foreign_keys(db: Database) -> None:
    connections = [db.engine.connect() for _ in range(3)]
    try:
        assert all(c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1 for c in connections)
    finally:
        for c in connections:
            c.close()


def test_path_resolution_order(tmp_path: Path) -> None:
    env = {"SMARTGOALS_DB": str(tmp_path / "env.db")}
    assert resolve_db_path(str(tmp_path / "cli.db"), env) == tmp_path / "cli.db"
    assert resolve_db_path(None, env) == tmp_path / "env.db"
    assert resolve_db_path(None, {}).name == "smartgoals.db"


def test_reopening_does_not_import_alembic_when_current(db_path: Path) -> None:
    open_database(db_path, backup=False).close()
    code = (
        "import sys; from pathlib import Path; from smartgoals_app.storage.database import open_database;"
        f"open_database(Path({str(db_path)!r}), backup=False).close();"
        "print('alembic' in sys.modules)"
    )
    import subprocess

    out = subprocess.run([os.sys.executable, "-c", code], capture_output=True, text=True, check=True)  # type: ignore[attr-defined]
    assert out.stdout.strip() == "False"


def test_newer_file_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path, backup=False).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_foreign_file_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(StorageError, match="not a SmartGoals database"):
        open_database(other)


def test_damaged_file_is_reported_and_restored_from_backup(db_path: Path) -> None:
    open_database(db_path).close()  # first open: no backup of an empty file
    open_database(db_path).close()  # second open: a rotating backup is written
    backup = latest_backup(db_path)
    assert backup is not None
    db_path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    with pytest.raises(DamagedDatabaseError):
        open_database(db_path)
    restore_backup(db_path, backup)
    reopened = open_database(db_path)
    assert pragma(reopened, "integrity_check") == "ok"
    reopened.close()
    assert db_path.with_suffix(".db.damaged").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_is_refused_with_a_plain_message(db_path: Path) -> None:
    open_database(db_path, backup=False).close()
    db_path.chmod(0o444)
    try:
        with pytest.raises(StorageError, match="read-only"):
            open_database(db_path)
    finally:
        db_path.chmod(0o644)


def test_constraint_violation_is_worded_and_rolled_back(db: Database) -> None:
    from smartgoals_app.storage.models import Measurement

    with pytest.raises(StorageError, match="Nothing was changed"), db.transaction() as session:
        session.add(Measurement(goal_id=12345, measured_on=date(2026, 1, 1), value=1.0))
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM measurement").fetchone()[0] == 0
