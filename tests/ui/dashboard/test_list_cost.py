"""What filling the goal list costs, counted rather than timed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui import formatting
from smartgoals_app.ui.dashboard.goal_list import GoalList
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
    group = listed.tree.topLevelItem(0)
    assert group is not None
    assert group.childCount() == 12
    latest = [group.child(i).text(3) for i in range(group.childCount())]  # type: ignore[union-attr]
    assert latest[0] == "1,599 sign-ups"
    assert latest[-1] == "1,500 sign-ups"
