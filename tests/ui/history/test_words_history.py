"""Every word of the History… dialog and its button reaches the translator (see
tests/ui/i18n_audit.py): with a pseudo-language installed, nothing shown is plain English
except the user's own data."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.services.history import HistoryService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.history.action import add_history
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.i18n_audit import is_foreign, pseudo_language, user_data, visible_words

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_history_speaks_the_users_language(
    qtbot: QtBot,
    db: Database,
    services: Services,
    today: date,
    demo_ids: list[int],
    known_messages: set[tuple[str, str]],
) -> None:
    goal_id = demo_ids[0]
    logged = services.measurements.log(goal_id, today, 1450.0)
    services.measurements.edit(logged.id, today, 1460.5)
    services.measurements.delete(logged.id)
    task = services.plan.tasks(goal_id)[0]
    services.plan.mark(task.id, task.start_date, TaskOutcome.DONE)
    services.plan.unmark(task.id, task.start_date)
    services.goals.set_lifecycle(goal_id, services.goals.overview()[0].lifecycle)
    with pseudo_language(known_messages):
        window = make_window(qtbot, services, db, today)
        history = add_history(window, history=HistoryService(db))
        window.select_goal(goal_id)
        history.open()
        assert history.dialog is not None
        allowed = user_data(db.path) | {db.path.name}
        words = [
            *visible_words(history.dialog),
            ("title", history.dialog.windowTitle()),
            ("button", history.button.text()),
            ("action", history.action.text()),
            ("tip", history.action.toolTip()),
        ]
        foreign = sorted({f"{where}: {text!r}" for where, text in words if is_foreign(text, allowed)})
    assert foreign == []
