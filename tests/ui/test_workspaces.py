"""The open workspace in the window, driven by keys: every tab shows its goals only,
the Workspace menu switches, adds and renames, the title names it, and the next start
opens it again."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from smartgoals_app.storage.database import Database
from smartgoals_app.ui.app import Services, build_services, compose_window
from smartgoals_app.ui.file_open import open_or_recover
from smartgoals_app.ui.lazy_tab import LazyTab
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.portfolio.view import PortfolioView
from smartgoals_app.ui.report.action import ReportDialog
from smartgoals_app.ui.settings import make_settings
from smartgoals_app.ui.wizard.common import REVIEW
from smartgoals_app.ui.workspace_menu import WorkspaceMenu, remembered_key
from tests.factories import response_time_draft
from tests.ui.i18n_audit import is_foreign, pseudo_language
from tests.ui.prompts import Answers, RecordingPrompts, answering
from tests.ui.wizard.wizard_driver import open_wizard

# Opening a menu offscreen: no window manager to raise it or to grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


@dataclass
class Shop:
    """A file with two workspaces: "Acme Bakery" (the demo goals) and "Client B" (one goal)."""

    db: Database
    services: Services
    bakery: int
    client: int
    bakery_goals: list[int]
    client_goal: int


@pytest.fixture
def shop(db: Database, today: date, demo_ids: list[int]) -> Shop:
    """The demo goals in the first workspace, renamed Acme Bakery; one goal in Client B."""
    services = build_services(db, today=lambda: today)
    bakery = services.workspaces.open_remembered(None)
    services.workspaces.rename(bakery.id, "Acme Bakery")
    bakery_goals = demo_ids
    client = services.workspaces.add("Client B")
    services.workspaces.open(client.id)
    client_goal = services.goals.save(response_time_draft(today))
    return Shop(db, services, bakery.id, client.id, sorted(bakery_goals), client_goal)


@dataclass
class Opened:
    window: MainWindow
    menu: WorkspaceMenu
    answers: Answers
    settings: QSettings

    @property
    def plan_tab(self) -> LazyTab[PlanView]:
        assert self.window.tabs is not None
        tab = self.window.tabs.widget(1)
        assert isinstance(tab, LazyTab)
        return tab

    @property
    def plan(self) -> PlanView:
        found = self.plan_tab.page()
        assert isinstance(found, PlanView)
        return found

    @property
    def portfolio_tab(self) -> LazyTab[PortfolioView]:
        assert self.window.tabs is not None
        tab = self.window.tabs.widget(2)
        assert isinstance(tab, LazyTab)
        return tab

    @property
    def portfolio(self) -> PortfolioView:
        found = self.portfolio_tab.page()
        assert isinstance(found, PortfolioView)
        return found

    def shown_everywhere(self) -> tuple[list[int], list[int], list[int]]:
        """The goals the dashboard, the Plan tab's task list and the Portfolio show."""
        assert self.window.tabs is not None
        tabs = self.window.tabs
        tabs.setCurrentWidget(self.plan_tab)
        plan_goals = sorted({row.task.goal_id for row in self.plan.controller.rows})
        tabs.setCurrentWidget(self.portfolio_tab)
        portfolio = sorted(self.portfolio.shown_ids())
        tabs.setCurrentIndex(0)
        return sorted(self.window.goal_list.visible_ids()), plan_goals, portfolio


def _open(qtbot: QtBot, shop: Shop, settings_file: Path, answers: Answers | None = None) -> Opened:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    answers = answers or Answers()
    settings = make_settings(settings_file)
    services = build_services(shop.db, today=shop.services.goals._today)
    window = compose_window(app, shop.db, services, answering(answers), settings)
    qtbot.addWidget(window)
    window.resize(1000, 720)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):  # window shortcuts need an active window
        window.activateWindow()
    menu = window.findChild(WorkspaceMenu)
    assert isinstance(menu, WorkspaceMenu)
    return Opened(window, menu, answers, settings)


@pytest.fixture
def opened(qtbot: QtBot, shop: Shop, tmp_path: Path) -> Iterator[Opened]:
    made = _open(qtbot, shop, tmp_path / "settings.ini")
    yield made
    _close(made.window)


def _close(window: MainWindow) -> None:
    """As the person closes it (qtbot deletes it at the end of the test)."""
    window.close()


def _status(window: MainWindow) -> str:
    label = window.statusBar().findChild(QLabel, "workspaceStatus")
    assert isinstance(label, QLabel)
    return label.text()


