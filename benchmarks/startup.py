"""Start-up time and memory, as ratios against floors measured in the same run.

    python benchmarks/startup.py [--runs 7] [--json out.json]

(a) process start -> first window shown, against a bare PySide6 window process;
(b) process start -> dashboard showing a database of 50 goals with history, against a
    process that only imports PySide6, sqlmodel and pyqtgraph and shows an empty window;
    the dashboard's chart is built right after that first paint, and the moment it has
    painted too is reported beside (b);
(c) peak memory (ru_maxrss of the finished process) of (b), against the same floor.

Every process is a fresh interpreter, started from here; the clock is CLOCK_MONOTONIC,
which parent and children share on Linux and macOS, so "process start" is the moment
just before the parent forks. The app reports its two moments when started with
SMARTGOALS_BENCH_EXIT=1 (see smartgoals_app/ui/app.py), then quits by itself. Runs are
interleaved (floor, app, floor, app, ...) so machine load hits both alike, and the
medians are compared. Measured, never asserted: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1000, 640)
window.show()
def shown():
    print("smartgoals-bench first-window", time.monotonic(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

FLOOR = BARE.replace("import sys, time\n", "import sys, time\nimport sqlmodel, pyqtgraph\n", 1)


@dataclass
class Sample:
    first_window: float
    dashboard: float
    chart: float
    maxrss_kib: int


def run_child(argv: list[str], env: dict[str, str]) -> Sample:
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    watchdog = threading.Timer(120, process.kill)  # an app without the hook would never exit
    watchdog.start()
    try:
        _pid, status, usage = os.wait4(process.pid, 0)
    finally:
        watchdog.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    out = process.stdout.read() if process.stdout else ""
    err = process.stderr.read() if process.stderr else ""
    process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"{argv} failed ({process.returncode}):\n{out}\n{err}")
    marks = {}
    for line in out.splitlines():
        if line.startswith("smartgoals-bench "):
            _tag, what, when = line.split()
            marks[what] = float(when) - start
    if "first-window" not in marks:
        raise SystemExit(f"{argv} printed no smartgoals-bench marks:\n{out}\n{err}")
    # ru_maxrss is KiB on Linux, bytes on macOS.
    rss = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    dashboard = marks.get("dashboard", marks["first-window"])
    return Sample(marks["first-window"], dashboard, marks.get("chart", dashboard), rss)


def make_database(path: Path, goals: int = 50) -> None:
    """`goals` goals with ten weeks of check-ins and a plan each (the demo data, repeated)."""
    from smartgoals_app.services.demo import populate_demo
    from smartgoals_app.services.goals import GoalService
    from smartgoals_app.storage.database import open_database

    db = open_database(path, backup=False)
    try:
        ids: list[int] = []
        while len(ids) < goals:
            ids += populate_demo(db, date.today())
        service = GoalService(db)
        for extra in ids[goals:]:
            service.delete(extra)
        assert len(service.overview()) == goals
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="SmartGoals start-up benchmark (ratios)")
    parser.add_argument("--runs", type=int, default=7, help="repetitions of each process (median)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--python", default=sys.executable, help="interpreter with SmartGoals installed")
    args = parser.parse_args(argv)

    env = {k: v for k, v in os.environ.items() if k not in ("SMARTGOALS_DB",)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="smartgoals-bench-") as folder:
        home = Path(folder)
        db = home / "bench.db"
        make_database(db)
        app_env = {**env, "SMARTGOALS_BENCH_EXIT": "1", "HOME": str(home), "XDG_CONFIG_HOME": str(home)}
        commands = {
            "bare": ([args.python, "-c", BARE], env),
            "floor": ([args.python, "-c", FLOOR], env),
            "app": ([args.python, "-m", "smartgoals_app", "--db", str(db)], app_env),
        }
        for command, child_env in commands.values():  # warm the file cache once
            run_child(command, child_env)
        samples: dict[str, list[Sample]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (command, child_env) in commands.items():
                samples[name].append(run_child(command, child_env))

    def median(name: str, field: str) -> float:
        return float(statistics.median(getattr(sample, field) for sample in samples[name]))

    figures = {
        "runs": args.runs,
        "bare_first_window_s": median("bare", "first_window"),
        "floor_window_s": median("floor", "first_window"),
        "floor_maxrss_mib": median("floor", "maxrss_kib") / 1024,
        "app_first_window_s": median("app", "first_window"),
        "app_dashboard_s": median("app", "dashboard"),
        "app_chart_s": median("app", "chart"),
        "app_maxrss_mib": median("app", "maxrss_kib") / 1024,
    }
    figures["a_first_window_ratio"] = figures["app_first_window_s"] / figures["bare_first_window_s"]
    figures["b_dashboard_ratio"] = figures["app_dashboard_s"] / figures["floor_window_s"]
    figures["b_chart_ratio"] = figures["app_chart_s"] / figures["floor_window_s"]
    figures["c_memory_ratio"] = figures["app_maxrss_mib"] / figures["floor_maxrss_mib"]

    print(f"runs per process: {args.runs} (medians), python {sys.version.split()[0]}")
    print(
        f"(a) first window   {figures['app_first_window_s']:.3f} s vs bare PySide6 window "
        f"{figures['bare_first_window_s']:.3f} s  -> {figures['a_first_window_ratio']:.2f}x (aim <= 2x)"
    )
    print(
        f"(b) dashboard, 50 goals {figures['app_dashboard_s']:.3f} s vs PySide6+sqlmodel+pyqtgraph window "
        f"{figures['floor_window_s']:.3f} s  -> {figures['b_dashboard_ratio']:.2f}x (aim <= 1.1x)"
    )
    print(
        f"    ... and its chart {figures['app_chart_s']:.3f} s  -> {figures['b_chart_ratio']:.2f}x "
        "(pyqtgraph loads after the dashboard has painted)"
    )
    print(
        f"(c) peak memory    {figures['app_maxrss_mib']:.0f} MiB vs the same floor "
        f"{figures['floor_maxrss_mib']:.0f} MiB  -> {figures['c_memory_ratio']:.2f}x"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {**figures, "samples": {k: [asdict(s) for s in v] for k, v in samples.items()}}, indent=2
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
