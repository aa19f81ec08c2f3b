"""The integrity check and backup start only after the main window has painted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from smartgoals_app.storage.database import Database, latest_backup
from smartgoals_app.storage.maintenance import DeferredMaintenance, check_and_back_up
from smartgoals_app.ui.app import maintain_after_paint
from smartgoals_app.ui.main_window import MainWindow
from tests.gui.dashboard_driver import Services


class PaintSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def test_first_paint_happens_before_the_backup_starts(
    qtbot: QtBot, services: Services, db: Database, today: date, demo_ids: list[int]
) -> None:
    spy = PaintSpy()
    seen: list[bool] = []

    def work(path: Path) -> None:
        seen.append(spy.painted)
        check_and_back_up(path)

    maintenance = DeferredMaintenance(db, work=work)
    window = MainWindow(
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        db_path=db.path,
        today=lambda: today,
    )
    qtbot.addWidget(window)
    window.goal_list.tree.viewport().installEventFilter(spy)
    # As app.run does: shown, then the maintenance scheduled for after the paint.
    window.show()
    maintain_after_paint(window, maintenance)
    qtbot.waitUntil(lambda: maintenance.finished)
    assert seen == [True]
    assert latest_backup(db.path) is not None
