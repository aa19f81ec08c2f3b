"""The main window with the strategy actions wired as the app wires them, on the
window's own operation path, with prompts a test answers."""

from __future__ import annotations

from dataclasses import dataclass

from smartgoals_app.services.strategies import StrategyService
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import ChangeBus, Operations
from smartgoals_app.ui.strategy.actions import StrategyActions, add_strategy_actions
from tests.ui.prompts import Answers


def answered_ops() -> Operations:
    """An operation path for make_window(..., ops=...) whose prompts wire() reads."""
    return Operations(ChangeBus(), Answers())


@dataclass
class Wired:
    ops: Operations
    prompts: Answers
    actions: StrategyActions
    strategies: StrategyService


def wire(window: MainWindow, db: Database) -> Wired:
    """The strategy actions on ``window``'s own operation path (made by answered_ops)."""
    ops = window.ops
    assert isinstance(ops.prompts, Answers), "make the window with ops=answered_ops()"
    strategies = StrategyService(db)
    actions = add_strategy_actions(window, window.goal_list, window.goal_menu, strategies=strategies, ops=ops)
    return Wired(ops, ops.prompts, actions, strategies)
