"""The harness the server tests stand on: a database handed from one test to the next
(tests/pg_pool.py) must be as new as a fresh copy of its template, or not handed on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pg import PgServer
from tests.pg_pool import DatabasePool

_TABLES = """
SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind = 'r' AND n.nspname = 'public' ORDER BY 1
"""


def _contents(server: PgServer, name: str) -> dict[str, Any]:
    """Every table's rows and what each sequence hands out next, read independently of
    the pool (taking the next value uses it up: call once per database)."""
    with server.connect(database=name) as conn:
        found: dict[str, Any] = {}
        for (table,) in conn.execute(_TABLES).fetchall():
            found[table] = sorted(map(repr, conn.execute(f"SELECT * FROM {table}").fetchall()))
        for (sequence,) in conn.execute("SELECT format('%I.%I', schemaname, sequencename) FROM pg_sequences"):
            found[sequence] = conn.execute("SELECT nextval(%s::regclass)", (sequence,)).fetchone()[0]
        return found


def _fresh(server: PgServer, template: str) -> dict[str, Any]:
    name = server.create_database(template=template)
    try:
        return _contents(server, name)
    finally:
        server.drop_database(name)


def _exists(server: PgServer, name: str) -> bool:
    with server.connect() as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


@pytest.fixture
def pool(pg_server: PgServer) -> DatabasePool:
    """A pool of this test's own, so what it hands out is not another test's leftover."""
    return DatabasePool(pg_server)


def test_a_database_given_back_is_as_new_as_a_fresh_copy(
    pg_server: PgServer, pool: DatabasePool, pg_migrated_template: str
) -> None:
    import psycopg  # there when the server tests run (tests/pg.py)

    fresh = _fresh(pg_server, pg_migrated_template)
    assert fresh["public.workspace"] != [], "the template has a row to put back"
    name = pool.take(pg_migrated_template)
    with pg_server.connect(database=name) as conn:
        conn.execute("INSERT INTO workspace (name, created_at) VALUES ('Left by a test', now())")
        conn.execute("INSERT INTO strategy (statement, created_at, workspace_id) VALUES ('x', now(), 1)")
        conn.execute("UPDATE workspace SET name = 'Renamed' WHERE name = 'Test workspace'")
    left_open = pg_server.connect(database=name)  # a test that forgot to close its connection
    pool.give_back(name)
    with pytest.raises(psycopg.OperationalError):
        left_open.execute("SELECT 1")
    left_open.close()
    assert pool.take(pg_migrated_template) == name, "handed on, not made anew"
    assert _contents(pg_server, name) == fresh


@pytest.mark.parametrize(
    "change",
    [
        "CREATE TABLE extra (id int)",
        "ALTER TABLE goal ADD COLUMN extra int",
        "ALTER TABLE goal ENABLE ROW LEVEL SECURITY",
        "CREATE FUNCTION extra() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "GRANT SELECT ON goal TO PUBLIC",
        "CREATE ROLE {name}_person",
    ],
)
def test_a_database_changed_beyond_its_rows_is_dropped(
    pg_server: PgServer, pool: DatabasePool, pg_schema_template: str, change: str
) -> None:
    name = pool.take(pg_schema_template)
    try:
        with pg_server.connect(database=name) as conn:
            conn.execute(change.format(name=name))
        pool.give_back(name)
        assert not _exists(pg_server, name)
        assert pool.take(pg_schema_template) != name
    finally:
        with pg_server.connect() as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{name}_person"')


def _prepare_people(server: PgServer, calls: list[str]) -> Callable[[str], int]:
    """A preparation that counts its runs: a workspace row and two roles, one in the other."""

    def prepare(name: str) -> int:
        calls.append(name)
        with server.connect(database=name) as conn:
            conn.execute(f'CREATE ROLE "{name}_group"')
            conn.execute(f'CREATE ROLE "{name}_person" LOGIN IN ROLE "{name}_group"')
            found = conn.execute(
                "INSERT INTO workspace (name, created_at) VALUES ('Prepared', now()) RETURNING id"
            ).fetchone()
        return int(found[0])

    return prepare


def _drop_roles(server: PgServer, names: list[str]) -> None:
    with server.connect() as conn:
        for name in names:
            conn.execute(f'DROP ROLE IF EXISTS "{name}_person"')
            conn.execute(f'DROP ROLE IF EXISTS "{name}_group"')


def test_a_prepared_database_is_prepared_once_and_handed_on_as_it_was_left(
    pg_server: PgServer, pool: DatabasePool, pg_schema_template: str
) -> None:
    calls: list[str] = []
    prepare = _prepare_people(pg_server, calls)
    try:
        with pool.prepared(pg_schema_template, prepare) as (name, workspace_id):
            pass
        prepared = _contents(pg_server, name)  # uses up one value of each sequence: wiped below
        with (
            pool.prepared(pg_schema_template, prepare) as (again, same_id),
            pg_server.connect(database=again) as conn,
        ):
            conn.execute("INSERT INTO workspace (name, created_at) VALUES ('Left by a test', now())")
            conn.execute("UPDATE workspace SET name = 'Renamed' WHERE id = %s", (workspace_id,))
        assert (again, same_id) == (name, workspace_id)
        assert calls == [name], "prepared once"
        with pool.prepared(pg_schema_template, prepare) as (third, _):
            assert _contents(pg_server, third) == prepared
        assert third == name
    finally:
        _drop_roles(pg_server, calls)


@pytest.mark.parametrize(
    "change",
    [
        'REVOKE "{name}_group" FROM "{name}_person"',
        "ALTER ROLE \"{name}_person\" PASSWORD 'secret'",
        'ALTER ROLE "{name}_person" NOLOGIN',
    ],
)
def test_a_prepared_database_whose_logins_changed_is_prepared_anew(
    pg_server: PgServer, pool: DatabasePool, pg_schema_template: str, change: str
) -> None:
    calls: list[str] = []
    prepare = _prepare_people(pg_server, calls)
    try:
        with (
            pool.prepared(pg_schema_template, prepare) as (name, _),
            pg_server.connect(database=name) as conn,
        ):
            conn.execute(change.format(name=name))
        assert not _exists(pg_server, name)
        with pool.prepared(pg_schema_template, prepare) as (again, _):
            assert again != name
        assert calls == [name, again]
    finally:
        _drop_roles(pg_server, calls)
