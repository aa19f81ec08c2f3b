"""GoalWizard: eight pages over one shared draft, autosaved, saved once on Finish."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtWidgets import QWidget, QWizard

from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.domain.progress import Point
from smartgoals_app.domain.validation import ConflictError
from smartgoals_app.services.drafts import DraftService, SavedDraft
from smartgoals_app.services.goals import GoalService
from smartgoals_app.ui.alt_keys import guard_fields
from smartgoals_app.ui.operations import Change, OnConflict, Operations, message
from smartgoals_app.ui.screen_fit import largest_size, preferred_size
from smartgoals_app.ui.wizard.common import (
    PLAN,
    REVIEW,
    SMART,
    STARTING_POINT,
    STRATEGY,
    TARGETS,
    WELCOME,
    WHY,
    DraftPage,
    WizardContext,
)
from smartgoals_app.ui.wizard.plan import PlanPage
from smartgoals_app.ui.wizard.review import ReviewPage
from smartgoals_app.ui.wizard.smart_goal import SmartGoalPage
from smartgoals_app.ui.wizard.starting_point import StartingPointPage
from smartgoals_app.ui.wizard.strategy import StrategyPage
from smartgoals_app.ui.wizard.targets import TargetsPage
from smartgoals_app.ui.wizard.welcome import WelcomePage
from smartgoals_app.ui.wizard.why import WhyPage

AUTOSAVE_MS = 1500  # after typing pauses: a crash mid-page loses at most this much
# What saving a goal writes: its strategy, the goal and its plan of tasks.
GOAL_SAVED = Change.STRATEGIES | Change.GOALS | Change.TASKS


class GoalWizard(QWizard):
    def __init__(
        self,
        *,
        goals: GoalService,
        drafts: DraftService,
        today: Callable[[], date],
        draft: GoalDraft,
        pending: SavedDraft | None,
        ops: Operations,
        history: Sequence[Point] = (),
        save_history: Callable[[int, Sequence[tuple[date, float]]], int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self._drafts = drafts
        self._ops = ops
        # A draft that could not be written is said once per page, not at every pause.
        self._autosave_paused = False
        self.ctx = WizardContext(
            draft=draft,
            today=today,
            strategies=goals.strategies(),
            pending=pending,
            prompts=ops.prompts,
            history=history,
            save_history=save_history,
        )
        self.saved_goal_id: int | None = None
        self._dirty = False
        # The goal as it was opened: an edit that ends equal to it has nothing to keep.
        self._opened = draft.to_json()
        self._resume_to: int | None = None

        editing = draft.goal_id is not None
        self.setWindowTitle(
            QCoreApplication.translate("GoalWizard", "Edit goal")
            if editing
            else QCoreApplication.translate("GoalWizard", "New goal")
        )
        self.setObjectName("goalWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(QSize(640, 480).boundedTo(largest_size(self)))
        self.resize(preferred_size(self, 900, 700))

        self.welcome = WelcomePage(self.ctx)
        pages: list[tuple[int, DraftPage]] = [
            (WELCOME, self.welcome),
            (STRATEGY, StrategyPage(self.ctx)),
            (STARTING_POINT, StartingPointPage(self.ctx)),
            (SMART, SmartGoalPage(self.ctx)),
            (WHY, WhyPage(self.ctx)),
            (TARGETS, TargetsPage(self.ctx)),
            (PLAN, PlanPage(self.ctx)),
            (REVIEW, ReviewPage(self.ctx)),
        ]
        for page_id, page in pages:
            self.setPage(page_id, page)
            page.edited.connect(self._on_edit)
        guard_fields(self)  # Alt+N with Next disabled must not type an "n"

        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self.currentIdChanged.connect(self._on_page_changed)

    @property
    def draft(self) -> GoalDraft:
        return self.ctx.draft

    # -- autosave ----------------------------------------------------------------
    def _on_edit(self) -> None:
        self._dirty = True
        if not self._autosave_paused:
            self._autosave_timer.start()

    def autosave(self) -> None:
        """Write the draft row (never the goal tables) with the page the user is on."""
        self._autosave_timer.stop()
        if self.saved_goal_id is not None or self.currentId() <= WELCOME:
            return
        self._autosave_paused = not self._save_draft()

    def _save_draft(self) -> bool:
        draft, page = self.draft, self.currentId()
        return (
            self._ops.run(
                self,
                lambda: self._drafts.save(draft, page),
                Change.NONE,
                title=QCoreApplication.translate("GoalWizard", "Your typing could not be kept for later"),
            )
            is not None
        )

    def _on_page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        if page_id > WELCOME:
            self._dirty = True
        self._autosave_paused = False  # a new page tries again
        self.autosave()
        page = self.currentPage()
        if isinstance(page, DraftPage):
            page.entered()
            page.focus_first()
        if page_id == STRATEGY and self.welcome.resume_page > STRATEGY:
            self._resume_to, self.welcome.resume_page = self.welcome.resume_page, 0
        # Resuming walks forward page by page, so each page loads the draft and checks
        # it; it stops early at the first page with an error.
        target = self._resume_to
        if target is not None:
            if page_id < target and page is not None and page.isComplete():
                self.next()
            else:
                self._resume_to = None

    # -- finishing ---------------------------------------------------------------
    def accept(self) -> None:
        draft = self.draft
        saved = self._ops.run(
            self,
            lambda: self._goals.save(draft),
            GOAL_SAVED,
            title=QCoreApplication.translate("GoalWizard", "The goal cannot be saved yet"),
            on_conflict=OnConflict(self._overwrite, self._reload),
        )
        if saved is None:
            return
        goal_id = self.saved_goal_id = saved.value
        history, save_history = self.ctx.imported_history, self.ctx.save_history
        if history and save_history is not None:
            self._ops.run(
                self,
                lambda: save_history(goal_id, history),
                Change.MEASUREMENTS,
                title=QCoreApplication.translate("GoalWizard", "The past figures were not saved"),
                explain=lambda exc: QCoreApplication.translate(
                    "GoalWizard", "The goal is saved; its past figures from the export are not: {reason}"
                ).format(reason=message(exc)),
            )
        self._autosave_timer.stop()
        super().accept()

    # -- someone else changed the goal while it was open -------------------------------
    def _overwrite(self, theirs: ConflictError) -> int:
        """Keep mine: the draft saved over the version of the row the conflict named."""
        draft = self.draft
        if theirs.what == "goal":
            draft.version = theirs.version
        for task in draft.tasks:
            if theirs.what == "task" and task.task_id == theirs.key:
                task.version = theirs.version
        return self._goals.save(draft)

    def _reload(self) -> None:
        """Reload theirs: the goal as stored now, walked through again page by page up
        to the page the person was on, so every page shows it."""
        goal_id = self.draft.goal_id
        if goal_id is None:
            return
        goals = self._goals
        read = self._ops.run(
            self,
            lambda: goals.load_draft(goal_id),
            Change.NONE,
            title=QCoreApplication.translate("GoalWizard", "The goal cannot be saved yet"),
        )
        if read is None:
            return
        self._autosave_timer.stop()
        self.ctx.draft = read.value
        self._opened = read.value.to_json()
        self._resume_to = self.currentId()
        self.restart()

    def _untouched_edit(self) -> bool:
        return self.draft.goal_id is not None and self.draft.to_json() == self._opened

    def reject(self) -> None:
        """Cancel, Escape and closing the window: keep or discard the draft first."""
        self._autosave_timer.stop()
        if self.currentId() > WELCOME and self._untouched_edit():
            # Walking through "Edit goal" without changing anything: close silently,
            # and drop the draft row the page changes wrote (it equals the goal).
            self._discard_draft()
        elif self._dirty and self.currentId() > WELCOME:
            choice = self._ops.prompts.ask_keep_draft(
                self,
                QCoreApplication.translate("GoalWizard", "Keep this goal for later?"),
                QCoreApplication.translate(
                    "GoalWizard",
                    "Keep the draft to carry on next time, or discard what you typed "
                    "(the saved goal stays as it was).",
                )
                if self.draft.goal_id is not None
                else QCoreApplication.translate(
                    "GoalWizard", "Keep the draft to carry on next time, or discard what you typed."
                ),
            )
            if choice is None:
                return
            if choice and not self._save_draft():
                return  # stay open: closing now would lose what was typed
            if not choice:
                self._discard_draft()
        super().reject()

    def _discard_draft(self) -> None:
        # A draft that could not be dropped is offered again next time: nothing is lost.
        goal_id = self.draft.goal_id
        self._ops.run(
            self,
            lambda: self._drafts.discard(goal_id),
            Change.NONE,
            title=QCoreApplication.translate("GoalWizard", "The draft was not discarded"),
        )
