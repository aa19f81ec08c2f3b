"""Use cases on goals: save a whole wizard draft at once, list goals with their status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlmodel import Session, col, select

from smartgoals_app.domain.draft import GoalDraft, StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Cadence, Direction, GoalLifecycle, MetricKind
from smartgoals_app.domain.progress import TREND_POINTS, GoalSpec, Point
from smartgoals_app.domain.review import NextStep, Outcome
from smartgoals_app.domain.schedule import next_checkin
from smartgoals_app.domain.target_history import TargetChangeFact
from smartgoals_app.domain.text import translate
from smartgoals_app.domain.validation import (
    NotFoundError,
    ValidationError,
    is_storable_int,
    validate_goal,
    validate_has_task,
)
from smartgoals_app.services.plan import apply_task_edit, fill_task
from smartgoals_app.services.records import GoalOverview, ReviewRecord, StrategyRecord
from smartgoals_app.services.versions import check_seen
from smartgoals_app.services.workspaces import OpenWorkspace
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Review, Strategy, TargetChange, Task, Workspace, utc_now

Clock = Callable[[], date]


# Stored words to their enum members by a dict: Enum(value) per goal was a tenth of
# the cost of listing thousands of goals.
_DIRECTIONS = {member.value: member for member in Direction}
_CADENCES = {member.value: member for member in Cadence}
_KINDS = {member.value: member for member in MetricKind}
_LIFECYCLES = {member.value: member for member in GoalLifecycle}


def spec_of(goal: Goal) -> GoalSpec:
    return GoalSpec(
        baseline=goal.baseline_value,
        start=goal.start_date,
        deadline=goal.deadline,
        benchmark=goal.benchmark_target,
        stretch=goal.stretch_target,
        direction=_DIRECTIONS.get(goal.direction) or Direction(goal.direction),
    )


class GoalService:
    def __init__(
        self, db: Database, *, today: Clock = date.today, workspace: OpenWorkspace | None = None
    ) -> None:
        """``workspace``: the window's open workspace, read at each call (lists show its
        goals, new strategies go into it); without one, every workspace, as before."""
        self._db = db
        self._today = today
        self._workspace = workspace or OpenWorkspace()
        # The rows last handed out: the progress they worked out is kept.
        self._shown: dict[int, GoalOverview] = {}

    # -- writing -------------------------------------------------------------
    def save(self, draft: GoalDraft) -> int:
        """Create or update the goal, its strategy and its tasks in one transaction.

        Raises ValidationError (nothing written) when the draft has any error, or no task;
        for an edit, NotFoundError when the goal was deleted meanwhile and ConflictError
        when it or one of its tasks was changed since the draft was read from it
        (``draft.version``, each task's ``version``).
        """
        errors = validate_goal(draft, self._today()) | validate_has_task(draft)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            strategy_id = draft.strategy_id
            if strategy_id is None:
                strategy = Strategy(statement="", workspace_id=self._workspace_for_new(session))
                _fill_strategy(strategy, draft.strategy)
                session.add(strategy)
                session.flush()
                assert strategy.id is not None
                strategy_id = strategy.id
                repo.set_strategy_networks(session, strategy_id=strategy_id, networks=draft.strategy.networks)
            elif (chosen := session.get(Strategy, strategy_id)) is None:
                raise ValidationError(
                    {"strategy.statement": translate("GoalService", "That strategy no longer exists.")}
                )
            elif self._workspace.id not in (None, chosen.workspace_id):
                # A draft begun in another workspace: its goal would land out of sight.
                raise ValidationError(
                    {
                        "strategy.statement": translate(
                            "GoalService",
                            "That strategy belongs to another workspace: choose one of this "
                            "workspace's strategies, or write a new one.",
                        )
                    }
                )
            if draft.goal_id is None:
                goal = Goal(strategy_id=strategy_id)  # type: ignore[call-arg]
            else:
                found = session.get(Goal, draft.goal_id)
                if found is None:
                    raise NotFoundError("goal", draft.goal_id)
                check_seen("goal", found, draft.version, title=found.title)
                goal = found
                record_target_change(
                    session,
                    goal,
                    benchmark=draft.benchmark_target,
                    stretch=draft.stretch_target,
                    deadline=draft.deadline,
                    today=self._today(),
                )
            fill_goal(goal, draft, strategy_id)
            session.add(goal)
            session.flush()
            assert goal.id is not None
            sync_tasks(
                session,
                goal.id,
                draft.tasks,
                default_start=draft.start_date,
                today=self._today(),
                loaded=draft.loaded_task_ids,
            )
            draft_row = repo.draft_for(session, goal_id=draft.goal_id)
            if draft_row is not None:
                session.delete(draft_row)
            return goal.id

    def _workspace_for_new(self, session: Session) -> int:
        wanted = self._workspace.id
        if wanted is None:
            return repo.open_workspace_id(session)
        if session.get(Workspace, wanted) is None:
            raise ValidationError(
                {
                    "strategy.workspace_id": translate(
                        "GoalService",
                        "The open workspace no longer exists, or you are no longer a member of it: "
                        "choose another one in the Workspace menu.",
                    )
                }
            )
        return wanted

    def set_lifecycle(self, goal_id: int, lifecycle: GoalLifecycle) -> None:
        if not is_storable_int(goal_id):
            raise NotFoundError("goal", goal_id)  # as for any goal that is not there
        with self._db.transaction() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                raise NotFoundError("goal", goal_id)
            goal.status = lifecycle.value
            goal.updated_at = utc_now()
            session.add(goal)

    def delete(self, goal_id: int) -> None:
        """Delete a goal with its measurements, tasks and their history."""
        if not is_storable_int(goal_id):
            return
        with self._db.transaction() as session:
            goal = session.get(Goal, goal_id)
            if goal is not None:
                session.delete(goal)

    # -- reading -------------------------------------------------------------
    def load_draft(self, goal_id: int) -> GoalDraft:
        """A draft of an existing goal, to edit it in the wizard."""
        if not is_storable_int(goal_id):
            raise NotFoundError("goal", goal_id)
        with self._db.reading() as session:
            goal = session.get(Goal, goal_id)
            if goal is None:
                raise NotFoundError("goal", goal_id)
            tasks = repo.tasks_for(session, goal_id=goal_id)
            strategy = session.get(Strategy, goal.strategy_id)
            networks = repo.strategy_networks(session, strategy_ids=[goal.strategy_id])
            assert strategy is not None
            return GoalDraft(
                goal_id=goal.id,
                strategy_id=goal.strategy_id,
                strategy=StrategyDraft(
                    statement=strategy.statement,
                    template=strategy.template,
                    networks=networks.get(goal.strategy_id, []),
                    business_days=_split(strategy.business_days),
                    business_start=strategy.business_start,
                    business_end=strategy.business_end,
                ),
                network=goal.network,
                metric_key=goal.metric_key,
                metric_name=goal.metric_name,
                unit=goal.unit,
                direction=Direction(goal.direction),
                kind=MetricKind(goal.kind),
                outcome_link=goal.outcome_link,
                data_source=goal.data_source,
                baseline_value=goal.baseline_value,
                baseline_date=goal.baseline_date,
                title=goal.title,
                start_date=goal.start_date,
                deadline=goal.deadline,
                why=goal.why,
                impact=goal.impact,
                audience=goal.audience,
                benchmark_target=goal.benchmark_target,
                stretch_target=goal.stretch_target,
                cadence=Cadence(goal.cadence),
                budget_per_month=goal.budget_per_month,
                hours_per_week=goal.hours_per_week,
                tasks=[
                    TaskDraft(
                        title=t.title,
                        rrule=t.rrule,
                        start_date=t.start_date,
                        start_time=t.start_time,
                        duration_minutes=t.duration_minutes,
                        notes=t.notes,
                        paused=t.paused,
                        task_id=t.id,
                        version=t.version,
                    )
                    for t in tasks
                ],
                version=goal.version,
                loaded_task_ids=[t.id for t in tasks if t.id is not None],
            )

    def has_goals(self) -> bool:
        """Whether any goal exists (cheap: start-up asks it before the list is built)."""
        query = select(Goal.id).limit(1)
        if self._workspace.id is not None:
            in_workspace = select(Strategy.id).where(Strategy.workspace_id == self._workspace.id)
            query = query.where(col(Goal.strategy_id).in_(in_workspace))
        with self._db.reading() as session:
            return session.exec(query).first() is not None

    def history(self, goal_id: int) -> list[Point]:
        """The goal's measurements as points, oldest first (SMART's Attainable reads them)."""
        if not is_storable_int(goal_id):
            return []
        with self._db.reading() as session:
            return [Point(m.measured_on, m.value) for m in repo.measurements_for(session, goal_id=goal_id)]

    def latest_review(self, goal_id: int) -> ReviewRecord | None:
        """The goal's newest review (the goal shows it, and so does the report)."""
        if not is_storable_int(goal_id):
            return None
        with self._db.reading() as session:
            rows = repo.reviews_for(session, goal_id=goal_id)
        return review_record(rows[-1]) if rows else None

    def target_changes(self, goal_id: int) -> list[TargetChangeFact]:
        """The goal's target history, oldest first (the chart draws each period's road)."""
        if not is_storable_int(goal_id):
            return []
        with self._db.reading() as session:
            rows = repo.target_changes_for(session, goal_id=goal_id)
        return [
            TargetChangeFact(
                changed_on=r.changed_on,
                old_benchmark=r.old_benchmark,
                old_stretch=r.old_stretch,
                new_benchmark=r.new_benchmark,
                new_stretch=r.new_stretch,
                old_deadline=r.old_deadline,
                new_deadline=r.new_deadline,
            )
            for r in rows
        ]

    def strategies(self) -> list[StrategyRecord]:
        with self._db.reading() as session:
            # Archived ones stay out of the wizard, and so do other workspaces'.
            rows = repo.list_strategies(session, include_archived=False, workspace_id=self._workspace.id)
            networks = repo.strategy_networks(session, strategy_ids=[s.id for s in rows if s.id])
            return [
                StrategyRecord(
                    id=s.id,
                    statement=s.statement,
                    template=s.template,
                    networks=tuple(networks.get(s.id, [])),
                    business_days=tuple(_split(s.business_days)),
                    business_start=s.business_start,
                    business_end=s.business_end,
                    version=s.version,
                )
                for s in rows
                if s.id is not None
            ]

    def overview(
        self,
        *,
        include_archived: bool = True,
        points: int = TREND_POINTS,
        first: int | None = None,
        after: int = 0,
    ) -> list[GoalOverview]:
        """Every goal with what its progress today is worked out from: two queries
        whatever the number of goals, read as plain rows (no ORM object per goal), and
        no progress worked out until a row's is asked for (GoalOverview.progress). Each
        carries its newest ``points`` figures (at least the trend's) in ``recent``, for
        a small chart.

        ``first`` reads only that many goals (at most repo.RECENT_OF_MOST) and their
        figures, and ``after`` skips that many, in the same order: a long list's first
        screen is read before the rest."""
        today = self._today()
        per_goal = max(points, TREND_POINTS)
        with self._db.reading() as session:
            goals = repo.goal_rows(
                session,
                include_archived=include_archived,
                workspace_id=self._workspace.id,
                limit=first,
                offset=after,
            )
            # A first screen's figures are read for its goals only; the rest's with every
            # goal's, one statement either way.
            listed = [row[0] for row in goals] if first is not None else None
            recent = repo.recent_points(session, per_goal=per_goal, goal_ids=listed)
        result = []
        earlier = self._shown
        no_points: list[tuple[date, float]] = []
        # Unpacked by place: reading 16 fields of 5,000 rows by name was a fifth of the list's cost.
        for (
            goal_id,
            strategy_id,
            title,
            network,
            metric_name,
            unit,
            direction,
            kind,
            cadence_word,
            status,
            baseline_value,
            baseline_date,
            benchmark_target,
            stretch_target,
            start_date,
            deadline,
            statement,
        ) in goals:
            spec = GoalSpec(
                baseline=baseline_value,
                start=start_date,
                deadline=deadline,
                benchmark=benchmark_target,
                stretch=stretch_target,
                direction=_DIRECTIONS.get(direction) or Direction(direction),
            )
            read = recent.get(goal_id, no_points)
            # The pairs as read: Points are made only when a row's progress is asked for.
            trend = tuple(read[-TREND_POINTS:])
            shown = trend if points == TREND_POINTS else tuple(read[-points:]) if points else ()
            # Progress depends only on the spec, the newest points and the day: an
            # earlier row's, once worked out, is kept while these stay the same.
            before = earlier.get(goal_id)
            known = (
                before.progress
                if before is not None
                and before.progress_known
                and (before.spec, before.trend, before.as_of) == (spec, trend, today)
                else None
            )
            cadence = _CADENCES.get(cadence_word) or Cadence(cadence_word)
            upcoming = next_checkin(
                cadence,
                start=start_date,
                deadline=deadline,
                last_measured=trend[-1][0] if trend else None,
            )
            result.append(
                GoalOverview(
                    id=goal_id,
                    strategy_id=strategy_id,
                    strategy=statement,
                    title=title,
                    network=network,
                    metric_name=metric_name,
                    unit=unit,
                    direction=spec.direction,
                    kind=_KINDS.get(kind) or MetricKind(kind),
                    cadence=cadence,
                    lifecycle=_LIFECYCLES.get(status) or GoalLifecycle(status),
                    spec=spec,
                    trend=trend,
                    as_of=today,
                    next_checkin=upcoming,
                    checkin_due=upcoming is not None and upcoming <= today,
                    baseline_date=baseline_date,
                    recent=shown,
                    known_progress=known,
                )
            )
        fresh = {row.id: row for row in result}
        whole = include_archived and first is None and not after
        self._shown = fresh if whole else {**earlier, **fresh}
        return result

    def listed_count(self, *, include_archived: bool = True) -> int:
        """How many goals overview() lists whole (one count, no figures read)."""
        with self._db.reading() as session:
            return repo.goal_row_count(
                session, include_archived=include_archived, workspace_id=self._workspace.id
            )


