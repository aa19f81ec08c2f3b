"""A long goal list starts with its first screen: the goals the dashboard reads before
its first paint are a screen's worth, however many there are, and the rest join the
list right after that paint, which then reads as if it had been filled whole. Counted,
not timed (benchmarks/scaling.py times it)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from smartgoals_app.domain.draft import StrategyDraft
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.dashboard import view
from smartgoals_app.ui.dashboard.goal_list import GoalList
from smartgoals_app.ui.main_window import MainWindow
from tests.factories import signups_draft
from tests.ui.dashboard.dashboard_driver import Services, build_window

GOALS = 14
SCREEN = 5  # stands for the first screen of a list of thousands


def _goals(db: Database, today: date) -> list[int]:
    """Two strategies; the goals read last have the oldest figures, so their check-ins
    are due first and a list sorted by check-in shows them at the top."""
    start = today - timedelta(days=90)
    goals = GoalService(db, today=lambda: start)
    measurements = MeasurementService(db, today=lambda: today)
    ids = []
    strategy_id = None
    for n in range(GOALS):
        draft = signups_draft(start, title=f"Grow sign-ups, goal {n:02}", strategy_id=strategy_id)
        draft.deadline = start + timedelta(days=150 + n)  # the list reads goals by deadline
        if n == GOALS - 3:
            draft.strategy_id = None
            draft.strategy = StrategyDraft(statement="Be the shop people recommend", networks=["x"])
        goal_id = goals.save(draft)
        if n in (0, GOALS - 3):  # the next goals join the strategy just made
            strategy_id = max(strategy.id for strategy in goals.strategies())
        last = today - timedelta(days=n)
        measurements.import_points(goal_id, [(last - timedelta(days=d), 130.0 + 7 * n + d) for d in range(3)])
        ids.append(goal_id)
    return ids


def _window(qtbot: QtBot, db: Database, today: date) -> MainWindow:
    services = Services(db, today)
    window = build_window(qtbot, services, db, today)
    window.resize(1000, 720)
    return window


def _rows(listed: GoalList) -> list[list[str]]:
    """Each strategy's row and its goals' rows, as the list shows them (every column)."""
    shown = []
    for place in range(listed.model.group_rows()):
        group = listed.top_row(place)
        assert group is not None
        shown.append([group.text(0)])
        for row in range(group.child_count()):
            child = group.child(row)
            assert child is not None
            shown.append([child.text(column) for column in range(8)])
    return shown


def _whole(qtbot: QtBot, db: Database, today: date) -> GoalList:
    """The same goals listed whole, in one fill, for comparison."""
    listed = GoalList()
    qtbot.addWidget(listed)
    listed.set_goals(GoalService(db, today=lambda: today).overview())
    return listed


@pytest.fixture
def first_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(view, "FIRST_SCREEN", SCREEN, raising=False)


def test_before_the_first_paint_the_dashboard_reads_a_screen_of_goals_not_all(
    qtbot: QtBot, db: Database, today: date, first_screen: None
) -> None:
    ids = _goals(db, today)
    read: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        read.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        window = _window(qtbot, db, today)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    listed = window.goal_list
    assert listed.model.goal_count() == SCREEN  # the first goals in the list's order
    assert listed.count.text() == f"{SCREEN} of {GOALS} goals"
    assert window.current_goal_id() == ids[0]  # the first goal read is shown beside the list
    # Its figures were read for those goals only: their ids are listed in the statement.
    recent = [s for s in read if "measurement AS m" in s]
    assert len(recent) == 1
    assert recent[0].count("?") == 1 + SCREEN

    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: listed.model.goal_count() == GOALS)
    assert listed.count.text() == f"{GOALS} of {GOALS} goals"
    # Once filled, it reads as the same goals listed in one go: the goals read last are
    # due first and sort to the top, and each row shows its own progress.
    assert _rows(listed) == _rows(_whole(qtbot, db, today))
    top = listed.top_row(0).child(0).text(0)  # type: ignore[union-attr]
    assert int(top.rsplit(" ", 1)[1]) >= SCREEN  # a goal read after the first screen
    assert window.current_goal_id() == ids[0]  # still the goal shown, wherever it sorted to
    qtbot.waitUntil(lambda: listed.progress_pending() == 0)


def test_what_the_person_chose_before_the_rest_arrived_holds_for_every_goal(
    qtbot: QtBot, db: Database, today: date, first_screen: None
) -> None:
    ids = _goals(db, today)
    window = _window(qtbot, db, today)
    listed = window.goal_list
    assert listed.model.goal_count() == SCREEN
    # A goal chosen and a sort by title asked for while only the first screen is listed.
    listed.tree.setCurrentIndex(listed.item_for(ids[3]).index())  # type: ignore[union-attr]
    listed.tree.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert window.current_goal_id() == ids[3]
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: listed.model.goal_count() == GOALS)
    assert listed.selected_id() == ids[3]
    assert window.current_goal_id() == ids[3]
    group = listed.top_row(0)
    assert group is not None
    titles = [group.child(row).text(0) for row in range(group.child_count())]  # type: ignore[union-attr]
    assert len(titles) == GOALS - 3
    assert titles == sorted(titles, reverse=True)


def test_a_goal_not_read_yet_can_be_chosen_and_a_change_lists_every_goal_once(
    qtbot: QtBot, db: Database, today: date, first_screen: None
) -> None:
    ids = _goals(db, today)
    window = _window(qtbot, db, today)
    listed = window.goal_list
    # Chosen elsewhere (the Plan tab, the portfolio) before the list has filled in.
    window.select_goal(ids[-1])
    assert window.current_goal_id() == ids[-1]
    assert listed.model.goal_count() == GOALS
    assert listed.selected_id() == ids[-1]

    # A change read before the first paint lists every goal, and the paint adds none twice.
    other = _window(qtbot, db, today)
    other.refresh()
    assert other.goal_list.model.goal_count() == GOALS
    other.show()
    qtbot.waitExposed(other)
    qtbot.waitUntil(lambda: other.goal_list.progress_pending() == 0)
    assert other.goal_list.model.goal_count() == GOALS
    assert other.goal_list.count.text() == f"{GOALS} of {GOALS} goals"