def test_a_file_with_two_workspaces_shows_only_the_open_ones_goals(opened: Opened, shop: Shop) -> None:
    """The first start opens the first workspace: the demo goals, not Client B's."""
    dashboard, plan, portfolio = opened.shown_everywhere()
    assert dashboard == shop.bakery_goals
    assert plan
    assert set(plan) <= set(shop.bakery_goals)
    assert portfolio == shop.bakery_goals
    assert opened.window.windowTitle() == "Acme Bakery"
    assert _status(opened.window) == "Workspace: Acme Bakery"
    entries = [(a.text(), a.isChecked()) for a in opened.menu.menu.actions() if a.isCheckable()]
    assert entries == [("&1 Acme Bakery", True), ("&2 Client B", False)]


def test_a_first_start_in_german_names_the_workspace_in_german(
    qtbot: QtBot, german: None, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    db = open_or_recover(tmp_path / "neu.db", prompts=RecordingPrompts(errors_fail=True))
    assert db is not None
    try:
        services = build_services(db)
        window = compose_window(app, db, services, answering(), make_settings(tmp_path / "settings.ini"))
        qtbot.addWidget(window)
        assert window.windowTitle() == "Mein Unternehmen"
        assert _status(window) == "Arbeitsbereich: Mein Unternehmen"
        window.close()
    finally:
        db.close()


def test_switching_with_the_keyboard_changes_every_tab_and_the_title(
    qtbot: QtBot, opened: Opened, shop: Shop
) -> None:
    window = opened.window
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.windowTitle() == "Client B"
    assert _status(window) == "Workspace: Client B"
    assert opened.shown_everywhere() == ([shop.client_goal], [shop.client_goal], [shop.client_goal])
    assert [a.isChecked() for a in opened.menu.menu.actions() if a.isCheckable()] == [False, True]
    assert opened.answers.errors == []
    # And back, by the menu's own keys: Alt+W, then 1.
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(opened.menu.menu.isVisible)
    qtbot.keyClick(opened.menu.menu, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: window.windowTitle() == "Acme Bakery")
    assert opened.shown_everywhere()[0] == shop.bakery_goals


def test_the_remembered_workspace_opens_at_the_next_start(
    qtbot: QtBot, opened: Opened, shop: Shop, tmp_path: Path
) -> None:
    qtbot.keyClick(opened.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert opened.settings.value(remembered_key(shop.db)) in (shop.client, str(shop.client))
    _close(opened.window)
    again = _open(qtbot, shop, tmp_path / "settings.ini")
    try:
        assert again.window.windowTitle() == "Client B"
        assert sorted(again.window.goal_list.visible_ids()) == [shop.client_goal]
    finally:
        _close(again.window)


def test_a_remembered_workspace_that_is_gone_opens_the_first(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path / "settings.ini")
    settings.setValue(remembered_key(shop.db), 777)
    settings.sync()
    again = _open(qtbot, shop, tmp_path / "settings.ini")
    try:
        assert again.window.windowTitle() == "Acme Bakery"
        assert again.answers.errors == []
    finally:
        _close(again.window)


def test_a_new_workspace_is_added_and_opened_empty(qtbot: QtBot, opened: Opened, shop: Shop) -> None:
    opened.answers.text = "  Client C  "
    opened.menu.new_action.trigger()
    assert opened.answers.errors == []
    assert opened.window.windowTitle() == "Client C"
    assert opened.window.goal_list.visible_ids() == []
    assert opened.window.empty_page.isVisible()
    with shop.db.engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM workspace ORDER BY id")).scalars().all()
    assert names == ["Acme Bakery", "Client B", "Client C"]
    assert int(str(opened.settings.value(remembered_key(shop.db)))) == 3  # opens next time too
    assert opened.window.statusBar().currentMessage() == (
        "Added the workspace “Client C”: set up its first goal."
    )
    assert [a.text() for a in opened.menu.menu.actions() if a.isCheckable()][-1] == "&3 Client C"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "The workspace's name cannot be empty."),
        ("   ", "The workspace's name cannot be empty."),
        ("x" * 81, "The workspace's name is 81 characters long; keep it under 80."),
        ("Half \ud83d an emoji", "The workspace's name holds a broken character"),
        ("CLIENT b", "There is already a workspace named “Client B”."),
    ],
)
def test_bad_names_are_refused_and_nothing_is_stored(
    opened: Opened, shop: Shop, typed: str, words: str
) -> None:
    for action in (opened.menu.new_action, opened.menu.rename_action):
        opened.answers.errors.clear()
        opened.answers.text = typed
        action.trigger()
        [(_title, said)] = opened.answers.errors
        assert said.startswith(words), said
        assert "\n" not in said
    with shop.db.engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM workspace ORDER BY id")).scalars().all()
    assert names == ["Acme Bakery", "Client B"]
    assert opened.window.windowTitle() == "Acme Bakery"


