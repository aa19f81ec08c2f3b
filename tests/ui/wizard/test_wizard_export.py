"""The starting-point page takes today's value and the history from an analytics
export: Attainable judges the targets against that trend on day one, and the days are
saved with the goal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.wizard import build_goal_wizard
from smartgoals_app.ui.wizard.common import REVIEW, SMART, STARTING_POINT
from tests.ui.prompts import RecordingPrompts, make_ops
from tests.ui.wizard.wizard_driver import Person, rows


def test_baseline_and_history_from_an_export(qtbot: QtBot, db: Database, today: date, tmp_path: Path) -> None:
    # Six weeks of sign-ups per post-day, two posts some days: the export's rows are summed.
    days = [today - timedelta(days=41 - n) for n in range(42)]
    totals = {day: 100 + n for n, day in enumerate(days)}  # one more sign-up a day: 7 a week
    path = tmp_path / "Chart data.csv"
    lines = ["Date,Content,Video title,Video publish time,Duration,Views"]
    for day, total in totals.items():
        lines.append(f'{day.isoformat()},a,First,"Mar 3, 2025",10,{total - 40}')
        lines.append(f'{day.isoformat()},b,Second,"Mar 5, 2025",12,40')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    goals = GoalService(db, today=lambda: today)
    wizard = build_goal_wizard(
        None,
        None,
        goals=goals,
        drafts=DraftService(db),
        today=lambda: today,
        ops=make_ops(RecordingPrompts(path=path)),
        measurements=MeasurementService(db, today=lambda: today),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    person = Person(qtbot, wizard)
    person.walk_newsletter_to(STARTING_POINT)
    person.newsletter_start()

    person.click("baselineFromExport")

    last = days[-1]
    assert person.find("goal.baseline_value", QLineEdit).text() == str(totals[last])
    result = person.find("baselineExportResult", QLabel).text()
    assert "YouTube Studio “Chart data”" in result
    assert "42 days" in result
    person.next()
    assert person.page == SMART
    person.type("goal.deadline", (today + timedelta(days=70)).isoformat())
    person.walk_newsletter_to(REVIEW)
    reason = person.find("smart:A:reason", QLabel).text()
    assert "your trend so far is 7.0 a week" in reason
    goal_id = person.finish()

    saved = rows(
        db.path,
        "SELECT measured_on, value FROM measurement WHERE goal_id = ? AND source = 'import' "
        "ORDER BY measured_on",
        goal_id,
    )
    assert [(r["measured_on"], r["value"]) for r in saved] == [
        (d.isoformat(), float(v)) for d, v in totals.items()
    ]
