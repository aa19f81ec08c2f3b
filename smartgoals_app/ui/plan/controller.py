"""What the Plan tab shows and does, without widgets.

The shown period (a week or a month around an anchor day), what that period holds,
the task list with each task's adherence, the words of its titles and questions, and
the calls to PlanService. The views only lay out what this hands them, so navigation
and wording are tested without Qt.

The task list and its adherence read a year of history: they are computed once per
data change (:meth:`PlanController.reload`), never on a previous/next click, which only
reads the new period's occurrences and check-ins.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from smartgoals_app.domain.adherence import Adherence
from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.domain.text import Text, translate
from smartgoals_app.services.plan import CheckinDue, PlanService
from smartgoals_app.services.records import TaskOccurrence, TaskRecord

DateText = Callable[[date, str], str]
"""(day, Qt date pattern such as "d MMM yyyy") -> the day in the user's locale."""

MONTH_GRID_DAYS = 42  # six weeks, Monday first, as the month view draws them


class Mode(enum.Enum):
    WEEK = "week"
    MONTH = "month"


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_grid_start(any_day: date) -> date:
    """The Monday on or before the first of the month: where the six-week grid starts."""
    first = any_day.replace(day=1)
    return first - timedelta(days=first.weekday())


def period_of(mode: Mode, anchor: date) -> tuple[date, date]:
    """The first and last day of the week or month holding ``anchor``."""
    if mode is Mode.WEEK:
        start = week_start(anchor)
        return start, start + timedelta(days=6)
    first = anchor.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def stepped(mode: Mode, anchor: date, direction: int) -> date:
    """The anchor one period earlier (direction < 0) or later."""
    if mode is Mode.WEEK:
        return anchor + timedelta(days=7 * direction)
    first = anchor.replace(day=1)
    if direction > 0:
        return (first + timedelta(days=32)).replace(day=1)
    return (first - timedelta(days=1)).replace(day=1)


@dataclass(frozen=True)
class TaskRow:
    """One line of the task list."""

    task: TaskRecord
    ended: bool  # its rule has no occurrence from today on
    adherence: Adherence | None  # None: nothing of it in the last year

    @property
    def dimmed(self) -> bool:
        return self.task.paused or self.ended

    @property
    def when(self) -> str:
        """Its repeat in words (a Text), with "paused" or "ended" in front when it is."""
        if self.task.paused:
            return translate("PlanView", "paused · {when}").format(when=self.task.summary)
        if self.ended:
            return translate("PlanView", "ended · {when}").format(when=self.task.summary)
        return self.task.summary


@dataclass(frozen=True)
class Period:
    """What the calendar shows: the days it covers and what falls on them."""

    mode: Mode
    first: date  # of the week or month
    last: date
    shown_first: date  # of the grid (a month shows whole weeks around it)
    shown_last: date
    today: date
    occurrences: list[TaskOccurrence]
    checkins: list[CheckinDue]


# -- the tab's words (Text: the view shows them through ui.i18n.localize) ----
SAVE_FAILED = translate("PlanView", "Could not save")
ADD_FAILED = translate("PlanView", "Could not add the task")
EDIT_FAILED = translate("PlanView", "Could not save the task")
ADD_TITLE = translate("PlanView", "Add a task")
NO_GOAL = translate("PlanView", "Create a goal first: every task in the plan serves a goal.")
SKIP_TITLE = translate("PlanView", "Skip this time")
DELETE_TITLE = translate("PlanView", "Delete task")
EXPORT_TITLE = translate("PlanView", "Export plan to calendar")
EXPORT_FILTER = translate("PlanView", "Calendar files (*.ics)")


def skip_question(title: str) -> Text:
    return translate("PlanView", "Skip “{title}”.\nWhy? (optional, helps at the review)").format(title=title)


def delete_question(title: str) -> Text:
    return translate(
        "PlanView",
        "Delete “{title}” and everything ticked for it?\n\n"
        "To stop it for a while and keep its history, choose Pause instead.",
    ).format(title=title)


