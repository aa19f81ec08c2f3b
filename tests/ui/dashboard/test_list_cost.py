"""What filling the goal list costs, counted rather than timed: one locale per fill,
two statements whatever the number of goals, and progress worked out for the rows
shown first, the rest after the first paint."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from smartgoals_app.domain.enums import Cadence, Direction, GoalLifecycle, MetricKind
from smartgoals_app.domain.progress import GoalSpec
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.storage.database import Database
from smartgoals_app.ui import formatting
from smartgoals_app.ui.dashboard.goal_list import GoalList
from smartgoals_app.ui.dashboard.presenters import GoalFilter
from smartgoals_app.ui.i18n import localize
from tests.factories import signups_draft


def test_a_list_fill_reads_the_locale_once_not_per_cell(
    qtbot: QtBot, db: Database, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = today - timedelta(days=30)
    goals = GoalService(db, today=lambda: start)
    measurements = MeasurementService(db, today=lambda: today)
    strategy_id = None
    for n in range(12):
        draft = signups_draft(start, title=f"Grow sign-ups to 200, goal {n}", strategy_id=strategy_id)
        goal_id = goals.save(draft)
        strategy_id = goals.strategies()[0].id
        measurements.import_points(goal_id, [(today - timedelta(days=d), 1500.0 + 9 * n) for d in range(3)])
    rows = GoalService(db, today=lambda: today).overview()
    made: list[QLocale] = []
    real = formatting._locale

    def counted() -> QLocale:
        made.append(real())
        return made[-1]

    monkeypatch.setattr(formatting, "_locale", counted)
    listed = GoalList()
    qtbot.addWidget(listed)
    listed.set_goals(rows)
    assert len(made) == 1
    # The cells still read as the locale writes them, and sort as numbers.
    listed.tree.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    group = listed.top_row(0)
    assert group is not None
    assert group.child_count() == 12
    latest = [group.child(i).text(3) for i in range(group.child_count())]  # type: ignore[union-attr]
    assert latest[0] == "1,599 sign-ups"
    assert latest[-1] == "1,500 sign-ups"


SPEC = GoalSpec(baseline=100, start=date(2026, 9, 1), deadline=date(2027, 3, 1), benchmark=150, stretch=200)


def _rows(count: int, today: date) -> list[GoalOverview]:
    """`count` goals on one strategy, each with its own latest figure and check-in day."""
    return [
        GoalOverview(
            id=n + 1,
            strategy_id=1,
            strategy="Be the newsletter people forward",
            title=f"Grow sign-ups, goal {n:03}",
            network="x",
            metric_name="Sign-ups",
            unit="sign-ups",
            direction=Direction.MORE,
            kind=MetricKind.OUTCOME,
            cadence=Cadence.WEEKLY,
            lifecycle=GoalLifecycle.ACTIVE,
            spec=SPEC,
            trend=((today - timedelta(days=7), 110.0), (today, 100.0 + 3 * (n % 40))),
            as_of=today,
            next_checkin=today + timedelta(days=n % 9),
            checkin_due=False,
        )
        for n in range(count)
    ]


def _listed(qtbot: QtBot, rows: list[GoalOverview]) -> GoalList:
    listed = GoalList()
    qtbot.addWidget(listed)
    listed.resize(700, 260)
    listed.fill_at_once = 5  # a short list is filled whole; these stand for thousands
    listed.set_goals(rows)
    return listed


def test_the_list_works_out_progress_for_the_rows_shown_then_fills_in_the_rest(
    qtbot: QtBot, today: date
) -> None:
    few, many = _rows(60, today), _rows(400, today)
    _listed(qtbot, few)
    listed = _listed(qtbot, many)
    # Before the first paint: the rows at the top and in view, as many for 400 goals as for 60.
    known = sum(row.progress_known for row in many)
    assert 5 <= known == sum(row.progress_known for row in few) < 60
    assert listed.progress_pending() == 400 - known
    top = listed.top_row(0)
    assert top is not None
    last = top.child(399)
    assert last is not None
    by_id = {row.id: row for row in many}
    assert not by_id[last.key[1]].progress_known  # not worked out: no cell of it was asked for

    listed.show()
    qtbot.waitExposed(listed)
    # Once painted, the rest fill in a batch at a time; each as the domain says.
    qtbot.waitUntil(lambda: listed.progress_pending() == 0)
    assert all(row.progress_known for row in many)
    goal = next(r for r in many if r.title == last.text(0))
    assert last.text(4) == localize(goal.progress.status.label)


def test_sorting_by_status_works_out_every_goals_progress(qtbot: QtBot, today: date) -> None:
    rows = _rows(30, today)
    listed = GoalList()
    qtbot.addWidget(listed)
    listed.fill_at_once = 3
    listed.set_goals(rows)
    listed.tree.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # To benchmark
    assert all(row.progress_known for row in rows)
    top = listed.top_row(0)
    assert top is not None
    titles = [top.child(i).text(0) for i in range(top.child_count())]  # type: ignore[union-attr]
    by_title = {r.title: r for r in rows}
    ways = [by_title[t].progress.percent_to_benchmark or 0.0 for t in titles]
    assert ways == sorted(ways, reverse=True)


def test_the_list_writes_the_rows_it_shows_and_a_sort_keeps_to_them(qtbot: QtBot, today: date) -> None:
    rows = _rows(2000, today)
    listed = _listed(qtbot, rows)
    listed.show()
    qtbot.waitExposed(listed)
    # A fill makes the texts of the rows the columns are fitted to and those painted,
    # not one item per goal.
    written = listed.model.rows_written()
    assert 5 <= written < 60
    chosen = rows[1234].id
    listed.select(chosen)
    # A click on the title's header sorts every goal, and still writes only what is shown.
    header = listed.tree.header()
    at = QPoint(header.sectionViewportPosition(0) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)  # again: Z to A
    qtbot.waitUntil(lambda: listed.model.rows_written() > written)  # the new top rows, painted
    assert listed.model.rows_written() < 2 * written + 20
    top = listed.top_row(0)
    assert top is not None
    titles = [row.text(0) for row in (top.child(0), top.child(1)) if row is not None]
    assert titles == ["Grow sign-ups, goal 999", "Grow sign-ups, goal 998"]  # as text: 999 after 1999
    assert listed.selected_id() == chosen  # the chosen goal stays chosen, wherever it moved
    listed.set_filter(GoalFilter.ACHIEVED)
    listed.set_filter(GoalFilter.ALL)
    assert listed.selected_id() == chosen
    running = next(r.id for r in rows if not r.progress.status.achieved)
    listed.select(running)
    listed.set_filter(GoalFilter.ACHIEVED)  # hides it
    assert not listed.is_shown(running)
    listed.set_filter(GoalFilter.ALL)
    assert listed.selected_id() == running  # chosen again once shown


def test_the_overview_reads_the_same_two_statements_for_any_number_of_goals(
    db: Database, today: date
) -> None:
    start = today - timedelta(days=30)
    goals = GoalService(db, today=lambda: start)
    measurements = MeasurementService(db, today=lambda: today)

    def statements() -> list[str]:
        seen: list[str] = []

        def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            seen.append(statement)

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            rows = GoalService(db, today=lambda: today).overview()
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
        assert not any(row.progress_known for row in rows)  # none worked out by reading
        return seen

    counted = []
    for n in range(6):
        goal_id = goals.save(signups_draft(start, title=f"Grow sign-ups to 200, goal {n}"))
        measurements.import_points(goal_id, [(today - timedelta(days=d), 130.0 + d) for d in range(5)])
        if n in (0, 5):
            counted.append(statements())
    assert len(counted[0]) == len(counted[1]) == 2
    # No count of every goal's figures: the list shows none (a scan of the whole table).
    assert not [s for s in counted[1] if "count(" in s.lower()]
