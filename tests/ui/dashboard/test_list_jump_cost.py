"""What the goal list costs when a switch jumps to a goal far down it, counted rather
than timed: the jump runs the same Python for 60 goals as for 2,000, and every cell in
view is painted from one question to the model, as Qt's own delegate paints it."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyledItemDelegate
from pytestqt.qtbot import QtBot

import smartgoals_app
from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui.dashboard import goal_model
from smartgoals_app.ui.dashboard.goal_cells import GoalCells
from smartgoals_app.ui.dashboard.goal_list import GoalList
from tests.ui.dashboard.test_list_cost import _rows

# The list's own modules: its model, its delegate and what they format cells with.
LIST_CODE = tuple(
    str(Path(smartgoals_app.__file__).parent / "ui" / "dashboard" / name)
    for name in ("goal_list.py", "goal_model.py", "goal_cells.py", "goal_rows.py", "presenters.py")
)


# Qt's questions about the tree's shape, which its view asks a couple of times more
# for a longer list; and the mouse left over the list by earlier tests sends it events.
NOT_COUNTED = frozenset({"index", "parent", "rowCount", "columnCount", "flags", "eventFilter"})


def _lines_run(listed: GoalList, action: Callable[[], object]) -> int:
    """How many lines of the list's code `action` runs for this list (loops count every
    turn); lists left over from other tests may get events in the same loop."""
    count = 0
    ours = (listed, listed.model, listed.tree.itemDelegate())

    def for_this_list(frame: FrameType | None) -> bool:
        while frame is not None:
            if any(frame.f_locals.get("self") is mine for mine in ours):
                return True
            frame = frame.f_back
        return False

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if frame.f_code.co_filename not in LIST_CODE or frame.f_code.co_name in NOT_COUNTED:
            return None
        if not for_this_list(frame):
            return None
        if event == "line":
            count += 1
        return counting

    def counting(_frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return counting

    sys.settrace(trace)
    try:
        action()
    finally:
        sys.settrace(None)
    return count


class _Paints(QObject):
    """Counts the paint events of the list's rows, as they reach the screen."""

    def __init__(self, listed: GoalList) -> None:
        super().__init__()
        self.count = 0
        listed.tree.viewport().installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _shown_list(qtbot: QtBot, rows: list[GoalOverview]) -> tuple[GoalList, Callable[[int], None]]:
    """The list on screen, all its progress worked out, and a way to choose a goal and
    run the event loop until the list has painted it."""
    listed = GoalList()
    qtbot.addWidget(listed)
    listed.resize(700, 260)
    listed.fill_at_once = 5
    listed.set_goals(rows)
    listed.show()
    qtbot.waitExposed(listed)
    qtbot.waitUntil(lambda: listed.progress_pending() == 0)
    paints = _Paints(listed)
    app = QApplication.instance()
    assert app is not None

    def choose(goal_id: int) -> None:
        seen = paints.count
        listed.select(goal_id)
        for _ in range(1000):  # never forever
            app.processEvents()
            if paints.count > seen:
                return
        raise AssertionError("the list did not paint")

    choose(rows[0].id)
    return listed, choose


def test_a_jump_down_the_list_runs_the_same_code_for_60_goals_as_for_2000(qtbot: QtBot, today: date) -> None:
    def jump(count: int) -> int:
        rows = _rows(count, today)
        listed, choose = _shown_list(qtbot, rows)
        lines = _lines_run(listed, lambda: choose(rows[-1].id))  # scrolled to it: every row in view is new
        assert listed.selected_id() == rows[-1].id
        return lines

    assert jump(60) == jump(2000)


