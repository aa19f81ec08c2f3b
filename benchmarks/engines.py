"""The same work on a SQLite file and on a PostgreSQL server, each against a floor on
its own engine, measured (never asserted) in the same run, floor and app alternating
round by round.

    QT_QPA_PLATFORM=offscreen python benchmarks/engines.py [--sizes 10000 100000] [--rounds 5]

The server is a throwaway cluster started the way the tests start theirs
(tests/pg_cluster.py: initdb + pg_ctl in a temporary folder, as the postgres user under
root), set up with ``admin init``; the app logs in as an editor of its workspace, so
row-level security checks every row it reads and writes, as it would for a team.
Without PostgreSQL the server half is left out and the reason printed.

For each size N (days of figures, one per day, ending yesterday):
  import  MeasurementService.import_points of N (day, figure) pairs into a goal; floor:
          plain sqlite3 executemany of the same rows / plain psycopg COPY (write_row, as
          the server's administrator: COPY FROM is refused where row-level security
          applies) into the same table, in one transaction;
  series  MeasurementService.series of that goal, its days and figures made numpy
          arrays; floor: plain sqlite3 / psycopg SELECT of the same columns (as the same
          editor on the server) fetched into one numpy array;
  switch  the dashboard switching to that goal until its chart has painted; floor: the
          floor's series read and a bare pyqtgraph PlotWidget's setData + paint;
  start   process start to painted dashboard (``python -m smartgoals_app --db ...``);
          floor: a process that imports the same libraries, reads the goal list with
          plain sqlite3 / psycopg, and paints an empty window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
# Appended, not prepended: PYTHONPATH may point at another checkout of smartgoals_app
# (to measure an older version; its start is then left out with --no-start).
sys.path.append(str(ROOT))

import numpy as np  # noqa: E402

from benchmarks.scaling import PaintWatch, run_child, settle, timed  # noqa: E402
from smartgoals_app.services.goals import GoalService  # noqa: E402
from smartgoals_app.services.measurements import MeasurementService  # noqa: E402
from smartgoals_app.storage.database import Database, open_database  # noqa: E402
from tests.factories import signups_draft  # noqa: E402
from tests.pg_cluster import ClusterUnavailableError, PgServer, remove_cluster, start_cluster  # noqa: E402

TODAY = date.today()  # the app started in a child process runs on the real clock
SIZES = (10_000, 100_000)
NOTE, SOURCE = "Imported", "import"

FLOOR_START = """
import sys, time
import numpy, sqlmodel, pyqtgraph
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
engine, target = sys.argv[1], sys.argv[2]
if engine == "sqlite":
    import sqlite3
    conn = sqlite3.connect(target)
else:
    import psycopg
    conn = psycopg.connect(target)
