"""Does the cost follow what is shown, not what is stored? Measured (never asserted)
against floors taken in the same run, floor and app alternating round by round.

    QT_QPA_PLATFORM=offscreen python benchmarks/scaling.py [--quick] [--rounds N] [--json out.json]
    ... --files goals:10 goals:5000 --start-rounds 9 --against /tmp/old   (start-up, A/B)

Files (built once, cached in benchmarks/results/, which git ignores):
  - 10, 100, 1,000, 5,000 goals, each with a year of daily figures and a plan;
  - one goal with 1k, 10k, 100k, 1M measurements (over three years), plus a small one.
--quick uses 10 and 100 goals, 1k and 10k measurements.

For each file:
  start   process start to painted dashboard (`python -m smartgoals_app`), against a
          process that imports the same libraries (PySide6, SQLModel, pyqtgraph, numpy)
          and paints an empty window;
  switch  switching the dashboard to a goal (365 points; the big goal in the
          measurement files) until its chart has painted, against plain sqlite3
          reading those rows into numpy and a bare pyqtgraph PlotWidget's setData + paint;
  pan     one synchronous redraw after a pan of that chart, against the bare
          PlotWidget holding the same points;
  memory  peak resident memory (ru_maxrss) of the start process, against the floor
          process's.
The 1,000- and 5,000-goal switch is also given against the switch at 10 goals.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
# Appended, not prepended: PYTHONPATH may point at another checkout of smartgoals_app
# (to measure an older version); tests.factories only supplies the sample goal.
sys.path.append(str(ROOT))

RESULTS = ROOT / "benchmarks" / "results"
FILE_VERSION = 1  # bump when the generated data changes, so cached files are rebuilt
GOALS = (10, 100, 1_000, 5_000)
POINTS = (1_000, 10_000, 100_000, 1_000_000)
QUICK_GOALS = (10, 100)
QUICK_POINTS = (1_000, 10_000)
YEAR = 365
POINT_DAYS = 3 * YEAR

FLOOR_WINDOW = """
import sys, time
import numpy, sqlmodel, pyqtgraph
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 760)
window.show()
def shown():
    print("smartgoals-bench dashboard", time.monotonic(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


# -- files -------------------------------------------------------------------------
def _today() -> date:
    return date.today()  # the app runs on the real clock: the data ends today


def _save_goal(db: object, start: date, title: str) -> int:
    from smartgoals_app.services.goals import GoalService
    from tests.factories import signups_draft

    draft = signups_draft(start, title=title)
    draft.deadline = _today() + timedelta(days=120)
    return GoalService(db, today=lambda: start).save(draft)  # type: ignore[arg-type]


def _insert_series(conn: sqlite3.Connection, goal_ids: list[int], count: int, days: int) -> None:
    """`count` figures per goal spread over the `days` days before today."""
    import numpy as np

    first = _today() - timedelta(days=days)
    offsets = np.linspace(0, days, count, endpoint=False).astype(int)
    values = 120 + np.cumsum(np.random.default_rng(7).normal(0.05, 1.0, count))
    day_text = [(first + timedelta(days=int(o))).isoformat() for o in offsets]
    stamp = "2026-01-01 00:00:00.000000"
    batch: list[tuple[object, ...]] = []
    for goal_id in goal_ids:
        batch.extend((goal_id, day_text[i], float(values[i]), "", "import", stamp) for i in range(count))
        if len(batch) >= 200_000:
            conn.executemany(
                "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                batch,
            )
            batch.clear()
    if batch:
        conn.executemany(
            "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            batch,
        )


def _clone_goals(conn: sqlite3.Connection, template: int, count: int) -> list[int]:
    """Copies of one saved goal with its strategy link and its tasks (titles numbered)."""
    columns = [row[1] for row in conn.execute("PRAGMA table_info(goal)") if row[1] != "id"]
    listed = ", ".join(columns)
    chosen = ", ".join("title || ' #' || ?" if c == "title" else c for c in columns)
    conn.executemany(
        f"INSERT INTO goal ({listed}) SELECT {chosen} FROM goal WHERE id = ?",
        [(n, template) for n in range(2, count + 1)],
    )
    task_columns = [
        row[1] for row in conn.execute("PRAGMA table_info(task)") if row[1] not in ("id", "goal_id")
    ]
    listed = ", ".join(task_columns)
    picked = ", ".join(f"t.{c}" for c in task_columns)
    conn.execute(
        f"INSERT INTO task (goal_id, {listed}) SELECT g.id, {picked} FROM goal AS g JOIN task AS t"
        " ON t.goal_id = ? WHERE g.id != ?",
        (template, template),
    )
    return [int(r[0]) for r in conn.execute("SELECT id FROM goal ORDER BY id")]


def _cached(kind: str, size: int) -> Path:
    return RESULTS / f"scaling-v{FILE_VERSION}-{kind}-{size}-{_today():%Y%m%d}.db"


def build_file(kind: str, size: int) -> Path:
    """The cached file for (kind, size), built on first use."""
    from smartgoals_app.storage.database import open_database

    RESULTS.mkdir(parents=True, exist_ok=True)
    path = _cached(kind, size)
    if path.exists():
        return path
    for stale in RESULTS.glob(f"scaling-v*-{kind}-{size}-*.db"):
        stale.unlink()
    part = path.with_suffix(".part")
    part.unlink(missing_ok=True)
    print(f"  building {path.name} ...", flush=True)
    db = open_database(part, backup=False)
    try:
        if kind == "goals":
            template = _save_goal(
                db, _today() - timedelta(days=YEAR), "Grow newsletter sign-ups from 120 to 200"
            )
        else:
            big = _save_goal(
                db, _today() - timedelta(days=POINT_DAYS), "A goal with a long history of figures"
            )
            small = _save_goal(db, _today() - timedelta(days=YEAR), "A goal with a month of figures")
    finally:
        db.close()
    conn = sqlite3.connect(part)
    try:
        with conn:
            if kind == "goals":
                _insert_series(conn, _clone_goals(conn, template, size), YEAR, YEAR)
            else:
                _insert_series(conn, [big], size, POINT_DAYS)
                _insert_series(conn, [small], 30, 30)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(part) + suffix).unlink(missing_ok=True)
    part.replace(path)
    return path


# -- start-up, in child processes --------------------------------------------------
@dataclass
class Start:
    seconds: float
    maxrss_mib: float


def run_child(argv: list[str], env: dict[str, str], cwd: str | None = None) -> Start:
    start = time.monotonic()
    process = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, cwd=cwd
    )
    watchdog = threading.Timer(300, process.kill)
    watchdog.start()
    try:
        _pid, status, usage = os.wait4(process.pid, 0)
    finally:
        watchdog.cancel()
    out = process.stdout.read() if process.stdout else ""
    err = process.stderr.read() if process.stderr else ""
    process.communicate()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} failed:\n{out}\n{err}")
    marks = {}
    for line in out.splitlines():
        if line.startswith("smartgoals-bench "):
            _tag, what, when = line.split()
            marks[what] = float(when) - start
    if "dashboard" not in marks:
        raise SystemExit(f"{argv} printed no dashboard mark:\n{out}\n{err}")
    rss_kib = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    return Start(marks["dashboard"], rss_kib / 1024)


