"""Bad input, field by field: the plain message beside the field, Next disabled,
and nothing written to the goal tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.wizard.common import PLAN, REVIEW, SMART, STARTING_POINT, STRATEGY, TARGETS, WHY
from tests.ui.wizard.wizard_driver import Person, count, open_wizard, rows

LONG = "x" * 5000


def not_a_time(text: str) -> str:
    return f"“{text}” is not a time. Use the 24-hour clock, for example 09:30 or 17:00."


def not_a_date(text: str) -> str:
    return f"“{text}” is not a date. Type it as year-month-day, for example 2027-03-31."


TOO_LARGE = "That number is too large (the most is 1,000,000,000,000)."
FUTURE = "The date you read the value cannot be in the future."

# (page, field, typed text, the message shown beside the field)
CASES = [
    (STRATEGY, "strategy.statement", "", "The strategy cannot be empty."),
    (STRATEGY, "strategy.statement", "   ", "The strategy cannot be empty."),
    (STRATEGY, "strategy.statement", LONG, "The strategy is 5,000 characters long; keep it under 500."),
    (
        STRATEGY,
        "strategy.business_start",
        "abc",
        not_a_time("abc"),
    ),
    (
        STRATEGY,
        "strategy.business_end",
        "25:00",
        not_a_time("25:00"),
    ),
    (STARTING_POINT, "goal.baseline_value", "", "Enter a number."),
    (STARTING_POINT, "goal.baseline_value", "abc", "“abc” is not a number. Type digits, for example 120."),
    (STARTING_POINT, "goal.baseline_value", "nan", "Enter an ordinary number (not NaN or infinity)."),
    (STARTING_POINT, "goal.baseline_value", "inf", "Enter an ordinary number (not NaN or infinity)."),
    (STARTING_POINT, "goal.baseline_value", "-inf", "Enter an ordinary number (not NaN or infinity)."),
    (STARTING_POINT, "goal.baseline_value", "-5", "The number cannot be negative."),
    (
        STARTING_POINT,
        "goal.baseline_value",
        "1e20",
        "That number is too large (the most is 1,000,000,000,000).",
    ),
    (STARTING_POINT, "goal.baseline_date", "", "Enter a date, for example 2027-03-31."),
    (
        STARTING_POINT,
        "goal.baseline_date",
        "2026-02-30",
        "February 2026 has no day 30.",
    ),
    (
        STARTING_POINT,
        "goal.baseline_date",
        "2026-12-01",
        "The date you read the value cannot be in the future.",
    ),
    (STARTING_POINT, "goal.data_source", LONG, "The source is 5,000 characters long; keep it under 160."),
    (SMART, "goal.title", "", "The goal cannot be empty."),
    (SMART, "goal.title", LONG, "The goal is 5,000 characters long; keep it under 120."),
    (
        SMART,
        "goal.start_date",
        "yesterday",
        not_a_date("yesterday"),
    ),
    (SMART, "goal.start_date", "2026-11-01", "The goal cannot start before the day you read the baseline."),
    (SMART, "goal.deadline", "2026-11-22", "The deadline must come after the start date."),
    (SMART, "goal.deadline", "2026-10-01", "The deadline must come after the start date."),
    (SMART, "goal.deadline", "2040-01-01", "Keep the deadline within 5 years of the start."),
    (WHY, "goal.why", "", "The purpose cannot be empty."),
    (WHY, "goal.why", LONG, "The purpose is 5,000 characters long; keep it under 2,000."),
    (WHY, "goal.audience", LONG, "The audience is 5,000 characters long; keep it under 2,000."),
    (TARGETS, "goal.benchmark_target", "", "Enter a number."),
    (TARGETS, "goal.benchmark_target", "lots", "“lots” is not a number. Type digits, for example 120."),
    (TARGETS, "goal.benchmark_target", "NaN", "Enter an ordinary number (not NaN or infinity)."),
    (TARGETS, "goal.benchmark_target", "120", "The benchmark must be above your starting value of 120."),
    (TARGETS, "goal.benchmark_target", "100", "The benchmark must be above your starting value of 120."),
    (TARGETS, "goal.stretch_target", "200", "The stretch target must be above the benchmark of 200."),
    (TARGETS, "goal.stretch_target", "Infinity", "Enter an ordinary number (not NaN or infinity)."),
    (PLAN, "task.title", "", "Task 1: The task cannot be empty."),
    (PLAN, "task.title", LONG, "Task 1: The task is 5,000 characters long; keep it under 120."),
    (
        PLAN,
        "task.start_time",
        "9:75",
        not_a_time("9:75"),
    ),
    (PLAN, "task.duration_minutes", "abc", "“abc” is not a number. Type digits, for example 120."),
    (PLAN, "task.duration_minutes", "0", "Task 1: A task lasts between 1 minute and 24 hours."),
    (PLAN, "task.duration_minutes", "2.5", "Give the length in whole minutes."),
    (PLAN, "task.duration_minutes", "2000", "That number is too large (the most is 1,440)."),
    (PLAN, "goal.budget_per_month", "-20", "The number cannot be negative."),
    (PLAN, "goal.hours_per_week", "200", "A week has 168 hours."),
    (PLAN, "goal.hours_per_week", "inf", "Enter an ordinary number (not NaN or infinity)."),
]


@pytest.fixture
def person(qtbot: QtBot, db: Database, today: date) -> Person:
    return open_wizard(qtbot, GoalService(db, today=lambda: today), DraftService(db), today)


@pytest.mark.parametrize(
    ("page", "field", "text", "message"),
    CASES,
    ids=[f"{field}={text[:12]!r}" for _page, field, text, _msg in CASES],
)
def test_bad_input_blocks_next_with_a_plain_message(
    person: Person, db_path: Path, page: int, field: str, text: str, message: str
) -> None:
    person.walk_newsletter_to(page)
    person.fill_current()
    assert person.can_go_on()
    if len(text) > 100:
        person.paste_long(field, text)
    else:
        person.type(field, text)
    assert person.error(field) == message
    assert not person.can_go_on()
    assert person.find(field).accessibleDescription() == message, "a screen reader hears it too"
    # Nothing is saved, and Next cannot be forced through.
    person.wizard.next()
    assert person.page == page
    assert count(db_path, "goal") == 0
    assert count(db_path, "strategy") == 0
    assert count(db_path, "task") == 0


def test_deadline_in_the_past_for_a_new_goal(person: Person, db_path: Path) -> None:
    person.walk_newsletter_to(SMART)
    person.type("goal.start_date", "2026-11-22")
    person.type("goal.deadline", "2026-11-21")
    assert person.error("goal.deadline") == "The deadline must come after the start date."
    # Start and baseline both in the past, deadline still before today.
    person.back()
    person.type("goal.baseline_date", "2026-09-01")
    person.next()
    person.type("goal.start_date", "2026-09-01")
    person.type("goal.deadline", "2026-11-01")
    assert person.error("goal.deadline") == "The deadline is in the past; pick a date from today on."
    assert not person.can_go_on()
    assert person.find("smart:T:verdict", QLabel).text() == "✗ Fail"
    assert count(db_path, "goal") == 0


def test_fixing_the_input_enables_next_again(person: Person) -> None:
    person.walk_newsletter_to(TARGETS)
    person.type("goal.benchmark_target", "abc")
    assert not person.can_go_on()
    person.type("goal.benchmark_target", "1 200")  # people type spaces in thousands
    person.type("goal.stretch_target", "1,500")
    assert person.error("goal.benchmark_target") == ""
    assert person.can_go_on()
    assert person.wizard.draft.benchmark_target == 1200
    assert person.wizard.draft.stretch_target == 1500


def test_dates_typed_day_first_with_dots_are_read(person: Person) -> None:
    """As a German writes them, and as the app's German screens show numbers."""
    person.walk_newsletter_to(SMART)
    person.type("goal.start_date", "22.11.2026")
    person.type("goal.deadline", "31.3.2027")
    assert person.error("goal.start_date") == ""
    assert person.error("goal.deadline") == ""
    assert person.can_go_on()
    draft = person.wizard.draft
    assert (draft.start_date, draft.deadline) == (date(2026, 11, 22), date(2027, 3, 31))
    person.type("goal.deadline", "30.02.2027")
    assert person.error("goal.deadline") == "February 2027 has no day 30."


