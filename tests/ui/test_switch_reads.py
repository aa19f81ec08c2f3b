"""A goal switch reads what the detail shows once: switching back to a goal shown a
moment ago reads nothing again (a long series excepted: its figures are read again),
until something changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.dashboard.chart import ProgressChart
from smartgoals_app.ui.main_window import MainWindow
from tests.factories import signups_draft
from tests.ui.dashboard.dashboard_driver import Services, make_window


def _recorded(db: Database) -> tuple[list[str], Callable[[], None]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", record)
    return seen, lambda: event.remove(db.engine, "before_cursor_execute", record)


def _series_reads(services: Services) -> list[int]:
    """The goals whose figures are read (a raw cursor, unseen by the statement listener)."""
    read: list[int] = []
    real = services.measurements.series

    def series(goal_id: int) -> Any:
        read.append(goal_id)
        return real(goal_id)

    services.measurements.series = series  # type: ignore[method-assign]
    return read


STARTED = timedelta(days=60)  # before today, the goals' start


def _two_goals_shown(
    qtbot: QtBot, db: Database, today: date
) -> tuple[list[int], Services, list[int], MainWindow, ProgressChart]:
    """Two goals with 20 figures each, both shown once: their ids, the services, the
    goals whose figures are read from here on, the window and its chart."""
    start = today - STARTED
    goals = GoalService(db, today=lambda: start)
    measurements = MeasurementService(db, today=lambda: today)
    ids = []
    for n in range(2):
        goal_id = goals.save(signups_draft(start, title=f"Grow sign-ups to 200, goal {n}"))
        measurements.import_points(goal_id, [(today - timedelta(days=d), 130.0 + d) for d in range(20)])
        ids.append(goal_id)
    services = Services(db, today)
    figures_read = _series_reads(services)
    window = make_window(qtbot, services, db, today)
    chart = window.detail.chart  # drawn at once from here on
    window.select_goal(ids[0])
    window.select_goal(ids[1])
    return ids, services, figures_read, window, chart


def test_switching_back_reads_nothing_until_a_change(qtbot: QtBot, db: Database, today: date) -> None:
    ids, services, figures_read, window, chart = _two_goals_shown(qtbot, db, today)
    assert figures_read[-2:] == ids
    first_adherence = window.detail.adherence.short_label.text()  # type: ignore[union-attr]

    figures_read.clear()
    seen, stop = _recorded(db)
    try:
        window.select_goal(ids[0])
        assert len(chart.measurements.xData) == 20
        window.select_goal(ids[1])
    finally:
        stop()
    assert window.current_goal_id() == ids[1]
    assert seen == []
    assert figures_read == []  # not even the figures: the chart's arrays are kept with the rest

    # A tick in the plan is a change: the adherence shown is read afresh.
    task = services.plan.tasks(ids[1])[0]
    day = services.plan.occurrences(today - STARTED, today, goal_id=ids[1])[-1].day  # the latest
    services.plan.mark(task.id, day, TaskOutcome.DONE)
    window.refresh()
    assert window.detail.adherence.short_label.text() != first_adherence  # type: ignore[union-attr]


def test_a_long_series_is_read_again_rather_than_kept(
    qtbot: QtBot, db: Database, today: date, monkeypatch: Any
) -> None:
    from smartgoals_app.ui.dashboard import controller

    monkeypatch.setattr(controller, "KEEP_FIGURES_UP_TO", 10)  # these 20 figures stand for a million
    ids, _services, figures_read, window, chart = _two_goals_shown(qtbot, db, today)
    figures_read.clear()
    seen, stop = _recorded(db)
    try:
        window.select_goal(ids[0])
    finally:
        stop()
    assert len(chart.measurements.xData) == 20
    assert figures_read == [ids[0]]
    assert seen == []  # only the figures of the chart, read again when it draws them


def test_switching_back_writes_the_summary_and_the_smart_line_once(
    qtbot: QtBot, db: Database, today: date, monkeypatch: Any
) -> None:
    from smartgoals_app.ui.dashboard import detail, summary

    start = today - timedelta(days=60)
    goals = GoalService(db, today=lambda: start)
    measurements = MeasurementService(db, today=lambda: today)
    ids = []
    for n in range(2):
        goal_id = goals.save(signups_draft(start, title=f"Grow sign-ups to 200, goal {n}"))
        measurements.import_points(
            goal_id, [(today - timedelta(days=d), 130.0 + 7 * n + d) for d in range(20)]
        )
        ids.append(goal_id)
    window = make_window(qtbot, Services(db, today), db, today)
    shown = {}
    for goal_id in ids:
        window.select_goal(goal_id)
        shown[goal_id] = (window.detail.summary.text_of("Latest"), window.detail.smart.toolTip())
    assert shown[ids[0]] != shown[ids[1]]
    written: list[str] = []
    for module, name in ((summary, "summary_rows"), (detail, "smart_html"), (detail, "smart_tooltip")):
        real = getattr(module, name)

        def counted(*args: Any, _real: Any = real, _name: str = name) -> Any:
            written.append(_name)
            return _real(*args)

        monkeypatch.setattr(module, name, counted)
    for goal_id in (*ids, *ids):
        window.select_goal(goal_id)
        assert (window.detail.summary.text_of("Latest"), window.detail.smart.toolTip()) == shown[goal_id]
    assert written == []
    window.refresh()  # something changed: written afresh
    assert written.count("summary_rows") == 1