def measure_starts(path: Path, rounds: int) -> tuple[list[Start], list[Start]]:
    """(floor, app) samples, alternating; the app runs on a copy in a throwaway folder,
    so its backups and lock file stay there."""
    env = {k: v for k, v in os.environ.items() if k != "SMARTGOALS_DB"}
    with tempfile.TemporaryDirectory(prefix="smartgoals-scaling-") as name:
        home = Path(name)
        copy = home / "smartgoals.db"
        shutil.copyfile(path, copy)
        app_env = {**env, "SMARTGOALS_BENCH_EXIT": "1", "HOME": str(home), "XDG_CONFIG_HOME": str(home)}
        floor_cmd = [sys.executable, "-c", FLOOR_WINDOW]
        app_cmd = [sys.executable, "-m", "smartgoals_app", "--db", str(copy)]
        run_child(floor_cmd, env)  # warm the file cache
        run_child(app_cmd, app_env)
        floors, apps = [], []
        for _ in range(rounds):
            floors.append(run_child(floor_cmd, env))
            apps.append(run_child(app_cmd, app_env))
    return floors, apps


def measure_starts_against(path: Path, rounds: int, other: Path) -> dict[str, list[Start]]:
    """Starts of this checkout ("new"), of the checkout at `other` ("old") and of the floor,
    alternating round by round, each on its own copy of the file; who goes first swaps
    every round."""
    env = {k: v for k, v in os.environ.items() if k not in ("SMARTGOALS_DB", "PYTHONPATH")}
    samples: dict[str, list[Start]] = {"floor": [], "old": [], "new": []}
    with tempfile.TemporaryDirectory(prefix="smartgoals-scaling-") as name:
        commands = {"floor": ([sys.executable, "-c", FLOOR_WINDOW], env)}
        for which, checkout in (("new", ROOT), ("old", other)):
            home = Path(name) / which
            home.mkdir()
            copy = home / "smartgoals.db"
            shutil.copyfile(path, copy)
            app_env = {
                **env,
                "PYTHONPATH": str(checkout),
                "SMARTGOALS_BENCH_EXIT": "1",
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home),
            }
            commands[which] = ([sys.executable, "-m", "smartgoals_app", "--db", str(copy)], app_env)
        for argv, child_env in commands.values():  # warm the file cache
            run_child(argv, child_env, cwd=name)
        order = ["floor", "old", "floor", "new"]
        for round_number in range(rounds):
            turn = order if round_number % 2 == 0 else order[2:] + order[:2]
            for which in turn:
                argv, child_env = commands[which]
                samples[which].append(run_child(argv, child_env, cwd=name))
    return samples


