"""The app in German (the catalogue in smartgoals_app/resources/translations): the
dashboard, the Plan tab and the wizard editing a goal, as a German-speaking user sees them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from functools import partial
from pathlib import Path

from _common import save, temporary_database
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from smartgoals_app.io.export_plan import export_plan
from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.ui.app import build_operations
from smartgoals_app.ui.i18n import install_translators
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import ChangeBus, DialogPrompts, Operations
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.wizard import build_goal_wizard

TODAY = date(2026, 11, 18)
SIZE = (1100, 760)


@contextmanager
def german() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    before = QLocale()
    QLocale.setDefault(locale)
    translators = install_translators(app, locale)
    try:
        # Qt's, the English plural forms beneath, and ours
        assert len(translators) == 3, "the German catalogues (Qt's and ours) did not load"
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def render(out_dir: Path) -> list[Path]:
    written: list[Path] = []
    with german(), temporary_database() as db:
        behind, _on_track, _stretch = populate_demo(db, TODAY)
        goals = GoalService(db, today=lambda: TODAY)
        plan = PlanService(db, today=lambda: TODAY)
        window = MainWindow(
            goals=goals,
            measurements=MeasurementService(db, today=lambda: TODAY),
            plan=plan,
            db_path=db.path,
            today=lambda: TODAY,
            ops=build_operations(),
        )
        window.resize(*SIZE)
        window.show()
        window.select_goal(behind)
        written.append(save(window, out_dir / "de-dashboard.png"))
        window.close()
        window.deleteLater()

        view = PlanView(
            plan,
            Operations(ChangeBus(), DialogPrompts()),
            today=lambda: TODAY,
            now=lambda: datetime.combine(TODAY, time(17, 52)),
            exporter=partial(export_plan, db),
        )
        view.resize(*SIZE)
        view.show()
        written.append(save(view, out_dir / "de-plan-week.png"))
        view.close()
        view.deleteLater()

        wizard = build_goal_wizard(
            None, behind, goals=goals, drafts=DraftService(db), today=lambda: TODAY, ops=build_operations()
        )
        wizard.resize(*SIZE)
        wizard.show()
        for page in range(7):
            if page in (3, 5, 7):  # SMART goal, targets, review
                written.append(save(wizard, out_dir / f"de-wizard-{page}.png"))
            wizard.next()
        written.append(save(wizard, out_dir / "de-wizard-7.png"))
        wizard.hide()
        wizard.deleteLater()
        QApplication.processEvents()
    return written
