"""Dashboard speed, measured (never asserted) against a floor taken in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/dashboard.py [--repeat N]

Floor: a bare pyqtgraph PlotWidget with a 2-point curve, opened (built, shown,
painted) and redrawn after a pan. Then the real dashboard:
  - open a goal with 100,000 measurements (query, SMART check, chart, table) and
    paint it; redraw after a pan;
  - load a database of 200 goals with 3 years of daily data into the goal list.
Each figure is the median of --repeat runs, printed in ms and as a ratio to the floor;
floor and app run alternately, round by round.
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
from smartgoals_app.ui.app import build_operations
from smartgoals_app.ui.main_window import MainWindow
from tests.factories import signups_draft

TODAY = date(2026, 11, 22)
BIG_GOAL_POINTS = 100_000
LIST_GOALS = 200
LIST_DAYS = 3 * 365


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
        ops=build_operations(),
    )
    window.resize(1100, 760)
    return window


# -- measurements ----------------------------------------------------------------
# Each part is set up once and hands back its actions; main() then runs floor and app
# actions alternately, round by round, so machine load falls on both alike (a floor
# measured once, before the app, made the same ratio read 5.5x in one run and 1.2x in
# the next).
Action = Callable[[], object]


def floor_actions(app: QApplication) -> tuple[Action, Action, Action]:
    """(open a bare PlotWidget, pan it, close what was opened)."""
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
        if widgets:  # keep one open for the pans
            old = widgets.pop()
            old.close()
            old.deleteLater()
        widgets.append(widget)

    open_plot()

    def pan() -> None:
        # One synchronous frame: the range change (downsampling runs here) and a paint.
        widget = widgets[-1]
        widget.getPlotItem().getViewBox().translateBy(x=3_600.0)
        widget.viewport().repaint()

    def close() -> None:
        for item in widgets:
            item.close()
            item.deleteLater()
        settle(app)

    return open_plot, pan, close


def big_goal_actions(app: QApplication, folder: Path) -> tuple[Action, Action, Action, Action]:
    """(open the big goal, switch to the small one, pan the big one, close)."""
    db = open_database(folder / "big.db", backup=False)
    goal_id = seed_goal(db)
    bulk_measurements(db, [goal_id], days=LIST_DAYS, per_goal=BIG_GOAL_POINTS)
    other = seed_goal(db)  # a second goal, so opening means switching to the big one
    window = window_for(db)
    window.show()
    settle(app)
    canvas = window.detail.chart.canvas

    def open_goal() -> None:
        window.select_goal(goal_id)
        canvas.viewport().repaint()
        settle(app)

    def switch_small() -> None:
        window.select_goal(other)
        canvas.viewport().repaint()
        settle(app)

    def pan() -> None:
        if window.current_goal_id() != goal_id:
            open_goal()
        view = window.detail.chart.plot.getViewBox()
        view.translateBy(x=86_400.0 * 3)
        canvas.viewport().repaint()

    def close() -> None:
        drawn = window.detail.chart.measurements.curve.xData
        print(f"  (the curve drew {len(drawn):,} of {BIG_GOAL_POINTS:,} points after peak downsampling)")
        window.close()
        window.deleteLater()
        settle(app)
        db.close()

    return open_goal, switch_small, pan, close


def big_list_actions(app: QApplication, folder: Path) -> tuple[Action, Action, Action]:
    """(load the list of 200 goals, refresh list and detail, close)."""
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

    def refresh() -> None:
        window.refresh()
        settle(app)

    def close() -> None:
        window.close()
        window.deleteLater()
        settle(app)
        db.close()

    return load_list, refresh, close


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    samples: dict[str, list[float]] = {}

    def sample(name: str, action: Action) -> None:
        start = time.perf_counter()
        action()
        samples.setdefault(name, []).append((time.perf_counter() - start) * 1000)

    with tempfile.TemporaryDirectory(prefix="smartgoals-bench-") as name:
        folder = Path(name)
        floor_open, floor_pan, floor_close = floor_actions(app)
        open_goal, switch_small, pan, goal_close = big_goal_actions(app, folder)
        load_list, refresh, list_close = big_list_actions(app, folder)
        for _ in range(args.repeat):
            sample("floor open", floor_open)
            switch_small()
            sample("open", open_goal)
            sample("floor open", floor_open)
            sample("list", load_list)
            sample("floor open", floor_open)
            sample("refresh", refresh)
            for _ in range(5):
                sample("floor pan", floor_pan)
                sample("pan", pan)
        floor_close()
        goal_close()
        list_close()
    med = {key: statistics.median(values) for key, values in samples.items()}

    def row(label: str, value: float, base: float) -> str:
        return f"  {label:<58} {value:8.1f} ms  {value / base:6.1f}x floor"

    print(
        f"Dashboard benchmark (median of {args.repeat}; redraws of {args.repeat * 5};"
        " floor and app alternating)"
    )
    print(f"  {'floor: bare PlotWidget, 2 points, open':<58} {med['floor open']:8.1f} ms")
    print(f"  {'floor: bare PlotWidget, 2 points, redraw after pan':<58} {med['floor pan']:8.1f} ms")
    print(row(f"open a goal with {BIG_GOAL_POINTS:,} measurements", med["open"], med["floor open"]))
    print(row(f"redraw it after a pan ({BIG_GOAL_POINTS:,} points)", med["pan"], med["floor pan"]))
    points = LIST_GOALS * LIST_DAYS
    print(row(f"list {LIST_GOALS} goals x 3 years daily ({points:,} rows)", med["list"], med["floor open"]))
    print(row("refresh: that list plus the chosen goal's detail", med["refresh"], med["floor open"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
