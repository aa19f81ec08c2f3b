"""Export the plan to a calendar file, from the app's menu or from the command line:
`smartgoals --db PATH export-plan FILE.ics`.

Exit codes of the command: 0 written; 1 nothing written, with the reason on
stderr (no database at PATH, damaged or newer database, unwritable FILE, or a
plan with nothing on it: no active task and no active goal with check-ins).
The file is written to a temporary neighbour and renamed, so a failed export
never leaves half a calendar behind.

The zone is the user's: $TZ when it names a zone, else the system's
(/etc/localtime, /etc/timezone), else UTC.
"""

from __future__ import annotations

import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smartgoals_app.domain.enums import Cadence
from smartgoals_app.domain.schedule import is_valid_rule
from smartgoals_app.domain.text import translate
from smartgoals_app.io.command import run_on_database
from smartgoals_app.io.files import write_atomically
from smartgoals_app.io.ics import CalendarCheckins, CalendarTask, build_calendar
from smartgoals_app.storage import repositories as repo
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.models import AppMeta
from smartgoals_app.storage.server import ServerAddress

CALENDAR_UID_KEY = "calendar_uid"


class ExportError(RuntimeError):
    """Why the export wrote nothing; worded for the user: ``args[0]`` is a translatable
    Text, for ``localize(exc.args[0])`` in the UI."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    tasks: int
    goals: int
    zone: str
    left_out: int = 0  # tasks whose stored repeat rule SmartGoals cannot read


def local_zone(environ: dict[str, str] | None = None) -> ZoneInfo:
    env = os.environ if environ is None else environ
    candidates = [env.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    tzfile = Path("/etc/timezone")
    if tzfile.is_file():
        candidates.append(tzfile.read_text(encoding="utf-8").strip())
    for name in candidates:
        if not name or name.startswith("/"):
            continue
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


def calendar_uid(db: Database) -> str:
    """The per-database UUID (made by migration 0002; made here if a file lacks it)."""
    with db.reading() as session:
        row = session.get(AppMeta, CALENDAR_UID_KEY)
        if row is not None:
            return row.value
    with db.transaction() as session:
        row = session.get(AppMeta, CALENDAR_UID_KEY)
        if row is None:
            row = AppMeta(key=CALENDAR_UID_KEY, value=str(uuid.uuid4()))
            session.add(row)
        return row.value


def plan_for_calendar(
    db: Database, *, workspace_id: int | None = None
) -> tuple[list[CalendarTask], list[CalendarCheckins]]:
    """Active goals' unpaused tasks and check-ins (of one workspace, or of all), as plain
    data for io.ics."""
    with db.reading() as session:
        rows = repo.list_goals(session, include_archived=False, workspace_id=workspace_id)
        goals = {g.id: g for g in rows if g.id is not None}
        tasks = [
            CalendarTask(
                id=t.id,
                title=t.title,
                rrule=t.rrule,
                start_date=t.start_date,
                start_time=t.start_time,
                duration_minutes=t.duration_minutes,
                notes=t.notes,
                goal_title=goals[t.goal_id].title,
                goal_why=goals[t.goal_id].why,
                goal_deadline=goals[t.goal_id].deadline,
            )
            for t in repo.tasks_for(session)
            if t.id is not None and not t.paused and t.goal_id in goals
        ]
    checkins = [
        CalendarCheckins(gid, g.title, g.why, Cadence(g.cadence), g.start_date, g.deadline)
        for gid, g in goals.items()
    ]
    return tasks, checkins


def export_plan(
    db: Database, target: Path, *, zone: ZoneInfo | None = None, workspace_id: int | None = None
) -> ExportResult:
    """Write the plan (of one workspace: the window's open one; of all: the command
    line's) to `target`; raises ExportError (nothing written) on failure."""
    zone = zone or local_zone()
    tasks, checkins = plan_for_calendar(db, workspace_id=workspace_id)
    if not tasks and not checkins:
        raise ExportError(
            translate(
                "CalendarExport",
                "The plan is empty: there are no active goals or tasks to export. Nothing written.",
            )
        )
    readable = [t for t in tasks if is_valid_rule(t.rrule)]
    calendar = build_calendar(readable, checkins, calendar_uid=calendar_uid(db), zone=zone)
    write_atomically(target, calendar.to_ical(), example="plan.ics", error=ExportError)
    # A task whose rule never lands before its goal's deadline has no event to count.
    written = sum(1 for event in calendar.walk("VEVENT") if str(event["UID"]).startswith("task-"))
    return ExportResult(target, written, len(checkins), zone.key, len(tasks) - len(readable))


def _cannot_export(exc: Exception) -> str:
    # args[0] keeps the reason a Text (str(exc) would be its English words only).
    reason = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
    return translate("CalendarExport", "Cannot export the plan: {reason}").format(reason=reason)


def export_plan_command(db_path: Path | ServerAddress, target: Path, *, workspace: str | None = None) -> int:
    """``workspace``: the name of the only workspace whose plan is written; all by default."""

    def export(db: Database) -> ExportResult:
        if workspace is None:
            return export_plan(db, target)
        with db.reading() as session:
            workspace_id = repo.workspace_named(session, workspace)
        return export_plan(db, target, workspace_id=workspace_id)

    result = run_on_database(
        db_path,
        export,
        refused=(ExportError,),
        cannot=_cannot_export,
        missing=translate("CalendarExport", "No SmartGoals database at {path}; nothing exported.").format(
            path=str(db_path)
        ),
    )
    if result is None:
        return 1
    print(
        translate(
            "CalendarExport",
            "Wrote the plan to {path} (times in {zone}). Tasks: {tasks}; goals with check-ins: {goals}.",
        ).format(tasks=result.tasks, goals=result.goals, path=str(result.path), zone=result.zone)
    )
    if result.left_out:
        print(left_out_message(result.left_out), file=sys.stderr)
    return 0


def left_out_message(count: int) -> str:
    if count == 1:
        return translate(
            "CalendarExport",
            "Left out one task whose repeat rule SmartGoals cannot read; edit it in the Plan tab.",
        )
    return translate(
        "CalendarExport",
        "Left out {count} tasks whose repeat rule SmartGoals cannot read; edit them in the Plan tab.",
    ).format(count=count)
