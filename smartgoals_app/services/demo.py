"""Realistic sample data: three goals (one behind, one on track, one past its stretch)
with their history and a weekly plan. Used by the screenshots script, the
benchmarks and `--self-test`; never written to a user's file unasked."""

from __future__ import annotations

import math
from datetime import date, time, timedelta

from smartgoals_app.domain.draft import StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.domain.schedule import WORKDAYS
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.sample_goals import followers_goal, response_time_goal, signups_goal
from smartgoals_app.storage.database import Database


def _weekly(start: date, today: date) -> list[date]:
    days, day = [], start + timedelta(days=7)
    while day <= today:
        days.append(day)
        day += timedelta(days=7)
    return days


def populate_demo(db: Database, today: date) -> list[int]:
    """Add the three demo goals; returns their ids (behind, on track, stretch reached)."""
    start = today - timedelta(days=70)
    # Services check dates against "today": give them the demo's today.
    goals = GoalService(db, today=lambda: start)
    measurements = MeasurementService(db, today=lambda: today)
    plan = PlanService(db, today=lambda: today)

    service = StrategyDraft(
        statement="Be the shop known for answering every customer fast",
        template="customer_service",
        networks=["x", "facebook", "linkedin"],
        business_days=list(WORKDAYS),
        business_start=time(9),
        business_end=time(17),
    )
    launch = StrategyDraft(
        statement="Build a newsletter audience before the spring launch",
        template="newsletter",
        networks=["facebook", "instagram"],
    )
    drafts = [
        signups_goal(
            start,
            strategy=launch,
            unit="sign-ups a week",
            data_source="Mailchimp > Audience > Signup source, last 7 days",
            baseline_value=40,
            title="Reach 120 newsletter sign-ups a week from Facebook by the launch",
            deadline=today + timedelta(days=110),
            why="The spring launch sells to people who already know us",
            impact="A full launch week pays for the summer stock",
            audience="Local parents who buy handmade toys",
            benchmark_target=120,
            stretch_target=160,
            budget_per_month=150,
            hours_per_week=3,
            tasks=[
                TaskDraft(
                    title="Post a sign-up teaser with a sneak peek",
                    rrule="FREQ=WEEKLY;BYDAY=MO,TH",
                    start_date=start,
                    start_time=time(8, 30),
                    duration_minutes=30,
                )
            ],
        ),
        response_time_goal(
            start,
            strategy=service,
            data_source="X inbox, median of the week",
            baseline_value=95,
            title="Answer messages on X within 15 minutes in business hours",
            deadline=today + timedelta(days=50),
            why="53% of people expect an answer within the hour; we want to be the shop that replies",
            impact="Fewer lost orders, more word of mouth",
            audience="Customers with an order question",
            hours_per_week=5,
            tasks=[
                TaskDraft(
                    title="Join the industry Twitter chat",
                    rrule="FREQ=WEEKLY;BYDAY=TU",
                    start_date=start,
                    start_time=time(11),
                    duration_minutes=60,
                ),
                TaskDraft(
                    title="Follow up with people met in the chat",
                    rrule="FREQ=WEEKLY;BYDAY=TU",
                    start_date=start,
                    start_time=time(12),
                    duration_minutes=30,
                ),
                TaskDraft(
                    title="Clean up who we follow",
                    rrule="FREQ=WEEKLY;BYDAY=TH",
                    start_date=start,
                    start_time=time(8),
                    duration_minutes=60,
                ),
            ],
        ),
        followers_goal(
            start,
            strategy=launch,
            outcome_link="The publisher wants 2,000 followers before offering the book deal",
            data_source="Instagram > Professional dashboard",
            baseline_value=1200,
            title="Reach 1,600 Instagram followers for the book proposal",
            deadline=today + timedelta(days=20),
            why="A book deal depends on showing an engaged following",
            audience="Crafters who buy pattern books",
            benchmark_target=1450,
            stretch_target=1600,
            tasks=[
                TaskDraft(
                    title="Share a work-in-progress reel",
                    rrule="FREQ=WEEKLY;BYDAY=WE,SA",
                    start_date=start,
                    start_time=time(18),
                    duration_minutes=45,
                )
            ],
        ),
    ]
    ids = []
    strategy_ids: dict[str, int] = {}
    for draft in drafts:
        if draft.strategy.statement in strategy_ids:
            draft.strategy_id = strategy_ids[draft.strategy.statement]
        ids.append(goals.save(draft))
        saved = goals.load_draft(ids[-1])
        assert saved.strategy_id is not None
        strategy_ids[draft.strategy.statement] = saved.strategy_id

    behind, on_track, stretch = ids
    for i, day in enumerate(_weekly(start, today), start=1):
        measurements.log(behind, day, round(40 + 2.5 * i + (1 if i % 3 == 0 else 0)), "")
        measurements.log(on_track, day, round(95 - 5 * i - 3 * math.sin(i)), "")
        measurements.log(stretch, day, 1200 + 42 * i + 5 * (i % 2), "")
    measurements.log(on_track, start + timedelta(days=35), 58, "Started the saved-replies library")
    for task in plan.tasks():
        for i, occ in enumerate(plan.occurrences(start, today - timedelta(days=1), goal_id=task.goal_id)):
            if occ.task_id != task.id:
                continue
            if i % 5 == 3:
                plan.mark(occ.task_id, occ.day, TaskOutcome.SKIPPED, "Busy with a trade fair")
            elif i % 7 != 6:
                plan.mark(occ.task_id, occ.day, TaskOutcome.DONE)
    return ids
