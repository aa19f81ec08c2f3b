"""Effort beside outcome: how much of a goal's plan was actually done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from smartgoals_app.domain.adherence import Adherence, Share
from smartgoals_app.domain.text import translate
from smartgoals_app.services.plan import PlanService
from smartgoals_app.ui.i18n import localize

# A Text (English when read as str); show it through ui.i18n.localize().
EXPLAIN = translate(
    "AdherencePanel",
    "Share of the plan's occurrences ticked done. Skips count as not done; "
    "today's open tasks are not counted yet. The streak is done occurrences in a row "
    "(a missed one ends it; a skip does not).",
)


def share_text(share: Share) -> str:
    if not share.counted:
        return QCoreApplication.translate("AdherencePanel", "nothing due yet")
    return QCoreApplication.translate("AdherencePanel", "{percent} ({done} of {counted})").format(
        percent=localize(share.percent_text), done=share.done, counted=share.counted
    )


def adherence_text(result: Adherence) -> tuple[str, str, str]:
    streak = (
        QCoreApplication.translate("AdherencePanel", "{count} done in a row").format(count=result.streak)
        if result.streak
        else QCoreApplication.translate("AdherencePanel", "none yet")
    )
    return share_text(result.last_4_weeks), share_text(result.last_12_weeks), streak


class AdherencePanel(QGroupBox):
    """Last 4 weeks, last 12 weeks and streak for one goal's plan; `set_goal` switches goal."""

    def __init__(
        self,
        plan: PlanService,
        goal_id: int | None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Plan adherence"))
        self.setObjectName("adherencePanel")
        self._plan = plan
        self._today = today
        self.goal_id = goal_id
        self.setToolTip(localize(EXPLAIN))
        grid = QGridLayout(self)
        self.short_label = QLabel()
        self.long_label = QLabel()
        self.streak_label = QLabel()
        for row, (caption, value) in enumerate(
            [
                (self.tr("Last 4 weeks"), self.short_label),
                (self.tr("Last 12 weeks"), self.long_label),
                (self.tr("Streak"), self.streak_label),
            ]
        ):
            grid.addWidget(QLabel(caption), row, 0)
            value.setObjectName(f"adherence{row}")
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        self.refresh()

    def set_goal(self, goal_id: int | None) -> None:
        self.goal_id = goal_id
        self.refresh()

    def show_goal(self, goal_id: int, result: Adherence | None) -> None:
        """Show figures the caller computed already (None: the goal has no tasks)."""
        self.goal_id = goal_id
        self._show(result)

    def refresh(self) -> None:
        if self.goal_id is None:
            for label in (self.short_label, self.long_label, self.streak_label):
                label.setText("—")
            return
        tasks = self._plan.tasks(self.goal_id)
        self._show(self._plan.goal_adherence(self.goal_id, self._today(), tasks=tasks) if tasks else None)

    def _show(self, result: Adherence | None) -> None:
        if result is None:
            self.short_label.setText(self.tr("No tasks planned for this goal"))
            self.long_label.setText("—")
            self.streak_label.setText("—")
            return
        short, long, streak = adherence_text(result)
        self.short_label.setText(short)
        self.long_label.setText(long)
        self.streak_label.setText(streak)
