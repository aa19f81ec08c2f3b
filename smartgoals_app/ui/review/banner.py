"""The review on the goal: a banner asking for the review once the deadline has passed,
and the stored review from then on. It opens the review dialog itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.services.records import GoalOverview, ReviewRecord
from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Change, Operations

if TYPE_CHECKING:
    from smartgoals_app.ui.review.dialog import ReviewDialog


def review_due(goal: GoalOverview, latest: ReviewRecord | None, today: date) -> bool:
    """Past its deadline, still active, and not reviewed since that deadline was set
    (a raise moves the deadline, and asks again at the new one)."""
    return (
        goal.lifecycle is GoalLifecycle.ACTIVE
        and today > goal.spec.deadline
        and (latest is None or latest.reviewed_on <= goal.spec.deadline)
    )


class ReviewBanner(QFrame):
    repeated = Signal(int)  # the new goal a review's repeat made

    def __init__(
        self,
        reviews: ReviewService,
        ops: Operations,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._reviews = reviews
        self._ops = ops
        self._today = today
        self._goal_id: int | None = None
        self.dialog: ReviewDialog | None = None
        self.label = QLabel()
        self.label.setObjectName("reviewMessage")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Re&view it…"))
        self.button.setObjectName("reviewOpen")
        self.button.clicked.connect(self.open_review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setVisible(False)

    def show_goal(self, goal: GoalOverview) -> None:
        self._goal_id = goal.id
        latest = self._reviews.latest(goal.id)
        due = review_due(goal, latest, self._today())
        parts = []
        if due:
            parts.append(
                self.tr(
                    "<b>This goal reached its deadline on {day}.</b> Review it: how did it go, and what next?"
                ).format(day=escape(fmt.day(goal.spec.deadline)))
            )
        if latest is not None:
            parts.append(self.stored_text(latest, goal.unit))
        self.label.setText("<br>".join(parts))
        self.button.setText(self.tr("Re&view it…") if due or latest is None else self.tr("Re&view again…"))
        self.setVisible(bool(parts))

    def stored_text(self, review: ReviewRecord, unit: str) -> str:
        lines = [
            self.tr("<b>Reviewed on {day}: {outcome}</b>, final figure {value}. Next step: {step}").format(
                day=escape(fmt.day(review.reviewed_on)),
                outcome=escape(localize(review.outcome.label)),
                value=escape(fmt.number(review.final_value, unit)),
                step=escape(localize(review.next_step.label)),
            )
        ]
        if review.what_worked:
            lines.append(self.tr("What worked: {text}").format(text=escape(review.what_worked)))
        if review.what_did_not:
            lines.append(self.tr("What did not: {text}").format(text=escape(review.what_did_not)))
        return "<br>".join(lines)

    def open_review(self) -> None:
        """Open the review of the goal shown (also on demand, before the deadline)."""
        goal_id = self._goal_id
        if goal_id is None or self._ops.refuse_change(self.window()):
            return
        from smartgoals_app.ui.review.dialog import ReviewDialog  # loads on first use

        done = self._ops.run(
            self,
            lambda: ReviewDialog(self.window(), reviews=self._reviews, ops=self._ops, goal_id=goal_id),
            Change.NONE,
            title=self.tr("The review cannot be opened"),
        )
        if done is not None:
            dialog = self.dialog = done.value
            dialog.accepted.connect(lambda: self._finished(dialog))
            dialog.open()

    def _finished(self, dialog: ReviewDialog) -> None:
        if dialog.new_goal_id is not None:
            self.repeated.emit(dialog.new_goal_id)
