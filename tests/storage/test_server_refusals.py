"""A member who edits one workspace and only views another holds the editor's table
privileges, so the server's row rules alone keep them from the other's rows, and those
leave such rows out of an UPDATE or DELETE without an error. Through the app every such
change is refused in one sentence, and nothing changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.storage.server import open_server_database, parse_server_address
from tests.conftest import TODAY
from tests.storage.test_server_security import Team, team

assert team  # the fixture, imported for this module


@pytest.fixture
def eve(team: Team) -> Iterator[Database]:
    """A viewer of Bakery (goal A) and an editor of Client B (goal B)."""
    host, port = team.server.socket_dir, team.server.port
    url = f"postgresql://{team.user('eve')}@/{team.database}?host={host}&port={port}"
    db = open_server_database(parse_server_address(url))
    try:
        yield db
    finally:
        db.close()


def _snapshot(team: Team) -> list[object]:
    with team.server.connect(database=team.database) as admin:
        return [
            admin.execute("SELECT id, title, status FROM goal ORDER BY id").fetchall(),
            admin.execute("SELECT id, value, note FROM measurement ORDER BY id").fetchall(),
        ]


def _changes(team: Team, db: Database) -> dict[str, Callable[[], object]]:
    goals = GoalService(db, today=lambda: TODAY)
    figures = MeasurementService(db, today=lambda: TODAY)
    figure = figures.list(team.goal_a)[-1]
    return {
        "edit a figure": lambda: figures.edit(figure.id, TODAY, 3.0, "mine"),
        "delete a figure": lambda: figures.delete(figure.id),
        "archive the goal": lambda: goals.set_lifecycle(team.goal_a, GoalLifecycle.ARCHIVED),
        "delete the goal": lambda: goals.delete(team.goal_a),
    }


@pytest.mark.parametrize(
    "change", ["edit a figure", "delete a figure", "archive the goal", "delete the goal"]
)
def test_a_change_in_a_workspace_one_only_views_is_refused_in_one_sentence(
    team: Team, eve: Database, change: str
) -> None:
    before = _snapshot(team)
    with pytest.raises(StorageError) as refused:
        _changes(team, eve)[change]()
    words = str(refused.value.args[0])
    assert "did not allow this" in words
    assert "UPDATE" not in words
    assert "DELETE" not in words
    assert _snapshot(team) == before


def test_the_same_changes_go_through_in_the_workspace_one_edits(team: Team, eve: Database) -> None:
    figures = MeasurementService(eve, today=lambda: TODAY)
    figure = figures.list(team.goal_b)[-1]
    figures.edit(figure.id, TODAY, 21.0, "")
    figures.delete(figure.id)
    GoalService(eve, today=lambda: TODAY).delete(team.goal_b)
    with team.server.connect(database=team.database) as admin:
        assert admin.execute("SELECT id FROM goal").fetchall() == [(team.goal_a,)]
