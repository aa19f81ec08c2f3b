"""Others' changes on screen within moments: a window on a server listens for the history
triggers' notifications, and a figure another login changes with plain SQL shows up
without anyone pressing a key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.cli import main
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.change_feed import ChangeFeed
from smartgoals_app.storage.server import open_server_database, parse_server_address
from smartgoals_app.ui.live_updates import LiveUpdates
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Change, ChangeBus
from tests.factories import signups_draft
from tests.pg import PgServer
from tests.ui.prompts import RecordingPrompts
from tests.ui.server_window import listening_window

LATEST = 3  # the goal list's column


@pytest.fixture
def on_server(
    qtbot: QtBot, pg_server: PgServer, pg_schema_database: str, today: date
) -> Iterator[tuple[MainWindow, int]]:
    """The window of an editor of the Bakery, with one goal and its figure of 10."""
    admin = pg_server.url(database=pg_schema_database)
    assert main(["--db", admin, "admin", "init"]) == 0
    assert main(["--db", admin, "admin", "workspace", "add", "Bakery"]) == 0
    db = open_server_database(parse_server_address(admin))
    try:
        goal_id = GoalService(db, today=lambda: today).save(signups_draft(today))
        MeasurementService(db, today=lambda: today).log(goal_id, today, 10.0)
    finally:
        db.close()
    editor = f"{pg_schema_database}_ben"
    assert main(["--db", admin, "admin", "grant", "Bakery", editor, "editor"]) == 0
    url = pg_server.url(user=editor, database=pg_schema_database)
    with listening_window(qtbot, url, RecordingPrompts(errors_fail=True)) as window:
        yield window, goal_id


def _latest(window: MainWindow, goal_id: int) -> str:
    item = window.goal_list.item_for(goal_id)
    assert item is not None
    return item.text(LATEST)


def test_a_figure_changed_elsewhere_shows_up_on_its_own(
    qtbot: QtBot, on_server: tuple[MainWindow, int], pg_server: PgServer, pg_schema_database: str
) -> None:
    window, goal_id = on_server
    assert _latest(window, goal_id).startswith("10 ")
    with (
        qtbot.waitSignal(window.ops.bus.changed, timeout=20000) as heard,
        pg_server.connect(database=pg_schema_database) as someone,  # another login, with psql in hand
    ):
        someone.execute("UPDATE measurement SET value = 4321 WHERE goal_id = %s", (goal_id,))
    assert heard.args == [Change.MEASUREMENTS]
    qtbot.waitUntil(lambda: _latest(window, goal_id).startswith("4,321 "), timeout=5000)


def test_the_apps_own_change_is_announced_once(
    qtbot: QtBot, on_server: tuple[MainWindow, int], pg_server: PgServer, pg_schema_database: str
) -> None:
    window, goal_id = on_server
    heard: list[Any] = []
    window.ops.bus.changed.connect(heard.append)
    window.ops.run(window, lambda: window._measurements.log(goal_id, date.today(), 11.0), Change.MEASUREMENTS)
    assert heard == [Change.MEASUREMENTS]
    # Someone else's change comes after the app's own through the same connection: once it
    # is heard, the own one has been read (and left out) before it.
    with (
        qtbot.waitSignal(window.ops.bus.changed, timeout=20000),
        pg_server.connect(database=pg_schema_database) as someone,
    ):
        someone.execute("UPDATE goal SET why = 'Told by someone else' WHERE id = %s", (goal_id,))
    assert heard == [Change.MEASUREMENTS, Change.GOALS]


def test_a_lost_connection_comes_back_quietly_and_redraws(
    qtbot: QtBot, pg_db: Any, pg_server: PgServer
) -> None:
    pg_database = str(pg_db.engine.url.database)
    bus = ChangeBus()
    live = LiveUpdates(ChangeFeed(pg_db.engine), bus, retry_ms=(10,))
    live.start()
    try:
        qtbot.waitUntil(lambda: live.listening, timeout=20000)
        with (
            qtbot.waitSignal(bus.changed, timeout=20000) as heard,
            pg_server.connect(database=pg_database) as admin,
        ):
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query LIKE 'LISTEN%%' AND datname = current_database()"
            )
        assert heard.args == [Change.ALL]  # back, and everything redrawn once
        assert live.listening
    finally:
        live.stop()
