"""Messages from services, io and storage are translatable Text, rendered in full.

A German user must not see an English half-sentence: every message these layers
hand to the UI is a ``domain.text.Text`` whose words, and the words of every Text
inside it, come from the lookup. Here the lookup is a fake language that puts
"DE:" before each source; the checks walk each message and allow only data (file
names, paths, cells of the file, sqlite's own detail) to stay as plain strings.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.enums import Cadence
from smartgoals_app.domain.text import Joined, Text, render
from smartgoals_app.domain.validation import NotFoundError, ValidationError
from smartgoals_app.io.export_plan import ExportError, export_plan
from smartgoals_app.io.exports import ExportError as ImportExportError
from smartgoals_app.io.exports import figures_from
from smartgoals_app.io.exports.cells import DateOrder
from smartgoals_app.io.exports.source import parse
from smartgoals_app.io.ics import CalendarCheckins, CalendarTask, build_calendar
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.services.plan import CheckinDue, PlanService, due_reminders
from smartgoals_app.services.records import TaskOccurrence
from smartgoals_app.storage.database import (
    DamagedDatabaseError,
    Database,
    NewerDatabaseError,
    StorageError,
    explain_failure,
    open_database,
)
from tests.factories import signups_draft

TODAY = date(2026, 11, 22)


def german(context: str, source: str) -> str:
    return "DE:" + source


def english_left(value: object, data: Iterable[str] = ()) -> list[str]:
    """Plain (untranslatable) strings with letters inside ``value`` that are not data."""
    allowed = set(data)
    if isinstance(value, Joined):
        return [left for part in value.parts for left in english_left(part, allowed)]
    if isinstance(value, Text):
        assert value.source, "a Text without words"
        return [left for v in value.params.values() for left in english_left(v, allowed)]
    if isinstance(value, str) and re.search(r"[A-Za-z]", value) and value not in allowed:
        return [value]
    return []


def assert_fully_translated(value: object, data: Iterable[str] = ()) -> str:
    """``value`` is Text, holds no English outside Text, and renders in the fake language."""
    assert isinstance(value, Text), f"not translatable: {value!r}"
    assert english_left(value, data) == []
    shown = render(value, german)
    assert isinstance(shown, str)
    assert "DE:" in shown
    # Each Text in the tree rendered its own words: one "DE:" per template.
    assert shown.count("DE:") == _templates(value)
    return shown


def _templates(value: object) -> int:
    if isinstance(value, Joined):
        return sum(_templates(part) for part in value.parts)
    if isinstance(value, Text):
        return 1 + sum(_templates(v) for v in value.params.values())
    return 0


# -- CSV import ------------------------------------------------------------------


BAD_ROWS = (
    "Date,Visits,Other\n"
    "2026-11-01,10,a\n"  # good
    "2026-11-02,n/a,b\n"  # not a number
    "2026-11-03,,c\n"  # empty value
    "2026-12-24,5,d\n"  # in the future
    "yesterday,5,e\n"  # not a date
    "2026-02-30,5,f\n"  # a date that does not exist
    "2026-11-05,-4,g\n"  # negative
    "2026-11-06,NaN,h\n"  # not an ordinary number
    "2026-11-07,1e20,i\n"  # too large
    "2026-11-01,11,j\n"  # same day as row 2
    "2026-11-08\n"  # no value cell
    ",5,k\n"  # empty date
)
CELLS = {"n/a", "yesterday", "2026-02-30", "2026-12-24", "-4", "NaN", "1e20", "Visits"}


def test_every_fault_of_bad_rows_is_translatable() -> None:
    figures = figures_from(
        parse(BAD_ROWS.encode(), name="visits.csv"), today=TODAY, date_column="Date", value_column="Visits"
    )
    assert len(figures.faults) == 10
    shown = [assert_fully_translated(fault.message, CELLS) for fault in figures.faults]
    assert all(line.startswith("DE:") for line in shown)
    assert "DE:row 3: DE:“n/a” is not a number" in shown
    for note in figures.notes:
        assert_fully_translated(note)


def test_column_names_notes_and_blockers_are_translatable() -> None:
    headerless = parse("2026-11-01;03/04/2026;10\n2026-11-02;05/06/2026;12\n".encode("cp1252"), name="a.csv")
    (table,) = headerless.tables
    assert list(table.columns) == ["Column A", "Column B", "Column C"]
    assert render(table.columns[1], german) == "DE:Column B"
    for note in headerless.notes:
        assert_fully_translated(note)

    latin = parse("Datum;Wert\n2026-11-01;10\n2026-11-02;€12\n".encode("cp1252"), name="b.csv")
    assert render(latin.notes[0], german).startswith("DE:The file is not UTF-8; it was read as Windows-1252")

    ambiguous = figures_from(headerless, today=TODAY, date_column="Column B", value_column="Column C")
    assert not ambiguous.can_import
    assert ambiguous.blocker is not None
    assert render(ambiguous.blocker, german).startswith("DE:The dates in “")
    ordered = figures_from(
        headerless,
        today=TODAY,
        date_column="Column B",
        value_column="Column C",
        date_order=DateOrder.DAY_FIRST,
    )
    assert ordered.can_import


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"Date,Visits\x00\x01\x02",
        b"\xff\xfe\x00\xd8",
        b"just one column\n2026-11-01\n",
    ],
)
def test_files_that_cannot_be_read_say_why_translatably(data: bytes) -> None:
    with pytest.raises(ImportExportError) as caught:
        figures_from(parse(data, name="visits.csv"), today=TODAY)
    assert_fully_translated(caught.value.args[0], {"visits.csv"})


# -- the database file -------------------------------------------------------------


def test_a_damaged_file_is_reported_translatably(db_path: Path) -> None:
    db_path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    message = caught.value.args[0]
    detail = message.params["detail"]  # sqlite's own words about the file
    shown = assert_fully_translated(message, {str(db_path), detail})
    assert shown.startswith(f"DE:The database {db_path} is damaged")


def test_a_newer_file_is_reported_translatably(db_path: Path) -> None:
    open_database(db_path, backup=False).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NewerDatabaseError) as caught:
        open_database(db_path)
    shown = assert_fully_translated(caught.value.args[0], {str(db_path)})
    assert shown == (
        f"DE:{db_path} was saved by a newer version of SmartGoals. "
        "Install the newer version to open it; this file was left untouched."
    )
    assert str(caught.value) == shown.removeprefix("DE:")  # English unchanged


def test_a_foreign_file_is_reported_translatably(tmp_path: Path) -> None:
    other = tmp_path / "photos.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(StorageError) as caught:
        open_database(other)
    assert_fully_translated(caught.value.args[0], {str(other)})


@pytest.mark.parametrize(
    "problem",
    ["attempt to write a readonly database", "database is locked", "database or disk is full"],
)
def test_saving_failures_are_worded_translatably(problem: str, tmp_path: Path) -> None:
    assert_fully_translated(
        explain_failure(sqlite3.OperationalError(problem), tmp_path / "a.db"), {str(tmp_path / "a.db")}
    )


def test_a_conflict_is_worded_translatably(db: Database) -> None:
    from smartgoals_app.storage.models import Measurement

    with pytest.raises(StorageError) as caught, db.transaction() as session:
        session.add(Measurement(goal_id=12345, measured_on=date(2026, 1, 1), value=1.0))
    message = caught.value.args[0]
    shown = assert_fully_translated(message)
    assert shown.endswith("stored. Nothing was changed.")  # the constraint is for the log only


# -- services ----------------------------------------------------------------------


def test_service_validation_errors_are_translatable(db: Database) -> None:
    measurements = MeasurementService(db, today=lambda: TODAY)
    goal_id = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
    with pytest.raises(ValidationError) as caught:
        measurements.log(goal_id, TODAY + timedelta(days=1), 5.0, "x" * 3000)
    errors = caught.value.errors
    assert set(errors) == {"measurement.measured_on", "measurement.note"}
    assert (
        assert_fully_translated(errors["measurement.measured_on"])
        == "DE:DE:23 DE:Nov 2026 is still to come: a check-in records a figure already read "
        "(today is DE:22 DE:Nov 2026)."
    )
    assert "DE:The note" in assert_fully_translated(errors["measurement.note"])

    with pytest.raises(ValidationError) as caught:
        measurements.log(goal_id + 99, TODAY, 5.0)
    assert_fully_translated(caught.value.errors["measurement.goal_id"])

    with pytest.raises(ValidationError) as caught:
        measurements.import_points(goal_id, [(TODAY, 1.0), (TODAY + timedelta(days=3), 2.0)])
    (message,) = caught.value.errors.values()
    shown = assert_fully_translated(message, {"2026-11-25"})
    assert shown == (
        "DE:Row 2 (2026-11-25): DE:DE:25 DE:Nov 2026 is still to come: a check-in records a figure "
        "already read (today is DE:22 DE:Nov 2026)."
    )


def test_goal_and_plan_service_errors_are_translatable(db: Database) -> None:
    goals = GoalService(db, today=lambda: TODAY)
    with pytest.raises(ValidationError) as caught:
        goals.save(signups_draft(TODAY, strategy_id=4242))
    assert_fully_translated(caught.value.errors["strategy.statement"])
    with pytest.raises(NotFoundError) as gone:  # the UI words a goal gone meanwhile
        goals.save(signups_draft(TODAY, goal_id=4242))
    assert gone.value.what == "goal"

    plan = PlanService(db, today=lambda: TODAY)
    task = TaskDraft(title="Post", rrule="FREQ=WEEKLY;BYDAY=TU", start_time=time(9), start_date=TODAY)
    with pytest.raises(ValidationError) as caught:
        plan.add_task(4242, task)
    assert_fully_translated(caught.value.errors["task.goal"])


def test_reminders_are_translatable() -> None:
    now = datetime(2026, 11, 22, 8, 55)
    occurrence = TaskOccurrence(
        1, 2, "My goal", "Post a teaser", now + timedelta(minutes=5), now + timedelta(minutes=35), None, ""
    )
    at_once = TaskOccurrence(3, 2, "My goal", "Reply", now, now + timedelta(minutes=30), None, "")
    checkin = CheckinDue(2, "My goal", TODAY, False)
    reminders = due_reminders(
        [occurrence, at_once], [checkin], now=now, lead=timedelta(minutes=10), sent=set()
    )
    data = {"My goal", "Post a teaser", "Reply"}
    titles = [assert_fully_translated(r.title, data) for r in reminders]
    assert titles == ["DE:Post a teaser in 5 min", "DE:Reply now", "DE:Check-in due"]
    assert [r.title for r in reminders] == ["Post a teaser in 5 min", "Reply now", "Check-in due"]
    assert_fully_translated(reminders[2].message, data)


# -- the calendar export -----------------------------------------------------------


def test_export_errors_are_translatable(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        export_plan(db, tmp_path / "plan.ics")
    assert_fully_translated(caught.value.args[0])


@pytest.fixture
def handed(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[int, str], Text]:
    """The Text each icalendar ``.add()`` was given (the component keeps a vText copy)."""
    from icalendar.cal import Component

    seen: dict[tuple[int, str], Text] = {}
    original = Component.add

    def add(self: Component, name: str, value: object, *args: Any, **kwargs: Any) -> None:
        if isinstance(value, Text):
            seen[id(self), name.lower()] = value
        original(self, name, value, *args, **kwargs)

    monkeypatch.setattr(Component, "add", add)
    return seen


def test_calendar_words_are_translatable_but_written_in_english(handed: dict[tuple[int, str], Text]) -> None:
    zone = ZoneInfo("Europe/Berlin")
    task = CalendarTask(
        1, "Post", "FREQ=WEEKLY;BYDAY=TU", TODAY, time(9), 30, "Bring the photos", "My goal", "Because"
    )
    goal = CalendarCheckins(2, "My goal", "Because", Cadence.WEEKLY, TODAY, TODAY + timedelta(days=60))
    calendar = build_calendar([task], [goal], calendar_uid="u", zone=zone)
    task_event, checkin_event = calendar.walk("VEVENT")
    data = {"My goal", "Because", "Bring the photos"}
    for event in (task_event, checkin_event):
        shown = assert_fully_translated(handed[id(event), "description"], data)
        assert shown.startswith("DE:Goal: My goal\nDE:Why it matters: Because\n\n")
    summary = handed[id(checkin_event), "summary"]
    assert assert_fully_translated(summary, data) == "DE:Check-in: My goal"
    assert_fully_translated(handed[id(calendar), "x-wr-calname"])
    # The file itself holds the English source words: the export is given no lookup.
    written = calendar.to_ical().decode()
    assert "SUMMARY:Check-in: My goal" in written
    assert "DESCRIPTION:Goal: My goal\\nWhy it matters: Because\\n\\nBring the photos" in written
    assert "X-WR-CALNAME:SmartGoals plan" in written