class PlanController:
    def __init__(self, plan: PlanService, *, today: Callable[[], date], date_text: DateText) -> None:
        self._plan = plan
        self._today = today
        self._date_text = date_text
        self.mode = Mode.WEEK
        self.anchor = today()
        self._last_today = self.anchor
        self.rows: list[TaskRow] = []
        self._records: dict[int, TaskRecord] = {}
        self.stale = True  # nothing read yet, or the data changed since

    @property
    def today(self) -> date:
        return self._today()

    # -- what does not depend on the period: once per data change ---------------
    def reload(self) -> list[TaskRow]:
        """Read the tasks and their adherence again (after a change, or when first shown)."""
        today = self._today()
        records = self._plan.tasks()
        figures = self._plan.adherence_by_task(today=today, tasks=records)
        rows = [TaskRow(t, self._plan.is_finished(t), figures.get(t.id)) for t in records]
        # Ended tasks (the old halves of split tasks) below the running ones.
        self.rows = [r for r in rows if not r.ended] + [r for r in rows if r.ended]
        self._records = {t.id: t for t in records}
        self.stale = False
        return self.rows

    def task(self, task_id: int | None) -> TaskRecord | None:
        return self._records.get(task_id) if task_id is not None else None

    # -- navigation ------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return period_of(self.mode, self.anchor)

    def shown_range(self) -> tuple[date, date]:
        first, last = self.period()
        if self.mode is Mode.WEEK:
            return first, last
        start = month_grid_start(first)
        return start, start + timedelta(days=MONTH_GRID_DAYS - 1)

    def step(self, direction: int) -> None:
        self.anchor = stepped(self.mode, self.anchor, direction)

    def go_today(self) -> None:
        self.anchor = self._today()

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode

    def open_week_of(self, day: date) -> None:
        self.anchor = day
        self.mode = Mode.WEEK

    def follow_today(self) -> bool:
        """After midnight, move to the new day if the old one was on screen; True if the
        day changed (what counts as missed, ended and the streak moved with it)."""
        today = self._today()
        if today == self._last_today:
            return False
        first, last = self.period()
        if first <= self._last_today <= last:
            self.anchor = today
        self._last_today = today
        self.stale = True
        return True

    def period_title(self) -> str:
        first, last = self.period()
        if self.mode is Mode.MONTH:
            return self._date_text(first, "MMMM yyyy")
        return translate("PlanView", "Week of {period}").format(period=self._span(first, last))

    def _span(self, start: date, end: date) -> str:
        day = self._date_text
        if start.year != end.year:
            return f"{day(start, 'd MMM yyyy')} \u2013 {day(end, 'd MMM yyyy')}"
        if start.month != end.month:
            return f"{day(start, 'd MMM')} \u2013 {day(end, 'd MMM yyyy')}"
        return f"{day(start, 'd')}\u2013{day(end, 'd MMM yyyy')}"

    def shown(self) -> Period:
        """The shown period's occurrences and check-ins (the tasks are the ones read at
        the last reload, so a step reads no task again)."""
        if self.stale:
            self.reload()
        first, last = self.period()
        start, end = self.shown_range()
        tasks: Sequence[TaskRecord] = list(self._records.values())
        return Period(
            mode=self.mode,
            first=first,
            last=last,
            shown_first=start,
            shown_last=end,
            today=self._today(),
            occurrences=self._plan.occurrences(start, end, tasks=tasks),
            checkins=self._plan.checkins(start, end),
        )

    # -- what the user asks (run through the operation path by the view) --------
    def active_goals(self) -> list[tuple[int, str]]:
        return self._plan.active_goals()

    def mark(self, occ: TaskOccurrence, outcome: TaskOutcome, note: str = "") -> None:
        self._plan.mark(occ.task_id, occ.day, outcome, note)

    def unmark(self, occ: TaskOccurrence) -> None:
        self._plan.unmark(occ.task_id, occ.day)

    def add_task(self, goal_id: int, draft: TaskDraft) -> int:
        return self._plan.add_task(goal_id, draft)

    def update_task(self, task_id: int, goal_id: int, draft: TaskDraft) -> int:
        return self._plan.update_task(task_id, draft, goal_id=goal_id)

    def set_paused(self, task_id: int, paused: bool) -> None:
        self._plan.set_paused(task_id, paused)

    def delete_task(self, task_id: int, *, seen_version: int | None = None) -> None:
        self._plan.delete_task(task_id, seen_version=seen_version)
