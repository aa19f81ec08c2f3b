"""Composition root: arguments in, database opened, services built and handed to windows.

Nothing here is global: every window gets the narrow services it needs.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from smartgoals_app.io.export_plan import ExportResult, export_plan
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.history import HistoryService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.services.strategies import StrategyService
from smartgoals_app.services.workspaces import OpenWorkspace, WorkspaceService
from smartgoals_app.storage.database import (
    Database,
    StorageError,
    data_folder_error,
    default_db_path,
    make_private,
    open_database,
)
from smartgoals_app.storage.maintenance import DeferredMaintenance
from smartgoals_app.ui import dialogs
from smartgoals_app.ui.about import add_help_menu
from smartgoals_app.ui.data_transfer import add_data_transfer
from smartgoals_app.ui.error_report import ErrorReporter, log_folder, main_window_of
from smartgoals_app.ui.file_open import explain_lock_refused, maintain_after_paint, open_or_recover
from smartgoals_app.ui.history.action import add_history
from smartgoals_app.ui.icons import app_icon
from smartgoals_app.ui.import_memory import forget_import_sources
from smartgoals_app.ui.lazy_tab import LazyTab
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Change, ChangeBus, DialogPrompts, Operations, Prompts
from smartgoals_app.ui.plan import reminders
from smartgoals_app.ui.plan.actions import export_plan_action
from smartgoals_app.ui.plan.reminders import install_tray
from smartgoals_app.ui.portfolio.action import add_portfolio
from smartgoals_app.ui.report.action import add_report_action
from smartgoals_app.ui.review.action import add_review
from smartgoals_app.ui.settings import make_settings, remember_window
from smartgoals_app.ui.single_instance import listen_for_second_start
from smartgoals_app.ui.startup import (
    MAIN_WINDOW_KEY,
    after_first_paint,
    bench_exit_after_paint,
    hand_over,
    make_application,
)
from smartgoals_app.ui.strategy.actions import add_strategy_actions
from smartgoals_app.ui.workspace_menu import add_workspace_menu, open_remembered

if TYPE_CHECKING:
    from smartgoals_app.ui.plan.plan_view import PlanView


@dataclass(frozen=True)
class Services:
    """The services built at start-up; windows take only the ones they need."""

    goals: GoalService
    measurements: MeasurementService
    plan: PlanService
    drafts: DraftService
    strategies: StrategyService
    workspaces: WorkspaceService
    workspace: OpenWorkspace  # the window's open one, read by the services that list things


def build_services(db: Database, today: Callable[[], date] = date.today) -> Services:
    workspace = OpenWorkspace()
    return Services(
        goals=GoalService(db, today=today, workspace=workspace),
        measurements=MeasurementService(db, today=today),
        plan=PlanService(db, today=today, workspace=workspace),
        drafts=DraftService(db),
        strategies=StrategyService(db, workspace=workspace),
        workspaces=WorkspaceService(db, workspace),
        workspace=workspace,
    )


def run(
    db_path: Path,
    *,
    self_test: bool = False,
    argv: Sequence[str] = (),
    start_window: QWidget | None = None,
    log_dir: Path | None = None,
    prompts: Prompts | None = None,
) -> int:
    """Open the database and the main window; ``start_window`` (ui/startup.py, shown
    before the heavy imports) is replaced by the main window in the same place. Errors
    that nothing else caught are shown and logged to ``log_dir`` (ui/error_report.py).
    ``prompts`` reaches the user (message boxes unless given), from the first message on."""
    if self_test:
        return _self_test(argv)
    app = make_application(argv or [sys.argv[0]])
    with ErrorReporter(log_dir or log_folder(), main_window_of(app)).installed():
        return _run_app(app, db_path, start_window, prompts or DialogPrompts())


def _run_app(app: QApplication, db_path: Path, start_window: QWidget | None, prompts: Prompts) -> int:
    problem = data_folder_error(db_path)  # before the lock, which lives in that folder
    if problem is not None:
        prompts.show_error(
            None,
            QCoreApplication.translate("App", "SmartGoals cannot use its data folder"),
            dialogs.error_text(problem),
        )
        return 1
    lock = QLockFile(str(db_path) + ".lock")
    if not lock.tryLock(200):
        explain_lock_refused(db_path, lock.error(), prompts)
        return 1
    make_private(Path(str(db_path) + ".lock"))
    db = open_or_recover(db_path, prompts=prompts, defer_maintenance=True)
    if db is None:
        return 1
    maintenance = DeferredMaintenance(db)
    try:
        services = build_services(db)
        ops = build_operations(prompts)
        try:
            window = compose_window(app, db, services, ops)
        except StorageError as exc:  # no workspace left in the file
            title = QCoreApplication.translate("App", "SmartGoals cannot open its database")
            prompts.show_error(None, title, dialogs.error_text(exc))
            return 1
        # Both watch for the window's first paint, so they are set up before it is shown.
        maintain_after_paint(
            window, maintenance, db, prompts=prompts, refresh=lambda: ops.bus.announce(Change.ALL)
        )
        bench_exit_after_paint(
            app, window, later=lambda: window.detail.built_chart if window.detail.model else window
        )
        hand_over(start_window, window)
        listen_for_second_start(db_path, window, is_default=db_path == default_db_path())
        if should_start_with_wizard(services):
            # After the first paint, so the main window is there behind the wizard.
            QTimer.singleShot(0, window.new_goal)
        return app.exec()
    finally:
        maintenance.join()
        db.close()
        lock.unlock()


def compose_window(
    app: QApplication, db: Database, services: Services, ops: Operations, settings: QSettings | None = None
) -> MainWindow:
    """The main window with every tab, menu and action, on a file or on a server (not
    shown yet); what only a file has (lock, maintenance, second start) is the caller's.
    It opens the workspace the user had open last (``settings``, the platform's own
    unless given), else the first; a StorageError in plain words when they may see none."""
    settings = settings if settings is not None else make_settings()
    open_remembered(services.workspaces, settings, db)  # before any tab reads its goals
    # The Plan tab's page is built when the reminders first look, after the first paint
    # (or when the tab is shown first): the first window shows the Goals tab.
    plan_tab = LazyTab(lambda: _plan_view(services, db, ops))
    window = _main_window(services, db.path, ops, plan_tab)
    forget_import_sources()  # the app's imports are done (the chart's come after the paint)
    _wire_plan(window, plan_tab, settings=QSettings(), quit=app.quit)
    add_data_transfer(window, db, ops=ops)
    add_strategy_actions(window, window.goal_list, window.goal_menu, strategies=services.strategies, ops=ops)
    add_portfolio(window, goals=services.goals, bus=ops.bus, today=date.today)
    add_workspace_menu(window, workspaces=services.workspaces, ops=ops, settings=settings, db=db)
    remember_window(window, settings, key=MAIN_WINDOW_KEY)
    add_help_menu(window, db_path=db.path, settings_path=settings.fileName())
    add_review(
        window, reviews=ReviewService(db, goals=services.goals, plan=services.plan), ops=ops, today=date.today
    )
    add_history(window, history=HistoryService(db))
    add_report_action(
        window,
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        today=date.today,
        current_goal=window.current_goal_id,
        ops=ops,
    )
    return window


def build_operations(prompts: Prompts | None = None, *, read_only: bool = False) -> Operations:
    """The one change bus of the window and the operation path every screen writes through."""
    return Operations(ChangeBus(), prompts or DialogPrompts(), read_only=read_only)


def should_start_with_wizard(services: Services) -> bool:
    """An empty database starts with the wizard, and so does an unfinished new goal:
    its welcome page offers to resume it (typing is never lost)."""
    return services.drafts.pending() is not None or not services.goals.has_goals()


def _plan_view(services: Services, db: Database, ops: Operations) -> PlanView:
    from smartgoals_app.ui.plan.plan_view import PlanView  # with the tab, not before the first paint

    def exporter(target: Path) -> ExportResult:
        return export_plan(db, target, workspace_id=services.workspace.id)  # the open one's plan

    return PlanView(services.plan, ops, today=date.today, exporter=exporter)


def _wire_plan(
    window: MainWindow,
    plan: LazyTab[PlanView],
    *,
    settings: QSettings,
    quit: Callable[[], None],
) -> None:
    """The Plan tab opens the dashboard's check-in; reminders go to the tray, or to the
    tab's banner where there is no tray; "Export plan to calendar (.ics)" joins the menus.
    (The two tabs hear each other's changes on the shared bus.)"""

    def log_checkin(goal_id: int) -> None:
        window.select_goal(goal_id)
        window.log_checkin()

    plan_menu = window.menuBar().addMenu(QCoreApplication.translate("PlanMenu", "&Plan"))
    plan_menu.setObjectName("planMenu")
    plan_menu.addAction(export_plan_action(plan.page, window, can_export=True))  # _plan_view's exporter
    notifier = install_tray(window, app_icon(), settings, quit=quit)

    def wire(plan_view: PlanView) -> None:
        plan_view.checkinRequested.connect(log_checkin)
        if notifier is not None:
            plan_view.set_notifier(notifier)

    plan.when_built(wire)

    def start_reminders() -> None:
        plan.page().start_reminders(first_check_ms=0)

    # The first check reads every goal's plan and reports to the Plan tab's view, built
    # then unless the tab was shown before: it waits for the dashboard's first paint (a
    # timer started now could fire before a slow first paint and hold it up), and then
    # for FIRST_CHECK_MS, so neither delays the chart drawn right after that paint.
    after_first_paint(window, lambda: QTimer.singleShot(reminders.FIRST_CHECK_MS, window, start_reminders))


def _main_window(
    services: Services, db_path: Path, ops: Operations, plan_view: QWidget | None = None
) -> MainWindow:
    return MainWindow(
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        db_path=db_path,
        today=date.today,
        ops=ops,
        plan_view=plan_view,
        open_wizard=functools.partial(
            _open_goal_wizard,
            goals=services.goals,
            drafts=services.drafts,
            today=date.today,
            ops=ops,
            measurements=services.measurements,
        ),
        pending_draft=lambda: services.drafts.pending() is not None,
    )


def _open_goal_wizard(
    parent: QWidget | None,
    goal_id: int | None,
    *,
    goals: GoalService,
    drafts: DraftService,
    today: Callable[[], date],
    ops: Operations,
    measurements: MeasurementService | None = None,
) -> int | None:
    # The wizard's modules load when it first opens, not while the dashboard starts.
    from smartgoals_app.ui.wizard import open_goal_wizard

    return open_goal_wizard(
        parent, goal_id, goals=goals, drafts=drafts, today=today, ops=ops, measurements=measurements
    )


def _self_test_window(services: Services, db: Database) -> MainWindow:
    ops = build_operations()
    return _main_window(services, db.path, ops, _plan_view(services, db, ops))


def _self_test(argv: Sequence[str]) -> int:
    """Offscreen, against a throwaway database filled with the demo goals: opens the
    dashboard, the wizard and About (smartgoals_app/ui/selftest.py), so a script can check
    an installed build."""
    from smartgoals_app.ui.selftest import run_self_test  # with the demo goals it writes

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application(argv or [sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="smartgoals-selftest-") as folder:
        db = open_database(Path(folder) / "selftest.db", backup=False)
        try:
            services = build_services(db)
            return run_self_test(
                app,
                db,
                services,
                lambda: _self_test_window(services, db),
                Path(folder),
            )
        finally:
            db.close()