def report_against(
    cases: list[tuple[str, int]], paths: dict[tuple[str, int], Path], rounds: int, other: Path
) -> int:
    med = statistics.median
    lines = []
    for kind, size in cases:
        label = f"{size:,} goals x a year daily" if kind == "goals" else f"1 goal, {size:,} measurements"
        print(f"  starting both apps on {paths[kind, size].name} ...", flush=True)
        got = measure_starts_against(paths[kind, size], rounds, other)
        for which, taken in got.items():
            print(f"    {which:5} " + " ".join(f"{start.seconds:.2f}" for start in taken), flush=True)
        floor = med(s.seconds for s in got["floor"])
        old, new = med(s.seconds for s in got["old"]), med(s.seconds for s in got["new"])
        lines.append(
            f"| {label} | {floor:.2f} s | {old:.2f} s ({old / floor:.2f}x)"
            f" | {new:.2f} s ({new / floor:.2f}x) |"
        )
    print(f"\nStart to painted dashboard, {other} (old) against this checkout (new): medians of")
    print(f"{rounds} rounds, each round the floor twice and both apps, alternating\n")
    print("| file | floor | old | new |")
    print("|---|---:|---:|---:|")
    print("\n".join(lines))
    return 0


# -- switch and pan, in this process -----------------------------------------------
def settle(app: object) -> None:
    app.processEvents()  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]


class PaintWatch:
    """Counts the paint events a widget receives; `wait` runs the event loop until the
    next one. A switch is timed until its chart has painted, as a person sees it: a
    forced synchronous repaint() would paint it twice (Qt's scene still delivers the
    update it queued), for the bare PlotWidget as for the app."""

    def __init__(self, app: object, widget: object) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.app = app
        self.count = 0
        paint = QEvent.Type.Paint
        watch = self

        class _Filter(QObject):
            def eventFilter(self, _watched: object, event: object) -> bool:
                if event.type() == paint:  # type: ignore[attr-defined]
                    watch.count += 1
                return False

        self._filter = _Filter()
        widget.installEventFilter(self._filter)  # type: ignore[attr-defined]

    def wait(self) -> None:
        seen = self.count
        for _ in range(1000):  # never forever: a hidden widget would not paint
            self.app.processEvents()  # type: ignore[attr-defined]
            if self.count > seen:
                return


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


@dataclass
class Interactive:
    switch_ms: list[float] = field(default_factory=list)
    switch_floor_ms: list[float] = field(default_factory=list)
    pan_ms: list[float] = field(default_factory=list)
    pan_floor_ms: list[float] = field(default_factory=list)


