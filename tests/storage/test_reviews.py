"""The review service: figures worked out by hand, and what each ending stores."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from smartgoals_app.domain.enums import GoalLifecycle, TaskOutcome
from smartgoals_app.domain.review import NextStep, Outcome, ReviewEntry
from smartgoals_app.domain.validation import NotFoundError, ValidationError
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Review, TargetChange
from tests.factories import signups_draft

TODAY = date(2026, 11, 22)  # a Sunday
START = TODAY - timedelta(days=100)  # Friday 14 Aug 2026
DEADLINE = START + timedelta(days=90)  # Thursday 12 Nov 2026: ten days ago


def day(n: int) -> date:
    return START + timedelta(days=n)


@pytest.fixture
def reviewed(db: Database) -> tuple[ReviewService, int]:
    """120 sign-ups at the start, benchmark 200, stretch 300; 150, 170 and 210 logged
    on days 30, 60 and 90; the Tuesday and Thursday teaser done in the first 30 days."""
    goal_id = GoalService(db, today=lambda: START).save(signups_draft(START, deadline=DEADLINE))
    log = MeasurementService(db, today=lambda: TODAY)
    log.log(goal_id, day(30), 150, "First month: teaser posts")
    log.log(goal_id, day(60), 170, "")
    log.log(goal_id, day(90), 210, "Giveaway week")
    plan = PlanService(db, today=lambda: TODAY)
    task = plan.tasks(goal_id)[0]
    for occurrence in plan.occurrences(day(1), day(30), goal_id=goal_id):
        plan.mark(task.id, occurrence.day, TaskOutcome.DONE)
    goals = GoalService(db, today=lambda: TODAY)
    return ReviewService(db, goals=goals, plan=plan, today=lambda: TODAY), goal_id


def test_the_sheet_holds_the_figures_worked_out_by_hand(reviewed: tuple[ReviewService, int]) -> None:
    reviews, goal_id = reviewed
    sheet = reviews.sheet(goal_id)
    figures = sheet.figures
    assert figures is not None
    assert figures.final.day == DEADLINE
    assert figures.final.value == 210
    assert figures.change == 90  # 210 - 120
    assert figures.change_percent == pytest.approx(75.0)  # 90 / 120
    assert figures.percent_to_benchmark == pytest.approx(112.5)  # 90 of 80
    assert figures.percent_to_stretch == pytest.approx(50.0)  # 90 of 180
    assert figures.outcome is Outcome.BENCHMARK_REACHED
    # 91 days from Friday to Thursday are 13 weeks: 13 Tuesdays and 13 Thursdays, of
    # which the 8 in days 1-30 (18, 20, 25, 27 Aug; 1, 3, 8, 10 Sep) were done.
    assert sheet.plan is not None
    assert (sheet.plan.done, sheet.plan.counted) == (8, 26)
    assert [(n.day, n.note) for n in sheet.notes] == [
        (day(30), "First month: teaser posts"),
        (day(90), "Giveaway week"),
    ]
    # Three periods (0-30, 30-60, 60-90): done in one, not in two: too few to tell.
    hint = sheet.tasks[0]
    assert (hint.effect.done.periods, hint.effect.not_done.periods) == (1, 2)
    assert not hint.effect.enough
    assert "Too few check-ins" in hint.hint
    # The trend through (0, 120), (30, 150), (60, 170), (90, 210): sxy 4350 / sxx 4500
    # = 0.9667 a day, 87 over a 90-day repeat; the stretch 1.5 times that.
    suggestion = sheet.suggestion
    assert suggestion is not None
    assert suggestion.baseline == 210
    assert (suggestion.start, suggestion.deadline) == (DEADLINE, DEADLINE + timedelta(days=90))
    assert suggestion.benchmark == pytest.approx(297.0)
    assert suggestion.stretch == pytest.approx(340.5)


def test_repeat_starts_a_new_goal_from_the_final_figure(
    db: Database, reviewed: tuple[ReviewService, int]
) -> None:
    reviews, goal_id = reviewed
    suggestion = reviews.sheet(goal_id).suggestion
    assert suggestion is not None
    new_id = reviews.repeat(goal_id, ReviewEntry(Outcome.BENCHMARK_REACHED, "Teasers", "Ads"), suggestion)
    with db.reading() as session:
        new = session.get(Goal, new_id)
        old = session.get(Goal, goal_id)
        stored = session.exec(select(Review)).all()
        assert new is not None
        assert old is not None
        assert (new.baseline_value, new.baseline_date, new.start_date) == (210, DEADLINE, DEADLINE)
        assert new.benchmark_target == pytest.approx(297.0)
        assert new.stretch_target == pytest.approx(340.5)
        assert new.status == "active"
        assert old.status == "archived"  # the repeat carries it on
    assert [(r.goal_id, r.next_step, r.next_goal_id, r.final_value) for r in stored] == [
        (goal_id, "repeat", new_id, 210)
    ]
    # The plan carries on from today, not from the final check-in ten days ago.
    assert [(t.title, t.start_date) for t in PlanService(db).tasks(new_id)] == [
        ("Post a sign-up teaser", TODAY)
    ]
    latest = reviews.latest(goal_id)
    assert latest is not None
    assert (latest.outcome, latest.what_worked, latest.what_did_not) == (
        Outcome.BENCHMARK_REACHED,
        "Teasers",
        "Ads",
    )


def test_raise_keeps_the_old_targets_in_the_history(
    db: Database, reviewed: tuple[ReviewService, int]
) -> None:
    reviews, goal_id = reviewed
    new_deadline = TODAY + timedelta(days=60)
    reviews.raise_targets(
        goal_id, ReviewEntry(Outcome.BENCHMARK_REACHED), benchmark=260, stretch=350, deadline=new_deadline
    )
    with db.reading() as session:
        goal = session.get(Goal, goal_id)
        change = session.exec(select(TargetChange)).one()
        assert goal is not None
        assert (goal.benchmark_target, goal.stretch_target, goal.deadline) == (260, 350, new_deadline)
        assert goal.status == "active"
        assert (change.changed_on, change.old_benchmark, change.old_stretch) == (TODAY, 200, 300)
        assert (change.new_benchmark, change.new_stretch) == (260, 350)
        assert (change.old_deadline, change.new_deadline) == (DEADLINE, new_deadline)
    latest = reviews.latest(goal_id)
    assert latest is not None
    assert latest.next_step is NextStep.RAISE
    [fact] = GoalService(db).target_changes(goal_id)
    assert (fact.old_benchmark, fact.new_benchmark) == (200, 260)


def test_raise_refuses_a_deadline_in_the_past_and_unchanged_targets(
    db: Database, reviewed: tuple[ReviewService, int]
) -> None:
    reviews, goal_id = reviewed
    entry = ReviewEntry(Outcome.BENCHMARK_REACHED)
    with pytest.raises(ValidationError) as past:
        reviews.raise_targets(goal_id, entry, benchmark=260, stretch=350, deadline=DEADLINE)
    assert "goal.deadline" in past.value.errors
    with pytest.raises(ValidationError) as same:
        reviews.raise_targets(goal_id, entry, benchmark=200, stretch=300, deadline=DEADLINE)
    assert "goal.benchmark_target" in same.value.errors
    with db.reading() as session:
        assert session.exec(select(Review)).all() == []
        assert session.exec(select(TargetChange)).all() == []


def test_close_archives_the_goal_with_its_outcome(db: Database, reviewed: tuple[ReviewService, int]) -> None:
    reviews, goal_id = reviewed
    reviews.close(goal_id, ReviewEntry(Outcome.BENCHMARK_REACHED, "", "Too few posts"))
    assert GoalService(db).overview()[0].lifecycle is GoalLifecycle.ARCHIVED
    latest = reviews.latest(goal_id)
    assert latest is not None
    assert (latest.next_step, latest.outcome, latest.final_value) == (
        NextStep.CLOSE,
        Outcome.BENCHMARK_REACHED,
        210,
    )


def test_notes_that_cannot_be_stored_are_refused_and_nothing_is_written(
    db: Database, reviewed: tuple[ReviewService, int]
) -> None:
    reviews, goal_id = reviewed
    with pytest.raises(ValidationError) as caught:
        reviews.close(goal_id, ReviewEntry(Outcome.MISSED, "ok\x00", "half \ud83d emoji"))
    assert set(caught.value.errors) == {"review.what_worked", "review.what_did_not"}
    with pytest.raises(ValidationError):
        reviews.close(goal_id, ReviewEntry(Outcome.MISSED, "x" * 2001))
    assert reviews.latest(goal_id) is None
    assert GoalService(db).overview()[0].lifecycle is GoalLifecycle.ACTIVE


def test_a_goal_without_check_ins_or_gone_cannot_be_reviewed(db: Database) -> None:
    goal_id = GoalService(db, today=lambda: START).save(signups_draft(START, deadline=DEADLINE))
    reviews = ReviewService(db, goals=GoalService(db), plan=PlanService(db), today=lambda: TODAY)
    assert reviews.sheet(goal_id).figures is None
    with pytest.raises(ValidationError):
        reviews.close(goal_id, ReviewEntry(Outcome.MISSED))
    with pytest.raises(NotFoundError):
        reviews.close(goal_id + 1, ReviewEntry(Outcome.MISSED))
    with pytest.raises(NotFoundError):
        reviews.sheet(2**70)


def test_changing_a_target_in_the_wizard_keeps_the_old_one(db: Database) -> None:
    goals = GoalService(db, today=lambda: START)
    goal_id = goals.save(signups_draft(START, deadline=DEADLINE))
    draft = goals.load_draft(goal_id)
    draft.stretch_target = 320
    GoalService(db, today=lambda: day(40)).save(draft)
    draft = goals.load_draft(goal_id)
    draft.why = "Only the words changed"
    goals.save(draft)
    with db.reading() as session:
        [change] = session.exec(select(TargetChange)).all()
    assert (change.changed_on, change.old_stretch, change.new_stretch) == (day(40), 300, 320)
    assert (change.old_benchmark, change.new_benchmark) == (200, 200)
    assert (change.old_deadline, change.new_deadline) == (None, None)
