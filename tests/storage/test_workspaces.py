"""Workspaces in both engines: a file (or server) from before them keeps every row, its
strategies moved into a default workspace; new strategies go to the open workspace."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, text

from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage import database, schema_version
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database, StorageError, open_database
from smartgoals_app.storage.migrate import alembic_config
from smartgoals_app.storage.server import upgrade_server
from tests.conftest import TODAY
from tests.factories import signups_draft
from tests.io.test_data_export import fill_every_table

BEFORE_WORKSPACES = "0002"
USER_TABLES = (
    "strategy",
    "strategy_network",
    "goal",
    "measurement",
    "task",
    "task_completion",
    "wizard_draft",
    "app_meta",
    "reminder_sent",
)


def _alembic(engine: Engine, action: str, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)


def _rows(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    with engine.connect() as conn:
        return {
            table: [dict(row._mapping) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
            for table in USER_TABLES
        }


def _to_revision_0002(db: Database) -> Engine:
    """The same data as an older SmartGoals left it: taken down to the revision before
    workspaces. Returns an engine on it, for the upgrade."""
    if db.server is None:
        path = db.path
        db.close()
        engine = database._migration_engine(path)
        _alembic(engine, "downgrade", BEFORE_WORKSPACES)
        return database.make_engine(path)
    _alembic(db.engine, "downgrade", BEFORE_WORKSPACES)
    return db.engine


def test_an_older_database_keeps_every_row_in_a_default_workspace(any_db: Database, today: date) -> None:
    fill_every_table(any_db, today)
    engine = _to_revision_0002(any_db)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == BEFORE_WORKSPACES
    before = _rows(engine)
    assert all(before[table] for table in USER_TABLES), "every table holds rows before the upgrade"
    if any_db.server is None:
        engine.dispose()
        upgraded = open_database(any_db.path, backup=False)  # the app upgrades a file as it opens it
        engine = upgraded.engine
    else:
        upgrade_server(engine)
    try:
        with engine.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == schema_version.HEAD
        after = _rows(engine)
        for table in USER_TABLES:
            pairs = zip(after[table], before[table], strict=True)
            kept = [{key: row[key] for key in old} for row, old in pairs]
            assert kept == before[table], table
        assert {row["workspace_id"] for row in after["strategy"]} == {1}
        with engine.connect() as conn:
            assert conn.execute(text("SELECT id, name FROM workspace")).all() == [(1, "My business")]
        # The next workspace gets the next id (the server's sequence was moved past 1).
        next_db = Database(any_db.path, engine, server=any_db.server)
        with next_db.transaction() as session:
            assert repo.add_workspace(session, name="Second") == 2
    finally:
        if any_db.server is None:
            engine.dispose()


def test_a_new_file_starts_with_one_workspace(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT id, name FROM workspace")).all() == [(1, "My business")]


def _workspace_names(path: Path) -> list[str]:
    db = open_database(path, backup=False)
    try:
        with db.engine.connect() as conn:
            return list(conn.execute(text("SELECT name FROM workspace ORDER BY id")).scalars())
    finally:
        db.close()


def test_a_new_file_names_its_workspace_in_the_users_words_and_an_old_one_keeps_its_name(
    tmp_path: Path,
) -> None:
    path = tmp_path / "neu.db"
    open_database(path, backup=False, first_workspace="  Mein Unternehmen ").close()
    assert _workspace_names(path) == ["Mein Unternehmen"]
    open_database(path, backup=False, first_workspace="Something else").close()  # not new: untouched
    assert _workspace_names(path) == ["Mein Unternehmen"]


@pytest.mark.parametrize("refused", ["", "   ", "Esc\x1bape", "x" * 81, "broken \ud800"])
def test_a_first_workspace_name_the_rule_refuses_leaves_the_default(tmp_path: Path, refused: str) -> None:
    path = tmp_path / "new.db"
    open_database(path, backup=False, first_workspace=refused).close()
    assert _workspace_names(path) == ["My business"]


def test_new_strategies_go_to_the_first_workspace(any_db: Database) -> None:
    with any_db.transaction() as session:
        first = repo.open_workspace_id(session)
        repo.add_workspace(session, name="Later")
    GoalService(any_db, today=lambda: TODAY).save(signups_draft(TODAY))
    with any_db.engine.connect() as conn:
        assert conn.execute(text("SELECT workspace_id FROM strategy")).scalar_one() == first


def test_without_a_workspace_saving_says_so(pg_server: Any, pg_database: str) -> None:
    """A server set up but with no workspace the user may see: words, not a constraint."""
    from smartgoals_app.storage.server import make_server_engine, open_server_database, parse_server_address

    address = parse_server_address(pg_server.url(database=pg_database))
    engine = make_server_engine(address)
    upgrade_server(engine)
    engine.dispose()
    db = open_server_database(address)
    try:
        with pytest.raises(StorageError, match="not a member of any workspace"):
            GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM strategy")).scalar_one() == 0
    finally:
        db.close()


def test_a_workspace_with_strategies_cannot_be_deleted(tmp_path: Path, db: Database) -> None:
    GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
    with pytest.raises(StorageError), db.transaction() as session:
        session.execute(text("DELETE FROM workspace"))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM workspace")).scalar_one() == 1


def test_an_export_from_before_workspaces_imports_into_the_default_one(
    db: Database, tmp_path: Path, today: date
) -> None:
    import json

    from smartgoals_app.io.data_export import export_data
    from smartgoals_app.io.data_import import import_data

    fill_every_table(db, today)
    document = json.loads(export_data(db, tmp_path / "new.json").path.read_text(encoding="utf-8"))
    del document["tables"]["workspace"]
    for row in document["tables"]["strategy"]:
        del row["workspace_id"]
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")
    copy = open_database(tmp_path / "copy.db", backup=False)
    try:
        result = import_data(copy, tmp_path / "old.json", today=today)
        assert result.rows["strategy"] == len(document["tables"]["strategy"])
        with copy.engine.connect() as conn:
            assert conn.execute(text("SELECT id, name FROM workspace")).all() == [(1, "My business")]
            assert conn.execute(text("SELECT DISTINCT workspace_id FROM strategy")).all() == [(1,)]
            assert conn.execute(text("SELECT count(*) FROM goal")).scalar_one() == len(
                document["tables"]["goal"]
            )
    finally:
        copy.close()
