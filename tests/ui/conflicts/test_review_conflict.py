"""A review saved after someone else changed the goal, each person in their own window on
one database (a file, then a server): Reload theirs draws the review again from the goal
as stored and keeps it open; Keep mine saves it over theirs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import select

from smartgoals_app.domain.review import NextStep
from smartgoals_app.services.reviews import ReviewService
from smartgoals_app.storage.models import Goal, Review
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.operations import Change, Choice
from smartgoals_app.ui.review.banner import ReviewBanner
from smartgoals_app.ui.review.dialog import ReviewDialog
from smartgoals_app.ui.review.summary import ReviewSummary
from tests.conftest import TODAY
from tests.ui.conflicts.conftest import Desk
from tests.versions import Two


def _review(qtbot: QtBot, desk: Desk, goal_id: int) -> ReviewDialog:
    """Goal ▸ Review goal… (Ctrl+Shift+R) on the goal, the person's window in front."""
    window = desk.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.goal_list.tree  # the goal chosen in the list: the strategy's row, then its goal
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.current_goal_id() == goal_id
    banner = window.findChild(ReviewBanner)
    assert banner is not None
    before = banner.dialog
    qtbot.keyClick(
        window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: banner.dialog is not before and banner.dialog is not None)
    dialog = banner.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _type(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def _choose(qtbot: QtBot, dialog: ReviewDialog, step: NextStep) -> None:
    button = dialog.step_buttons[step]
    # On its round mark: the row is wider than the words, and only they take a click.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _raise(qtbot: QtBot, dialog: ReviewDialog, benchmark: str, stretch: str) -> None:
    _choose(qtbot, dialog, NextStep.RAISE)
    _type(qtbot, dialog.benchmark, benchmark)
    _type(qtbot, dialog.stretch, stretch)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def _stored(desk: Desk, goal_id: int) -> Goal:
    with desk.db.reading() as session:
        goal = session.get(Goal, goal_id)
        assert goal is not None
        return goal


def _reviews(desk: Desk) -> int:
    with desk.db.reading() as session:
        return len(session.exec(select(Review)).all())


def _summary_says(dialog: ReviewDialog, words: str) -> bool:
    return any(
        label.text().startswith(words) for label in dialog.summary.findChildren(QLabel) if label.isVisible()
    )


def test_a_review_saved_after_someone_changed_the_goal(
    qtbot: QtBot, two: Two, desks: tuple[Desk, Desk], goal_id: int
) -> None:
    anna, ben = desks
    anna.services.measurements.log(goal_id, TODAY, 150.0)
    for desk in desks:  # each window shows the goal and its figure
        desk.window.ops.bus.announce(Change.ALL)

    annas = _review(qtbot, anna, goal_id)
    _type(qtbot, annas.worked, "The teasers")
    _choose(qtbot, annas, NextStep.RAISE)
    assert _summary_says(annas, "Stretch 300 sign-ups:")
    shown = (annas.benchmark.text(), annas.stretch.text())

    # Ben raises the targets first, in his own window.
    bens = _review(qtbot, ben, goal_id)
    _raise(qtbot, bens, "240", "400")
    qtbot.waitUntil(lambda: not bens.isVisible())
    assert (_stored(anna, goal_id).stretch_target, _reviews(anna)) == (400, 1)

    # Reload theirs: Anna's review stays open, drawn from Ben's goal; nothing of hers saved.
    anna.prompts.choices = [Choice.RELOAD]
    _raise(qtbot, annas, "260", "350")
    assert [told.kind for told in anna.prompts.told] == ["conflict"]
    assert f"{two.ben_name} changed the goal " in anna.prompts.told[0].text
    assert annas.isVisible()
    assert _summary_says(annas, "Stretch 400 sign-ups:")
    assert not _summary_says(annas, "Stretch 300 sign-ups:")
    # The old figures are gone from the screen at once, not drawn under the new ones.
    assert [shown for shown in annas.findChildren(ReviewSummary) if shown.isVisible()] == [annas.summary]
    fresh = ReviewService(
        anna.db, goals=anna.services.goals, plan=anna.services.plan, today=lambda: TODAY
    ).sheet(goal_id)
    assert fresh.suggestion is not None
    assert (annas.sheet.version, annas.sheet.suggestion) == (fresh.version, fresh.suggestion)
    # The targets suggested for the goal as it is now, not hers nor those shown before.
    assert annas.stretch.text() == fmt.number(round(fresh.suggestion.stretch, 1))
    assert (annas.benchmark.text(), annas.stretch.text()) not in (shown, ("260", "350"))
    assert annas.worked.toPlainText() == "The teasers"  # her own words stay
    assert annas.chosen_step() is NextStep.RAISE
    assert (_stored(anna, goal_id).stretch_target, _reviews(anna)) == (400, 1)

    # She saves from there: over Ben's, with no second question.
    _raise(qtbot, annas, "260", "350")
    qtbot.waitUntil(lambda: not annas.isVisible())
    assert len(anna.prompts.told) == 1
    assert (_stored(anna, goal_id).stretch_target, _reviews(anna)) == (350, 2)

    # Keep mine: Anna closes the goal over the targets Ben raised meanwhile.
    annas = _review(qtbot, anna, goal_id)
    bens = _review(qtbot, ben, goal_id)
    _raise(qtbot, bens, "270", "500")
    qtbot.waitUntil(lambda: not bens.isVisible())
    anna.prompts.choices = [Choice.KEEP_MINE]
    _choose(qtbot, annas, NextStep.CLOSE)
    qtbot.mouseClick(annas.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not annas.isVisible())
    assert [told.kind for told in anna.prompts.told] == ["conflict", "conflict"]
    stored = _stored(anna, goal_id)
    assert (stored.status, stored.stretch_target, _reviews(anna)) == ("archived", 500, 4)
