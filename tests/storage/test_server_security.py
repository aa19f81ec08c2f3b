"""Who may do what, enforced by the server: owners, editors and viewers of a workspace
log in with plain SQL (as with psql in hand) and with the app, and every refusal is checked.

Workspace A ("Bakery") has an owner, an editor and a viewer; workspace B ("Client B")
has its own editor; one user is a viewer of A and an editor of B; one has no membership.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg import errors

from smartgoals_app.cli import main
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage import admin
from smartgoals_app.storage.database import StorageError
from smartgoals_app.storage.server import open_server_database, parse_server_address
from tests.conftest import TODAY
from tests.factories import response_time_draft, signups_draft
from tests.pg import PgServer
from tests.pg_pool import DatabasePool

CHILD_TABLES = ("strategy", "strategy_network", "goal", "measurement", "task")


@dataclass
class Team:
    server: PgServer
    database: str
    url: str
    goal_a: int
    goal_b: int
    strategy_a: int
    strategy_b: int
    workspace_a: int
    workspace_b: int

    def user(self, who: str) -> str:
        return f"{self.database}_u_{who}"

    def login(self, who: str) -> Any:
        return self.server.connect(user=self.user(who), database=self.database)


def _admin(url: str, *words: str) -> int:
    return main(["--db", url, "admin", *words])


@pytest.fixture
def team(pg_server: PgServer, pg_pool: DatabasePool, pg_schema_template: str) -> Iterator[Team]:
    """The two workspaces, their goals and people, made once per database and handed on
    from test to test (tests/pg_pool.py)."""

    def prepare(name: str) -> Team:
        return _make_team(pg_server, name)

    with pg_pool.prepared(pg_schema_template, prepare) as (_name, made):
        yield made


def _make_team(pg_server: PgServer, pg_schema_database: str) -> Team:
    url = pg_server.url(database=pg_schema_database)
    assert _admin(url, "init") == 0
    assert _admin(url, "workspace", "add", "Bakery") == 0
    assert _admin(url, "workspace", "add", "Client B") == 0
    db = open_server_database(parse_server_address(url))
    try:
        goals = GoalService(db, today=lambda: TODAY)
        goal_a = goals.save(signups_draft(TODAY))
        goal_b = goals.save(response_time_draft(TODAY))
        measurements = MeasurementService(db, today=lambda: TODAY)
        measurements.log(goal_a, TODAY, 10.0)
        measurements.log(goal_b, TODAY, 20.0)
    finally:
        db.close()
    with pg_server.connect(database=pg_schema_database) as conn:
        ids = dict(conn.execute("SELECT name, id FROM workspace").fetchall())
        strategy_a = conn.execute("SELECT strategy_id FROM goal WHERE id = %s", (goal_a,)).fetchone()[0]
        strategy_b = conn.execute("SELECT strategy_id FROM goal WHERE id = %s", (goal_b,)).fetchone()[0]
        conn.execute("UPDATE strategy SET workspace_id = %s WHERE id = %s", (ids["Client B"], strategy_b))
    made = Team(
        pg_server,
        pg_schema_database,
        url,
        goal_a,
        goal_b,
        strategy_a,
        strategy_b,
        ids["Bakery"],
        ids["Client B"],
    )
    for who, workspace, role in (
        ("ana", "Bakery", "owner"),
        ("ben", "Bakery", "editor"),
        ("cleo", "Bakery", "viewer"),
        ("dan", "Client B", "editor"),
        ("eve", "Bakery", "viewer"),
        ("eve", "Client B", "editor"),
    ):
        assert _admin(url, "grant", workspace, made.user(who), role) == 0
    with pg_server.connect(database=pg_schema_database) as conn:
        conn.execute(f'CREATE ROLE "{made.user("zoe")}" LOGIN')  # a login with no membership
    return made


def _ids(conn: Any, table: str) -> list[int]:
    return [row[0] for row in conn.execute(f"SELECT id FROM {table} ORDER BY id").fetchall()]


def _refused(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


# -- reading ------------------------------------------------------------------------


def test_members_read_only_their_workspaces(team: Team) -> None:
    with team.login("cleo") as viewer, team.login("dan") as other, team.login("eve") as both:
        assert _ids(viewer, "goal") == [team.goal_a]
        assert _ids(other, "goal") == [team.goal_b]
        assert _ids(both, "goal") == [team.goal_a, team.goal_b]
        assert _ids(viewer, "workspace") == [team.workspace_a]
        assert _ids(other, "workspace") == [team.workspace_b]
        for table in CHILD_TABLES:
            a_rows, b_rows = _ids(viewer, table), _ids(other, table)
            with team.server.connect(database=team.database) as admin:
                every = _ids(admin, table)
            assert a_rows, table
            assert sorted(a_rows + b_rows) == every, table  # each row to one side only


def test_a_member_of_another_workspace_sees_nothing_of_it_even_by_id(team: Team) -> None:
    with team.login("dan") as other:
        assert other.execute("SELECT * FROM goal WHERE id = %s", (team.goal_a,)).fetchall() == []
        assert other.execute("SELECT * FROM measurement WHERE goal_id = %s", (team.goal_a,)).fetchall() == []
        assert other.execute("SELECT * FROM strategy WHERE id = %s", (team.strategy_a,)).fetchall() == []
        assert other.execute("SELECT * FROM workspace WHERE name = 'Bakery'").fetchall() == []


def test_a_login_without_membership_sees_nothing_and_writes_nothing(team: Team) -> None:
    with team.login("zoe") as stranger:
        _refused(stranger, "SELECT * FROM goal")  # not even the table privilege
        _refused(stranger, "DELETE FROM measurement")


def test_each_user_sees_only_their_own_memberships(team: Team) -> None:
    with team.login("eve") as both:
        rows = both.execute("SELECT member, role FROM membership ORDER BY role").fetchall()
    assert rows == [(team.user("eve"), "editor"), (team.user("eve"), "viewer")]


# -- a viewer cannot write ------------------------------------------------------------


def test_a_viewer_cannot_insert_update_or_delete(team: Team) -> None:
    with team.login("cleo") as viewer:
        _refused(viewer, "UPDATE goal SET title = 'mine' WHERE id = %s", (team.goal_a,))
        _refused(viewer, "DELETE FROM goal WHERE id = %s", (team.goal_a,))
        _refused(
            viewer,
            "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at) "
            "VALUES (%s, '2026-11-20', 1, '', 'manual', now())",
            (team.goal_a,),
        )
        _refused(viewer, "DELETE FROM measurement")
        _refused(viewer, "UPDATE task SET paused = true")
        _refused(
            viewer,
            "INSERT INTO strategy (statement, created_at, workspace_id) VALUES ('x', now(), %s)",
            (team.workspace_a,),
        )
    with team.server.connect(database=team.database) as admin:
        assert admin.execute("SELECT count(*) FROM measurement").fetchone() == (2,)


def test_a_viewer_of_one_workspace_cannot_write_there_with_an_editors_privileges(team: Team) -> None:
    """eve edits Client B, so she holds the table privileges; the rows of Bakery still refuse her."""
    with team.login("eve") as both:
        updated = both.execute("UPDATE goal SET title = 'changed' WHERE id = %s", (team.goal_a,)).rowcount
        deleted = both.execute("DELETE FROM measurement WHERE goal_id = %s", (team.goal_a,)).rowcount
        assert (updated, deleted) == (0, 0)
        _refused(
            both,
            "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at) "
            "VALUES (%s, '2026-11-20', 1, '', 'manual', now())",
            (team.goal_a,),
        )
        assert both.execute("UPDATE goal SET title = 'B changed' WHERE id = %s", (team.goal_b,)).rowcount == 1
    with team.server.connect(database=team.database) as admin:
        assert admin.execute("SELECT title FROM goal WHERE id = %s", (team.goal_a,)).fetchone() != (
            "changed",
        )


# -- an editor writes in their workspace only ----------------------------------------


def test_an_editor_changes_their_workspace(team: Team) -> None:
    with team.login("ben") as editor:
        assert (
            editor.execute("UPDATE goal SET title = 'New title' WHERE id = %s", (team.goal_a,)).rowcount == 1
        )
        editor.execute(
            "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at) "
            "VALUES (%s, '2026-11-21', 11, '', 'manual', now())",
            (team.goal_a,),
        )
        assert (
            editor.execute(
                "DELETE FROM measurement WHERE goal_id = %s AND value = 10", (team.goal_a,)
            ).rowcount
            == 1
        )


def test_an_editor_cannot_touch_another_workspace(team: Team) -> None:
    with team.login("ben") as editor:
        assert editor.execute("UPDATE goal SET title = 'x' WHERE id = %s", (team.goal_b,)).rowcount == 0
        assert editor.execute("DELETE FROM measurement WHERE goal_id = %s", (team.goal_b,)).rowcount == 0
        assert editor.execute("DELETE FROM strategy WHERE id = %s", (team.strategy_b,)).rowcount == 0
        # Adding to it, or moving a row of one's own into it, is refused outright.
        _refused(
            editor,
            "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at) "
            "VALUES (%s, '2026-11-20', 1, '', 'manual', now())",
            (team.goal_b,),
        )
        _refused(
            editor,
            "INSERT INTO strategy (statement, created_at, workspace_id) VALUES ('x', now(), %s)",
            (team.workspace_b,),
        )
        _refused(
            editor, "UPDATE strategy SET workspace_id = %s WHERE id = %s", (team.workspace_b, team.strategy_a)
        )
        _refused(editor, "UPDATE goal SET strategy_id = %s WHERE id = %s", (team.strategy_b, team.goal_a))
    with team.server.connect(database=team.database) as admin:
        assert admin.execute(
            "SELECT count(*) FROM measurement WHERE goal_id = %s", (team.goal_b,)
        ).fetchone() == (1,)


def test_an_editor_cannot_rename_a_workspace_or_make_themself_owner(team: Team) -> None:
    with team.login("ben") as editor:
        _refused(editor, "UPDATE workspace SET name = 'Mine' WHERE id = %s", (team.workspace_a,))
        _refused(
            editor,
            "INSERT INTO membership (workspace_id, member, role) VALUES (%s, current_user, 'owner')",
            (team.workspace_b,),
        )
        _refused(editor, "UPDATE membership SET role = 'owner'")
        _refused(editor, "INSERT INTO workspace (name, created_at) VALUES ('New', now())")


def test_an_owner_renames_their_workspace_only(team: Team) -> None:
    with team.login("ana") as owner:
        assert (
            owner.execute(
                "UPDATE workspace SET name = 'Bakery Müller' WHERE id = %s", (team.workspace_a,)
            ).rowcount
            == 1
        )
        assert (
            owner.execute("UPDATE workspace SET name = 'Taken' WHERE id = %s", (team.workspace_b,)).rowcount
            == 0
        )
        _refused(owner, "DELETE FROM workspace WHERE id = %s", (team.workspace_a,))


def test_revoking_takes_the_rows_away(team: Team) -> None:
    assert _admin(team.url, "revoke", "Bakery", team.user("ben")) == 0
    with team.login("ben") as former:
        _refused(former, "SELECT * FROM goal")


# -- the same through the app --------------------------------------------------------


def _as(team: Team, who: str) -> Any:
    host = team.server.socket_dir
    url = f"postgresql://{team.user(who)}@/{team.database}?host={host}&port={team.server.port}"
    return open_server_database(parse_server_address(url))


def test_the_app_shows_each_user_their_workspaces_goals(team: Team) -> None:
    for who, expected in (("cleo", [team.goal_a]), ("dan", [team.goal_b])):
        db = _as(team, who)
        try:
            assert [goal.id for goal in GoalService(db, today=lambda: TODAY).overview()] == expected
        finally:
            db.close()


def test_the_app_tells_a_viewer_plainly_that_they_cannot_save(team: Team) -> None:
    db = _as(team, "cleo")
    try:
        with pytest.raises(StorageError) as caught:
            MeasurementService(db, today=lambda: TODAY).log(team.goal_a, TODAY, 5.0)
    finally:
        db.close()
    words = str(caught.value.args[0])
    assert "did not allow" in words
    assert "INSERT" not in words
    assert "\n" not in words


# -- the admin commands' refusals ----------------------------------------------------


def _one_sentence(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return err


def test_admin_refusals_exit_non_zero_in_one_sentence(
    team: Team, capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    capsys.readouterr()
    assert _admin(team.url, "workspace", "add", "Bakery") == 2
    assert "already a workspace" in _one_sentence(capsys)
    assert _admin(team.url, "grant", "Nowhere", team.user("ben"), "editor") == 2
    assert "no workspace named" in _one_sentence(capsys)
    assert _admin(team.url, "revoke", "Client B", team.user("cleo")) == 2
    assert "not a member" in _one_sentence(capsys)
    assert _admin(team.url, "grant", "Bakery", "pg_monitor", "owner") == 2
    assert "cannot be a database user" in _one_sentence(capsys)
    assert main(["--db", str(tmp_path / "file.db"), "admin", "init"]) == 2
    assert "server database" in _one_sentence(capsys)
    host = team.server.socket_dir
    as_editor = f"postgresql://{team.user('ben')}@/{team.database}?host={host}&port={team.server.port}"
    assert _admin(as_editor, "grant", "Bakery", team.user("ben"), "owner") == 2
    assert "did not allow" in _one_sentence(capsys)
    assert _admin(as_editor, "init") == 2
    assert "did not allow" in _one_sentence(capsys)


def test_admin_before_init_says_so(
    pg_server: PgServer, pg_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _admin(pg_server.url(database=pg_database), "workspace", "add", "Bakery") == 2
    assert "admin init" in _one_sentence(capsys)


def test_admin_init_runs_again_without_harm(team: Team) -> None:
    assert _admin(team.url, "init") == 0
    with team.login("cleo") as viewer:
        assert _ids(viewer, "goal") == [team.goal_a]


def test_no_table_is_left_without_row_level_security(team: Team) -> None:
    with team.server.connect(database=team.database) as admin:
        open_tables = admin.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace "
            "AND NOT relrowsecurity AND relname <> 'alembic_version'"
        ).fetchall()
    assert open_tables == []


def test_psycopg_is_what_the_tests_log_in_with() -> None:
    assert psycopg.__version__


def test_init_on_a_server_already_at_the_newest_schema_migrates_nothing(
    pg_server: PgServer, pg_schema_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run again after an upgrade or to mend the access rules, init only rewrites them."""
    upgrades: list[object] = []
    monkeypatch.setattr(admin, "upgrade_server", upgrades.append)
    url = pg_server.url(database=pg_schema_database)
    assert _admin(url, "init") == 0
    assert upgrades == []
    assert _admin(url, "workspace", "add", "Bakery") == 0
    assert _admin(url, "grant", "Bakery", f"{pg_schema_database}_u_ben", "editor") == 0
    with pg_server.connect(user=f"{pg_schema_database}_u_ben", database=pg_schema_database) as editor:
        assert editor.execute("SELECT name FROM workspace").fetchall() == [("Bakery",)]


