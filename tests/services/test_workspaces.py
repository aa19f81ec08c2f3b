"""The open workspace in the services, on both engines: lists show its rows only, new
strategies go into it, and names are checked by one rule."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.validation import NotFoundError, ValidationError
from smartgoals_app.domain.workspaces import MAX_WORKSPACE_NAME
from smartgoals_app.io.export_plan import ExportError, export_plan
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.strategies import StrategyService
from smartgoals_app.services.workspaces import OpenWorkspace, WorkspaceRecord, WorkspaceService
from smartgoals_app.storage import admin
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.storage.server import parse_server_address
from tests.conftest import TODAY
from tests.factories import response_time_draft, signups_draft
from tests.pg import ENGINES, PgServer, on_engine


@pytest.fixture(params=ENGINES)
def engine_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    yield from on_engine(request, tmp_path / "smartgoals.db")


@dataclass
class Two:
    """Two workspaces, a goal in each; the services share one open workspace."""

    db: Database
    open: OpenWorkspace
    workspaces: WorkspaceService
    goals: GoalService
    plan: PlanService
    strategies: StrategyService
    first: WorkspaceRecord
    second: WorkspaceRecord
    goal_first: int
    goal_second: int


def _add(db: Database, workspaces: WorkspaceService, name: str) -> WorkspaceRecord:
    """A new workspace: through the service on a file; on a server, as its administrator
    does (the app refuses, tested below)."""
    if db.server is None:
        return workspaces.add(name)
    with db.transaction() as session:
        return WorkspaceRecord(repo.add_workspace(session, name=name), name)


def _two(db: Database) -> Two:
    shared = OpenWorkspace()
    workspaces = WorkspaceService(db, shared)
    goals = GoalService(db, today=lambda: TODAY, workspace=shared)
    first = workspaces.open_remembered(None)
    goal_first = goals.save(signups_draft(TODAY))
    second = _add(db, workspaces, "Client B")
    workspaces.open(second.id)
    goal_second = goals.save(response_time_draft(TODAY))
    return Two(
        db,
        shared,
        workspaces,
        goals,
        PlanService(db, today=lambda: TODAY, workspace=shared),
        StrategyService(db, workspace=shared),
        first,
        second,
        goal_first,
        goal_second,
    )


@pytest.fixture
def two(engine_db: Database) -> Two:
    return _two(engine_db)


def _workspace_of_goal(db: Database, goal_id: int) -> int:
    with db.engine.connect() as conn:
        found = conn.execute(
            text("SELECT s.workspace_id FROM goal g JOIN strategy s ON s.id = g.strategy_id WHERE g.id = :g"),
            {"g": goal_id},
        ).scalar_one()
    return int(found)


def test_new_goals_go_into_the_open_workspace(two: Two) -> None:
    assert _workspace_of_goal(two.db, two.goal_first) == two.first.id
    assert _workspace_of_goal(two.db, two.goal_second) == two.second.id


def test_every_list_shows_the_open_workspace_only(two: Two) -> None:
    for workspace, goal_id, other in (
        (two.first, two.goal_first, two.goal_second),
        (two.second, two.goal_second, two.goal_first),
    ):
        two.workspaces.open(workspace.id)
        assert [g.id for g in two.goals.overview()] == [goal_id]
        assert [g.id for g in two.goals.overview(include_archived=False)] == [goal_id]
        assert two.goals.has_goals()
        [strategy] = two.goals.strategies()
        assert _workspace_of_goal(two.db, goal_id) == workspace.id
        assert strategy.id == two.goals.load_draft(goal_id).strategy_id
        assert {t.goal_id for t in two.plan.tasks()} == {goal_id}
        week = (TODAY, TODAY + timedelta(days=35))
        assert {o.goal_id for o in two.plan.occurrences(*week)} == {goal_id}
        assert {c.goal_id for c in two.plan.checkins(*week)} <= {goal_id}
        assert [gid for gid, _title in two.plan.active_goals()] == [goal_id]
        assert set(two.plan.goal_why()) == {goal_id}
        assert other not in {r.ref_id for r in two.plan.due_reminders(_noon(TODAY + timedelta(days=7)))}


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0))


def test_the_wizard_offers_only_the_open_workspaces_strategies(two: Two) -> None:
    """A new workspace has none: the wizard then asks for a new strategy."""
    third = _add(two.db, two.workspaces, "Client C")
    two.workspaces.open(third.id)
    assert two.goals.strategies() == []
    assert not two.goals.has_goals()
    assert two.goals.overview() == []


def test_a_strategy_of_another_workspace_is_refused(two: Two) -> None:
    """A draft begun in one workspace and finished in another would land out of sight."""
    two.workspaces.open(two.first.id)
    draft = signups_draft(TODAY, title="Elsewhere")
    draft.strategy_id = two.goals.load_draft(two.goal_second).strategy_id
    with pytest.raises(ValidationError, match="belongs to another workspace"):
        two.goals.save(draft)
    assert [g.title for g in two.goals.overview()] == [two.goals.load_draft(two.goal_first).title]


def test_archived_strategies_are_the_open_workspaces(two: Two) -> None:
    strategy_second = two.goals.load_draft(two.goal_second).strategy_id
    assert strategy_second is not None
    two.strategies.archive(strategy_second)
    two.workspaces.open(two.first.id)
    assert two.strategies.archived() == []
    two.workspaces.open(two.second.id)
    assert [a.id for a in two.strategies.archived()] == [strategy_second]


def test_the_calendar_export_writes_the_open_workspaces_plan(two: Two, tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    first = export_plan(two.db, target, workspace_id=two.first.id)
    # Unfolded and unescaped, as a calendar reads it.
    written = target.read_text(encoding="utf-8").replace("\r\n ", "").replace("\n ", "").replace("\\,", ",")
    assert first.goals == 1
    title_first = two.goals.load_draft(two.goal_first).title
    title_second = two.goals.load_draft(two.goal_second).title
    assert title_first in written
    assert title_second not in written
    every = export_plan(two.db, target)  # the command line: every workspace
    assert every.goals == 2
    empty = _add(two.db, two.workspaces, "Empty")
    with pytest.raises(ExportError, match="The plan is empty"):
        export_plan(two.db, target, workspace_id=empty.id)


def test_opening_a_workspace_that_does_not_exist_is_refused(two: Two) -> None:
    with pytest.raises(NotFoundError):
        two.workspaces.open(9999)
    with pytest.raises(NotFoundError):
        two.workspaces.rename(9999, "Gone")
    assert two.open.id == two.second.id  # still the one that was open


def test_a_goal_saved_after_its_workspace_went_is_refused_in_words(engine_db: Database) -> None:
    shared = OpenWorkspace()
    workspaces = WorkspaceService(engine_db, shared)
    workspaces.open_remembered(None)
    gone = _add(engine_db, workspaces, "Short-lived")
    workspaces.open(gone.id)
    with engine_db.engine.begin() as conn:  # another person's doing
        conn.execute(text("DELETE FROM workspace WHERE id = :w"), {"w": gone.id})
    goals = GoalService(engine_db, today=lambda: TODAY, workspace=shared)
    with pytest.raises(ValidationError, match="The open workspace no longer exists"):
        goals.save(signups_draft(TODAY))
    with engine_db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM strategy")).scalar_one() == 0


def test_the_remembered_workspace_opens_or_else_the_first(two: Two) -> None:
    assert two.workspaces.open_remembered(two.second.id) == two.second
    assert two.workspaces.open_remembered(424242) == two.first
    assert two.workspaces.open_remembered(None) == two.first
    assert two.open.id == two.first.id


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("", "cannot be empty"),
        ("   ", "cannot be empty"),
        ("x" * (MAX_WORKSPACE_NAME + 1), "keep it under 80"),
        ("Bad \ud83d half", "broken character"),
        ("Bell\x07here", "control character"),
        ("client b", "There is already a workspace named “Client B”"),
        ("  Client B ", "There is already a workspace named “Client B”"),
    ],
)
def test_bad_names_are_refused_with_a_sentence(two: Two, name: str, words: str) -> None:
    before = two.workspaces.visible()
    if two.db.server is None:
        with pytest.raises(ValidationError, match=words):
            two.workspaces.add(name)
    with pytest.raises(ValidationError, match=words):
        two.workspaces.rename(two.first.id, name)
    assert two.workspaces.visible() == before


def test_rename_keeps_the_name_trimmed_and_allows_its_own_case(two: Two) -> None:
    assert two.workspaces.rename(two.second.id, "  CLIENT b  ") == WorkspaceRecord(two.second.id, "CLIENT b")
    assert two.workspaces.visible()[1] == WorkspaceRecord(two.second.id, "CLIENT b")


def test_on_a_server_only_the_administrator_adds_workspaces(pg_db: Database) -> None:
    workspaces = WorkspaceService(pg_db, OpenWorkspace())
    before = workspaces.visible()
    with pytest.raises(ValidationError, match=r"ask your administrator \(smartgoals admin workspace add\)"):
        workspaces.add("Client B")
    assert workspaces.visible() == before


def test_a_file_always_has_a_workspace_to_open(db: Database) -> None:
    opened = WorkspaceService(db, OpenWorkspace()).open_remembered(None)
    assert opened.name == "My business"


def test_no_workspace_to_open_says_so(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM workspace"))
    with pytest.raises(StorageError, match="not a member of any workspace"):
        WorkspaceService(db, OpenWorkspace()).open_remembered(None)


def test_tasks_of_a_given_goal_are_read_whatever_workspace_is_open(two: Two) -> None:
    """The goal's own screens ask by id: the open workspace filters lists, not lookups."""
    two.workspaces.open(two.first.id)
    assert {t.goal_id for t in two.plan.tasks(two.goal_second)} == {two.goal_second}
    two.plan.add_task(two.goal_first, TaskDraft(title="More", rrule="FREQ=WEEKLY;BYDAY=FR", start_date=TODAY))
    assert {t.goal_id for t in two.plan.tasks()} == {two.goal_first}


def test_the_administrator_names_workspaces_by_the_same_rule(pg_server: PgServer, pg_database: str) -> None:
    address = parse_server_address(pg_server.url(database=pg_database))
    admin.init(address)
    admin.add_workspace(address, "  Client B ")
    for name, words in (("  ", "cannot be empty"), ("client b", "already a workspace named “Client B”")):
        with pytest.raises(admin.AdminError, match=words):
            admin.add_workspace(address, name)
    with pg_server.connect(database=pg_database) as conn:
        names = [row[0] for row in conn.execute("SELECT name FROM workspace ORDER BY id").fetchall()]
    assert names == ["Client B"]
