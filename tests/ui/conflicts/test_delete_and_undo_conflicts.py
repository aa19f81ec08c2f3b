"""A check-in deleted in one window after the other corrected it, and a strategy change
undone (Ctrl+Z) after someone else changed the strategy: each asks first, and Keep mine
and Reload theirs each do what they say (on a file, then on a server)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smartgoals_app.ui.dashboard.measurement_table import MeasurementTable
from smartgoals_app.ui.operations import Change, Choice
from smartgoals_app.ui.strategy.actions import StrategyActions
from smartgoals_app.ui.strategy.editor import StrategyEditor
from tests.conftest import TODAY
from tests.ui.conflicts.conftest import Desk
from tests.ui.dashboard.dashboard_driver import open_correction, type_value
from tests.versions import Two


def _figures(qtbot: QtBot, desk: Desk, goal_id: int) -> MeasurementTable:
    """The goal's figures table as its person sees it: on its tab, the rows drawn."""
    window = desk.window
    if window.current_goal_id() != goal_id:
        window.select_goal(goal_id)
    window.detail.tabs.setCurrentIndex(1)
    table = window.detail.table
    qtbot.waitExposed(table.view)
    table.view.viewport().repaint()  # the rows are read as they are drawn
    return table


def _shown(table: MeasurementTable) -> list[str]:
    model = table.model
    return [str(model.data(model.index(row, 1))) for row in range(model.rowCount())]


def _delete_newest(qtbot: QtBot, table: MeasurementTable) -> None:
    table.view.setFocus()
    table.select_row(0)
    qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)


def test_a_check_in_corrected_in_one_window_and_deleted_in_the_other(
    qtbot: QtBot, two: Two, desks: tuple[Desk, Desk], goal_id: int
) -> None:
    anna, ben = desks
    logged = anna.services.measurements.log(goal_id, TODAY, 130.0)
    for desk in desks:
        desk.window.ops.bus.announce(Change.MEASUREMENTS)
    annas = _figures(qtbot, anna, goal_id)
    assert _shown(annas) == ["130 sign-ups"]

    # Ben corrects it; Anna, whose table still shows 130, deletes it.
    bens = open_correction(qtbot, ben.window, goal_id)
    type_value(qtbot, bens, "140")
    qtbot.waitUntil(lambda: ben.window.checkin_dialog is None)
    anna.prompts.choices = [Choice.RELOAD]
    _delete_newest(qtbot, annas)
    assert [told.kind for told in anna.prompts.told] == ["conflict"]
    assert f"{two.ben_name} changed the check-in of " in anna.prompts.told[0].text
    stored = anna.services.measurements.get(logged.id)  # Reload: nothing deleted
    assert (stored.value, stored.version) == (140, 2)
    assert _shown(_figures(qtbot, anna, goal_id)) == ["140 sign-ups"]  # redrawn from what is stored

    # Keep mine, after Ben corrected it once more: deleted anyway.
    bens = open_correction(qtbot, ben.window, goal_id)
    type_value(qtbot, bens, "150")
    qtbot.waitUntil(lambda: ben.window.checkin_dialog is None)
    anna.prompts.choices = [Choice.KEEP_MINE]
    _delete_newest(qtbot, _figures(qtbot, anna, goal_id))
    assert [told.kind for told in anna.prompts.told] == ["conflict", "conflict"]
    assert anna.services.measurements.list(goal_id) == []

    # Deleted by Ben meanwhile: Anna hears it is gone, and nothing comes back.
    again = anna.services.measurements.log(goal_id, TODAY, 160.0)
    for desk in desks:
        desk.window.ops.bus.announce(Change.MEASUREMENTS)
    annas = _figures(qtbot, anna, goal_id)
    _delete_newest(qtbot, _figures(qtbot, ben, goal_id))
    assert ben.services.measurements.list(goal_id) == []
    anna.prompts.errors_fail = False
    _delete_newest(qtbot, annas)
    assert [told.text for told in anna.prompts.errors] == ["That check-in was deleted meanwhile."]
    assert anna.services.measurements.list(goal_id) == []
    assert again.id not in [m.id for m in anna.services.measurements.list(goal_id)]


def _actions(desk: Desk) -> StrategyActions:
    actions = desk.window.findChild(StrategyActions)
    assert actions is not None
    return actions


