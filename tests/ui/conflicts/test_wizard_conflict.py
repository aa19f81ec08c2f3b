"""Two windows, two people, one database (a file, then a server with two logins): Anna
edits a goal's target in the wizard while Ben changes the goal in his window; Anna's
Finish asks whose change to keep, and each answer is checked against what is stored."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.validation import ConflictError
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal
from smartgoals_app.ui import dialogs
from smartgoals_app.ui.conflicts import conflict_text
from smartgoals_app.ui.operations import Change, Choice
from smartgoals_app.ui.wizard import build_goal_wizard
from smartgoals_app.ui.wizard.common import REVIEW, TARGETS
from tests.conftest import TODAY
from tests.factories import signups_draft
from tests.ui.conflicts.conftest import Desk
from tests.ui.prompts import bus_of
from tests.ui.wizard.wizard_driver import Person
from tests.versions import Two


def _edit(qtbot: QtBot, desk: Desk, goal_id: int) -> Person:
    """The wizard on ``goal_id`` as the window opens it (Goal > Edit), on its operation path."""
    wizard = build_goal_wizard(
        desk.window,
        goal_id,
        goals=desk.services.goals,
        drafts=desk.services.drafts,
        today=lambda: TODAY,
        ops=desk.window.ops,
    )
    wizard.show()
    qtbot.waitExposed(wizard)
    return Person(qtbot, wizard, desk.prompts)


def _walk_to(person: Person, page: int) -> None:
    while person.page < page:
        person.next()


def _stored(db: Database, goal_id: int) -> Goal:
    with db.reading() as session:
        goal = session.get(Goal, goal_id)
        assert goal is not None
        return goal


def _ben_raises_the_stretch(qtbot: QtBot, ben: Desk, goal_id: int) -> None:
    person = _edit(qtbot, ben, goal_id)
    # Anna's autosaved typing is offered to whoever opens the goal (drafts are shared):
    # Ben starts from the goal as stored.
    if person.wizard.findChild(QRadioButton, "wizard.start_over") is not None:
        person.tick("wizard.start_over")
    _walk_to(person, TARGETS)
    person.type("goal.stretch_target", "400")
    _walk_to(person, REVIEW)
    person.finish()


def test_keep_mine_overwrites_theirs_with_what_anna_typed(
    qtbot: QtBot, two: Two, desks: tuple[Desk, Desk], goal_id: int
) -> None:
    anna, ben = desks
    editing = _edit(qtbot, anna, goal_id)
    _walk_to(editing, TARGETS)
    editing.type("goal.benchmark_target", "250")
    _ben_raises_the_stretch(qtbot, ben, goal_id)
    assert _stored(two.anna, goal_id).stretch_target == 400

    _walk_to(editing, REVIEW)
    anna.prompts.choices = [Choice.KEEP_MINE]
    assert editing.finish() == goal_id
    [asked] = [told for told in anna.prompts.told if told.kind == "conflict"]
    assert asked.title == "Changed by someone else"
    assert asked.text.startswith(f"{two.ben_name} changed the goal “{signups_draft(TODAY).title}” at ")
    stored = _stored(two.anna, goal_id)
    # Anna's goal as she saw and typed it: her benchmark, the stretch she had on screen.
    assert (stored.benchmark_target, stored.stretch_target) == (250, signups_draft(TODAY).stretch_target)
    assert (stored.version, stored.changed_by) == (3, two.anna_name)
    assert not editing.wizard.isVisible()


def test_reload_shows_theirs_and_keeps_nothing_of_anna_until_she_saves_again(
    qtbot: QtBot, two: Two, desks: tuple[Desk, Desk], goal_id: int
) -> None:
    anna, ben = desks
    editing = _edit(qtbot, anna, goal_id)
    _walk_to(editing, TARGETS)
    editing.type("goal.benchmark_target", "250")
    _ben_raises_the_stretch(qtbot, ben, goal_id)

    _walk_to(editing, REVIEW)
    anna.prompts.choices = [Choice.RELOAD]
    qtbot.mouseClick(editing.wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    stored = _stored(two.anna, goal_id)
    assert (stored.benchmark_target, stored.stretch_target, stored.changed_by) == (
        signups_draft(TODAY).benchmark_target,
        400,
        two.ben_name,
    )
    # The wizard is still open, back on the page Anna was on, showing Ben's goal.
    assert editing.wizard.isVisible()
    assert editing.wizard.saved_goal_id is None
    assert editing.page == REVIEW
    assert (editing.wizard.draft.stretch_target, editing.wizard.draft.benchmark_target) == (
        400,
        signups_draft(TODAY).benchmark_target,
    )
    assert Change.GOALS in bus_of(anna.window.ops).announced[-1]  # her window redraws theirs
    editing.back()
    editing.back()
    assert editing.page == TARGETS
    assert editing.find("goal.stretch_target", QLineEdit).text() == "400"
    # Saving again now saves over Ben's version, with no question.
    editing.type("goal.benchmark_target", "260")
    _walk_to(editing, REVIEW)
    assert editing.finish() == goal_id
    stored = _stored(two.anna, goal_id)
    assert (stored.benchmark_target, stored.stretch_target, stored.version) == (260, 400, 3)
    assert len([told for told in anna.prompts.told if told.kind == "conflict"]) == 1


def test_the_conflict_box_names_its_buttons_and_escape_reloads(qtbot: QtBot) -> None:
    theirs = ConflictError(
        "goal",
        7,
        title="Grow Instagram followers",
        who="Anna",
        when=datetime(2026, 11, 30, 14, 5, tzinfo=UTC),
        version=4,
    )
    box, reload, keep = dialogs.conflict_box(None, "Changed by someone else", conflict_text(theirs))
    qtbot.addWidget(box)
    assert (reload.text(), keep.text()) == ("&Reload theirs", "&Keep mine (overwrite)")
    assert box.escapeButton() is reload
    assert box.defaultButton() is reload
    assert box.icon() is QMessageBox.Icon.Warning
    assert "Anna changed the goal “Grow Instagram followers” at " in box.text()
