"""A server database by its address: the same schema and services as a file, the
password only from libpq's own sources, one plain sentence when the server is out of reach."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from smartgoals_app.cli import main
from smartgoals_app.io.data_export import export_data
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage import schema_version
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.storage.server import (
    CONNECT_TIMEOUT_S,
    ServerAddress,
    make_server_engine,
    open_server_database,
    parse_server_address,
    resolve_db_target,
    stored_revision,
    upgrade_server,
)
from tests.conftest import TODAY
from tests.factories import signups_draft
from tests.pg import SUPERUSER, SUPERUSER_PASSWORD, PgServer, _free_port


def _closed_port_url() -> str:
    return f"postgresql://nobody@127.0.0.1:{_free_port()}/smartgoals"


def test_an_address_names_a_server_and_anything_else_a_file(tmp_path: Path) -> None:
    url = "postgresql://ana@db.example:5432/smartgoals?sslmode=verify-full"
    target = resolve_db_target(None, {"SMARTGOALS_DB": url})
    assert isinstance(target, ServerAddress)
    assert target.url.query["sslmode"] == "verify-full"  # TLS settings pass through
    assert str(target) == "postgresql://ana@db.example:5432/smartgoals"
    assert resolve_db_target(str(tmp_path / "a.db"), {"SMARTGOALS_DB": url}) == tmp_path / "a.db"
    assert resolve_db_target("postgres://ana@h/db", {}) == parse_server_address("postgresql://ana@h/db")


def test_a_password_in_the_address_is_refused_and_not_repeated() -> None:
    with pytest.raises(StorageError) as caught:
        parse_server_address("postgresql://ana:s3cret@db.example/smartgoals")
    words = str(caught.value.args[0])
    assert "s3cret" not in words
    assert "PGPASSWORD" in words


def test_the_cli_refuses_a_password_in_the_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "postgresql://ana:s3cret@db.example/x", "export-data", "out.json"]) == 2
    err = capsys.readouterr().err
    assert "s3cret" not in err
    assert err.count("\n") == 1


def test_a_closed_port_gives_one_plain_sentence() -> None:
    with pytest.raises(StorageError) as caught:
        open_server_database(parse_server_address(_closed_port_url()))
    words = str(caught.value.args[0])
    assert "cannot reach the database server" in words
    assert "Traceback" not in words
    assert "\n" not in words


def test_the_cli_on_a_closed_port_exits_non_zero_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", _closed_port_url(), "export-data", str(tmp_path / "out.json")]) == 1
    err = capsys.readouterr().err
    assert "cannot reach the database server" in err
    assert err.count("\n") == 1
    assert not (tmp_path / "out.json").exists()


def test_a_server_without_the_schema_asks_for_admin_init(pg_server: PgServer, pg_database: str) -> None:
    with pytest.raises(StorageError) as caught:
        open_server_database(parse_server_address(pg_server.url(database=pg_database)))
    assert "admin init" in str(caught.value.args[0])


def test_the_same_migrations_create_the_schema_on_the_server(pg_db: Database) -> None:
    assert stored_revision(pg_db.engine) == schema_version.HEAD
    assert pg_db.server is not None
    # Upgrading again finds nothing to do.
    upgrade_server(pg_db.engine)
    assert stored_revision(pg_db.engine) == schema_version.HEAD


def test_services_save_and_read_back_on_the_server(pg_db: Database) -> None:
    goals = GoalService(pg_db, today=lambda: TODAY)
    goal_id = goals.save(signups_draft(TODAY))
    MeasurementService(pg_db, today=lambda: TODAY).log(goal_id, TODAY, 42.0, note="first")
    [overview] = goals.overview()
    assert overview.id == goal_id
    assert [m.value for m in MeasurementService(pg_db).list(goal_id)] == [42.0]


def test_the_password_comes_from_pgpassword(
    pg_server: PgServer, pg_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    address = parse_server_address(pg_server.tcp_url(database=pg_db.engine.url.database or ""))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with pytest.raises(StorageError) as caught:
        open_server_database(address)
    assert "refused the login" in str(caught.value.args[0])
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    db = open_server_database(address)
    try:
        assert GoalService(db, today=lambda: TODAY).overview() == []
    finally:
        db.close()


def test_the_password_comes_from_a_pgpass_file(
    pg_server: PgServer, pg_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_server.port}:*:postgres:{SUPERUSER_PASSWORD}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    db = open_server_database(
        parse_server_address(pg_server.tcp_url(database=pg_db.engine.url.database or ""))
    )
    db.close()


def test_export_all_data_works_on_the_server(pg_db: Database, tmp_path: Path) -> None:
    goal_id = GoalService(pg_db, today=lambda: TODAY).save(signups_draft(TODAY))
    result = export_data(pg_db, tmp_path / "out.json")
    document = json.loads(result.path.read_text(encoding="utf-8"))
    assert document["schema_revision"] == schema_version.HEAD
    assert [row["id"] for row in document["tables"]["goal"]] == [goal_id]
    # Times come back in UTC as on a file, whatever the server's own zone.
    assert document["tables"]["goal"][0]["created_at"].endswith("Z")


def test_the_cli_exports_from_the_server(
    pg_server: PgServer, pg_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    GoalService(pg_db, today=lambda: TODAY).save(signups_draft(TODAY))
    url = pg_server.url(database=pg_db.engine.url.database or "")
    assert main(["--db", url, "export-data", str(tmp_path / "out.json")]) == 0
    assert "Wrote everything" in capsys.readouterr().out
    assert len(json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["tables"]["goal"]) == 1


def test_every_connection_has_a_connect_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """libpq would wait for ever on a server behind a firewall; the app waits seconds."""
    import psycopg

    seen: list[dict[str, object]] = []

    def connect(*args: object, **kwargs: object) -> None:
        seen.append(kwargs)
        raise psycopg.OperationalError("no server here")

    monkeypatch.setattr(psycopg, "connect", connect)
    monkeypatch.delenv("PGCONNECT_TIMEOUT", raising=False)
    with pytest.raises(StorageError):
        open_server_database(parse_server_address("postgresql://a@h/db"))
    with pytest.raises(StorageError):
        open_server_database(parse_server_address("postgresql://a@h/db?connect_timeout=20"))
    assert [kwargs.get("connect_timeout") for kwargs in seen] == [CONNECT_TIMEOUT_S, "20"]


def test_without_the_driver_a_server_address_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now raises ImportError
    with pytest.raises(StorageError, match=r"smartgoals\[postgres\]"):
        make_server_engine(parse_server_address("postgresql://a@h/db"))


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The tables without what differs between any two databases: moments of saving,
    the calendar UID made once per database, the workspaces' names, who changed what
    and who wrote the drafts and reminder records (a login, a database user), and the
    history's summaries as JSON text (each engine spaces and orders its own)."""
    moments = {
        "created_at",
        "updated_at",
        "recorded_at",
        "sent_at",
        "archived_at",
        "changed_at",
        "changed_by",
    }
    tables = {
        name: [{k: v for k, v in row.items() if k not in moments} for row in rows]
        for name, rows in document["tables"].items()
        if name != "app_meta"
    }
    for row in tables["workspace"]:
        row.pop("name")
    for name in ("wizard_draft", "reminder_sent"):
        for row in tables[name]:
            assert row.pop("login") in ("", SUPERUSER)
    for row in tables["change_history"]:
        row["summary"] = json.loads(row["summary"])
    return tables


def test_the_same_data_exports_the_same_from_a_file_and_a_server(
    pg_db: Database, db: Database, tmp_path: Path
) -> None:
    """Every kind of value (dates, times, local and UTC moments, booleans, numbers,
    text beyond ASCII) comes out of the server as it comes out of a file."""
    from tests.io.test_data_export import fill_every_table

    documents = []
    for index, database in enumerate((db, pg_db)):
        fill_every_table(database, TODAY)
        result = export_data(database, tmp_path / f"out{index}.json")
        documents.append(json.loads(result.path.read_text(encoding="utf-8")))
    assert _comparable(documents[1]) == _comparable(documents[0])
    assert documents[1]["tables"]["reminder_sent"][0]["occurrence_start"] == "2026-11-20T08:30:00"
