"""Dashboard speed, measured (never asserted) against a floor taken in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/dashboard.py [--repeat N]

Floor: a bare pyqtgraph PlotWidget with a 2-point curve, opened (built, shown,
painted) and redrawn after a pan. Then the real dashboard:
  - open a goal with 100,000 measurements (query, SMART check, chart, table) and
    paint it; redraw after a pan;
  - load a database of 200 goals with 3 years of daily data into the goal list.
Each figure is the median of --repeat runs, printed in ms and as a ratio to the floor.
Bulk data goes in with executemany in one transaction each (seconds, not minutes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database, open_database
from smartgoals_app.ui.main_window import MainWindow
from tests.factories import signups_draft

TODAY = date(2026, 11, 22)
BIG_GOAL_POINTS = 100_000
LIST_GOALS = 200
LIST_DAYS = 3 * 365


def median_ms(action: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def settle(app: QApplication) -> None:
    app.processEvents()
    app.processEvents()


# -- data ------------------------------------------------------------------------
def seed_goal(db: Database) -> int:
    start = TODAY - timedelta(days=LIST_DAYS)
    draft = signups_draft(start, title="Grow newsletter sign-ups from 120 to 200 in three years")
    draft.deadline = TODAY + timedelta(days=120)
    return GoalService(db, today=lambda: start).save(draft)


def bulk_measurements(db: Database, goal_ids: list[int], days: int, per_goal: int) -> None:
    """`per_goal` rows per goal spread over `days` days before today, one transaction."""
    first = TODAY - timedelta(days=days)
    rng = np.random.default_rng(7)
    offsets = np.linspace(0, days, per_goal, endpoint=False).astype(int)
    values = 120 + np.cumsum(rng.normal(0.05, 1.0, per_goal))
    day_text = [(first + timedelta(days=int(o))).isoformat() for o in offsets]
    rows = [
        (goal_id, day_text[i], float(values[i]), "", "import", "2026-11-22 00:00:00.000000")
        for goal_id in goal_ids
        for i in range(per_goal)
    ]
    with db.transaction() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def clone_goals(db: Database, template_id: int, count: int) -> list[int]:
    """Copies of one saved goal, inserted in one statement batch (titles numbered)."""
    with db.transaction() as session:
        connection = session.connection()
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(goal)")) if row[1] != "id"]
        listed = ", ".join(columns)
        chosen = ", ".join("title || ' #' || ?" if c == "title" else c for c in columns)
        connection.exec_driver_sql(
            f"INSERT INTO goal ({listed}) SELECT {chosen} FROM goal WHERE id = ?",
            [(n, template_id) for n in range(2, count + 1)],
        )
        ids = [int(r[0]) for r in connection.execute(text("SELECT id FROM goal ORDER BY id"))]
    return ids


def window_for(db: Database) -> MainWindow:
    window = MainWindow(
        goals=GoalService(db, today=lambda: TODAY),
        measurements=MeasurementService(db, today=lambda: TODAY),
        plan=PlanService(db),
        db_path=db.path,
        today=lambda: TODAY,
    )
    window.resize(1100, 760)
    return window


# -- measurements ----------------------------------------------------------------
def floor(app: QApplication, repeat: int) -> tuple[float, float]:
    widgets: list[pg.PlotWidget] = []

    def open_plot() -> None:
        widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
        widget.getPlotItem().setClipToView(True)
        widget.getPlotItem().setDownsampling(auto=True, mode="peak")
        widget.plot(np.array([0.0, 86_400.0]), np.array([1.0, 2.0]))
        widget.resize(800, 500)
        widget.show()
        settle(app)
        widget.viewport().repaint()
        widgets.append(widget)

    opened = median_ms(open_plot, repeat)
    widget = widgets[-1]
    view = widget.getPlotItem().getViewBox()

    def pan() -> None:
        # One synchronous frame: the range change (downsampling runs here) and a paint.
        view.translateBy(x=3_600.0)
        widget.viewport().repaint()

    redrawn = median_ms(pan, repeat * 5)
    for item in widgets:
        item.close()
        item.deleteLater()
    settle(app)
    return opened, redrawn


def big_goal(app: QApplication, folder: Path, repeat: int) -> tuple[float, float]:
    db = open_database(folder / "big.db", backup=False)
    goal_id = seed_goal(db)
    bulk_measurements(db, [goal_id], days=LIST_DAYS, per_goal=BIG_GOAL_POINTS)
    other = seed_goal(db)  # a second goal, so opening means switching to the big one
    window = window_for(db)
    window.show()
    settle(app)
    canvas = window.detail.chart.canvas

    def open_goal() -> None:
        window.select_goal(other)
        settle(app)
        window.select_goal(goal_id)
        settle(app)
        canvas.viewport().repaint()

    # Opening includes switching away first; measure that switch alone and subtract it.
    def switch_small() -> None:
        window.select_goal(other)
        settle(app)
        canvas.viewport().repaint()

    opened = max(median_ms(open_goal, repeat) - median_ms(switch_small, repeat), 0.0)
    window.select_goal(goal_id)
    settle(app)
    view = window.detail.chart.plot.getViewBox()
    view.setXRange(*view.viewRange()[0])

    def pan() -> None:
        view.translateBy(x=86_400.0 * 3)
        canvas.viewport().repaint()

    redrawn = median_ms(pan, repeat * 5)
    drawn = window.detail.chart.measurements.curve.xData
    print(f"  (the curve drew {len(drawn):,} of {BIG_GOAL_POINTS:,} points after peak downsampling)")
    window.close()
    window.deleteLater()
    settle(app)
    db.close()
    return opened, redrawn


def big_list(app: QApplication, folder: Path, repeat: int) -> tuple[float, float]:
    db = open_database(folder / "list.db", backup=False)
    ids = clone_goals(db, seed_goal(db), LIST_GOALS)
    bulk_measurements(db, ids, days=LIST_DAYS, per_goal=LIST_DAYS)
    goals = GoalService(db, today=lambda: TODAY)
    window = window_for(db)
    window.show()
    settle(app)

    def load_list() -> None:
        window.goal_list.set_goals(goals.overview())
        settle(app)
        window.goal_list.tree.viewport().repaint()

    listed = median_ms(load_list, repeat)
    whole = median_ms(lambda: (window.refresh(), settle(app)), repeat)
    window.close()
    window.deleteLater()
    settle(app)
    db.close()
    return listed, whole


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="smartgoals-bench-") as name:
        folder = Path(name)
        floor_open, floor_redraw = floor(app, args.repeat)
        open_ms, pan_ms = big_goal(app, folder, args.repeat)
        list_ms, refresh_ms = big_list(app, folder, args.repeat)

    def row(label: str, value: float, base: float) -> str:
        return f"  {label:<58} {value:8.1f} ms  {value / base:6.1f}x floor"

    print(f"Dashboard benchmark (median of {args.repeat}; redraws of {args.repeat * 5})")
    print(f"  {'floor: bare PlotWidget, 2 points, open':<58} {floor_open:8.1f} ms")
    print(f"  {'floor: bare PlotWidget, 2 points, redraw after pan':<58} {floor_redraw:8.1f} ms")
    print(row(f"open a goal with {BIG_GOAL_POINTS:,} measurements", open_ms, floor_open))
    print(row(f"redraw it after a pan ({BIG_GOAL_POINTS:,} points)", pan_ms, floor_redraw))
    points = LIST_GOALS * LIST_DAYS
    print(row(f"list {LIST_GOALS} goals x 3 years daily ({points:,} rows)", list_ms, floor_open))
    print(row("refresh: that list plus the chosen goal's detail", refresh_ms, floor_open))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
