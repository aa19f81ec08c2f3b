"""A check-in corrected by two people, a task edited by one and deleted by the other,
a strategy edited by both, each in their own window on one database (a file, then a
server)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.services.records import TaskRecord
from smartgoals_app.ui.operations import Change, Choice
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.strategy.editor import StrategyEditor
from tests.conftest import TODAY
from tests.ui.conflicts.conftest import Desk
from tests.ui.dashboard.dashboard_driver import open_correction, type_value
from tests.versions import Two


def test_a_check_in_corrected_by_two_people(
    qtbot: QtBot, two: Two, desks: tuple[Desk, Desk], goal_id: int
) -> None:
    anna, ben = desks
    logged = anna.services.measurements.log(goal_id, TODAY, 130.0)
    for desk in desks:  # each window reads the figure (as when opened after it was logged)
        desk.window.ops.bus.announce(Change.MEASUREMENTS)
        desk.window.select_goal(goal_id)
    annas = open_correction(qtbot, anna.window, goal_id)
    bens = open_correction(qtbot, ben.window, goal_id)
    type_value(qtbot, bens, "140")
    qtbot.waitUntil(lambda: ben.window.checkin_dialog is None)

    # Reload theirs: Anna's dialog shows Ben's figure and stays open for her to decide.
    anna.prompts.choices = [Choice.RELOAD]
    type_value(qtbot, annas, "150")
    assert [told.kind for told in anna.prompts.told] == ["conflict"]
    assert f"{two.ben_name} changed the check-in of " in anna.prompts.told[0].text
    assert annas.isVisible()
    assert annas.value.text() == "140"
    assert anna.services.measurements.get(logged.id).value == 140

    # She corrects again from there: saved over Ben's, with no second question.
    type_value(qtbot, annas, "145")
    qtbot.waitUntil(lambda: anna.window.checkin_dialog is None)
    stored = anna.services.measurements.get(logged.id)
    assert (stored.value, stored.version) == (145, 3)

    # Keep mine: Ben's stale correction now overwrites Anna's, as he chose.
    bens = open_correction(qtbot, ben.window, goal_id)  # reads version 3
    anna.services.measurements.edit(logged.id, TODAY, 146.0, seen_version=3)
    ben.prompts.choices = [Choice.KEEP_MINE]
    type_value(qtbot, bens, "160")
    qtbot.waitUntil(lambda: ben.window.checkin_dialog is None)
    assert [told.kind for told in ben.prompts.told] == ["conflict"]
    assert anna.services.measurements.get(logged.id).value == 160


def _plan(desk: Desk) -> PlanView:
    tabs = desk.window.tabs
    assert tabs is not None
    tabs.setCurrentIndex(1)  # the tab is built and fills itself when shown
    view = desk.window.findChild(PlanView)
    assert view is not None
    return view


def _task(desk: Desk, goal_id: int) -> TaskRecord:
    [task] = desk.services.plan.tasks(goal_id)
    return task


def test_a_task_edited_in_one_window_and_deleted_in_the_other(
    qtbot: QtBot, qapp: QApplication, two: Two, desks: tuple[Desk, Desk], goal_id: int
) -> None:
    anna, ben = desks
    annas, bens = _plan(anna), _plan(ben)
    task = _task(anna, goal_id)
    edit = TaskDraft(
        title="Post the sign-up link twice a week",
        rrule=task.rrule,
        start_date=task.start_date,
        start_time=task.start_time,
        duration_minutes=task.duration_minutes,
    )

    # Ben changes the task; Anna, whose list still shows the old one, deletes it.
    ben.prompts.task = (goal_id, edit)
    bens.select_task(task.id)
    qtbot.mouseClick(bens.edit_button, Qt.MouseButton.LeftButton)
    assert _task(anna, goal_id).title == "Post the sign-up link twice a week"
    anna.prompts.answers = [True]  # yes, delete it
    anna.prompts.choices = [Choice.RELOAD]
    annas.select_task(task.id)
    qtbot.mouseClick(annas.delete_button, Qt.MouseButton.LeftButton)
    assert [told.kind for told in anna.prompts.told] == ["question", "conflict"]
    assert f"{two.ben_name} changed the task “Post the sign-up link twice a week” at " in (
        anna.prompts.told[1].text
    )
    assert _task(anna, goal_id).title == "Post the sign-up link twice a week"  # nothing deleted
    assert (annas.task_row(task.id) or [""])[0] == "Post the sign-up link twice a week"  # redrawn

    # Anna deletes it (her list now shows Ben's version); Ben's next edit hears it is gone.
    anna.prompts.answers = [True]
    qtbot.mouseClick(annas.delete_button, Qt.MouseButton.LeftButton)
    assert anna.services.plan.tasks(goal_id) == []
    ben.prompts.errors_fail = False
    ben.prompts.task = (goal_id, replace(edit, title="Post it three times a week"))
    qtbot.mouseClick(bens.edit_button, Qt.MouseButton.LeftButton)
    assert [told.text for told in ben.prompts.errors] == ["That task was deleted meanwhile."]
    assert anna.services.plan.tasks(goal_id) == []  # not brought back


def _strategy_editor(qtbot: QtBot, desk: Desk, goal_id: int) -> StrategyEditor:
    """The editor as the goal list's Edit strategy… opens it: on the strategy read now."""
    strategy_id = desk.services.goals.load_draft(goal_id).strategy_id
    assert strategy_id is not None
    editor = StrategyEditor(
        desk.window,
        record=desk.services.strategies.strategy(strategy_id),
        strategies=desk.services.strategies,
        ops=desk.window.ops,
    )
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _retype(qtbot: QtBot, editor: StrategyEditor, words: str) -> None:
    editor.statement.setFocus()
    qtbot.keyClick(editor.statement, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.statement, words)


def test_a_strategy_edited_in_two_windows(
    qtbot: QtBot, two: Two, desks: tuple[Desk, Desk], goal_id: int
) -> None:
    anna, ben = desks
    annas, bens = _strategy_editor(qtbot, anna, goal_id), _strategy_editor(qtbot, ben, goal_id)
    _retype(qtbot, bens, "Be the bakery people recommend")
    qtbot.mouseClick(bens.save_button, Qt.MouseButton.LeftButton)
    assert not bens.isVisible()

    # Reload theirs: Anna's editor shows Ben's sentence and stays open.
    _retype(qtbot, annas, "Be known for fresh bread")
    anna.prompts.choices = [Choice.RELOAD]
    qtbot.mouseClick(annas.save_button, Qt.MouseButton.LeftButton)
    assert [told.kind for told in anna.prompts.told] == ["conflict"]
    assert (
        f"{two.ben_name} changed the strategy “Be the bakery people recommend” at "
        in anna.prompts.told[0].text
    )
    assert annas.isVisible()
    assert annas.statement.toPlainText() == "Be the bakery people recommend"

    # Keep mine, after Ben saved once more: Anna's sentence over his.
    bens = _strategy_editor(qtbot, ben, goal_id)
    _retype(qtbot, bens, "Be the bakery of the neighbourhood")
    qtbot.mouseClick(bens.save_button, Qt.MouseButton.LeftButton)
    _retype(qtbot, annas, "Be known for fresh bread")
    anna.prompts.choices = [Choice.KEEP_MINE]
    qtbot.mouseClick(annas.save_button, Qt.MouseButton.LeftButton)
    assert not annas.isVisible()
    strategy_id = annas.previous.id if annas.previous is not None else -1
    assert anna.services.strategies.strategy(strategy_id).statement == "Be known for fresh bread"
