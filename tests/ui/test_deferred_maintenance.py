"""The integrity check and backup start only after the main window has painted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from smartgoals_app.storage.database import Database, latest_backup
from smartgoals_app.storage.maintenance import DeferredMaintenance, check_and_back_up
from smartgoals_app.ui.file_open import maintain_after_paint
from smartgoals_app.ui.main_window import MainWindow
from tests.ui.dashboard.dashboard_driver import Services, build_window
from tests.ui.prompts import RecordingPrompts, make_ops, prompts_of


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
    window = build_window(qtbot, services, db, today)
    window.goal_list.tree.viewport().installEventFilter(spy)
    # As app.run does: shown, then the maintenance scheduled for after the paint.
    window.show()
    maintain_after_paint(window, maintenance, db, prompts=prompts_of(window.ops))
    qtbot.waitUntil(lambda: maintenance.finished)
    assert seen == [True]
    assert latest_backup(db.path) is not None


def test_a_damaged_file_found_after_the_paint_offers_the_backup(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
) -> None:
    from smartgoals_app.storage.database import DamagedDatabaseError, rotate_backup

    rotate_backup(db.path)  # yesterday's backup
    services.measurements.log(demo_ids[0], today, 1234.0)  # written after it: lost by a restore
    prompts = RecordingPrompts(answers=[True])  # "Restore the newest backup?"
    runs: list[str] = []

    def work(path: Path) -> None:
        runs.append("check")
        if len(runs) == 1:
            raise DamagedDatabaseError("The database is damaged (test).")
        check_and_back_up(path)

    maintenance = DeferredMaintenance(db, work=work)
    window = MainWindow(
        goals=services.goals,
        measurements=services.measurements,
        plan=services.plan,
        db_path=db.path,
        today=lambda: today,
        ops=make_ops(prompts),
    )
    qtbot.addWidget(window)
    window.show()
    maintain_after_paint(window, maintenance, db, prompts=prompts, refresh=window.refresh)
    qtbot.waitUntil(lambda: len(runs) == 2 and maintenance.finished)
    asked = [told.text for told in prompts.told if told.kind == "question"]
    assert "Restore the newest backup" in asked[0]
    assert db.path.with_suffix(".db.damaged").exists()  # the damaged file is kept aside
    assert maintenance.error is None
    values = [m.value for m in services.measurements.list(demo_ids[0])]
    assert 1234.0 not in values  # the file in use is the backup now
    services.measurements.log(demo_ids[0], today, 99.0)  # and writes go ahead again
