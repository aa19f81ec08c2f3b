"""What a report holds, gathered from the dashboard's controller and the plan service.

No figure is computed here: the summary rows are the dashboard's (presenters), the chart
is the dashboard's ChartData (domain roads and trend), adherence is PlanService's. This
only picks the goals of the chosen scope and groups them by strategy. Free of widgets,
so the CLI builds a report with a QGuiApplication alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from smartgoals_app.domain.adherence import Adherence
from smartgoals_app.domain.text import Text, translate
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.records import GoalOverview, ReviewRecord
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard.controller import DashboardController
from smartgoals_app.ui.dashboard.presenters import summary_rows

if TYPE_CHECKING:  # numpy loads when the first chart is built, not with the menu
    from smartgoals_app.ui.dashboard.chart_data import ChartData


class ReportError(RuntimeError):
    """Why no report was made; ``args[0]`` is a Text worded for the user."""


@dataclass(frozen=True)
class Scope:
    """One goal, one strategy, or (neither given) every goal."""

    goal_id: int | None = None
    strategy_id: int | None = None


@dataclass(frozen=True)
class GoalSection:
    goal: GoalOverview
    why: str
    rows: list[tuple[str, str]]  # the dashboard's summary: (label Text, value)
    chart: ChartData
    adherence: Adherence | None  # None when the goal has no task planned
    review: ReviewRecord | None = None  # the newest review, once there is one


@dataclass(frozen=True)
class StrategySection:
    statement: str
    goals: list[GoalSection]


@dataclass(frozen=True)
class Report:
    scope: Scope
    made_on: date
    strategies: list[StrategySection]

    @property
    def goal_count(self) -> int:
        return sum(len(s.goals) for s in self.strategies)

    @property
    def first_title(self) -> str:
        return self.strategies[0].goals[0].goal.title


def gather(
    scope: Scope,
    *,
    goals: GoalService,
    measurements: MeasurementService,
    plan: PlanService,
    today: Callable[[], date],
) -> Report:
    """The report of ``scope``; ReportError when the scope names nothing that exists."""
    controller = DashboardController(goals=goals, measurements=measurements, plan=plan, today=today, fmt=fmt)
    overviews = controller.load_overview()
    chosen = _in_scope(scope, overviews)
    day = today()
    strategies: dict[int, StrategySection] = {}
    for goal in chosen:
        model = controller.detail(goal.id)
        if model is None:  # deleted between the two reads
            continue
        section = GoalSection(
            goal=goal,
            why=model.why,
            rows=summary_rows(goal, fmt),
            chart=model.chart,
            adherence=plan.goal_adherence(goal.id, day) if controller.task_count(goal.id) else None,
            review=goals.latest_review(goal.id),
        )
        strategies.setdefault(goal.strategy_id, StrategySection(goal.strategy, [])).goals.append(section)
    if not strategies:
        raise ReportError(_NO_GOALS)
    return Report(scope=scope, made_on=day, strategies=list(strategies.values()))


_NO_GOALS: Text = translate("Report", "There are no goals to report on yet.")


def _in_scope(scope: Scope, overviews: list[GoalOverview]) -> list[GoalOverview]:
    if scope.goal_id is not None:
        found = [g for g in overviews if g.id == scope.goal_id]
        if not found:
            raise ReportError(translate("Report", "There is no goal with id {id}.").format(id=scope.goal_id))
        return found
    if scope.strategy_id is not None:
        found = [g for g in overviews if g.strategy_id == scope.strategy_id]
        if not found:
            raise ReportError(
                translate("Report", "There is no strategy with id {id}, or it has no goals.").format(
                    id=scope.strategy_id
                )
            )
        return found
    if not overviews:
        raise ReportError(_NO_GOALS)
    return overviews
