"""A desktop app's manners: a plain sentence when no window can open, Quit on the
platform's key, and a second start that brings the running window forward."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.ui import display_check, single_instance
from smartgoals_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _start(tmp_path: Path, **env: str | None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environ.update(HOME=str(tmp_path), QT_QPA_PLATFORM="xcb")
    for key, value in env.items():
        if value is None:
            environ.pop(key, None)
        else:
            environ[key] = value
    return subprocess.run(
        [sys.executable, "-m", "smartgoals_app", "--db", str(tmp_path / "s.db")],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_a_display_that_does_not_answer_is_named_in_one_sentence(tmp_path: Path) -> None:
    result = _start(tmp_path, DISPLAY=":93")
    assert result.returncode == 1, result.stderr
    assert (
        result.stderr.strip().splitlines()
        == ["SmartGoals cannot open its window because the display :93 does not answer."]
        or "system libraries are missing" in result.stderr
    )
    assert not (tmp_path / "s.db").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 is Linux's")
def test_no_display_at_all_is_named_in_one_sentence(tmp_path: Path) -> None:
    result = _start(tmp_path, DISPLAY=None)
    assert result.returncode == 1, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "no display was found" in line or "system libraries are missing" in line


def test_missing_libraries_are_named_with_their_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_check, "xcb_plugin", lambda: Path("libqxcb.so"))
    monkeypatch.setattr(
        display_check, "missing_libraries", lambda _p: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"]
    )
    reason = display_check.missing_display({"DISPLAY": ":0"}, platform="linux")
    assert reason == (
        "SmartGoals cannot open its window because these system libraries are missing: "
        "libxcb-cursor.so.0, libxcb-icccm.so.4 (on Debian or Ubuntu: sudo apt-get install "
        "libxcb-cursor0 libxcb-icccm4)."
    )


def test_other_platforms_are_left_to_qt() -> None:
    assert display_check.missing_display({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_check.missing_display({}, platform="win32") is None


def test_quit_is_on_the_platforms_key_in_a_file_menu(window: MainWindow, qtbot: QtBot) -> None:
    assert window.menuBar().actions()[0].menu() is window.file_menu
    assert window.quit_action in window.file_menu.actions()
    assert window.quit_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    assert (
        window.new_goal_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.New))
        == QKeySequence.SequenceMatch.ExactMatch
    )
    window.show()
    qtbot.waitExposed(window)
    window.quit_action.trigger()
    assert not window.isVisible()


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen has no window stack
def test_a_second_start_brings_the_running_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    db_path = tmp_path / "goals.db"
    running = QWidget()
    qtbot.addWidget(running)
    single_instance.listen_for_second_start(db_path, running)
    assert not running.isVisible()
    answers: list[bool] = []
    second = threading.Thread(target=lambda: answers.append(single_instance.bring_forward_running(db_path)))
    second.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    second.join()
    assert answers == [True]
    qtbot.waitUntil(running.isVisible)


def test_another_file_is_not_the_running_one(qtbot: QtBot, tmp_path: Path) -> None:
    running = QWidget()
    qtbot.addWidget(running)
    single_instance.listen_for_second_start(tmp_path / "a.db", running)
    assert single_instance.bring_forward_running(tmp_path / "b.db") is False
    assert single_instance.server_name(None) != single_instance.server_name(tmp_path / "a.db")


def test_the_title_names_the_file_once_and_leaves_the_app_name_to_qt(window: MainWindow) -> None:
    # Qt appends " — SmartGoals" (the display name) on desktops that show it.
    assert window.windowTitle() == window._db_path.name