def measure_interactive(app: object, path: Path, kind: str, rounds: int) -> Interactive:
    import numpy as np
    import pyqtgraph as pg

    from smartgoals_app.services.goals import GoalService
    from smartgoals_app.services.measurements import MeasurementService
    from smartgoals_app.services.plan import PlanService
    from smartgoals_app.storage.database import open_database
    from smartgoals_app.ui.app import build_operations
    from smartgoals_app.ui.main_window import MainWindow

    result = Interactive()
    db = open_database(path, backup=False)
    window = MainWindow(
        goals=GoalService(db),
        measurements=MeasurementService(db),
        plan=PlanService(db),
        db_path=db.path,
        today=_today,
        ops=build_operations(),
    )
    window.resize(1100, 760)
    window.show()
    settle(app)
    # The list works out the progress of the goals not in view a batch at a time after
    # the first paint (start-up work): finished first, or its batches run inside the
    # first switches' event loops, and the floor's, at 5,000 goals.
    # At start-up the list holds only its first goals, all worked out: the rest come
    # after the first paint, so they are read first or the wait ends before it starts.
    fill_rest = getattr(window.dashboard, "fill_rest", None)
    if fill_rest is not None:
        fill_rest()
    pending = getattr(window.dashboard.goal_list, "progress_pending", None)
    for _ in range(100_000):
        if pending is None or not pending():
            break
        app.processEvents()  # type: ignore[attr-defined]
    with sqlite3.connect(path) as probe:
        ids = [int(r[0]) for r in probe.execute("SELECT id FROM goal ORDER BY id")]
    # Goals files: to and fro between the first and the last goal (365 points each).
    # Measurement files: from the small goal to the big one, timed on the way in.
    target, other = (ids[0], ids[1]) if kind == "points" else (ids[-1], ids[0])
    window.select_goal(target)
    settle(app)
    canvas = window.detail.chart.canvas

    floor_plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem()})
    floor_plot.getPlotItem().setClipToView(True)
    floor_plot.getPlotItem().setDownsampling(auto=True, mode="peak")
    floor_curve = floor_plot.plot()
    floor_plot.resize(760, 500)
    floor_plot.show()
    settle(app)
    floor_db = sqlite3.connect(path)
    floor_painted = PaintWatch(app, floor_plot.viewport())
    app_painted = PaintWatch(app, canvas.viewport())

    def floor_switch(goal_id: int) -> None:
        rows = floor_db.execute(
            "SELECT CAST(julianday(measured_on) - 2440587.5 AS INTEGER), value FROM measurement"
            " WHERE goal_id = ? ORDER BY measured_on, id",
            (goal_id,),
        ).fetchall()
        data = np.array(rows, dtype=np.float64).reshape(-1, 2)
        floor_curve.setData(data[:, 0] * 86_400.0, data[:, 1])
        floor_plot.getPlotItem().getViewBox().autoRange()
        floor_painted.wait()

    def app_switch(goal_id: int) -> None:
        window.select_goal(goal_id)
        app_painted.wait()  # the rest of the window paints in the same turn

    for _ in range(rounds):
        floor_switch(other)
        result.switch_floor_ms.append(timed(lambda: floor_switch(target)))
        app_switch(other)
        result.switch_ms.append(timed(lambda: app_switch(target)))

    view = window.detail.chart.plot.getViewBox()
    view.setXRange(*view.viewRange()[0], padding=0)
    floor_view = floor_plot.getPlotItem().getViewBox()
    floor_view.setXRange(*view.viewRange()[0], padding=0)
    floor_view.setYRange(*view.viewRange()[1], padding=0)
    settle(app)

    def app_pan() -> None:
        view.translateBy(x=86_400.0 * 3)
        canvas.viewport().repaint()

    def floor_pan() -> None:
        floor_view.translateBy(x=86_400.0 * 3)
        floor_plot.viewport().repaint()

    for _ in range(rounds * 3):
        result.pan_floor_ms.append(timed(floor_pan))
        result.pan_ms.append(timed(app_pan))
    floor_db.close()
    floor_plot.close()
    floor_plot.deleteLater()
    window.close()
    window.deleteLater()
    settle(app)
    db.close()
    return result


