"""Drives the goal wizard as a person does: keys, clicks, the Next button.

Widgets are found by their public objectName (the `table.column` they fill), never
through private attributes, so a test breaks when what a user sees breaks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TypeVar, overload

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.validation import Errors
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.wizard import GoalWizard, build_goal_wizard
from smartgoals_app.ui.wizard.common import DraftPage
from tests.ui.prompts import RecordingPrompts, make_ops

W = TypeVar("W", bound=QWidget)


def open_wizard(
    qtbot: QtBot,
    goals: GoalService,
    drafts: DraftService,
    today: date,
    goal_id: int | None = None,
    prompts: RecordingPrompts | None = None,
) -> Person:
    """``prompts`` records what the wizard says (``person.prompts``); without it an error
    message fails the test loudly. Closing a dirty wizard asks keep-or-discard: the
    prompts keep, as the default button does, unless told otherwise."""
    if prompts is None:
        prompts = RecordingPrompts(errors_fail=True)
    ops = make_ops(prompts)
    wizard = build_goal_wizard(None, goal_id, goals=goals, drafts=drafts, today=lambda: today, ops=ops)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return Person(qtbot, wizard, prompts)


class Person:
    def __init__(self, qtbot: QtBot, wizard: GoalWizard, prompts: RecordingPrompts | None = None) -> None:
        self.qtbot = qtbot
        self.wizard = wizard
        self.prompts = prompts

    def asked(self) -> list[str]:
        """The titles of the questions the wizard asked (made by open_wizard)."""
        assert self.prompts is not None, "open the wizard with open_wizard to read its questions"
        return [told.title for told in self.prompts.told if told.kind == "question"]

    # -- finding -----------------------------------------------------------------
    @overload
    def find(self, name: str) -> QWidget: ...
    @overload
    def find(self, name: str, kind: type[W]) -> W: ...
    def find(self, name: str, kind: type[QWidget] = QWidget) -> QWidget:
        page = self.wizard.currentPage()
        found = page.findChild(kind, name)
        assert found is not None, f"no {kind.__name__} named {name!r} on page {self.wizard.currentId()}"
        return found

    def error(self, name: str) -> str:
        """The message shown next to the field, or "" when none is visible."""
        label = self.find(f"error:{name}", QLabel)
        return label.text() if label.isVisibleTo(self.wizard.currentPage()) else ""

    def page_errors(self) -> Errors:
        """What the page on screen says is wrong (for a failed test's message)."""
        page = self.wizard.currentPage()
        assert isinstance(page, DraftPage), type(page)
        return page.errors()

    @property
    def page(self) -> int:
        return self.wizard.currentId()

    def can_go_on(self) -> bool:
        button = self.wizard.button(
            QWizard.WizardButton.FinishButton
            if self.wizard.currentPage().isFinalPage()
            else QWizard.WizardButton.NextButton
        )
        return button.isEnabled()

    # -- acting ------------------------------------------------------------------
    def type(self, name: str, text: str) -> None:
        """Replace the field's text by typing: Ctrl+A, Delete, then the keys."""
        widget: QWidget = self.find(name)
        assert isinstance(widget, QLineEdit | QPlainTextEdit), name
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClick(widget, Qt.Key.Key_Delete)
        self.keys(widget, text)
        if isinstance(widget, QLineEdit):
            assert widget.text() == text, f"{name}: typed {text!r}, field shows {widget.text()!r}"

    def keys(self, widget: QWidget, text: str) -> None:
        """Type `text`: QTest only knows ASCII keys, so other characters (emoji, “…”)
        arrive as the key events an input method sends: Key_unknown with the text."""
        for char in text:
            if char.isascii():
                self.qtbot.keyClicks(widget, char)
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(
                        widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                    )

    def paste_long(self, name: str, text: str) -> None:
        """Long text arrives by paste, as it would from a person (typing 5,000 keys is slow)."""
        widget: QWidget = self.find(name)
        assert isinstance(widget, QLineEdit | QPlainTextEdit), name
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClick(widget, Qt.Key.Key_Delete)
        widget.insertPlainText(text) if isinstance(widget, QPlainTextEdit) else widget.insert(text)

    def choose(self, name: str, text: str) -> None:
        """Pick a combo box entry with the arrow keys, as on a keyboard."""
        combo = self.find(name, QComboBox)
        combo.setFocus()
        self.qtbot.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentText().startswith(text):
                return
            self.qtbot.keyClick(combo, Qt.Key.Key_Down)
        raise AssertionError(
            f"{text!r} not offered in {name}: {[combo.itemText(i) for i in range(combo.count())]}"
        )

    def choose_data(self, name: str, data: object) -> None:
        """Pick the combo box entry that stands for `data` (a catalogue key, say) with the
        arrow keys: for tests whose words on screen are not English (i18n_audit)."""
        combo = self.find(name, QComboBox)
        combo.setFocus()
        self.qtbot.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentData() == data:
                return
            self.qtbot.keyClick(combo, Qt.Key.Key_Down)
        raise AssertionError(
            f"{data!r} not offered in {name}: {[combo.itemData(i) for i in range(combo.count())]}"
        )

    def tick(self, name: str) -> None:
        """Toggle a check box or radio button with Space."""
        button = self.find(name, QAbstractButton)
        button.setFocus()
        self.qtbot.keyClick(button, Qt.Key.Key_Space)

    def tick_item(self, name: str, text: str) -> None:
        """Move to an entry of a checkable list with the arrow keys and press Space."""
        widget = self.find(name, QListWidget)
        widget.setFocus()
        self.qtbot.keyClick(widget, Qt.Key.Key_Home)
        for _ in range(widget.count()):
            item = widget.currentItem()
            if item is not None and item.text() == text:
                self.qtbot.keyClick(widget, Qt.Key.Key_Space)
                return
            self.qtbot.keyClick(widget, Qt.Key.Key_Down)
        raise AssertionError(f"{text!r} not in {name}")

    def click(self, name: str) -> None:
        self.qtbot.mouseClick(self.find(name, QAbstractButton), Qt.MouseButton.LeftButton)

    def next(self, *, resuming: bool = False) -> None:
        """Click Next; it moves one page on, except when resuming a draft."""
        before = self.page
        assert self.can_go_on(), f"Next is disabled on page {before}: {self.page_errors()}"
        self.qtbot.mouseClick(self.wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert self.page > before if resuming else self.page == before + 1

    def back(self) -> None:
        self.qtbot.mouseClick(self.wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)

    def finish(self) -> int:
        assert self.can_go_on(), self.page_errors()
        self.qtbot.mouseClick(
            self.wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
        assert self.wizard.saved_goal_id is not None
        return self.wizard.saved_goal_id

    # -- a whole goal --------------------------------------------------------------
    def newsletter_strategy(self) -> None:
        self.choose("strategy.template", "Newsletter sign-ups")
        self.tick_item("strategy_network.network", "Facebook")
        self.tick_item("strategy_network.network", "Instagram")

    def newsletter_start(self) -> None:
        self.choose("goal.network", "Facebook")
        self.choose("goal.metric_key", "Newsletter sign-ups")
        self.type("goal.baseline_value", "120")
        self.type("goal.data_source", "Mailchimp audience report")

    def newsletter_targets(self) -> None:
        self.type("goal.benchmark_target", "200")
        self.type("goal.stretch_target", "300")

    def fill_current(self) -> None:
        """Fill the page on screen with valid newsletter-goal values."""
        steps: list[Callable[[], None]] = [
            lambda: None,
            self.newsletter_strategy,
            self.newsletter_start,
            lambda: self.type("goal.deadline", "2027-03-31"),
            lambda: self.type("goal.why", "Launch the spring collection to people who already want it"),
            self.newsletter_targets,
            lambda: None,
            lambda: None,
        ]
        steps[self.page]()

    def walk_newsletter_to(self, page: int) -> None:
        """Fill the pages before `page` with a valid newsletter goal and stop there."""
        while self.page < page:
            self.fill_current()
            self.next()


def rows(db_path: Path | Database, sql: str, *args: Any) -> list[Any]:
    """Read the database file the way any SQLite tool would; a server database (a
    Database opened by address) through its own connection, with dates and times as
    the ISO text a file holds, so one flow checks either."""
    if isinstance(db_path, Database):
        if db_path.server is None:
            return rows(db_path.path, sql, *args)
        with db_path.engine.connect() as connection:
            found = connection.exec_driver_sql(sql.replace("?", "%s"), tuple(args)).mappings()
            return [{key: _as_file_text(value) for key, value in row.items()} for row in found]
    with sqlite3.connect(db_path) as connection:
        connection.row_factory = sqlite3.Row
        return list(connection.execute(sql, args))


def _as_file_text(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return value.isoformat() if isinstance(value, date | time) else value


def count(db_path: Path | Database, table: str) -> int:
    return int(rows(db_path, f"SELECT count(*) AS n FROM {table}")[0]["n"])
