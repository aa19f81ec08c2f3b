"""Windows sized from the screen they open on, and kept on it.

A window asks for the size it would like (``preferred_size``); it gets that, or less on
a small screen (a netbook's 1024x600, an old 800x600), never more than the screen's
available area less room for the window manager's frame. A geometry remembered from a
larger screen, and every dialog as it is shown, is brought back inside the available
area (``keep_on_screen``; ``ScreenFitter`` does it for every top-level window of the
application), so no button ends up beyond the edge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

# Before the window manager has framed a window Qt does not know the frame's size:
# room for a title bar and borders of the usual themes.
FRAME_ALLOWANCE = QSize(8, 40)


def screen_of(widget: QWidget) -> QScreen | None:
    handle = widget.windowHandle()  # a window not yet created opens on the primary screen
    return (handle.screen() if handle is not None else None) or QGuiApplication.primaryScreen()


def available(widget: QWidget) -> QRect:
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 800, 600)


def _frame_extra(widget: QWidget) -> QSize:
    frame, inner = widget.frameGeometry(), widget.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    if extra.width() <= 0 and extra.height() <= 0:
        return FRAME_ALLOWANCE
    return extra


def largest_size(widget: QWidget) -> QSize:
    """The largest client size whose frame still fits the available area."""
    area, extra = available(widget), _frame_extra(widget)
    return QSize(max(1, area.width() - extra.width()), max(1, area.height() - extra.height()))


def preferred_size(widget: QWidget, width: int, height: int) -> QSize:
    """``width`` x ``height`` when the screen has room, else the most it has."""
    return QSize(width, height).boundedTo(largest_size(widget))


def fit_minimum(widget: QWidget) -> None:
    """A minimum size larger than the screen would push buttons off it: lower it."""
    widget.setMinimumSize(widget.minimumSize().boundedTo(largest_size(widget)))


def keep_on_screen(widget: QWidget) -> None:
    """Shrink the window to the available area if needed, then move it inside it."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    fit_minimum(widget)
    largest = largest_size(widget)
    if widget.width() > largest.width() or widget.height() > largest.height():
        widget.resize(widget.size().boundedTo(largest))
    area, extra = available(widget), _frame_extra(widget)
    if widget.frameGeometry() == widget.geometry():
        # Not framed yet: the title bar will sit above the inside's corner.
        corner = widget.geometry().topLeft() - QPoint(extra.width() // 2, extra.height() - extra.width() // 2)
    else:
        corner = widget.frameGeometry().topLeft()
    frame = QRect(corner, widget.size() + extra)
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if QPoint(x, y) != frame.topLeft():
        widget.move(x, y)


class ScreenFitter(QObject):
    """Installed on the application: every window and dialog is kept on its screen as it
    is shown, whatever size its layout asked for, and again once the window manager has
    framed it (only then are the title bar's height and the frame's corner known; the
    frame arriving sends the window no event, so it is looked for a few times)."""

    PENDING = "screenFitPending"
    LOOKS = 40
    LOOK_EVERY_MS = 50

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ):
            keep_on_screen(watched)
            watched.setProperty(self.PENDING, True)
            self._look_for_frame(watched, self.LOOKS)
        return False

    def _look_for_frame(self, widget: QWidget, looks: int) -> None:
        def look() -> None:
            if not widget.isVisible():
                widget.setProperty(self.PENDING, False)
            elif widget.frameGeometry() != widget.geometry() or looks <= 1:
                widget.setProperty(self.PENDING, False)
                keep_on_screen(widget)
            else:
                self._look_for_frame(widget, looks - 1)

        QTimer.singleShot(self.LOOK_EVERY_MS, widget, look)


def install_screen_fitter(app: QApplication) -> ScreenFitter:
    fitter = ScreenFitter(app)
    app.installEventFilter(fitter)
    return fitter
