"""Complete, valid drafts of the three kinds of goal the method teaches: an outcome that
should grow (newsletter sign-ups), one that should shrink (response time) and a vanity
metric tied to an outcome (followers). The demo data and the tests build their goals
here, each with its own words and numbers passed as changes, so a new draft field is
filled in one place.

Changes go through `dataclasses.replace`, so a misspelt field name is an error, not a
silently ignored attribute.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from typing import Any

from smartgoals_app.domain.draft import GoalDraft, StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Direction, MetricKind


def signups_goal(start: date, **changes: Any) -> GoalDraft:
    """More is better: newsletter sign-ups from Facebook, with one weekly task."""
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
        baseline_date=start,
        title="Grow newsletter sign-ups from Facebook from 120 to 200 by 31 Mar 2027",
        start_date=start,
        deadline=start + timedelta(days=129),
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
    return replace(draft, **changes)


def response_time_goal(start: date, **changes: Any) -> GoalDraft:
    """Less is better: minutes to answer messages on X, judged in business hours."""
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
        baseline_date=start,
        title="Answer messages on X within 15 minutes in business hours by 31 Jan 2027",
        start_date=start,
        deadline=start + timedelta(days=70),
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
    return replace(draft, **changes)


def followers_goal(start: date, **changes: Any) -> GoalDraft:
    """A vanity metric: Instagram followers, otherwise shaped like the sign-ups goal."""
    draft = signups_goal(
        start,
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
    return replace(draft, **changes)
