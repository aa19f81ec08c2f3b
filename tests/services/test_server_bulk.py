"""Imports and series reads on a PostgreSQL server go in bulk (storage/server_bulk.py):
a constant number of statements, the same rows and columns as on a file, and row-level
security still deciding who may import."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from smartgoals_app.cli import main
from smartgoals_app.domain.validation import ValidationError
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database, StorageError, open_database
from smartgoals_app.storage.server import open_server_database, parse_server_address
from tests.conftest import TODAY
from tests.factories import signups_draft
from tests.pg import PgServer


def points(count: int, *, step: int = 1) -> list[tuple[date, float]]:
    """`count` days ending yesterday, with figures that need every bit of a float."""
    return [(TODAY - timedelta(days=(count - i) * step), 1000.0 / 3 + i * 0.1) for i in range(count)]


def stored(db: Database) -> list[tuple[int, int, str, float, str, str]]:
    """Every measurement as stored, ordered: id, goal, day, value, note, source."""
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT id, goal_id, measured_on, value, note, source FROM measurement ORDER BY id"
        ).all()
    return [(int(i), int(g), str(d), float(v), str(n), str(s)) for i, g, d, v, n, s in found]


@pytest.fixture
def file_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "smartgoals.db", backup=False)
    try:
        yield db
    finally:
        db.close()


def test_the_same_import_stores_the_same_rows_on_a_file_and_on_a_server(
    file_db: Database, pg_db: Database
) -> None:
    def run(db: Database) -> object:
        service = MeasurementService(db, today=lambda: TODAY)
        goal = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
        service.log(goal, TODAY - timedelta(days=3), 5.0, "by hand")  # replaced by the import
        service.log(goal, TODAY - timedelta(days=900), 6.0, "by hand")  # outside it: kept
        written = service.import_points(goal, [*points(500), (TODAY - timedelta(days=10), 7.5)])
        kept = service.import_points(goal, points(3), replace_same_day=False)
        return written, kept

    assert run(file_db) == run(pg_db) == (500, 0)
    assert stored(file_db) == stored(pg_db)
    assert len(stored(pg_db)) == 501


def test_a_series_reads_into_equal_arrays_on_a_file_and_on_a_server(
    file_db: Database, pg_db: Database
) -> None:
    series = []
    for db in (file_db, pg_db):
        service = MeasurementService(db, today=lambda: TODAY)
        goal = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
        service.import_points(goal, points(2000, step=2))
        service.log(goal, TODAY - timedelta(days=4), 12.25, "two on one day")
        service.log(goal, date(1969, 12, 30), 3.0, "before 1970")
        series.append(service.series(goal))
    on_file, on_server = series
    assert len(on_server) == 2002
    assert on_server.ids.tobytes() == on_file.ids.tobytes()  # type: ignore[attr-defined]
    assert on_server.days.tobytes() == on_file.days.tobytes()  # type: ignore[attr-defined]
    assert on_server.values.tobytes() == on_file.values.tobytes()  # type: ignore[attr-defined]
    assert on_server.day(0) == date(1969, 12, 30)
    assert on_server.notes[0] == "before 1970"


def test_an_empty_series_reads_as_empty_arrays_on_a_server(pg_db: Database) -> None:
    goal = GoalService(pg_db, today=lambda: TODAY).save(signups_draft(TODAY))
    series = MeasurementService(pg_db, today=lambda: TODAY).series(goal)
    assert (list(series.ids), list(series.days), list(series.values)) == ([], [], [])


class Statements:
    """Counts what psycopg sends: one per execute and per COPY, one per row of an
    executemany (each is a statement on the wire, pipelined or not); and the rows it
    hands back to Python."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        self.copies = 0
        self.rows = 0
        cursor = psycopg.Cursor
        execute, executemany, copy = cursor.execute, cursor.executemany, cursor.copy
        fetchone, fetchmany, fetchall = cursor.fetchone, cursor.fetchmany, cursor.fetchall

        def counted_fetchone(this: Any) -> Any:
            row = fetchone(this)
            self.rows += row is not None
            return row

        def counted_fetchmany(this: Any, *args: Any, **kwargs: Any) -> Any:
            rows = fetchmany(this, *args, **kwargs)
            self.rows += len(rows)
            return rows

        def counted_fetchall(this: Any) -> Any:
            rows = fetchall(this)
            self.rows += len(rows)
            return rows

        def counted_execute(this: Any, *args: Any, **kwargs: Any) -> Any:
            self.count += 1
            return execute(this, *args, **kwargs)

        def counted_executemany(this: Any, query: Any, params_seq: Any, **kwargs: Any) -> Any:
            params = list(params_seq)
            self.count += len(params)
            return executemany(this, query, params, **kwargs)

        def counted_copy(this: Any, *args: Any, **kwargs: Any) -> Any:
            self.count += 1
            self.copies += 1
            return copy(this, *args, **kwargs)

        monkeypatch.setattr(cursor, "execute", counted_execute)
        monkeypatch.setattr(cursor, "executemany", counted_executemany)
        monkeypatch.setattr(cursor, "copy", counted_copy)
        monkeypatch.setattr(cursor, "fetchone", counted_fetchone)
        monkeypatch.setattr(cursor, "fetchmany", counted_fetchmany)
        monkeypatch.setattr(cursor, "fetchall", counted_fetchall)


