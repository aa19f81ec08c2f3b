"""A login's window on a server, opened as the app opens it and shown once it listens
for others' changes; closed, with its connection, at the end."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartgoals_app.storage.server import parse_server_address
from smartgoals_app.ui.live_updates import LiveUpdates
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Prompts
from smartgoals_app.ui.server_app import open_server_window

LISTEN_MS = 20000  # a first connection on a loaded machine: waited for, never slept on


@contextmanager
def listening_window(qtbot: QtBot, url: str, prompts: Prompts) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened = open_server_window(app, parse_server_address(url), prompts)
    assert opened is not None
    window, _services, server_db = opened
    try:
        window.show()
        qtbot.waitExposed(window)
        live = window.findChild(LiveUpdates, "liveUpdates")
        assert live is not None
        qtbot.waitUntil(lambda: live.listening, timeout=LISTEN_MS)
        yield window
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        server_db.close()
