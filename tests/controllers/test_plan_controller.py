"""The Plan tab's navigation, what each period shows and its words, without Qt (this
module imports no PySide6 and runs in the venv without it)."""

from __future__ import annotations

from collections import Counter
from datetime import date, time, timedelta
from typing import Any

import pytest

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.plan.controller import (
    Mode,
    PlanController,
    delete_question,
    month_grid_start,
    period_of,
    skip_question,
)
from tests.factories import goal_without_tasks

TODAY = date(2026, 11, 18)  # a Wednesday
TUESDAY = date(2026, 11, 17)


def fake_date_text(day: date, pattern: str) -> str:
    """Stands in for QLocale: the pattern and the day, to read back in assertions."""
    return f"{pattern}:{day.isoformat()}"


class CountingPlan(PlanService):
    """A PlanService that counts what the controller asks of it."""

    def __init__(self, db: Database) -> None:
        super().__init__(db, today=lambda: TODAY)
        self.calls: Counter[str] = Counter()

    def tasks(self, goal_id: int | None = None) -> Any:
        self.calls["tasks"] += 1
        return super().tasks(goal_id)

    def adherence_by_task(self, *args: Any, **kwargs: Any) -> Any:
        self.calls["adherence"] += 1
        return super().adherence_by_task(*args, **kwargs)

    def is_finished(self, task: Any) -> bool:
        self.calls["is_finished"] += 1
        return super().is_finished(task)


@pytest.fixture
def plan(db: Database) -> CountingPlan:
    return CountingPlan(db)


@pytest.fixture
def task_id(db: Database, plan: CountingPlan) -> int:
    start = TODAY - timedelta(days=14)
    goal_id = goal_without_tasks(db, start)
    return plan.add_task(
        goal_id,
        TaskDraft(
            title="Join the industry Twitter chat",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            start_date=start,
            start_time=time(11),
            duration_minutes=60,
        ),
    )


@pytest.fixture
def controller(plan: CountingPlan) -> PlanController:
    return PlanController(plan, today=lambda: TODAY, date_text=fake_date_text)


def test_a_week_runs_monday_to_sunday_and_a_month_shows_whole_weeks(controller: PlanController) -> None:
    assert controller.mode is Mode.WEEK
    assert controller.period() == (date(2026, 11, 16), date(2026, 11, 22))
    assert controller.shown_range() == controller.period()
    controller.set_mode(Mode.MONTH)
    assert controller.period() == (date(2026, 11, 1), date(2026, 11, 30))
    # 1 Nov 2026 is a Sunday: the grid starts the Monday before and shows six weeks.
    assert controller.shown_range() == (date(2026, 10, 26), date(2026, 12, 6))
    assert month_grid_start(date(2026, 11, 30)) == date(2026, 10, 26)


@pytest.mark.parametrize(
    ("mode", "direction", "expected"),
    [
        (Mode.WEEK, -1, (date(2026, 11, 9), date(2026, 11, 15))),
        (Mode.WEEK, 1, (date(2026, 11, 23), date(2026, 11, 29))),
        (Mode.MONTH, -1, (date(2026, 10, 1), date(2026, 10, 31))),
        (Mode.MONTH, 1, (date(2026, 12, 1), date(2026, 12, 31))),
    ],
)
def test_previous_and_next(
    controller: PlanController, mode: Mode, direction: int, expected: tuple[date, date]
) -> None:
    controller.set_mode(mode)
    controller.step(direction)
    assert controller.period() == expected
    controller.go_today()
    assert controller.period() == period_of(mode, TODAY)


def test_a_month_steps_from_its_31st_to_the_next_month_not_over_it(controller: PlanController) -> None:
    controller.set_mode(Mode.MONTH)
    controller.open_week_of(date(2027, 1, 31))
    controller.set_mode(Mode.MONTH)
    controller.step(1)
    assert controller.period() == (date(2027, 2, 1), date(2027, 2, 28))


