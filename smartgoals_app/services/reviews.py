"""The review at a goal's deadline: what the review screen shows, and its three endings.

Every figure comes from the domain (review.py, task_effect.py, adherence.py,
target_history.py); this module reads the rows they need and writes what the user
decided, each decision in one transaction with its review row:

- repeat: a new goal copied from this one (its plan too), starting from the final
  figure, with the targets the user accepted; this goal is archived, as the repeat
  carries it on;
- raise: new targets (and perhaps a new deadline) for this goal, the old ones kept
  in target_change;
- close: this goal is archived with its outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session

from smartgoals_app.domain.adherence import Mark, Share, share_between
from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.domain.enums import Direction, GoalLifecycle
from smartgoals_app.domain.progress import GoalSpec, Point
from smartgoals_app.domain.review import (
    NextStep,
    NextTargets,
    ReviewEntry,
    ReviewFigures,
    check_entry,
    next_targets,
    review_figures,
)
from smartgoals_app.domain.task_effect import TaskEffect, effect_hint, periods, task_effect
from smartgoals_app.domain.text import Text, translate
from smartgoals_app.domain.validation import NotFoundError, ValidationError, is_storable_int, validate_goal
from smartgoals_app.services.goals import (
    GoalService,
    fill_goal,
    record_target_change,
    review_record,
    spec_of,
    sync_tasks,
)
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.records import ReviewRecord
from smartgoals_app.services.versions import check_seen
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Review, utc_now

Clock = Callable[[], date]


@dataclass(frozen=True, slots=True)
class CheckinNote:
    day: date
    value: float
    note: str


@dataclass(frozen=True, slots=True)
class TaskHint:
    task_id: int
    title: str
    effect: TaskEffect
    hint: Text


@dataclass(frozen=True, slots=True)
class ReviewSheet:
    """Everything the review screen shows for one goal."""

    goal_id: int
    title: str
    unit: str
    direction: Direction
    lifecycle: GoalLifecycle
    spec: GoalSpec
    figures: ReviewFigures | None  # None until the goal has a check-in
    plan: Share | None  # done of due occurrences from the start to the final figure; None without tasks
    notes: list[CheckinNote]  # the check-ins with a note, oldest first
    tasks: list[TaskHint]
    suggestion: NextTargets | None  # the repeat's targets
    reviews: list[ReviewRecord]  # earlier reviews, oldest first
    version: int = 1  # the goal's, as read: the review is saved against it


_NO_FIGURE = translate(
    "ReviewService", "Log a check-in first: a review compares the final figure with the targets."
)


class ReviewService:
    def __init__(
        self, db: Database, *, goals: GoalService, plan: PlanService, today: Clock = date.today
    ) -> None:
        self._db = db
        self._goals = goals
        self._plan = plan
        self._today = today

    # -- reading -------------------------------------------------------------
    def latest(self, goal_id: int) -> ReviewRecord | None:
        """The goal's newest review, shown on the goal from then on."""
        return self._goals.latest_review(goal_id)

    def sheet(self, goal_id: int) -> ReviewSheet:
        if not is_storable_int(goal_id):
            raise NotFoundError("goal", goal_id)
        today = self._today()
        with self._db.reading() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                raise NotFoundError("goal", goal_id)
            spec = spec_of(goal)
            rows = repo.measurements_for(session, goal_id=goal_id)
            reviews = [review_record(r) for r in repo.reviews_for(session, goal_id=goal_id)]
            title, unit, direction = goal.title, goal.unit, Direction(goal.direction)
            lifecycle = GoalLifecycle(goal.status)
            version = goal.version
        points = [Point(m.measured_on, m.value) for m in rows]
        figures = review_figures(spec, points)
        end = figures.final.day if figures is not None else min(spec.deadline, today)
        tasks = self._plan.tasks(goal_id)
        marks: dict[int, list[Mark]] = {}
        if tasks:
            first = min(spec.start, *(t.start_date for t in tasks))
            for occ in self._plan.occurrences(first, max(end, spec.deadline), tasks=tasks):
                marks.setdefault(occ.task_id, []).append(Mark(occ.day, occ.outcome))
        plan = (
            share_between(
                [m for items in marks.values() for m in items], first=spec.start, last=end, today=today
            )
            if tasks
            else None
        )
        # Check-ins up to the final figure: what came after it is a later story.
        counted = [p for p in points if p.day >= spec.start and p.day <= end] if figures else []
        spans = periods([Point(spec.start, spec.baseline), *counted], direction)
        hints = []
        for task in tasks:
            effect = task_effect(spans, marks.get(task.id, []), today=today)
            hints.append(TaskHint(task.id, task.title, effect, effect_hint(effect, unit)))
        return ReviewSheet(
            goal_id=goal_id,
            title=title,
            unit=unit,
            direction=direction,
            lifecycle=lifecycle,
            spec=spec,
            figures=figures,
            plan=plan,
            notes=[CheckinNote(m.measured_on, m.value, m.note) for m in rows if m.note.strip()],
            tasks=hints,
            suggestion=next_targets(spec, figures) if figures is not None else None,
            reviews=reviews,
            version=version,
        )

    # -- the three endings ---------------------------------------------------
    def repeat(
        self, goal_id: int, entry: ReviewEntry, targets: NextTargets, *, seen_version: int | None = None
    ) -> int:
        """Record the review, start the repeat from the final figure and archive this
        goal; the new goal's id. Each way of saving a review raises ConflictError
        (nothing written) when the goal changed since the review read it at
        ``seen_version``."""
        figures = self._figures(goal_id)
        draft = self._goals.load_draft(goal_id)
        today = self._today()
        repeat = replace(
            draft,
            goal_id=None,
            baseline_value=figures.final.value,
            baseline_date=figures.final.day,
            start_date=targets.start,
            deadline=targets.deadline,
            benchmark_target=targets.benchmark,
            stretch_target=targets.stretch,
            # The plan carries on from today: occurrences before it would count as missed.
            tasks=[replace(t, task_id=None, start_date=max(targets.start, today)) for t in draft.tasks],
        )
        self._check(entry, repeat)
        assert draft.strategy_id is not None
        with self._db.transaction() as session:
            goal = self._goal(session, goal_id, seen_version)
            new = Goal(strategy_id=draft.strategy_id)  # type: ignore[call-arg]
            fill_goal(new, repeat, draft.strategy_id)
            session.add(new)
            session.flush()
            assert new.id is not None
            sync_tasks(session, new.id, repeat.tasks, default_start=targets.start, today=today)
            session.add(self._row(goal_id, entry, figures, NextStep.REPEAT, next_goal_id=new.id))
            self._archive(goal)
            session.add(goal)
            return new.id

    def raise_targets(
        self,
        goal_id: int,
        entry: ReviewEntry,
        *,
        benchmark: float,
        stretch: float,
        deadline: date,
        seen_version: int | None = None,
    ) -> None:
        """Record the review and give this goal new targets; the old ones stay in its history."""
        figures = self._figures(goal_id)
        draft = self._goals.load_draft(goal_id)
        raised = replace(draft, benchmark_target=benchmark, stretch_target=stretch, deadline=deadline)
        errors = check_entry(entry) | validate_goal(raised, self._today())
        if deadline < self._today():
            errors.setdefault(
                "goal.deadline",
                translate("ReviewService", "A raised goal needs a deadline from today on."),
            )
        if (
            benchmark == draft.benchmark_target
            and stretch == draft.stretch_target
            and deadline == draft.deadline
        ):
            errors.setdefault(
                "goal.benchmark_target",
                translate(
                    "ReviewService", "These are the goal's targets already: change a target to raise it."
                ),
            )
        if errors:
            raise ValidationError(errors)
        today = self._today()
        with self._db.transaction() as session:
            goal = self._goal(session, goal_id, seen_version)
            record_target_change(
                session, goal, benchmark=benchmark, stretch=stretch, deadline=deadline, today=today
            )
            goal.benchmark_target = benchmark
            goal.stretch_target = stretch
            goal.deadline = deadline
            goal.status = GoalLifecycle.ACTIVE.value
            goal.updated_at = utc_now()
            session.add(goal)
            session.add(self._row(goal_id, entry, figures, NextStep.RAISE))

    def close(self, goal_id: int, entry: ReviewEntry, *, seen_version: int | None = None) -> None:
        """Record the review and archive the goal with its outcome."""
        figures = self._figures(goal_id)
        self._check(entry, None)
        with self._db.transaction() as session:
            goal = self._goal(session, goal_id, seen_version)
            self._archive(goal)
            session.add(goal)
            session.add(self._row(goal_id, entry, figures, NextStep.CLOSE))

    # -- helpers -------------------------------------------------------------
    def _figures(self, goal_id: int) -> ReviewFigures:
        figures = self.sheet(goal_id).figures
        if figures is None:
            raise ValidationError({"review.outcome": _NO_FIGURE})
        return figures

    def _check(self, entry: ReviewEntry, draft: GoalDraft | None) -> None:
        errors = check_entry(entry)
        if draft is not None:
            errors |= validate_goal(draft, self._today())
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def _goal(session: Session, goal_id: int, seen_version: int | None = None) -> Goal:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise NotFoundError("goal", goal_id)
        check_seen("goal", goal, seen_version, title=goal.title)
        return goal

    @staticmethod
    def _archive(goal: Goal) -> None:
        goal.status = GoalLifecycle.ARCHIVED.value
        goal.updated_at = utc_now()

    def _row(
        self,
        goal_id: int,
        entry: ReviewEntry,
        figures: ReviewFigures,
        step: NextStep,
        *,
        next_goal_id: int | None = None,
    ) -> Review:
        return Review(
            goal_id=goal_id,
            reviewed_on=self._today(),
            outcome=entry.outcome.value,
            final_value=figures.final.value,
            final_date=figures.final.day,
            what_worked=entry.what_worked.strip(),
            what_did_not=entry.what_did_not.strip(),
            next_step=step.value,
            next_goal_id=next_goal_id,
        )
