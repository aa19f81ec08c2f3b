"""The Goals tab: the empty state, or the goal list above the chosen goal, with the
check-ins of that goal logged, corrected, deleted and brought back from here.

It redraws when the change bus says that something it shows has changed, whoever
changed it (this tab, the Plan tab, the wizard, an import).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.services.records import GoalOverview, MeasurementRecord
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard.checkin_dialog import CheckInDialog, GoalChoice, Initial
from smartgoals_app.ui.dashboard.controller import DashboardController
from smartgoals_app.ui.dashboard.detail import GoalDetail
from smartgoals_app.ui.dashboard.goal_list import GoalList
from smartgoals_app.ui.operations import Change, OnConflict, Operations
from smartgoals_app.ui.startup import after_first_paint

# Goals read before the first paint: more rows than the list shows at once on a tall
# screen. The rest are read right after it, and the columns fitted to them all then.
FIRST_SCREEN = 50
# What the list and the chosen goal show: its figures, its plan and the plan's ticks.
SHOWN = Change.ALL  # the list, the detail, its chart, adherence and review


class DashboardView(QStackedWidget):
    newGoalRequested = Signal()
    refreshed = Signal(bool)  # after every redraw: whether there are goals
    goalShown = Signal(object)  # the GoalOverview now in the detail
    said = Signal(str)  # a line for the window's status bar, always in view

    def __init__(
        self,
        *,
        controller: DashboardController,
        ops: Operations,
        detail: GoalDetail,
        can_set_up: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self._controller = controller
        self._ops = ops
        self._deleted: MeasurementRecord | None = None
        self._first_screen: int | None = FIRST_SCREEN
        self._rest_pending = False
        self.checkin_dialog: CheckInDialog | None = None

        self.goal_list = GoalList()
        self.detail = detail
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
                if can_set_up
                else ""
            )
        )
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(24)
        self.empty_button = QPushButton(self.tr("Set up your first goal…"))
        self.empty_button.setObjectName("emptyNewGoal")
        if not can_set_up:  # hide(), as setVisible(True) on an unparented widget opens a window
            self.empty_button.hide()
        self.empty_button.clicked.connect(self.newGoalRequested)
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

        self.addWidget(self.empty_page)
        self.addWidget(self.dashboard_scroll)

        self.goal_list.goalSelected.connect(self._show_goal)
        self.detail.checkinRequested.connect(self.log_checkin)
        self.detail.table.editRequested.connect(self.edit_measurement)
        self.detail.table.deleteRequested.connect(self.delete_measurement)
        self.detail.table.undoRequested.connect(self.undo_delete)
        ops.bus.changed.connect(self._on_change)

    def _on_change(self, what: Change) -> None:
        if what & SHOWN:
            self.refresh()

    # -- what is shown -------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list (aggregate queries) and the chosen goal's detail. The first
        time, before anything has painted, only the first FIRST_SCREEN goals are read:
        the rest join the list once it has painted (fill_rest)."""
        first, self._first_screen = self._first_screen, None
        self._rest_pending = False
        loaded = self._ops.run(
            self,
            lambda: self._controller.load_overview(first),
            Change.NONE,
            title=self.tr("The goals could not be read"),
        )
        if loaded is None:
            return
        overviews = loaded.value
        listed = self._controller.listed
        self.goal_list.set_goals(overviews, total=listed)
        if listed > len(overviews):
            self._rest_pending = True
            after_first_paint(self.goal_list.tree.viewport(), self._after_first_screen)
        self.setCurrentWidget(self.dashboard_scroll if overviews else self.empty_page)
        if overviews:
            chosen = self.goal_list.selected_id()
            if chosen is None or not self.goal_list.is_shown(chosen):
                visible = self.goal_list.visible_ids()
                chosen = visible[0] if visible else overviews[0].id
                self.goal_list.select(chosen)
            self._show_goal(chosen)
        self.refreshed.emit(bool(overviews))

    def _after_first_screen(self) -> None:
        # One more turn: the chart, queued by the same paint, is drawn first.
        QTimer.singleShot(0, self, self.fill_rest)

    def fill_rest(self) -> None:
        """Read the goals the first screen left out into the list (nothing when it has
        them all): its order, filter and chosen goal then are as if read whole."""
        if not self._rest_pending:
            return
        self._rest_pending = False
        loaded = self._ops.run(
            self, self._controller.load_rest, Change.NONE, title=self.tr("The goals could not be read")
        )
        if loaded is not None:
            self.goal_list.add_goals(loaded.value)

    def current_goal(self) -> GoalOverview | None:
        model = self.detail.model
        return model.goal if model is not None else None

    def select_goal(self, goal_id: int) -> None:
        if goal_id not in self._controller.overviews:
            self.fill_rest()  # a goal chosen elsewhere (the plan, the portfolio) before the list filled
        self.goal_list.select(goal_id)
        self._show_goal(goal_id)

    def _show_goal(self, goal_id: int) -> None:
        if self.detail.model is not None and self.detail.model.goal.id != goal_id:
            self.forget_undo()
        shown = self._ops.run(
            self,
            lambda: self._controller.detail(goal_id),
            Change.NONE,
            title=self.tr("The goal could not be read"),
        )
        model = shown.value if shown is not None else None
        if model is not None:
            self.detail.set_model(model)
            self.goalShown.emit(model.goal)

    # -- check-ins -----------------------------------------------------------
    def _open_dialog(self, dialog: CheckInDialog) -> None:
        # open(), not exec(): window-modal without a nested event loop, so tests drive it.
        # Bound methods, not lambdas holding the dialog: a closure over a dialog that
        # Qt deletes crashed PySide6 at teardown.
        if self._ops.refuse_change(self.window()):
            dialog.deleteLater()
            return
        self.checkin_dialog = dialog
        dialog.accepted.connect(self._checkin_accepted)
        dialog.finished.connect(self._checkin_finished)
        dialog.open()

    def _checkin_accepted(self) -> None:
        # The bus has redrawn the list already; show the goal the figure went to.
        dialog = self.checkin_dialog
        if dialog is not None and dialog.saved_goal_id is not None:
            self.select_goal(dialog.saved_goal_id)

    def _checkin_finished(self) -> None:
        dialog, self.checkin_dialog = self.checkin_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def log_checkin(self) -> None:
        self.fill_rest()  # the dialog offers every goal
        if not self._controller.overviews:
            return
        goal = self.current_goal()
        self._open_dialog(
            CheckInDialog(
                self.window(),
                goals=[GoalChoice(g.id, g.title, g.unit) for g in self._controller.overviews.values()],
                goal_id=goal.id if goal is not None else None,
                today=self._controller.today,
                submit=self._controller.log,
                ops=self._ops,
            )
        )

    def edit_measurement(self, index: int) -> None:
        model = self.detail.model
        if model is None:
            return
        measurement_id = model.series.ids[index]
        controller = self._controller

        def reread() -> Initial:
            stored = controller.measurement(measurement_id)
            return Initial(stored.day, stored.value, stored.note, stored.version)

        # Read as stored now, with its version: the correction saves against it.
        read = self._ops.run(self, reread, Change.NONE, title=self.tr("The check-in cannot be corrected"))
        if read is None:
            return

        def correct(day: date, value: float, note: str, seen: int | None) -> None:
            controller.edit(measurement_id, day, value, note, seen_version=seen)

        self._open_dialog(
            CheckInDialog(
                self.window(),
                goals=[GoalChoice(model.goal.id, model.goal.title, model.goal.unit)],
                goal_id=model.goal.id,
                today=controller.today,
                ops=self._ops,
                initial=read.value,
                correct=correct,
                reread=reread,
            )
        )

    def delete_measurement(self, index: int) -> None:
        model = self.detail.model
        if model is None:
            return
        measurement_id = model.series.ids[index]
        controller = self._controller

        def delete(seen: int | None) -> MeasurementRecord:  # against the version shown, or theirs
            return controller.delete(measurement_id, seen_version=seen)

        # Reload theirs needs nothing more: the table redraws when the bus announces it.
        done = self._ops.run(
            self,
            lambda: delete(model.series.version(index)),
            Change.MEASUREMENTS,
            title=self.tr("Could not delete the check-in"),
            on_conflict=OnConflict(lambda theirs: delete(theirs.version)),
        )
        if done is None:
            return
        record = done.value
        self._deleted = record
        what = {"value": fmt.number(record.value, model.goal.unit), "day": fmt.day(record.day)}
        self.detail.table.show_undo(self.tr("Deleted {value} of {day}.").format(**what))
        # The table's Undo can be scrolled out of view on a small screen; the way back
        # comes first, so a narrow status bar cuts the figure, not the way back.
        self.said.emit(self.tr("Deleted (Ctrl+Z brings it back): {value} of {day}").format(**what))

    def undo_delete(self) -> None:
        record, self._deleted = self._deleted, None
        self.detail.table.show_undo("")
        if record is None:
            return
        self._ops.run(
            self,
            lambda: self._controller.restore(record),
            Change.MEASUREMENTS,
            title=self.tr("Could not undo"),
        )

    def forget_undo(self) -> None:
        """Another goal shown, or the goal itself deleted: its check-in cannot come back."""
        self._deleted = None
        self.detail.table.show_undo("")