def record_target_change(
    session: Session,
    goal: Goal,
    *,
    benchmark: float | None,
    stretch: float | None,
    deadline: date | None,
    today: date,
) -> None:
    """Keep the goal's targets before a change (target history), when they change.

    The caller then writes the new targets onto the goal in the same transaction."""
    assert goal.id is not None
    benchmark = goal.benchmark_target if benchmark is None else benchmark
    stretch = goal.stretch_target if stretch is None else stretch
    deadline = goal.deadline if deadline is None else deadline
    moved = deadline != goal.deadline
    if benchmark == goal.benchmark_target and stretch == goal.stretch_target and not moved:
        return
    session.add(
        TargetChange(
            goal_id=goal.id,
            changed_on=today,
            old_benchmark=goal.benchmark_target,
            old_stretch=goal.stretch_target,
            new_benchmark=benchmark,
            new_stretch=stretch,
            old_deadline=goal.deadline if moved else None,
            new_deadline=deadline if moved else None,
        )
    )


def review_record(row: Review) -> ReviewRecord:
    assert row.id is not None
    return ReviewRecord(
        id=row.id,
        goal_id=row.goal_id,
        reviewed_on=row.reviewed_on,
        outcome=Outcome(row.outcome),
        final_value=row.final_value,
        final_date=row.final_date,
        what_worked=row.what_worked,
        what_did_not=row.what_did_not,
        next_step=NextStep(row.next_step),
        next_goal_id=row.next_goal_id,
    )


