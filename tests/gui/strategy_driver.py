"""The main window with the strategy actions and the portfolio wired as the app wires
them, with prompts a test answers."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from smartgoals_app.services.strategies import StrategyService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Change, ChangeBus, Operations
from smartgoals_app.ui.strategy.actions import StrategyActions, add_strategy_actions


@dataclass
class AnsweredPrompts:
    """Says yes (or ``answer``) to every question and keeps what was said."""

    answer: bool = True
    questions: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.errors.append(text)

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        pass

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
        self.questions.append(text)
        return self.answer


@dataclass
class Wired:
    ops: Operations
    prompts: AnsweredPrompts
    actions: StrategyActions
    strategies: StrategyService


def wire(window: MainWindow, db: Database) -> Wired:
    prompts = AnsweredPrompts()
    bus = ChangeBus(window)
    ops = Operations(bus, prompts)

    def changed(what: object) -> None:
        if isinstance(what, Change) and what & (Change.STRATEGIES | Change.GOALS):
            window.refresh()

    bus.changed.connect(changed)
    strategies = StrategyService(db)
    actions = add_strategy_actions(window, window.goal_list, window.goal_menu, strategies=strategies, ops=ops)
    return Wired(ops, prompts, actions, strategies)
