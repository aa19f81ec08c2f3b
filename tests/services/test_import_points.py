"""Importing past figures: one transaction, source="import", the same-day rule."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from smartgoals_app.domain.validation import ValidationError
from smartgoals_app.services import measurements as measurements_module
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database
from tests.conftest import TODAY
from tests.factories import signups_draft
from tests.pg import ENGINES, on_engine


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """On a file and on a server database (tests/pg.py)."""
    yield from on_engine(request, db_path)


@pytest.fixture
def service(db: Database) -> MeasurementService:
    return MeasurementService(db, today=lambda: TODAY)


@pytest.fixture
def goal_id(db: Database) -> int:
    return GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))


def rows(db: Database) -> list[tuple[str, float, str, str]]:
    """As stored; a day as ISO text (a file keeps it so; a server's date prints so)."""
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT measured_on, value, note, source FROM measurement ORDER BY measured_on, id"
        ).all()
    return [(str(day), float(value), str(note), str(source)) for day, value, note, source in found]


def days_back(count: int) -> list[tuple[date, float]]:
    return [(TODAY - timedelta(days=count - i), float(i)) for i in range(count)]


def test_rows_are_written_with_source_import_and_the_note(
    db: Database, service: MeasurementService, goal_id: int
) -> None:
    written = service.import_points(goal_id, [(date(2026, 10, 1), 1200.0), (date(2026, 10, 2), 1250.5)])
    assert written == 2
    assert rows(db) == [
        ("2026-10-01", 1200.0, "Imported", "import"),
        ("2026-10-02", 1250.5, "Imported", "import"),
    ]
    records = service.list(goal_id)
    assert [r.source for r in records] == ["import", "import"]


def test_imported_rows_name_who_imported_them_and_when_as_a_typed_one_does(
    db: Database, service: MeasurementService, goal_id: int
) -> None:
    typed = service.log(goal_id, date(2026, 9, 30), 1100.0)
    service.import_points(goal_id, [(date(2026, 10, 1), 1200.0), (date(2026, 10, 2), 1250.5)])
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT id, version, changed_by, changed_at, created_at FROM measurement ORDER BY measured_on"
        ).all()
        # The server's login, or the computer's user for a file.
        me = getpass.getuser() if db.server is None else conn.exec_driver_sql("SELECT current_user").scalar()
    assert [(version, changed_by) for _id, version, changed_by, _at, _made in found] == [(1, me)] * 3
    assert found[0][0] == typed.id
    assert all(changed_at == created_at for _id, _v, _by, changed_at, created_at in found[1:])


def test_custom_note_is_stored(db: Database, service: MeasurementService, goal_id: int) -> None:
    service.import_points(goal_id, [(date(2026, 10, 1), 5.0)], note="  GA4 export  ")
    assert rows(db) == [("2026-10-01", 5.0, "GA4 export", "import")]


def test_same_day_replaces_what_is_stored_by_default(
    db: Database, service: MeasurementService, goal_id: int
) -> None:
    service.log(goal_id, date(2026, 10, 1), 99.0, "typed by hand")
    service.log(goal_id, date(2026, 10, 3), 77.0)
    written = service.import_points(goal_id, [(date(2026, 10, 1), 1.0), (date(2026, 10, 2), 2.0)])
    assert written == 2
    assert rows(db) == [
        ("2026-10-01", 1.0, "Imported", "import"),
        ("2026-10-02", 2.0, "Imported", "import"),
        ("2026-10-03", 77.0, "", "manual"),
    ]


def test_same_day_is_skipped_when_not_replacing(
    db: Database, service: MeasurementService, goal_id: int
) -> None:
    service.log(goal_id, date(2026, 10, 1), 99.0, "typed by hand")
    written = service.import_points(
        goal_id, [(date(2026, 10, 1), 1.0), (date(2026, 10, 2), 2.0)], replace_same_day=False
    )
    assert written == 1
    assert rows(db) == [
        ("2026-10-01", 99.0, "typed by hand", "manual"),
        ("2026-10-02", 2.0, "Imported", "import"),
    ]


def test_same_day_rule_only_touches_this_goal(
    db: Database, service: MeasurementService, goal_id: int
) -> None:
    other = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY, title="Another goal"))
    service.log(other, date(2026, 10, 1), 42.0)
    service.import_points(goal_id, [(date(2026, 10, 1), 1.0)])
    assert [(r.day, r.value) for r in service.list(other)] == [(date(2026, 10, 1), 42.0)]


def test_two_points_on_one_day_keep_the_later(
    db: Database, service: MeasurementService, goal_id: int
) -> None:
    assert service.import_points(goal_id, [(date(2026, 10, 1), 1.0), (date(2026, 10, 1), 2.0)]) == 1
    assert rows(db) == [("2026-10-01", 2.0, "Imported", "import")]


def test_a_failure_half_way_writes_nothing(
    db: Database, service: MeasurementService, goal_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.log(goal_id, date(2026, 1, 5), 50.0, "kept")  # on a day the import replaces
    before = rows(db)
    calls: list[int] = []

    def fail_after_the_first_chunk(done: int, _total: int) -> None:
        # Progress runs between chunks, after rows were sent: on both engines a
        # failure here falls between two chunks of the one transaction.
        calls.append(done)
        if len(calls) == 2:
            raise OSError("disk unplugged")

    monkeypatch.setattr(measurements_module, "IMPORT_CHUNK", 10)
    points = [(date(2026, 1, 1) + timedelta(days=i), float(i)) for i in range(25)]
    with pytest.raises(OSError, match="disk unplugged"):
        service.import_points(goal_id, points, progress=fail_after_the_first_chunk)
    assert calls == [10, 20]  # chunks were written inside the transaction ...
    assert rows(db) == before  # ... and rolled back with the rest, the replaced day too


def test_a_bad_point_is_refused_before_anything_is_written(
    db: Database, service: MeasurementService, goal_id: int
) -> None:
    points = days_back(10)
    points[5] = (points[5][0], float("nan"))
    with pytest.raises(ValidationError) as caught:
        service.import_points(goal_id, points)
    assert "Row 6" in str(caught.value)
    assert rows(db) == []


def test_a_future_point_is_refused(db: Database, service: MeasurementService, goal_id: int) -> None:
    with pytest.raises(ValidationError, match="is still to come"):
        service.import_points(goal_id, [(TODAY, 1.0), (TODAY + timedelta(days=1), 2.0)])
    assert rows(db) == []


def test_a_missing_goal_is_refused(db: Database, service: MeasurementService) -> None:
    with pytest.raises(ValidationError, match="no longer exists"):
        service.import_points(12345, [(TODAY, 1.0)])
    assert rows(db) == []


def test_progress_is_reported_between_chunks(
    service: MeasurementService, goal_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(measurements_module, "IMPORT_CHUNK", 4)
    seen: list[tuple[int, int]] = []
    assert (
        service.import_points(goal_id, days_back(10), progress=lambda done, total: seen.append((done, total)))
        == 10
    )
    assert seen == [(4, 10), (8, 10), (10, 10)]


def test_many_rows_in_one_go(db: Database, service: MeasurementService, goal_id: int) -> None:
    points = days_back(3000)
    assert service.import_points(goal_id, points) == 3000
    assert len(service.series(goal_id)) == 3000


def test_nothing_to_import_writes_nothing(db: Database, service: MeasurementService, goal_id: int) -> None:
    assert service.import_points(goal_id, []) == 0
    assert rows(db) == []
