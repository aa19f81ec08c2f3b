"""The plan on the calendar: task occurrences in a range, ticked done or skipped."""

from __future__ import annotations

from datetime import date

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.domain.schedule import occurrences, summary
from smartgoals_app.domain.validation import MAX_LONG, ValidationError, check_text
from smartgoals_app.services.records import TaskOccurrence, TaskRecord
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Task, TaskCompletion, utc_now


class PlanService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def tasks(self, goal_id: int | None = None) -> list[TaskRecord]:
        with self._db.reading() as session:
            rows = repo.tasks_for(session, goal_id=goal_id)
            titles = {g.id: g.title for g in repo.list_goals(session)}
            return [
                TaskRecord(
                    id=t.id,
                    goal_id=t.goal_id,
                    goal_title=titles.get(t.goal_id, ""),
                    title=t.title,
                    rrule=t.rrule,
                    start_date=t.start_date,
                    start_time=t.start_time,
                    duration_minutes=t.duration_minutes,
                    notes=t.notes,
                    paused=t.paused,
                    summary=summary(
                        t.rrule,
                        start_time=t.start_time,
                        duration_minutes=t.duration_minutes,
                        start_date=t.start_date,
                    ),
                )
                for t in rows
                if t.id is not None
            ]

    def occurrences(
        self, range_start: date, range_end: date, *, goal_id: int | None = None, include_paused: bool = False
    ) -> list[TaskOccurrence]:
        """Every occurrence of every task in the range, with what was recorded for it."""
        tasks = [t for t in self.tasks(goal_id) if include_paused or not t.paused]
        with self._db.reading() as session:
            done = {
                (c.task_id, c.occurrence_date): c
                for c in repo.completions_between(
                    session, start=range_start, end=range_end, task_ids=[t.id for t in tasks]
                )
            }
        result = []
        for task in tasks:
            for occ in occurrences(
                task.rrule,
                start_date=task.start_date,
                start_time=task.start_time,
                duration_minutes=task.duration_minutes,
                range_start=range_start,
                range_end=range_end,
            ):
                mark = done.get((task.id, occ.day))
                result.append(
                    TaskOccurrence(
                        task_id=task.id,
                        goal_id=task.goal_id,
                        goal_title=task.goal_title,
                        title=task.title,
                        start=occ.start,
                        end=occ.end,
                        outcome=TaskOutcome(mark.outcome) if mark else None,
                        note=mark.note if mark else "",
                    )
                )
        result.sort(key=lambda o: (o.start, o.task_id))
        return result

    def mark(self, task_id: int, day: date, outcome: TaskOutcome, note: str = "") -> None:
        """Tick an occurrence done or skipped; marking it again replaces the earlier mark."""
        if message := check_text(note, label="The note", required=False, limit=MAX_LONG):
            raise ValidationError({"task_completion.note": message})
        with self._db.transaction() as session:
            if session.get(Task, task_id) is None:
                raise KeyError(task_id)
            row = repo.completion(session, task_id=task_id, day=day)
            if row is None:
                row = TaskCompletion(task_id=task_id, occurrence_date=day, outcome=outcome.value)
            row.outcome = outcome.value
            row.note = note.strip()
            row.recorded_at = utc_now()
            session.add(row)

    def unmark(self, task_id: int, day: date) -> None:
        with self._db.transaction() as session:
            row = repo.completion(session, task_id=task_id, day=day)
            if row is not None:
                session.delete(row)

    def goal_exists(self, goal_id: int) -> bool:
        with self._db.reading() as session:
            return session.get(Goal, goal_id) is not None
