"""Composition root: arguments in, database opened, services built and handed to windows.

Nothing here is global: every window gets the narrow services it needs.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QWidget

from smartgoals_app.io.export_plan import export_plan
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import (
    DamagedDatabaseError,
    Database,
    StorageError,
    default_db_path,
    latest_backup,
    open_database,
    restore_backup,
)
from smartgoals_app.ui import dialogs
from smartgoals_app.ui.about import add_help_menu
from smartgoals_app.ui.icons import app_icon
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.plan.reminders import install_tray
from smartgoals_app.ui.plan.week_view import PlanView, export_plan_action
from smartgoals_app.ui.selftest import run_self_test
from smartgoals_app.ui.settings import make_settings, remember_window
from smartgoals_app.ui.single_instance import listen_for_second_start
from smartgoals_app.ui.startup import MAIN_WINDOW_KEY, bench_exit_after_paint, hand_over, make_application


@dataclass(frozen=True)
class Services:
    """The services built at start-up; windows take only the ones they need."""

    goals: GoalService
    measurements: MeasurementService
    plan: PlanService
    drafts: DraftService


def build_services(db: Database, today: Callable[[], date] = date.today) -> Services:
    return Services(
        goals=GoalService(db, today=today),
        measurements=MeasurementService(db, today=today),
        plan=PlanService(db),
        drafts=DraftService(db),
    )


def open_or_recover(path: Path) -> Database | None:
    """Open the database, offering the newest backup when the file is damaged."""
    try:
        return open_database(path)
    except DamagedDatabaseError as exc:
        reason = dialogs.error_text(exc)
        title = QCoreApplication.translate("App", "Database damaged")
        backup = latest_backup(path)
        if backup is None:
            dialogs.show_error(
                None,
                title,
                QCoreApplication.translate("App", "{reason}\n\nNo backup was found next to it.").format(
                    reason=reason
                ),
            )
            return None
        if not dialogs.ask_yes_no(
            None,
            title,
            QCoreApplication.translate(
                "App",
                "{reason}\n\nRestore the newest backup ({backup})? "
                "The damaged file is kept beside it with the ending .damaged.",
            ).format(reason=reason, backup=backup.name),
            default_yes=True,
        ):
            return None
        try:
            restore_backup(path, backup)
            return open_database(path)
        except (StorageError, OSError, sqlite3.Error) as failed:
            # The backup itself is only read, so it is still there to try again.
            dialogs.show_error(
                None,
                title,
                QCoreApplication.translate(
                    "App", "The backup could not be restored: {reason}\n\nThe backup {backup} is unchanged."
                ).format(reason=dialogs.error_text(failed), backup=backup.name),
            )
            return None
    except StorageError as exc:
        dialogs.show_error(
            None,
            QCoreApplication.translate("App", "SmartGoals cannot open its database"),
            dialogs.error_text(exc),
        )
        return None


def run(
    db_path: Path,
    *,
    self_test: bool = False,
    argv: Sequence[str] = (),
    start_window: QWidget | None = None,
) -> int:
    """Open the database and the main window; ``start_window`` (ui/startup.py, shown
    before the heavy imports) is replaced by the main window in the same place."""
    if self_test:
        return _self_test(argv)
    app = make_application(argv or [sys.argv[0]])
    lock = QLockFile(str(db_path) + ".lock")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if not lock.tryLock(200):
        dialogs.show_info(
            None,
            QCoreApplication.translate("App", "SmartGoals is already open"),
            QCoreApplication.translate(
                "App", "Another SmartGoals window is using {path}. Switch to it instead."
            ).format(path=db_path),
        )
        return 1
    db = open_or_recover(db_path)
    if db is None:
        return 1
    try:
        services = build_services(db)
        plan_view = _plan_view(services, db)
        window = _main_window(services, db_path, plan_view)
        _wire_plan(window, plan_view, settings=QSettings(), quit=app.quit)
        settings = make_settings()
        remember_window(window, settings, key=MAIN_WINDOW_KEY)
        add_help_menu(window, db_path=db_path, settings_path=settings.fileName())
        hand_over(start_window, window)
        listen_for_second_start(db_path, window, is_default=db_path == default_db_path())
        bench_exit_after_paint(
            app, window, later=lambda: window.detail.built_chart if window.detail.model else window
        )
        if should_start_with_wizard(services):
            # After the first paint, so the main window is there behind the wizard.
            QTimer.singleShot(0, window.new_goal)
        return app.exec()
    finally:
        db.close()
        lock.unlock()


def should_start_with_wizard(services: Services) -> bool:
    """An empty database starts with the wizard, and so does an unfinished new goal:
    its welcome page offers to resume it (METHOD.md: typing is never lost)."""
    return services.drafts.pending() is not None or not services.goals.has_goals()


def _plan_view(services: Services, db: Database) -> PlanView:
    return PlanView(services.plan, today=date.today, exporter=functools.partial(export_plan, db))


def _wire_plan(
    window: MainWindow, plan_view: PlanView, *, settings: QSettings, quit: Callable[[], None]
) -> None:
    """The Plan tab talks to the dashboard; reminders go to the tray, or to the tab's
    banner where there is no tray; "Export plan to calendar (.ics)" joins the menus."""
    plan_view.changed.connect(window.refresh)

    def log_checkin(goal_id: int) -> None:
        window.select_goal(goal_id)
        window.log_checkin()

    plan_view.checkinRequested.connect(log_checkin)
    plan_menu = window.menuBar().addMenu(QCoreApplication.translate("PlanMenu", "&Plan"))
    plan_menu.setObjectName("planMenu")
    plan_menu.addAction(export_plan_action(plan_view, window))
    notifier = install_tray(window, app_icon(), settings, quit=quit)
    if notifier is not None:
        plan_view.set_notifier(notifier)
    plan_view.start_reminders()


def _main_window(services: Services, db_path: Path, plan_view: PlanView | None = None) -> MainWindow:
    return MainWindow(
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        db_path=db_path,
        today=date.today,
        plan_view=plan_view,
        open_wizard=functools.partial(
            _open_goal_wizard, goals=services.goals, drafts=services.drafts, today=date.today
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
) -> int | None:
    # The wizard's modules load when it first opens, not while the dashboard starts.
    from smartgoals_app.ui.wizard import open_goal_wizard

    return open_goal_wizard(parent, goal_id, goals=goals, drafts=drafts, today=today)


def _self_test(argv: Sequence[str]) -> int:
    """Offscreen, against a throwaway database filled with the demo goals: opens the
    dashboard, the wizard and About (smartgoals_app/ui/selftest.py), so a script can check
    an installed build."""
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
                lambda: _main_window(services, db.path, _plan_view(services, db)),
                Path(folder),
            )
        finally:
            db.close()
