"""The calendar export, read back by an independent reader (recurring-ical-events)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from smartgoals_app.cli import main
from smartgoals_app.domain.draft import TaskDraft
from smartgoals_app.domain.enums import Cadence
from smartgoals_app.domain.schedule import checkin_dates
from smartgoals_app.io.export_plan import ExportError, export_plan, local_zone
from smartgoals_app.io.ics import CalendarCheckins, build_calendar
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.plan import PlanService
from smartgoals_app.services.workspaces import OpenWorkspace, WorkspaceService
from smartgoals_app.storage.database import Database, open_database
from tests.demo_files import DemoFiles
from tests.factories import goal_without_tasks, response_time_draft, signups_draft

LONDON = ZoneInfo("Europe/London")


def _read(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def _expanded(cal: Calendar, first: date, last: date, prefix: str) -> set[tuple[str, datetime]]:
    events = recurring_ical_events.of(cal).between(first, last + timedelta(days=1))
    return {(str(e["UID"]), e["DTSTART"].dt) for e in events if str(e["UID"]).startswith(prefix)}


@pytest.fixture
def demo_db(db: Database, demo_ids: list[int]) -> Database:
    return db


def test_export_expands_to_the_apps_occurrences_for_a_quarter(
    demo_db: Database, today: date, tmp_path: Path
) -> None:
    # A quarter that crosses the end of British summer time (late October).
    plan = PlanService(demo_db, today=lambda: today)
    target = tmp_path / "plan.ics"
    export_plan(demo_db, target, zone=LONDON)
    cal = _read(target)
    first, last = today - timedelta(days=60), today + timedelta(days=31)
    uid = next(str(e["UID"]) for e in cal.walk("VEVENT")).split("@", 1)[1]

    got = _expanded(cal, first, last, "task-")
    # In a calendar a task ends at its goal's deadline, as the goal's check-ins do.
    deadlines = {g.id: g.spec.deadline for g in GoalService(demo_db, today=lambda: today).overview()}
    expected = {
        (f"task-{o.task_id}@{uid}", o.start.replace(tzinfo=LONDON))
        for o in plan.occurrences(first, last)
        if o.start.date() <= deadlines[o.goal_id]
    }
    assert got == expected
    assert len(expected) > 40
    # Same instants in UTC: 11:00 in London is 10:00 UTC in summer, 11:00 in winter.
    chats = sorted(start for (u, start) in got if start.hour == 11 and start.weekday() == 1)
    assert {c.astimezone(UTC).hour for c in chats} == {10, 11}

    checkins = {(u, start) for (u, start) in _expanded(cal, first, last, "checkin-")}
    expected_checkins = {(f"checkin-{c.goal_id}@{uid}", c.day) for c in plan.checkins(first, last)}
    assert checkins == expected_checkins


def test_the_file_carries_rrule_duration_zone_and_the_why(demo_db: Database, tmp_path: Path) -> None:
    export_plan(demo_db, tmp_path / "plan.ics", zone=LONDON)
    cal = _read(tmp_path / "plan.ics")
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/London"]
    chat = next(e for e in cal.walk("VEVENT") if e["SUMMARY"] == "Join the industry Twitter chat")
    assert chat.decoded("RRULE")["FREQ"] == ["WEEKLY"]
    assert chat.decoded("DURATION") == timedelta(hours=1)
    assert chat["DTSTART"].params["TZID"] == "Europe/London"
    assert "Goal: Answer messages on X" in str(chat["DESCRIPTION"])
    assert "53% of people expect an answer" in str(chat["DESCRIPTION"])


def test_uids_are_stable_across_exports(demo_db: Database, tmp_path: Path) -> None:
    export_plan(demo_db, tmp_path / "a.ics", zone=LONDON)
    export_plan(demo_db, tmp_path / "b.ics", zone=LONDON)
    uids = [sorted(str(e["UID"]) for e in _read(tmp_path / n).walk("VEVENT")) for n in ("a.ics", "b.ics")]
    assert uids[0] == uids[1]
    assert len(set(uids[0])) == len(uids[0]) == 5 + 3


def test_until_is_written_in_utc_and_ends_on_the_right_day(db: Database, today: date, tmp_path: Path) -> None:
    goal_id = goal_without_tasks(db, today)
    plan = PlanService(db, today=lambda: today)
    plan.add_task(
        goal_id,
        TaskDraft(
            title="Late post",
            rrule="FREQ=DAILY;UNTIL=20261128T235959",
            start_date=today,
            start_time=time(23, 30),
            duration_minutes=20,
        ),
    )
    zone = ZoneInfo("America/New_York")
    export_plan(db, tmp_path / "p.ics", zone=zone)
    cal = _read(tmp_path / "p.ics")
    event = next(e for e in cal.walk("VEVENT") if e["SUMMARY"] == "Late post")
    assert event.decoded("RRULE")["UNTIL"][0].tzinfo is not None
    got = sorted(s for (_u, s) in _expanded(cal, today, today + timedelta(days=30), "task-"))
    assert [s.date() for s in got] == [today + timedelta(days=i) for i in range(7)]


def test_paused_tasks_stay_out(demo_db: Database, today: date, tmp_path: Path) -> None:
    plan = PlanService(demo_db, today=lambda: today)
    task = plan.tasks()[0]
    plan.set_paused(task.id, True)
    export_plan(demo_db, tmp_path / "p.ics", zone=LONDON)
    assert task.title not in [str(e["SUMMARY"]) for e in _read(tmp_path / "p.ics").walk("VEVENT")]


def test_empty_plan_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="empty"):
        export_plan(db, tmp_path / "p.ics", zone=LONDON)
    assert not (tmp_path / "p.ics").exists()


def test_local_zone_follows_tz() -> None:
    assert local_zone({"TZ": "Europe/London"}).key == "Europe/London"
    assert local_zone({"TZ": "Not/AZone"}).key  # falls back, never raises


# -- the command ---------------------------------------------------------------
def _cli(*args: str, tz: str = "Europe/London") -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/nonexistent", "TZ": tz}
    return subprocess.run(
        [sys.executable, "-m", "smartgoals_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.fixture
def demo_file(tmp_path: Path, today: date, demo_files: DemoFiles) -> Path:
    path = tmp_path / "demo.db"
    db = open_database(path, backup=False)
    demo_files.copy_into(db, today)
    db.close()
    return path


def test_cli_exports_without_a_window(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.ics"
    result = _cli("--db", str(demo_file), "export-plan", str(target))
    assert result.returncode == 0, result.stderr
    assert "Tasks: 5;" in result.stdout
    assert "Europe/London" in result.stdout
    assert len(list(_read(target).walk("VEVENT"))) == 8


def test_cli_fails_clearly(demo_file: Path, tmp_path: Path) -> None:
    missing = _cli("--db", str(tmp_path / "nope.db"), "export-plan", str(tmp_path / "x.ics"))
    assert missing.returncode == 1
    assert "No SmartGoals database" in missing.stderr
    assert not (tmp_path / "nope.db").exists()

    unwritable = _cli("--db", str(demo_file), "export-plan", str(tmp_path / "no" / "such" / "dir.ics"))
    assert unwritable.returncode == 1
    assert "does not exist" in unwritable.stderr

    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database at all" * 200)
    broken = _cli("--db", str(damaged), "export-plan", str(tmp_path / "x.ics"))
    assert broken.returncode == 1
    assert "Cannot export the plan" in broken.stderr
    assert not (tmp_path / "x.ics").exists()


@pytest.fixture
def two_workspaces(demo_file: Path, today: date) -> Path:
    """The demo goals in "Acme Bakery", and one goal of an agency's client in "Client B"."""
    db = open_database(demo_file, backup=False)
    try:
        spaces = WorkspaceService(db, OpenWorkspace())
        spaces.rename(spaces.open_remembered(None).id, "Acme Bakery")
        client = OpenWorkspace()
        WorkspaceService(db, client).open(spaces.add("Client B").id)
        GoalService(db, today=lambda: today, workspace=client).save(response_time_draft(today))
    finally:
        db.close()
    return demo_file


