"""Every word of the Plan tab reaches the translator: week and month views, the task list,
the adherence panel, the task editor, the skip note, reminders (banner, tray, notifications),
the calendar export and the message boxes; dates in the user's locale.

See tests/ui/i18n_audit.py: with a pseudo-language installed, anything still in plain
English was never wrapped for translation. Words the services make (schedule
descriptions, reminder headings, validation, io and storage messages) are checked in the
last section, "words the services make"; the tests before it allow those words, so a
failure there points at this tab's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.schedule import summary
from smartgoals_app.domain.validation import NotFoundError
from smartgoals_app.io.export_plan import export_plan
from smartgoals_app.services.plan import PlanService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui import dialogs
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.icons import app_icon
from smartgoals_app.ui.operations import ChangeBus, DialogPrompts, Operations
from smartgoals_app.ui.plan import controller as words
from smartgoals_app.ui.plan import repeat_form
from smartgoals_app.ui.plan.actions import export_plan_action
from smartgoals_app.ui.plan.adherence_panel import AdherencePanel
from smartgoals_app.ui.plan.controller import Mode
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.plan.reminders import ReminderController, make_tray
from smartgoals_app.ui.plan.task_editor import TaskEditor
from tests.ui.i18n_audit import (
    OPEN,
    Boxes,
    is_foreign,
    pseudo_language,
    untranslated,
    user_data,
)
from tests.ui.prompts import Answers, answering

Known = set[tuple[str, str]]

# Repeat-rule syntax shown as an example of the "Custom rule" field: not words to translate.
RRULE_EXAMPLE = "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
# Demo today is Sunday 22 November 2026; the chat task is on Tuesdays at 11:00.
BEFORE_THE_CHAT = datetime(2026, 11, 24, 10, 55)


class FakeNotifier:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> None:
        self.calls.append((title, message))


@pytest.fixture
def plan(db: Database, today: date, demo_ids: list[int]) -> PlanService:
    return PlanService(db, today=lambda: today)


@pytest.fixture
def allowed(db: Database, demo_ids: list[int]) -> set[str]:
    """The demo's own texts (goal and task titles, notes)."""
    return user_data(db.path)


@pytest.fixture
def pseudo(known_messages: Known) -> Iterator[None]:
    with pseudo_language(known_messages):
        yield


@pytest.fixture
def answers() -> Answers:
    """Every message box, in order, as (kind, title, text); questions are answered yes."""
    return Answers()


@pytest.fixture
def boxes(answers: Answers) -> Boxes:
    return answers.boxes


def _view(
    qtbot: QtBot,
    plan: PlanService,
    db: Database,
    today: date,
    answers: Answers | None = None,
    **extra: object,
) -> PlanView:
    view = PlanView(
        plan,
        answering(answers),
        today=lambda: today,
        exporter=partial(export_plan, db),
        **extra,  # type: ignore[arg-type]
    )
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()  # the Plan tab fills itself when first shown
    qtbot.waitExposed(view)
    return view


def _foreign_boxes(shown: Boxes, allowed: set[str]) -> list[tuple[str, str, str]]:
    return [
        (kind, title, text)
        for kind, title, text in shown
        if is_foreign(title, allowed) or is_foreign(text, allowed)
    ]


def _summaries(plan: PlanService) -> set[str]:
    """The services' schedule descriptions, in English."""
    return {str(task.summary) for task in plan.tasks()}


# -- the tab's own words -------------------------------------------------------------


def test_week_view_is_translatable(
    qtbot: QtBot, pseudo: None, plan: PlanService, db: Database, today: date, allowed: set[str]
) -> None:
    view = _view(qtbot, plan, db, today, notifier=FakeNotifier())
    assert view.week.cards  # the demo fills the week
    assert view.week.checkin_cards
    assert OPEN in view.period_label.text()
    assert untranslated(view, allowed | _summaries(plan)) == []