def test_plan_needs_at_least_one_task(person: Person, db_path: Path) -> None:
    person.walk_newsletter_to(PLAN)
    while person.find("task.id", QListWidget).count():
        person.click("wizard.remove_task")
    assert person.error("task.id").startswith("Add at least one task")
    assert not person.can_go_on()
    person.click("wizard.add_task")
    assert person.error("task.title") == "Task 1: The task cannot be empty."
    person.type("task.title", "Write the weekly post")
    assert person.can_go_on()


def test_removing_every_task_leaves_no_red_lines_under_greyed_fields(person: Person) -> None:
    """Usability test: after removing all tasks, red errors stayed under disabled fields."""
    person.walk_newsletter_to(PLAN)
    while person.find("task.id", QListWidget).count():
        person.click("wizard.remove_task")
    for key in ("task.title", "task.rrule", "task.start_time", "task.duration_minutes"):
        assert not person.find(key).isEnabled()
        assert person.error(key) == "", key
    assert person.error("task.id").startswith("Add at least one task")


def test_an_unreadable_length_empties_the_summary(person: Person) -> None:
    """Usability test: "1,5" minutes was refused, but the summary still read 09:00-09:01."""
    person.walk_newsletter_to(PLAN)
    person.type("task.duration_minutes", "1")
    assert person.find("taskSummary", QLabel).text() == "Every Tuesday and Thursday, 09:00-09:01"
    person.type("task.duration_minutes", "1,5")
    assert person.error("task.duration_minutes") == "Give the length in whole minutes."
    assert person.find("taskSummary", QLabel).text() == ""
    person.type("task.start_time", "25:00")
    person.type("task.duration_minutes", "45")
    assert person.find("taskSummary", QLabel).text() == ""
    person.type("task.start_time", "10:00")
    assert person.find("taskSummary", QLabel).text() == "Every Tuesday and Thursday, 10:00-10:45"


