"""Importing an analytics export, as a ratio against a floor measured in the same run.

    python benchmarks/import_figures.py [--rounds 3] [--sizes 100000 1000000]

Two files per size, written once:

- **per post**: an X tweet activity export (id, permalink, text, `time` with
  `+0000`, impressions, engagements), about 300 posts a day: the day's figure is
  the sum of its posts;
- **per day**: a daily export with one row per day (100,000 days reach back to the
  18th century; a million distinct past days do not exist, so that size is per post only).

App: `io.exports.read_figures` (recognise the layout, read every row, combine per
day) + `MeasurementService.import_points` into a fresh database with one goal.
The database is opened and the goal made before the clock starts.
Floor: the same file through plain `csv.reader`, `date.fromisoformat`, `float`, a
dict adding up each day, and `sqlite3.executemany` of the day rows into the same
table of a database made the same way (its indexes and foreign key included), in
one transaction. Rounds are interleaved (floor, app, floor,
app, ...) so machine load hits both alike; medians are compared. Measured, never
asserted.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from smartgoals_app.io.exports import read_figures  # noqa: E402
from smartgoals_app.services.goals import GoalService  # noqa: E402
from smartgoals_app.services.measurements import MeasurementService  # noqa: E402
from smartgoals_app.storage.database import Database, open_database  # noqa: E402
from tests.factories import signups_draft  # noqa: E402

TODAY = date(2026, 11, 22)
POSTS_A_DAY = 300


def write_per_post(path: Path, rows: int) -> None:
    rng = random.Random(rows)
    days = max(1, rows // POSTS_A_DAY)
    first = datetime(TODAY.year, TODAY.month, TODAY.day) - timedelta(days=days + 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements"])
        for n in range(rows):
            posted = first + timedelta(seconds=n * (days * 86400 // rows))
            tweet_id = 1475855581374943233 + n
            out.writerow(
                [
                    tweet_id,
                    f"https://x.com/me/status/{tweet_id}",
                    f"post number {n}",
                    posted.strftime("%Y-%m-%d %H:%M +0000"),
                    rng.randint(0, 5000),
                    rng.randint(0, 100),
                ]
            )


def write_per_day(path: Path, rows: int) -> None:
    rng = random.Random(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["Date", "impressions", "engagements"])
        for n in range(rows, 0, -1):
            out.writerow([(TODAY - timedelta(days=n)).isoformat(), rng.randint(0, 5000), rng.randint(0, 100)])


def floor(path: Path, date_index: int, value_index: int, db_path: Path, goal: int) -> int:
    days: dict[date, float] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for row in reader:
            day = date.fromisoformat(row[date_index][:10])
            days[day] = days.get(day, 0.0) + float(row[value_index])
    conn = sqlite3.connect(db_path)
    now = datetime.now().isoformat(sep=" ")
    with conn:
        conn.executemany(
            "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (goal, day.isoformat(), value, "Imported", "import", now)
                for day, value in sorted(days.items())
            ],
        )
    conn.close()
    return len(days)


def app_setup(db_path: Path) -> tuple[Database, int]:
    """Not timed: opening (and migrating) the database and making the goal."""
    db = open_database(db_path, backup=False)
    return db, GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))


def app(path: Path, db: Database, goal: int) -> int:
    figures = read_figures(path, today=TODAY)
    assert figures.can_import, figures.blocker
    return MeasurementService(db, today=lambda: TODAY).import_points(goal, figures.points)


def timed(action: Callable[[], int]) -> tuple[float, int]:
    start = time.perf_counter()
    written = action()
    return time.perf_counter() - start, written


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    print("| File | rows | days | floor s | app s | app rows/s | x floor |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cases: list[tuple[str, Path, int, int, int]] = []
        for size in args.sizes:
            per_post = work / f"posts-{size}.csv"
            write_per_post(per_post, size)
            cases.append(("per post (sum)", per_post, 3, 4, size))
            if size <= 200_000:
                per_day = work / f"days-{size}.csv"
                write_per_day(per_day, size)
                cases.append(("per day (last)", per_day, 0, 1, size))
        for label, path, date_index, value_index, size in cases:
            floors: list[float] = []
            apps: list[float] = []
            days = 0
            for round_number in range(args.rounds):
                floor_db = work / f"floor-{round_number}.db"
                app_db = work / f"app-{round_number}.db"
                db, goal = app_setup(floor_db)
                db.close()
                seconds, days = timed(lambda: floor(path, date_index, value_index, floor_db, goal))  # noqa: B023
                floors.append(seconds)
                db, goal = app_setup(app_db)
                seconds, written = timed(lambda: app(path, db, goal))  # noqa: B023
                db.close()
                apps.append(seconds)
                assert written == days, (written, days)
                floor_db.unlink()
                app_db.unlink()
            f, a = statistics.median(floors), statistics.median(apps)
            print(f"| {label} | {size:,} | {days:,} | {f:.2f} | {a:.2f} | {size / a:,.0f} | {a / f:.2f} |")


if __name__ == "__main__":
    main()
