"""After the deadline, and all goals at once: the review banner on a goal past its
deadline, the review dialog, and the Portfolio tab.

The demo data is made on 22 November 2026 and looked at on 15 December, when its third
goal (deadline 12 December) is due for its review; so the pictures only change when
these screens do.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from _common import save, temporary_database
from PySide6.QtWidgets import QApplication

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.ui.app import build_operations
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.portfolio.action import add_portfolio
from smartgoals_app.ui.review.action import add_review

MADE = date(2026, 11, 22)
SEEN = date(2026, 12, 15)
SIZE = (1100, 760)


def render(out_dir: Path) -> list[Path]:
    written: list[Path] = []
    with temporary_database() as db:
        _behind, _on_track, past = populate_demo(db, MADE)
        ops = build_operations()
        goals = GoalService(db, today=lambda: SEEN)
        plan = PlanService(db, today=lambda: SEEN)
        window = MainWindow(
            goals=goals,
            measurements=MeasurementService(db, today=lambda: SEEN),
            plan=plan,
            db_path=db.path,
            today=lambda: SEEN,
            ops=ops,
            plan_view=PlanView(plan, ops, today=lambda: SEEN),
        )
        banner = add_review(
            window,
            reviews=ReviewService(db, goals=goals, plan=plan, today=lambda: SEEN),
            ops=ops,
            today=lambda: SEEN,
        )
        portfolio = add_portfolio(window, goals=goals, bus=ops.bus, today=lambda: SEEN)
        window.resize(*SIZE)
        window.show()
        window.select_goal(past)
        written.append(save(window, out_dir / "review-banner.png"))
        banner.open_review()
        dialog = banner.dialog
        assert dialog is not None
        dialog.resize(900, 760)
        written.append(save(dialog, out_dir / "review-dialog.png"))
        dialog.reject()
        assert window.tabs is not None
        window.tabs.setCurrentWidget(portfolio)
        written.append(save(window, out_dir / "portfolio.png"))
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return written