def test_the_buttons_of_done_and_skipped_items_are_translatable(
    qtbot: QtBot, pseudo: None, plan: PlanService, db: Database, today: date, allowed: set[str]
) -> None:
    view = _view(qtbot, plan, db, today, notifier=FakeNotifier())
    view.select_task(plan.tasks()[0].id)
    view.toggle_pause(plan.tasks()[0].id)  # "Resume", and a "paused · …" row
    for card in view.week.cards:
        if card.done_button is not None:
            card.done_button.click()  # "Undo" on the card afterwards
            break
    assert any(card.undo_button is not None for card in view.week.cards)
    assert OPEN in view.pause_button.text()
    assert untranslated(view, allowed | _summaries(plan)) == []


def test_month_view_is_translatable(
    qtbot: QtBot, pseudo: None, plan: PlanService, db: Database, today: date, allowed: set[str]
) -> None:
    view = _view(qtbot, plan, db, today, notifier=FakeNotifier())
    qtbot.mouseClick(view.month_button, Qt.MouseButton.LeftButton)
    assert view.mode is Mode.MONTH
    assert any(cell.items.text() for cell in view.month.cells)
    assert untranslated(view.month, allowed) == []
    assert untranslated(view, allowed | _summaries(plan)) == []


def test_adherence_panel_is_translatable(
    qtbot: QtBot, pseudo: None, plan: PlanService, today: date, demo_ids: list[int], allowed: set[str]
) -> None:
    panel = AdherencePanel(plan, demo_ids[1], lambda: today)
    qtbot.addWidget(panel)
    assert untranslated(panel, allowed) == []
    assert OPEN in panel.title()
    assert all(OPEN in label.text() for label in (panel.short_label, panel.long_label, panel.streak_label))


def test_task_editor_is_translatable_with_its_own_error(
    qtbot: QtBot, pseudo: None, plan: PlanService, today: date, allowed: set[str]
) -> None:
    editor = TaskEditor(plan.active_goals(), None, today)
    qtbot.addWidget(editor)
    editor.title.setText("Answer the reviews")
    editor.repeat.setCurrentIndex(repeat_form.WEEKLY)
    for box in editor.day_boxes.values():
        box.setChecked(False)
    assert OPEN in editor.error.text()  # "Tick at least one day of the week."
    assert untranslated(editor, allowed | {RRULE_EXAMPLE}) == []
    assert OPEN in editor.windowTitle()
    assert OPEN in editor.monthday.prefix()
    assert OPEN in editor.duration.suffix()
    for mode in (repeat_form.DAILY, repeat_form.WEEKLY, repeat_form.MONTHLY_DAY, repeat_form.MONTHLY_NTH):
        editor.repeat.setCurrentIndex(mode)
        assert OPEN in editor.interval_unit.text()


def test_task_editor_without_a_goal_says_so_translatably(
    qtbot: QtBot, pseudo: None, plan: PlanService, today: date, allowed: set[str]
) -> None:
    task = plan.tasks()[0]
    editor = TaskEditor([], task, today)
    qtbot.addWidget(editor)
    assert OPEN in editor.windowTitle()  # "Edit task"
    assert OPEN in editor.error.text()  # "Create a goal first: every task serves one."
    draft = editor.draft()
    english = summary(
        draft.rrule,
        start_time=draft.start_time,
        duration_minutes=draft.duration_minutes,
        start_date=draft.start_date,
    )
    assert untranslated(editor, allowed | {str(english), RRULE_EXAMPLE}) == []


def test_skip_dialog_is_translatable(qtbot: QtBot, pseudo: None, allowed: set[str]) -> None:
    title = "Join the industry Twitter chat"
    dialog = dialogs.text_dialog(None, localize(words.SKIP_TITLE), localize(words.skip_question(title)))
    qtbot.addWidget(dialog)
    assert OPEN in dialog.windowTitle()
    assert OPEN in dialog.labelText()
    assert untranslated(dialog, allowed) == []


