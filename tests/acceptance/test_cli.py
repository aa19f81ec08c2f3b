from __future__ import annotations

import subprocess
import sys

from smartgoals_app import __version__

CLEAN_ENV = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}  # no DISPLAY, no QT_QPA_PLATFORM


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smartgoals_app", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=CLEAN_ENV,
        check=False,
    )


def test_version_works_without_a_display() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"SmartGoals {__version__}"


def test_help_works_without_a_display() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert "--db PATH" in result.stdout
    assert "SMARTGOALS_DB" in result.stdout


def test_help_and_version_never_import_qt() -> None:
    code = (
        "import sys\n"
        "from smartgoals_app.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "False"
