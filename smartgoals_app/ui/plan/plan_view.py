"""The Plan tab: the week (or month) of tasks and check-ins, ticked done or skipped;
the list of tasks with their adherence; reminders; calendar export.

The tab composes the views and leaves the rest to others: what a period shows and
the words of its questions to :class:`PlanController`, every change to the operation
path (which tells the user when one fails and announces it on the bus), every question
to the user to the prompts object handed in. It redraws when the bus says something
it shows has changed, wherever the change was made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.io.export_plan import ExportResult
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.records import TaskOccurrence
from smartgoals_app.ui import folders, formatting
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Change, Done, OnConflict, Operations
from smartgoals_app.ui.plan import controller as words
from smartgoals_app.ui.plan.actions import BannerNotifier, Exporter, ReminderBanner, export_message
from smartgoals_app.ui.plan.cards import OccurrenceCard
from smartgoals_app.ui.plan.controller import Mode, PlanController
from smartgoals_app.ui.plan.month_view import MonthView
from smartgoals_app.ui.plan.reminders import Notifier, ReminderController
from smartgoals_app.ui.plan.task_list import TaskList
from smartgoals_app.ui.plan.week_view import WeekView

T = TypeVar("T")

# What the tab shows: a change to any of these, made anywhere, redraws it.
SHOWN = Change.GOALS | Change.TASKS | Change.MARKS | Change.MEASUREMENTS


class PlanView(QWidget):
    """The Plan tab. Its changes go through the operation path, which announces them on
    the bus the whole window shares."""

    checkinRequested = Signal(int)  # goal id: the window opens its check-in dialog

    def __init__(
        self,
        plan: PlanService,
        ops: Operations,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
        notifier: Notifier | None = None,
        exporter: Exporter | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planView")
        self.ops = ops
        self.prompts = ops.prompts
        self.controller = PlanController(plan, today=today, date_text=formatting.date_text)
        self._exporter = exporter
        self._settings = settings
        self.banner = ReminderBanner()
        self.reminders = ReminderController(
            plan, notifier or BannerNotifier(self.banner), now=now, parent=self
        )
        self.reminders.timer.timeout.connect(self._on_tick)

        # -- navigation bar --
        self.prev_button = QPushButton("◀")
        self.prev_button.setObjectName("prevPeriod")
        self.prev_button.setToolTip(self.tr("Previous week (month)"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("todayButton")
        self.next_button = QPushButton("▶")
        self.next_button.setObjectName("nextPeriod")
        self.next_button.setToolTip(self.tr("Next week (month)"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period_label.setFont(font)  # a font, not a style sheet: it follows palette changes
        # Shrinks before the buttons do, so the bar fits an 800-pixel window.
        self.period_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.period_label.setMinimumWidth(120)
        self.period_label.setWordWrap(True)  # two lines on a narrow window, never a cut year
        self.week_button = QPushButton(self.tr("Week"))
        self.month_button = QPushButton(self.tr("Month"))
        group = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            group.addButton(button)
        self.week_button.setChecked(True)
        self.add_button = QPushButton(self.tr("Add task…"))
        self.add_button.setObjectName("addTask")
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setObjectName("exportIcs")
        self.export_button.setToolTip(
            self.tr("Export plan to calendar (.ics): import it in Google, Outlook, Apple or Thunderbird")
        )
        if exporter is None:  # hide(), as setVisible(True) on an unparented widget opens a window
            self.export_button.hide()
        bar = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.period_label, 1)
        bar.addWidget(self.week_button)
        bar.addWidget(self.month_button)
        bar.addSpacing(8)
        bar.addWidget(self.add_button)
        bar.addWidget(self.export_button)

        # -- calendar above, tasks and adherence below --
        self.week = WeekView()
        self.month = MonthView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.week)
        self.stack.addWidget(self.month)
        self.task_list = TaskList()
        self.tasks = self.task_list.tree
        self.edit_button = self.task_list.edit_button
        self.pause_button = self.task_list.pause_button
        self.delete_button = self.task_list.delete_button
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("planSplitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.task_list)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.week_button.clicked.connect(lambda: self.set_mode(Mode.WEEK))
        self.month_button.clicked.connect(lambda: self.set_mode(Mode.MONTH))
        self.add_button.clicked.connect(lambda: self.add_task())
        self.export_button.clicked.connect(lambda: self.export_calendar())
        self.task_list.editRequested.connect(self.edit_task)
        self.task_list.pauseRequested.connect(self.toggle_pause)
        self.task_list.deleteRequested.connect(self.delete_task)
        self.month.daySelected.connect(self.open_week_of)
        ops.bus.changed.connect(self._on_change)
        # Read on first show (showEvent), not here: the Plan tab is not what the first
        # window shows, and expanding every rule cost start-up about 0.5 s.

    def sizeHint(self) -> QSize:
        return QSize(1000, 680)

    @property
    def mode(self) -> Mode:
        return self.controller.mode

    @property
    def anchor(self) -> date:
        return self.controller.anchor

    def showEvent(self, event: QShowEvent) -> None:
        """Draw what was not drawn yet, and follow midnight."""
        super().showEvent(event)
        self.controller.follow_today()
        if self.controller.stale:
            self.refresh()

    def _on_change(self, what: Change) -> None:
        if not what & SHOWN:
            return
        self.controller.stale = True
        if self.isVisible():
            self.refresh()

    def _on_tick(self) -> None:
        if self.controller.follow_today() and self.isVisible():
            self.refresh()

    # -- navigation ----------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return self.controller.period()

    def step(self, direction: int) -> None:
        self.controller.step(direction)
        self._show_period()

    def go_today(self) -> None:
        self.controller.go_today()
        self._show_period()

    def set_mode(self, mode: Mode) -> None:
        self.controller.set_mode(mode)
        self._show_period()

    def open_week_of(self, day: date) -> None:
        self.controller.open_week_of(day)
        self._show_period()

    # -- showing -------------------------------------------------------------
    def refresh(self) -> None:
        """Read everything again: the task list and the shown period."""
        self.controller.reload()
        self.task_list.show_rows(self.controller.rows)
        self._show_period()

    def _show_period(self) -> None:
        """The calendar of the shown period; the task list below it does not depend on
        the period, so moving between weeks leaves it as it is."""
        if self.controller.stale:
            self.refresh()
            return
        shown = self.controller.shown()
        week = shown.mode is Mode.WEEK
        self.week_button.setChecked(week)
        self.month_button.setChecked(not week)
        self.period_label.setText(localize(self.controller.period_title()))
        if week:
            self.stack.setCurrentWidget(self.week)
            self.week.set_week(shown.first, shown.occurrences, shown.checkins, shown.today)
            self._connect_cards()
        else:
            self.stack.setCurrentWidget(self.month)
            self.month.set_month(shown.first, shown.occurrences, shown.checkins, shown.today)

    def _connect_cards(self) -> None:
        for card in self.week.cards:
            occ = card.occurrence
            card.clicked.connect(self.select_task)
            if card.done_button is not None:
                card.done_button.clicked.connect(lambda _=False, o=occ: self.mark(o, TaskOutcome.DONE))
            if card.skip_button is not None:
                card.skip_button.clicked.connect(lambda _=False, o=occ: self.skip(o))
            if card.undo_button is not None:
                card.undo_button.clicked.connect(lambda _=False, o=occ: self.unmark(o))
        for checkin_card in self.week.checkin_cards:
            if checkin_card.log_button is not None:
                gid = checkin_card.checkin.goal_id
                checkin_card.log_button.clicked.connect(lambda _=False, g=gid: self.checkinRequested.emit(g))

    def task_row(self, task_id: int) -> list[str] | None:
        """The texts of a task's row in the list (tests and accessibility)."""
        return self.task_list.task_row(task_id)

    def card(self, task_id: int, day: date) -> OccurrenceCard | None:
        return next(
            (c for c in self.week.cards if c.occurrence.task_id == task_id and c.occurrence.day == day), None
        )

    def selected_task_id(self) -> int | None:
        return self.task_list.selected_task_id()

    def select_task(self, task_id: int) -> None:
        self.task_list.select_task(task_id)

    # -- changes: each through the operation path ------------------------------
    def _run(
        self, action: Callable[[], T], changes: Change, title: str, on_conflict: OnConflict[T] | None = None
    ) -> Done[T] | None:
        """Run a change; the bus redraws the tab when it went through. When it did not
        (the task was deleted in another window, say), what is there now is drawn."""
        done = self.ops.run(self, action, changes, title=localize(title), on_conflict=on_conflict)
        if done is None:
            self.refresh()
        return done

    def mark(self, occ: TaskOccurrence, outcome: TaskOutcome, note: str = "") -> None:
        self._run(lambda: self.controller.mark(occ, outcome, note), Change.MARKS, words.SAVE_FAILED)

    def skip(self, occ: TaskOccurrence) -> None:
        if self.ops.refuse_change(self):
            return
        question = localize(words.skip_question(occ.title))
        note = self.prompts.ask_text(self, localize(words.SKIP_TITLE), question)
        if note is not None:
            self.mark(occ, TaskOutcome.SKIPPED, note)

    def unmark(self, occ: TaskOccurrence) -> None:
        self._run(lambda: self.controller.unmark(occ), Change.MARKS, words.SAVE_FAILED)

    def add_task(self, goal_id: int | None = None) -> int | None:
        if self.ops.refuse_change(self):
            return None
        goals = self.controller.active_goals()
        if not goals:
            self.prompts.show_info(self, localize(words.ADD_TITLE), localize(words.NO_GOAL))
            return None
        result = self.prompts.edit_task(self, goals, None, self.controller.today, goal_id=goal_id)
        if result is None:
            return None
        done = self._run(lambda: self.controller.add_task(*result), Change.TASKS, words.ADD_FAILED)
        if done is None:
            return None
        self.select_task(done.value)
        return done.value

    def edit_task(self, task_id: int) -> None:
        task = self.controller.task(task_id)
        if task is None or self.ops.refuse_change(self):
            return
        result = self.prompts.edit_task(self, self.controller.active_goals(), task, self.controller.today)
        if result is None:
            return
        goal_id, draft = result
        controller = self.controller

        def save(version: int) -> int:  # against the version the list showed, or theirs
            return controller.update_task(task.id, goal_id, replace(draft, version=version))

        done = self._run(
            lambda: save(task.version),
            Change.TASKS,
            words.EDIT_FAILED,
            OnConflict(lambda theirs: save(theirs.version), lambda: self.select_task(task.id)),
        )
        if done is not None:
            self.select_task(done.value)

    def edit_selected(self) -> None:
        if (task_id := self.selected_task_id()) is not None:
            self.edit_task(task_id)

    def toggle_pause(self, task_id: int) -> None:
        task = self.controller.task(task_id)
        if task is None:
            return
        paused = not task.paused
        if self._run(lambda: self.controller.set_paused(task.id, paused), Change.TASKS, words.SAVE_FAILED):
            self.select_task(task.id)

    def delete_task(self, task_id: int) -> None:
        task = self.controller.task(task_id)
        if task is None or self.ops.refuse_change(self):
            return
        question = localize(words.delete_question(task.title))
        if self.prompts.ask_yes_no(self, localize(words.DELETE_TITLE), question):
            controller = self.controller
            self._run(
                lambda: controller.delete_task(task.id, seen_version=task.version),
                Change.TASKS,
                words.SAVE_FAILED,
                OnConflict(lambda theirs: controller.delete_task(task.id, seen_version=theirs.version)),
            )

    # -- export and reminders ------------------------------------------------
    def export_calendar(self, path: Path | None = None) -> ExportResult | None:
        """ "Export plan to calendar (.ics)": asks where unless `path` is given."""
        exporter = self._exporter
        if exporter is None:
            return None
        title = localize(words.EXPORT_TITLE)
        target = path or self.prompts.ask_save_path(
            self, title, folders.documents() / "smartgoals-plan.ics", localize(words.EXPORT_FILTER), ".ics"
        )
        if target is None:
            return None
        done = self.ops.run(self, lambda: exporter(target), Change.NONE, title=title)
        if done is None:
            return None
        self.prompts.show_info(self, title, export_message(done.value))
        return done.value

    @property
    def can_export(self) -> bool:
        return self._exporter is not None

    def set_notifier(self, notifier: Notifier) -> None:
        self.reminders.notifier = notifier

    def start_reminders(self, *, first_check_ms: int | None = None) -> None:
        self.reminders.start(first_check_ms=first_check_ms)
