"""The main window with the strategy actions wired as the app wires them, on the
window's own operation path, with prompts a test answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.services.records import TaskRecord
from smartgoals_app.services.strategies import StrategyService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import ChangeBus, Choice, Operations
from smartgoals_app.ui.strategy.actions import StrategyActions, add_strategy_actions

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


@dataclass
class AnsweredPrompts:
    """Says yes (or ``answer``) to every question and keeps what was said."""

    answer: bool = True
    questions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    conflict: Choice = Choice.RELOAD
    conflicts: list[str] = field(default_factory=list)

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        pass

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
        self.questions.append(text)
        return self.answer

    def ask_text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        return None

    def ask_save_path(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str, suffix: str
    ) -> Path | None:
        return None

    def ask_save_name(
        self, parent: QWidget | None, title: str, suggested: Path, filters: str
    ) -> tuple[Path, str] | None:
        return None

    def ask_open_path(
        self, parent: QWidget | None, title: str, start: Path | None, filters: str
    ) -> Path | None:
        return None

    def ask_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        return None

    def ask_keep_draft(self, parent: QWidget | None, title: str, text: str) -> bool | None:
        return None

    def ask_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        return False

    def ask_conflict(self, parent: QWidget | None, title: str, text: str) -> Choice:
        self.conflicts.append(text)
        return self.conflict

    def edit_task(
        self,
        parent: QWidget | None,
        goals: list[tuple[int, str]],
        task: TaskRecord | None,
        today: date,
        *,
        goal_id: int | None = None,
    ) -> tuple[int, TaskDraft] | None:
        return None


def answered_ops() -> Operations:
    """An operation path for make_window(..., ops=...) whose prompts wire() reads."""
    return Operations(ChangeBus(), AnsweredPrompts())


@dataclass
class Wired:
    ops: Operations
    prompts: AnsweredPrompts
    actions: StrategyActions
    strategies: StrategyService


def wire(window: MainWindow, db: Database) -> Wired:
    """The strategy actions on ``window``'s own operation path (made by answered_ops)."""
    ops = window.ops
    assert isinstance(ops.prompts, AnsweredPrompts), "make the window with ops=answered_ops()"
    strategies = StrategyService(db)
    actions = add_strategy_actions(window, window.goal_list, window.goal_menu, strategies=strategies, ops=ops)
    return Wired(ops, ops.prompts, actions, strategies)
