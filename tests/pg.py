"""A throwaway PostgreSQL cluster for the tests that need a real server.

One cluster per test session: ``initdb`` and ``pg_ctl`` into a private temporary folder,
on a free port on 127.0.0.1, with its unix socket in that folder, stopped and removed at
the end. PostgreSQL refuses to run as root, so under root (as CI runs) the server runs
as the ``postgres`` user that Debian's package makes. Each test gets a database of its
own (``pg_database``), wiped and handed on to the next test when it ends (tests/pg_pool.py).

Without PostgreSQL (or psycopg) the tests that need it are skipped with the reason,
unless SMARTGOALS_REQUIRE_POSTGRES=1 (CI), where they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pg_cluster import (
    SUPERUSER,
    SUPERUSER_PASSWORD,
    ClusterUnavailableError,
    PgServer,
    _free_port,
    remove_cluster,
    start_cluster,
)
from tests.pg_pool import DatabasePool

__all__ = ["SUPERUSER", "SUPERUSER_PASSWORD", "PgServer", "_free_port"]

REQUIRE_ENV = "SMARTGOALS_REQUIRE_POSTGRES"


def _unavailable(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1)", pytrace=False)
    pytest.skip(reason)


def _start_server() -> PgServer:
    try:
        # In the run's temporary folder: in RAM where there is room (tests/scratch.py,
        # set in tests/conftest.py), where copying a database costs a tenth of disk's.
        return start_cluster()
    except ClusterUnavailableError as exc:
        _unavailable(str(exc))
        raise


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    server = _start_server()
    try:
        yield server
    finally:
        remove_cluster(server)


@pytest.fixture(scope="session")
def pg_pool(pg_server: PgServer) -> DatabasePool:
    """The test process's server databases, wiped and handed from test to test."""
    return DatabasePool(pg_server)


@pytest.fixture
def pg_database(pg_pool: DatabasePool) -> Iterator[str]:
    """A new, empty database for this test; its name."""
    with pg_pool.database() as name:
        yield name


@pytest.fixture(scope="session")
def pg_schema_template(pg_server: PgServer) -> str:
    """A database at the newest schema and nothing else (as `admin init` leaves a new one
    before its access rules), built once per test process: copying it (CREATE DATABASE
    ... TEMPLATE) takes a fraction of running every migration again for each test."""
    from smartgoals_app.storage.server import make_server_engine, parse_server_address, upgrade_server

    name = pg_server.create_database()
    engine = make_server_engine(parse_server_address(pg_server.url(database=name)))
    try:
        upgrade_server(engine)
    finally:
        engine.dispose()
    return name


@pytest.fixture
def pg_schema_database(pg_pool: DatabasePool, pg_schema_template: str) -> Iterator[str]:
    """A new database at the newest schema, without workspaces or access rules; its name."""
    with pg_pool.database(pg_schema_template) as name:
        yield name


@pytest.fixture(scope="session")
def pg_migrated_template(pg_server: PgServer, pg_schema_template: str) -> str:
    """The schema template with one workspace."""
    from smartgoals_app.storage import repositories as repo
    from smartgoals_app.storage.server import open_server_database, parse_server_address

    name = pg_server.create_database(template=pg_schema_template)
    db = open_server_database(parse_server_address(pg_server.url(database=name)))
    try:
        with db.transaction() as session:
            repo.add_workspace(session, name="Test workspace")
    finally:
        db.close()
    return name


@pytest.fixture
def pg_db(pg_server: PgServer, pg_pool: DatabasePool, pg_migrated_template: str) -> Iterator[Any]:
    """The app's Database on a new server database at the newest schema with one
    workspace, opened as the superuser (its administrator)."""
    from smartgoals_app.storage.server import open_server_database, parse_server_address

    with pg_pool.database(pg_migrated_template) as name:
        db = open_server_database(parse_server_address(pg_server.url(database=name)))
        try:
            yield db
        finally:
            db.close()


ENGINES = ["sqlite", "postgresql"]


def on_engine(request: pytest.FixtureRequest, path: Path) -> Iterator[Any]:
    """The app's Database on ``request.param``: a new file at `path`, or a new server
    database. A test module runs on both engines with::

        @pytest.fixture(params=ENGINES)
        def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
            yield from on_engine(request, db_path)
    """
    if request.param == "postgresql":
        yield request.getfixturevalue("pg_db")
        return
    from smartgoals_app.storage.database import open_database
    from tests.demo_files import copy_database

    # A copy of the run's new file: creating one runs every migration (tests/storage
    # checks that path).
    copy_database(request.getfixturevalue("empty_database_file"), path)
    db = open_database(path, backup=False)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(params=ENGINES)
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    """The app's Database on each engine: a new (copied) file, then a new server database."""
    yield from on_engine(request, tmp_path / "smartgoals.db")
