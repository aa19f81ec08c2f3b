"""What the first window does not show is built after it paints: the Plan tab's view
waits for the first paint (its reminders build it then), or for the tab's first show."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.storage.database import Database
from smartgoals_app.ui import app
from smartgoals_app.ui.lazy_tab import LazyTab
from smartgoals_app.ui.plan import reminders
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.settings import make_settings
from tests.ui.prompts import answering


def test_the_plan_tab_is_built_after_the_first_paint(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "install_tray", lambda *_a, **_k: None)
    monkeypatch.setattr(reminders, "FIRST_CHECK_MS", 0)  # no wait after the paint
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    window = app.compose_window(
        qapp, db, app.build_services(db), answering(), make_settings(tmp_path / "settings.ini")
    )
    qtbot.addWidget(window)
    for _ in range(3):  # the event loop runs, but nothing has painted yet
        QApplication.processEvents()
    assert window.findChild(PlanView) is None
    assert window.tabs is not None
    assert window.tabs.tabText(1) == "P&lan"  # the tab is there, its page not yet

    window.show()
    qtbot.waitUntil(lambda: window.findChild(PlanView) is not None)
    view = window.findChild(PlanView)
    assert view is not None
    assert window.tabs.currentIndex() == 0  # still the Goals tab
    window.tabs.setCurrentIndex(1)
    assert view.isVisible()
    view.reminders.stop()


def test_a_lazy_tab_builds_its_page_when_first_shown(qtbot: QtBot) -> None:
    built: list[QLabel] = []
    told: list[QLabel] = []

    def build() -> QLabel:
        built.append(QLabel("the week"))
        return built[-1]

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("goals"), "Goals")
    lazy = LazyTab(build)
    lazy.when_built(told.append)
    tabs.addTab(lazy, "Plan")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert built == []
    assert not lazy.is_built

    tabs.setCurrentWidget(lazy)
    assert len(built) == 1
    assert built[0].isVisible()
    assert told == built
    assert lazy.page() is built[0]  # built once
    lazy.when_built(told.append)  # already built: at once
    assert told == [built[0], built[0]]
