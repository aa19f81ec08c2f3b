"""Start-up with an unusable data folder: one plain message naming the folder, no
traceback, and no "already open" for a lock that could not be made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication

from smartgoals_app.ui import app
from tests.gui.i18n_audit import Boxes, capture_boxes


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    monkeypatch.setattr(app, "make_application", lambda _argv: QApplication.instance())
    return capture_boxes(monkeypatch, answer=False)


def test_a_parent_that_is_a_file_gets_a_message_not_a_traceback(boxes: Boxes, tmp_path: Path) -> None:
    blocker = tmp_path / "SmartGoals"
    blocker.write_text("not a folder")
    assert app.run(blocker / "smartgoals.db") == 1
    assert [(kind, title) for kind, title, _text in boxes] == [
        ("error", "SmartGoals cannot use its data folder")
    ]
    assert f"{blocker} is a file, not a folder" in boxes[0][2]


def test_a_lock_that_cannot_be_made_is_not_called_a_second_copy(
    boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class UnwritableLock(QLockFile):
        def tryLock(self, timeout: int = 0) -> bool:
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.PermissionError

    monkeypatch.setattr(app, "QLockFile", UnwritableLock)
    assert app.run(tmp_path / "smartgoals.db") == 1
    assert [(kind, title) for kind, title, _text in boxes] == [
        ("error", "SmartGoals cannot use its data folder")
    ]
    assert f"cannot write in the folder {tmp_path}" in boxes[0][2]
