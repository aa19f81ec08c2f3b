"""Check-ins: log, edit and delete measured values of a goal."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, select
from sqlmodel import Session

from smartgoals_app.domain.progress import Point
from smartgoals_app.domain.text import translate
from smartgoals_app.domain.validation import (
    NotFoundError,
    ValidationError,
    check_number,
    check_storable,
    is_storable_int,
    validate_measurement,
)
from smartgoals_app.services.records import LazyNotes, MeasurementRecord, MeasurementSeries
from smartgoals_app.services.versions import check_seen
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage import server_bulk
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Measurement, utc_now

IMPORT_SOURCE = "import"
# The note stored on imported rows unless the caller gives one; it is stored as written,
# so the UI passes it in the user's language: note=localize(IMPORT_NOTE).
IMPORT_NOTE = translate("MeasurementService", "Imported")
IMPORT_CHUNK = 1000  # rows per executemany; the progress callback runs between chunks

Progress = Callable[[int, int], None]  # (rows written so far, rows in all)
Row = tuple[int, date, float, str, str, datetime]  # goal_id, measured_on, value, note, source, created_at
_GOAL_GONE = translate("MeasurementService", "That goal no longer exists.")


def _record(row: Measurement) -> MeasurementRecord:
    assert row.id is not None
    return MeasurementRecord(
        row.id, row.goal_id, row.measured_on, row.value, row.note, row.source, row.version
    )


class MeasurementService:
    def __init__(self, db: Database, *, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    def _check(self, day: date, value: float, note: str, source: str = "manual") -> None:
        errors = validate_measurement(day, value, note, self._today())
        if message := check_storable(source, label=translate("Validation", "The source")):
            errors["measurement.source"] = message
        if errors:
            raise ValidationError(errors)

    def list(self, goal_id: int) -> list[MeasurementRecord]:
        if not is_storable_int(goal_id):
            return []
        with self._db.reading() as session:
            return [_record(m) for m in repo.measurements_for(session, goal_id=goal_id)]

    def series(self, goal_id: int) -> MeasurementSeries:
        """Every measurement of the goal as columns; one query, no ORM objects. The
        notes are read a block at a time when the table or a tooltip asks for them."""
        if not is_storable_int(goal_id):
            return MeasurementSeries(goal_id, (), (), (), ())
        with self._db.reading() as session:
            ids, days, values = repo.measurement_series(session, goal_id=goal_id)

        def read(first: int, block: Sequence[int]) -> dict[int, tuple[str, int]]:
            with self._db.reading() as session:
                stored = repo.measurement_notes(session, ids=block)
            known: dict[int, tuple[str, int]] = {}
            for row, measurement_id in enumerate(block, start=first):
                if (found := stored.get(measurement_id)) is None:
                    continue
                note, version, day, value = found
                if day != days[row] or value != values[row]:
                    # Corrected after the figures were read and before this: the person
                    # sees an older version than any stored, so a delete must ask.
                    version = 0
                known[measurement_id] = (note, version)
            return known

        notes = LazyNotes(ids, read)
        return MeasurementSeries(goal_id, ids, days, values, notes, notes.versions)

    def count(self, goal_id: int) -> int:
        with self._db.reading() as session:
            return repo.measurement_count(session, goal_id=goal_id)

    def newest(self, goal_id: int, count: int) -> builtins.list[Point]:
        """The newest `count` points of the goal, oldest first (one short query)."""
        with self._db.reading() as session:
            return [Point(d, v) for d, v in repo.newest_points(session, goal_id=goal_id, count=count)]

    def log(
        self, goal_id: int, day: date, value: float, note: str = "", *, source: str = "manual"
    ) -> MeasurementRecord:
        self._check(day, value, note, source)
        if not is_storable_int(goal_id):
            raise ValidationError({"measurement.goal_id": _GOAL_GONE})
        with self._db.transaction() as session:
            if session.get(Goal, goal_id) is None:
                raise ValidationError({"measurement.goal_id": _GOAL_GONE})
            row = Measurement(goal_id=goal_id, measured_on=day, value=value, note=note.strip(), source=source)
            session.add(row)
            session.flush()
            return _record(row)

    def get(self, measurement_id: int) -> MeasurementRecord:
        """One check-in as stored now, with its version (what a correction starts from)."""
        if not is_storable_int(measurement_id):
            raise NotFoundError("measurement", measurement_id)
        with self._db.reading() as session:
            row = session.get(Measurement, measurement_id)
            if row is None:
                raise NotFoundError("measurement", measurement_id)
            return _record(row)

    def edit(
        self,
        measurement_id: int,
        day: date,
        value: float,
        note: str = "",
        *,
        seen_version: int | None = None,
    ) -> MeasurementRecord:
        """Correct a check-in; ConflictError (nothing written) when someone changed it
        since the correction read it at ``seen_version``."""
        self._check(day, value, note)
        if not is_storable_int(measurement_id):
            raise NotFoundError("measurement", measurement_id)
        with self._db.transaction() as session:
            row = session.get(Measurement, measurement_id)
            if row is None:
                raise NotFoundError("measurement", measurement_id)
            self._check_seen(session, row, seen_version)
            row.measured_on, row.value, row.note = day, value, note.strip()
            session.add(row)
            session.flush()
            return _record(row)

    def delete(self, measurement_id: int, *, seen_version: int | None = None) -> MeasurementRecord:
        """Delete and return what was deleted, so the UI can offer Undo via restore().
        ConflictError (nothing deleted) when someone corrected the check-in since the
        person's table read it at ``seen_version``: deleting it would drop their figure
        unseen."""
        if not is_storable_int(measurement_id):
            raise NotFoundError("measurement", measurement_id)
        with self._db.transaction() as session:
            row = session.get(Measurement, measurement_id)
            if row is None:
                raise NotFoundError("measurement", measurement_id)
            self._check_seen(session, row, seen_version)
            record = _record(row)
            session.delete(row)
            return record

    @staticmethod
    def _check_seen(session: Session, row: Measurement, seen_version: int | None) -> None:
        if seen_version is not None and row.version != seen_version:
            goal = session.get(Goal, row.goal_id)
            title = goal.title if goal else ""
            check_seen("measurement", row, seen_version, title=title, day=row.measured_on)

    def restore(self, record: MeasurementRecord) -> MeasurementRecord:
        errors: dict[str, str] = {}
        if not (is_storable_int(record.id) and is_storable_int(record.goal_id)):
            errors["measurement.goal_id"] = _GOAL_GONE
        if message := check_number(record.value):
            errors["measurement.value"] = message
        for column, text in (("note", record.note), ("source", record.source)):
            if message := check_storable(text, label=translate("Validation", "The note")):
                errors[f"measurement.{column}"] = message
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            row = Measurement(
                id=record.id,
                goal_id=record.goal_id,
                measured_on=record.day,
                value=record.value,
                note=record.note,
                source=record.source,
                version=record.version,  # the same row back, as a form that saw it knew it
            )
            session.add(row)
            session.flush()
            return _record(row)

    def import_points(
        self,
        goal_id: int,
        points: Sequence[tuple[date, float]],
        *,
        note: str = IMPORT_NOTE,
        replace_same_day: bool = True,
        progress: Progress | None = None,
    ) -> int:
        """Write past figures of a goal in ONE transaction: all of them or none.

        Every row gets source="import" and `note`. Two points on the same day: the
        later one in `points` is kept. A day that already has measurements of this
        goal (logged by hand or imported before): with `replace_same_day` those are
        deleted and the imported figure takes their place; without it the day is
        skipped and what is stored stays. Returns the number of rows written.
        Raises ValidationError (nothing written) for a bad value, a future date, a
        bad note or a goal that no longer exists.
        """
        if not is_storable_int(goal_id):
            raise ValidationError({"measurement.goal_id": _GOAL_GONE})
        by_day: dict[date, float] = {}
        # The full check (note, future date, value) runs on the first row and on any
        # row the quick look finds at fault: a million rows share one note and one today.
        today = self._today()
        for index, (day, value) in enumerate(points):
            if index == 0 or day > today or check_number(value) is not None:
                self._check_imported(index, day, value, note)
            by_day[day] = float(value)
        table = Measurement.__table__  # type: ignore[attr-defined]
        with self._db.transaction() as session:
            if session.get(Goal, goal_id) is None:
                raise ValidationError({"measurement.goal_id": _GOAL_GONE})
            stored = set(
                session.connection()
                .execute(select(table.c.measured_on).where(table.c.goal_id == goal_id))
                .scalars()
            )
            clashing = [day for day in by_day if day in stored]
            on_server = session.connection().dialect.name == "postgresql"
            if replace_same_day:
                if clashing and on_server:
                    server_bulk.delete_days(session.connection(), goal_id=goal_id, days=clashing)
                elif clashing:
                    session.connection().execute(
                        table.delete().where(
                            table.c.goal_id == goal_id, table.c.measured_on == bindparam("day")
                        ),
                        [{"day": day} for day in clashing],
                    )
            else:
                for day in clashing:
                    del by_day[day]
            now = utc_now()
            stored_note = note.strip()
            who = self._db.who(session)  # the ORM's stamp (Database._stamp) sees no bulk insert
            if on_server:  # COPY: a constant number of statements, not one per row
                ordered = sorted(by_day)
                return server_bulk.copy_points(
                    session.connection(),
                    goal_id=goal_id,
                    days=ordered,
                    values=[by_day[day] for day in ordered],
                    note=stored_note,
                    source=IMPORT_SOURCE,
                    created_at=now,
                    changed_by=who,
                    block=IMPORT_CHUNK,
                    progress=progress,
                )
            rows = [
                (goal_id, day, value, stored_note, IMPORT_SOURCE, now)
                for day, value in sorted(by_day.items())
            ]
            for start in range(0, len(rows), IMPORT_CHUNK):
                _insert_rows(session, rows[start : start + IMPORT_CHUNK], changed_by=who)
                if progress is not None:
                    progress(min(start + IMPORT_CHUNK, len(rows)), len(rows))
            return len(rows)

    def _check_imported(self, index: int, day: date, value: float, note: str) -> None:
        try:
            self._check(day, value, note)
        except ValidationError as exc:
            raise ValidationError(
                {
                    key: translate("MeasurementService", "Row {row} ({day}): {message}").format(
                        row=index + 1, day=day.isoformat(), message=message
                    )
                    for key, message in exc.errors.items()
                }
            ) from exc


def _insert_rows(session: Session, rows: list[Row], *, changed_by: str) -> None:
    """One executemany INSERT of plain tuples: SQLAlchemy's per-row parameter building
    cost more than SQLite's insert. The columns' own bind processors write the date and
    the time as SQLAlchemy would, so the rows read back as before. Each row is stamped
    as changed by ``changed_by`` when it was made."""
    if not rows:
        return
    table = Measurement.__table__  # type: ignore[attr-defined]
    connection = session.connection()
    day_text = table.c.measured_on.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
    time_text = table.c.created_at.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
    day_text = day_text or _same
    stamp = rows[0][5]  # an import stamps every row with the same moment
    stamp_text = (time_text or _same)(stamp)
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"  # the driver's own style
    connection.exec_driver_sql(
        f"INSERT INTO {table.name} (goal_id, measured_on, value, note, source, created_at, changed_by, "
        f"changed_at) VALUES ({', '.join([mark] * 8)})",
        [
            (
                goal,
                day_text(day),
                value,
                note,
                source,
                moment := stamp_text if created is stamp else (time_text or _same)(created),
                changed_by,
                moment,
            )
            for goal, day, value, note, source, created in rows
        ],
    )


def _same(value: Any) -> Any:
    return value