def test_renaming_names_the_window_and_the_menu(opened: Opened, shop: Shop) -> None:
    opened.answers.text = "Acme Bakery & Café"
    opened.menu.rename_action.trigger()
    assert opened.answers.errors == []
    assert opened.window.windowTitle() == "Acme Bakery & Café"
    assert _status(opened.window) == "Workspace: Acme Bakery & Café"
    first = next(a for a in opened.menu.menu.actions() if a.isCheckable())
    assert first.text() == "&1 Acme Bakery && Café"
    with shop.db.engine.connect() as conn:
        assert conn.execute(
            text("SELECT name FROM workspace WHERE id = :w"), {"w": shop.bakery}
        ).scalar() == ("Acme Bakery & Café")


def test_cancelling_the_name_changes_nothing(opened: Opened) -> None:
    opened.answers.text = None
    opened.menu.new_action.trigger()
    opened.menu.rename_action.trigger()
    assert opened.answers.errors == []
    assert len([a for a in opened.menu.menu.actions() if a.isCheckable()]) == 2


def test_a_goal_made_in_the_wizard_lands_in_the_open_workspace(qtbot: QtBot, shop: Shop, today: date) -> None:
    """The wizard offers the open workspace's strategies only, and saves into it."""
    services = build_services(shop.db, today=lambda: today)
    services.workspaces.open(shop.client)
    person = open_wizard(qtbot, services.goals, services.drafts, today)
    person.next()
    offered = person.find("goal.strategy_id", QComboBox)
    assert [offered.itemText(i) for i in range(offered.count())] == [
        response_time_draft(today).strategy.statement
    ]
    person.tick("wizard.new_strategy")
    person.walk_newsletter_to(REVIEW)
    goal_id = person.finish()
    with shop.db.engine.connect() as conn:
        workspace = conn.execute(
            text("SELECT s.workspace_id FROM goal g JOIN strategy s ON s.id = g.strategy_id WHERE g.id = :g"),
            {"g": goal_id},
        ).scalar_one()
    assert workspace == shop.client


def test_the_report_and_the_calendar_of_all_goals_are_the_open_workspaces(
    qtbot: QtBot, opened: Opened, shop: Shop, tmp_path: Path
) -> None:
    qtbot.keyClick(opened.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    report = opened.window.findChild(QAction, "exportReport")
    assert isinstance(report, QAction)
    report.trigger()
    dialog = opened.window.findChild(ReportDialog)
    assert isinstance(dialog, ReportDialog)
    assert dialog.all_goals.text() == "&All goals (1)"
    dialog.reject()
    opened.answers.save_path = tmp_path / "plan.ics"
    assert opened.window.tabs is not None
    opened.window.tabs.setCurrentWidget(opened.plan_tab)
    opened.window.findChild(QAction, "exportPlanAction").trigger()  # type: ignore[union-attr]
    assert opened.answers.errors == []
    [(_title, said)] = opened.answers.infos
    assert "the check-ins of 1 goal" in said
    written = (tmp_path / "plan.ics").read_text(encoding="utf-8")
    assert written.count("BEGIN:VEVENT") >= 1
    assert "newsletter" not in written.lower()  # the demo's goals stay in the bakery


def test_every_word_of_the_workspace_menu_reaches_the_translator(
    qtbot: QtBot, shop: Shop, tmp_path: Path, known_messages: set[tuple[str, str]]
) -> None:
    with pseudo_language(known_messages):
        opened = _open(qtbot, shop, tmp_path / "settings.ini")
        menu = opened.menu
        texts = [menu.menu.title(), _status(opened.window), menu.status.toolTip()]
        texts += [t for a in menu.menu.actions() for t in (a.text(), a.statusTip())]
        for typed in ("", "client b"):
            opened.answers.text = typed
            menu.new_action.trigger()
            menu.rename_action.trigger()
        texts += [t for told in opened.answers.errors for t in told]
        texts += [t for asked in opened.answers.questions for t in asked]
        qtbot.keyClick(opened.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        texts.append(opened.window.statusBar().currentMessage())
        _close(opened.window)
    assert len(opened.answers.errors) == 4
    names = ["Acme Bakery", "Client B"]
    assert [t for t in texts if t and is_foreign(t, names)] == []


def test_a_workspace_removed_meanwhile_is_said_and_leaves_the_menu(
    qtbot: QtBot, opened: Opened, shop: Shop
) -> None:
    opened.answers.text = "Short-lived"
    opened.menu.new_action.trigger()
    gone = opened.menu.current
    assert gone is not None
    assert gone.name == "Short-lived"
    qtbot.keyClick(opened.window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    with shop.db.engine.begin() as conn:  # another person's doing, on a shared computer
        conn.execute(text("DELETE FROM workspace WHERE id = :w"), {"w": gone.id})
    qtbot.keyClick(opened.window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    [(title, said)] = opened.answers.errors
    assert title == "The workspace could not be opened"
    assert said == "That workspace is gone, or you are no longer a member of it."
    assert opened.window.windowTitle() == "Acme Bakery"
    assert [a.text() for a in opened.menu.menu.actions() if a.isCheckable()] == [
        "&1 Acme Bakery",
        "&2 Client B",
    ]
