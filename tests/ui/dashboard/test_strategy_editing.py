"""Editing and archiving a strategy from the goal list, driven by keys and clicks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMenu, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.strategy.archived import ArchivedStrategies
from smartgoals_app.ui.strategy.editor import StrategyEditor
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.label_audit import audit, mnemonic
from tests.ui.strategy_driver import Wired, answered_ops, wire

# Offscreen has no window stack and no keyboard grab for a popup menu: harmless here.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)


@pytest.fixture
def window(qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]) -> MainWindow:
    return make_window(qtbot, services, db, today, ops=answered_ops())


@pytest.fixture
def wired(window: MainWindow, db: Database) -> Wired:
    return wire(window, db)


def _strategy_row(window: MainWindow, qtbot: QtBot) -> int:
    """Put the keyboard on the first strategy's row (Home), as a person would; its id."""
    tree = window.goal_list.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    item = window.goal_list.current_row()
    assert item is not None
    assert item.parent() is None  # a strategy, not a goal
    strategy_id = next(
        o.strategy_id for o in window._controller.overviews.values() if o.strategy == item.text(0)
    )
    return strategy_id


def _menu(wired: Wired, qtbot: QtBot) -> QMenu:
    qtbot.waitUntil(lambda: getattr(wired.actions, "last_menu", None) is not None)
    menu = wired.actions.last_menu
    qtbot.waitUntil(menu.isVisible)
    return menu


def _choose(qtbot: QtBot, menu: QMenu, text: str) -> None:
    """Down through the menu to ``text`` and Enter."""
    for _ in range(len(menu.actions())):
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        active = menu.activeAction()
        if active is not None and active.text().replace("&", "") == text:
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            return
    pytest.fail(f"no {text!r} in the menu")


def _editor(wired: Wired, qtbot: QtBot) -> StrategyEditor:
    qtbot.waitUntil(
        lambda: isinstance(wired.actions.editor, StrategyEditor) and wired.actions.editor.isVisible()
    )
    editor = wired.actions.editor
    assert isinstance(editor, StrategyEditor)
    return editor