def _edit_strategy(qtbot: QtBot, desk: Desk, goal_id: int, words: str) -> int:
    """Edit strategy… on the goal's strategy row, the sentence typed over, saved; its id."""
    window = desk.window
    strategy_id = desk.services.goals.load_draft(goal_id).strategy_id
    assert strategy_id is not None
    window.select_goal(goal_id)
    item = window.goal_list.item_for(goal_id)
    assert item is not None
    strategy_row = item.parent()
    assert strategy_row is not None
    tree = window.goal_list.tree
    tree.setFocus()
    tree.setCurrentIndex(strategy_row.index())
    actions = _actions(desk)
    actions.edit_action.trigger()
    qtbot.waitUntil(lambda: isinstance(actions.editor, StrategyEditor) and actions.editor.isVisible())
    editor = actions.editor
    assert isinstance(editor, StrategyEditor)
    editor.statement.setFocus()
    qtbot.keyClick(editor.statement, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.statement, words)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    return strategy_id


def _ctrl_z(qtbot: QtBot, desk: Desk) -> None:
    """Ctrl+Z in the person's goal list, their window in front (two are open)."""
    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow)
    tree = desk.window.goal_list.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_undoing_a_strategy_change_after_someone_elses_asks_first(
    qtbot: QtBot, two: Two, desks: tuple[Desk, Desk], goal_id: int
) -> None:
    anna, ben = desks
    for desk in desks:  # each window lists the goal (as when opened after it was saved)
        desk.window.ops.bus.announce(Change.GOALS)
    strategies = anna.services.strategies
    strategy_id = anna.services.goals.load_draft(goal_id).strategy_id
    assert strategy_id is not None

    # Reload theirs: Anna's Ctrl+Z after Ben's change leaves Ben's sentence.
    _edit_strategy(qtbot, anna, goal_id, "Be the bakery people recommend")
    _edit_strategy(qtbot, ben, goal_id, "Be known for fresh bread")
    anna.prompts.choices = [Choice.RELOAD]
    _ctrl_z(qtbot, anna)
    assert [told.kind for told in anna.prompts.told] == ["conflict"]
    assert f"{two.ben_name} changed the strategy “Be known for fresh bread” at " in anna.prompts.told[0].text
    assert strategies.strategy(strategy_id).statement == "Be known for fresh bread"
    assert not _actions(anna).undo_action.isEnabled()  # the undo is spent

    # Keep mine: her undo goes over Ben's next change.
    _edit_strategy(qtbot, anna, goal_id, "Be the bakery of the neighbourhood")
    _edit_strategy(qtbot, ben, goal_id, "Be known for rye bread")
    anna.prompts.choices = [Choice.KEEP_MINE]
    _ctrl_z(qtbot, anna)
    assert [told.kind for told in anna.prompts.told] == ["conflict", "conflict"]
    assert strategies.strategy(strategy_id).statement == "Be known for fresh bread"

    # Nobody else changed it: Ctrl+Z puts hers back without a question.
    _edit_strategy(qtbot, anna, goal_id, "A sentence to take back")
    _ctrl_z(qtbot, anna)
    assert len(anna.prompts.told) == 2
    assert strategies.strategy(strategy_id).statement == "Be known for fresh bread"


def test_figures_added_and_deleted_in_the_other_window_show_as_stored(
    qtbot: QtBot, two: Two, desks: tuple[Desk, Desk], goal_id: int
) -> None:
    """The table was counted when the goal was first read, and the rows are read when
    shown: figures added or deleted elsewhere in between neither break it nor shift it."""
    anna, ben = desks
    anna.services.measurements.log(goal_id, TODAY, 130.0)
    older = anna.services.measurements.log(goal_id, TODAY - timedelta(days=7), 120.0)
    for desk in desks:
        desk.window.ops.bus.announce(Change.MEASUREMENTS)
        desk.window.select_goal(goal_id)  # counted: two figures

    ben.services.measurements.delete(older.id)
    table = _figures(qtbot, anna, goal_id)
    qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    assert _shown(table) == ["130 sign-ups"]

    anna.services.measurements.log(goal_id, TODAY - timedelta(days=1), 125.0)
    ben.services.measurements.log(goal_id, TODAY - timedelta(days=2), 128.0)
    table = _figures(qtbot, ben, goal_id)  # counted at two, three stored now
    qtbot.waitUntil(lambda: table.model.rowCount() == 3)
    assert _shown(table) == ["130 sign-ups", "125 sign-ups", "128 sign-ups"]