def _split(days: str | None) -> list[str]:
    return [d for d in (days or "").split(",") if d]


def _fill_strategy(strategy: Strategy, draft: StrategyDraft) -> None:
    strategy.statement = draft.statement.strip()
    strategy.template = draft.template
    strategy.business_days = ",".join(draft.business_days) or None
    strategy.business_start = draft.business_start
    strategy.business_end = draft.business_end


def fill_goal(goal: Goal, draft: GoalDraft, strategy_id: int) -> None:
    # validate_goal() has already refused a draft with any of these missing.
    assert draft.baseline_value is not None
    assert draft.baseline_date is not None
    assert draft.benchmark_target is not None
    assert draft.stretch_target is not None
    assert draft.start_date is not None
    assert draft.deadline is not None
    assert draft.network
    goal.strategy_id = strategy_id
    goal.title = draft.title.strip()
    goal.network = draft.network
    goal.metric_key = draft.metric_key
    goal.metric_name = draft.metric_name.strip()
    goal.unit = draft.unit.strip()
    goal.direction = draft.direction.value
    goal.kind = draft.kind.value
    goal.outcome_link = draft.outcome_link.strip()
    goal.data_source = draft.data_source.strip()
    goal.baseline_value = draft.baseline_value
    goal.baseline_date = draft.baseline_date
    goal.benchmark_target = draft.benchmark_target
    goal.stretch_target = draft.stretch_target
    goal.start_date = draft.start_date
    goal.deadline = draft.deadline
    goal.why = draft.why.strip()
    goal.impact = draft.impact.strip()
    goal.audience = draft.audience.strip()
    goal.cadence = draft.cadence.value
    goal.budget_per_month = draft.budget_per_month
    goal.hours_per_week = draft.hours_per_week
    goal.updated_at = utc_now()


