"""`smartgoals [--db DB] export-report FILE.pdf [--goal ID | --strategy ID | --workspace NAME]`: the report
without a window.

Exit codes: 0 written; 1 nothing written, with one sentence on stderr (no database at
DB, damaged or newer database, unknown goal, strategy or workspace, no goals, unwritable
FILE).
Qt is imported only inside the command, after the offscreen platform is chosen when
there is no display, so `smartgoals --help` stays free of Qt.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path


def _headless() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def export_report_command(
    db_path: Path,
    target: Path,
    *,
    goal_id: int | None = None,
    strategy_id: int | None = None,
    workspace: str | None = None,
) -> int:
    if _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QGuiApplication

    from smartgoals_app.ui.i18n import install_translators

    app = QGuiApplication.instance()
    translators: list[QTranslator] = []
    if app is None:
        app = QGuiApplication([sys.argv[0] if sys.argv else "smartgoals"])
        translators = install_translators(app)
    try:
        return _export(db_path, target, goal_id=goal_id, strategy_id=strategy_id, workspace=workspace)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _export(
    db_path: Path,
    target: Path,
    *,
    goal_id: int | None,
    strategy_id: int | None,
    workspace: str | None,
) -> int:
    from smartgoals_app.domain.text import translate
    from smartgoals_app.services.goals import GoalService
    from smartgoals_app.services.measurements import MeasurementService
    from smartgoals_app.services.plan import PlanService
    from smartgoals_app.services.workspaces import OpenWorkspace, WorkspaceService
    from smartgoals_app.storage.database import StorageError, open_database
    from smartgoals_app.ui.i18n import localize
    from smartgoals_app.ui.report.content import ReportError, Scope, gather
    from smartgoals_app.ui.report.pdf import write_pdf

    def fail(reason: str) -> int:
        print(localize(reason), file=sys.stderr)
        return 1

    if not db_path.exists():
        return fail(
            translate("Report", "No SmartGoals database at {path}; no report written.").format(
                path=str(db_path)
            )
        )
    try:
        db = open_database(db_path, backup=False)
    except StorageError as exc:
        return fail(_reason(exc))
    try:
        today = date.today
        shown = OpenWorkspace()  # none open: every workspace's goals
        if workspace is not None:
            spaces = WorkspaceService(db, shown)
            spaces.open(spaces.named(workspace).id)
        report = gather(
            Scope(goal_id=goal_id, strategy_id=strategy_id),
            goals=GoalService(db, today=today, workspace=shown),
            measurements=MeasurementService(db, today=today),
            plan=PlanService(db, today=today, workspace=shown),
            today=today,
        )
        pages = write_pdf(report, target)
    except (ReportError, StorageError) as exc:
        return fail(_reason(exc))
    finally:
        db.close()
    print(
        localize(
            translate("Report", "Wrote the report to {path}. Goals in it: {goals}; pages: {pages}.").format(
                goals=report.goal_count, pages=pages, path=str(target)
            )
        )
    )
    # The ids --goal and --strategy take, which the window never shows.
    for strategy in report.strategies:
        for section in strategy.goals:
            goal = section.goal
            print(
                localize(
                    translate("Report", "  goal {id} (strategy {strategy}): {title}").format(
                        id=goal.id, strategy=goal.strategy_id, title=goal.title
                    )
                )
            )
    return 0


def _reason(exc: Exception) -> str:
    # args[0] keeps the reason a Text (str(exc) would be its English words only).
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
