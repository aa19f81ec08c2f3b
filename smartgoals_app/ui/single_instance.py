"""One window per database: a second start brings the running window forward.

The running app listens on a local socket (QLocalServer) named after its database file;
a second start of the same file connects first (QLocalSocket), asks for the window, and
ends before it shows anything. The lock file beside the database stays the guard that
keeps two processes from writing one file; this is only the courtesy on top of it.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

SHOW = b"show\n"
WAIT_MS = 2000  # a ceiling: a running app answers at once, a stale socket fails at once


def server_name(db_path: Path | None) -> str:
    """The socket's name for ``db_path`` (None: the default file, whatever it resolves to)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    key = "default" if db_path is None else str(db_path.expanduser().resolve())
    return "smartgoals-" + hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:24]


def bring_forward_running(db_path: Path | None) -> bool:
    """True when an app already running on this database was asked to show its window."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(WAIT_MS):
        return False
    try:
        socket.write(SHOW)
        return socket.waitForBytesWritten(WAIT_MS)
    finally:
        socket.disconnectFromServer()


def raise_window(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceServer(QObject):
    """Listens for second starts while ``window`` lives (it is the server's parent)."""

    def __init__(self, window: QWidget, names: list[str]) -> None:
        super().__init__(window)
        self._window = window
        self.servers: list[QLocalServer] = []
        for name in dict.fromkeys(names):
            server = QLocalServer(self)
            # Only one process holds the database's lock, so a socket left by a crash is ours.
            QLocalServer.removeServer(name)
            if server.listen(name):
                server.newConnection.connect(lambda s=server: self._answer(s))
                self.servers.append(server)

    def _answer(self, server: QLocalServer) -> None:
        socket = server.nextPendingConnection()

        def read() -> None:
            if bytes(socket.readAll().data()).startswith(SHOW):
                raise_window(self._window)
            socket.disconnectFromServer()

        socket.readyRead.connect(read)
        socket.disconnected.connect(socket.deleteLater)
        if socket.bytesAvailable():
            read()


def listen_for_second_start(db_path: Path, window: QWidget, *, is_default: bool = False) -> InstanceServer:
    names = [server_name(db_path)] + ([server_name(None)] if is_default else [])
    return InstanceServer(window, names)
