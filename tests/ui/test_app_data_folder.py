"""Start-up and its lock: an unusable data folder gets one plain message naming the
folder (no traceback, and no "already open" for a lock that could not be made); the
lock of a crashed copy is taken over; the lock file is private."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication

from smartgoals_app.ui import app
from tests.ui.prompts import Answers


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Every message box as (kind, title, text) in ``told.boxes``; questions are answered no."""
    monkeypatch.setattr(app, "make_application", lambda _argv: QApplication.instance())
    return Answers(yes=False)


def test_a_parent_that_is_a_file_gets_a_message_not_a_traceback(told: Answers, tmp_path: Path) -> None:
    blocker = tmp_path / "SmartGoals"
    blocker.write_text("not a folder")
    assert app.run(blocker / "smartgoals.db", prompts=told) == 1
    assert [(kind, title) for kind, title, _text in told.boxes] == [
        ("error", "SmartGoals cannot use its data folder")
    ]
    assert f"{blocker} is a file, not a folder" in told.boxes[0][2]


def test_a_lock_that_cannot_be_made_is_not_called_a_second_copy(
    told: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class UnwritableLock(QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr(app, "QLockFile", UnwritableLock)
    assert app.run(tmp_path / "smartgoals.db", prompts=told) == 1
    assert [(kind, title) for kind, title, _text in told.boxes] == [
        ("error", "SmartGoals cannot use its data folder")
    ]
    assert f"cannot write in the folder {tmp_path}" in told.boxes[0][2]


def test_a_stale_lock_of_a_crashed_copy_is_taken_over_and_made_private(
    told: Answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "smartgoals.db"
    lock_path = Path(str(db_path) + ".lock")
    crashed = (
        "import os, sys; from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", crashed, str(lock_path)], check=True)
    assert lock_path.exists()
    seen: list[tuple[Path, int]] = []

    def opened(path: Path, **_options: object) -> None:  # stands in for the database: run() stops
        seen.append((path, stat.S_IMODE(lock_path.stat().st_mode)))

    monkeypatch.setattr(app, "open_or_recover", opened)
    assert app.run(db_path, prompts=told) == 1
    assert told.boxes == []  # no "already open"
    assert seen == [(db_path, 0o600)]