def _type_over(qtbot: QtBot, widget: QPlainTextEdit | QLabel, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _tick(qtbot: QtBot, networks: QListWidget, key: str) -> None:
    row = next(r for r in range(networks.count()) if networks.item(r).data(Qt.ItemDataRole.UserRole) == key)
    networks.setFocus()
    networks.setCurrentRow(row)
    qtbot.keyClick(networks, Qt.Key.Key_Space)


def test_menu_key_on_a_strategy_row_edits_it_and_ctrl_z_restores_it(
    qtbot: QtBot, window: MainWindow, wired: Wired
) -> None:
    strategy_id = _strategy_row(window, qtbot)
    before = wired.strategies.strategy(strategy_id)
    qtbot.keyClick(window.goal_list.tree, Qt.Key.Key_Menu)
    menu = _menu(wired, qtbot)
    assert [a.text().replace("&", "") for a in menu.actions()] == ["Edit strategy…", "Archive strategy…"]
    _choose(qtbot, menu, "Edit strategy…")
    editor = _editor(wired, qtbot)
    assert editor.statement.toPlainText() == before.statement

    _type_over(qtbot, editor.statement, "Be the newsletter people forward")
    ticked = "linkedin" if "linkedin" not in before.networks else "tiktok"
    _tick(qtbot, editor.networks, ticked)
    for code in ("MO", "WE"):
        qtbot.mouseClick(editor.day_boxes[code], Qt.MouseButton.LeftButton)
    editor.opens.setFocus()
    qtbot.keyClicks(editor.opens, "8:30")
    editor.closes.setFocus()
    qtbot.keyClicks(editor.closes, "16")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())

    stored = wired.strategies.strategy(strategy_id)
    assert stored.statement == "Be the newsletter people forward"
    assert set(stored.networks) == {*before.networks, ticked}
    assert set(stored.business_days) == {"MO", "WE"}
    assert (stored.business_start, stored.business_end) == (time(8, 30), time(16, 0))
    groups = [window.goal_list.top_row(i) for i in range(window.goal_list.model.rowCount())]
    assert "Be the newsletter people forward" in [g.text(0) for g in groups if g is not None]

    window.goal_list.tree.setFocus()
    qtbot.keyClick(window.goal_list.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert replace(wired.strategies.strategy(strategy_id), version=before.version) == before
    assert not wired.actions.undo_action.isEnabled()  # one undo, then nothing more


def test_the_editor_refuses_by_the_wizard_rules_and_stores_nothing(
    qtbot: QtBot, window: MainWindow, wired: Wired
) -> None:
    strategy_id = _strategy_row(window, qtbot)
    before = wired.strategies.strategy(strategy_id)
    wired.actions.edit_action.trigger()
    editor = _editor(wired, qtbot)
    _type_over(qtbot, editor.statement, "   ")
    assert not editor.save_button.isEnabled()
    error = editor.findChild(QLabel, "error:strategy.statement")
    assert error is not None
    assert error.isVisible()
    assert error.text() == "The strategy cannot be empty."
    _type_over(qtbot, editor.statement, "Fine words")
    assert not error.isVisible()
    editor.opens.setFocus()
    qtbot.keyClicks(editor.opens, "17:00")
    editor.closes.setFocus()
    qtbot.keyClicks(editor.closes, "9")
    end_error = editor.findChild(QLabel, "error:strategy.business_end")
    assert end_error is not None
    assert end_error.text() == "Closing time must be after the opening time."
    assert not editor.save_button.isEnabled()
    qtbot.keyClick(editor.closes, Qt.Key.Key_Return)  # Enter does not get past the rules
    assert editor.isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert wired.strategies.strategy(strategy_id) == before
    assert wired.prompts.errors == []


def test_edit_strategy_from_the_goal_menu_edits_the_chosen_goals_strategy(
    qtbot: QtBot, window: MainWindow, wired: Wired, demo_ids: list[int]
) -> None:
    window.select_goal(demo_ids[2])
    strategy_id = next(o.strategy_id for o in window._controller.overviews.values() if o.id == demo_ids[2])
    assert wired.actions.edit_action in window.goal_menu.actions()
    wired.actions.edit_action.trigger()
    editor = _editor(wired, qtbot)
    assert editor.statement.toPlainText() == wired.strategies.strategy(strategy_id).statement
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_shift_f10_archives_a_strategy_with_its_goals_after_asking_and_ctrl_z_brings_them_back(
    qtbot: QtBot, window: MainWindow, wired: Wired, services: Services
) -> None:
    strategy_id = _strategy_row(window, qtbot)
    goal_ids = sorted(o.id for o in services.goals.overview() if o.strategy_id == strategy_id)
    assert len(goal_ids) == 2
    others = sorted(o.id for o in services.goals.overview() if o.strategy_id != strategy_id)
    qtbot.keyClick(window.goal_list.tree, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    _choose(qtbot, _menu(wired, qtbot), "Archive strategy…")
    statement = wired.strategies.strategy(strategy_id).statement
    assert [text for _title, text in wired.prompts.questions] == [
        f"Archive the strategy “{statement}” with its 2 active goals? They leave the goal list, the plan "
        "and the reminders; nothing is deleted, and Goal ▸ Archived strategies… brings them back."
    ]
    assert sorted(window.goal_list.visible_ids()) == others
    assert {o.id for o in services.goals.overview()} == set(others)

    qtbot.keyClick(window.goal_list.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.goal_list.visible_ids()) == sorted(goal_ids + others)
    assert {o.lifecycle for o in services.goals.overview()} == {GoalLifecycle.ACTIVE}


def test_archived_strategies_brings_one_back_by_click(
    qtbot: QtBot, window: MainWindow, wired: Wired, services: Services
) -> None:
    strategy_id = _strategy_row(window, qtbot)
    everything = sorted(window.goal_list.visible_ids())
    wired.actions.archive_action.trigger()
    assert len(window.goal_list.visible_ids()) < len(everything)
    wired.actions.archived_action.trigger()
    qtbot.waitUntil(lambda: isinstance(wired.actions.editor, ArchivedStrategies))
    dialog = wired.actions.editor
    assert isinstance(dialog, ArchivedStrategies)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).data(Qt.ItemDataRole.UserRole) == strategy_id
    assert "2 goals" in dialog.list.item(0).text()
    qtbot.mouseClick(dialog.unarchive_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    assert dialog.empty.isVisibleTo(dialog)
    assert sorted(window.goal_list.visible_ids()) == everything
    assert wired.strategies.archived() == []
    dialog.reject()


def test_saying_no_archives_nothing(
    qtbot: QtBot, window: MainWindow, wired: Wired, services: Services
) -> None:
    _strategy_row(window, qtbot)
    wired.prompts.yes = False
    wired.actions.archive_action.trigger()
    assert len(wired.prompts.questions) == 1
    assert wired.strategies.archived() == []
    assert {o.lifecycle for o in services.goals.overview()} == {GoalLifecycle.ACTIVE}


def test_a_strategy_gone_meanwhile_is_said_in_words(
    qtbot: QtBot, window: MainWindow, wired: Wired, services: Services, db: Database
) -> None:
    strategy_id = _strategy_row(window, qtbot)
    # Someone else deletes its goals and the strategy; this window has not heard of it.
    for goal in services.goals.overview():
        if goal.strategy_id == strategy_id:
            services.goals.delete(goal.id)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM strategy WHERE id = :id"), {"id": strategy_id})
    wired.actions.edit_action.trigger()
    assert [text for _title, text in wired.prompts.errors] == ["That was deleted meanwhile."]
    assert wired.actions.editor is None
    assert QApplication.activeModalWidget() is None


def test_ctrl_z_undoes_the_strategy_in_the_list_and_a_deleted_figure_in_the_table(
    qtbot: QtBot, window: MainWindow, wired: Wired, services: Services, demo_ids: list[int]
) -> None:
    """Both undos pending at once: each Ctrl+Z undoes what is where the keyboard is,
    instead of the two shortcuts cancelling each other out."""
    strategy_id = _strategy_row(window, qtbot)
    before = wired.strategies.strategy(strategy_id)
    wired.actions.edit_action.trigger()
    editor = _editor(wired, qtbot)
    _type_over(qtbot, editor.statement, "A sentence to take back")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert wired.strategies.strategy(strategy_id).statement == "A sentence to take back"

    goal_id = demo_ids[2]
    window.select_goal(goal_id)
    window.detail.tabs.setCurrentIndex(1)
    table = window.detail.table
    figures = services.measurements.list(goal_id)
    table.view.setFocus()
    table.select_row(0)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    qtbot.keyClick(table.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.measurements.list(goal_id) == figures
    assert wired.strategies.strategy(strategy_id).statement == "A sentence to take back"

    window.goal_list.tree.setFocus()
    qtbot.keyClick(window.goal_list.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert replace(wired.strategies.strategy(strategy_id), version=before.version) == before


def test_a_right_click_gives_a_strategy_row_its_menu_and_a_goal_row_both(
    qtbot: QtBot, window: MainWindow, wired: Wired, demo_ids: list[int]
) -> None:
    tree = window.goal_list.tree
    goal_item = window.goal_list.item_for(demo_ids[0])
    assert goal_item is not None
    strategy_item = goal_item.parent()
    assert strategy_item is not None
    _right_click(tree.viewport(), tree.visualRect(strategy_item.index()).center())
    menu = _menu(wired, qtbot)
    assert [a.text().replace("&", "") for a in menu.actions()] == ["Edit strategy…", "Archive strategy…"]
    menu.hide()
    _right_click(tree.viewport(), tree.visualRect(goal_item.index()).center())
    qtbot.waitUntil(lambda: wired.actions.last_menu is not menu)
    words = [a.text().replace("&", "") for a in wired.actions.last_menu.actions()]
    assert words[:2] == ["Edit goal…", "Log check-in…"]
    assert words[-2:] == ["Edit strategy…", "Archive strategy…"]
    assert window.goal_list.selected_id() == demo_ids[0]  # the clicked row is the one acted on


def _right_click(widget: QWidget, at: QPoint) -> None:
    """The context-menu event the platform sends for a right click (QTest's mouse clicks
    do not make one)."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
    QApplication.sendEvent(widget, event)


def test_the_editor_and_the_archived_list_pass_the_label_audit(
    qtbot: QtBot, window: MainWindow, wired: Wired
) -> None:
    _strategy_row(window, qtbot)
    wired.actions.edit_action.trigger()
    editor = _editor(wired, qtbot)
    assert audit(editor) == []
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    wired.actions.archive_action.trigger()
    wired.actions.archived_action.trigger()
    dialog = wired.actions.editor
    assert isinstance(dialog, ArchivedStrategies)
    qtbot.waitExposed(dialog)
    assert audit(dialog) == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_menu_of_the_wired_app_keeps_its_alt_keys_apart(
    qtbot: QtBot, qapp: QApplication, db: Database, language: str
) -> None:
    """The strategy, review and portfolio actions join a Goal menu that the data transfer
    and the report also fill: each Alt key there must open one thing only, in English and
    in German."""
    from smartgoals_app.ui import app, i18n
    from tests.conftest import TODAY

    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.German)) if language == "de" else []
    try:
        services = app.build_services(db, today=lambda: TODAY)
        window = app.compose_window(qapp, db, services, answered_ops())
        qtbot.addWidget(window)
        _menus_keep_alt_keys_apart(window)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _menus_keep_alt_keys_apart(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        keys = [mnemonic(action.text()) for action in menu.actions() if action.text()]
        assert None not in keys, menu.title()
        assert len(keys) == len(set(keys)), (menu.title(), [a.text() for a in menu.actions() if a.text()])
