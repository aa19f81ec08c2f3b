"""A new file is made from the schema script (storage/new_file.py), not by replaying
every migration, and is the same file the migrations would have made."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command

from smartgoals_app.storage import new_file, schema_version
from smartgoals_app.storage.database import (
    APPLICATION_ID,
    create_by_migrations,
    make_engine,
    open_database,
)
from smartgoals_app.storage.migrate import alembic_config

# Differ per file by design (storage/new_file.py): compared on their own below.
PER_FILE = {("app_meta", "value"), ("workspace", "created_at")}


def _schema(path: Path) -> set[tuple[str, str, tuple[str, ...], tuple[tuple[object, ...], ...]]]:
    """Every table, index and trigger with its SQL as a sorted set of lines (Alembic's
    batch mode writes a table's constraints in an order that changes from run to run),
    and each table's columns in order."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        found = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
        return {
            (
                kind,
                name,
                tuple(sorted(line.strip().rstrip(",").rstrip() for line in sql.splitlines())),
                tuple(conn.execute(f'PRAGMA table_info("{name}")')) if kind == "table" else (),
            )
            for kind, name, sql in found
        }


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    rows: dict[str, list[tuple[object, ...]]] = {}
    with contextlib.closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [
                r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if (table, r[1]) not in PER_FILE
            ]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows[table] = sorted(conn.execute(f'SELECT {listed} FROM "{table}"'), key=repr)
    return rows


def _pragmas(path: Path) -> dict[str, object]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        names = ("application_id", "user_version", "journal_mode", "auto_vacuum", "page_size", "encoding")
        return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in names}


def _facts(path: Path) -> tuple[str, str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        uid = conn.execute("SELECT value FROM app_meta WHERE key = 'calendar_uid'").fetchone()[0]
        made = conn.execute("SELECT created_at FROM workspace").fetchone()[0]
    return str(uid), str(made)


def test_the_shipped_script_is_what_the_migrations_make_now() -> None:
    assert new_file.read_script() == new_file.migrated_script(), (
        "smartgoals_app/storage/new_file.sql is behind the migrations: run python scripts/new_file_schema.py"
    )
    assert new_file.script_revision(new_file.read_script()) == schema_version.HEAD


def test_a_new_file_is_the_file_the_migrations_make(tmp_path: Path) -> None:
    made = tmp_path / "new.db"
    migrated = tmp_path / "migrated.db"
    open_database(made, backup=False).close()
    create_by_migrations(migrated)

    assert _schema(made) == _schema(migrated)
    assert _rows(made) == _rows(migrated)
    assert _pragmas(made) == _pragmas(migrated)
    assert _pragmas(made)["application_id"] == APPLICATION_ID
    with contextlib.closing(sqlite3.connect(made)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_each_new_file_has_a_calendar_uid_and_creation_time_of_its_own(tmp_path: Path) -> None:
    before = datetime.utcnow().replace(microsecond=0)
    open_database(tmp_path / "a.db", backup=False).close()
    open_database(tmp_path / "b.db", backup=False).close()
    uid_a, made_a = _facts(tmp_path / "a.db")
    uid_b, _ = _facts(tmp_path / "b.db")

    assert uid_a != uid_b
    assert uuid.UUID(uid_a).version == 4
    assert before <= datetime.fromisoformat(made_a) <= datetime.utcnow()


def test_making_a_new_file_does_not_load_alembic(tmp_path: Path) -> None:
    # Alembic takes about a quarter of a second to import: a first start does without it.
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from smartgoals_app.storage.database import open_database\n"
        f"open_database(Path({str(tmp_path / 'new.db')!r}), backup=False).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"
    assert (tmp_path / "new.db").exists()


def test_a_script_behind_the_newest_revision_is_brought_up_by_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = tmp_path / "older.db"
    engine = make_engine(older)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, schema_version.KNOWN_REVISIONS[-2])
    finally:
        engine.dispose()
    with contextlib.closing(sqlite3.connect(older)) as conn:
        older_script = new_file.dump(conn)
    assert new_file.script_revision(older_script) == schema_version.KNOWN_REVISIONS[-2]
    monkeypatch.setattr(new_file, "read_script", lambda: older_script)

    made = tmp_path / "new.db"
    open_database(made, backup=False).close()
    migrated = tmp_path / "migrated.db"
    create_by_migrations(migrated)
    assert _schema(made) == _schema(migrated)
    assert _rows(made) == _rows(migrated)