def test_a_day_of_the_month_opens_its_week(controller: PlanController) -> None:
    controller.set_mode(Mode.MONTH)
    controller.open_week_of(date(2026, 12, 3))
    assert controller.mode is Mode.WEEK
    assert controller.period() == (date(2026, 11, 30), date(2026, 12, 6))


def test_the_titles_name_the_period(controller: PlanController) -> None:
    assert controller.period_title() == "Week of d:2026-11-16\u2013d MMM yyyy:2026-11-22"
    controller.open_week_of(date(2026, 12, 2))
    assert controller.period_title() == "Week of d MMM:2026-11-30 \u2013 d MMM yyyy:2026-12-06"
    controller.open_week_of(date(2026, 12, 31))
    assert controller.period_title() == "Week of d MMM yyyy:2026-12-28 \u2013 d MMM yyyy:2027-01-03"
    controller.set_mode(Mode.MONTH)
    assert controller.period_title() == "MMMM yyyy:2026-12-01"


def test_the_words_are_translatable_text() -> None:
    question = skip_question("Post")
    assert question.context == "PlanView"
    assert "Skip “Post”." in question
    assert "choose Pause instead" in delete_question("Post")


def test_a_period_shows_its_occurrences_and_checkins(controller: PlanController, task_id: int) -> None:
    shown = controller.shown()
    assert [(o.task_id, o.day) for o in shown.occurrences] == [(task_id, TUESDAY)]
    assert [c.day for c in shown.checkins] == [TODAY]  # the weekly check-in
    row = controller.rows[0]
    assert row.task.id == task_id
    assert row.adherence is not None
    assert row.adherence.last_4_weeks.counted == 2
    assert row.when == "Every Tuesday, 11:00-12:00"


def test_stepping_reads_no_task_and_no_adherence_again(
    controller: PlanController, plan: CountingPlan, task_id: int
) -> None:
    controller.shown()
    first = Counter(plan.calls)
    assert first["tasks"] == first["adherence"] == 1
    for direction in (-1, -1, 1, 1, 1):
        controller.step(direction)
        controller.shown()
    controller.set_mode(Mode.MONTH)
    controller.shown()
    assert plan.calls == first
    # A change to the data: read once more, on the next period shown.
    plan.mark(task_id, TUESDAY, TaskOutcome.DONE)
    controller.stale = True
    controller.shown()
    controller.step(1)
    controller.shown()
    assert plan.calls["tasks"] == 2
    assert plan.calls["adherence"] == 2
    row = controller.rows[0]
    assert row.adherence is not None
    assert row.adherence.last_4_weeks.done == 1


def test_paused_and_ended_tasks_are_dimmed_and_listed_last(
    db: Database, controller: PlanController, plan: CountingPlan, task_id: int
) -> None:
    goal_id = controller.active_goals()[0][0]
    ended = plan.add_task(
        goal_id,
        TaskDraft(
            title="Old chat",
            rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20261102T235959",
            start_date=date(2026, 10, 1),
            start_time=time(9),
            duration_minutes=30,
        ),
    )
    controller.set_paused(task_id, True)
    rows = controller.reload()
    assert [r.task.id for r in rows] == [task_id, ended]
    assert all(r.dimmed for r in rows)
    assert rows[0].when.startswith("paused · ")
    assert rows[1].when.startswith("ended · ")


def test_midnight_moves_the_shown_week_when_today_was_on_it(plan: CountingPlan) -> None:
    clock = [date(2026, 11, 22)]  # a Sunday
    controller = PlanController(plan, today=lambda: clock[0], date_text=fake_date_text)
    controller.reload()
    assert not controller.follow_today()
    clock[0] = date(2026, 11, 23)
    assert controller.follow_today()
    assert controller.period()[0] == date(2026, 11, 23)
    assert controller.stale  # missed, ended and the streak moved with the day
    # A week looked at elsewhere stays where it is.
    controller.step(-3)
    clock[0] = date(2026, 11, 24)
    assert controller.follow_today()
    assert controller.period()[0] == date(2026, 11, 2)
