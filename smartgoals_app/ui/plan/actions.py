"""What the Plan tab offers beyond its calendar: the calendar export (its menu action
and its report) and the reminder banner used where the desktop has no tray."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from smartgoals_app.io.export_plan import ExportResult, left_out_message
from smartgoals_app.ui.counts import Counts
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.theme import BANNER_BACKGROUND, BANNER_BORDER, BANNER_TEXT

if TYPE_CHECKING:
    from smartgoals_app.ui.plan.plan_view import PlanView

Exporter = Callable[[Path], ExportResult]


def export_message(result: ExportResult) -> str:
    """What the export wrote, and how to use the file."""
    counts = Counts()
    tasks, goals = counts.tasks(result.tasks), counts.goals(result.goals)
    message = QCoreApplication.translate(
        "PlanView",
        "Saved {tasks} and the check-ins of {goals} to {path} "
        "(times in {zone}).\n\nImport the file in your calendar; importing it again later "
        "updates the same events instead of adding copies.",
    ).format(tasks=tasks, goals=goals, path=result.path, zone=result.zone)
    if result.left_out:
        message += "\n\n" + localize(left_out_message(result.left_out))
    return message


def export_plan_action(view: Callable[[], PlanView], parent: QObject, *, can_export: bool) -> QAction:
    """ "Export plan to calendar (.ics)…" for the main window's menu or toolbar; ``view``
    gives the Plan tab's view (a tab built on first use builds it when first asked), and
    ``can_export`` says whether that view is given an exporter."""
    action = QAction(QCoreApplication.translate("PlanView", "Export plan to &calendar (.ics)…"), parent)
    action.setObjectName("exportPlanAction")
    action.setToolTip(
        QCoreApplication.translate(
            "PlanView",
            "Write the plan's tasks and check-ins to a calendar file; importing it again updates them",
        )
    )
    action.setEnabled(can_export)
    action.triggered.connect(lambda _checked=False: view().export_calendar())
    return action


class ReminderBanner(QFrame):
    """The last three reminders at the top of the tab, until dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            f"QFrame#reminderBanner {{ background: {BANNER_BACKGROUND}; border: 1px solid {BANNER_BORDER};"
            f" border-radius: 4px; }} QFrame#reminderBanner QLabel {{ color: {BANNER_TEXT}; }}"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        dismiss = QToolButton()
        dismiss.setText(self.tr("Dismiss"))
        dismiss.setObjectName("dismissBanner")
        dismiss.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        row.addWidget(dismiss)
        self.hide()

    def add(self, title: str, message: str) -> None:
        lines = [line for line in self.label.text().split("<br>") if line][-2:]
        lines.append(f"<b>{html.escape(title)}</b> · {html.escape(message)}")
        self.label.setText("<br>".join(lines))
        self.show()

    def dismiss(self) -> None:
        self.label.clear()
        self.hide()


class BannerNotifier:
    """Reminders as a banner at the top of the Plan tab (no system tray)."""

    def __init__(self, banner: ReminderBanner) -> None:
        self._banner = banner

    def notify(self, title: str, message: str) -> None:
        self._banner.add(title, message)
