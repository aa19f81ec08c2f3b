"""The plan on the calendar: task occurrences in a range, ticked done or skipped;
tasks added, edited, paused and deleted; adherence; which reminders are due.

Editing a task so that its past dates change (another rule, another start) keeps
the history: the task is split. The old row keeps its completions and ends the
day before the change (UNTIL); a new row carries the new rule from then on. The
calendar export then updates the old event (it now ends) and adds the new one.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlmodel import Session, col, delete, select

from smartgoals_app.domain.adherence import Adherence, Mark, adherence
from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.enums import Cadence, TaskOutcome
from smartgoals_app.domain.schedule import (
    Occurrence,
    RuleError,
    checkin_dates,
    is_valid_rule,
    next_checkin,
    occurrences,
    rule_ending,
    summary,
)
from smartgoals_app.domain.text import translate
from smartgoals_app.domain.validation import (
    MAX_LONG,
    NotFoundError,
    ValidationError,
    check_storable,
    check_text,
    is_storable_int,
    validate_task,
)
from smartgoals_app.services.records import TaskOccurrence, TaskRecord
from smartgoals_app.services.versions import check_seen
from smartgoals_app.services.workspaces import OpenWorkspace
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.storage.models import Goal, ReminderSent, Task, TaskCompletion, utc_now

Clock = Callable[[], date]
TASK_LEAD = timedelta(minutes=10)  # remind this long before a task starts
HISTORY_DAYS = 7 * 52  # how far back adherence looks for the streak
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckinDue:
    """A check-in day of a goal; `done` once a value was logged for it."""

    goal_id: int
    goal_title: str
    day: date
    done: bool


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: str  # "task" or "checkin", as stored in reminder_sent
    ref_id: int  # task id or goal id
    start: datetime  # local wall-clock start (a check-in: its day at 00:00)
    title: str
    message: str


def due_reminders(
    tasks: Iterable[TaskOccurrence],
    checkins: Iterable[CheckinDue],
    *,
    now: datetime,
    lead: timedelta,
    sent: set[tuple[str, int, datetime]],
) -> list[Reminder]:
    """Pure: open task occurrences starting within `lead` from `now` (not yet started),
    and open check-ins dated today or earlier; minus those already sent."""
    result = []
    for occ in tasks:
        if occ.outcome is None and now <= occ.start <= now + lead:
            key = ("task", occ.task_id, occ.start)
            if key not in sent:
                minutes = max(0, round((occ.start - now).total_seconds() / 60))
                heading = (
                    translate("Reminders", "{task} now").format(task=occ.title)
                    if minutes == 0
                    else translate("Reminders", "{task} in {minutes} min").format(
                        task=occ.title, minutes=minutes
                    )
                )
                result.append(
                    Reminder(
                        "task",
                        occ.task_id,
                        occ.start,
                        heading,
                        f"{occ.start:%H:%M}-{occ.end:%H:%M} · {occ.goal_title}",
                    )
                )
    for checkin in checkins:
        start = datetime.combine(checkin.day, time.min)
        if not checkin.done and checkin.day <= now.date() and ("checkin", checkin.goal_id, start) not in sent:
            result.append(
                Reminder(
                    "checkin",
                    checkin.goal_id,
                    start,
                    translate("Reminders", "Check-in due"),
                    translate("Reminders", "Log this period's figure for “{goal}”.").format(
                        goal=checkin.goal_title
                    ),
                )
            )
    return result


SHORT_RANGE = 7  # days: expansions of ranges up to this long are kept between calls
EXPANSIONS_KEPT = 10_000  # at most this many kept; all are dropped when it fills

Expansion = tuple[str, date, time, int, date, date]  # a rule, its start and length, a range


class PlanService:
    def __init__(
        self, db: Database, *, today: Clock = date.today, workspace: OpenWorkspace | None = None
    ) -> None:
        """``workspace``: the window's open workspace, read at each call: the plan, its
        check-ins and reminders are its goals'. Without one, every workspace's."""
        self._db = db
        self._today = today
        self._workspace = workspace or OpenWorkspace()
        # A rule's occurrences in a short range, by what they depend on (not by task, so
        # an edited rule is a new entry): the reminder check asks for the same day's
        # every 30 seconds, and dateutil costs ~0.1 ms a rule however near the day is.
        self._expanded: dict[Expansion, list[Occurrence]] = {}

    def tasks(self, goal_id: int | None = None) -> list[TaskRecord]:
        """The tasks (of one goal, or all) with their goal's title: one query."""
        return self._read_tasks(goal_id, with_summary=True)

    def _read_tasks(self, goal_id: int | None, *, with_summary: bool) -> list[TaskRecord]:
        # The worded summary (a rule parsed and phrased, ~0.1 ms a task) is left out
        # where nobody reads it: occurrences for the calendar and the reminders.
        if goal_id is not None and not is_storable_int(goal_id):
            return []
        with self._db.reading() as session:
            rows = repo.task_rows(
                session, goal_id=goal_id, workspace_id=self._workspace.id if goal_id is None else None
            )
        return [
            TaskRecord(
                id=t.id,
                goal_id=t.goal_id,
                goal_title=t.goal_title,
                title=t.title,
                rrule=t.rrule,
                start_date=t.start_date,
                start_time=t.start_time,
                duration_minutes=t.duration_minutes,
                notes=t.notes,
                paused=bool(t.paused),
                summary=_summary(t) if with_summary else "",
                version=t.version,
            )
            for t in rows
        ]

    def occurrences(
        self,
        range_start: date,
        range_end: date,
        *,
        goal_id: int | None = None,
        include_paused: bool = False,
        tasks: Sequence[TaskRecord] | None = None,
    ) -> list[TaskOccurrence]:
        """Every occurrence of every task in the range, with what was recorded for it.

        A paused task is off the plan but keeps its history: only its ticked (done or
        skipped) occurrences are listed, unless `include_paused` asks for all of them.
        `tasks`, when the caller has them already (from tasks(goal_id)), saves reading them again.
        """
        if tasks is None:
            tasks = self._read_tasks(goal_id, with_summary=False)
        if not tasks:
            return []
        with self._db.reading() as session:
            done = {
                (task_id, day): (outcome, note)
                for task_id, day, outcome, note in repo.completion_rows(
                    session, start=range_start, end=range_end, task_ids=[t.id for t in tasks]
                )
            }
        result = []
        for task in tasks:
            for occ in self._expand(task, range_start, range_end):
                mark = done.get((task.id, occ.day))
                if task.paused and mark is None and not include_paused:
                    continue
                result.append(
                    TaskOccurrence(
                        task_id=task.id,
                        goal_id=task.goal_id,
                        goal_title=task.goal_title,
                        title=task.title,
                        start=occ.start,
                        end=occ.end,
                        outcome=TaskOutcome(mark[0]) if mark else None,
                        note=mark[1] if mark else "",
                    )
                )
        result.sort(key=lambda o: (o.start, o.task_id))
        return result

    def _expand(self, task: TaskRecord, range_start: date, range_end: date) -> list[Occurrence]:
        if (range_end - range_start).days >= SHORT_RANGE:
            return _occurrences_or_none(task, range_start, range_end)
        key = (task.rrule, task.start_date, task.start_time, task.duration_minutes, range_start, range_end)
        found = self._expanded.get(key)
        if found is None:
            if len(self._expanded) >= EXPANSIONS_KEPT:
                self._expanded.clear()
            found = self._expanded[key] = _occurrences_or_none(task, range_start, range_end)
        return found

    def mark(self, task_id: int, day: date, outcome: TaskOutcome, note: str = "") -> None:
        """Tick an occurrence done or skipped; marking it again replaces the earlier mark."""
        if message := check_text(
            note, label=translate("Validation", "The note"), required=False, limit=MAX_LONG
        ):
            raise ValidationError({"task_completion.note": message})
        if not is_storable_int(task_id):
            raise NotFoundError("task", task_id)  # as for any task that is not there
        with self._db.transaction() as session:
            if session.get(Task, task_id) is None:
                raise NotFoundError("task", task_id)
            row = repo.completion(session, task_id=task_id, day=day)
            if row is None:
                row = TaskCompletion(task_id=task_id, occurrence_date=day, outcome=outcome.value)
            row.outcome = outcome.value
            row.note = note.strip()
            row.recorded_at = utc_now()
            session.add(row)

    def unmark(self, task_id: int, day: date) -> None:
        if not is_storable_int(task_id):
            return
        with self._db.transaction() as session:
            row = repo.completion(session, task_id=task_id, day=day)
            if row is not None:
                session.delete(row)

    def goal_exists(self, goal_id: int) -> bool:
        if not is_storable_int(goal_id):
            return False
        with self._db.reading() as session:
            return session.get(Goal, goal_id) is not None

    # -- editing tasks -------------------------------------------------------
    def _check(self, goal_id: int, draft: TaskDraft) -> None:
        errors = validate_task(draft)
        if draft.start_date is None:
            errors["task.start_date"] = translate("PlanService", "Say from which day the task starts.")
        if errors:
            raise ValidationError(errors)
        if not self.goal_exists(goal_id):
            raise ValidationError({"task.goal": translate("PlanService", "That goal no longer exists.")})

    def add_task(self, goal_id: int, draft: TaskDraft) -> int:
        self._check(goal_id, draft)
        with self._db.transaction() as session:
            row = Task(goal_id=goal_id, title="", rrule="", start_date=date.min, start_time=draft.start_time)
            fill_task(row, draft)
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

    def update_task(self, task_id: int, draft: TaskDraft, *, goal_id: int | None = None) -> int:
        """Save an edited task; returns the id that now carries it.

        When the edit moves past occurrences (another rule or start), the task is
        split (see the module docstring) so ticks already recorded stay where they were.
        NotFoundError when the task was deleted meanwhile; ConflictError (nothing
        written) when it changed since ``draft.version`` was read.
        """
        today = self._today()
        if not is_storable_int(task_id):
            raise NotFoundError("task", task_id)
        with self._db.reading() as session:
            current = session.get(Task, task_id)
            if current is None:
                raise NotFoundError("task", task_id)
        target_goal = current.goal_id if goal_id is None else goal_id
        self._check(target_goal, draft)
        with self._db.transaction() as session:
            row = session.get(Task, task_id)
            if row is None:
                raise NotFoundError("task", task_id)
            check_seen("task", row, draft.version, title=row.title)
            saved = apply_task_edit(session, row, draft, goal_id=target_goal, today=today)
            assert saved.id is not None
            return saved.id

    def set_paused(self, task_id: int, paused: bool) -> None:
        if not is_storable_int(task_id):
            raise NotFoundError("task", task_id)
        with self._db.transaction() as session:
            row = session.get(Task, task_id)
            if row is None:
                raise NotFoundError("task", task_id)
            row.paused = paused
            session.add(row)

    def delete_task(self, task_id: int, *, seen_version: int | None = None) -> None:
        """Delete a task with its ticks (ask the user first); ConflictError (nothing
        deleted) when someone changed it since the person saw it at ``seen_version``."""
        if not is_storable_int(task_id):
            return
        with self._db.transaction() as session:
            row = session.get(Task, task_id)
            if row is not None:
                check_seen("task", row, seen_version, title=row.title)
                session.delete(row)
            session.exec(
                delete(ReminderSent).where(
                    col(ReminderSent.kind) == "task", col(ReminderSent.ref_id) == task_id
                )
            )

    def is_finished(self, task: TaskRecord) -> bool:
        """True once the rule has no occurrence today or later (e.g. the old half of a split)."""
        today = self._today()
        if not is_valid_rule(task.rrule):
            return False  # kept in sight, so its rule can be mended
        first = max(today, task.start_date)
        return not _occurrences_or_none(task, first, first + timedelta(days=400))

    # -- adherence -----------------------------------------------------------
    def _marks(
        self, goal_id: int | None, today: date, tasks: Sequence[TaskRecord] | None = None
    ) -> dict[int, list[Mark]]:
        first = today - timedelta(days=HISTORY_DAYS)
        return marks_of(self.occurrences(first, today, goal_id=goal_id, tasks=tasks), today)

    def goal_adherence(
        self, goal_id: int, today: date | None = None, *, tasks: Sequence[TaskRecord] | None = None
    ) -> Adherence:
        """All the goal's tasks together (a paused task counts only what was ticked)."""
        today = today or self._today()
        marks = self._marks(goal_id, today, tasks)
        return adherence([m for items in marks.values() for m in items], today=today)

    def adherence_by_task(
        self,
        goal_id: int | None = None,
        today: date | None = None,
        *,
        tasks: Sequence[TaskRecord] | None = None,
    ) -> dict[int, Adherence]:
        today = today or self._today()
        return {
            tid: adherence(items, today=today) for tid, items in self._marks(goal_id, today, tasks).items()
        }

    # -- check-ins -----------------------------------------------------------
    def checkins(self, range_start: date, range_end: date, *, goal_id: int | None = None) -> list[CheckinDue]:
        """Check-in days of active goals in the range; done when a value was logged
        after the previous check-in day and before the next one. Two queries, whatever
        the number of goals."""
        with self._db.reading() as session:
            goals = [
                g
                for g in repo.goal_rows(session, include_archived=False, workspace_id=self._workspace.id)
                if goal_id in (None, g.id)
            ]
            # Each goal's check-in days in the range with the days around them, which
            # bound the measurements that count for them.
            shown: list[tuple[int, str, date, date, date]] = []
            for goal in goals:
                days = checkin_dates(
                    Cadence(goal.cadence),
                    start=goal.start_date,
                    deadline=goal.deadline,
                    range_start=goal.start_date,
                    range_end=min(goal.deadline, range_end + timedelta(days=100)),
                )
                days.sort()
                for index, day in enumerate(days):
                    if not range_start <= day <= range_end:
                        continue
                    previous = days[index - 1] if index else goal.start_date
                    following = days[index + 1] if index + 1 < len(days) else date.max
                    shown.append((goal.id, goal.title, day, previous, following))
            if not shown:
                return []
            measured = repo.measured_days(
                session,
                after=min(item[3] for item in shown),
                before=max(item[4] for item in shown),
                goal_id=goal_id,
            )
        result = []
        for gid, title, day, previous, following in shown:
            logged = measured.get(gid, [])
            # done: some measured day d with previous < d < following
            index = bisect_right(logged, previous)
            result.append(CheckinDue(gid, title, day, index < len(logged) and logged[index] < following))
        result.sort(key=lambda c: (c.day, c.goal_id))
        return result

    def active_goals(self) -> list[tuple[int, str]]:
        """(id, title) of the goals a task can belong to."""
        with self._db.reading() as session:
            rows = repo.goal_titles(session, include_archived=False, workspace_id=self._workspace.id)
            return [(gid, title) for gid, title, _why in rows]

    def goal_why(self) -> dict[int, tuple[str, str]]:
        with self._db.reading() as session:
            rows = repo.goal_titles(session, workspace_id=self._workspace.id)
            return {gid: (title, why) for gid, title, why in rows}

    # -- reminders -----------------------------------------------------------
    def due_reminders(self, now: datetime, *, lead: timedelta = TASK_LEAD) -> list[Reminder]:
        """Reminders to show now that were never shown before (also across restarts)."""
        day = now.date()
        tasks = self.occurrences(day, (now + lead).date())
        with self._db.reading() as session:
            goals = repo.goal_rows(session, include_archived=False, workspace_id=self._workspace.id)
            last = {gid: pts[-1][0] for gid, pts in repo.recent_points(session, per_goal=1).items() if pts}
            sent = {
                (r.kind, r.ref_id, r.occurrence_start)
                for r in session.exec(
                    select(ReminderSent).where(
                        col(ReminderSent.occurrence_start) >= now - timedelta(days=400)
                    )
                )
            }
        checkins = []
        for goal in goals:
            upcoming = next_checkin(
                Cadence(goal.cadence),
                start=goal.start_date,
                deadline=goal.deadline,
                last_measured=last.get(goal.id),
            )
            if upcoming is not None and upcoming <= day:
                checkins.append(CheckinDue(goal.id, goal.title, upcoming, False))
        return due_reminders(tasks, checkins, now=now, lead=lead, sent=sent)

    def remind(
        self, now: datetime, notify: Callable[[Reminder], None], *, lead: timedelta = TASK_LEAD
    ) -> list[Reminder]:
        """Record each reminder due now, then hand it to ``notify``; returns those shown.

        Recorded first: a record that fails shows nothing and the next check tries
        again, where showing first would repeat the reminder on every check. Reminders
        are a background check, not a change the user asked for, so a busy database
        skips this one quietly instead of raising every few seconds.
        """
        shown: list[Reminder] = []
        try:
            for reminder in self.due_reminders(now, lead=lead):
                self.mark_reminded(reminder)
                notify(reminder)
                shown.append(reminder)
        except StorageError as exc:
            _log.info("reminders skipped this check: %s", exc)
        return shown

    def mark_reminded(self, reminder: Reminder) -> None:
        if not is_storable_int(reminder.ref_id) or check_storable(reminder.kind, label=""):
            return  # not a reminder due_reminders() could have made
        with self._db.transaction() as session:
            exists = session.exec(
                select(ReminderSent).where(
                    ReminderSent.kind == reminder.kind,
                    ReminderSent.ref_id == reminder.ref_id,
                    ReminderSent.occurrence_start == reminder.start,
                )
            ).first()
            if exists is None:
                session.add(
                    ReminderSent(kind=reminder.kind, ref_id=reminder.ref_id, occurrence_start=reminder.start)
                )


