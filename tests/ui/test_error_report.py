"""Errors nothing else caught reach the user and the log, and the app keeps running."""

from __future__ import annotations

import logging
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.text import translate
from smartgoals_app.storage.database import StorageError
from smartgoals_app.ui.error_report import LOG_FILE, ErrorReporter, main_window_of


class Window(QMainWindow):
    """A window whose button runs whatever the test puts in ``action``."""

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("Save")
        self.setCentralWidget(self.button)
        self.clicks = 0
        self.failure: BaseException | None = None
        self.button.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self.clicks += 1
        if self.failure is not None:
            raise self.failure


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    window = Window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def reporter(tmp_path: Path, qapp: QApplication) -> Iterator[ErrorReporter]:
    with ErrorReporter(tmp_path / "log", main_window_of(qapp)).installed() as installed:
        yield installed


def click(qtbot: QtBot, window: Window) -> None:
    qtbot.mouseClick(window.button, Qt.MouseButton.LeftButton)


def test_an_error_in_a_slot_is_shown_in_the_apps_words_and_logged(
    qtbot: QtBot, window: Window, reporter: ErrorReporter
) -> None:
    window.failure = StorageError(
        translate("Database", "Saving failed: the disk is full or failing. Free some space and try again.")
    )
    click(qtbot, window)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    assert reporter.dialog.message.text() == (
        "Saving failed: the disk is full or failing. Free some space and try again."
    )
    assert reporter.log_path is not None
    assert str(reporter.log_path) in reporter.dialog.where.text()
    logged = reporter.log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "_clicked" in logged  # the traceback names the slot that failed

    # The app runs on: the dialog closes, and the same button works again.
    reporter.dialog.reject()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    window.failure = None
    click(qtbot, window)
    assert window.clicks == 2


def test_a_fault_of_the_app_gets_a_plain_sentence_and_details_to_copy(
    qtbot: QtBot, window: Window, reporter: ErrorReporter
) -> None:
    window.failure = KeyError("goal 42")
    click(qtbot, window)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    dialog = reporter.dialog
    assert dialog is not None
    assert "Something went wrong inside SmartGoals" in dialog.message.text()
    assert "KeyError" not in dialog.message.text()  # the person is not shown Python
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.show_details, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    assert "KeyError: 'goal 42'" in dialog.details.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "KeyError: 'goal 42'" in QGuiApplication.clipboard().text()
    assert dialog.isVisible()  # copying does not close it
    dialog.reject()


def test_a_repeating_error_shows_one_dialog_and_logs_every_time(
    qtbot: QtBot, window: Window, reporter: ErrorReporter
) -> None:
    window.failure = RuntimeError("again")
    click(qtbot, window)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    first = reporter.dialog
    click(qtbot, window)
    click(qtbot, window)
    qtbot.wait(0)  # let any queued report arrive
    assert reporter.dialog is first
    assert reporter.log_path is not None
    assert reporter.log_path.read_text(encoding="utf-8").count("RuntimeError: again") == 3
    assert first is not None
    first.reject()


def test_an_error_in_another_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, window: Window, reporter: ErrorReporter
) -> None:
    def fail() -> None:
        raise OSError(28, "No space left on device")

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert "No space left on device" in reporter.dialog.message.text()
    reporter.dialog.reject()


def test_the_log_is_private_and_the_hooks_are_put_back(tmp_path: Path, qapp: QApplication) -> None:
    import sys

    before = sys.excepthook
    folder = tmp_path / "state" / "log"
    with ErrorReporter(folder, main_window_of(qapp)).installed() as reporter:
        assert sys.excepthook == reporter.handle
        logging.getLogger("smartgoals_app.test").warning("a line for the log")
    assert sys.excepthook is before
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / LOG_FILE).stat().st_mode) == 0o600
    assert "a line for the log" in (folder / LOG_FILE).read_text(encoding="utf-8")


def test_an_unusable_log_folder_leaves_the_app_running_without_a_log(
    tmp_path: Path, qapp: QApplication, qtbot: QtBot, window: Window
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    with ErrorReporter(blocked / "log", main_window_of(qapp)).installed() as reporter:
        assert reporter.log_path is None
        window.failure = RuntimeError("no log")
        click(qtbot, window)
        qtbot.waitUntil(lambda: reporter.dialog is not None)
        assert reporter.dialog is not None
        assert "could not be written to a log file" in reporter.dialog.where.text()
        reporter.dialog.reject()
