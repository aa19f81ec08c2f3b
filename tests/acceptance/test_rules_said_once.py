"""One rule, one way of saying it: the check-in dialog refuses a day still to come with the
domain's own sentence; the wizard marks a SMART verdict with the dashboard's symbol."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.enums import Verdict
from smartgoals_app.domain.validation import check_measured_on
from smartgoals_app.ui import theme
from smartgoals_app.ui.dashboard.checkin_dialog import CheckInDialog, GoalChoice
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.wizard.common import verdict_mark
from tests.conftest import TODAY
from tests.ui.prompts import make_ops


def test_a_day_still_to_come_is_refused_with_the_domain_sentence(qtbot: QtBot) -> None:
    submitted: list[tuple[int, date, float, str]] = []

    def submit(goal_id: int, day: date, value: float, note: str) -> None:
        submitted.append((goal_id, day, value, note))

    dialog = CheckInDialog(
        None,
        goals=[GoalChoice(1, "Grow sign-ups", "sign-ups")],
        goal_id=1,
        today=TODAY,
        submit=submit,
        ops=make_ops(),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.value, "77")
    dialog.day.setFocus()
    qtbot.keyClick(dialog.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    future = TODAY + timedelta(days=3)
    qtbot.keyClicks(dialog.day, future.isoformat())
    error = dialog.findChild(QLabel, "dayError")
    assert error is not None
    assert error.text() == localize(check_measured_on(future, TODAY) or "")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert submitted == []


def test_the_wizard_marks_a_verdict_with_the_dashboard_symbol(monkeypatch: pytest.MonkeyPatch) -> None:
    for verdict in Verdict:
        monkeypatch.setitem(theme.VERDICT_SYMBOL, verdict, f"<{verdict.value}>")
    assert verdict_mark(Verdict.PASS) == "<pass> Pass"
    assert [verdict_mark(v).split(" ")[0] for v in Verdict] == [f"<{v.value}>" for v in Verdict]