def test_cli_exports_one_workspaces_plan_by_its_name(
    two_workspaces: Path, tmp_path: Path, today: date, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "client.ics"
    assert main(["--db", str(two_workspaces), "export-plan", str(target), "--workspace", " client b "]) == 0
    client_tasks = [task.title for task in response_time_draft(today).tasks]
    assert f"Tasks: {len(client_tasks)}; goals with check-ins: 1." in capsys.readouterr().out
    titles = {str(event["SUMMARY"]) for event in _read(target).walk("VEVENT")}
    assert {title for title in titles if not title.startswith("Check-in")} == set(client_tasks)


def test_cli_names_the_workspaces_there_are_for_an_unknown_one(
    two_workspaces: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "x.ics"
    assert main(["--db", str(two_workspaces), "export-plan", str(target), "--workspace", "Nope"]) == 1
    assert capsys.readouterr().err.strip() == (
        "Cannot export the plan: There is no workspace named “Nope”. "
        "The workspaces are: “Acme Bakery”, “Client B”."
    )
    assert not target.exists()


def test_cli_refuses_an_empty_plan(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    open_database(path, backup=False).close()
    result = _cli("--db", str(path), "export-plan", str(tmp_path / "x.ics"))
    assert result.returncode == 1
    assert "empty" in result.stderr


def test_an_upgraded_file_gets_a_calendar_uid_once(tmp_path: Path) -> None:
    import sqlite3

    from alembic import command

    from smartgoals_app.io.export_plan import calendar_uid
    from smartgoals_app.storage.database import make_engine
    from smartgoals_app.storage.migrate import alembic_config

    path = tmp_path / "old.db"
    engine = make_engine(path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    db = open_database(path, backup=False)
    try:
        first = calendar_uid(db)
        assert first == calendar_uid(db)
        assert len(first) == 36
    finally:
        db.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM reminder_sent").fetchone() == (0,)


@pytest.mark.parametrize("start", [date(2027, 1, 31), date(2027, 1, 30), date(2028, 1, 29)])
def test_month_end_checkins_read_back_on_the_apps_days(start: date) -> None:
    deadline = start + timedelta(days=200)
    goal = CalendarCheckins(1, "Grow sign-ups", "Launch", Cadence.MONTHLY, start, deadline)
    cal = Calendar.from_ical(build_calendar([], [goal], calendar_uid="u", zone=LONDON).to_ical())
    read = sorted(
        e["DTSTART"].dt for e in recurring_ical_events.of(cal).between(start, deadline + timedelta(days=1))
    )
    assert read == checkin_dates(
        Cadence.MONTHLY, start=start, deadline=deadline, range_start=start, range_end=deadline
    )


def _one_task_goal(db: Database, today: date, rule: str, *, start: date, deadline: date) -> None:
    draft = signups_draft(today)
    draft.start_date = start
    draft.deadline = deadline
    draft.tasks = [TaskDraft(title="Chat", rrule=rule, start_time=time(11), duration_minutes=60)]
    GoalService(db, today=lambda: start).save(draft)


def _task_starts(cal: Calendar, first: date, last: date) -> list[datetime]:
    return sorted(start for _uid, start in _expanded(cal, first, last, "task-"))


def test_a_task_starts_on_its_first_real_day_not_on_the_plans_first_day(
    db: Database, today: date, tmp_path: Path
) -> None:
    monday = date(2026, 11, 30)
    _one_task_goal(db, today, "FREQ=WEEKLY;BYDAY=TU", start=monday, deadline=monday + timedelta(days=60))
    export_plan(db, tmp_path / "plan.ics", zone=LONDON)
    cal = _read(tmp_path / "plan.ics")
    event = next(e for e in cal.walk("VEVENT") if str(e["UID"]).startswith("task-"))
    assert event.decoded("DTSTART") == datetime(2026, 12, 1, 11, tzinfo=LONDON)  # the Tuesday
    starts = _task_starts(cal, monday, monday + timedelta(days=13))
    # A calendar shows DTSTART as an event even off the rule: no Monday may appear.
    assert [s.date() for s in starts] == [date(2026, 12, 1), date(2026, 12, 8)]


def test_a_task_without_an_end_of_its_own_ends_at_the_goals_deadline(
    db: Database, today: date, tmp_path: Path
) -> None:
    start = date(2026, 11, 30)
    deadline = date(2027, 1, 29)  # a Friday
    _one_task_goal(db, today, "FREQ=WEEKLY;BYDAY=MO,FR", start=start, deadline=deadline)
    export_plan(db, tmp_path / "plan.ics", zone=LONDON)
    starts = _task_starts(_read(tmp_path / "plan.ics"), start, deadline + timedelta(days=60))
    # Mondays and Fridays from 30 Nov to 29 Jan inclusive, counted by hand: 9 Mondays, 9 Fridays.
    assert len(starts) == 18
    assert max(starts).date() == deadline


def test_a_task_with_its_own_end_keeps_it(db: Database, today: date, tmp_path: Path) -> None:
    start = date(2026, 11, 30)
    deadline = date(2027, 1, 29)
    _one_task_goal(db, today, "FREQ=WEEKLY;BYDAY=MO;COUNT=3", start=start, deadline=deadline)
    export_plan(db, tmp_path / "plan.ics", zone=LONDON)
    starts = _task_starts(_read(tmp_path / "plan.ics"), start, deadline)
    assert [s.date() for s in starts] == [date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14)]


def test_a_yearly_task_is_written_once_before_the_deadline(db: Database, today: date, tmp_path: Path) -> None:
    start = date(2026, 11, 30)
    _one_task_goal(db, today, "FREQ=YEARLY", start=start, deadline=start + timedelta(days=40))
    # A yearly task lands on its start day: it is written, once.
    result = export_plan(db, tmp_path / "plan.ics", zone=LONDON)
    assert result.tasks == 1
    assert [
        s.date() for s in _task_starts(_read(tmp_path / "plan.ics"), start, start + timedelta(days=400))
    ] == [start]
