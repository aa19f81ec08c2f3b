"""Two people's windows on one database (tests/versions.py), for the conflict tests:
each window composed as the app composes it, on its own operation path and prompts.
Every test here runs on a file and on a server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartgoals_app.storage.database import Database
from smartgoals_app.ui import app
from smartgoals_app.ui.main_window import MainWindow
from tests.conftest import TODAY
from tests.factories import signups_draft as signups_goal
from tests.pg import ENGINES
from tests.ui.prompts import RecordingPrompts, make_ops
from tests.versions import Two, two_people


@pytest.fixture(params=ENGINES)
def two(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Two]:
    yield from two_people(request, tmp_path / "shared.db", monkeypatch)


@dataclass
class Desk:
    """One person's window on the shared database, with the prompts it answers."""

    db: Database
    window: MainWindow
    prompts: RecordingPrompts
    services: app.Services


@pytest.fixture
def desks(qtbot: QtBot, qapp: QApplication, two: Two) -> Iterator[tuple[Desk, Desk]]:
    """Anna's window and Ben's, destroyed before their database goes (a timer of a
    window left open would otherwise read a server database already dropped)."""
    made: list[Desk] = []
    for db in (two.anna, two.ben):
        prompts = RecordingPrompts(errors_fail=True)
        services = app.build_services(db, today=lambda: TODAY)
        window = app.compose_window(qapp, db, services, make_ops(prompts))
        window.show()
        qtbot.waitExposed(window)
        made.append(Desk(db, window, prompts, services))
    yield made[0], made[1]
    for desk in made:
        desk.window.hide()
        desk.window.deleteLater()  # with its wizards and their timers
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def goal_id(two: Two) -> int:
    """A goal Anna saved."""
    return app.build_services(two.anna, today=lambda: TODAY).goals.save(signups_goal(TODAY))
