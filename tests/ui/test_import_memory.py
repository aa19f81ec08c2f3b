"""The sources PySide6's import hook reads (every module imported after it) are not
kept once the app and the chart are in: some 30 MiB of lines nobody reads."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.storage.database import open_database


def test_the_import_sources_are_forgotten_once_the_chart_is_in(tmp_path: Path) -> None:
    db_path = tmp_path / "demo.db"
    db = open_database(db_path, backup=False)
    populate_demo(db, date.today())
    db.close()
    code = (
        "import linecache\n"
        "import smartgoals_app.ui.startup as startup\n"
        "mark = startup.bench_mark\n"
        "def probe(what, environ=None):\n"
        "    mark(what, environ)\n"
        "    kept = [f for f in linecache.cache if 'sqlalchemy' in f or 'pyqtgraph' in f]\n"
        "    print('kept', what, len(kept), flush=True)\n"
        "startup.bench_mark = probe\n"
        "from smartgoals_app.cli import main\n"
        f"main(['--db', {str(db_path)!r}])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
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
    kept = [line.split()[1:] for line in result.stdout.splitlines() if line.startswith("kept ")]
    assert kept[-2:] == [["dashboard", "0"], ["chart", "0"]]
