"""Keyboard only, labelled for screen readers, whole at 800x600, readable in the dark."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from smartgoals_app.ui.wizard.common import PLAN, REVIEW, SMART, STARTING_POINT, STRATEGY, TARGETS, WHY, plain
from tests.ui.events import settle
from tests.ui.wizard.wizard_driver import Person, count, rows

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QListWidget)
COLUMN = re.compile(r"^[a-z_]+\.[a-z_]+$")


class Keys:
    """Sends keys to whatever has the focus, like a keyboard does."""

    def __init__(self, qtbot: QtBot, person: Person) -> None:
        self.qtbot = qtbot
        self.wizard = person.wizard
        self.wizard.activateWindow()
        qtbot.waitUntil(self.wizard.isActiveWindow)

    @property
    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(self, key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus, key)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)

    def tab_to(self, name: str) -> None:
        for _ in range(40):
            if self.focus.objectName() == name:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {name}")

    def tab_to_next_and_press_space(self) -> None:
        button = self.wizard.button(QWizard.WizardButton.NextButton)
        for _ in range(40):
            if self.focus is button:
                self.press(Qt.Key.Key_Space)
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError("Tab never reached Next")


def test_the_whole_wizard_with_the_keyboard_only(qtbot: QtBot, person: Person, db_path: Path) -> None:
    keys = Keys(qtbot, person)
    keys.press(Qt.Key.Key_Return)  # Welcome: Enter is Next
    assert person.page == STRATEGY
    assert keys.focus.objectName() == "strategy.template", "typing starts in the first field"
    keys.press(Qt.Key.Key_Home)  # from "Blank" to the first template...
    keys.press(Qt.Key.Key_Down)  # ...and on to the newsletter one
    assert person.find("strategy.statement", QPlainTextEdit).toPlainText().startswith("Turn followers")
    keys.tab_to("strategy_network.network")
    keys.press(Qt.Key.Key_Home)  # X / Twitter
    keys.press(Qt.Key.Key_Down)  # Facebook
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Return)
    assert person.page == STARTING_POINT
    assert keys.focus.objectName() == "goal.network"
    keys.tab_to("goal.baseline_value")
    keys.type("120")
    keys.press(Qt.Key.Key_Return)
    assert person.page == SMART
    keys.tab_to("goal.deadline")
    keys.type("2027-03-31")  # Tab selected the old date: typing replaces it
    keys.press(Qt.Key.Key_Return)
    assert person.page == WHY
    keys.type("Launch the spring collection")
    keys.tab_to_next_and_press_space()  # Enter makes a new line in a text box
    assert person.page == TARGETS
    keys.type("200")
    keys.press(Qt.Key.Key_Tab)
    keys.type("300")
    keys.press(Qt.Key.Key_Return)
    assert person.page == PLAN
    keys.press(Qt.Key.Key_Return)
    assert person.page == REVIEW
    keys.press(Qt.Key.Key_Return)  # Finish
    assert not person.wizard.isVisible()
    (goal,) = rows(db_path, "SELECT network, metric_key, baseline_value, deadline, why FROM goal")
    assert tuple(goal) == (
        "facebook",
        "newsletter_signups",
        120,
        "2027-03-31",
        "Launch the spring collection",
    )
    assert count(db_path, "task") == 2


def test_up_and_down_step_a_typed_date(qtbot: QtBot, person: Person) -> None:
    person.walk_newsletter_to(SMART)
    person.type("goal.deadline", "2027-03-31")
    deadline = person.find("goal.deadline", QLineEdit)
    qtbot.keyClick(deadline, Qt.Key.Key_Up)
    assert deadline.text() == "2027-04-01"
    qtbot.keyClick(deadline, Qt.Key.Key_PageDown)
    assert deadline.text() == "2027-03-25"
    assert person.wizard.draft.deadline == date(2027, 3, 25)


def test_a_mnemonic_jumps_to_its_field(qtbot: QtBot, person: Person) -> None:
    keys = Keys(qtbot, person)
    person.walk_newsletter_to(TARGETS)
    qtbot.keyClick(keys.focus, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert keys.focus.objectName() == "goal.stretch_target"
    qtbot.keyClick(keys.focus, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert keys.focus.objectName() == "goal.benchmark_target"


def _pages(person: Person) -> list[int]:
    """Walk a full newsletter goal, yielding at each page (with the vanity field shown)."""
    seen = []
    while True:
        seen.append(person.page)
        yield_page = person.page
        if yield_page == STARTING_POINT:
            person.choose("goal.metric_key", "Followers")  # shows the outcome-link field
        _check_page(person)
        if yield_page == REVIEW:
            return seen
        person.fill_current()
        person.next()


def _check_page(person: Person) -> None:
    page = person.wizard.currentPage()
    mnemonics: list[str] = []
    for label in page.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisibleTo(page):
            continue
        text = label.text()
        assert re.search(r"&[^&]", text), f"label {text!r} has no mnemonic"
        mnemonics.append(re.search(r"&([^&])", text).group(1).lower())  # type: ignore[union-attr]
        if not isinstance(buddy, QAbstractButton):  # a check box is labelled by its own text
            assert buddy.accessibleName() == plain(text), f"{buddy.objectName()} vs {text!r}"
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(page) and "&" in button.text():
            mnemonics.append(re.search(r"&([^&])", button.text()).group(1).lower())  # type: ignore[union-attr]
            assert button.accessibleName() in ("", plain(button.text()))
    wizard_keys = {"b", "n", "f"}  # < &Back, &Next >, &Finish and save
    assert len(mnemonics) == len(set(mnemonics)), (
        f"page {person.page} repeats a mnemonic: {sorted(mnemonics)}"
    )
    assert not wizard_keys & set(mnemonics), f"page {person.page} clashes with the wizard's buttons"
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(page):
            continue
        if isinstance(widget.parentWidget(), QComboBox) or widget.objectName().startswith("qt_"):
            continue  # a combo box's own popup parts
        assert COLUMN.match(widget.objectName()), f"input named {widget.objectName()!r}"
        caption = page.findChild(QLabel, f"label:{widget.objectName()}")
        assert caption is not None, widget.objectName()
        assert caption.buddy() is widget
        assert widget.accessibleName() == plain(caption.text())


def test_every_page_is_labelled_for_keyboard_and_screen_reader(person: Person) -> None:
    assert _pages(person) == [0, 1, 2, 3, 4, 5, 6, 7]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_page_fits_800_by_600_without_clipping(
    qtbot: QtBot, person: Person, dark: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if dark:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#1f2329"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#e5e7eb"))
        person.wizard.setPalette(palette)
    person.wizard.resize(800, 600)
    qtbot.waitUntil(lambda: person.wizard.width() == 800)
    while True:
        page = person.wizard.currentPage()
        settle()
        scroll = page.findChild(QScrollArea)
        assert scroll is not None
        body = scroll.widget()
        assert body is not None
        # No sideways scrolling: everything fits the width, long text wraps.
        assert body.minimumSizeHint().width() <= scroll.viewport().width(), f"page {person.page} too wide"
        for label in body.findChildren(QLabel):
            if label.isVisibleTo(page) and label.text() and not label.wordWrap():
                assert label.width() >= label.sizeHint().width(), (
                    f"{label.text()!r} is cut on page {person.page}"
                )
        for error in body.findChildren(QLabel):
            if error.objectName().startswith("error:") and error.text():
                # Error text (here the calm "cannot be empty" of untouched fields) must
                # read on the palette it is shown on.
                colour = QColor(error.styleSheet().split(":")[1].strip(" ;"))
                window = person.wizard.palette().color(QPalette.ColorRole.Window)
                assert abs(colour.lightness() - window.lightness()) > 90
        if person.page == REVIEW:
            break
        person.fill_current()
        person.next()


def test_alt_and_a_letter_never_types_into_a_field(qtbot: QtBot, person: Person) -> None:
    person.walk_newsletter_to(STARTING_POINT)
    field = person.find("goal.baseline_value", QLineEdit)
    field.clear()
    field.setFocus()
    assert not person.wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClick(field, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Next is disabled
    assert field.text() == ""
    qtbot.keyClicks(field, "120")
    assert field.text() == "120"


def test_alt_r_on_the_plan_page_removes_the_chosen_task(qtbot: QtBot, person: Person) -> None:
    keys = Keys(qtbot, person)
    person.walk_newsletter_to(PLAN)
    tasks = person.find("task.id", QListWidget)
    before = tasks.count()
    assert before > 0
    tasks.setCurrentRow(0)
    tasks.setFocus()
    qtbot.keyClick(keys.focus, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tasks.count() == before - 1)
