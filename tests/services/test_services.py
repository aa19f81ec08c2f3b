"""Services over a real database file: whole transactions, nothing half-written."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlmodel import create_engine

from smartgoals_app.domain.draft import StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Cadence, Direction, GoalLifecycle, Status, TaskOutcome
from smartgoals_app.domain.validation import NotFoundError, ValidationError
from smartgoals_app.services import goals as goals_module
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage import database
from smartgoals_app.storage.database import Database, StorageError, open_database
from smartgoals_app.storage.models import TaskCompletion
from tests.conftest import TODAY
from tests.factories import response_time_draft, signups_draft, vanity_draft
from tests.pg import ENGINES, on_engine

USER_TABLES = (
    "strategy",
    "strategy_network",
    "goal",
    "measurement",
    "task",
    "task_completion",
    "wizard_draft",
)


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """Every service test runs on a file and on a server database (tests/pg.py)."""
    yield from on_engine(request, db_path)


@pytest.fixture
def file_db(db_path: Path) -> Iterator[Database]:
    """A file only: for what only a file has (permissions, a read-only connection)."""
    database = open_database(db_path, backup=False)
    yield database
    database.close()


def rows(db: Database, sql: str) -> list[tuple[object, ...]]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql).all()]


def execute(db: Database, sql: str) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql(sql)


def counts(db: Database) -> dict[str, int]:
    return {t: int(str(rows(db, f"SELECT count(*) FROM {t}")[0][0])) for t in USER_TABLES}


def snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    return {t: rows(db, f"SELECT * FROM {t} ORDER BY 1") for t in USER_TABLES}


@pytest.fixture
def goals(db: Database) -> GoalService:
    return GoalService(db, today=lambda: TODAY)


@pytest.fixture
def measurements(db: Database) -> MeasurementService:
    return MeasurementService(db, today=lambda: TODAY)


def complete(db: Database, task_id: int, day: date, outcome: str = "done") -> None:
    with db.transaction() as session:
        session.add(TaskCompletion(task_id=task_id, occurrence_date=day, outcome=outcome))


# -- GoalService.save: create --------------------------------------------------------


def test_save_creates_goal_strategy_networks_and_tasks(db: Database, goals: GoalService) -> None:
    goal_id = goals.save(signups_draft(TODAY))
    assert counts(db) | {"measurement": 0} == {
        "strategy": 1,
        "strategy_network": 2,
        "goal": 1,
        "measurement": 0,
        "task": 1,
        "task_completion": 0,
        "wizard_draft": 0,
    }
    [row] = rows(
        db,
        "SELECT title, direction, kind, cadence, status, baseline_value, baseline_date, deadline FROM goal",
    )
    [task] = rows(db, "SELECT goal_id, rrule, start_date, start_time FROM task")
    # A file stores dates and times as ISO text (docs/schema.md); a server as its own types.

    def as_stored(day: date) -> object:
        return day.isoformat() if db.server is None else day

    assert row == (
        "Grow newsletter sign-ups from Facebook from 120 to 200 by 31 Mar 2027",
        "more",
        "outcome",
        "weekly",
        "active",
        120.0,
        as_stored(TODAY),
        as_stored(TODAY + timedelta(days=129)),
    )
    # A task without its own start date starts with the goal.
    nine = "09:00:00.000000" if db.server is None else time(9, 0)
    assert task == (goal_id, "FREQ=WEEKLY;BYDAY=TU,TH", as_stored(TODAY), nine)


def test_saved_draft_loads_back_the_same(goals: GoalService) -> None:
    draft = response_time_draft(TODAY, tasks=[TaskDraft(title="Check the inbox", rrule="RRULE:FREQ=DAILY")])
    goal_id = goals.save(draft)
    loaded = goals.load_draft(goal_id)
    assert loaded.goal_id == goal_id
    assert loaded.strategy_id is not None
    assert loaded.direction is Direction.LESS
    assert loaded.strategy.business_days == ["MO", "TU", "WE", "TH", "FR"]
    assert loaded.strategy.business_start == time(9)
    assert loaded.strategy.networks == ["x", "facebook", "linkedin"]
    assert [t.rrule for t in loaded.tasks] == ["FREQ=DAILY"]  # stored without the prefix
    for name in (
        "title",
        "metric_name",
        "unit",
        "baseline_value",
        "benchmark_target",
        "stretch_target",
        "why",
    ):
        assert getattr(loaded, name) == getattr(draft, name)


def test_save_strips_text(goals: GoalService) -> None:
    goal_id = goals.save(signups_draft(TODAY, title="  Reach 200 sign-ups  ", why="  Because  "))
    loaded = goals.load_draft(goal_id)
    assert (loaded.title, loaded.why) == ("Reach 200 sign-ups", "Because")


def test_a_second_goal_can_share_the_strategy(db: Database, goals: GoalService) -> None:
    first = goals.save(signups_draft(TODAY))
    strategy_id = goals.load_draft(first).strategy_id
    goals.save(vanity_draft(TODAY, strategy_id=strategy_id, strategy=StrategyDraft()))
    assert counts(db)["strategy"] == 1
    assert counts(db)["goal"] == 2
    assert [s.id for s in goals.strategies()] == [strategy_id]


# -- GoalService.save: update --------------------------------------------------------


def test_editing_updates_in_place_without_duplicates(db: Database, goals: GoalService) -> None:
    goal_id = goals.save(signups_draft(TODAY))
    before = counts(db)
    draft = goals.load_draft(goal_id)
    draft.title = "Grow sign-ups to 250 by spring"
    draft.benchmark_target = 250
    draft.stretch_target = 350
    draft.cadence = Cadence.MONTHLY
    assert goals.save(draft) == goal_id
    assert counts(db) == before
    again = goals.load_draft(goal_id)
    assert (again.title, again.benchmark_target, again.cadence) == (
        "Grow sign-ups to 250 by spring",
        250,
        Cadence.MONTHLY,
    )


def test_editing_keeps_task_ids_and_their_completions(db: Database, goals: GoalService) -> None:
    draft = signups_draft(TODAY)
    draft.tasks.append(
        TaskDraft(title="Clean up who we follow", rrule="FREQ=WEEKLY;BYDAY=TH", start_time=time(8))
    )
    goal_id = goals.save(draft)
    loaded = goals.load_draft(goal_id)
    teaser, cleanup = loaded.tasks[0], loaded.tasks[1]
    assert teaser.task_id is not None
    assert cleanup.task_id is not None
    complete(db, teaser.task_id, TODAY + timedelta(days=2))
    complete(db, cleanup.task_id, TODAY + timedelta(days=4), "skipped")

    # Rename one task, move the other, add a third.
    teaser.title = "Post a sign-up teaser with a link"
    cleanup.start_time = time(7, 30)
    loaded.tasks.append(
        TaskDraft(title="Join the Tuesday chat", rrule="FREQ=WEEKLY;BYDAY=TU", start_time=time(11))
    )
    goals.save(loaded)

    after = goals.load_draft(goal_id)
    by_id = {t.task_id: t for t in after.tasks}
    assert set(by_id) >= {teaser.task_id, cleanup.task_id}
    assert len(after.tasks) == 3
    assert by_id[teaser.task_id].title == "Post a sign-up teaser with a link"
    assert by_id[cleanup.task_id].start_time == time(7, 30)
    assert counts(db)["task_completion"] == 2


def test_removing_a_task_in_an_edit_deletes_it_and_its_history(db: Database, goals: GoalService) -> None:
    draft = signups_draft(TODAY)
    draft.tasks.append(TaskDraft(title="Second"))
    goal_id = goals.save(draft)
    loaded = goals.load_draft(goal_id)
    kept, dropped = loaded.tasks
    assert kept.task_id is not None
    assert dropped.task_id is not None
    complete(db, kept.task_id, TODAY)
    complete(db, dropped.task_id, TODAY)
    loaded.tasks = [kept]
    goals.save(loaded)
    assert [t.task_id for t in goals.load_draft(goal_id).tasks] == [kept.task_id]
    assert rows(db, "SELECT task_id FROM task_completion") == [(kept.task_id,)]


def test_a_task_id_of_another_goal_is_not_taken_over(db: Database, goals: GoalService) -> None:
    other = goals.save(vanity_draft(TODAY))
    other_task = goals.load_draft(other).tasks[0].task_id
    draft = signups_draft(TODAY)
    draft.tasks[0].task_id = other_task
    mine = goals.save(draft)
    assert goals.load_draft(other).tasks[0].task_id == other_task
    assert goals.load_draft(mine).tasks[0].task_id != other_task


def test_saving_removes_the_autosaved_draft(db: Database, goals: GoalService) -> None:
    drafts = DraftService(db)
    drafts.save(signups_draft(TODAY), page=3)
    goal_id = goals.save(signups_draft(TODAY))
    assert drafts.pending() is None
    edit = goals.load_draft(goal_id)
    drafts.save(edit, page=1)
    drafts.save(signups_draft(TODAY), page=2)  # an unrelated new-goal draft stays
    goals.save(edit)
    assert drafts.pending(goal_id) is None
    pending = drafts.pending()
    assert pending is not None
    assert pending.page == 2


# -- GoalService.save: refusals write nothing ------------------------------------------


def test_a_refused_draft_writes_nothing(db: Database, goals: GoalService) -> None:
    goals.save(signups_draft(TODAY))
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        goals.save(signups_draft(TODAY, benchmark_target=100.0, title=""))
    assert set(caught.value.errors) == {"goal.benchmark_target", "goal.title"}
    assert snapshot(db) == before


def test_a_refused_edit_changes_nothing(db: Database, goals: GoalService) -> None:
    goal_id = goals.save(signups_draft(TODAY))
    before = snapshot(db)
    draft = goals.load_draft(goal_id)
    draft.stretch_target = 150  # below the benchmark
    draft.tasks[0].title = "Renamed"
    with pytest.raises(ValidationError):
        goals.save(draft)
    assert snapshot(db) == before


def test_a_missing_strategy_is_refused_and_nothing_written(db: Database, goals: GoalService) -> None:
    with pytest.raises(ValidationError) as caught:
        goals.save(signups_draft(TODAY, strategy_id=999, strategy=StrategyDraft()))
    assert "no longer exists" in caught.value.errors["strategy.statement"]
    assert counts(db) == dict.fromkeys(USER_TABLES, 0)


def test_editing_a_goal_deleted_meanwhile_is_refused_and_nothing_written(
    db: Database, goals: GoalService
) -> None:
    goal_id = goals.save(signups_draft(TODAY))
    draft = goals.load_draft(goal_id)
    goals.delete(goal_id)
    before = snapshot(db)
    with pytest.raises(NotFoundError):
        goals.save(draft)
    assert snapshot(db) == before


def test_a_failure_after_the_goal_insert_leaves_no_goal(
    db: Database, goals: GoalService, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_sync(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(goals_module, "sync_tasks", broken_sync)
    with pytest.raises(RuntimeError, match="disk pulled out"):
        goals.save(signups_draft(TODAY))
    assert counts(db) == dict.fromkeys(USER_TABLES, 0)


def test_a_bad_task_slipping_past_validation_rolls_back_the_whole_goal(
    db: Database, goals: GoalService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(goals_module, "validate_goal", lambda draft, today: {})
    draft = signups_draft(TODAY)
    draft.tasks.append(TaskDraft(title="Never ends", duration_minutes=0))  # the CHECK refuses it
    with pytest.raises(StorageError, match="Nothing was changed"):
        goals.save(draft)
    assert counts(db) == dict.fromkeys(USER_TABLES, 0)


# -- read-only databases -----------------------------------------------------------------


@pytest.fixture
def read_only_db(file_db: Database) -> Iterator[Database]:
    """The same file opened read-only (root ignores file permissions, SQLite does not)."""
    engine = create_engine(f"sqlite:///file:{file_db.path}?mode=ro&uri=true")
    event.listen(engine, "connect", database._set_pragmas)
    yield Database(file_db.path, engine)
    engine.dispose()


def test_saving_to_a_read_only_database_says_so_and_writes_nothing(
    file_db: Database, read_only_db: Database
) -> None:
    db = file_db
    goal_id = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
    before = snapshot(db)
    with pytest.raises(StorageError, match="read-only") as caught:
        GoalService(read_only_db, today=lambda: TODAY).save(vanity_draft(TODAY))
    assert str(db.path) in str(caught.value)
    assert snapshot(db) == before
    with pytest.raises(StorageError, match="read-only"):
        MeasurementService(read_only_db, today=lambda: TODAY).log(goal_id, TODAY, 130)
    assert snapshot(db) == before
    # Reading still works.
    assert [g.id for g in GoalService(read_only_db, today=lambda: TODAY).overview()] == [goal_id]


def test_opening_a_file_the_user_cannot_write_is_refused_in_words(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path, backup=False).close()
    before = db_path.read_bytes()
    # Only the file: a folder that cannot be written gets its own message.
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != db_path)
    with pytest.raises(StorageError, match="read-only"):
        open_database(db_path)
    assert db_path.read_bytes() == before


# -- lifecycle and delete --------------------------------------------------------------------


def test_archive_hides_from_the_active_overview(goals: GoalService) -> None:
    kept = goals.save(signups_draft(TODAY))
    archived = goals.save(vanity_draft(TODAY))
    goals.set_lifecycle(archived, GoalLifecycle.ARCHIVED)
    assert [g.id for g in goals.overview(include_archived=False)] == [kept]
    everything = {g.id: g.lifecycle for g in goals.overview()}
    assert everything == {kept: GoalLifecycle.ACTIVE, archived: GoalLifecycle.ARCHIVED}
    goals.set_lifecycle(archived, GoalLifecycle.ACTIVE)
    assert len(goals.overview(include_archived=False)) == 2
    with pytest.raises(KeyError):
        goals.set_lifecycle(999, GoalLifecycle.ARCHIVED)


def test_delete_removes_the_goal_with_its_history(
    db: Database, goals: GoalService, measurements: MeasurementService
) -> None:
    goal_id = goals.save(signups_draft(TODAY))
    other = goals.save(vanity_draft(TODAY))
    task_id = goals.load_draft(goal_id).tasks[0].task_id
    assert task_id is not None
    measurements.log(goal_id, TODAY, 125)
    measurements.log(other, TODAY, 1010)
    complete(db, task_id, TODAY)
    DraftService(db).save(goals.load_draft(goal_id), page=1)
    goals.delete(goal_id)
    assert counts(db) == {
        "strategy": 2,
        "strategy_network": 4,
        "goal": 1,
        "measurement": 1,
        "task": 1,
        "task_completion": 0,
        "wizard_draft": 0,
    }
    goals.delete(goal_id)  # deleting twice is harmless
    with pytest.raises(KeyError):
        goals.load_draft(goal_id)


# -- MeasurementService ----------------------------------------------------------------------


def test_log_list_edit_delete_restore(
    db: Database, goals: GoalService, measurements: MeasurementService
) -> None:
    goal_id = goals.save(signups_draft(TODAY - timedelta(days=20), deadline=TODAY + timedelta(days=100)))
    later = measurements.log(goal_id, TODAY, 150, "  After the giveaway ")
    earlier = measurements.log(goal_id, TODAY - timedelta(days=7), 130, source="import")
    assert later.note == "After the giveaway"
    assert earlier.source == "import"
    assert [m.value for m in measurements.list(goal_id)] == [130, 150]  # by date

    edited = measurements.edit(later.id, TODAY - timedelta(days=1), 155, "typo fixed")
    assert (edited.id, edited.day, edited.value, edited.note) == (
        later.id,
        TODAY - timedelta(days=1),
        155,
        "typo fixed",
    )
    assert [m.value for m in measurements.list(goal_id)] == [130, 155]

    removed = measurements.delete(earlier.id)
    assert removed == earlier
    assert [m.id for m in measurements.list(goal_id)] == [later.id]
    restored = measurements.restore(removed)
    assert restored == earlier  # same id, date, value, note and source
    assert [m.id for m in measurements.list(goal_id)] == [earlier.id, later.id]
    # The first row too (SQLite would give a new row a different id than 1 here).
    undo = measurements.restore(measurements.delete(later.id))
    # Back as a new version 1: a correction opened before the delete hears of it.
    assert undo == replace(edited, version=1)
    assert [m.id for m in measurements.list(goal_id)] == [earlier.id, later.id]

    series = measurements.series(goal_id)
    assert list(series.values) == [130.0, 155.0]
    assert counts(db)["measurement"] == 2


@pytest.mark.parametrize(
    ("day_offset", "value", "note", "key"),
    [
        (1, 10.0, "", "measurement.measured_on"),
        (0, float("nan"), "", "measurement.value"),
        (0, float("inf"), "", "measurement.value"),
        (0, -1.0, "", "measurement.value"),
        (0, 2e12, "", "measurement.value"),
        (0, 10.0, "x" * 2001, "measurement.note"),
    ],
)
def test_bad_measurements_are_refused_and_nothing_written(
    db: Database,
    goals: GoalService,
    measurements: MeasurementService,
    day_offset: int,
    value: float,
    note: str,
    key: str,
) -> None:
    goal_id = goals.save(signups_draft(TODAY))
    kept = measurements.log(goal_id, TODAY, 130)
    before = snapshot(db)
    day = TODAY + timedelta(days=day_offset)
    with pytest.raises(ValidationError) as caught:
        measurements.log(goal_id, day, value, note)
    assert list(caught.value.errors) == [key]
    with pytest.raises(ValidationError):
        measurements.edit(kept.id, day, value, note)
    assert snapshot(db) == before


def test_measurements_of_a_missing_goal_or_row(goals: GoalService, measurements: MeasurementService) -> None:
    with pytest.raises(ValidationError, match="no longer exists"):
        measurements.log(999, TODAY, 10)
    with pytest.raises(KeyError):
        measurements.edit(999, TODAY, 10)
    with pytest.raises(KeyError):
        measurements.delete(999)
    assert measurements.list(999) == []


def test_zero_is_a_valid_measurement(goals: GoalService, measurements: MeasurementService) -> None:
    goal_id = goals.save(response_time_draft(TODAY))
    assert measurements.log(goal_id, TODAY, 0).value == 0


# -- DraftService --------------------------------------------------------------------------


def test_draft_autosave_round_trip(db: Database) -> None:
    drafts = DraftService(db)
    assert drafts.pending() is None
    drafts.save(signups_draft(TODAY), page=2)
    draft = signups_draft(TODAY, title="Typing...")
    drafts.save(draft, page=4)
    pending = drafts.pending()
    assert pending is not None
    assert pending.page == 4
    assert pending.draft == draft
    assert counts(db)["wizard_draft"] == 1  # updated, not duplicated
    drafts.discard()
    assert drafts.pending() is None
    drafts.discard()  # nothing to discard: harmless


def test_drafts_for_new_and_edited_goals_are_kept_apart(db: Database, goals: GoalService) -> None:
    goal_id = goals.save(signups_draft(TODAY))
    drafts = DraftService(db)
    drafts.save(signups_draft(TODAY, title="New"), page=1)
    edit = goals.load_draft(goal_id)
    edit.title = "Edited"
    drafts.save(edit, page=3)
    new_pending, edit_pending = drafts.pending(), drafts.pending(goal_id)
    assert new_pending is not None
    assert edit_pending is not None
    assert (new_pending.draft.title, edit_pending.draft.title) == ("New", "Edited")
    drafts.discard(goal_id)
    assert drafts.pending(goal_id) is None
    assert drafts.pending() is not None


def test_an_unreadable_draft_is_dropped(db: Database) -> None:
    drafts = DraftService(db)
    drafts.save(signups_draft(TODAY), page=1)
    execute(db, """UPDATE wizard_draft SET payload = '{"direction": "sideways"}'""")
    assert drafts.pending() is None
    assert counts(db)["wizard_draft"] == 0


# -- overview: statuses through the service ------------------------------------------------------


def test_overview_without_goals(goals: GoalService) -> None:
    assert goals.overview() == []


def test_overview_statuses_for_both_directions(goals: GoalService, measurements: MeasurementService) -> None:
    start = TODAY - timedelta(days=50)
    deadline = TODAY + timedelta(days=50)  # half-way today
    common = {"baseline_date": start, "start_date": start, "deadline": deadline}

    def make(factory: object, **changes: object) -> int:
        return goals.save(factory(start, **(common | changes)))  # type: ignore[operator]

    # Sign-ups 120 -> 200 (stretch 300); response time 90 -> 30 minutes (stretch 15).
    not_started = make(signups_draft)
    on_track = make(signups_draft)
    behind = make(signups_draft)
    at_risk = make(response_time_draft)
    benchmark = make(response_time_draft)
    stretch = make(signups_draft)
    for goal_id, value in (
        (on_track, 165),  # road: 160
        (behind, 155),  # 5 below the road, tolerance 8
        (at_risk, 85),  # road: 60, barely moved
        (benchmark, 25),
        (stretch, 301),
    ):
        measurements.log(goal_id, TODAY, value)
    statuses = {g.id: g.progress.status for g in goals.overview()}
    assert statuses == {
        not_started: Status.NOT_STARTED,
        on_track: Status.ON_TRACK,
        behind: Status.BEHIND,
        at_risk: Status.AT_RISK,
        benchmark: Status.BENCHMARK_REACHED,
        stretch: Status.STRETCH_REACHED,
    }


def test_overview_overdue_goal(db: Database, measurements: MeasurementService) -> None:
    start = TODAY - timedelta(days=40)
    writer = GoalService(db, today=lambda: start)
    goal_id = writer.save(
        signups_draft(start, baseline_date=start, start_date=start, deadline=TODAY - timedelta(days=1))
    )
    measurements.log(goal_id, TODAY - timedelta(days=2), 150)
    (row,) = GoalService(db, today=lambda: TODAY).overview()
    assert row.progress.status is Status.OVERDUE
    assert row.next_checkin is None or row.next_checkin <= TODAY
    assert row.progress.days_left == 0


def test_overview_row_details(goals: GoalService, measurements: MeasurementService) -> None:
    start = TODAY - timedelta(days=21)
    goal_id = goals.save(
        signups_draft(start, baseline_date=start, start_date=start, deadline=TODAY + timedelta(days=60))
    )
    (fresh,) = goals.overview()
    # Weekly from the start, never measured: the first check-in a fortnight ago is due.
    assert fresh.next_checkin == start + timedelta(days=7)
    assert fresh.checkin_due
    for week in range(1, 11):
        measurements.log(goal_id, min(start + timedelta(days=2 * week), TODAY), 120 + week)
    (row,) = goals.overview()
    assert row.strategy == "Grow the newsletter before the spring launch"
    assert row.progress.latest is not None
    assert row.progress.latest.value == 130
    assert row.progress.trend is not None
    assert row.progress.trend.points_used == 8  # the most recent ones only
    assert row.next_checkin == start + timedelta(days=21)  # after the latest, on day 20
    assert row.checkin_due


def test_overview_a_same_day_correction_sets_the_status(
    goals: GoalService, measurements: MeasurementService
) -> None:
    start = TODAY - timedelta(days=50)
    goal_id = goals.save(
        signups_draft(start, baseline_date=start, start_date=start, deadline=TODAY + timedelta(days=50))
    )
    measurements.log(goal_id, TODAY, 3000, "typo")
    measurements.log(goal_id, TODAY, 165, "the real figure")
    (row,) = goals.overview()
    assert row.progress.latest is not None
    assert row.progress.latest.value == 165
    assert row.progress.status is Status.ON_TRACK


def test_changing_a_tasks_days_in_the_wizard_keeps_past_ticks_on_their_days(db: Database) -> None:
    goal_id = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))  # Tue/Thu teaser
    later = TODAY + timedelta(days=21)
    plan = PlanService(db, today=lambda: later)
    ticked = [o.day for o in plan.occurrences(TODAY, later - timedelta(days=1), goal_id=goal_id)]
    for day in ticked:
        plan.mark(plan.tasks(goal_id)[0].id, day, TaskOutcome.DONE)

    draft = GoalService(db, today=lambda: later).load_draft(goal_id)
    draft.tasks[0].rrule = "FREQ=WEEKLY;BYDAY=MO"  # now on Mondays
    GoalService(db, today=lambda: later).save(draft)

    past = plan.occurrences(TODAY, later - timedelta(days=1), goal_id=goal_id)
    assert [o.day for o in past] == ticked  # the old days, still there
    assert all(o.outcome is TaskOutcome.DONE for o in past)
    ahead = plan.occurrences(later, later + timedelta(days=13), goal_id=goal_id)
    assert ahead
    assert {o.day.weekday() for o in ahead} == {0}


def test_has_goals(db: Database, goals: GoalService) -> None:
    assert not goals.has_goals()
    goals.save(signups_draft(TODAY))
    assert goals.has_goals()
