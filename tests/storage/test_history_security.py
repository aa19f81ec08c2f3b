"""The change history on a shared server, with plain SQL as psql would send it: members
read their workspaces' history only, nobody changes or removes an entry, and nobody
adds one in another's name."""

from __future__ import annotations

from typing import Any

import pytest
from psycopg import errors

from tests.storage.test_server_security import Team, team  # noqa: F401 - the fixture

HISTORY_COLUMNS = "changed_at, changed_by, kind, row_id, goal_id, workspace_id, action, summary"


def _history(conn: Any) -> list[tuple[Any, ...]]:
    return list(
        conn.execute(
            "SELECT id, workspace_id, goal_id, changed_by FROM change_history ORDER BY id"
        ).fetchall()
    )


def _refused(conn: Any, sql: str, params: tuple[Any, ...] = ()) -> None:
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute(sql, params)


def test_each_member_reads_the_history_of_their_workspaces_only(team: Team) -> None:  # noqa: F811
    with team.login("ben") as editor:  # a figure changed in the Bakery, by its editor
        editor.execute("UPDATE measurement SET value = 12 WHERE goal_id = %s", (team.goal_a,))
    with team.login("dan") as other:  # and one in Client B, by its editor
        other.execute("UPDATE measurement SET value = 21 WHERE goal_id = %s", (team.goal_b,))
    with team.server.connect(database=team.database) as admin:
        every = _history(admin)
    with team.login("cleo") as viewer, team.login("dan") as other, team.login("eve") as both:
        seen_a, seen_b, seen_both = _history(viewer), _history(other), _history(both)
    assert seen_a
    assert seen_b
    assert {row[1] for row in seen_a} == {team.workspace_a}
    assert {row[1] for row in seen_b} == {team.workspace_b}
    assert sorted(seen_a + seen_b) == sorted(seen_both) == every  # each entry to one side only
    assert (team.goal_a, team.user("ben")) in {(row[2], row[3]) for row in seen_a}
    assert (team.goal_b, team.user("dan")) in {(row[2], row[3]) for row in seen_b}
    with team.login("dan") as other:
        assert (
            other.execute("SELECT * FROM change_history WHERE goal_id = %s", (team.goal_a,)).fetchall() == []
        )


def test_nobody_changes_or_removes_an_entry(team: Team) -> None:  # noqa: F811
    for who in ("ana", "ben", "cleo", "dan"):
        with team.login(who) as member:
            _refused(member, "UPDATE change_history SET changed_by = 'someone else'")
            _refused(member, "DELETE FROM change_history")
            _refused(member, "TRUNCATE change_history")
    with team.server.connect(database=team.database) as admin:
        assert admin.execute("SELECT COUNT(*) FROM change_history").fetchone()[0] > 0


def test_an_entry_cannot_be_written_in_another_name_or_workspace(team: Team) -> None:  # noqa: F811
    values = (
        f"INSERT INTO change_history ({HISTORY_COLUMNS}) "
        "VALUES (now(), %s, 'goal', %s, %s, %s, 'update', '{}')"
    )
    with team.login("ben") as editor:
        _refused(editor, values, (team.user("ana"), team.goal_a, team.goal_a, team.workspace_a))
        _refused(editor, values, (team.user("ben"), team.goal_b, team.goal_b, team.workspace_b))
    with team.login("cleo") as viewer:  # a viewer writes no history at all
        _refused(viewer, values, (team.user("cleo"), team.goal_a, team.goal_a, team.workspace_a))


def test_a_viewer_changes_nothing_so_records_nothing(team: Team) -> None:  # noqa: F811
    with team.server.connect(database=team.database) as admin:
        before = _history(admin)
    with team.login("cleo") as viewer:
        _refused(viewer, "UPDATE measurement SET value = 99 WHERE goal_id = %s", (team.goal_a,))
    with team.server.connect(database=team.database) as admin:
        assert _history(admin) == before


def test_an_editor_deleting_a_goal_with_its_figures_is_recorded_once_in_their_name(
    team: Team,  # noqa: F811
) -> None:
    with team.server.connect(database=team.database) as admin:
        before = len(_history(admin))
    with team.login("ben") as editor:
        editor.execute("DELETE FROM goal WHERE id = %s", (team.goal_a,))
    with team.server.connect(database=team.database) as admin:
        added = admin.execute(
            "SELECT kind, action, row_id, changed_by FROM change_history ORDER BY id OFFSET %s", (before,)
        ).fetchall()
    assert added == [("goal", "delete", team.goal_a, team.user("ben"))]
