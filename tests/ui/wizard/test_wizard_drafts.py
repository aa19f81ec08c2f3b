"""Drafts and edits: closing keeps the typing, the next start resumes it, Cancel asks,
and editing a goal updates it in place with its history intact."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.wizard.common import PLAN, REVIEW, SMART, STRATEGY, TARGETS, WELCOME, WHY
from smartgoals_app.ui.wizard.wizard import AUTOSAVE_MS
from tests.factories import signups_draft
from tests.ui.wizard.wizard_driver import count, open_wizard, rows


def test_close_keeps_the_draft_and_the_next_start_resumes_it(
    qtbot: QtBot,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    db: Database,
) -> None:
    first = open_wizard(qtbot, goals, drafts, today)
    first.walk_newsletter_to(WHY)
    first.type("goal.why", "Launch the spring collection")
    first.wizard.close()
    assert first.asked() == ["Keep this goal for later?"]
    assert not first.wizard.isVisible()
    assert count(db, "goal") == 0
    (row,) = rows(db, "SELECT page, payload FROM wizard_draft")
    assert row["page"] == WHY
    assert "Launch the spring collection" in row["payload"]

    second = open_wizard(qtbot, goals, drafts, today)
    resume = second.find("wizard.resume", QAbstractButton)
    assert resume.isChecked(), "resuming is the default"
    summary = second.find("resumeSummary", QLabel).text()
    assert summary.startswith("“Grow newsletter sign-ups on Facebook from 120")
    assert summary.endswith("stopped at: Why.")
    second.next(resuming=True)
    assert second.page == WHY, "resume walks forward to the page the user left"
    assert second.find("goal.why", QPlainTextEdit).toPlainText() == "Launch the spring collection"
    second.back()
    assert second.page == SMART, "Back goes through the pages the resume walked"
    assert second.find("goal.deadline", QLineEdit).text() == "2027-03-31"
    second.walk_newsletter_to(REVIEW)
    second.finish()
    (goal,) = rows(db, "SELECT why, baseline_value FROM goal")
    assert (goal["why"], goal["baseline_value"]) == (
        "Launch the spring collection to people who already want it",
        120,
    )
    assert count(db, "wizard_draft") == 0


def test_typing_is_autosaved_without_closing(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    person.walk_newsletter_to(WHY)
    person.type("goal.audience", "Parents in Lyon")

    def saved() -> None:
        (row,) = rows(db_path, "SELECT payload FROM wizard_draft")
        assert "Parents in Lyon" in row["payload"]

    # As after a crash: no close, no page change, only the pause after typing.
    qtbot.waitUntil(saved, timeout=AUTOSAVE_MS * 3)
    pending = drafts.pending()
    assert pending is not None
    assert pending.draft.audience == "Parents in Lyon"
    assert count(db_path, "goal") == 0


def test_every_page_change_saves_the_draft(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    assert count(db_path, "wizard_draft") == 0, "an untouched welcome page saves nothing"
    for page in (STRATEGY, SMART, TARGETS):
        person.walk_newsletter_to(page)
        (row,) = rows(db_path, "SELECT page FROM wizard_draft")
        assert row["page"] == page
    person.back()
    assert rows(db_path, "SELECT page FROM wizard_draft")[0]["page"] == WHY


def test_cancel_can_discard_the_draft(
    qtbot: QtBot,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    db_path: Path,
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    person.walk_newsletter_to(SMART)
    assert person.prompts is not None
    person.prompts.keep = False  # Discard it
    person.wizard.reject()
    assert not person.wizard.isVisible()
    assert count(db_path, "wizard_draft") == 0
    assert count(db_path, "goal") == 0
    assert drafts.pending() is None


def test_cancel_can_go_back_to_the_wizard(
    qtbot: QtBot,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    db_path: Path,
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    person.walk_newsletter_to(SMART)
    assert person.prompts is not None
    person.prompts.keep = None  # Go back
    person.wizard.reject()
    assert person.wizard.isVisible()
    assert person.page == SMART
    person.walk_newsletter_to(REVIEW)
    person.finish()
    assert count(db_path, "goal") == 1


def test_closing_untouched_asks_nothing(
    qtbot: QtBot,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    db_path: Path,
) -> None:
    person = open_wizard(qtbot, goals, drafts, today)
    person.wizard.close()
    assert person.asked() == []
    assert count(db_path, "wizard_draft") == 0


def test_a_resumed_suggested_title_still_follows_the_deadline(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date
) -> None:
    """Usability test: after closing and resuming, a new deadline left the kept
    suggested wording on the old date, so the goal contradicted its own dates."""
    first = open_wizard(qtbot, goals, drafts, today)
    first.walk_newsletter_to(PLAN)
    title = "Grow newsletter sign-ups on Facebook from 120 to 200 by 31 Mar 2027"
    assert first.wizard.draft.title == title
    first.wizard.close()

    second = open_wizard(qtbot, goals, drafts, today)
    second.next(resuming=True)
    assert second.page == PLAN
    for _ in range(PLAN - SMART):
        second.back()
    assert second.page == SMART
    assert second.find("goal.title", QLineEdit).text() == title
    second.type("goal.deadline", "2027-04-30")
    assert second.find("goal.title", QLineEdit).text() == (
        "Grow newsletter sign-ups on Facebook from 120 to 200 by 30 Apr 2027"
    )


def test_a_resumed_title_the_user_wrote_is_left_alone(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date
) -> None:
    drafts.save(signups_draft(today, title="Reach 200 sign-ups from Facebook by spring"), SMART)
    person = open_wizard(qtbot, goals, drafts, today)
    person.next(resuming=True)
    assert person.page == SMART
    person.type("goal.deadline", "2027-04-30")
    assert person.find("goal.title", QLineEdit).text() == "Reach 200 sign-ups from Facebook by spring"


def test_start_over_ignores_the_pending_draft(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    drafts.save(signups_draft(today, title="Old idea"), WHY)
    person = open_wizard(qtbot, goals, drafts, today)
    person.tick("wizard.start_over")
    person.next()
    assert person.page == STRATEGY
    assert person.find("strategy.statement", QPlainTextEdit).toPlainText() == ""
    person.walk_newsletter_to(REVIEW)
    assert "Old idea" not in person.find("reviewSummary", QLabel).text()
    person.finish()
    assert count(db_path, "wizard_draft") == 0


def test_resume_stops_at_the_first_page_with_an_error(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date
) -> None:
    # Saved at the review, but the why was never written (an older, buggy build).
    drafts.save(signups_draft(today, why=""), REVIEW)
    person = open_wizard(qtbot, goals, drafts, today)
    person.next(resuming=True)
    assert person.page == WHY
    assert person.error("goal.why") == "The purpose cannot be empty."


def test_edit_updates_in_place_and_keeps_history(
    qtbot: QtBot, db: Database, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    goal_id = goals.save(signups_draft(today))
    (task,) = rows(db_path, "SELECT id FROM task")
    later = today + timedelta(days=14)
    MeasurementService(db, today=lambda: later).log(goal_id, today + timedelta(days=7), 131, "first week")
    # a Tuesday
    PlanService(db, today=lambda: today).mark(task["id"], today + timedelta(days=2), TaskOutcome.DONE)

    # Two weeks on, the user edits the goal.
    person = open_wizard(qtbot, goals, drafts, later, goal_id=goal_id)
    assert person.wizard.windowTitle() == "Edit goal"
    assert person.page == WELCOME
    person.next()
    assert person.find("wizard.use_existing_strategy", QAbstractButton).isChecked()
    person.next()
    assert person.find("goal.baseline_value", QLineEdit).text() == "120"
    person.next()
    person.type("goal.title", "Reach 250 newsletter sign-ups from Facebook by 31 Mar 2027")
    person.next()
    person.next()
    person.type("goal.benchmark_target", "250")
    person.type("goal.stretch_target", "320")
    person.next()
    assert person.find("task.title", QLineEdit).text() == "Post a sign-up teaser"
    person.click("wizard.add_task")
    person.type("task.title", "Share a subscriber's story")
    person.next()
    assert person.finish() == goal_id

    (goal,) = rows(db_path, "SELECT id, title, benchmark_target, stretch_target FROM goal")
    assert tuple(goal) == (goal_id, "Reach 250 newsletter sign-ups from Facebook by 31 Mar 2027", 250, 320)
    assert count(db_path, "strategy") == 1
    assert count(db_path, "measurement") == 1
    assert count(db_path, "task_completion") == 1
    tasks = rows(db_path, "SELECT id, title FROM task ORDER BY id")
    assert [(t["id"], t["title"]) for t in tasks] == [
        (task["id"], "Post a sign-up teaser"),
        (task["id"] + 1, "Share a subscriber's story"),
    ]
    assert count(db_path, "wizard_draft") == 0


def test_escape_in_an_untouched_edit_closes_without_asking(
    qtbot: QtBot,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    db_path: Path,
) -> None:
    """Usability test: Escape in "Edit goal" asked keep-or-discard with nothing changed."""
    goal_id = goals.save(signups_draft(today))
    person = open_wizard(qtbot, goals, drafts, today, goal_id=goal_id)
    while person.page < REVIEW:
        person.next()
    qtbot.keyClick(person.wizard, Qt.Key.Key_Escape)
    assert person.asked() == []
    assert not person.wizard.isVisible()
    assert count(db_path, "wizard_draft") == 0, "no unfinished goal to offer next time"


def test_escape_in_a_changed_edit_still_asks(
    qtbot: QtBot,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    db_path: Path,
) -> None:
    goal_id = goals.save(signups_draft(today))
    person = open_wizard(qtbot, goals, drafts, today, goal_id=goal_id)
    while person.page < SMART:
        person.next()
    person.type("goal.deadline", "2027-04-30")
    qtbot.keyClick(person.wizard, Qt.Key.Key_Escape)
    assert person.asked() == ["Keep this goal for later?"]
    assert count(db_path, "wizard_draft") == 1


def test_editing_draft_is_kept_apart_from_a_new_goal_draft(
    qtbot: QtBot, goals: GoalService, drafts: DraftService, today: date, db_path: Path
) -> None:
    goal_id = goals.save(signups_draft(today))
    drafts.save(signups_draft(today, title="A new goal in progress"), SMART)
    person = open_wizard(qtbot, goals, drafts, today, goal_id=goal_id)
    assert person.wizard.currentPage().findChild(QLabel, "resumeSummary") is None
    person.next()
    person.next()
    person.next()
    person.type("goal.title", "Edited title")
    person.wizard.close()  # keep: the edit draft is stored under the goal's id
    assert drafts.pending() is not None
    assert drafts.pending().draft.title == "A new goal in progress"  # type: ignore[union-attr]
    edit = drafts.pending(goal_id)
    assert edit is not None
    assert edit.draft.title == "Edited title"
    assert rows(db_path, "SELECT title FROM goal")[0]["title"] == signups_draft(today).title


def test_every_demo_goal_opens_and_saves_unchanged(
    qtbot: QtBot,
    db: Database,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    db_path: Path,
    demo_ids: list[int],
) -> None:
    ids = demo_ids
    tables = ("goal", "strategy", "strategy_network", "task", "task_completion", "measurement")
    before = {table: count(db_path, table) for table in tables}
    goal_rows = [tuple(r) for r in rows(db_path, "SELECT * FROM goal ORDER BY id")]
    for goal_id in ids:
        person = open_wizard(qtbot, goals, drafts, today, goal_id=goal_id)
        while person.page < REVIEW:
            person.next()
        assert person.finish() == goal_id
    assert {table: count(db_path, table) for table in tables} == before
    after = [tuple(r) for r in rows(db_path, "SELECT * FROM goal ORDER BY id")]
    # Only updated_at and the row's version, author and moment may change (the last four).
    assert [r[:-4] for r in after] == [r[:-4] for r in goal_rows]


def test_editing_judges_attainable_against_the_goals_own_history(
    qtbot: QtBot, db: Database, goals: GoalService, drafts: DraftService, today: date
) -> None:
    goal_id = goals.save(signups_draft(today))
    later = today + timedelta(days=42)
    log = MeasurementService(db, today=lambda: later)
    for week in range(1, 7):  # one sign-up a week: far below what 200 by the deadline needs
        log.log(goal_id, today + timedelta(days=7 * week), 120 + week, "")

    person = open_wizard(qtbot, goals, drafts, later, goal_id=goal_id)
    person.next()
    person.next()
    person.next()
    reason = person.find("smart:A:reason", QLabel).text()
    assert "your trend so far is 1.0 a week" in reason
    assert "far beyond your history" in reason
