"""The dashboard's changes go through the operation path: a failed save is said once
through the prompts and announces nothing; a saved one is announced on the bus, and the
dashboard redraws from the bus, whoever announced."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.text import translate
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.records import MeasurementRecord
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Change
from tests.ui.dashboard.dashboard_driver import Services, make_window, ok_button, open_checkin
from tests.ui.prompts import bus_of, prompts_of

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

BUSY = "The database is busy. Try again in a moment."


class BusyMeasurements(MeasurementService):
    """A service double whose writes fail as a locked database makes them fail."""

    def log(
        self, goal_id: int, day: date, value: float, note: str = "", *, source: str = "manual"
    ) -> MeasurementRecord:
        raise StorageError(translate("Test", BUSY))


def figures(db: Database, goal_id: int) -> int:
    with sqlite3.connect(db.path) as conn:
        (count,) = conn.execute("SELECT COUNT(*) FROM measurement WHERE goal_id = ?", (goal_id,)).fetchone()
    return int(count)


def test_a_failed_check_in_is_said_once_and_announces_nothing(
    qtbot: QtBot, db: Database, today: date, demo_ids: list[int]
) -> None:
    services = Services(db, today)
    services.measurements = BusyMeasurements(db, today=lambda: today)
    window = make_window(qtbot, services, db, today)
    behind = demo_ids[0]
    window.select_goal(behind)
    window.detail.tabs.setCurrentWidget(window.detail.table)  # a hidden table is not counted
    before = figures(db, behind)

    dialog = open_checkin(qtbot, window)
    qtbot.keyClicks(dialog.value, "1,234")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    told = prompts_of(window.ops).told
    assert [(t.kind, t.title, t.text) for t in told] == [("error", "The check-in was not saved", BUSY)]
    assert bus_of(window.ops).announced == []
    assert dialog.isVisible()  # the typing is still there to try again
    assert dialog.value.text() == "1,234"
    assert figures(db, behind) == before


def test_a_logged_check_in_is_announced_and_the_dashboard_redraws_from_the_bus(
    qtbot: QtBot, window: MainWindow, services: Services, demo_ids: list[int], db: Database
) -> None:
    behind = demo_ids[0]
    window.select_goal(behind)
    window.detail.tabs.setCurrentWidget(window.detail.table)  # a hidden table is not counted
    before = figures(db, behind)

    dialog = open_checkin(qtbot, window)
    qtbot.keyClicks(dialog.value, "1,234")
    qtbot.keyClick(dialog.value, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.checkin_dialog is None)

    assert bus_of(window.ops).announced == [Change.MEASUREMENTS]
    assert prompts_of(window.ops).told == []
    assert figures(db, behind) == before + 1
    model = window.detail.model
    assert model is not None
    assert model.goal.id == behind
    assert model.count == before + 1
    assert window.detail.table.model.rowCount() == before + 1

    # Another screen's change, announced on the bus: the dashboard shows it at once.
    services.measurements.log(behind, model.goal.spec.start, 7.0, "from elsewhere")
    window.ops.bus.announce(Change.MEASUREMENTS)
    redrawn = window.detail.model
    assert redrawn is not None
    assert redrawn.count == before + 2
    assert window.detail.table.model.rowCount() == before + 2


def test_archiving_a_goal_deleted_meanwhile_says_so_and_shows_what_is_there(
    qtbot: QtBot, window: MainWindow, demo_ids: list[int], db: Database
) -> None:
    gone = demo_ids[0]
    window.select_goal(gone)
    with sqlite3.connect(db.path) as conn:  # another window, or a SQLite tool
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM goal WHERE id = ?", (gone,))

    qtbot.keyClick(
        window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )

    told = prompts_of(window.ops).told
    assert [(t.kind, t.text) for t in told] == [("error", "That goal was deleted meanwhile.")]
    assert window.goal_list.item_for(gone) is None  # redrawn: the goal is no longer listed
    assert window.current_goal_id() != gone
