"""The sources PySide6's import hook reads (every module imported after it) are not
kept once the app and the chart are in: some 30 MiB of lines nobody reads; and the
hook's question is answered from the files, with the answers PySide6 itself gives."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.storage.database import open_database
from smartgoals_app.ui.import_memory import file_check, lighten_import_hook


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


def test_the_hook_asks_the_files_and_gets_pysides_own_answer_for_every_module() -> None:
    import PySide6.QtCore  # noqa: F401  (the hook's module comes with it)

    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    original = getattr(check, "__wrapped__", check)
    lighter = file_check(original)
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    sample = [m for m in modules if str(getattr(m, "__file__", "")).endswith(".py")][:300]
    sample += [m for m in modules if not str(getattr(m, "__file__", "")).endswith(".py")][:100]
    expected = [original(m) for m in sample]
    assert any(expected)
    assert not all(expected)
    assert [lighter(m) for m in sample] == expected


def test_after_lightening_an_import_leaves_no_lines_and_the_same_feature_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import PySide6.QtCore  # noqa: F401

    lighten_import_hook()
    lighten_import_hook()  # once is enough; twice wraps nothing twice
    feature = sys.modules["shibokensupport.feature"]
    assert not hasattr(feature._mod_uses_pyside.__wrapped__, "__wrapped__")
    (tmp_path / "uses_qt_probe.py").write_text("from PySide6 import QtCore\nVALUE = 1\n")
    (tmp_path / "plain_probe.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    __import__("uses_qt_probe")  # the statement's way, through the hook (importlib skips it)
    __import__("plain_probe")
    # PySide6's defaults: 0 for a module that names PySide6, -1 ("ignore") for others.
    assert feature.pyside_feature_dict["uses_qt_probe"] == 0
    assert feature.pyside_feature_dict["plain_probe"] == -1
    assert not [name for name in linecache.cache if "_probe" in name]
