"""What the change history costs, in ratios to a floor measured in the same run, rounds
interleaved (the machine is shared and noisy):

- writing N figures in one transaction (one executemany, as the figures import does)
  with the history triggers, against the same into a file whose triggers were dropped;
- opening the History… of a goal with N changes: the first page read through the app
  (SQLAlchemy Core, the page's query), against plain sqlite3 reading the newest 200
  rows of the same table by the same index.

    python benchmarks/change_history.py [--rows 100000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database, open_database
from smartgoals_app.storage.history import PAGE, goal_history
from smartgoals_app.storage.models import HISTORY_KINDS
from tests.factories import signups_draft

TODAY = date(2026, 11, 30)


def _fresh(path: Path, *, triggers: bool) -> tuple[Database, int]:
    db = open_database(path, backup=False)
    goal_id = GoalService(db, today=lambda: TODAY - timedelta(days=60)).save(
        signups_draft(TODAY - timedelta(days=60), deadline=TODAY + timedelta(days=30))
    )
    if not triggers:
        with db.engine.begin() as conn:
            for kind in HISTORY_KINDS:
                for action in ("insert", "update", "delete"):
                    conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS history_{kind}_{action}")
    return db, goal_id


def _import(folder: Path, name: str, rows: int, *, triggers: bool) -> float:
    """N rows in one executemany, as the figures import writes them."""
    db, goal_id = _fresh(folder / name, triggers=triggers)
    rows_in = [
        {"g": goal_id, "d": TODAY - timedelta(days=n % 3900), "v": float(n), "now": TODAY}
        for n in range(rows)
    ]
    statement = text(
        "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at) "
        "VALUES (:g, :d, :v, '', 'import', :now)"
    )
    try:
        started = time.perf_counter()
        with db.transaction() as session:
            session.connection().execute(statement, rows_in)
        return time.perf_counter() - started
    finally:
        db.close()


def _first_page_app(db: Database, goal_id: int) -> float:
    started = time.perf_counter()
    goal_history(db, goal_id)
    return time.perf_counter() - started


def _first_page_floor(path: Path, goal_id: int) -> float:
    with sqlite3.connect(path) as conn:
        started = time.perf_counter()
        conn.execute(
            "SELECT id, changed_at, changed_by, kind, row_id, action, summary FROM change_history "
            "WHERE goal_id = ? ORDER BY id DESC LIMIT ?",
            (goal_id, PAGE),
        ).fetchall()
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="smartgoals-history-bench-") as name:
        folder = Path(name)
        with_history: list[float] = []
        floor: list[float] = []
        for index in range(args.rounds):
            floor.append(_import(folder, f"floor{index}.db", args.rows, triggers=False))
            with_history.append(_import(folder, f"history{index}.db", args.rows, triggers=True))
        app_import, floor_import = statistics.median(with_history), statistics.median(floor)
        print(
            f"import {args.rows:,} figures: with history {app_import * 1000:.0f} ms, "
            f"without {floor_import * 1000:.0f} ms, {app_import / floor_import:.2f}x"
        )
        path = folder / "history0.db"
        db = open_database(path, backup=False)
        try:
            with db.engine.connect() as conn:
                goal_id = conn.exec_driver_sql("SELECT MAX(goal_id) FROM change_history").scalar_one()
                changes = conn.exec_driver_sql(
                    f"SELECT COUNT(*) FROM change_history WHERE goal_id = {int(goal_id)}"
                ).scalar_one()
            app_pages: list[float] = []
            floor_pages: list[float] = []
            for _ in range(args.rounds * 4):
                floor_pages.append(_first_page_floor(path, goal_id))
                app_pages.append(_first_page_app(db, goal_id))
        finally:
            db.close()
        app_page, floor_page = statistics.median(app_pages), statistics.median(floor_pages)
        print(
            f"first page of a goal with {changes:,} changes: app {app_page * 1000:.2f} ms, "
            f"plain sqlite3 {floor_page * 1000:.2f} ms, {app_page / floor_page:.2f}x"
        )


if __name__ == "__main__":
    main()
