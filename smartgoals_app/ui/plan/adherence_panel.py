"""Effort beside outcome: how much of a goal's plan was actually done."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from smartgoals_app.domain.adherence import Adherence, Share
from smartgoals_app.services.plan import PlanService

EXPLAIN = (
    "Share of the plan's occurrences ticked done. Skips count as not done; "
    "today's open tasks are not counted yet. The streak is done occurrences in a row "
    "(a missed one ends it; a skip does not)."
)


def share_text(share: Share) -> str:
    return f"{share.percent_text} ({share.done} of {share.counted})" if share.counted else "nothing due yet"


def adherence_text(result: Adherence) -> tuple[str, str, str]:
    streak = f"{result.streak} done in a row" if result.streak else "none yet"
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
        super().__init__("Plan adherence", parent)
        self.setObjectName("adherencePanel")
        self._plan = plan
        self._today = today
        self.goal_id = goal_id
        self.setToolTip(EXPLAIN)
        grid = QGridLayout(self)
        self.short_label = QLabel()
        self.long_label = QLabel()
        self.streak_label = QLabel()
        for row, (caption, value) in enumerate(
            [
                ("Last 4 weeks", self.short_label),
                ("Last 12 weeks", self.long_label),
                ("Streak", self.streak_label),
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

    def refresh(self) -> None:
        if self.goal_id is None:
            for label in (self.short_label, self.long_label, self.streak_label):
                label.setText("—")
            return
        if not self._plan.tasks(self.goal_id):
            self.short_label.setText("No tasks planned for this goal")
            self.long_label.setText("—")
            self.streak_label.setText("—")
            return
        short, long, streak = adherence_text(self._plan.goal_adherence(self.goal_id, self._today()))
        self.short_label.setText(short)
        self.long_label.setText(long)
        self.streak_label.setText(streak)