def sync_tasks(
    session: Session,
    goal_id: int,
    drafts: list[TaskDraft],
    *,
    default_start: date | None,
    today: date,
    loaded: list[int] | None = None,
) -> None:
    """Update tasks by id so their completion history survives (a changed rule splits the
    task, as in the Plan tab); add new ones, drop removed ones: of those in `loaded` (the
    tasks the draft was read with) when given, so a task someone added meanwhile stays.
    A task changed since the draft read it (its ``version``) raises ConflictError."""
    existing = {t.id: t for t in repo.tasks_for(session, goal_id=goal_id)}
    kept: set[int] = set()
    for item in drafts:
        row = existing.get(item.task_id) if item.task_id is not None else None
        if row is not None:
            check_seen("task", row, item.version, title=row.title)
        if row is None:
            new = Task(goal_id=goal_id, title="", rrule="", start_date=date.min, start_time=item.start_time)
            fill_task(new, replace(item, start_date=item.start_date or default_start or today))
            session.add(new)
            continue
        kept.add(row.id)  # type: ignore[arg-type]
        apply_task_edit(session, row, item, goal_id=goal_id, today=today)
    droppable = None if loaded is None else set(loaded)
    for task_id, row in existing.items():
        if task_id not in kept and (droppable is None or task_id in droppable):
            session.delete(row)