def test_each_cell_in_view_is_painted_from_one_question_to_the_model(
    qtbot: QtBot, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: Counter[str] = Counter()
    for name in ("data", "cell"):
        real = getattr(goal_model.GoalTreeModel, name)

        def counted(self: goal_model.GoalTreeModel, *args: Any, _real: Any = real, _name: str = name) -> Any:
            asked[_name] += 1
            if _name == "data" and len(args) > 1 and args[1] != Qt.ItemDataRole.SizeHintRole:
                asked["data to paint"] += 1
            return _real(self, *args)

        monkeypatch.setattr(goal_model.GoalTreeModel, name, counted)
    rows = _rows(400, today)
    listed, choose = _shown_list(qtbot, rows)
    asked.clear()
    choose(rows[-1].id)
    shown_rows = listed.tree.viewport().height() // listed.tree.sizeHintForRow(0)
    # Qt's own delegate asked data() seven times a cell (font, alignment, colour, check
    # mark, icon, text, background); the row height is still measured as Qt does.
    assert asked["data to paint"] == 0
    assert asked["cell"] >= shown_rows * 4  # at least the columns a 700-pixel list shows


def _varied_rows(today: date) -> list[GoalOverview]:
    """Two strategies; goals behind, on track and past their targets, archived (greyed),
    due for a check-in (in bold), with titles long enough to be elided."""
    rows = _rows(12, today)
    varied = []
    for n, row in enumerate(rows):
        trend = ((today - timedelta(days=60), 100.0), (today, (80.0, 130.0, 160.0, 210.0)[n % 4]))
        varied.append(
            replace(
                row,
                strategy_id=1 + n % 2,
                strategy=("Be the newsletter people forward", "Answer every customer within the hour")[n % 2],
                title=row.title + " and keep every new reader for a year" * (n % 3),
                lifecycle=GoalLifecycle.ARCHIVED if n % 5 == 4 else GoalLifecycle.ACTIVE,
                checkin_due=n % 3 == 1,
                trend=trend,
            )
        )
    return varied


def test_the_list_looks_exactly_as_with_qts_own_delegate(qtbot: QtBot, today: date) -> None:
    rows = _varied_rows(today)

    def drawn(stock: bool) -> tuple[list[int], QImage]:
        listed = GoalList()
        qtbot.addWidget(listed)
        listed.resize(620, 330)
        if stock:
            listed.tree.setItemDelegate(QStyledItemDelegate(listed.tree))
        listed.set_goals(rows)  # the columns are fitted to the cells as the delegate measures them
        listed.show()
        qtbot.waitExposed(listed)
        listed.select(rows[3].id)  # a chosen row, highlighted
        widths = [listed.tree.columnWidth(c) for c in range(listed.model.columnCount())]
        return widths, listed.tree.viewport().grab().toImage()

    ours, stock = drawn(stock=False), drawn(stock=True)
    assert ours[0] == stock[0]
    assert ours[1] == stock[1]


def test_cells_shown_again_are_put_back_as_drawn_and_redrawn_after_a_change(
    qtbot: QtBot, today: date
) -> None:
    rows = _varied_rows(today)

    def shown(stock: bool) -> GoalList:
        listed = GoalList()
        qtbot.addWidget(listed)
        listed.resize(620, 200)  # shorter than the list: a jump scrolls
        if stock:
            listed.tree.setItemDelegate(QStyledItemDelegate(listed.tree))
        listed.set_goals(rows)
        listed.show()
        qtbot.waitExposed(listed)
        return listed

    def looks(listed: GoalList, goal_id: int) -> QImage:
        listed.select(goal_id)
        return listed.tree.viewport().grab().toImage()

    ours, stock = shown(stock=False), shown(stock=True)
    cells = ours.tree.itemDelegate()
    assert isinstance(cells, GoalCells)
    first, last = rows[0].id, rows[-1].id
    for listed in (ours, stock):  # the same jumps: the same scrolling
        looks(listed, first)
        looks(listed, last)
    drawn = cells.drawn_cells()
    assert drawn > 0
    # To and fro: every cell is one drawn before, put back, and looks as Qt draws it.
    assert looks(ours, first) == looks(stock, first)
    assert looks(ours, last) == looks(stock, last)
    assert cells.drawn_cells() == drawn

    # What a cell shows changes: drawn again.
    renamed = [replace(row, title=f"Renamed {n}") for n, row in enumerate(rows)]
    for listed in (ours, stock):
        listed.set_goals(renamed)
    assert looks(ours, last) == looks(stock, last)
    # So does the list's look.
    for listed in (ours, stock):
        palette = listed.tree.palette()
        palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.darkMagenta)
        listed.tree.setPalette(palette)
    assert looks(ours, last) == looks(stock, last)
