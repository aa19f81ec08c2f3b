"""Two people on one database, for the tests of row versions: on a file, two Database
objects on the same file (the computer's user told apart by LOGNAME, which
getpass.getuser() reads first); on a server, two logins, each an editor of the one
workspace (storage/admin.py), each with a Database of their own."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from smartgoals_app.cli import main
from smartgoals_app.storage.database import Database, open_database
from smartgoals_app.storage.server import open_server_database, parse_server_address
from tests.pg import PgServer
from tests.pg_pool import DatabasePool


@dataclass
class Two:
    anna: Database
    ben: Database
    anna_name: str
    ben_name: str
    # How a third person (or a window) opens the same database as Anna.
    anna_target: str


def _as(db: Database, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Fix who saves through a file's Database (asked once, then kept)."""
    monkeypatch.setenv("LOGNAME", name)
    with db.reading() as session:
        assert db.who(session) == name


def file_pair(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Two]:
    anna = open_database(path, backup=False)
    ben = open_database(path, backup=False)
    try:
        _as(anna, monkeypatch, "anna")
        _as(ben, monkeypatch, "ben")
        yield Two(anna, ben, "anna", "ben", str(path))
    finally:
        anna.close()
        ben.close()


def _editors(server: PgServer, database: str) -> tuple[str, str]:
    """admin init, a workspace, and two logins made editors of it; their names."""
    url = server.url(database=database)
    assert main(["--db", url, "admin", "init"]) == 0
    assert main(["--db", url, "admin", "workspace", "add", "Bakery"]) == 0
    names = (f"{database}_anna", f"{database}_ben")
    for name in names:
        assert main(["--db", url, "admin", "grant", "Bakery", name, "editor"]) == 0
    return names


def server_pair(server: PgServer, pool: DatabasePool, template: str) -> Iterator[Two]:
    """Two editors of one workspace, each with a Database of their own; the set-up is
    made once per database and handed on from test to test (tests/pg_pool.py)."""

    def prepare(name: str) -> tuple[str, str]:
        return _editors(server, name)

    with pool.prepared(template, prepare) as (database, names):
        yield from _pair(server, database, names)


def _pair(server: PgServer, database: str, names: tuple[str, str]) -> Iterator[Two]:
    urls = [server.url(user=name, database=database) for name in names]
    anna, ben = (open_server_database(parse_server_address(u)) for u in urls)
    try:
        yield Two(anna, ben, names[0], names[1], urls[0])
    finally:
        anna.close()
        ben.close()


def two_people(request: pytest.FixtureRequest, path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Two]:
    """Anna and Ben on ``request.param``: "sqlite" or "postgresql"."""
    if request.param == "postgresql":
        server = request.getfixturevalue("pg_server")
        pool = request.getfixturevalue("pg_pool")
        yield from server_pair(server, pool, request.getfixturevalue("pg_schema_template"))
    else:
        yield from file_pair(path, monkeypatch)
