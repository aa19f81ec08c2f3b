"""The goal's History… dialog, opened by keys as a person would: the goal's changes newest
first, who made them, in words; a long history is read a page at a time."""

from __future__ import annotations

from datetime import UTC, date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.services.history import PAGE, HistoryService
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.history import os_login
from smartgoals_app.ui.history.action import HistoryAction, add_history
from smartgoals_app.ui.history.dialog import HistoryDialog
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Change
from tests.ui.dashboard.dashboard_driver import Services


def _open(qtbot: QtBot, window: MainWindow, history: HistoryAction) -> HistoryDialog:
    qtbot.keyClick(
        window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: history.dialog is not None and history.dialog.isVisible())
    assert history.dialog is not None
    return history.dialog


def _rows(dialog: HistoryDialog) -> list[tuple[str, str, str]]:
    model = dialog.model
    return [
        (
            str(model.index(row, 0).data()),
            str(model.index(row, 1).data()),
            str(model.index(row, 2).data()),
        )
        for row in range(model.rowCount())
    ]


def test_the_history_shows_the_goals_changes_newest_first(
    qtbot: QtBot, window: MainWindow, services: Services, db: Database, today: date
) -> None:
    history = add_history(window, history=HistoryService(db))
    goal_id = window.current_goal_id()
    assert goal_id is not None
    unit = services.goals.load_draft(goal_id).unit
    logged = services.measurements.log(goal_id, today, 1234.0)
    services.measurements.edit(logged.id, today, 1250.0)
    task = services.plan.tasks(goal_id)[0]
    services.plan.mark(task.id, task.start_date, TaskOutcome.SKIPPED)
    dialog = _open(qtbot, window, history)
    rows = _rows(dialog)
    whats = [what for _when, _who, what in rows]
    day = today.strftime("%-d %b %Y")
    assert whats[0] == f"Skipped “{task.title}” on {task.start_date.strftime('%-d %b %Y')}"
    assert whats[1] == f"Changed the figure for {day} to 1,250 {unit}"
    assert whats[2] == f"Logged 1,234 {unit} for {day}"
    assert whats[-1].startswith("Created the goal “")
    assert {who for _when, who, _what in rows} == {os_login()}
    # The moment's day is written as the entry's words write theirs (not "30 11 2026").
    stored = HistoryService(db).page(goal_id, limit=1)[0].changed_at.replace(tzinfo=UTC).astimezone()
    assert rows[0][0].startswith(stored.date().strftime("%-d %b %Y") + " ")
    # Another goal's changes are not in it.
    other = next(i for i in window.goal_list.visible_ids() if i != goal_id)
    services.measurements.log(other, today, 99.0)
    reopened = _open(qtbot, window, history)
    assert len(_rows(reopened)) == len(rows)
    # A change made while it is open joins it at the top.
    window.ops.run(window, lambda: services.measurements.log(goal_id, today, 77.0), Change.MEASUREMENTS)
    assert _rows(reopened)[0][2] == f"Logged 77 {unit} for {day}"
    qtbot.keyClick(reopened, Qt.Key.Key_Escape)
    assert not reopened.isVisible()


def test_the_button_beside_the_tabs_opens_it_by_keyboard(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    history = add_history(window, history=HistoryService(db))
    assert history.button.isEnabled()
    history.button.setFocus()
    qtbot.keyClick(history.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: history.dialog is not None and history.dialog.isVisible())
    assert history.dialog is not None
    assert history.dialog.windowTitle().startswith("History of “")


def test_a_long_history_is_read_a_page_at_a_time(
    qtbot: QtBot, window: MainWindow, services: Services, db: Database, today: date
) -> None:
    goal_id = window.current_goal_id()
    assert goal_id is not None
    for n in range(PAGE + 50):
        services.measurements.log(goal_id, today - timedelta(days=n % 300), float(n))
    history = add_history(window, history=HistoryService(db))
    dialog = _open(qtbot, window, history)
    assert dialog.model.rowCount() == PAGE
    assert dialog.model.canFetchMore(dialog.table.rootIndex())
    dialog.table.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > PAGE)
    whats = [what for _when, _who, what in _rows(dialog)]
    assert whats[0].startswith(f"Logged {PAGE + 49} ")
    assert whats[-1].startswith("Created the goal “")
    assert len(whats) == len({dialog.model.entry(r).id for r in range(len(whats))})


def test_a_long_title_is_one_line_elided_and_whole_in_its_tooltip(
    qtbot: QtBot, window: MainWindow, services: Services, db: Database, today: date
) -> None:
    goal_id = window.current_goal_id()
    assert goal_id is not None
    draft = services.goals.load_draft(goal_id)
    draft.title = "Reach 120 newsletter sign-ups a week from Facebook and Instagram by the spring launch"
    services.goals.save(draft)
    history = add_history(window, history=HistoryService(db))
    dialog = _open(qtbot, window, history)
    dialog.resize(640, 480)
    cell = dialog.model.index(0, 2)
    words = str(cell.data())
    assert draft.title in words
    # Wrapped into a row one line high, the second line was cut in half.
    assert not dialog.table.wordWrap()
    assert dialog.table.rowHeight(0) >= dialog.table.fontMetrics().height()
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == words
