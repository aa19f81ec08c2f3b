"""Ready-made drafts for tests: one per kind of goal the method teaches."""

from __future__ import annotations

from datetime import date, time, timedelta

from smartgoals_app.domain.draft import GoalDraft, StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Direction, MetricKind
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database


def signups_draft(today: date, **changes: object) -> GoalDraft:
    draft = GoalDraft(
        strategy=StrategyDraft(
            statement="Grow the newsletter before the spring launch", networks=["facebook", "x"]
        ),
        network="facebook",
        metric_key="newsletter_signups",
        metric_name="Newsletter sign-ups",
        unit="sign-ups",
        data_source="Mailchimp audience report",
        baseline_value=120,
        baseline_date=today,
        title="Grow newsletter sign-ups from Facebook from 120 to 200 by 31 Mar 2027",
        start_date=today,
        deadline=today + timedelta(days=129),
        why="Launch the spring collection to people who already want it",
        benchmark_target=200,
        stretch_target=300,
        tasks=[
            TaskDraft(
                title="Post a sign-up teaser",
                rrule="FREQ=WEEKLY;BYDAY=TU,TH",
                start_time=time(9),
                duration_minutes=30,
            )
        ],
    )
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def response_time_draft(today: date, **changes: object) -> GoalDraft:
    draft = GoalDraft(
        strategy=StrategyDraft(
            statement="Be known for great customer service",
            networks=["x", "facebook", "linkedin"],
            business_days=["MO", "TU", "WE", "TH", "FR"],
            business_start=time(9),
            business_end=time(17),
        ),
        network="x",
        metric_key="response_time",
        metric_name="Response time to messages",
        unit="minutes",
        direction=Direction.LESS,
        data_source="X inbox, timed by hand",
        baseline_value=90,
        baseline_date=today,
        title="Answer messages on X within 15 minutes in business hours by 31 Jan 2027",
        start_date=today,
        deadline=today + timedelta(days=70),
        why="Customers expect an answer within the hour; we want to be the shop that replies",
        benchmark_target=30,
        stretch_target=15,
        tasks=[
            TaskDraft(
                title="Clear the X inbox at opening time",
                rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                start_time=time(9),
                duration_minutes=15,
            )
        ],
    )
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def vanity_draft(today: date, **changes: object) -> GoalDraft:
    draft = signups_draft(
        today,
        metric_key="followers",
        metric_name="Followers",
        unit="followers",
        kind=MetricKind.VANITY,
        network="instagram",
        baseline_value=1000,
        benchmark_target=1200,
        stretch_target=1500,
        title="Reach 1,200 Instagram followers by 31 Mar 2027",
        why="A publisher asked for a following before a book deal",
    )
    for key, value in changes.items():
        setattr(draft, key, value)
    return draft


def goal_without_tasks(db: Database, start: date, draft: GoalDraft | None = None) -> int:
    """A stored goal with an empty plan, as the Plan tab leaves one whose tasks were all
    deleted: the goal service saves a goal only with a task."""
    goal_id = GoalService(db, today=lambda: start).save(draft or signups_draft(start))
    plan = PlanService(db, today=lambda: start)
    for task in plan.tasks(goal_id):
        plan.delete_task(task.id)
    return goal_id
