"""Two people edit the same rows at once, on a file and on a server: the one who saves
second is told who changed the row, when and what, and nothing is silently lost; Keep
mine and Reload theirs each do what they say."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.domain.review import Outcome, ReviewEntry
from smartgoals_app.domain.validation import ConflictError, NotFoundError
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.services.strategies import StrategyService, draft_of
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.storage.models import Goal
from tests.conftest import TODAY
from tests.factories import signups_draft
from tests.pg import ENGINES
from tests.versions import Two, two_people


@pytest.fixture(params=ENGINES)
def two(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Two]:
    yield from two_people(request, tmp_path / "shared.db", monkeypatch)


def _goals(two: Two) -> tuple[GoalService, GoalService]:
    return GoalService(two.anna, today=lambda: TODAY), GoalService(two.ben, today=lambda: TODAY)


def _stored_goal(two: Two, goal_id: int) -> Goal:
    with two.anna.reading() as session:
        goal = session.get(Goal, goal_id)
        assert goal is not None
        return goal


def test_a_new_row_is_version_1_by_whoever_saved_it(two: Two) -> None:
    anna, _ben = _goals(two)
    before = datetime.now(UTC)
    goal_id = anna.save(signups_draft(TODAY))
    goal = _stored_goal(two, goal_id)
    assert (goal.version, goal.changed_by) == (1, two.anna_name)
    assert goal.changed_at is not None
    assert goal.changed_at.replace(tzinfo=UTC) >= before - timedelta(seconds=1)
    task = PlanService(two.anna).tasks(goal_id)[0]
    assert task.version == 1


def test_the_second_save_of_a_goal_is_told_who_changed_it_and_nothing_is_lost(two: Two) -> None:
    anna, ben = _goals(two)
    goal_id = anna.save(signups_draft(TODAY))
    seen_by_anna, seen_by_ben = anna.load_draft(goal_id), ben.load_draft(goal_id)
    assert seen_by_anna.version == seen_by_ben.version == 1

    anna.save(replace(seen_by_anna, title="Grow newsletter sign-ups to 300 by spring", stretch_target=320))
    mine = replace(seen_by_ben, benchmark_target=250)
    with pytest.raises(ConflictError) as caught:
        ben.save(mine)
    conflict = caught.value
    assert (conflict.what, conflict.key, conflict.who) == ("goal", goal_id, two.anna_name)
    assert conflict.title == "Grow newsletter sign-ups to 300 by spring"
    assert conflict.version == 2
    assert conflict.when is not None
    assert conflict.when.tzinfo is not None
    stored = _stored_goal(two, goal_id)  # Anna's change stands, Ben's is not half-written
    assert (stored.title, stored.stretch_target, stored.benchmark_target) == (
        "Grow newsletter sign-ups to 300 by spring",
        320,
        seen_by_anna.benchmark_target,
    )
    assert (stored.version, stored.changed_by) == (2, two.anna_name)

    # Reload theirs: Ben reads again and sees Anna's goal.
    reloaded = ben.load_draft(goal_id)
    assert (reloaded.title, reloaded.stretch_target, reloaded.version) == (stored.title, 320, 2)

    # Keep mine: Ben saves his over the version the conflict named.
    ben.save(replace(mine, version=conflict.version))
    stored = _stored_goal(two, goal_id)
    assert (stored.title, stored.benchmark_target, stored.version, stored.changed_by) == (
        seen_by_ben.title,
        250,
        3,
        two.ben_name,
    )


def test_saving_a_goal_deleted_meanwhile_says_so(two: Two) -> None:
    anna, ben = _goals(two)
    goal_id = anna.save(signups_draft(TODAY))
    draft = ben.load_draft(goal_id)
    anna.delete(goal_id)
    with pytest.raises(NotFoundError) as caught:
        ben.save(draft)
    assert caught.value.what == "goal"
    assert not GoalService(two.anna).has_goals()


def test_a_task_someone_added_while_the_goal_was_open_stays(two: Two) -> None:
    anna, _ben = _goals(two)
    goal_id = anna.save(signups_draft(TODAY))
    draft = anna.load_draft(goal_id)
    added = PlanService(two.ben, today=lambda: TODAY).add_task(
        goal_id, TaskDraft(title="Reply to every comment", start_date=TODAY)
    )
    anna.save(replace(draft, why=draft.why + " And for the team."))
    assert added in [t.id for t in PlanService(two.anna).tasks(goal_id)]


def test_a_task_changed_while_the_goal_was_open_is_a_conflict_of_that_task(two: Two) -> None:
    anna, _ben = _goals(two)
    goal_id = anna.save(signups_draft(TODAY))
    draft = anna.load_draft(goal_id)
    plan = PlanService(two.ben, today=lambda: TODAY)
    task = plan.tasks(goal_id)[0]
    plan.update_task(task.id, replace(draft.tasks[0], title="Write the newsletter on Monday", version=1))
    with pytest.raises(ConflictError) as caught:
        anna.save(replace(draft, tasks=[replace(draft.tasks[0], title="Write it on Friday")]))
    assert (caught.value.what, caught.value.title, caught.value.who) == (
        "task",
        "Write the newsletter on Monday",
        two.ben_name,
    )
    assert PlanService(two.anna).tasks(goal_id)[0].title == "Write the newsletter on Monday"


def test_a_check_in_corrected_by_two_people(two: Two) -> None:
    goal_id = GoalService(two.anna, today=lambda: TODAY).save(signups_draft(TODAY))
    anna = MeasurementService(two.anna, today=lambda: TODAY)
    ben = MeasurementService(two.ben, today=lambda: TODAY)
    logged = anna.log(goal_id, TODAY, 130.0, "first count")
    seen_a, seen_b = anna.get(logged.id), ben.get(logged.id)
    assert seen_a.version == seen_b.version == 1

    anna.edit(logged.id, TODAY, 135.0, "recounted", seen_version=seen_a.version)
    with pytest.raises(ConflictError) as caught:
        ben.edit(logged.id, TODAY, 131.0, "typo", seen_version=seen_b.version)
    conflict = caught.value
    assert (conflict.what, conflict.who, conflict.day, conflict.version) == (
        "measurement",
        two.anna_name,
        TODAY,
        2,
    )
    assert conflict.title == signups_draft(TODAY).title
    assert (ben.get(logged.id).value, ben.get(logged.id).note) == (135.0, "recounted")

    ben.edit(logged.id, TODAY, 131.0, "typo", seen_version=conflict.version)  # keep mine
    assert (anna.get(logged.id).value, anna.get(logged.id).version) == (131.0, 3)


def test_a_task_edited_by_one_and_deleted_by_the_other(two: Two) -> None:
    goal_id = GoalService(two.anna, today=lambda: TODAY).save(signups_draft(TODAY))
    anna = PlanService(two.anna, today=lambda: TODAY)
    ben = PlanService(two.ben, today=lambda: TODAY)
    task = ben.tasks(goal_id)[0]
    edit = TaskDraft(
        title="Post twice a week", rrule=task.rrule, start_date=task.start_date, version=task.version
    )

    # Deleted while Ben edited: his save says so and brings nothing back.
    anna.delete_task(task.id, seen_version=task.version)
    with pytest.raises(NotFoundError):
        ben.update_task(task.id, edit)
    assert anna.tasks(goal_id) == []

    # Edited while Anna was about to delete: her delete is a conflict, nothing deleted.
    new_id = anna.add_task(goal_id, replace(edit, version=None))
    seen = anna.tasks(goal_id)[0]
    ben.update_task(new_id, replace(edit, title="Post three times a week", version=seen.version))
    with pytest.raises(ConflictError) as caught:
        anna.delete_task(new_id, seen_version=seen.version)
    assert (caught.value.who, caught.value.title) == (two.ben_name, "Post three times a week")
    assert [t.title for t in anna.tasks(goal_id)] == ["Post three times a week"]
    anna.delete_task(new_id, seen_version=caught.value.version)  # delete anyway
    assert anna.tasks(goal_id) == []


def test_a_strategy_edited_by_two_people(two: Two) -> None:
    goal_id = GoalService(two.anna, today=lambda: TODAY).save(signups_draft(TODAY))
    strategy_id = GoalService(two.anna).load_draft(goal_id).strategy_id
    assert strategy_id is not None
    anna, ben = StrategyService(two.anna), StrategyService(two.ben)
    seen_a, seen_b = anna.strategy(strategy_id), ben.strategy(strategy_id)
    anna.update(
        strategy_id,
        replace(draft_of(seen_a), statement="Be the bakery people recommend", version=seen_a.version),
    )
    with pytest.raises(ConflictError) as caught:
        ben.update(
            strategy_id,
            replace(draft_of(seen_b), statement="Be known for fresh bread", version=seen_b.version),
        )
    assert (caught.value.what, caught.value.who, caught.value.title) == (
        "strategy",
        two.anna_name,
        "Be the bakery people recommend",
    )
    assert ben.strategy(strategy_id).statement == "Be the bakery people recommend"


def test_a_save_between_anothers_check_and_write_is_refused_not_overwritten(two: Two) -> None:
    """The versions compared, then someone else's save lands before this one writes:
    the write itself is conditional on the version, so nothing is overwritten."""
    anna, ben = _goals(two)
    goal_id = anna.save(signups_draft(TODAY))
    draft = ben.load_draft(goal_id)
    slipped_in: list[str] = []

    def anna_saves_first(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE GOAL") and not slipped_in:
            slipped_in.append(statement)
            anna.set_lifecycle(goal_id, GoalLifecycle.ARCHIVED)

    event.listen(two.ben.engine, "before_cursor_execute", anna_saves_first)
    try:
        with pytest.raises(StorageError, match=r"at (the same|that) moment"):
            ben.save(replace(draft, benchmark_target=250))
    finally:
        event.remove(two.ben.engine, "before_cursor_execute", anna_saves_first)
    stored = _stored_goal(two, goal_id)
    assert slipped_in
    assert (stored.status, stored.benchmark_target, stored.version) == ("archived", draft.benchmark_target, 2)


def test_a_review_saved_after_someone_changed_the_goal_asks_first(two: Two) -> None:
    def reviews_of(db: Database) -> ReviewService:
        goals = GoalService(db, today=lambda: TODAY)
        return ReviewService(db, goals=goals, plan=PlanService(db, today=lambda: TODAY), today=lambda: TODAY)

    goal_id = GoalService(two.anna, today=lambda: TODAY).save(signups_draft(TODAY))
    MeasurementService(two.anna, today=lambda: TODAY).log(goal_id, TODAY, 150.0)
    sheet = reviews_of(two.anna).sheet(goal_id)
    ben = GoalService(two.ben, today=lambda: TODAY)
    ben.save(replace(ben.load_draft(goal_id), stretch_target=900))
    entry = ReviewEntry(Outcome.MISSED)
    deadline = TODAY + timedelta(days=60)
    with pytest.raises(ConflictError) as caught:
        reviews_of(two.anna).raise_targets(
            goal_id, entry, benchmark=260, stretch=350, deadline=deadline, seen_version=sheet.version
        )
    assert (caught.value.what, caught.value.who) == ("goal", two.ben_name)
    assert _stored_goal(two, goal_id).stretch_target == 900
    with pytest.raises(ConflictError):
        reviews_of(two.anna).close(goal_id, entry, seen_version=sheet.version)
    assert reviews_of(two.anna).latest(goal_id) is None  # no review half-written
    reviews_of(two.anna).raise_targets(
        goal_id, entry, benchmark=260, stretch=350, deadline=deadline, seen_version=caught.value.version
    )
    assert _stored_goal(two, goal_id).stretch_target == 350


def test_a_check_in_corrected_by_one_and_deleted_by_the_other(two: Two) -> None:
    goal_id = GoalService(two.anna, today=lambda: TODAY).save(signups_draft(TODAY))
    anna = MeasurementService(two.anna, today=lambda: TODAY)
    ben = MeasurementService(two.ben, today=lambda: TODAY)
    logged = anna.log(goal_id, TODAY, 130.0, "first count")
    seen_by_anna = anna.series(goal_id)
    assert list(seen_by_anna.versions) == [1]  # read with the row, as the table shows it

    # Corrected by Ben meanwhile: Anna's delete names him and deletes nothing.
    ben.edit(logged.id, TODAY, 135.0, "recounted", seen_version=1)
    with pytest.raises(ConflictError) as caught:
        anna.delete(logged.id, seen_version=seen_by_anna.version(0))
    conflict = caught.value
    assert (conflict.what, conflict.who, conflict.day, conflict.version) == (
        "measurement",
        two.ben_name,
        TODAY,
        2,
    )
    assert conflict.title == signups_draft(TODAY).title
    assert (ben.get(logged.id).value, ben.get(logged.id).note) == (135.0, "recounted")

    # Reload theirs: the table read again shows Ben's figure at its new version.
    reloaded = anna.series(goal_id)
    assert (list(reloaded.values), list(reloaded.versions)) == ([135.0], [2])

    # Keep mine: deleted anyway, against the version the conflict named.
    deleted = anna.delete(logged.id, seen_version=conflict.version)
    assert (deleted.value, deleted.version) == (135.0, 2)
    assert anna.list(goal_id) == []

    # Deleted by Ben meanwhile: the plain "gone", nothing brought back.
    again = anna.log(goal_id, TODAY, 140.0)
    seen = anna.series(goal_id).version(0)
    ben.delete(again.id, seen_version=1)
    with pytest.raises(NotFoundError) as gone:
        anna.delete(again.id, seen_version=seen)
    assert gone.value.what == "measurement"
    assert anna.list(goal_id) == []


def test_undoing_a_strategy_change_after_someone_elses_asks_first(two: Two) -> None:
    goal_id = GoalService(two.anna, today=lambda: TODAY).save(signups_draft(TODAY))
    strategy_id = GoalService(two.anna).load_draft(goal_id).strategy_id
    assert strategy_id is not None
    anna, ben = StrategyService(two.anna), StrategyService(two.ben)
    seen = anna.strategy(strategy_id)
    change = anna.update(
        strategy_id, replace(draft_of(seen), statement="Be the bakery people recommend", version=seen.version)
    )
    assert (change.before, change.version) == (seen, seen.version + 1)

    def undo(version: int) -> None:
        anna.update(strategy_id, replace(draft_of(change.before), version=version))

    # Ben changes it after Anna: her undo names him and leaves his sentence.
    theirs = ben.strategy(strategy_id)
    ben.update(strategy_id, replace(draft_of(theirs), networks=["instagram"], version=theirs.version))
    with pytest.raises(ConflictError) as caught:
        undo(change.version)
    assert (caught.value.what, caught.value.who, caught.value.title) == (
        "strategy",
        two.ben_name,
        "Be the bakery people recommend",
    )
    assert anna.strategy(strategy_id).networks == ("instagram",)  # a change of networks alone counts

    # Keep mine: the undo over Ben's change puts Anna's old strategy back whole.
    undo(caught.value.version)
    assert draft_of(anna.strategy(strategy_id)) == draft_of(seen)


def test_undoing_a_strategy_change_nobody_else_touched_needs_no_question(two: Two) -> None:
    goal_id = GoalService(two.anna, today=lambda: TODAY).save(signups_draft(TODAY))
    strategy_id = GoalService(two.anna).load_draft(goal_id).strategy_id
    assert strategy_id is not None
    anna = StrategyService(two.anna)
    seen = anna.strategy(strategy_id)
    change = anna.update(strategy_id, replace(draft_of(seen), networks=["x"], version=seen.version))
    anna.update(strategy_id, replace(draft_of(change.before), version=change.version))
    assert draft_of(anna.strategy(strategy_id)) == draft_of(seen)


def test_a_check_in_corrected_between_reading_the_figures_and_showing_the_row(two: Two) -> None:
    """The figures are read at once and each row's version when it is first shown: a
    correction in between is still not deleted unasked."""
    goal_id = GoalService(two.anna, today=lambda: TODAY).save(signups_draft(TODAY))
    anna = MeasurementService(two.anna, today=lambda: TODAY)
    logged = anna.log(goal_id, TODAY, 130.0)
    seen = anna.series(goal_id)  # 130 shown; its note and version not read yet
    MeasurementService(two.ben, today=lambda: TODAY).edit(logged.id, TODAY, 135.0, seen_version=1)
    assert (seen.values[0], seen.notes[0]) == (130.0, "")
    with pytest.raises(ConflictError) as caught:
        anna.delete(logged.id, seen_version=seen.version(0))
    assert (caught.value.who, caught.value.version) == (two.ben_name, 2)
    assert anna.get(logged.id).value == 135.0
