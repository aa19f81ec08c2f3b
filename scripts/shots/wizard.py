"""Goal wizard screenshots: every page, walked with sample data as a person would type it.

A new response-time goal (less is better, inside business hours) on top of the demo
data, so the strategy page also offers the existing strategies; then the vanity
warning, a page at 800x600 and one in a dark palette.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from _common import save, temporary_database
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.ui.app import build_operations
from smartgoals_app.ui.theme import dark_palette
from smartgoals_app.ui.wizard import GoalWizard, build_goal_wizard

TODAY = date(2026, 11, 22)
SIZE = (900, 700)


def _find(wizard: GoalWizard, kind: type[QWidget], name: str) -> QWidget:
    widget = wizard.currentPage().findChild(kind, name)
    if widget is None:
        raise LookupError(f"{name} not on page {wizard.currentId()}")
    return widget


def _type(wizard: GoalWizard, name: str, text: str) -> None:
    page = wizard.currentPage()
    widget = page.findChild(QLineEdit, name) or page.findChild(QPlainTextEdit, name)
    if widget is None:
        raise LookupError(name)
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def _choose(wizard: GoalWizard, name: str, text: str) -> None:
    combo = _find(wizard, QComboBox, name)
    assert isinstance(combo, QComboBox)
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    if index < 0:
        raise LookupError(f"{text!r} not in {name}")
    combo.setCurrentIndex(index)


def walk_response_time(wizard: GoalWizard, shoot: Callable[[str], None]) -> None:
    """Fill every page for a response-time goal, calling `shoot(name)` once each is filled."""
    shoot("welcome")
    wizard.next()
    new = wizard.currentPage().findChild(QWidget, "wizard.new_strategy")
    if new is not None and new.isVisible():
        new.click()  # type: ignore[attr-defined]
    _choose(wizard, "strategy.template", "Great customer service")
    networks = wizard.currentPage().findChild(QWidget, "strategy_network.network")
    assert networks is not None
    for row in (0, 1, 3):  # X, Facebook, LinkedIn
        item = networks.item(row)  # type: ignore[attr-defined]
        item.setCheckState(Qt.CheckState.Checked)
    for code in ("MO", "TU", "WE", "TH", "FR"):
        _find(wizard, QWidget, f"strategy.business_days:{code}").click()  # type: ignore[attr-defined]
    _type(wizard, "strategy.business_start", "09:00")
    _type(wizard, "strategy.business_end", "17:00")
    shoot("strategy")
    wizard.next()
    _choose(wizard, "goal.network", "X / Twitter")
    _choose(wizard, "goal.metric_key", "Response time")
    _type(wizard, "goal.baseline_value", "90")
    _type(wizard, "goal.data_source", "X inbox, median of the week")
    shoot("starting-point")
    wizard.next()
    _type(wizard, "goal.deadline", "2027-02-28")
    shoot("smart-goal")
    wizard.next()
    _type(wizard, "goal.why", "Be the shop that answers: 53% of people expect a reply within the hour.")
    _type(wizard, "goal.impact", "Fewer lost orders and more word of mouth; silence costs us customers.")
    _type(wizard, "goal.audience", "Customers with a question about an order")
    shoot("why")
    wizard.next()
    _type(wizard, "goal.benchmark_target", "30")
    _type(wizard, "goal.stretch_target", "15")
    shoot("targets")
    wizard.next()
    _type(wizard, "goal.hours_per_week", "5")
    shoot("plan")
    wizard.next()
    shoot("review")


def render(out_dir: Path) -> list[Path]:
    written: list[Path] = []
    with temporary_database() as db:
        populate_demo(db, TODAY)
        goals = GoalService(db, today=lambda: TODAY)
        drafts = DraftService(db)

        wizard = build_goal_wizard(
            None, None, goals=goals, drafts=drafts, today=lambda: TODAY, ops=build_operations()
        )
        wizard.resize(*SIZE)
        wizard.show()
        names: list[str] = []

        def shoot(name: str) -> None:
            names.append(name)
            written.append(save(wizard, out_dir / f"wizard-{len(names):02d}-{name}.png"))

        walk_response_time(wizard, shoot)
        wizard.autosave()
        wizard.hide()
        wizard.deleteLater()

        # The welcome page offering to resume the draft autosaved above.
        resume = build_goal_wizard(
            None, None, goals=goals, drafts=drafts, today=lambda: TODAY, ops=build_operations()
        )
        resume.resize(*SIZE)
        resume.show()
        written.append(save(resume, out_dir / "wizard-09-resume.png"))
        resume.hide()
        resume.deleteLater()
        drafts.discard(None)

        # A vanity metric with its warning, at the smallest supported size.
        small = build_goal_wizard(
            None, None, goals=goals, drafts=drafts, today=lambda: TODAY, ops=build_operations()
        )
        small.resize(800, 600)
        small.show()
        small.next()
        _find(small, QWidget, "wizard.use_existing_strategy").click()  # type: ignore[attr-defined]
        written.append(save(small, out_dir / "wizard-10-existing-strategy-800x600.png"))
        small.next()
        _choose(small, "goal.network", "Instagram")
        _choose(small, "goal.metric_key", "Followers")
        _type(small, "goal.baseline_value", "1200")
        written.append(save(small, out_dir / "wizard-11-vanity-800x600.png"))
        small.next()
        written.append(save(small, out_dir / "wizard-12-smart-800x600.png"))
        small.hide()
        small.deleteLater()
        drafts.discard(None)  # the walk autosaved it: start the next one fresh

        # Dark palette: the targets page (chart and growth lines) and the review.
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        old_palette = app.palette()
        app.setPalette(dark_palette())
        try:
            dark = build_goal_wizard(
                None, None, goals=goals, drafts=drafts, today=lambda: TODAY, ops=build_operations()
            )
            dark.resize(*SIZE)
            dark.show()

            def shoot_dark(name: str) -> None:
                number = {"strategy": 13, "targets": 14, "review": 15}.get(name)
                if number is not None:
                    written.append(save(dark, out_dir / f"wizard-{number}-{name}-dark.png"))

            walk_response_time(dark, shoot_dark)
            dark.hide()
            dark.deleteLater()
        finally:
            app.setPalette(old_palette)
        drafts.discard(None)
        QApplication.processEvents()
    return written