def test_the_skip_dialog_returns_the_note(qtbot: QtBot) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("At the trade fair")
        dialog.accept()

    QTimer.singleShot(0, answer)
    asked = DialogPrompts().ask_text(None, "Skip this time", "Why?")
    assert asked == "At the trade fair"


def test_reminder_banner_is_translatable(
    qtbot: QtBot, pseudo: None, plan: PlanService, db: Database, today: date, allowed: set[str]
) -> None:
    view = _view(qtbot, plan, db, today, now=lambda: BEFORE_THE_CHAT)
    due = view.reminders.check_now()
    assert due
    assert view.banner.isVisibleTo(view)
    service_words = {str(r.title) for r in due} | {str(r.message) for r in due}
    assert untranslated(view.banner, allowed | service_words) == []


def test_tray_menu_is_translatable(qtbot: QtBot, pseudo: None, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    tray = make_tray(window, app_icon(), settings, quit=lambda: None)
    menu = tray.contextMenu()
    assert menu is not None
    entries = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert len(entries) == 3  # Show, Keep running in the tray, Quit
    assert [text for text in [tray.toolTip(), *entries] if is_foreign(text, ())] == []


def test_plan_message_boxes_are_translatable(
    qtbot: QtBot,
    pseudo: None,
    plan: PlanService,
    db: Database,
    today: date,
    allowed: set[str],
    answers: Answers,
    boxes: Boxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = _view(qtbot, plan, db, today, answers, notifier=FakeNotifier())
    # Export: saved, and where.
    assert view.export_calendar(tmp_path / "plan.ics") is not None
    # A task deleted meanwhile.
    card = next(c for c in view.week.cards if c.done_button is not None)

    def gone(*_args: object) -> None:
        raise NotFoundError("task", card.occurrence.task_id)

    with monkeypatch.context() as patched:
        patched.setattr(plan, "mark", gone)
        card.done_button.click()  # type: ignore[union-attr]
    # Delete a task (answered yes).
    view.select_task(card.occurrence.task_id)
    view.delete_button.click()
    # No goal to add a task to.
    monkeypatch.setattr(plan, "active_goals", list)
    view.add_task()

    assert [kind for kind, _, _ in boxes] == ["info", "error", "question", "info"]
    # The path and the time zone's name (a tz database id) are not words to translate.
    assert _foreign_boxes(boxes, allowed | {str(tmp_path / "plan.ics"), "Etc/UTC"}) == []


def test_calendar_export_dialog_and_action_are_translatable(
    qtbot: QtBot,
    pseudo: None,
    plan: PlanService,
    db: Database,
    today: date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, str]] = []
    # The real prompts here: the save dialog's own words are what is checked.

    def save_name(_parent: QWidget | None, caption: str, _folder: str, filters: str) -> tuple[str, str]:
        asked.append((caption, filters))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    view = PlanView(
        plan, Operations(ChangeBus(), DialogPrompts()), today=lambda: today, exporter=partial(export_plan, db)
    )
    qtbot.addWidget(view)
    action = export_plan_action(lambda: view, view, can_export=view.can_export)
    action.trigger()
    assert len(asked) == 1
    caption, filters = asked[0]
    assert OPEN in caption
    assert filters.startswith(OPEN)
    assert filters.endswith("(*.ics)⟧")  # the pattern stays inside the translation
    assert [text for text in (action.text(), action.toolTip()) if is_foreign(text, ())] == []


# -- words the services make ----------------------------------------------------------


def test_schedule_descriptions_in_the_task_list_are_translated(
    qtbot: QtBot, pseudo: None, plan: PlanService, db: Database, today: date, allowed: set[str]
) -> None:
    view = _view(qtbot, plan, db, today, notifier=FakeNotifier())
    assert untranslated(view, allowed) == []


def test_task_editor_summary_and_validation_are_translated(
    qtbot: QtBot, pseudo: None, plan: PlanService, today: date, allowed: set[str]
) -> None:
    editor = TaskEditor(plan.active_goals(), None, today)
    qtbot.addWidget(editor)
    editor.title.setText("Answer the reviews")
    editor.start_time.setTime(QTime(23, 30))
    editor.duration.setValue(60)  # runs past midnight: the domain's validation says so
    assert editor.summary.text()
    assert editor.error.text()
    assert untranslated(editor, allowed | {RRULE_EXAMPLE}) == []


def test_reminder_words_are_translated(
    qtbot: QtBot, pseudo: None, plan: PlanService, db: Database, today: date, allowed: set[str]
) -> None:
    view = _view(qtbot, plan, db, today, now=lambda: BEFORE_THE_CHAT)
    assert view.reminders.check_now()
    assert untranslated(view.banner, allowed) == []

    notifier = FakeNotifier()
    a_week_later = datetime(2026, 12, 1, 10, 55)  # the next chat, not reminded yet
    controller = ReminderController(plan, notifier, now=lambda: a_week_later)
    assert controller.check_now()
    assert [
        (title, text)
        for title, text in notifier.calls
        if is_foreign(title, allowed) or is_foreign(text, allowed)
    ] == []


def test_plan_error_messages_are_translated(
    qtbot: QtBot,
    pseudo: None,
    plan: PlanService,
    db: Database,
    today: date,
    allowed: set[str],
    answers: Answers,
    boxes: Boxes,
    tmp_path: Path,
) -> None:
    view = _view(qtbot, plan, db, today, answers, notifier=FakeNotifier())
    # The io layer's reason: the folder does not exist.
    assert view.export_calendar(tmp_path / "missing" / "plan.ics") is None
    # The service refuses a note that is far too long.
    card = next(c for c in view.week.cards if c.skip_button is not None)
    answers.text = "x" * 100_000
    card.skip_button.click()  # type: ignore[union-attr]
    # The service refuses a task without a title.
    answers.task = (
        plan.active_goals()[0][0],
        TaskDraft(title="", rrule="FREQ=DAILY", start_date=today, start_time=time(9), duration_minutes=30),
    )
    view.add_task()
    assert [kind for kind, _, _ in boxes if kind != "question"] == ["error", "error", "error"]
    # The paths in "Cannot write …: the folder … does not exist" are not words to translate.
    missing = tmp_path / "missing"
    assert _foreign_boxes(boxes, allowed | {str(missing / "plan.ics"), str(missing)}) == []


# -- dates ---------------------------------------------------------------------------


def test_dates_follow_the_users_locale(
    qtbot: QtBot, german_locale: None, plan: PlanService, db: Database, today: date
) -> None:
    """Month and day names come from QLocale, not from strftime (English on Windows and macOS)."""
    view = _view(qtbot, plan, db, today, notifier=FakeNotifier())
    assert view.period_label.text() == "Week of 16.\u201322. Nov. 2026"
    heading = view.week.columns[0].findChild(QLabel)
    assert heading is not None
    assert heading.text() == "Mo. <b>16</b>"
    view.set_mode(Mode.MONTH)
    assert view.period_label.text() == "November 2026"
    first = next(cell for cell in view.month.cells if cell.day == date(2026, 12, 1))
    assert first.number.text() == "1. Dez."
    assert fmt.day(date(2026, 3, 5)) == "5. März 2026"
    assert fmt.date_text(date(2026, 12, 1), "dddd d MMMM") == "Dienstag 1. Dezember"  # not "Dienstag."
    editor = TaskEditor([(1, "Grow sign-ups")], None, date(2026, 12, 1))
    qtbot.addWidget(editor)
    assert editor.start_date.text() == "1. Dez. 2026"


def test_english_dates_keep_the_day_without_a_dot(qtbot: QtBot) -> None:
    assert fmt.day(date(2026, 3, 5)) == "5 Mar 2026"
    assert fmt.date_text(date(2026, 12, 1), "dddd d MMMM") == "Tuesday 1 December"
    editor = TaskEditor([(1, "Grow sign-ups")], None, date(2026, 12, 1))
    qtbot.addWidget(editor)
    assert editor.start_date.text() == "1 Dec 2026"