def adherence_from(occurrences: Iterable[TaskOccurrence], today: date) -> Adherence:
    """A goal's adherence from occurrences the caller has read already (covering the
    HISTORY_DAYS before `today`): what goal_adherence computes, without reading again."""
    marks = marks_of(occurrences, today)
    return adherence([m for items in marks.values() for m in items], today=today)


def marks_of(occurrences: Iterable[TaskOccurrence], today: date) -> dict[int, list[Mark]]:
    """Each task's occurrences from HISTORY_DAYS before `today` on, as adherence marks."""
    first = today - timedelta(days=HISTORY_DAYS)
    result: dict[int, list[Mark]] = {}
    for occ in occurrences:
        if first <= occ.day <= today:
            order = occ.start.hour * 60 + occ.start.minute + occ.task_id / 1e6
            result.setdefault(occ.task_id, []).append(Mark(occ.day, occ.outcome, order))
    return result


def apply_task_edit(session: Session, row: Task, draft: TaskDraft, *, goal_id: int, today: date) -> Task:
    """Write an edited task over `row` inside the caller's transaction; returns the row
    that now carries it. When the edit would move past occurrences the task is split
    (see the module docstring), so ticks already recorded stay on their days."""
    draft = replace(draft, start_date=draft.start_date or row.start_date)
    assert draft.start_date is not None
    old_past = _past_days(row.rrule, row.start_date, row.start_time, today)
    new_past = _past_days(draft.rrule, draft.start_date, draft.start_time, today)
    if not old_past or old_past == new_past:
        fill_task(row, draft)
        row.goal_id = goal_id
        session.add(row)
        return row
    # Split: the old row ends on its last past day; the new one starts today.
    row.rrule = rule_ending(row.rrule, old_past[-1])
    session.add(row)
    new = Task(goal_id=goal_id, title="", rrule="", start_date=date.min, start_time=draft.start_time)
    fill_task(new, replace(draft, start_date=max(draft.start_date, today)))
    session.add(new)
    session.flush()
    return new


