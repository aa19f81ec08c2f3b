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


def server_pair(server: PgServer, database: str) -> Iterator[Two]:
    """admin init, a workspace, and two logins made editors of it."""
    url = server.url(database=database)
    assert main(["--db", url, "admin", "init"]) == 0
    assert main(["--db", url, "admin", "workspace", "add", "Bakery"]) == 0
    names = (f"{database}_anna", f"{database}_ben")
    for name in names:
        assert main(["--db", url, "admin", "grant", "Bakery", name, "editor"]) == 0
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
        database = request.getfixturevalue("pg_schema_database")
        yield from server_pair(server, database)
    else:
        yield from file_pair(path, monkeypatch)
