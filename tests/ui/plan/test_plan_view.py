"""The Plan tab, clicked like a person: tick, skip, untick, navigate, edit tasks,
reminders with an injected notifier and a controlled clock."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.io.export_plan import export_plan
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService, Reminder
from smartgoals_app.services.records import TaskOccurrence, TaskRecord
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.ui.operations import Change
from smartgoals_app.ui.plan import repeat_form
from smartgoals_app.ui.plan.actions import export_plan_action
from smartgoals_app.ui.plan.adherence_panel import AdherencePanel
from smartgoals_app.ui.plan.controller import Mode
from smartgoals_app.ui.plan.items import State
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.plan.reminders import ReminderController
from smartgoals_app.ui.plan.task_editor import TaskEditor
from tests.factories import goal_without_tasks
from tests.ui.events import settle
from tests.ui.prompts import Answers, answering

TODAY = date(2026, 11, 18)  # a Wednesday
TUESDAY = date(2026, 11, 17)
LAST_TUESDAY = date(2026, 11, 10)


class FakeNotifier:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.calls.append((title, message))


@pytest.fixture
def plan(db: Database) -> PlanService:
    return PlanService(db, today=lambda: TODAY)


@pytest.fixture
def goal_id(db: Database) -> int:
    start = TODAY - timedelta(days=14)
    return goal_without_tasks(db, start)


@pytest.fixture
def task_id(plan: PlanService, goal_id: int) -> int:
    return plan.add_task(
        goal_id,
        TaskDraft(
            title="Join the industry Twitter chat",
            rrule="FREQ=WEEKLY;BYDAY=TU",
            start_date=TODAY - timedelta(days=14),
            start_time=time(11),
            duration_minutes=60,
        ),
    )


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def view(qtbot: QtBot, plan: PlanService, task_id: int, db: Database, answers: Answers) -> PlanView:
    widget = PlanView(
        plan,
        answering(answers),
        today=lambda: TODAY,
        notifier=FakeNotifier(),
        exporter=partial(export_plan, db),
    )
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()  # the view fills itself when shown, as the Plan tab is when chosen
    qtbot.waitExposed(widget)
    return widget


def _row(view: PlanView, task_id: int) -> list[str]:
    row = view.task_row(task_id)
    assert row is not None
    return row


def _outcome(plan: PlanService, task_id: int, day: date) -> TaskOutcome | None:
    occ = next(o for o in plan.occurrences(day, day) if o.task_id == task_id)
    return occ.outcome


def test_week_shows_occurrences_checkins_and_missed(view: PlanView, task_id: int) -> None:
    card = view.card(task_id, TUESDAY)
    assert card is not None
    assert card.state is State.MISSED
    assert "Missed" in card.status.text()
    assert "Grow newsletter sign-ups" in card.toolTip()
    # The weekly check-in of the goal (started 4 Nov) falls due today.
    assert [c.checkin.day for c in view.week.checkin_cards] == [TODAY]


def test_a_check_in_is_due_on_its_day_and_upcoming_before_it(view: PlanView) -> None:
    (due,) = view.week.checkin_cards
    assert (due.checkin.day, due.state) == (TODAY, State.CHECKIN)
    assert "Due" in due.status.text()
    assert due.log_button is not None
    view.step(1)
    (ahead,) = view.week.checkin_cards
    assert (ahead.checkin.day, ahead.state) == (TODAY + timedelta(days=7), State.CHECKIN_UPCOMING)
    assert "Upcoming" in ahead.status.text()  # it said "Due" weeks ahead
    assert ahead.log_button is None, "a figure cannot be logged for a day still to come"


def test_ticking_done_updates_the_db_and_adherence(
    qtbot: QtBot, view: PlanView, plan: PlanService, task_id: int
) -> None:
    assert _row(view, task_id)[3] == "0% (0 of 2)"
    card = view.card(task_id, TUESDAY)
    assert card is not None
    assert card.done_button is not None
    with qtbot.waitSignal(view.ops.bus.changed):
        qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    assert _outcome(plan, task_id, TUESDAY) is TaskOutcome.DONE
    assert _row(view, task_id)[3] == "50% (1 of 2)"
    assert _row(view, task_id)[5] == "1"
    ticked = view.card(task_id, TUESDAY)
    assert ticked is not None
    assert ticked.state is State.DONE

    assert ticked.undo_button is not None
    qtbot.mouseClick(ticked.undo_button, Qt.MouseButton.LeftButton)
    assert _outcome(plan, task_id, TUESDAY) is None
    assert _row(view, task_id)[3] == "0% (0 of 2)"


def test_skipping_asks_for_a_note(
    qtbot: QtBot, view: PlanView, plan: PlanService, task_id: int, answers: Answers
) -> None:
    answers.text = "At the trade fair"
    qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    assert view.period_label.text() == "Week of 9\u201315 Nov 2026"
    card = view.card(task_id, LAST_TUESDAY)
    assert card is not None
    assert card.skip_button is not None
    qtbot.mouseClick(card.skip_button, Qt.MouseButton.LeftButton)
    occ = next(o for o in plan.occurrences(LAST_TUESDAY, LAST_TUESDAY))
    assert (occ.outcome, occ.note) == (TaskOutcome.SKIPPED, "At the trade fair")
    assert _row(view, task_id)[4] == "0% (0 of 2)"  # a skip is not done
    skipped = view.card(task_id, LAST_TUESDAY)
    assert skipped is not None
    assert skipped.state is State.SKIPPED


def test_cancelling_the_skip_note_changes_nothing(
    qtbot: QtBot, view: PlanView, plan: PlanService, task_id: int, answers: Answers
) -> None:
    answers.text = None
    card = view.card(task_id, TUESDAY)
    assert card is not None
    assert card.skip_button is not None
    qtbot.mouseClick(card.skip_button, Qt.MouseButton.LeftButton)
    assert _outcome(plan, task_id, TUESDAY) is None


def test_a_future_occurrence_can_be_ticked_done_early(
    qtbot: QtBot, view: PlanView, plan: PlanService, task_id: int
) -> None:
    view.step(1)
    day = TUESDAY + timedelta(days=7)
    card = view.card(task_id, day)
    assert card is not None
    assert card.state is State.UPCOMING
    assert card.skip_button is not None
    assert card.done_button is not None
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    assert _outcome(plan, task_id, day) is TaskOutcome.DONE


def test_clicking_a_card_chooses_its_task_in_the_list(qtbot: QtBot, view: PlanView, task_id: int) -> None:
    card = view.card(task_id, TUESDAY)
    assert card is not None
    assert view.selected_task_id() is None
    qtbot.mouseClick(card.title, Qt.MouseButton.LeftButton)
    assert view.selected_task_id() == task_id


def test_month_view_and_back_to_a_week(qtbot: QtBot, view: PlanView, task_id: int) -> None:
    qtbot.mouseClick(view.month_button, Qt.MouseButton.LeftButton)
    assert view.period_label.text() == "November 2026"
    cell = next(c for c in view.month.cells if c.day == date(2026, 11, 24))
    assert "Join the" in cell.items.text()
    assert "Join the industry Twitter chat" in cell.toolTip()
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
    assert view.mode is Mode.WEEK
    assert view.card(task_id, date(2026, 11, 24)) is not None
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert view.card(task_id, TUESDAY) is not None


def test_a_month_cell_counts_what_it_has_no_height_for_instead_of_cutting_it(
    qtbot: QtBot, view: PlanView, plan: PlanService, goal_id: int
) -> None:
    """At 800x600 a cell has room for one line: a day with a check-in and a task showed
    the second line cut in half."""
    plan.add_task(
        goal_id,
        TaskDraft(
            title="Answer every message",
            rrule="FREQ=WEEKLY;BYDAY=WE",  # on the check-in's day (the goal started on a Wednesday)
            start_date=TODAY - timedelta(days=14),
            start_time=time(10),
            duration_minutes=30,
        ),
    )
    view.refresh()  # added behind the view's back
    qtbot.mouseClick(view.month_button, Qt.MouseButton.LeftButton)
    view.resize(780, 470)  # the Plan tab of a maximised window on an 800x600 screen
    settle()
    cell = next(c for c in view.month.cells if c.day == TODAY)
    room = cell.items.height() // cell.items.fontMetrics().lineSpacing()
    assert room == 1, "the size this test is about"
    assert cell.items.text().count("<br>") + 1 == room
    assert "2 entries" in cell.items.text()  # not "+2 more" after nothing
    view.resize(1000, 700)
    settle()
    assert cell.items.text().count("<br>") == 1  # both lines have room again
    assert "Check-in" in cell.items.text()
    assert "10:00 Answer" in cell.items.text().replace("</span>", "")


def test_add_edit_pause_delete_tasks(
    qtbot: QtBot,
    view: PlanView,
    plan: PlanService,
    goal_id: int,
    task_id: int,
    answers: Answers,
) -> None:
    plan.mark(task_id, date(2026, 11, 10), TaskOutcome.DONE)
    new = TaskDraft(
        title="Clean up who we follow",
        rrule="FREQ=WEEKLY;BYDAY=TH",
        start_date=TODAY,
        start_time=time(8),
        duration_minutes=60,
    )
    answers.task = (goal_id, new)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    added = next(t.id for t in plan.tasks() if t.title == "Clean up who we follow")
    assert view.card(added, date(2026, 11, 19)) is not None

    # Move the chat to Wednesdays: last week's tick stays with the old days.
    view.select_task(task_id)
    moved = TaskDraft(
        title="Join the industry Twitter chat",
        rrule="FREQ=WEEKLY;BYDAY=WE",
        start_date=TODAY - timedelta(days=14),
        start_time=time(11),
        duration_minutes=60,
    )
    answers.task = (goal_id, moved)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert _outcome(plan, task_id, date(2026, 11, 10)) is TaskOutcome.DONE
    assert "ended" in (view.task_row(task_id) or [""])[1]
    wednesday = next(t.id for t in plan.tasks() if "BYDAY=WE" in t.rrule)
    assert view.card(wednesday, TODAY) is not None

    view.select_task(added)
    qtbot.mouseClick(view.pause_button, Qt.MouseButton.LeftButton)
    assert view.card(added, date(2026, 11, 19)) is None
    assert (view.task_row(added) or [""])[1].startswith("paused")
    assert view.pause_button.text() == "Resume"

    answers.questions.clear()
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert answers.questions[0][0] == "Delete task"
    assert added not in {t.id for t in plan.tasks()}


def test_a_due_occurrence_raises_a_reminder_once(qtbot: QtBot, plan: PlanService, task_id: int) -> None:
    clock = [datetime(2026, 11, 24, 10, 40)]
    notifier = FakeNotifier()
    controller = ReminderController(plan, notifier, now=lambda: clock[0], interval_ms=20)
    controller.start()
    qtbot.waitUntil(lambda: bool(notifier.calls))
    assert [title for title, _ in notifier.calls] == ["Check-in due"]  # the weekly check-in
    clock[0] = datetime(2026, 11, 24, 10, 53)
    qtbot.waitUntil(lambda: len(notifier.calls) == 2)
    assert notifier.calls[1][0] == "Join the industry Twitter chat in 7 min"
    assert "11:00-12:00" in notifier.calls[1][1]
    controller.stop()
    # After a restart: nothing is repeated.
    again = FakeNotifier()
    restarted = ReminderController(plan, again, now=lambda: clock[0])
    assert restarted.check_now() == []
    assert again.calls == []


def test_the_banner_shows_reminders_without_a_tray(qtbot: QtBot, plan: PlanService, task_id: int) -> None:
    view = PlanView(plan, answering(), today=lambda: TODAY, now=lambda: datetime(2026, 11, 17, 10, 55))
    qtbot.addWidget(view)
    view.reminders.check_now()
    assert view.banner.isVisibleTo(view)
    assert "Join the industry Twitter chat in 5 min" in view.banner.label.text()
    dismiss = view.banner.findChild(QToolButton, "dismissBanner")
    assert dismiss is not None
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert not view.banner.isVisibleTo(view)


def test_export_from_the_view(view: PlanView, tmp_path: Path, answers: Answers) -> None:
    result = view.export_calendar(tmp_path / "plan.ics")
    shown = [text for _title, text in answers.infos]
    assert result is not None
    assert (tmp_path / "plan.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "importing it again later updates the same events" in shown[0]
    assert shown[0].startswith("Saved 1 task and the check-ins of 1 goal to ")
    assert "(s)" not in shown[0]


def test_adherence_panel(qtbot: QtBot, plan: PlanService, goal_id: int, task_id: int) -> None:
    panel = AdherencePanel(plan, goal_id, lambda: TODAY)
    qtbot.addWidget(panel)
    assert panel.short_label.text() == "0% (0 of 2)"
    plan.mark(task_id, TUESDAY, TaskOutcome.DONE)
    panel.set_goal(goal_id)
    assert panel.short_label.text() == "50% (1 of 2)"
    assert panel.streak_label.text() == "1 done in a row"
    panel.set_goal(None)
    assert panel.short_label.text() == "—"


def test_task_editor_composes_the_rule(qtbot: QtBot) -> None:
    editor = TaskEditor([(1, "Grow sign-ups")], None, TODAY)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title, "Review the month")
    editor.repeat.setCurrentIndex(repeat_form.MONTHLY_NTH)
    editor.nth.setCurrentIndex(editor.nth.findData(-1))
    editor.nth_day.setCurrentIndex(4)
    assert editor.rule() == "FREQ=MONTHLY;BYDAY=-1FR"
    assert "Monthly on the last Friday" in editor.summary.text()
    editor.repeat.setCurrentIndex(repeat_form.WEEKLY)
    for box in editor.day_boxes.values():
        box.setChecked(False)
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()
    assert "Tick at least one day" in editor.error.text()
    editor.day_boxes["TU"].setChecked(True)
    editor.day_boxes["TH"].setChecked(True)
    editor.interval.setValue(2)
    assert editor.draft().rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"
    assert editor.goal_id() == 1


def test_task_editor_refuses_a_typed_rule_in_words(qtbot: QtBot) -> None:
    editor = TaskEditor([(1, "Grow sign-ups")], None, TODAY)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title, "Review the month")
    editor.repeat.setCurrentIndex(repeat_form.CUSTOM)
    editor.custom.clear()
    qtbot.keyClicks(editor.custom, "FREQ=WEEKLY;INTERVAL=0")
    assert "INTERVAL must be a whole number from 1 to 99" in editor.error.text()
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()
    editor.custom.clear()
    qtbot.keyClicks(editor.custom, "FREQ=WEEKLY;INTERVAL=3")
    assert editor.error.text() == ""
    assert editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()


def test_task_editor_opens_a_stored_rule_that_no_longer_passes(
    qtbot: QtBot, plan: PlanService, task_id: int
) -> None:
    task = next(t for t in plan.tasks() if t.id == task_id)
    broken = dataclasses.replace(task, rrule="FREQ=DAILY;UNTIL=1")
    editor = TaskEditor(plan.active_goals(), broken, TODAY)
    qtbot.addWidget(editor)
    assert editor.repeat.currentIndex() == repeat_form.CUSTOM
    assert editor.custom.text() == "FREQ=DAILY;UNTIL=1"
    assert "UNTIL must be a date" in editor.error.text()
    editor.has_end.setChecked(True)
    editor.end_date.setDate(editor.end_date.maximumDate().addYears(5))
    assert editor.end_date.date().year() == 2999


def test_task_editor_reads_an_existing_rule(qtbot: QtBot, plan: PlanService, task_id: int) -> None:
    task = next(t for t in plan.tasks() if t.id == task_id)
    editor = TaskEditor(plan.active_goals(), task, TODAY)
    qtbot.addWidget(editor)
    assert editor.repeat.currentIndex() == repeat_form.WEEKLY
    assert [c for c, b in editor.day_boxes.items() if b.isChecked()] == ["TU"]
    assert editor.draft().rrule == task.rrule


def test_the_view_follows_midnight(qtbot: QtBot, plan: PlanService, task_id: int) -> None:
    clock = [date(2026, 11, 22)]  # Sunday
    view = PlanView(plan, answering(), today=lambda: clock[0])
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.period()[0] == date(2026, 11, 16)
    clock[0] = date(2026, 11, 23)
    view.reminders.timer.timeout.emit()
    assert view.period()[0] == date(2026, 11, 23)
    assert view.card(task_id, date(2026, 11, 24)) is not None


def test_the_menu_action_asks_where_and_exports(view: PlanView, tmp_path: Path, answers: Answers) -> None:
    answers.save_path = tmp_path / "mine.ics"
    action = export_plan_action(lambda: view, view, can_export=view.can_export)
    assert action.isEnabled()
    action.trigger()
    assert (tmp_path / "mine.ics").exists()


def test_a_stored_rule_that_no_longer_passes_shows_and_the_export_says_it_left_it_out(
    qtbot: QtBot,
    plan: PlanService,
    task_id: int,
    db: Database,
    tmp_path: Path,
) -> None:
    # Written straight into the file, as an older SmartGoals or a hand edit could have.
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE task SET rrule = 'FREQ=WEEKLY;INTERVAL=0' WHERE id = ?", (task_id,))
    answers = Answers()
    widget = PlanView(
        plan,
        answering(answers),
        today=lambda: TODAY,
        notifier=FakeNotifier(),
        exporter=partial(export_plan, db),
    )
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    item = widget.tasks.topLevelItem(0)
    assert item is not None
    assert "Repeat rule not readable" in item.text(1)
    assert "INTERVAL must be a whole number" in item.text(1)
    result = widget.export_calendar(tmp_path / "plan.ics")
    shown = [text for _title, text in answers.infos]
    assert result is not None
    assert result.left_out == 1
    assert "Left out one task whose repeat rule SmartGoals cannot read" in shown[0]


def test_export_failure_is_shown(view: PlanView, tmp_path: Path, answers: Answers) -> None:
    assert view.export_calendar(tmp_path / "missing" / "plan.ics") is None
    assert "does not exist" in answers.errors[0][1]


def test_the_plan_is_read_when_first_shown_not_when_built(
    qtbot: QtBot, plan: PlanService, task_id: int, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[date, date]] = []
    real = plan.occurrences

    def counted(start: date, end: date, **options: Any) -> list[TaskOccurrence]:
        calls.append((start, end))
        return real(start, end, **options)

    monkeypatch.setattr(plan, "occurrences", counted)
    widget = PlanView(
        plan, answering(), today=lambda: TODAY, notifier=FakeNotifier(), exporter=partial(export_plan, db)
    )
    qtbot.addWidget(widget)
    assert calls == []  # building the main window does not expand every rule
    widget.show()
    qtbot.waitExposed(widget)
    assert calls


def test_the_repeat_unit_follows_the_number(qtbot: QtBot) -> None:
    from smartgoals_app.ui.plan.task_editor import TaskEditor

    editor = TaskEditor([(1, "Grow the newsletter")], None, TODAY)
    qtbot.addWidget(editor)
    editor.interval.setValue(1)
    assert editor.interval_unit.text() == "week"
    editor.interval.setValue(2)
    assert editor.interval_unit.text() == "weeks"


def test_tab_leaves_a_date_field_of_the_task_editor(qtbot: QtBot) -> None:
    from smartgoals_app.ui.plan.task_editor import TaskEditor

    editor = TaskEditor([(1, "Grow the newsletter")], None, TODAY)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    editor.start_date.setFocus()
    assert editor.start_date.hasFocus()
    qtbot.keyClick(editor.start_date, Qt.Key.Key_Tab)
    assert not editor.start_date.hasFocus(), "Tab walked day/month/year instead of leaving"


def test_a_long_title_in_a_narrow_month_cell_ends_in_an_ellipsis(
    qtbot: QtBot, view: PlanView, task_id: int
) -> None:
    qtbot.mouseClick(view.month_button, Qt.MouseButton.LeftButton)
    cell = next(c for c in view.month.cells if c.day == date(2026, 11, 24))
    cell.resize(90, cell.height())
    assert "…" in cell.items.text()
    assert "Join the industry Twitter chat" not in cell.items.text()
    assert "Join the industry Twitter chat" in cell.toolTip()  # the whole title is a hover away


class FailingOnce(PlanService):
    """Recording a reminder fails once (a busy database), then works."""

    failed = False

    def mark_reminded(self, reminder: Reminder) -> None:
        if not self.failed:
            self.failed = True
            raise StorageError("The database is busy.")
        super().mark_reminded(reminder)


def test_a_reminder_whose_record_failed_is_shown_once_not_every_check(
    db: Database, plan: PlanService, task_id: int
) -> None:
    notifier = FakeNotifier()
    flaky = FailingOnce(db, today=lambda: TODAY)
    controller = ReminderController(flaky, notifier, now=lambda: datetime(2026, 11, 24, 10, 40))
    assert controller.check_now() == []  # not recorded: not shown, tried again next time
    assert notifier.calls == []
    assert [r.title for r in controller.check_now()] == ["Check-in due"]
    assert controller.check_now() == []
    assert [title for title, _ in notifier.calls] == ["Check-in due"]


def test_a_checkin_logged_elsewhere_shows_at_once(
    qtbot: QtBot, view: PlanView, db: Database, goal_id: int
) -> None:
    card = next(c for c in view.week.checkin_cards if c.checkin.day == TODAY)
    assert card.log_button is not None
    MeasurementService(db, today=lambda: TODAY).log(goal_id, TODAY, 120.0, "")
    view.ops.bus.announce(Change.MEASUREMENTS)  # as the dashboard's check-in does
    card = next(c for c in view.week.checkin_cards if c.checkin.day == TODAY)
    assert card.log_button is None
    assert card.checkin.done


def test_a_change_elsewhere_the_tab_does_not_show_reads_nothing(
    view: PlanView, plan: PlanService, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []

    def counted(*args: Any) -> list[TaskRecord]:
        calls.append(args)
        return []

    monkeypatch.setattr(plan, "tasks", counted)
    view.ops.bus.announce(Change.REVIEWS)
    assert calls == []


def test_ticking_a_task_deleted_meanwhile_says_so_once(
    qtbot: QtBot, view: PlanView, plan: PlanService, task_id: int, answers: Answers
) -> None:
    card = view.card(task_id, TUESDAY)
    assert card is not None
    assert card.done_button is not None
    plan.delete_task(task_id)  # in another window, say
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    assert answers.errors == [("Could not save", "That task was deleted meanwhile.")]
    assert view.card(task_id, TUESDAY) is None  # what is there now is drawn
    assert view.task_row(task_id) is None


def test_the_task_editor_takes_the_shortest_task_the_domain_allows(qtbot: QtBot) -> None:
    editor = TaskEditor([(1, "Grow the newsletter")], None, TODAY)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title, "Reply to the mentions")
    editor.duration.selectAll()
    qtbot.keyClicks(editor.duration, "1")
    assert editor.draft().duration_minutes == 1  # a one-minute check, as the domain allows
    assert editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()


def test_the_task_editor_shows_weekdays_as_the_days_ticked(
    qtbot: QtBot, plan: PlanService, task_id: int
) -> None:
    """The wizard's "every weekday" rule opens as the same days ticked, not as a raw rule."""
    task = next(t for t in plan.tasks() if t.id == task_id)
    weekdays = dataclasses.replace(task, rrule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR")
    editor = TaskEditor(plan.active_goals(), weekdays, TODAY)
    qtbot.addWidget(editor)
    assert editor.repeat.currentIndex() == repeat_form.WEEKLY
    assert [c for c, b in editor.day_boxes.items() if b.isChecked()] == ["MO", "TU", "WE", "TH", "FR"]
