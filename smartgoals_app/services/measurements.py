"""Check-ins: log, edit and delete measured values of a goal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from smartgoals_app.domain.validation import MAX_LONG, ValidationError, check_number, check_text
from smartgoals_app.services.records import MeasurementRecord, MeasurementSeries
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import Goal, Measurement


def _record(row: Measurement) -> MeasurementRecord:
    assert row.id is not None
    return MeasurementRecord(row.id, row.goal_id, row.measured_on, row.value, row.note, row.source)


class MeasurementService:
    def __init__(self, db: Database, *, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today

    def _check(self, day: date, value: float, note: str) -> None:
        errors = {}
        if message := check_number(value):
            errors["measurement.value"] = message
        if day > self._today():
            errors["measurement.measured_on"] = "A check-in cannot be dated in the future."
        if message := check_text(note, label="The note", required=False, limit=MAX_LONG):
            errors["measurement.note"] = message
        if errors:
            raise ValidationError(errors)

    def list(self, goal_id: int) -> list[MeasurementRecord]:
        with self._db.reading() as session:
            return [_record(m) for m in repo.measurements_for(session, goal_id=goal_id)]

    def series(self, goal_id: int) -> MeasurementSeries:
        """Every measurement of the goal as columns; one query, no ORM objects."""
        with self._db.reading() as session:
            ids, days, values, notes = repo.measurement_series(session, goal_id=goal_id)
        return MeasurementSeries(goal_id, ids, days, values, notes)

    def log(
        self, goal_id: int, day: date, value: float, note: str = "", *, source: str = "manual"
    ) -> MeasurementRecord:
        self._check(day, value, note)
        with self._db.transaction() as session:
            if session.get(Goal, goal_id) is None:
                raise ValidationError({"measurement.goal_id": "That goal no longer exists."})
            row = Measurement(goal_id=goal_id, measured_on=day, value=value, note=note.strip(), source=source)
            session.add(row)
            session.flush()
            return _record(row)

    def edit(self, measurement_id: int, day: date, value: float, note: str = "") -> MeasurementRecord:
        self._check(day, value, note)
        with self._db.transaction() as session:
            row = session.get(Measurement, measurement_id)
            if row is None:
                raise KeyError(measurement_id)
            row.measured_on, row.value, row.note = day, value, note.strip()
            session.add(row)
            session.flush()
            return _record(row)

    def delete(self, measurement_id: int) -> MeasurementRecord:
        """Delete and return what was deleted, so the UI can offer Undo via restore()."""
        with self._db.transaction() as session:
            row = session.get(Measurement, measurement_id)
            if row is None:
                raise KeyError(measurement_id)
            record = _record(row)
            session.delete(row)
            return record

    def restore(self, record: MeasurementRecord) -> MeasurementRecord:
        with self._db.transaction() as session:
            row = Measurement(
                id=record.id,
                goal_id=record.goal_id,
                measured_on=record.day,
                value=record.value,
                note=record.note,
                source=record.source,
            )
            session.add(row)
            session.flush()
            return _record(row)