def test_admin_says_what_it_did_in_one_line_each(
    pg_server: PgServer, pg_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.url(database=pg_database)
    assert _admin(url, "init") == 0
    assert "is set up for SmartGoals" in capsys.readouterr().out
    assert _admin(url, "workspace", "add", "  Bakery Müller ") == 0
    assert capsys.readouterr().out == "Added the workspace “Bakery Müller”.\n"
    user = f"{pg_database}_u_new"
    assert _admin(url, "grant", "Bakery Müller", user, "editor") == 0
    first, second = capsys.readouterr().out.splitlines()
    assert first == f"{user} is now an editor of “Bakery Müller”."
    assert "without a password" in second
    assert _admin(url, "grant", "Bakery Müller", user, "viewer") == 0  # a new role, the same login
    assert capsys.readouterr().out == f"{user} is now a viewer of “Bakery Müller”.\n"
    assert _admin(url, "revoke", "Bakery Müller", user) == 0
    assert capsys.readouterr().out == f"{user} is no longer a member of “Bakery Müller”.\n"


def test_the_app_tells_a_login_without_membership_to_ask_for_one(team: Team) -> None:
    with pytest.raises(StorageError) as caught:
        _as(team, "zoe")
    assert "ask its administrator to add you to a workspace" in str(caught.value.args[0])


def test_import_all_data_is_not_offered_on_a_server(team: Team, tmp_path: Any) -> None:
    from smartgoals_app.io.data_import import DataImportError, is_empty, write_rows

    db = open_server_database(parse_server_address(team.url))
    try:
        assert not is_empty(db)
        with pytest.raises(DataImportError, match="database file only"):
            write_rows(db, {})
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM workspace").scalar() == 2
    finally:
        db.close()


def test_a_viewer_records_the_reminders_shown_and_a_stranger_cannot(team: Team) -> None:
    insert = (
        "INSERT INTO reminder_sent (kind, ref_id, occurrence_start, sent_at) "
        "VALUES ('checkin', %s, '2026-11-20 00:00', now())"
    )
    with team.login("cleo") as viewer:
        viewer.execute(insert, (team.goal_a,))
    with team.login("zoe") as stranger:
        _refused(stranger, insert, (team.goal_a,))


def test_an_administrator_who_is_not_a_superuser_sets_the_server_up(
    pg_server: PgServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """As docs/teams.md says: a login with CREATEROLE that owns the database is enough."""
    database = pg_server.create_database()
    admin = f"{database}_admin"
    try:
        with pg_server.connect() as superuser:
            superuser.execute(f'CREATE ROLE "{admin}" LOGIN CREATEROLE')
            superuser.execute(f'ALTER DATABASE "{database}" OWNER TO "{admin}"')
        with pg_server.connect(database=database) as superuser:
            superuser.execute(f'ALTER SCHEMA public OWNER TO "{admin}"')
        host, port = pg_server.socket_dir, pg_server.port
        url = f"postgresql://{admin}@/{database}?host={host}&port={port}"
        assert _admin(url, "init") == 0
        assert _admin(url, "workspace", "add", "Bakery") == 0
        assert _admin(url, "grant", "Bakery", f"{database}_u_ben", "editor") == 0
        with pg_server.connect(user=f"{database}_u_ben", database=database) as editor:
            editor.execute(
                "INSERT INTO strategy (statement, created_at, workspace_id) "
                "VALUES ('Known for service', now(), (SELECT id FROM workspace))"
            )
            assert _ids(editor, "strategy") != []
    finally:
        pg_server.drop_database(database)
