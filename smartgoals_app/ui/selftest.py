"""`smartgoals --self-test`: prove an installed build can start, from a script.

Offscreen, against a throwaway database filled with the demo goals: opens the dashboard
and checks it lists them, opens the goal wizard for a new goal and for editing one, opens
the About dialog, closes everything and reports. Nothing touches the user's files: the
database and the settings live in the temporary folder the caller passes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QAbstractItemModel, QElapsedTimer, QLocale, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QMainWindow, QWidget

from smartgoals_app import __version__
from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.about import AboutDialog, add_help_menu
from smartgoals_app.ui.i18n import install_translators
from smartgoals_app.ui.operations import ChangeBus, DialogPrompts, Operations
from smartgoals_app.ui.settings import make_settings, remember_window


class SelfTestServices(Protocol):
    @property
    def goals(self) -> GoalService: ...

    @property
    def drafts(self) -> DraftService: ...


class SelfTestError(Exception):
    pass


def _rows(model: QAbstractItemModel, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
    parent = parent if parent is not None else QModelIndex()
    count: int = model.rowCount(parent)
    return count + sum(_rows(model, model.index(row, 0, parent)) for row in range(count))


def listed_rows(window: QWidget) -> int:
    """Rows (at every depth) in the visible item views of ``window``."""
    return sum(
        _rows(view.model())
        for view in window.findChildren(QAbstractItemView)
        if view.isVisible() and view.model() is not None
    )


def _check_wizard(app: QApplication, parent: QWidget, services: SelfTestServices, goal_id: int | None) -> str:
    try:
        from smartgoals_app.ui.wizard import build_goal_wizard
    except ImportError as exc:
        raise SelfTestError(f"the goal wizard cannot be imported: {exc}") from exc
    # Its own operation path: the self-test opens the wizard but saves nothing through it.
    ops = Operations(ChangeBus(), DialogPrompts())
    wizard = build_goal_wizard(
        parent, goal_id, goals=services.goals, drafts=services.drafts, today=date.today, ops=ops
    )
    try:
        wizard.show()
        app.processEvents()
        page = wizard.currentPage()
        if not wizard.isVisible() or page is None:
            raise SelfTestError(f"the goal wizard did not show a page (goal {goal_id})")
        wizard.grab()  # paints every widget of the page
        return page.title() or type(page).__name__
    finally:
        wizard.hide()  # not close(): that may ask whether to keep the draft
        wizard.deleteLater()


def _check_languages(app: QApplication) -> str:
    """The German catalogues (the app's and Qt's own) ship with the build and load."""
    translators = install_translators(app, QLocale(QLocale.Language.German))
    for translator in translators:
        app.removeTranslator(translator)
    if len(translators) < 2:
        raise SelfTestError("the German translation catalogues are missing (the app's or Qt's)")
    return "German catalogues load (the app's and Qt's)"


def _check_report(db: Database, folder: Path) -> str:
    """The PDF report of every goal, written as the command line writes it; and whether
    this build can print (a trimmed Qt may lack QtPrintSupport)."""
    from smartgoals_app.services.measurements import MeasurementService
    from smartgoals_app.services.plan import PlanService
    from smartgoals_app.ui.report.action import printing_available
    from smartgoals_app.ui.report.content import Scope, gather
    from smartgoals_app.ui.report.pdf import write_pdf

    path = folder / "report.pdf"
    report = gather(
        Scope(),
        goals=GoalService(db),
        measurements=MeasurementService(db),
        plan=PlanService(db),
        today=date.today,
    )
    pages = write_pdf(report, path)
    if not path.read_bytes().startswith(b"%PDF"):
        raise SelfTestError("the report was not written as a PDF")
    printing = "printing available" if printing_available() else "printing NOT available"
    return f"report written ({report.goal_count} goals on {pages} pages; {printing})"


# What this module prints goes to a console for scripts and CI logs: it stays English on
# purpose (not wrapped for translation). The windows it opens carry their own words.


def run_self_test(
    app: QApplication,
    db: Database,
    services: SelfTestServices,
    make_main_window: Callable[[], QMainWindow],
    folder: Path,
) -> int:
    """0 when every window opened; 1 with the reason on stderr otherwise. Whatever the
    outcome, no window it opened stays open."""
    window: QMainWindow | None = None
    try:
        ids = populate_demo(db, date.today())
        window = make_main_window()
        remember_window(window, make_settings(folder / "settings.ini"), key="MainWindow")
        add_help_menu(window, db_path=db.path, settings_path=str(folder / "settings.ini"))
        window.show()
        app.processEvents()
        window.grab()
        rows = listed_rows(window)
        if rows < len(ids):
            raise SelfTestError(f"the dashboard lists {rows} rows for {len(ids)} demo goals")
        print(f"self-test: dashboard lists the {len(ids)} demo goals")
        # The chart (pyqtgraph) is built just after the dashboard's first paint.
        clock = QElapsedTimer()
        clock.start()
        while not window.findChildren(QGraphicsView) and clock.elapsed() < 5000:
            app.processEvents()
        if not window.findChildren(QGraphicsView):
            raise SelfTestError("the progress chart was not drawn")
        window.grab()
        print("self-test: progress chart drawn")
        print(f"self-test: {_check_languages(app)}")
        print(f"self-test: wizard opened for a new goal ({_check_wizard(app, window, services, None)})")
        print(f"self-test: wizard opened to edit a goal ({_check_wizard(app, window, services, ids[0])})")
        print(f"self-test: {_check_report(db, folder)}")
        about = AboutDialog(db_path=db.path, parent=window)
        about.show()
        app.processEvents()
        about.grab()
        about.close()
        window.close()
        app.processEvents()
        if not (folder / "settings.ini").exists():
            raise SelfTestError("the window geometry was not saved on close")
    except SelfTestError as exc:
        print(f"SmartGoals {__version__} self-test FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        if window is not None and window.isVisible():
            window.close()
    print(f"SmartGoals {__version__} self-test passed")
    return 0
