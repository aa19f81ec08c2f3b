"""Alembic migrations: the known revisions, the schema they build, up and down, backups."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from smartgoals_app.storage import database, models, schema_version
from smartgoals_app.storage.database import backup_dir, make_engine, open_database
from smartgoals_app.storage.migrate import alembic_config
from tests.demo_files import copy_database

assert models  # the tables register themselves in SQLModel.metadata on import


def _history() -> list[str]:
    """Revisions from the first to the head, as Alembic reads them from the scripts."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
        return {r[0] for r in rows}


def _revision(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return None if row is None else str(row[0])


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    eng = make_engine(db_path)
    yield eng
    eng.dispose()


def _run(engine: Engine, action: str, revision: str) -> None:
    config: Config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


def test_known_revisions_match_alembic_history() -> None:
    history = _history()
    assert list(schema_version.KNOWN_REVISIONS) == history
    assert history[-1] == schema_version.HEAD
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [schema_version.HEAD]  # one line of history, no branches


def test_each_revision_follows_the_previous_one() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    previous = None
    for revision in schema_version.KNOWN_REVISIONS:
        script_rev = script.get_revision(revision)
        assert script_rev is not None
        assert script_rev.down_revision == previous
        previous = revision


def test_migrated_schema_equals_the_models(db_path: Path) -> None:
    open_database(db_path, backup=False).close()
    eng = make_engine(db_path)
    try:
        with eng.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, SQLModel.metadata)
    finally:
        eng.dispose()
    assert diff == []
    assert _tables(db_path) - {"alembic_version"} == set(SQLModel.metadata.tables)


def test_downgrade_to_base_and_upgrade_again(engine: Engine, db_path: Path) -> None:
    _run(engine, "upgrade", "head")
    assert _revision(db_path) == schema_version.HEAD
    _run(engine, "downgrade", "base")
    assert _tables(db_path) <= {"alembic_version"}
    assert _revision(db_path) is None
    _run(engine, "upgrade", "head")
    assert _revision(db_path) == schema_version.HEAD
    assert _tables(db_path) - {"alembic_version"} == set(SQLModel.metadata.tables)


@pytest.mark.parametrize("revision", schema_version.KNOWN_REVISIONS)
def test_each_step_down_and_up(
    engine: Engine, db_path: Path, empty_database_file: Path, revision: str
) -> None:
    """Every revision can be reached from a file the app made at the head, and the head
    from it. (Upgrading from nothing to the head is the test above.)"""
    copy_database(empty_database_file, db_path)  # the engine has not connected yet
    _run(engine, "downgrade", revision)
    assert _revision(db_path) == revision
    _run(engine, "upgrade", "head")
    assert _revision(db_path) == schema_version.HEAD


OLDER = schema_version.KNOWN_REVISIONS[:-1]


@pytest.mark.skipif(not OLDER, reason="only one schema revision: no older file to upgrade yet")
@pytest.mark.parametrize("old", OLDER)
def test_upgrading_an_older_file_writes_a_backup_first(engine: Engine, db_path: Path, old: str) -> None:
    _run(engine, "upgrade", old)
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(strategy)")}
        if "workspace_id" in columns:  # from 0005 on, a strategy belongs to a workspace
            conn.execute(
                "INSERT INTO strategy (statement, created_at, workspace_id) "
                "VALUES ('Keep me', '2026-01-01 00:00:00', (SELECT MIN(id) FROM workspace))"
            )
        else:
            conn.execute(
                "INSERT INTO strategy (statement, created_at) VALUES ('Keep me', '2026-01-01 00:00:00')"
            )
    db = open_database(db_path)
    try:
        assert _revision(db_path) == schema_version.HEAD
    finally:
        db.close()
    backups = list(backup_dir(db_path).glob(f"*before-{schema_version.HEAD}.db"))
    assert len(backups) == 1
    # The backup is the file as it was: the older revision, with the user's data.
    assert _revision(backups[0]) == old
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT statement FROM strategy").fetchall() == [("Keep me",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_backup_is_taken_before_the_migration_runs(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Independent of how many revisions exist: pretend the file is one revision behind."""
    open_database(db_path, backup=False).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
    monkeypatch.setattr(schema_version, "KNOWN_REVISIONS", ("older", *schema_version.KNOWN_REVISIONS))
    seen: list[list[Path]] = []

    def fake_migrate(engine: Engine) -> None:
        seen.append(list(backup_dir(db_path).glob("*.db")))

    monkeypatch.setattr(database, "_migrate", fake_migrate)
    open_database(db_path).close()
    assert len(seen) == 1
    assert len(seen[0]) == 1
    assert seen[0][0].name.endswith(f"-before-{schema_version.HEAD}.db")
    assert _revision(seen[0][0]) == "older"


def test_a_brand_new_file_needs_no_backup(db_path: Path) -> None:
    open_database(db_path).close()
    assert not backup_dir(db_path).exists() or not list(backup_dir(db_path).iterdir())


def test_rows_stored_before_row_versions_become_version_1_with_no_author(
    engine: Engine, db_path: Path
) -> None:
    _run(engine, "upgrade", "0005")
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO strategy (statement, created_at, workspace_id) VALUES ('Keep me', '2026-01-01', 1)"
        )
    open_database(db_path, backup=False).close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT statement, version, changed_by, changed_at FROM strategy").fetchall() == [
            ("Keep me", 1, None, None)
        ]
        for table in models.VERSIONED_TABLES:
            columns = {row[1]: row for row in conn.execute(f"PRAGMA table_info({table})")}
            assert columns["version"][3] == 1, table  # NOT NULL
            assert columns["version"][4] == "1", table  # DEFAULT 1: rows written outside the ORM
    _run(make_engine(db_path), "downgrade", "0005")
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT statement FROM strategy").fetchall() == [("Keep me",)]
