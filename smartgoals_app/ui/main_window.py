"""The main window: the goals dashboard (list above, the chosen goal below), a Plan
tab when the plan view is given, and the actions that work from anywhere."""

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
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.domain.text import joined
from smartgoals_app.domain.validation import ValidationError
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.records import MeasurementRecord
from smartgoals_app.ui import dialogs
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard.checkin_dialog import CheckInDialog, GoalChoice, Initial
from smartgoals_app.ui.dashboard.controller import DashboardController
from smartgoals_app.ui.dashboard.detail import GoalDetail
from smartgoals_app.ui.dashboard.goal_list import GoalList
from smartgoals_app.ui.i18n import localize
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
        open_wizard: OpenWizard | None = None,
        plan_view: QWidget | None = None,
        pending_draft: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__()
        self._controller = DashboardController(
            goals=goals, measurements=measurements, plan=plan, today=today, fmt=fmt
        )
        self._measurements = measurements  # for the import dialog, which writes many rows at once
        self._open_wizard = open_wizard
        self._pending_draft = pending_draft
        self._db_path = db_path
        self._deleted: MeasurementRecord | None = None
        self.checkin_dialog: CheckInDialog | None = None
        # The file's name alone: Qt adds " — SmartGoals" (the application's display name).
        self.setWindowTitle(db_path.name)
        self.resize(preferred_size(self, *PREFERRED_SIZE))

        self.goal_list = GoalList()
        self.detail = GoalDetail(adherence=AdherencePanel(plan, None, today))
        self.detail.set_can_raise(open_wizard is not None)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("dashboardSplitter")
        self.splitter.addWidget(self.goal_list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([190, 570])  # room for a few goals; the chart gets the rest
        # A short screen scrolls the dashboard: keep a few goals in sight above the chart.
        self.goal_list.setMinimumHeight(150)

        self.empty_label = QLabel(
            self.tr(
                "<h2>No goals yet</h2><p>A goal turns posting into progress you can see. "
                "Start with your strategy, then set one SMART goal with a benchmark and a stretch target.</p>"
            )
            + (
                self.tr("<p>The wizard walks you through it in a few minutes (Ctrl+N).</p>")
                if open_wizard
                else ""
            )
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(24)
        self.empty_button = QPushButton(self.tr("Set up your first goal…"))
        self.empty_button.setObjectName("emptyNewGoal")
        if open_wizard is None:  # hide(), as setVisible(True) on an unparented widget opens a window
            self.empty_button.hide()
        self.empty_button.clicked.connect(self.new_goal)
        self.empty_page = QWidget()
        self.empty_page.setObjectName("emptyPage")
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        # On a short screen the dashboard scrolls rather than squeezing the chart flat.
        self.dashboard_scroll = QScrollArea()
        self.dashboard_scroll.setObjectName("dashboardScroll")
        self.dashboard_scroll.setWidgetResizable(True)
        self.dashboard_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dashboard_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.dashboard_scroll.setWidget(self.splitter)

        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty_page)
        self._stack.addWidget(self.dashboard_scroll)

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
            self.tabs.addTab(self._stack, self.tr("G&oals"))  # Alt+G and Alt+P open the menus
            self.tabs.addTab(plan_view, self.tr("P&lan"))
            central_layout.addWidget(self.tabs, 1)
        else:
            self.tabs = None
            central_layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self.goal_list.goalSelected.connect(self._show_goal)
        self.detail.checkinRequested.connect(self.log_checkin)
        self.detail.raiseRequested.connect(self.edit_goal)
        self.detail.table.editRequested.connect(self.edit_measurement)
        self.detail.table.deleteRequested.connect(self.delete_measurement)
        self.detail.table.undoRequested.connect(self.undo_delete)
        self.refresh()

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
        """Reload the list (aggregate queries) and the chosen goal's detail."""
        overviews = self._controller.load_overview()
        self.goal_list.set_goals(overviews)
        has_goals = bool(overviews)
        self._stack.setCurrentWidget(self.dashboard_scroll if has_goals else self.empty_page)
        self.log_action.setEnabled(has_goals)
        self.import_action.setEnabled(has_goals)  # a goal is then always chosen
        self.export_action.setEnabled(has_goals)
        self.edit_goal_action.setEnabled(has_goals and self._open_wizard is not None)
        self.archive_action.setEnabled(has_goals)
        self.delete_goal_action.setEnabled(has_goals)
        self.draft_banner.setVisible(self._pending_draft is not None and self._pending_draft())
        if not has_goals:
            return
        chosen = self.goal_list.selected_id()
        if chosen is None or not self.goal_list.is_shown(chosen):
            visible = self.goal_list.visible_ids()
            chosen = visible[0] if visible else overviews[0].id
            self.goal_list.select(chosen)  # emits goalSelected, which shows it
        self._show_goal(chosen)

    def current_goal_id(self) -> int | None:
        model = self.detail.model
        return model.goal.id if model is not None else None

    def select_goal(self, goal_id: int) -> None:
        self.goal_list.select(goal_id)
        self._show_goal(goal_id)

    def _show_goal(self, goal_id: int) -> None:
        if self.detail.model is not None and self.detail.model.goal.id != goal_id:
            self._forget_undo()
        model = self._controller.detail(goal_id)
        if model is not None:
            self.detail.set_model(model)
            archived = model.goal.lifecycle is GoalLifecycle.ARCHIVED
            self.archive_action.setText(self.tr("Un&archive goal") if archived else self.tr("&Archive goal"))

    # -- goals (the wizard belongs to another module) ------------------------
    def new_goal(self) -> None:
        saved = self._open_wizard(self, None) if self._open_wizard is not None else None
        self.draft_banner.setVisible(self._pending_draft is not None and self._pending_draft())
        if saved is not None:
            self.refresh()
            if saved in self._controller.overviews:
                self.select_goal(saved)  # show what was just set up

    def edit_goal(self) -> None:
        goal_id = self.current_goal_id()
        if (
            self._open_wizard is not None
            and goal_id is not None
            and self._open_wizard(self, goal_id) is not None
        ):
            self.refresh()

    def toggle_archive(self) -> None:
        """Archive the chosen goal, or bring an archived one back; nothing is lost."""
        model = self.detail.model
        if model is None:
            return
        goal = model.goal
        archiving = goal.lifecycle is GoalLifecycle.ACTIVE
        try:
            self._controller.set_archived(goal.id, archiving)
        except KeyError:
            self.refresh()
            return
        self.refresh()
        if self.goal_list.is_shown(goal.id):
            self.select_goal(goal.id)
        if archiving:
            message = self.tr(
                "Archived “{title}”: it stays under All goals (Goal ▸ Unarchive brings it back)."
            ).format(title=goal.title)
        else:
            message = self.tr("“{title}” is active again.").format(title=goal.title)
        self.statusBar().showMessage(message, 10000)

    def delete_goal(self) -> None:
        model = self.detail.model
        if model is None:
            return
        goal = model.goal
        tasks = self._controller.task_count(goal.id)
        question = self.tr(
            "Delete the goal “{title}”?\n\n"
            "Its {measurements} and {tasks} are deleted with it. "
            "This cannot be undone; Archive sets a goal aside instead."
        ).format(title=goal.title, measurements=_measurements(goal.measurement_count), tasks=_tasks(tasks))
        if not dialogs.ask_yes_no(self, self.tr("Delete goal"), question):
            return
        self._forget_undo()
        self._controller.delete_goal(goal.id)
        self.refresh()
        self.statusBar().showMessage(self.tr("Deleted “{title}”.").format(title=goal.title), 8000)

    # -- check-ins -----------------------------------------------------------
    def _choices(self) -> list[GoalChoice]:
        return [GoalChoice(g.id, g.title, g.unit) for g in self._controller.overviews.values()]

    def _open_dialog(self, dialog: CheckInDialog) -> None:
        # open(), not exec(): window-modal without a nested event loop, so tests drive it.
        # Bound methods, not lambdas holding the dialog: a closure over a dialog that
        # Qt deletes crashed PySide6 at teardown.
        self.checkin_dialog = dialog
        dialog.accepted.connect(self._checkin_accepted)
        dialog.finished.connect(self._checkin_finished)
        dialog.open()

    def _checkin_accepted(self) -> None:
        if self.checkin_dialog is not None and self.checkin_dialog.saved_goal_id is not None:
            self._after_change(self.checkin_dialog.saved_goal_id)

    def _checkin_finished(self) -> None:
        dialog, self.checkin_dialog = self.checkin_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def log_checkin(self) -> None:
        if not self._controller.overviews:
            return
        goal_id = self.current_goal_id()
        dialog = CheckInDialog(
            self,
            goals=self._choices(),
            goal_id=goal_id,
            today=self._controller.today,
            submit=self._controller.log,
        )
        self._open_dialog(dialog)

    def edit_measurement(self, index: int) -> None:
        model = self.detail.model
        if model is None:
            return
        series = model.series
        measurement_id = series.ids[index]

        def submit(_goal_id: int, day: date, value: float, note: str) -> None:
            self._controller.edit(measurement_id, day, value, note)

        dialog = CheckInDialog(
            self,
            goals=[GoalChoice(model.goal.id, model.goal.title, model.goal.unit)],
            goal_id=model.goal.id,
            today=self._controller.today,
            submit=submit,
            initial=Initial(series.day(index), series.values[index], series.notes[index]),
        )
        self._open_dialog(dialog)

    def delete_measurement(self, index: int) -> None:
        model = self.detail.model
        if model is None:
            return
        try:
            record = self._controller.delete(model.series.ids[index])
        except KeyError:
            self.refresh()  # deleted elsewhere meanwhile: show what is there
            return
        self._deleted = record
        self._after_change(model.goal.id)
        self.detail.table.show_undo(
            self.tr("Deleted {value} of {day}.").format(
                value=fmt.number(record.value, model.goal.unit), day=fmt.day(record.day)
            )
        )

    def undo_delete(self) -> None:
        record, self._deleted = self._deleted, None
        self.detail.table.show_undo("")
        if record is None:
            return
        try:
            self._controller.restore(record)
        except ValidationError as exc:
            # The messages alone: the field keys in str(exc) mean nothing to the user.
            reason = localize(joined(" ", list(exc.errors.values())))
            dialogs.show_error(self, self.tr("Could not undo"), reason)
        self._after_change(record.goal_id)

    def _forget_undo(self) -> None:
        self._deleted = None
        self.detail.table.show_undo("")

    def _after_change(self, goal_id: int) -> None:
        overviews = self._controller.load_overview()
        self.goal_list.set_goals(overviews)
        self.select_goal(goal_id)

    # -- import --------------------------------------------------------------
    def import_figures(self) -> None:
        model = self.detail.model
        if model is None or not self._controller.overviews:
            return
        from smartgoals_app.ui.dashboard import import_dialog  # CSV reading loads on first use

        import_dialog.open_import_dialog(
            self,
            measurements=self._measurements,
            goal_id=model.goal.id,
            goal_title=model.goal.title,
            unit=model.goal.unit,
            today=self._controller.today,
            on_imported=self.refresh,
        )

    # -- export --------------------------------------------------------------
    def export_chart(self) -> None:
        model = self.detail.model
        if model is None:
            return
        from smartgoals_app.ui.dashboard import export  # QtSvg loads on first use

        self.detail.tabs.setCurrentIndex(0)  # export what the chart shows, not a hidden page
        today = self._controller.today
        suggested = export.export_folder() / f"{_slug(model.goal.title)}-{today.isoformat()}.png"
        path = export.choose_export_path(self, suggested)
        if path is None:
            return
        caption = [
            model.goal.title,
            self.tr("{status} · as of {day}").format(
                status=localize(model.goal.progress.status.label), day=fmt.day(today)
            ),
        ]
        try:
            export.export_chart(self.detail.chart.canvas, path, title=model.goal.title, caption=caption)
        except OSError as exc:
            dialogs.show_error(self, self.tr("Could not export the chart"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Chart saved to {path}").format(path=path), 8000)


def _measurements(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("MainWindow", "1 measurement")
    return QCoreApplication.translate("MainWindow", "{n} measurements").format(n=n)


def _tasks(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("MainWindow", "1 task")
    return QCoreApplication.translate("MainWindow", "{n} tasks").format(n=n)


def _slug(title: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words[:6]) or "chart"
