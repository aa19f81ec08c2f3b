"""The first window must appear before the heavy imports (SQLAlchemy, pyqtgraph, numpy,
alembic): benchmarks/startup.py measures how fast; these tests keep the order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.demo_files import DemoFiles

HEAVY = ("sqlalchemy", "sqlmodel", "pyqtgraph", "numpy", "alembic")


def _python(code: str, tmp_path: Path, **env: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), **env},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_start_window_needs_only_pyside6(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from smartgoals_app.ui.startup import show_start_window\n"
        "window = show_start_window(['smartgoals'])\n"
        "assert window.isVisible()\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    assert _python(code, tmp_path).strip() == "[]"


def test_cli_shows_the_start_window_before_importing_storage(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import smartgoals_app.ui.startup as startup\n"
        "def probe(argv):\n"
        f"    print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
        "    raise SystemExit(0)\n"
        "startup.show_start_window = probe\n"
        "from smartgoals_app.cli import main\n"
        f"main(['--db', {str(tmp_path / 'x.db')!r}])\n"
    )
    assert _python(code, tmp_path).strip() == "[]"


def test_app_reports_first_window_then_dashboard(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "smartgoals_app", "--db", str(tmp_path / "bench.db")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path),
            "SMARTGOALS_BENCH_EXIT": "1",
        },
    )
    assert result.returncode == 0, result.stderr
    marks = [line.split() for line in result.stdout.splitlines() if line.startswith("smartgoals-bench")]
    # No goals, so no chart: "chart" follows the dashboard at once.
    assert [what for _tag, what, _when in marks] == ["first-window", "dashboard", "chart"]
    assert float(marks[0][2]) <= float(marks[1][2]) <= float(marks[2][2])


def _demo_file(tmp_path: Path, demo_files: DemoFiles) -> Path:
    from datetime import date

    from smartgoals_app.storage.database import open_database

    db_path = tmp_path / "demo.db"
    db = open_database(db_path, backup=False)
    demo_files.copy_into(db, date.today())
    db.close()
    return db_path


def test_dashboard_paints_before_the_chart_loads_pyqtgraph(tmp_path: Path, demo_files: DemoFiles) -> None:
    """With goals, the dashboard (list, summary, why) paints first; pyqtgraph and numpy
    load for the chart right after, and the chart is drawn then."""
    db_path = _demo_file(tmp_path, demo_files)
    code = (
        "import sys\n"
        "import smartgoals_app.ui.startup as startup\n"
        "mark = startup.bench_mark\n"
        "def probe(what, environ=None):\n"
        "    mark(what, environ)\n"
        "    loaded = sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules)\n"
        "    print('loaded', what, ','.join(loaded) or '-', flush=True)\n"
        "startup.bench_mark = probe\n"
        "from smartgoals_app.cli import main\n"
        f"main(['--db', {str(db_path)!r}])\n"
    )
    out = _python(code, tmp_path, SMARTGOALS_BENCH_EXIT="1", XDG_CONFIG_HOME=str(tmp_path))
    loaded = [line.split()[1:] for line in out.splitlines() if line.startswith("loaded ")]
    assert loaded == [["first-window", "-"], ["dashboard", "-"], ["chart", "numpy,pyqtgraph"]]


# What only a later screen, a dialog or a command needs: none of it is read (or, on a
# machine that keeps no bytecode, compiled) before the dashboard has painted.
NOT_BEFORE_THE_DASHBOARD = (
    "smartgoals_app.io.data_export",  # Export all data, on first use
    "smartgoals_app.io.data_import",  # Import all data
    "smartgoals_app.ui.history.dialog",  # Goal history…
    "smartgoals_app.ui.review.dialog",  # Review goal…
    "smartgoals_app.ui.selftest",  # --self-test only
    "smartgoals_app.services.demo",
    "smartgoals_app.ui.plan.plan_view",  # the Plan tab, built after the first paint
    "smartgoals_app.ui.plan.month_view",
    "smartgoals_app.ui.portfolio.view",  # the Portfolio tab, built when first shown
    "sqlalchemy.dialects.postgresql",  # a server's: a file never needs it
)


def test_later_screens_load_after_the_dashboard_paints(tmp_path: Path, demo_files: DemoFiles) -> None:
    db_path = _demo_file(tmp_path, demo_files)
    code = (
        "import sys\n"
        "import smartgoals_app.ui.startup as startup\n"
        "mark = startup.bench_mark\n"
        "def probe(what, environ=None):\n"
        "    mark(what, environ)\n"
        "    if what == 'dashboard':\n"
        f"        loaded = [m for m in {NOT_BEFORE_THE_DASHBOARD!r} if m in sys.modules]\n"
        "        print('loaded', ','.join(loaded) or '-', flush=True)\n"
        "startup.bench_mark = probe\n"
        "from smartgoals_app.cli import main\n"
        f"main(['--db', {str(db_path)!r}])\n"
    )
    out = _python(code, tmp_path, SMARTGOALS_BENCH_EXIT="1", XDG_CONFIG_HOME=str(tmp_path))
    loaded = [line.split()[1] for line in out.splitlines() if line.startswith("loaded ")]
    assert loaded == ["-"]
