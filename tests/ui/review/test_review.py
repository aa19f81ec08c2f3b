"""The review, driven like a person: the banner on a goal past its deadline, the review
dialog by keys and clicks, and what each ending stores."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from smartgoals_app.domain.enums import TaskOutcome
from smartgoals_app.domain.review import NextStep
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Review, TargetChange
from smartgoals_app.ui import i18n
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import ChangeBus, Operations
from smartgoals_app.ui.review.action import add_review
from smartgoals_app.ui.review.banner import ReviewBanner
from smartgoals_app.ui.review.dialog import ReviewDialog
from tests.factories import signups_draft
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.prompts import RecordingPrompts

TODAY = date(2026, 11, 22)
START = TODAY - timedelta(days=100)
DEADLINE = START + timedelta(days=90)  # 12 Nov 2026


def past_goal(db: Database) -> int:
    """120 sign-ups at the start, benchmark 200, stretch 300; 150, 170, 210 logged."""
    goal_id = GoalService(db, today=lambda: START).save(signups_draft(START, deadline=DEADLINE))
    log = MeasurementService(db, today=lambda: TODAY)
    log.log(goal_id, START + timedelta(days=30), 150, "Teasers started")
    log.log(goal_id, START + timedelta(days=60), 170, "")
    log.log(goal_id, DEADLINE, 210, "Giveaway week")
    plan = PlanService(db, today=lambda: TODAY)
    task = plan.tasks(goal_id)[0]
    for occurrence in plan.occurrences(START, START + timedelta(days=30), goal_id=goal_id):
        plan.mark(task.id, occurrence.day, TaskOutcome.DONE)
    return goal_id


class Reviewing:
    def __init__(self, qtbot: QtBot, db: Database) -> None:
        self.goal_id = past_goal(db)
        services = Services(db, TODAY)
        self.prompts = RecordingPrompts()
        ops = Operations(ChangeBus(), self.prompts)  # the window's own: it hears the review
        self.window: MainWindow = make_window(qtbot, services, db, TODAY, ops=ops)
        reviews = ReviewService(db, goals=services.goals, plan=services.plan, today=lambda: TODAY)
        self.banner: ReviewBanner = add_review(self.window, reviews=reviews, ops=ops, today=lambda: TODAY)
        self.window.select_goal(self.goal_id)
        self.qtbot = qtbot
        self.db = db

    def open_by_click(self) -> ReviewDialog:
        self.qtbot.mouseClick(self.banner.button, Qt.MouseButton.LeftButton)
        return self._dialog()

    def open_by_keys(self) -> ReviewDialog:
        self.qtbot.keyClick(
            self.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        return self._dialog()

    def _dialog(self) -> ReviewDialog:
        self.qtbot.waitUntil(lambda: self.banner.dialog is not None and self.banner.dialog.isVisible())
        dialog = self.banner.dialog
        assert dialog is not None
        dialog.activateWindow()
        self.qtbot.waitUntil(dialog.isActiveWindow)  # keys go where a person's would
        return dialog

    def reviews(self) -> list[Review]:
        with self.db.reading() as session:
            return list(session.exec(select(Review)).all())


@pytest.fixture
def reviewing(qtbot: QtBot, db: Database) -> Reviewing:
    return Reviewing(qtbot, db)


def alt(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    """Alt and a key, pressed where the keyboard focus is (as a person's keys arrive)."""
    qtbot.keyClick(QApplication.focusWidget() or widget, key, Qt.KeyboardModifier.AltModifier)


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def test_a_goal_past_its_deadline_asks_for_its_review(reviewing: Reviewing) -> None:
    banner = reviewing.banner
    assert banner.isVisible()
    assert "This goal reached its deadline on 12 Nov 2026" in banner.label.text()
    dialog = reviewing.open_by_click()
    rows = dialog.summary.rows
    assert rows["final"].text() == "210 sign-ups on 12 Nov 2026"
    assert rows["change"].text() == "+90 sign-ups (+75%)"
    assert rows["benchmark"].text() == "113% of the way, reached"  # 90 of 80
    assert rows["stretch"].text() == "50% of the way, missed"  # 90 of 180
    assert rows["plan"].text() == "8 of 26 planned tasks done (31%)"
    notes = dialog.summary.notes.text()
    assert notes.index("Teasers started") < notes.index("Giveaway week")
    assert "Too few check-ins to tell yet: 1 periods" in dialog.summary.tasks.text()
    assert dialog.outcome.currentText() == "Benchmark reached"  # suggested
    assert not dialog.save_button.isEnabled()  # until a next step is chosen


def test_repeat_by_keyboard_starts_from_the_final_figure(reviewing: Reviewing) -> None:
    qtbot = reviewing.qtbot
    dialog = reviewing.open_by_keys()
    alt(qtbot, dialog, Qt.Key.Key_W)
    assert dialog.worked.hasFocus()
    qtbot.keyClicks(dialog.worked, "Teasers twice a week")
    qtbot.keyClick(dialog.worked, Qt.Key.Key_Tab)
    assert dialog.did_not.hasFocus()  # Tab leaves the notes
    qtbot.keyClicks(dialog.did_not, "Paid ads")
    alt(qtbot, dialog, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: dialog.chosen_step() is NextStep.REPEAT)  # a mnemonic clicks a moment later
    alt(qtbot, dialog, Qt.Key.Key_B)
    assert dialog.benchmark.hasFocus()
    qtbot.keyClick(dialog.benchmark, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.benchmark, "290")
    qtbot.keyClick(dialog.benchmark, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [review] = reviewing.reviews()
    assert (review.next_step, review.what_worked, review.what_did_not) == (
        "repeat",
        "Teasers twice a week",
        "Paid ads",
    )
    assert review.outcome == "benchmark_reached"
    with reviewing.db.reading() as session:
        new = session.get(Goal, review.next_goal_id)
        assert new is not None
        assert (new.baseline_value, new.baseline_date, new.benchmark_target) == (210, DEADLINE, 290)
        assert new.stretch_target == pytest.approx(340.5)
    # The window shows the repeat, and the old goal shows its stored review.
    assert reviewing.window.current_goal_id() == review.next_goal_id
    reviewing.window.select_goal(reviewing.goal_id)
    assert "Reviewed on 22 Nov 2026: Benchmark reached" in reviewing.banner.label.text()
    assert "Teasers twice a week" in reviewing.banner.label.text()


def test_raise_keeps_the_old_targets(reviewing: Reviewing) -> None:
    qtbot = reviewing.qtbot
    dialog = reviewing.open_by_click()
    raise_button = dialog.step_buttons[NextStep.RAISE]
    # On its round mark: the row is wider than the words, and only they take a click.
    qtbot.mouseClick(raise_button, Qt.MouseButton.LeftButton, pos=QPoint(8, raise_button.height() // 2))
    type_into(qtbot, dialog.benchmark, "260")
    type_into(qtbot, dialog.stretch, "350")
    type_into(qtbot, dialog.deadline, "2027-01-31")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert reviewing.prompts.errors == []
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with reviewing.db.reading() as session:
        change = session.exec(select(TargetChange)).one()
        goal = session.get(Goal, reviewing.goal_id)
        assert goal is not None
        assert (change.old_benchmark, change.old_stretch, change.new_benchmark, change.new_stretch) == (
            200,
            300,
            260,
            350,
        )
        assert (change.old_deadline, change.new_deadline) == (DEADLINE, date(2027, 1, 31))
        assert (goal.benchmark_target, goal.stretch_target, goal.status) == (260, 350, "active")
    assert [r.next_step for r in reviewing.reviews()] == ["raise"]
    # Not due any more (the deadline moved); the stored review still shows.
    text = reviewing.banner.label.text()
    assert "reached its deadline" not in text
    assert "Reviewed on 22 Nov 2026" in text


def test_notes_that_cannot_be_stored_are_refused_and_the_dialog_stays(reviewing: Reviewing) -> None:
    qtbot = reviewing.qtbot
    dialog = reviewing.open_by_click()
    dialog.worked.setPlainText("pasted \x07 bell")
    alt(qtbot, dialog, Qt.Key.Key_L)  # Close
    qtbot.waitUntil(lambda: dialog.chosen_step() is NextStep.CLOSE)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert len(reviewing.prompts.errors) == 1
    assert "invisible control character" in reviewing.prompts.errors[0].text
    assert reviewing.reviews() == []
    dialog.worked.setPlainText("Giveaways")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [review] = reviewing.reviews()
    assert (review.next_step, review.what_worked) == ("close", "Giveaways")
    with reviewing.db.reading() as session:
        goal = session.get(Goal, reviewing.goal_id)
        assert goal is not None
        assert goal.status == "archived"


def test_a_target_that_is_not_a_number_is_named(reviewing: Reviewing) -> None:
    qtbot = reviewing.qtbot
    dialog = reviewing.open_by_click()
    alt(qtbot, dialog, Qt.Key.Key_A)  # Raise
    qtbot.waitUntil(lambda: dialog.chosen_step() is NextStep.RAISE)
    type_into(qtbot, dialog.benchmark, "lots")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.target_error.isVisible()
    assert dialog.target_error.text().startswith("Benchmark:")
    assert reviewing.reviews() == []


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_dialog_and_the_banner_pass_the_label_audit_at_800_by_600(
    qapp: QApplication, db: Database, qtbot: QtBot, language: str
) -> None:
    """Alt keys unique, every field named by its label, nothing cut, at the smallest
    screen (the dialog scrolls), in English and in German."""

    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.German)) if language == "de" else []
    try:
        _audit_both(Reviewing(qtbot, db))
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def _audit_both(reviewing: Reviewing) -> None:
    from tests.ui.label_audit import audit

    reviewing.window.resize(800, 600)
    assert audit(reviewing.window) == []  # the banner's words and its Alt+V
    dialog = reviewing.open_by_click()
    dialog.resize(800, 560)
    dialog.step_buttons[NextStep.RAISE].setChecked(True)
    reviewing.qtbot.waitUntil(lambda: dialog.targets.isEnabled())
    assert audit(dialog) == []


def test_the_chart_marks_the_final_figure_after_the_deadline(reviewing: Reviewing) -> None:
    chart = reviewing.window.detail.chart
    _xs, ys = chart.final.getData()
    assert list(ys) == [210]
    assert "Final figure" in [label.text for _sample, label in chart.legend.items]
    _xs, level = chart.after_benchmark.getData()
    assert list(level) == [200, 200]
