"""Errors nothing else caught: shown to the user, written to the log, the app kept running.

An exception raised in a slot or an event handler never reaches a caller: PySide6 hands
it to ``sys.excepthook`` and returns to the event loop. Without a hook the user sees
nothing at all when, say, the disk is full. :class:`ErrorReporter` shows such an error in
plain words (the app's own errors carry them; anything else gets a general sentence),
offers the technical details to copy into a message to support, and logs the traceback
to a file in the user's state folder. The event loop goes on, so what the user was
doing elsewhere is not lost; everything they saved was saved in whole transactions.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.text import Text
from smartgoals_app.ui.dialogs import error_text

log = logging.getLogger(__name__)

LOG_FILE = "smartgoals.log"
LOG_BYTES = 1_000_000
LOGS_KEPT = 3

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_folder() -> Path:
    """Where the log goes: the per-user state folder (``~/.local/state/SmartGoals/log``)."""
    import platformdirs

    return platformdirs.user_state_path("SmartGoals", appauthor=False) / "log"


def file_log(folder: Path) -> RotatingFileHandler | None:
    """A rotating log file in ``folder``, private to the user (the log may name goals);
    None when the folder cannot be used: the app runs without a log rather than not at all."""
    path = folder / LOG_FILE
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOGS_KEPT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    return handler


def plain_message(exc: BaseException) -> str:
    """The error in the user's words: the app's own errors say what happened; anything
    else is a fault of SmartGoals, and the user is told that their saved work is safe."""
    if isinstance(exc, OSError) and exc.strerror:
        return QCoreApplication.translate(
            "ErrorReport", "SmartGoals could not use a file: {reason}. Nothing you saved was lost."
        ).format(reason=exc.strerror)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "ErrorReport", "Your computer ran out of memory. Close other programs, then try again."
        )
    words = error_text(exc) if _is_worded(exc) else ""
    if words:
        return words
    return QCoreApplication.translate(
        "ErrorReport",
        "Something went wrong inside SmartGoals. What you saved is safe, and SmartGoals keeps "
        "running; if this happens again, please send the details to the people who make it.",
    )


def _is_worded(exc: BaseException) -> bool:
    """The app's own errors (storage, validation, io) carry their words as one Text."""
    return len(exc.args) == 1 and isinstance(exc.args[0], Text)


class ErrorDialog(QDialog):
    """One error: the plain sentence, the details folded away, and a button to copy them."""

    def __init__(self, message: str, details: str, log_path: Path | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("SmartGoals ran into a problem"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = QLabel(message)
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = (
            self.tr("The details are also in {path}.").format(path=str(log_path))
            if log_path is not None
            else self.tr("The details could not be written to a log file.")
        )
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_details = QPushButton(self.tr("&Show details"))
        self.show_details.setCheckable(True)
        self.show_details.toggled.connect(self.details.setVisible)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setObjectName("copyDetails")
        self.copy_button.clicked.connect(self._copy)
        buttons.addButton(self.show_details, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        # About sixty characters a line: a sentence reads as a sentence, not a column.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class ErrorReporter(QObject):
    """Installed as ``sys.excepthook`` (and ``threading.excepthook``) for the app's life.

    Errors from other threads are handed to the GUI thread by a queued signal. While one
    error is on screen, more are logged but not shown: a fault that repeats on every
    paint must not bury the user under dialogs.
    """

    reported = Signal(str, str)  # plain message, details: queued to the GUI thread

    def __init__(self, log_dir: Path, parent_window: Callable[[], QWidget | None]) -> None:
        super().__init__()
        self.log_dir = log_dir
        self.log_path: Path | None = None
        self._parent_window = parent_window
        self.dialog: ErrorDialog | None = None
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QTimer.singleShot(0, QCoreApplication.quit)  # Ctrl+C in a terminal ends the app
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unhandled error\n%s", details)
        self.reported.emit(plain_message(exc), details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, message: str, details: str) -> None:
        if self.dialog is not None:
            return
        self.dialog = ErrorDialog(message, details, self.log_path, self._parent_window())
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        self.dialog = None

    @contextmanager
    def installed(self) -> Iterator[ErrorReporter]:
        """The hooks and the log file for the duration of the block; then the previous hooks."""
        handler = file_log(self.log_dir)
        root = logging.getLogger()
        level = root.level
        if handler is not None:
            self.log_path = Path(handler.baseFilename)
            root.addHandler(handler)
            root.setLevel(min(level, logging.INFO) if level != logging.NOTSET else logging.INFO)
        before, before_thread = sys.excepthook, threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        try:
            yield self
        finally:
            sys.excepthook, threading.excepthook = before, before_thread
            if handler is not None:
                root.removeHandler(handler)
                root.setLevel(level)
                handler.close()


def main_window_of(app: QApplication) -> Callable[[], QWidget | None]:
    """The active window, or the first visible top-level one, to parent the dialog."""

    def find() -> QWidget | None:
        active = app.activeWindow()
        if active is not None:
            return active
        return next((w for w in app.topLevelWidgets() if w.isVisible() and not w.parent()), None)

    return find
