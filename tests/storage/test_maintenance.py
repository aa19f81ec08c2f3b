"""The start-up integrity check and backup, deferred past the first paint: writes wait
for them, and a damaged file still stops every write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import DamagedDatabaseError, latest_backup, open_database, pragma
from smartgoals_app.storage.maintenance import DeferredMaintenance, check_and_back_up
from tests.factories import signups_draft

TODAY = date(2026, 11, 22)


def _saved_goal(path: Path) -> int:
    from smartgoals_app.services.goals import GoalService

    db = open_database(path, backup=False)
    try:
        return GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
    finally:
        db.close()


def test_deferred_open_leaves_the_backup_to_the_maintenance(db_path: Path) -> None:
    _saved_goal(db_path)
    db = open_database(db_path, defer_maintenance=True)
    try:
        assert latest_backup(db_path) is None  # nothing copied on the way to the first paint
        maintenance = DeferredMaintenance(db)
        maintenance.start()
        maintenance.wait()
        assert maintenance.error is None
        backup = latest_backup(db_path)
        assert backup is not None
        copy = open_database(backup, backup=False)
        assert pragma(copy, "integrity_check") == "ok"
        copy.close()
    finally:
        db.close()


def test_a_write_before_the_check_started_runs_it_first(db_path: Path) -> None:
    goal_id = _saved_goal(db_path)
    db = open_database(db_path, defer_maintenance=True)
    order: list[str] = []

    def work(path: Path) -> None:
        order.append("check")
        check_and_back_up(path)

    try:
        DeferredMaintenance(db, work=work)
        MeasurementService(db, today=lambda: TODAY).log(goal_id, TODAY, 5.0)
        order.append("written")
        assert order == ["check", "written"]
    finally:
        db.close()


def test_a_damaged_file_found_after_the_paint_stops_every_write(db_path: Path) -> None:
    goal_id = _saved_goal(db_path)
    db = open_database(db_path, defer_maintenance=True)
    measurements = MeasurementService(db, today=lambda: TODAY)

    def damaged(path: Path) -> None:
        raise DamagedDatabaseError("The database is damaged (test).")

    try:
        maintenance = DeferredMaintenance(db, work=damaged)
        maintenance.start()
        with pytest.raises(DamagedDatabaseError):
            measurements.log(goal_id, TODAY, 5.0)
        assert measurements.list(goal_id) == []  # reading still works; nothing was written
    finally:
        db.close()


def test_a_real_quick_check_failure_is_caught(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    _saved_goal(db_path)

    class BadConnection:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self._conn = conn

        def execute(self, sql: str) -> sqlite3.Cursor:
            return self._conn.execute("SELECT 'row 3 missing from index'" if "quick_check" in sql else sql)

        def close(self) -> None:
            self._conn.close()

    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: BadConnection(real_connect(*a, **k)))
    with pytest.raises(DamagedDatabaseError):
        check_and_back_up(db_path)
    assert latest_backup(db_path) is None  # a damaged file is not copied over a good backup
