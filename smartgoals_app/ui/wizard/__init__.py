"""The guided goal wizard: strategy, starting point, SMART goal, why,
targets, plan and review, saved in one transaction on Finish."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from smartgoals_app.domain.draft import GoalDraft
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.ui.operations import Operations
from smartgoals_app.ui.wizard.wizard import GoalWizard


def build_goal_wizard(
    parent: QWidget | None,
    goal_id: int | None,
    *,
    goals: GoalService,
    drafts: DraftService,
    today: Callable[[], date],
    ops: Operations,
    measurements: MeasurementService | None = None,
) -> GoalWizard:
    """A wizard for a new goal (goal_id None) or for editing `goal_id`, not yet shown."""
    draft = goals.load_draft(goal_id) if goal_id is not None else GoalDraft()
    return GoalWizard(
        goals=goals,
        drafts=drafts,
        today=today,
        draft=draft,
        pending=drafts.pending(goal_id),
        ops=ops,
        history=goals.history(goal_id) if goal_id is not None else (),
        save_history=measurements.import_points if measurements is not None else None,
        parent=parent,
    )


def open_goal_wizard(
    parent: QWidget | None,
    goal_id: int | None,
    *,
    goals: GoalService,
    drafts: DraftService,
    today: Callable[[], date],
    ops: Operations,
    measurements: MeasurementService | None = None,
) -> int | None:
    """Run the wizard modally; the saved goal's id, or None when cancelled."""
    wizard = build_goal_wizard(
        parent, goal_id, goals=goals, drafts=drafts, today=today, ops=ops, measurements=measurements
    )
    try:
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        return wizard.saved_goal_id if accepted else None
    finally:
        wizard.deleteLater()


__all__ = ["GoalWizard", "build_goal_wizard", "open_goal_wizard"]
