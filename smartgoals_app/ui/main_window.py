"""The main window composes: the Goals tab (ui/dashboard/view.py), a Plan tab when the
plan view is given, the menus, and the actions that work from anywhere."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui import folders
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.counts import Counts
from smartgoals_app.ui.dashboard.checkin_dialog import CheckInDialog
from smartgoals_app.ui.dashboard.controller import DashboardController
from smartgoals_app.ui.dashboard.detail import GoalDetail
from smartgoals_app.ui.dashboard.view import DashboardView
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Change, Operations
from smartgoals_app.ui.plan.adherence_panel import AdherencePanel
from smartgoals_app.ui.screen_fit import preferred_size

PREFERRED_SIZE = (1100, 760)  # on a screen with room; smaller screens get what they have
OpenWizard = Callable[[QWidget, int | None], int | None]


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        goals: GoalService,
        measurements: MeasurementService,
        plan: PlanService,
        db_path: Path,
        today: Callable[[], date],
        ops: Operations,
        open_wizard: OpenWizard | None = None,
        plan_view: QWidget | None = None,
        pending_draft: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__()
        self._controller = DashboardController(
            goals=goals, measurements=measurements, plan=plan, today=today, fmt=fmt
        )
        self.ops = ops  # the operation path its screens and add-ons write through
        self._measurements = measurements  # for the import dialog, which writes many rows at once
        self._open_wizard = open_wizard
        self._pending_draft = pending_draft
        self._db_path = db_path
        # The file's name alone: Qt adds " — SmartGoals" (the application's display name).
        self.setWindowTitle(db_path.name)
        self.resize(preferred_size(self, *PREFERRED_SIZE))

        detail = GoalDetail(adherence=AdherencePanel(plan, None, today))
        detail.set_can_raise(open_wizard is not None)
        self.dashboard = DashboardView(
            controller=self._controller, ops=ops, detail=detail, can_set_up=open_wizard is not None
        )
        # The dashboard's parts, for the window's actions and for tests.
        self.goal_list = self.dashboard.goal_list
        self.detail = self.dashboard.detail
        self.splitter = self.dashboard.splitter
        self.empty_label = self.dashboard.empty_label
        self.empty_button = self.dashboard.empty_button
        self.empty_page = self.dashboard.empty_page
        self.dashboard_scroll = self.dashboard.dashboard_scroll

        # A kept wizard draft is easy to forget: say so above everything else.
        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("draftBanner")
        self.draft_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.draft_label = QLabel(self.tr("You have an unfinished goal."))
        self.draft_label.setObjectName("draftMessage")
        self.draft_button = QPushButton(self.tr("&Resume"))
        self.draft_button.setObjectName("resumeDraft")
        self.draft_button.setToolTip(self.tr("Open the wizard where you left the new goal"))
        self.draft_button.clicked.connect(self.new_goal)
        banner_layout = QHBoxLayout(self.draft_banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        banner_layout.addWidget(self.draft_label, 1)
        banner_layout.addWidget(self.draft_button)
        self.draft_banner.setVisible(False)

        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(4)
        central_layout.addWidget(self.draft_banner)
        if plan_view is not None:
            self.tabs: QTabWidget | None = QTabWidget()
            self.tabs.setObjectName("mainTabs")
            self.tabs.addTab(self.dashboard, self.tr("G&oals"))  # Alt+G and Alt+P open the menus
            self.tabs.addTab(plan_view, self.tr("P&lan"))
            central_layout.addWidget(self.tabs, 1)
        else:
            self.tabs = None
            central_layout.addWidget(self.dashboard, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self.dashboard.newGoalRequested.connect(self.new_goal)
        self.dashboard.refreshed.connect(self._update_actions)
        self.dashboard.goalShown.connect(self._name_archive_action)
        self.dashboard.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.detail.raiseRequested.connect(self.edit_goal)
        self.refresh()

    @property
    def checkin_dialog(self) -> CheckInDialog | None:
        return self.dashboard.checkin_dialog

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.setObjectName("fileMenu")
        self.goal_menu = self.menuBar().addMenu(self.tr("&Goal"))
        self.goal_menu.setObjectName("goalMenu")

        def action(
            text: str, slot: Callable[[], object], shortcut: str | None, tip: str, *, on_toolbar: bool = True
        ) -> QAction:
            created = QAction(text, self)
            if shortcut:
                created.setShortcut(QKeySequence(shortcut))
                created.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            if shortcut:
                keys = created.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                created.setToolTip(self.tr("{tip} ({shortcut})").format(tip=tip, shortcut=keys))
            else:
                created.setToolTip(tip)
            created.setStatusTip(tip)
            created.triggered.connect(slot)
            if on_toolbar:
                toolbar.addAction(created)
            self.goal_menu.addAction(created)
            self.addAction(created)
            return created

        self.new_goal_action = action(
            self.tr("&New goal…"),
            self.new_goal,
            QKeySequence(QKeySequence.StandardKey.New).toString(),
            self.tr("Set up a new SMART goal"),
        )
        self.edit_goal_action = action(
            self.tr("&Edit goal…"), self.edit_goal, "Ctrl+E", self.tr("Change the chosen goal")
        )
        for wizard_action in (self.new_goal_action, self.edit_goal_action):
            wizard_action.setVisible(self._open_wizard is not None)
            wizard_action.setEnabled(self._open_wizard is not None)
        self.log_action = action(
            self.tr("&Log check-in…"), self.log_checkin, "Ctrl+L", self.tr("Record this period's figure")
        )
        self.import_action = action(
            self.tr("&Import past figures…"),
            self.import_figures,
            None,
            self.tr(
                "Read the chosen goal's past figures from an analytics export (CSV) to show the trend so far"
            ),
        )
        self.export_action = action(
            self.tr("E&xport chart…"),
            self.export_chart,
            "Ctrl+Shift+E",
            self.tr("Save the chart as a PNG image or an SVG drawing"),
        )
        self.goal_menu.addSeparator()
        # Off the toolbar: rare, and Delete is destructive (it asks first).
        self.archive_action = action(
            self.tr("&Archive goal"),
            self.toggle_archive,
            "Ctrl+Shift+A",
            self.tr("Set the chosen goal aside; it stays under All goals and can be unarchived"),
            on_toolbar=False,
        )
        self.delete_goal_action = action(
            self.tr("&Delete goal…"),
            self.delete_goal,
            "Ctrl+Shift+Del",
            self.tr("Delete the chosen goal with its measurements and tasks"),
            on_toolbar=False,
        )
        self.file_menu.addAction(self.new_goal_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        self.quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.setStatusTip(self.tr("Close SmartGoals; everything is saved already"))
        self.quit_action.triggered.connect(self.quit)
        self.file_menu.addAction(self.quit_action)
        self.addAction(self.quit_action)
        # The same goal actions on a right click in the list.
        self.goal_list.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.goal_list.tree.addActions(
            [self.edit_goal_action, self.log_action, self.archive_action, self.delete_goal_action]
        )

    def quit(self) -> None:
        """Close the window (it remembers its place) and end the app, tray or not."""
        self.close()
        QCoreApplication.quit()

    # -- refreshing ----------------------------------------------------------
    def refresh(self) -> None:
        """Redraw the dashboard; it also redraws by itself when the bus announces a change."""
        self.dashboard.refresh()

    def _update_actions(self, has_goals: bool) -> None:
        self.log_action.setEnabled(has_goals)
        self.import_action.setEnabled(has_goals)  # a goal is then always chosen
        self.export_action.setEnabled(has_goals)
        self.edit_goal_action.setEnabled(has_goals and self._open_wizard is not None)
        self.archive_action.setEnabled(has_goals)
        self.delete_goal_action.setEnabled(has_goals)
        self._show_draft_banner()

    def _show_draft_banner(self) -> None:
        self.draft_banner.setVisible(self._pending_draft is not None and self._pending_draft())

    def _name_archive_action(self, goal: GoalOverview) -> None:
        archived = goal.lifecycle is GoalLifecycle.ARCHIVED
        self.archive_action.setText(self.tr("Un&archive goal") if archived else self.tr("&Archive goal"))

    def current_goal_id(self) -> int | None:
        goal = self.dashboard.current_goal()
        return goal.id if goal is not None else None

    def select_goal(self, goal_id: int) -> None:
        self.dashboard.select_goal(goal_id)

    def log_checkin(self) -> None:
        self.dashboard.log_checkin()

    # -- goals (the wizard belongs to another module) ------------------------
    def new_goal(self) -> None:
        saved = self._run_wizard(None)
        self._show_draft_banner()
        if saved is not None and saved in self._controller.overviews:
            self.select_goal(saved)  # show what was just set up

    def edit_goal(self) -> None:
        goal_id = self.current_goal_id()
        if goal_id is not None:
            self._run_wizard(goal_id)

    def _run_wizard(self, goal_id: int | None) -> int | None:
        """The wizard announces what it saved; the dashboard redraws from that."""
        open_wizard = self._open_wizard
        if open_wizard is None or self.ops.refuse_change(self):
            return None
        opened = self.ops.run(
            self,
            lambda: open_wizard(self, goal_id),
            Change.NONE,
            title=self.tr("The goal could not be opened"),
        )
        return opened.value if opened is not None else None

    def toggle_archive(self) -> None:
        """Archive the chosen goal, or bring an archived one back; nothing is lost."""
        goal = self.dashboard.current_goal()
        if goal is None:
            return
        archiving = goal.lifecycle is GoalLifecycle.ACTIVE
        done = self.ops.run(
            self,
            lambda: self._controller.set_archived(goal.id, archiving),
            Change.GOALS,
            title=self.tr("The goal was not archived")
            if archiving
            else self.tr("The goal was not unarchived"),
        )
        if done is None:
            return
        if self.goal_list.is_shown(goal.id):
            self.select_goal(goal.id)
        if archiving:
            # The way back first: a narrow status bar cuts off the end of a long title.
            message = self.tr(
                "Archived, under All goals (Goal ▸ Unarchive brings it back): “{title}”"
            ).format(title=goal.title)
        else:
            message = self.tr("“{title}” is active again.").format(title=goal.title)
        self.statusBar().showMessage(message, 10000)

    def delete_goal(self) -> None:
        goal = self.dashboard.current_goal()
        if goal is None or self.ops.refuse_change(self):
            return
        counted = self.ops.run(
            self,
            lambda: (self._controller.measurement_count(goal.id), self._controller.task_count(goal.id)),
            Change.NONE,
            title=self.tr("The goal was not deleted"),
        )
        if counted is None:
            return
        question = self.tr(
            "Delete the goal “{title}”?\n\n"
            "Its {measurements} and {tasks} are deleted with it. "
            "This cannot be undone; Archive sets a goal aside instead."
        ).format(
            title=goal.title,
            measurements=Counts().checkins(counted.value[0]),
            tasks=Counts().tasks(counted.value[1]),
        )
        if not self.ops.prompts.ask_yes_no(self, self.tr("Delete goal"), question):
            return
        self.dashboard.forget_undo()
        done = self.ops.run(
            self,
            lambda: self._controller.delete_goal(goal.id),
            Change.GOALS | Change.MEASUREMENTS | Change.TASKS | Change.MARKS,
            title=self.tr("The goal was not deleted"),
        )
        if done is not None:
            self.statusBar().showMessage(self.tr("Deleted “{title}”.").format(title=goal.title), 8000)

    # -- import --------------------------------------------------------------
    def import_figures(self) -> None:
        model = self.detail.model
        if model is None or not self._controller.overviews or self.ops.refuse_change(self):
            return
        from smartgoals_app.ui.dashboard import import_dialog  # CSV reading loads on first use

        import_dialog.open_import_dialog(
            self,
            measurements=self._measurements,
            goal_id=model.goal.id,
            goal_title=model.goal.title,
            unit=model.goal.unit,
            today=self._controller.today,
            ops=self.ops,
        )

    # -- export --------------------------------------------------------------
    def export_chart(self) -> None:
        model = self.detail.model
        if model is None:
            return
        from smartgoals_app.ui.dashboard import export  # QtSvg loads on first use

        self.detail.tabs.setCurrentIndex(0)  # export what the chart shows, not a hidden page
        today = self._controller.today
        suggested = folders.pictures() / folders.file_name(model.goal.title, today, ".png", fallback="chart")
        title, filters = export.chooser()
        chosen = self.ops.prompts.ask_save_name(self, title, suggested, filters)
        if chosen is None:
            return
        path = export.chosen_path(*chosen)
        caption = [
            model.goal.title,
            self.tr("{status} · as of {day}").format(
                status=localize(model.goal.progress.status.label), day=fmt.day(today)
            ),
        ]
        try:
            export.export_chart(self.detail.chart.canvas, path, title=model.goal.title, caption=caption)
        except OSError as exc:
            self.ops.prompts.show_error(self, self.tr("Could not export the chart"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Chart saved to {path}").format(path=path), 8000)
