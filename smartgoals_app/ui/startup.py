"""The first window, shown before the heavy imports.

Importing SQLModel, the services and pyqtgraph takes most of a second; a bare PySide6
window takes about a tenth. ``show_start_window`` imports only PySide6, shows a window
with the main window's title, icon and remembered geometry, and lets it paint; the caller
then imports the rest and hands over to the real main window (``hand_over``), which
appears in the same place. The user sees a window at once and the dashboard right after.

``SMARTGOALS_BENCH_EXIT=1`` makes the app print the moments the first window and the
dashboard are shown (CLOCK_MONOTONIC, for benchmarks/startup.py) and quit; it changes
nothing else.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from smartgoals_app import APP_ID, APP_NAME, ORG_NAME, __version__
from smartgoals_app.ui import formatting
from smartgoals_app.ui.i18n import install_translators
from smartgoals_app.ui.icons import app_icon
from smartgoals_app.ui.import_memory import lighten_import_hook
from smartgoals_app.ui.screen_fit import install_screen_fitter, preferred_size
from smartgoals_app.ui.settings import make_settings, restore_geometry

BENCH_ENV = "SMARTGOALS_BENCH_EXIT"
MAIN_WINDOW_KEY = "MainWindow"  # settings group shared by the start window and the main window
DEFAULT_SIZE = (1100, 760)  # the main window's, bounded by the screen (ui/screen_fit.py)


def make_application(argv: Sequence[str]) -> QApplication:
    """The QApplication, named so QSettings and the desktop find the right places."""
    existing = QApplication.instance()
    fresh = not isinstance(existing, QApplication)
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    lighten_import_hook()  # before the heavy imports that follow the first window
    if fresh:  # an existing application (tests, the self-test) keeps its own languages
        formatting.group_thousands()
        install_translators(app)
        install_screen_fitter(app)
    return app


def bench_mark(what: str, environ: Mapping[str, str] | None = None) -> None:
    if (os.environ if environ is None else environ).get(BENCH_ENV) == "1":
        print(f"smartgoals-bench {what} {time.monotonic():.6f}", flush=True)


def when_painted(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once the event loop has handled the window's first show and paint."""
    QTimer.singleShot(0, window, then)


class _FirstPaint(QObject):
    """Calls `then` on the event loop turn after the window's first paint event.

    A zero timer set when the window is shown can fire before it paints (offscreen it
    does), so the paint itself is watched."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once the window has really painted (watch it before it is shown)."""
    _FirstPaint(window, then)


def bench_exit_after_paint(
    app: QApplication, window: QWidget, later: Callable[[], QWidget | None] | None = None
) -> None:
    """With SMARTGOALS_BENCH_EXIT=1: mark "dashboard" after the window paints; then, when
    ``later`` gives a widget built after that paint (the chart), mark "chart" once it has
    painted too; then quit."""
    if os.environ.get(BENCH_ENV) != "1":
        return

    def wait_for_later() -> None:
        widget = later() if later is not None else None
        if widget is None:
            QTimer.singleShot(10, window, wait_for_later)
            return

        def chart_done() -> None:
            bench_mark("chart")
            app.quit()

        when_painted(widget, chart_done)

    def done() -> None:
        bench_mark("dashboard")
        if later is None:
            app.quit()
        else:
            wait_for_later()

    after_first_paint(window, done)


class StartWindow(QMainWindow):
    """What the user sees during the first half second: the app's frame, no content yet."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(preferred_size(self, *DEFAULT_SIZE))
        restore_geometry(self, make_settings(), key=MAIN_WINDOW_KEY)
        label = QLabel(QCoreApplication.translate("StartWindow", "Opening your goals…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        self.setCentralWidget(label)


def show_start_window(argv: Sequence[str]) -> StartWindow:
    """Create the application, show the start window and let it paint (at most 0.2 s)."""
    app = make_application(argv)
    window = StartWindow()
    window.show()
    clock = QElapsedTimer()
    clock.start()
    handle = window.windowHandle()
    while clock.elapsed() < 200:
        app.processEvents()
        if handle is not None and handle.isExposed():
            app.processEvents()
            break
    bench_mark("first-window")
    return window


def hand_over(start: QWidget | None, window: QWidget) -> None:
    """Show the real main window where the start window was, then close the start window."""
    if start is not None:
        if start.isMaximized():
            window.showMaximized()
        else:
            # pos() is the frame's corner, geometry() the inside's: placing the inside
            # where the frame was would push the title bar off the top of the screen.
            window.resize(start.size())
            window.move(start.pos())
            window.show()
        start.close()
        start.deleteLater()
    else:
        window.show()
