"""Letting Qt finish what a step posted, without waiting on the clock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication


def settle() -> None:
    """Deliver every posted event (layout requests, resizes, deferred work queued with a
    zero timer) until none is left, however loaded the machine: a fixed wait of N ms only
    hopes the work is done by then."""
    for _ in range(5):  # a handled event may post the next (a resize asks for a layout)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def close_leftover_windows() -> list[str]:
    """Close every window still shown, and name it. A window a test leaves open lies over
    the next tests' windows in this process: the pointer then moves over it, not them,
    and a modal one blocks theirs outright."""
    # What qtbot closed is deleted later; a dialog dies with its window then.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowType() != Qt.WindowType.ToolTip
    ]
    for widget in left:
        widget.close()
    settle()
    return [f"{type(w).__name__} {w.windowTitle()!r}" for w in left]
