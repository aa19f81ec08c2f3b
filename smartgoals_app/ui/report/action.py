"""Goal > Export report…: choose this goal, this strategy or all goals, then save a PDF
or print it. The file and print dialogs are asked through the prompts object the action
is given, so tests answer them instead of blocking on a modal dialog."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui import dialogs, folders
from smartgoals_app.ui.operations import Operations
from smartgoals_app.ui.report.content import Scope

if TYPE_CHECKING:
    # The report's layout loads numpy (the chart's data): it is imported when a report
    # is made, so the main window still paints before numpy loads.
    from smartgoals_app.ui.report.content import Report


CHOICE_WIDTH = 420  # pixels of a goal's title or strategy in the dialog's choices


def printing_available() -> bool:
    """Whether this Qt has QtPrintSupport (PySide6-Essentials does; a trimmed build may not)."""
    return importlib.util.find_spec("PySide6.QtPrintSupport") is not None


def suggested_path(name: str, day: date) -> Path:
    """``name-2026-11-22.pdf`` in the user's Documents folder (home when there is none)."""
    return folders.documents() / folders.file_name(name, day, ".pdf", fallback="smartgoals-report")


class ReportDialog(QDialog):
    """Which goals go into the report, and whether to save it or print it."""

    def __init__(
        self,
        parent: QWidget | None,
        goal: GoalOverview | None,
        overviews: list[GoalOverview],
        *,
        can_print: bool,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Export report"))
        self.printing = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which goals go into the report?")))
        self.this_goal = QRadioButton()
        self.this_strategy = QRadioButton()
        self.all_goals = QRadioButton(self.tr("&All goals ({count})").format(count=len(overviews)))
        self.this_goal.setObjectName("reportThisGoal")
        self.this_strategy.setObjectName("reportThisStrategy")
        self.all_goals.setObjectName("reportAllGoals")
        self._goal = goal
        if goal is not None:
            # A strategy may run to 500 characters: the choice shows its start, the
            # tooltip all of it.
            metrics = self.fontMetrics()
            title = metrics.elidedText(goal.title, Qt.TextElideMode.ElideRight, CHOICE_WIDTH)
            statement = metrics.elidedText(goal.strategy, Qt.TextElideMode.ElideRight, CHOICE_WIDTH)
            self.this_goal.setText(self.tr("This &goal: {title}").format(title=title))
            self.this_strategy.setText(self.tr("This &strategy: {statement}").format(statement=statement))
            self.this_goal.setToolTip(goal.title)
            self.this_strategy.setToolTip(goal.strategy)
            self.this_goal.setChecked(True)
        else:
            self.this_goal.setText(self.tr("This &goal"))
            self.this_strategy.setText(self.tr("This &strategy"))
            self.this_goal.setEnabled(False)
            self.this_strategy.setEnabled(False)
            self.all_goals.setChecked(True)
        group = QButtonGroup(self)
        for radio in (self.this_goal, self.this_strategy, self.all_goals):
            group.addButton(radio)
            layout.addWidget(radio)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Sa&ve as PDF…"))
        self.save_button.setObjectName("reportSave")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("reportPrint")
        self.print_button.setVisible(can_print)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self._print_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # once in the box, which would otherwise pick its own

    def _print_chosen(self) -> None:
        self.printing = True
        self.accept()

    def scope(self) -> Scope:
        if self._goal is not None and self.this_goal.isChecked():
            return Scope(goal_id=self._goal.id)
        if self._goal is not None and self.this_strategy.isChecked():
            return Scope(strategy_id=self._goal.strategy_id)
        return Scope()

    def file_stem(self) -> str:
        if self._goal is not None and self.this_goal.isChecked():
            return self._goal.title
        if self._goal is not None and self.this_strategy.isChecked():
            return self._goal.strategy
        return "smartgoals-report"


class ReportAction:
    """The menu action and what it does; ``dialog`` is the last dialog opened."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        goals: GoalService,
        measurements: MeasurementService,
        plan: PlanService,
        today: Callable[[], date],
        current_goal: Callable[[], int | None],
        ops: Operations,
    ) -> None:
        self._window = window
        self._prompts = ops.prompts
        self._goals = goals
        self._measurements = measurements
        self._plan = plan
        self._today = today
        self._current_goal = current_goal
        self.dialog: ReportDialog | None = None
        self.action = QAction(QCoreApplication.translate("ReportAction", "Export &report…"), window)
        self.action.setObjectName("exportReport")
        tip = QCoreApplication.translate(
            "ReportAction", "Save a PDF report of this goal, its strategy or all goals to share, or print it"
        )
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        # A lambda, not the bound method: Qt holds a bound method's object weakly, and the
        # window keeps only the action, so the menu entry did nothing once this was collected.
        self.action.triggered.connect(lambda _checked=False: self.open())

    def open(self) -> None:
        overviews = self._goals.overview()
        if not overviews:
            self._prompts.show_info(
                self._window,
                QCoreApplication.translate("ReportAction", "Export report"),
                QCoreApplication.translate("ReportAction", "There are no goals to report on yet."),
            )
            return
        current = self._current_goal()
        goal = next((g for g in overviews if g.id == current), None)
        self.dialog = ReportDialog(self._window, goal, overviews, can_print=printing_available())
        self.dialog.accepted.connect(self._chosen)
        self.dialog.open()

    def _chosen(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        scope, stem, printing = dialog.scope(), dialog.file_stem(), dialog.printing
        from smartgoals_app.ui.report.content import ReportError

        try:
            report = self._gather(scope)
            if printing:
                self._print(report)
            else:
                self._save(report, stem)
        except ReportError as exc:
            self._prompts.show_error(
                self._window,
                QCoreApplication.translate("ReportAction", "Could not export the report"),
                dialogs.error_text(exc),
            )

    def _gather(self, scope: Scope) -> Report:
        from smartgoals_app.ui.report.content import gather

        return gather(
            scope, goals=self._goals, measurements=self._measurements, plan=self._plan, today=self._today
        )

    def _save(self, report: Report, stem: str) -> None:
        from smartgoals_app.ui.report.pdf import write_pdf

        path = self._prompts.ask_save_path(
            self._window,
            QCoreApplication.translate("ReportAction", "Export report"),
            suggested_path(stem, report.made_on),
            QCoreApplication.translate("ReportAction", "PDF document (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_pdf(report, path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._window.statusBar().showMessage(
            QCoreApplication.translate("ReportAction", "Report saved to {path}").format(path=path), 8000
        )

    def _print(self, report: Report) -> None:
        from PySide6.QtPrintSupport import QPrinter

        from smartgoals_app.ui.report.pdf import page_layout_for, paint_report

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout_for(QLocale()))
        printer.setDocName(QCoreApplication.translate("Report", "SmartGoals progress report"))
        if not self._prompts.ask_printer(self._window, printer):
            return
        paint_report(report, printer)


def add_report_action(
    window: QMainWindow,
    *,
    goals: GoalService,
    measurements: MeasurementService,
    plan: PlanService,
    today: Callable[[], date],
    current_goal: Callable[[], int | None],
    ops: Operations,
) -> ReportAction:
    """Put "Export report…" in the Goal menu, after the chart export when there is one."""
    report = ReportAction(
        window,
        goals=goals,
        measurements=measurements,
        plan=plan,
        today=today,
        current_goal=current_goal,
        ops=ops,
    )
    menu = window.findChild(QMenu, "goalMenu")
    actions = menu.actions() if menu is not None else []
    # The chart's export is the one with Ctrl+Shift+E; the report joins it there.
    after = next((i for i, a in enumerate(actions) if a.shortcut().toString() == "Ctrl+Shift+E"), None)
    if menu is None:
        window.menuBar().addAction(report.action)
    elif after is not None and after + 1 < len(actions):
        menu.insertAction(actions[after + 1], report.action)
    else:
        menu.addAction(report.action)
    return report