def test_an_import_on_a_server_sends_the_same_few_statements_for_ten_or_ten_thousand_rows(
    pg_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = MeasurementService(pg_db, today=lambda: TODAY)
    small = GoalService(pg_db, today=lambda: TODAY).save(signups_draft(TODAY))
    large = GoalService(pg_db, today=lambda: TODAY).save(signups_draft(TODAY, title="Another goal"))
    for goal in (small, large):  # a clashing day each, so the delete runs too
        service.log(goal, TODAY - timedelta(days=1), 1.0)
    counter = Statements(monkeypatch)
    assert service.import_points(small, points(10)) == 10
    for_ten = counter.count
    counter.count = counter.copies = 0
    assert service.import_points(large, points(10_000)) == 10_000
    assert counter.count == for_ten
    assert counter.copies == 1
    assert counter.count <= 10  # goal, days stored, delete, temp table, COPY, INSERT ... SELECT
    assert MeasurementService(pg_db).count(large) == 10_000


def test_a_series_read_on_a_server_hands_python_one_row_not_one_per_figure(
    pg_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = MeasurementService(pg_db, today=lambda: TODAY)
    goal = GoalService(pg_db, today=lambda: TODAY).save(signups_draft(TODAY))
    service.import_points(goal, points(5000))
    counter = Statements(monkeypatch)
    assert len(service.series(goal)) == 5000
    assert counter.rows == 1  # the whole series in one value (the pool's ping fetches none)


def test_a_bad_row_is_named_and_nothing_lands_on_a_server(pg_db: Database) -> None:
    service = MeasurementService(pg_db, today=lambda: TODAY)
    goal = GoalService(pg_db, today=lambda: TODAY).save(signups_draft(TODAY))
    figures = points(5000)
    figures[4321] = (figures[4321][0], float("inf"))
    with pytest.raises(ValidationError) as caught:
        service.import_points(goal, figures)
    assert "Row 4,322" in str(caught.value)
    assert stored(pg_db) == []


# -- who may import ------------------------------------------------------------------


def _admin(url: str, *words: str) -> None:
    assert main(["--db", url, "admin", *words]) == 0


def _login(server: PgServer, database: str, user: str) -> Database:
    host = server.socket_dir
    url = f"postgresql://{user}@/{database}?host={host}&port={server.port}"
    return open_server_database(parse_server_address(url))


@pytest.fixture
def bakery(pg_server: PgServer, pg_schema_database: str) -> Iterator[tuple[Database, Database, int]]:
    """(an editor's Database, a viewer's Database, the workspace's goal)."""
    url = pg_server.url(database=pg_schema_database)
    _admin(url, "init")
    _admin(url, "workspace", "add", "Bakery")
    admin = open_server_database(parse_server_address(url))
    try:
        goal = GoalService(admin, today=lambda: TODAY).save(signups_draft(TODAY))
    finally:
        admin.close()
    editor, viewer = f"{pg_schema_database}_u_ben", f"{pg_schema_database}_u_cleo"
    _admin(url, "grant", "Bakery", editor, "editor")
    _admin(url, "grant", "Bakery", viewer, "viewer")
    as_editor = _login(pg_server, pg_schema_database, editor)
    as_viewer = _login(pg_server, pg_schema_database, viewer)
    try:
        yield as_editor, as_viewer, goal
    finally:
        as_editor.close()
        as_viewer.close()


def test_a_viewers_import_is_refused_in_plain_words_and_nothing_lands(
    bakery: tuple[Database, Database, int],
) -> None:
    editor, viewer, goal = bakery
    MeasurementService(editor, today=lambda: TODAY).log(goal, TODAY - timedelta(days=2), 9.0, "kept")
    before = stored(editor)
    older = [(day - timedelta(days=400), value) for day, value in points(300)]
    # New days only (refused at the INSERT ... SELECT), and days that replace one (at the delete).
    for figures in (older, points(300)):
        with pytest.raises(StorageError) as caught:
            MeasurementService(viewer, today=lambda: TODAY).import_points(goal, figures)
        words = str(caught.value.args[0])
        assert "did not allow" in words
        assert "INSERT" not in words
        assert "COPY" not in words
        assert "\n" not in words
        assert stored(editor) == before


def test_an_editors_import_lands(bakery: tuple[Database, Database, int]) -> None:
    editor, viewer, goal = bakery
    assert MeasurementService(editor, today=lambda: TODAY).import_points(goal, points(300)) == 300
    assert len(MeasurementService(viewer, today=lambda: TODAY).series(goal)) == 300


def _loops(plan: dict[str, Any]) -> Iterator[int]:
    yield int(plan["Actual Loops"])
    for child in plan.get("Plans", ()):
        yield from _loops(child)


def test_row_level_security_checks_a_series_once_per_read_not_once_per_row(
    bakery: tuple[Database, Database, int],
) -> None:
    editor, viewer, goal = bakery
    MeasurementService(editor, today=lambda: TODAY).import_points(goal, points(1000))
    for db in (editor, viewer):
        with db.engine.connect() as conn:
            plan = conn.exec_driver_sql(
                "EXPLAIN (ANALYZE, FORMAT JSON) SELECT measured_on, value FROM measurement"
                " WHERE goal_id = %s ORDER BY measured_on, id",
                (goal,),
            ).scalar_one()
        top = plan[0]["Plan"]
        assert top["Actual Rows"] == 1000
        # Every step, the membership lookups included, runs once: none once per row.
        assert max(_loops(top)) == 1


def test_an_editor_imports_on_a_server_that_took_temporary_tables_from_everyone(
    bakery: tuple[Database, Database, int], pg_server: PgServer, pg_schema_database: str
) -> None:
    editor, _viewer, goal = bakery
    with pg_server.connect(database=pg_schema_database) as conn:
        conn.execute(f'REVOKE TEMPORARY ON DATABASE "{pg_schema_database}" FROM PUBLIC')
    assert MeasurementService(editor, today=lambda: TODAY).import_points(goal, points(50)) == 50
