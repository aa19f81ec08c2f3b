"""Each rule lives once, in the domain, and every screen, service and importer that
applies it says the same sentence."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from smartgoals_app.domain.schedule import build_rule, parse_rule, rule_ending, rule_until
from smartgoals_app.domain.validation import ValidationError, check_measured_on, validate_has_task
from smartgoals_app.io.exports import read_figures
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from tests.conftest import TODAY
from tests.factories import goal_without_tasks, signups_draft

FUTURE = TODAY + timedelta(days=3)


def test_a_check_in_after_today_is_refused_in_one_sentence() -> None:
    assert check_measured_on(TODAY, TODAY) is None
    assert check_measured_on(TODAY - timedelta(days=400), TODAY) is None
    assert str(check_measured_on(FUTURE, TODAY)) == (
        "25 Nov 2026 is still to come: a check-in records a figure already read (today is 22 Nov 2026)."
    )


def test_the_service_and_its_import_say_the_domain_sentence(db: Database) -> None:
    said = str(check_measured_on(FUTURE, TODAY))
    goal_id = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
    measurements = MeasurementService(db, today=lambda: TODAY)
    with pytest.raises(ValidationError) as typed:
        measurements.log(goal_id, FUTURE, 5.0)
    assert typed.value.errors == {"measurement.measured_on": said}
    with pytest.raises(ValidationError) as imported:
        measurements.import_points(goal_id, [(TODAY, 1.0), (FUTURE, 2.0)])
    assert list(imported.value.errors.values()) == [f"Row 2 (2026-11-25): {said}"]


def test_an_imported_export_says_the_domain_sentence(tmp_path: Path) -> None:
    path = tmp_path / "visits.csv"
    path.write_text(f"Date,Visits\n{TODAY.isoformat()},5\n{FUTURE.isoformat()},7\n", encoding="utf-8")
    figures = read_figures(path, today=TODAY)
    assert figures.points == [(date(2026, 11, 22), 5.0)]
    assert [(fault.row, str(fault.reason)) for fault in figures.faults] == [
        (3, str(check_measured_on(FUTURE, TODAY)))
    ]


def test_the_goal_service_saves_a_goal_only_with_a_task(db: Database) -> None:
    goals = GoalService(db, today=lambda: TODAY)
    with pytest.raises(ValidationError) as caught:
        goals.save(signups_draft(TODAY, tasks=[]))
    assert caught.value.errors == validate_has_task(signups_draft(TODAY, tasks=[]))
    assert set(caught.value.errors) == {"task.id"}
    assert goals.overview() == []  # nothing written


def test_editing_a_goal_keeps_the_rule_but_a_stored_goal_without_tasks_is_kept(db: Database) -> None:
    goal_id = goal_without_tasks(db, TODAY)
    goals = GoalService(db, today=lambda: TODAY)
    draft = goals.load_draft(goal_id)
    assert draft.tasks == []
    with pytest.raises(ValidationError):
        goals.save(draft)
    draft.tasks = signups_draft(TODAY).tasks
    assert goals.save(draft) == goal_id
    assert [goal.id for goal in goals.overview()] == [goal_id]


def test_a_rule_ended_on_a_day_reads_back_as_ending_that_day() -> None:
    ended = rule_ending("FREQ=WEEKLY;BYDAY=TU;COUNT=9", date(2027, 3, 2))
    assert ended == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270302T235959"
    until = rule_until(parse_rule(ended))
    assert until is not None
    assert until.date() == date(2027, 3, 2)
    assert build_rule("WEEKLY", weekdays=["TU"], until=date(2027, 3, 2)) == ended
