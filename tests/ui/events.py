"""Letting Qt finish what a step posted, without waiting on the clock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def settle() -> None:
    """Deliver every posted event (layout requests, resizes, deferred work queued with a
    zero timer) until none is left, however loaded the machine: a fixed wait of N ms only
    hopes the work is done by then."""
    for _ in range(5):  # a handled event may post the next (a resize asks for a layout)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
