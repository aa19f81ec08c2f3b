"""A viewer of a workspace opens the app on the server: everything reads, and every
action that would change something says, in one plain sentence, before any editor opens
or any question is asked, that they may only read. Nothing reaches the server."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from smartgoals_app.cli import main
from smartgoals_app.services.demo import populate_demo
from smartgoals_app.storage.server import open_server_database, parse_server_address
from smartgoals_app.ui.lazy_tab import LazyTab
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.server_app import open_server_window
from tests.pg import PgServer
from tests.ui.prompts import RecordingPrompts, Told
from tests.ui.test_flows_on_server import server_url

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
READ_ONLY = "You may only read here"


@dataclass
class Opened:
    window: MainWindow
    prompts: RecordingPrompts
    server: PgServer
    database: str

    def stored(self, sql: str) -> int:
        with self.server.connect(database=self.database) as admin:
            return int(admin.execute(sql).fetchone()[0])

    def refusals(self) -> list[Told]:
        assert not self.prompts.errors, self.prompts.errors
        return [told for told in self.prompts.told if told.title == READ_ONLY]


@contextmanager
def _open(qtbot: QtBot, server: PgServer, database: str, user: str) -> Iterator[Opened]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    prompts = RecordingPrompts()
    opened = open_server_window(app, parse_server_address(server_url(server, user, database)), prompts)
    assert opened is not None, prompts.told
    window, _services, db = opened
    try:
        window.resize(1000, 720)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitActive(window):
            window.activateWindow()
        yield Opened(window, prompts, server, database)
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.close()


def _team(server: PgServer, database: str) -> str:
    """The demo goals in the workspace Bakery, and a viewer of it; the viewer's login."""
    admin = server.url(database=database)
    assert main(["--db", admin, "admin", "init"]) == 0
    assert main(["--db", admin, "admin", "workspace", "add", "Bakery"]) == 0
    db = open_server_database(parse_server_address(admin))
    try:
        populate_demo(db, date.today())
    finally:
        db.close()
    viewer = f"{database}_cleo"
    assert main(["--db", admin, "admin", "grant", "Bakery", viewer, "viewer"]) == 0
    return viewer


@pytest.fixture
def as_viewer(qtbot: QtBot, pg_server: PgServer, pg_schema_database: str) -> Iterator[Opened]:
    with _open(qtbot, pg_server, pg_schema_database, _team(pg_server, pg_schema_database)) as opened:
        yield opened


def test_a_viewer_reads_the_goals_in_a_window_that_says_read_only(as_viewer: Opened) -> None:
    window = as_viewer.window
    assert window.windowTitle().endswith("(read only)")
    note = window.findChild(QLabel, "readOnlyNote")
    assert note is not None
    assert note.isVisible()
    assert note.text() == "Read only: you are a viewer of this database."
    window.refresh()
    assert len(window.goal_list.visible_ids()) == 3


def test_every_change_a_viewer_tries_is_refused_in_one_sentence_before_anything_opens(
    qtbot: QtBot, as_viewer: Opened
) -> None:
    window = as_viewer.window
    window.refresh()
    goal = window.goal_list.visible_ids()[0]
    window.select_goal(goal)
    counts = "SELECT (SELECT count(*) FROM measurement) * 1000 + (SELECT count(*) FROM task_completion)"
    before = as_viewer.stored(counts)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # log a check-in
    assert window.checkin_dialog is None
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a new goal: no wizard
    qtbot.keyClick(window, Qt.Key.Key_Delete, CTRL_SHIFT)  # delete the goal: not even asked
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)  # archive it
    window.detail.tabs.setCurrentIndex(1)
    table = window.detail.table
    table.select_row(0)
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)  # delete a figure
    assert not table.undo_button.isVisible()

    assert window.tabs is not None
    window.tabs.setCurrentIndex(1)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, LazyTab)
    plan = tab.page()  # built when the tab was shown
    assert isinstance(plan, PlanView)
    qtbot.waitUntil(lambda: bool(plan.week.cards))
    card = next(c for c in plan.week.cards if c.done_button is not None)
    assert card.done_button is not None
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)  # tick a task done
    assert card.skip_button is not None
    skip = next(c for c in plan.week.cards if c.skip_button is not None).skip_button
    assert skip is not None
    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)  # skip one: no note asked
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)  # add a task: no editor

    refusals = as_viewer.refusals()
    assert len(refusals) == 8
    assert all(told.kind == "info" for told in refusals)
    assert "viewer" in refusals[0].text
    assert "\n" not in refusals[0].text
    assert [t for t in as_viewer.prompts.told if t.title != READ_ONLY] == []  # nothing else asked
    assert window.current_goal_id() == goal
    assert as_viewer.stored(counts) == before
    assert as_viewer.stored("SELECT count(*) FROM goal WHERE status <> 'active'") == 0


def test_a_person_taken_out_of_the_workspace_meanwhile_is_told_in_one_sentence(
    qtbot: QtBot, pg_server: PgServer, pg_schema_database: str
) -> None:
    viewer = _team(pg_server, pg_schema_database)
    with _open(qtbot, pg_server, pg_schema_database, viewer) as opened:
        opened.window.refresh()
        assert opened.window.goal_list.visible_ids()
        admin = pg_server.url(database=pg_schema_database)
        assert main(["--db", admin, "admin", "revoke", "Bakery", viewer]) == 0
        opened.window.refresh()
        [told] = opened.prompts.errors
        assert told.title == "The goals could not be read"
        assert "ask its administrator to add you to a workspace" in told.text
        assert "SELECT" not in told.text
        assert "\n" not in told.text
