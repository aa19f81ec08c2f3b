"""Others' changes on screen within moments, on a server: the storage's change feed
(storage/change_feed.py) watched with a QSocketNotifier, its notes announced on the
window's ChangeBus, so every screen redraws as for a change made here.

Nothing polls and nothing blocks the window: the notifier wakes the event loop only when
the server has sent something; connecting, which may wait for an unreachable server,
runs on a short-lived thread. A burst of notes (an import of 10,000 figures elsewhere)
is one redraw after it settles. The app's own changes are left out: the operation path
announced them when they were made. A lost connection is made again quietly, backing
off up to half a minute, and everything is redrawn once it is back (notes sent while
away are lost with the connection).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from smartgoals_app.storage.change_feed import ChangeFeed, FeedLostError
from smartgoals_app.ui.operations import Change, ChangeBus

KIND_CHANGES = {
    "strategy": Change.STRATEGIES | Change.GOALS,
    "goal": Change.GOALS,
    "measurement": Change.MEASUREMENTS,
    "task": Change.TASKS,
    "task_completion": Change.MARKS,
    "review": Change.REVIEWS | Change.GOALS,
    "target_change": Change.GOALS,
}
SETTLE_MS = 250
RETRY_MS = (1000, 2000, 5000, 15000, 30000)


class _Relay(QObject):
    """Carries the connect thread's outcome to the UI thread (a queued signal); owned by
    Python, so it outlives the window if the thread finishes after it closed."""

    done = Signal(object)  # None, or the FeedLostError


class LiveUpdates(QObject):
    def __init__(
        self,
        feed: ChangeFeed,
        bus: ChangeBus,
        parent: QObject | None = None,
        *,
        settle_ms: int = SETTLE_MS,
        retry_ms: tuple[int, ...] = RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self.feed = feed
        self._bus = bus
        self._retry_ms = retry_ms
        self._failures = 0
        self._connected_before = False
        self._stopped = False
        self._notifier: QSocketNotifier | None = None
        self._pending = Change.NONE
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(settle_ms)
        self._settle.timeout.connect(self._announce)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.start)
        self._relay = _Relay()
        self._relay.done.connect(self._on_connected)

    @property
    def listening(self) -> bool:
        return self._notifier is not None

    def start(self) -> None:
        """Connect in the background; notes flow once connected."""
        if self._stopped or self._notifier is not None:
            return
        feed, relay = self.feed, self._relay

        def connect() -> None:
            try:
                feed.open()
            except FeedLostError as exc:
                relay.done.emit(exc)
            else:
                relay.done.emit(None)

        threading.Thread(target=connect, name="smartgoals-change-feed", daemon=True).start()

    def stop(self) -> None:
        self._stopped = True
        self._retry.stop()
        self._settle.stop()
        self._drop_notifier()
        self.feed.stop()

    def _on_connected(self, error: FeedLostError | None) -> None:
        if self._stopped:
            self.feed.close()
            return
        if error is not None:
            self._again()
            return
        self._failures = 0
        self._notifier = QSocketNotifier(self.feed.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        if self._connected_before:  # what others changed while the connection was down
            self._queue(Change.ALL)
        self._connected_before = True
        self._read()  # anything that arrived between LISTEN and the notifier

    def _read(self) -> None:
        try:
            notes = self.feed.drain()
        except FeedLostError:
            self._drop_notifier()
            self._again()
            return
        for note in notes:
            if not note.own:
                self._queue(KIND_CHANGES.get(note.kind, Change.ALL))

    def _queue(self, what: Change) -> None:
        self._pending |= what
        if not self._settle.isActive():
            self._settle.start()

    def _announce(self) -> None:
        what, self._pending = self._pending, Change.NONE
        self._bus.announce(what)

    def _drop_notifier(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None

    def _again(self) -> None:
        self.feed.close()
        delay = self._retry_ms[min(self._failures, len(self._retry_ms) - 1)]
        self._failures += 1
        self._retry.start(delay)


def listen_for_changes(window: QObject, feed: ChangeFeed, bus: ChangeBus) -> LiveUpdates:
    """Start listening for the window's lifetime."""
    live = LiveUpdates(feed, bus, window)
    live.setObjectName("liveUpdates")
    window.destroyed.connect(feed.stop)
    live.start()
    return live