def fill_task(row: Task, draft: TaskDraft) -> None:
    assert draft.start_date is not None
    row.title = draft.title.strip()
    row.rrule = draft.rrule.strip().removeprefix("RRULE:")
    row.start_date = draft.start_date
    row.start_time = draft.start_time
    row.duration_minutes = draft.duration_minutes
    row.notes = draft.notes.strip()
    row.paused = draft.paused


def _past_days(rule: str, start: date, at: time, today: date) -> list[date]:
    """The days the rule had before today (what completions may be attached to); none
    for a stored rule that cannot be read, so editing it simply replaces it."""
    try:
        found = occurrences(
            rule,
            start_date=start,
            start_time=at,
            duration_minutes=1,
            range_start=start,
            range_end=today - timedelta(days=1),
        )
    except RuleError:
        return []
    return [o.day for o in found]


def _summary(task: Any) -> str:
    """A task row's worded rule; an unreadable stored rule says so instead of failing."""
    try:
        return summary(
            task.rrule,
            start_time=task.start_time,
            duration_minutes=task.duration_minutes,
            start_date=task.start_date,
        )
    except RuleError as exc:
        return translate(
            "PlanService", "Repeat rule not readable ({reason}): edit the task to mend it."
        ).format(reason=exc.args[0])


def _occurrences_or_none(task: TaskRecord, range_start: date, range_end: date) -> list[Occurrence]:
    """The task's occurrences; none when its stored rule cannot be read (a file from an
    older SmartGoals, or edited by hand): the plan still opens and shows the rest."""
    try:
        return occurrences(
            task.rrule,
            start_date=task.start_date,
            start_time=task.start_time,
            duration_minutes=task.duration_minutes,
            range_start=range_start,
            range_end=range_end,
        )
    except RuleError:
        _log.warning("task %s has an unreadable repeat rule %r; left off the plan", task.id, task.rrule)
        return []
