"""The portfolio's speed, measured (never asserted) against a floor taken in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/portfolio.py [--goals N] [--repeat N]

App: the portfolio tab reads every active goal (GoalService.overview with each goal's
newest 30 figures), sorts them by attention and paints the cards in view of a
1100x760 window; first visit (a fresh service) and a later one (progress kept).
Floor: plain sqlite3 reading the same rows (the goals, each one's newest 30 figures,
the count per goal) as tuples, and the titles shown in a bare QListView of the same
size, painted. A file of N goals with a year of daily figures each; medians of
--repeat rounds, floor and app alternating round by round.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QListView

from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database, open_database
from smartgoals_app.ui.operations import ChangeBus
from smartgoals_app.ui.portfolio.view import PortfolioView

TODAY = date(2026, 11, 22)
DAYS = 365
SIZE = (1100, 760)


def seed(path: Path, goals: int) -> None:
    open_database(path, backup=False).close()
    start = TODAY - timedelta(days=DAYS)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO strategy (id, statement, created_at) VALUES (1, 'Many goals', '2026-01-01 00:00:00')"
        )
        conn.executemany(
            "INSERT INTO goal (id, strategy_id, title, network, metric_name, unit, direction, kind,"
            " outcome_link, data_source, baseline_value, baseline_date, benchmark_target, stretch_target,"
            " start_date, deadline, why, impact, audience, cadence, status, created_at, updated_at)"
            " VALUES (?, 1, ?, 'x', 'Followers', 'followers', 'more', 'outcome', '', '', 100, ?, ?, ?, ?, ?,"
            " 'Because', '', '', 'weekly', 'active', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            [
                (
                    n,
                    f"Goal {n:05d}",
                    start.isoformat(),
                    150 + n % 40,
                    220 + n % 60,
                    start.isoformat(),
                    (TODAY + timedelta(days=30 + n % 90)).isoformat(),
                )
                for n in range(1, goals + 1)
            ],
        )
        conn.executemany(
            "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at)"
            " VALUES (?, ?, ?, '', 'manual', '2026-01-01 00:00:00')",
            (
                (n, (start + timedelta(days=d)).isoformat(), 100 + d * (n % 7) / 20)
                for n in range(1, goals + 1)
                for d in range(1, DAYS + 1)
            ),
        )


def app_round(app: QApplication, db: Database, goals: GoalService | None = None) -> float:
    """A first visit (a fresh service: no goal's progress known yet), or a later one
    with ``goals`` (progress kept per goal while its figures did not change)."""
    began = time.perf_counter()
    service = goals or GoalService(db, today=lambda: TODAY)
    view = PortfolioView(service, ChangeBus(), lambda: TODAY)
    view.resize(*SIZE)
    view.show()
    view.grab()
    elapsed = time.perf_counter() - began
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


FLOOR_POINTS = (
    "SELECT m.goal_id, m.measured_on, m.value FROM goal AS g"
    " JOIN measurement AS m ON m.id IN ("
    "  SELECT id FROM measurement WHERE goal_id = g.id ORDER BY measured_on DESC, id DESC LIMIT 30)"
    " ORDER BY m.goal_id, m.measured_on, m.id"  # every goal of the file is active
)


def floor_round(app: QApplication, path: Path) -> float:
    """The same rows the portfolio reads, through plain sqlite3, and a list of titles."""
    began = time.perf_counter()
    with sqlite3.connect(path) as conn:
        titles = [row[1] for row in conn.execute("SELECT id, title FROM goal WHERE status = 'active'")]
        points = conn.execute(FLOOR_POINTS).fetchall()
        counts = conn.execute("SELECT goal_id, count(*) FROM measurement GROUP BY goal_id").fetchall()
    assert points
    assert counts
    view = QListView()
    view.setModel(QStringListModel(titles))
    view.resize(*SIZE)
    view.show()
    view.grab()
    elapsed = time.perf_counter() - began
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--goals", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "portfolio.db"
        seed(path, args.goals)
        db = open_database(path, backup=False)
        try:
            kept = GoalService(db, today=lambda: TODAY)
            app_round(app, db, kept)
            floors: list[float] = []
            firsts: list[float] = []
            agains: list[float] = []
            for _ in range(args.repeat):
                floors.append(floor_round(app, path))
                firsts.append(app_round(app, db))
                agains.append(app_round(app, db, kept))
        finally:
            db.close()
    floor, first, again = (statistics.median(values) for values in (floors, firsts, agains))
    print(f"{args.goals:,} goals x {DAYS} days, medians of {args.repeat} rounds")
    print(f"floor (sqlite3, same rows + bare QListView): {floor * 1000:.0f} ms")
    print(f"portfolio, first visit:                   {first * 1000:.0f} ms ({first / floor:.1f}x floor)")
    print(f"portfolio, a later visit:                 {again * 1000:.0f} ms ({again / floor:.1f}x floor)")


if __name__ == "__main__":
    main()
