"""Ready-made drafts for tests: one per kind of goal the method teaches, built by the
same builder as the demo data (smartgoals_app/services/sample_goals.py)."""

from __future__ import annotations

from datetime import date

from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.sample_goals import followers_goal, response_time_goal, signups_goal
from smartgoals_app.storage.database import Database

# The names the tests have always used; `today` is the goal's start.
signups_draft = signups_goal
response_time_draft = response_time_goal
vanity_draft = followers_goal

__all__ = ["goal_without_tasks", "response_time_draft", "signups_draft", "vanity_draft"]


def goal_without_tasks(db: Database, start: date, draft: GoalDraft | None = None) -> int:
    """A stored goal with an empty plan, as the Plan tab leaves one whose tasks were all
    deleted: the goal service saves a goal only with a task."""
    goal_id = GoalService(db, today=lambda: start).save(draft or signups_draft(start))
    plan = PlanService(db, today=lambda: start)
    for task in plan.tasks(goal_id):
        plan.delete_task(task.id)
    return goal_id