# -- report ------------------------------------------------------------------------
def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 and 100 goals, 1k and 10k measurements")
    parser.add_argument("--rounds", type=int, default=5, help="floor/app rounds (medians)")
    parser.add_argument("--start-rounds", type=int, default=3, help="floor/app process starts per file")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--files",
        nargs="+",
        metavar="KIND:SIZE",
        help="only these files, e.g. goals:10 goals:5000 points:1000000",
    )
    parser.add_argument(
        "--against",
        type=Path,
        metavar="CHECKOUT",
        help="only start-up: this checkout against another one (e.g. a `git worktree add` of"
        " an older commit), alternating with the floor round by round (--start-rounds of each)",
    )
    parser.add_argument("--build", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.build:
        build_file(args.build[0], int(args.build[1]))
        return 0
    cases = [("goals", n) for n in (QUICK_GOALS if args.quick else GOALS)]
    cases += [("points", n) for n in (QUICK_POINTS if args.quick else POINTS)]
    if args.files:
        cases = [(kind, int(size)) for kind, size in (name.split(":") for name in args.files)]
    # Files are built in a child process and every start is measured before this process
    # imports Qt or numpy: a child's peak memory counts what it inherited from its parent
    # until exec, so the parent stays small while it starts them.
    paths = {}
    for kind, size in cases:
        subprocess.run([sys.executable, __file__, "--build", kind, str(size)], check=True)
        paths[kind, size] = _cached(kind, size)
    if args.against:
        return report_against(cases, paths, args.start_rounds, args.against)
    starts = {}
    for kind, size in cases:
        print(f"  starting the app on {paths[kind, size].name} ...", flush=True)
        starts[kind, size] = measure_starts(paths[kind, size], args.start_rounds)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    figures: dict[str, dict[str, float]] = {}
    for kind, size in cases:
        label = f"{size:,} goals x a year daily" if kind == "goals" else f"1 goal, {size:,} measurements"
        print(f"  switching and panning: {label} ...", flush=True)
        floors, apps = starts[kind, size]
        moves = measure_interactive(app, paths[kind, size], kind, args.rounds)
        med = statistics.median
        figures[label] = {
            "start_s": med(s.seconds for s in apps),
            "start_floor_s": med(s.seconds for s in floors),
            "switch_ms": med(moves.switch_ms),
            "switch_floor_ms": med(moves.switch_floor_ms),
            "pan_ms": med(moves.pan_ms),
            "pan_floor_ms": med(moves.pan_floor_ms),
            "memory_mib": med(s.maxrss_mib for s in apps),
            "memory_floor_mib": med(s.maxrss_mib for s in floors),
        }

    print(
        f"\nScaling benchmark (medians: {args.start_rounds} process starts, {args.rounds} switches,"
        f" {args.rounds * 3} pans per file; floor and app alternating)\n"
    )
    print("| file | start to painted dashboard | goal switch | pan redraw | peak memory |")
    print("|---|---:|---:|---:|---:|")
    for label, f in figures.items():
        print(
            f"| {label} "
            f"| {f['start_s']:.2f} s ({f['start_s'] / f['start_floor_s']:.2f}x) "
            f"| {f['switch_ms']:.0f} ms ({f['switch_ms'] / f['switch_floor_ms']:.1f}x) "
            f"| {f['pan_ms']:.1f} ms ({f['pan_ms'] / f['pan_floor_ms']:.1f}x) "
            f"| {f['memory_mib']:.0f} MiB ({f['memory_mib'] / f['memory_floor_mib']:.2f}x) |"
        )
    first = next(iter(figures.values()))
    print(
        f"\nFloors (first file): empty window {first['start_floor_s']:.2f} s,"
        f" {first['memory_floor_mib']:.0f} MiB; sqlite3 + numpy + bare PlotWidget switch"
        f" {first['switch_floor_ms']:.1f} ms, pan {first['pan_floor_ms']:.1f} ms."
    )
    base = figures.get("10 goals x a year daily")
    if base:
        for label, f in figures.items():
            if label.endswith("goals x a year daily") and label != "10 goals x a year daily":
                ratio = f["switch_ms"] / base["switch_ms"]
                print(f"Goal switch at {label}: {ratio:.2f}x the switch at 10 goals.")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
