"""Plan screenshots: the week (tasks ticked, skipped, missed, to do, and check-ins)
and the month, from the demo data with a fixed "today" (a Wednesday, so the week
shows both what happened and what is coming)."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import partial
from pathlib import Path

from _common import save, temporary_database
from PySide6.QtWidgets import QApplication

from smartgoals_app.io.export_plan import export_plan
from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.plan import PlanService
from smartgoals_app.ui.operations import ChangeBus, DialogPrompts, Operations
from smartgoals_app.ui.plan.controller import Mode
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.theme import dark_palette

TODAY = date(2026, 11, 18)
NOW = datetime.combine(TODAY, time(17, 52))  # eight minutes before the evening reel
SIZE = (1100, 760)
SMALL = (800, 600)


def render(out_dir: Path) -> list[Path]:
    written: list[Path] = []
    with temporary_database() as db:
        populate_demo(db, TODAY)
        view = PlanView(
            PlanService(db, today=lambda: TODAY),
            Operations(ChangeBus(), DialogPrompts()),
            today=lambda: TODAY,
            now=lambda: NOW,
            exporter=partial(export_plan, db),
        )
        view.resize(*SIZE)
        view.show()
        written.append(save(view, out_dir / "plan-week.png"))
        view.set_mode(Mode.MONTH)
        written.append(save(view, out_dir / "plan-month.png"))
        view.set_mode(Mode.WEEK)
        view.reminders.check_now()  # the in-app banner, as on a desktop without a tray
        view.resize(*SMALL)
        written.append(save(view, out_dir / "plan-week-800x600.png"))
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        light = app.palette()
        app.setPalette(dark_palette())
        try:
            view.banner.dismiss()
            view.resize(*SIZE)
            view.refresh()
            written.append(save(view, out_dir / "plan-week-dark.png"))
        finally:
            app.setPalette(light)
        view.close()
        view.deleteLater()
    return written