goals = conn.execute("SELECT id, title FROM goal ORDER BY id").fetchall()
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle(goals[0][1])
window.resize(1100, 760)
window.show()
def shown():
    print("smartgoals-bench dashboard", time.monotonic(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def series_points(count: int) -> list[tuple[date, float]]:
    """`count` days ending yesterday, a figure each (a random walk, as real figures go)."""
    values = 120 + np.abs(np.cumsum(np.random.default_rng(count).normal(0.05, 1.0, count)))
    first = TODAY - timedelta(days=count)
    return [(first + timedelta(days=i), float(values[i])) for i in range(count)]


# -- the two engines ------------------------------------------------------------------
class Side:
    """One engine: the app's Database, a plain connection for the floor, and how each
    writes and reads a goal's figures."""

    name = ""
    engine = ""

    def __init__(self, db: Database) -> None:
        self.db = db

    def app_target(self) -> str:
        raise NotImplementedError

    def floor_target(self) -> str:
        raise NotImplementedError

    def floor_import(self, goal_id: int, points: list[tuple[date, float]]) -> None:
        raise NotImplementedError

    def floor_read(self, goal_id: int) -> Any:
        raise NotImplementedError

    def clear(self, goal_id: int) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.db.close()


class FileSide(Side):
    name, engine = "SQLite file", "sqlite"

    def __init__(self, folder: Path) -> None:
        self.path = folder / "smartgoals.db"
        super().__init__(open_database(self.path, backup=False))
        self.conn = sqlite3.connect(self.path)

    def app_target(self) -> str:
        return str(self.path)

    def floor_target(self) -> str:
        return str(self.path)

    def floor_import(self, goal_id: int, points: list[tuple[date, float]]) -> None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        with self.conn:
            self.conn.executemany(
                "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(goal_id, day.isoformat(), value, NOTE, SOURCE, stamp) for day, value in points],
            )

    def floor_read(self, goal_id: int) -> Any:
        rows = self.conn.execute(
            "SELECT CAST(julianday(measured_on) - 2440587.5 AS INTEGER), value FROM measurement"
            " WHERE goal_id = ? ORDER BY measured_on, id",
            (goal_id,),
        ).fetchall()
        return np.array(rows, dtype=np.float64).reshape(-1, 2)

    def clear(self, goal_id: int) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM measurement WHERE goal_id = ?", (goal_id,))

    def close(self) -> None:
        self.conn.close()
        super().close()


class ServerSide(Side):
    name, engine = "PostgreSQL server", "postgresql"
    EDITOR = "bench_editor"

    def __init__(self, server: PgServer) -> None:
        from smartgoals_app.storage import admin
        from smartgoals_app.storage.server import open_server_database, parse_server_address

        self.server = server
        self.database = server.create_database()
        address = parse_server_address(server.url(database=self.database))
        admin.init(address)
        admin.add_workspace(address, "Bench")
        admin.grant(address, "Bench", self.EDITOR, "editor")
        super().__init__(open_server_database(parse_server_address(self.app_target())))
        self.admin = server.connect(database=self.database)  # COPY FROM needs the table's owner
        self.editor = server.connect(user=self.EDITOR, database=self.database)

    def app_target(self) -> str:
        return self.server.url(user=self.EDITOR, database=self.database)

    def floor_target(self) -> str:
        return (
            f"host={self.server.socket_dir} port={self.server.port} user={self.EDITOR} dbname={self.database}"
        )

    def floor_import(self, goal_id: int, points: list[tuple[date, float]]) -> None:
        stamp = datetime.now(UTC)
        with (
            self.admin.transaction(),
            self.admin.cursor() as cursor,
            cursor.copy(
                "COPY measurement (goal_id, measured_on, value, note, source, created_at) FROM STDIN"
            ) as copy,
        ):
            for day, value in points:
                copy.write_row((goal_id, day, value, NOTE, SOURCE, stamp))

    def floor_read(self, goal_id: int) -> Any:
        rows = self.editor.execute(
            "SELECT measured_on - DATE '1970-01-01', value FROM measurement"
            " WHERE goal_id = %s ORDER BY measured_on, id",
            (goal_id,),
        ).fetchall()
        return np.array(rows, dtype=np.float64).reshape(-1, 2)

    def clear(self, goal_id: int) -> None:
        self.admin.execute("DELETE FROM measurement WHERE goal_id = %s", (goal_id,))
        self.admin.execute("VACUUM ANALYZE measurement")  # each round starts from the same table

    def close(self) -> None:
        self.admin.close()
        self.editor.close()
        super().close()
        self.server.drop_database(self.database)


# -- measuring ------------------------------------------------------------------------
@dataclass
class Figures:
    samples: dict[str, list[float]] = field(default_factory=dict)

    def add(self, what: str, seconds: float) -> None:
        self.samples.setdefault(what, []).append(seconds)

    def median(self, what: str) -> float:
        return statistics.median(self.samples[what])


def measure_side(app: Any, side: Side, size: int, rounds: int, start_rounds: int) -> Figures:
    """Every figure of one engine at one size; starts only when `start_rounds`."""
    import pyqtgraph as pg

    from smartgoals_app.services.plan import PlanService
    from smartgoals_app.ui.app import build_operations
    from smartgoals_app.ui.main_window import MainWindow

    figures = Figures()
    goals = GoalService(side.db, today=lambda: TODAY)
    measurements = MeasurementService(side.db, today=lambda: TODAY)

    def save_goal(start: date, title: str) -> int:
        draft = signups_draft(start, title=title)
        draft.deadline = TODAY + timedelta(days=120)
        return GoalService(side.db, today=lambda: start).save(draft)

    began = TODAY - timedelta(days=min(size + 1, 4 * 365))  # a deadline is within 5 years
    app_goal = save_goal(began, "Imported by the app")
    floor_goal = save_goal(began, "Imported by the floor")
    small = save_goal(TODAY - timedelta(days=40), "A month of figures")
    measurements.import_points(small, series_points(30))
    points = series_points(size)

    for _ in range(rounds):
        side.clear(floor_goal)
        figures.add("import floor", timed(lambda: side.floor_import(floor_goal, points)) / 1000)
        side.clear(app_goal)
        figures.add("import", timed(lambda: measurements.import_points(app_goal, points)) / 1000)

    def app_read() -> None:
        series = measurements.series(app_goal)
        np.asarray(series.days, dtype=np.float64)
        np.asarray(series.values, dtype=np.float64)

    for _ in range(rounds):
        figures.add("series floor", timed(lambda: side.floor_read(app_goal)) / 1000)
        figures.add("series", timed(app_read) / 1000)

    window = MainWindow(
        goals=goals,
        measurements=measurements,
        plan=PlanService(side.db),
        db_path=side.db.path,
        today=lambda: TODAY,
        ops=build_operations(),
    )
    window.resize(1100, 760)
    window.show()
    window.select_goal(app_goal)
    settle(app)
    floor_plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
    floor_plot.getPlotItem().setClipToView(True)
    floor_plot.getPlotItem().setDownsampling(auto=True, mode="peak")
    floor_curve = floor_plot.plot()
    floor_plot.resize(760, 500)
    floor_plot.show()
    settle(app)
    floor_painted = PaintWatch(app, floor_plot.viewport())
    app_painted = PaintWatch(app, window.detail.chart.canvas.viewport())

    def floor_switch(goal_id: int) -> None:
        data = side.floor_read(goal_id)
        floor_curve.setData(data[:, 0] * 86_400.0, data[:, 1])
        floor_plot.getPlotItem().getViewBox().autoRange()
        floor_painted.wait()

    def app_switch(goal_id: int) -> None:
        window.select_goal(goal_id)
        app_painted.wait()

    for _ in range(rounds):
        floor_switch(small)
        figures.add("switch floor", timed(lambda: floor_switch(app_goal)) / 1000)
        app_switch(small)
        figures.add("switch", timed(lambda: app_switch(app_goal)) / 1000)
    floor_plot.close()
    floor_plot.deleteLater()
    window.close()
    window.deleteLater()
    settle(app)

    side.clear(floor_goal)  # the dashboard starts on the app's goal alone
    if not start_rounds:
        return figures
    with tempfile.TemporaryDirectory(prefix="smartgoals-engines-") as name:
        env = {k: v for k, v in os.environ.items() if k != "SMARTGOALS_DB"}
        app_env = {**env, "SMARTGOALS_BENCH_EXIT": "1", "HOME": name, "XDG_CONFIG_HOME": name}
        floor_cmd = [sys.executable, "-c", FLOOR_START, side.engine, side.floor_target()]
        app_cmd = [sys.executable, "-m", "smartgoals_app", "--db", side.app_target()]
        run_child(floor_cmd, env)  # warm the caches
        run_child(app_cmd, app_env)
        for _ in range(start_rounds):
            figures.add("start floor", run_child(floor_cmd, env).seconds)
            figures.add("start", run_child(app_cmd, app_env).seconds)
    return figures


@contextmanager
def sides(folder: Path, *, server: bool) -> Iterator[list[Callable[[], Side]]]:
    cluster: PgServer | None = None
    makers: list[Callable[[], Side]] = [lambda: FileSide(Path(tempfile.mkdtemp(dir=folder)))]
    if server:
        try:
            cluster = start_cluster()
        except ClusterUnavailableError as exc:
            print(f"  no PostgreSQL server: {exc}; the server half is left out", flush=True)
        else:
            running = cluster
            makers.append(lambda: ServerSide(running))
    try:
        yield makers
    finally:
        if cluster is not None:
            remove_cluster(cluster)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="days of figures")
    parser.add_argument("--rounds", type=int, default=5, help="floor/app rounds (medians)")
    parser.add_argument("--start-rounds", type=int, default=3, help="floor/app process starts")
    parser.add_argument("--no-server", action="store_true", help="the SQLite file only")
    parser.add_argument("--no-start", action="store_true", help="leave out the process starts")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    results: list[tuple[str, int, Figures]] = []
    folder = Path(tempfile.mkdtemp(prefix="smartgoals-engines-"))
    try:
        with sides(folder, server=not args.no_server) as makers:
            for size in args.sizes:
                for make in makers:
                    side = make()
                    try:
                        print(f"  {side.name}, {size:,} days ...", flush=True)
                        results.append(
                            (
                                side.name,
                                size,
                                measure_side(
                                    app, side, size, args.rounds, 0 if args.no_start else args.start_rounds
                                ),
                            )
                        )
                    finally:
                        side.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(
        f"\nEngines benchmark (medians of {args.rounds} rounds, starts of {args.start_rounds};"
        " each figure x its floor on the same engine, floor and app alternating)\n"
    )
    print("| engine | days | import | series read | goal switch | start to painted dashboard |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, size, f in results:
        cells = []
        for what, unit, scale in (
            ("import", "ms", 1000),
            ("series", "ms", 1000),
            ("switch", "ms", 1000),
            ("start", "s", 1),
        ):
            if what not in f.samples:
                cells.append("-")
                continue
            value, floor = f.median(what), f.median(f"{what} floor")
            shown = f"{value * scale:.0f} {unit}" if unit == "ms" else f"{value:.2f} {unit}"
            cells.append(f"{shown} ({value / floor:.2f}x)")
        print(f"| {name} | {size:,} | " + " | ".join(cells) + " |")
    print("\nFloors:")
    for name, size, f in results:
        print(
            f"  {name}, {size:,} days: import {f.median('import floor') * 1000:.0f} ms,"
            f" series {f.median('series floor') * 1000:.0f} ms,"
            f" switch {f.median('switch floor') * 1000:.0f} ms"
            + (f", start {f.median('start floor'):.2f} s" if "start" in f.samples else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
