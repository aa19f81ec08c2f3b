"""Workspaces in the window on a PostgreSQL server: each login's menu lists only the
workspaces they are a member of, and what the server refuses (renaming by a viewer or
an editor, adding by anyone but the administrator) is one plain sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartgoals_app.cli import main
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.server import open_server_database, parse_server_address
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.server_app import open_server_window
from smartgoals_app.ui.settings import make_settings
from smartgoals_app.ui.workspace_menu import WorkspaceMenu
from tests.conftest import TODAY
from tests.factories import response_time_draft, signups_draft
from tests.pg import PgServer
from tests.pg_pool import DatabasePool
from tests.ui.prompts import Answers

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


@dataclass
class Team:
    server: PgServer
    database: str
    admin: str
    goal_bakery: int
    goal_client: int

    def user(self, who: str) -> str:
        return f"{self.database}_{who}"

    def url(self, who: str) -> str:
        return self.server.url(user=self.user(who), database=self.database)


@pytest.fixture
def team(pg_server: PgServer, pg_pool: DatabasePool, pg_schema_template: str) -> Iterator[Team]:
    """Made once per database and handed on from test to test (tests/pg_pool.py)."""

    def prepare(name: str) -> Team:
        return _make_team(pg_server, name)

    with pg_pool.prepared(pg_schema_template, prepare) as (_name, made):
        yield made


def _make_team(pg_server: PgServer, pg_schema_database: str) -> Team:
    admin = pg_server.url(database=pg_schema_database)
    assert main(["--db", admin, "admin", "init"]) == 0
    assert main(["--db", admin, "admin", "workspace", "add", "Bakery"]) == 0
    assert main(["--db", admin, "admin", "workspace", "add", "Client B"]) == 0
    db = open_server_database(parse_server_address(admin))
    try:
        goals = GoalService(db, today=lambda: TODAY)
        goal_bakery = goals.save(signups_draft(TODAY))
        goal_client = goals.save(response_time_draft(TODAY))
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE strategy SET workspace_id = (SELECT id FROM workspace WHERE name = 'Client B') "
                f"WHERE id = (SELECT strategy_id FROM goal WHERE id = {int(goal_client)})"
            )
    finally:
        db.close()
    made = Team(pg_server, pg_schema_database, admin, goal_bakery, goal_client)
    for who, workspace, role in (
        ("ana", "Bakery", "owner"),
        ("cleo", "Bakery", "viewer"),
        ("dan", "Client B", "editor"),
        ("eve", "Bakery", "viewer"),
        ("eve", "Client B", "owner"),
    ):
        assert main(["--db", admin, "admin", "grant", workspace, made.user(who), role]) == 0
    return made


@dataclass
class Login:
    window: MainWindow
    menu: WorkspaceMenu
    answers: Answers
    db: Database

    def entries(self) -> list[tuple[str, bool]]:
        return [(a.text(), a.isChecked()) for a in self.menu.menu.actions() if a.isCheckable()]


LogIn = Callable[[str], Login]


@pytest.fixture
def log_in(qtbot: QtBot, team: Team, tmp_path: Path) -> Iterator[LogIn]:
    opened: list[Login] = []

    def open_as(who: str) -> Login:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        answers = Answers()
        settings = make_settings(tmp_path / f"{who}.ini")
        made = open_server_window(app, parse_server_address(team.url(who)), answers, settings)
        assert made is not None, answers.errors
        window, _services, db = made
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitActive(window):
            window.activateWindow()
        menu = window.findChild(WorkspaceMenu)
        assert isinstance(menu, WorkspaceMenu)
        login = Login(window, menu, answers, db)
        opened.append(login)
        return login

    yield open_as
    for login in opened:
        # Gone with its timers (reminders) before its database goes.
        login.window.close()
        login.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        login.db.close()


def _names(team: Team) -> list[str]:
    with team.server.connect(database=team.database) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM workspace ORDER BY id").fetchall()]


def test_two_logins_see_only_their_own_workspaces(log_in: LogIn, team: Team) -> None:
    cleo, dan = log_in("cleo"), log_in("dan")
    assert cleo.entries() == [("&1 Bakery", True)]
    assert cleo.window.windowTitle() == "Bakery (read only)"  # a viewer
    assert cleo.window.goal_list.visible_ids() == [team.goal_bakery]
    assert dan.entries() == [("&1 Client B", True)]
    assert dan.window.windowTitle() == "Client B"
    assert dan.window.goal_list.visible_ids() == [team.goal_client]


def test_a_member_of_two_switches_by_keyboard_and_it_is_remembered(
    qtbot: QtBot, log_in: LogIn, team: Team
) -> None:
    eve = log_in("eve")
    assert eve.entries() == [("&1 Bakery", True), ("&2 Client B", False)]
    assert eve.window.goal_list.visible_ids() == [team.goal_bakery]
    qtbot.keyClick(eve.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert eve.window.windowTitle() == "Client B"
    assert eve.window.goal_list.visible_ids() == [team.goal_client]
    assert eve.answers.errors == []
    eve.window.close()
    again = log_in("eve")
    assert again.window.windowTitle() == "Client B"


def test_a_viewer_is_told_before_typing_a_name(log_in: LogIn, team: Team) -> None:
    cleo = log_in("cleo")
    cleo.answers.text = "Renamed"
    cleo.menu.rename_action.trigger()
    [(title, _said)] = cleo.answers.infos
    assert title == "You may only read here"
    assert cleo.answers.errors == []
    assert _names(team) == ["Bakery", "Client B"]


def test_an_editor_cannot_rename_and_is_told_plainly(log_in: LogIn, team: Team) -> None:
    login = log_in("dan")
    login.answers.text = "Renamed"
    login.menu.rename_action.trigger()
    [(title, said)] = login.answers.errors
    assert title == "The workspace was not renamed"
    assert "did not allow this: your role in this workspace does not let you make this change" in said
    assert "UPDATE" not in said
    assert _names(team) == ["Bakery", "Client B"]


def test_an_owner_renames_only_their_own(log_in: LogIn, team: Team) -> None:
    """Eve owns Client B but only views Bakery: the server changes no row there."""
    eve = log_in("eve")
    eve.answers.text = "Bakery Müller"
    eve.menu.rename_action.trigger()
    [(_title, said)] = eve.answers.errors
    assert said.startswith("Only an owner of this workspace may rename it")
    eve.answers.errors.clear()
    eve.menu.open_workspace(eve.menu.shown[1].id)
    eve.answers.text = "Client B (2027)"
    eve.menu.rename_action.trigger()
    assert eve.answers.errors == []
    assert eve.window.windowTitle() == "Client B (2027)"
    assert _names(team) == ["Bakery", "Client B (2027)"]


def test_adding_on_a_server_says_to_ask_the_administrator(log_in: LogIn, team: Team) -> None:
    ana = log_in("ana")  # even an owner
    ana.answers.text = "Client C"
    ana.menu.new_action.trigger()
    [(title, said)] = ana.answers.errors
    assert title == "The workspace was not added"
    assert said.endswith("ask your administrator (smartgoals admin workspace add).")
    assert _names(team) == ["Bakery", "Client B"]