def test_the_task_list_never_shows_a_time_that_was_not_read(person: Person) -> None:
    """Usability test: with "7 o'clock" refused, the list beside it still read 07:00-07:30."""
    person.walk_newsletter_to(PLAN)
    tasks = person.find("task.id", QListWidget)
    title = person.find("task.title", QLineEdit).text()
    person.type("task.start_time", "7 o'clock")
    assert person.error("task.start_time").startswith("“7 o'clock” is not a time.")
    assert tasks.currentItem().text() == f"{title}: time or length not readable yet"
    person.type("task.start_time", "7pm")  # the 12-hour clock is read too
    assert person.error("task.start_time") == ""
    assert tasks.currentItem().text() == f"{title}: Every Tuesday and Thursday, 19:00-19:30"


def test_weekly_task_without_days_is_refused(person: Person) -> None:
    person.walk_newsletter_to(PLAN)
    person.choose("task.rrule", "Every week, on the days ticked")
    person.tick("task.rrule:TU")
    person.tick("task.rrule:TH")  # the suggested task ran on Tuesdays and Thursdays
    assert person.error("task.rrule") == "Task 1: Tick at least one day."
    assert not person.can_go_on()
    person.tick("task.rrule:FR")
    assert person.find("taskSummary", QLabel).text() == "Every Friday, 09:00-09:30"
    assert person.can_go_on()


def test_emoji_and_accents_are_accepted_everywhere(person: Person, db_path: Path) -> None:
    person.next()
    person.newsletter_strategy()
    person.type("strategy.statement", "Être la boutique préférée 🧸 des parents")
    person.next()
    person.newsletter_start()
    person.type("goal.data_source", "Mailchimp 📈")
    person.next()
    person.type("goal.title", "Grow sign-ups 🚀 from 120 to 200 by March")
    person.next()
    person.type("goal.why", "Le lancement 🌸 du printemps")
    person.type("goal.audience", "Parents 👪 in Lyon")
    person.next()
    person.type("goal.benchmark_target", "200")
    person.type("goal.stretch_target", "300")
    person.next()
    person.type("task.title", "Post a teaser 🎁")
    person.next()
    assert person.page == REVIEW
    person.finish()
    (goal,) = rows(db_path, "SELECT title, why, audience, data_source FROM goal")
    assert tuple(goal) == (
        "Grow sign-ups 🚀 from 120 to 200 by March",
        "Le lancement 🌸 du printemps",
        "Parents 👪 in Lyon",
        "Mailchimp 📈",
    )
    assert (
        rows(db_path, "SELECT statement FROM strategy")[0]["statement"]
        == "Être la boutique préférée 🧸 des parents"
    )
    assert rows(db_path, "SELECT title FROM task ORDER BY id")[0]["title"] == "Post a teaser 🎁"


# A lone surrogate never gets this far: Qt drops it from what is pasted; DraftService
# and the services are tested with it directly (tests/services/test_service_fuzz.py).
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("bell\x07", "The goal holds an invisible control character (number 7)."),
        ("escape \x1b[0m", "The goal holds an invisible control character (number 27)."),
    ],
)
def test_text_the_file_cannot_hold_is_refused_beside_the_field_and_the_draft_keeps_it(
    person: Person, db: Database, db_path: Path, text: str, message: str
) -> None:
    person.walk_newsletter_to(SMART)
    person.fill_current()
    person.paste_long("goal.title", text)
    assert person.error("goal.title").startswith(message)
    assert not person.can_go_on()
    person.wizard.autosave()  # the draft keeps what was typed, to be mended later
    saved = DraftService(db).pending()
    assert saved is not None
    assert saved.draft.title == person.find("goal.title", QLineEdit).text()
    assert count(db_path, "goal") == 0


def test_the_wizard_hears_of_completeness_only_when_it_changes(person: Person) -> None:
    """Redoing the wizard's buttons on every keystroke cost more than the rest of it."""
    person.walk_newsletter_to(TARGETS)
    person.fill_current()
    told: list[bool] = []
    person.wizard.currentPage().completeChanged.connect(lambda: told.append(person.can_go_on()))
    # Emptied (incomplete), "3" and "30" (below the benchmark of 200), "300", "3000".
    person.type("goal.stretch_target", "3000")
    assert told == [False, True]


def test_back_on_a_page_whose_draft_changed_behind_it_next_follows_the_typing(person: Person) -> None:
    """The page was complete when left; the draft changed while another page was shown
    (as a reload or a later page may change it), so the wizard greys Next on the way
    back. Fixing the field must enable Next again, though the page last said complete."""
    person.walk_newsletter_to(TARGETS)
    person.fill_current()
    person.next()
    behind = person.wizard.draft
    behind.stretch_target = None
    person.back()
    assert not person.can_go_on()
    # One key makes the page complete again ("300" -> "3000"), as it was when last told.
    stretch = person.find("goal.stretch_target", QLineEdit)
    stretch.setFocus()
    stretch.end(False)
    person.keys(stretch, "0")
    assert person.wizard.draft.stretch_target == 3000
    assert person.can_go_on()
