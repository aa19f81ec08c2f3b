"""Two copies of the app on one server, as two people: Ben's window in this process, Ana's
app in processes of its own (its command line, then its service layer). Ben's window hears
her changes without a click, nothing either saves is lost, and a correction both make to one
check-in asks Ben what to do, naming Ana."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smartgoals_app.cli import main
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.server import open_server_database, parse_server_address
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import Change, Choice
from tests.conftest import TODAY
from tests.factories import signups_draft
from tests.pg import PgServer
from tests.ui.dashboard.dashboard_driver import open_correction, type_value
from tests.ui.prompts import RecordingPrompts
from tests.ui.server_window import listening_window

LATEST = 3  # the goal list's column
WAIT_MS = 20000  # a notification between processes: waited for, never slept on
DAY = date.today()  # the other process checks figures against the real date


@dataclass
class Office:
    """Ben's open window, Ana's address for her own copy of the app, the admin's for reading."""

    window: MainWindow
    prompts: RecordingPrompts
    goal_id: int
    ana: str
    ana_login: str
    ben_login: str
    admin: str
    server: PgServer
    database: str


@pytest.fixture
def office(qtbot: QtBot, pg_server: PgServer, pg_schema_database: str) -> Iterator[Office]:
    admin = pg_server.url(database=pg_schema_database)
    assert main(["--db", admin, "admin", "init"]) == 0
    assert main(["--db", admin, "admin", "workspace", "add", "Bakery"]) == 0
    db = open_server_database(parse_server_address(admin))
    try:
        goal_id = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
        MeasurementService(db).log(goal_id, DAY, 10.0)
    finally:
        db.close()
    ana, ben = f"{pg_schema_database}_ana", f"{pg_schema_database}_ben"
    for login in (ana, ben):
        assert main(["--db", admin, "admin", "grant", "Bakery", login, "editor"]) == 0
    prompts = RecordingPrompts(errors_fail=True)
    with listening_window(qtbot, pg_server.url(user=ben, database=pg_schema_database), prompts) as window:
        yield Office(
            window,
            prompts,
            goal_id,
            pg_server.url(user=ana, database=pg_schema_database),
            ana,
            ben,
            admin,
            pg_server,
            pg_schema_database,
        )


def _run_as_ana(*args: str) -> None:
    """Ana's copy of the app, as its own process."""
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr


def _anas_correction(office: Office, measurement_id: int, value: float) -> None:
    """Ana corrects the check-in in her own process, through the app's service layer as a
    screen of hers would: from the version she has just read."""
    code = textwrap.dedent(
        f"""
        from datetime import date
        from smartgoals_app.services.measurements import MeasurementService
        from smartgoals_app.storage.server import open_server_database, parse_server_address
        db = open_server_database(parse_server_address({office.ana!r}))
        try:
            service = MeasurementService(db)
            seen = service.get({measurement_id})
            service.edit({measurement_id}, date.fromisoformat({DAY.isoformat()!r}), {value!r},
                         seen_version=seen.version)
        finally:
            db.close()
        """
    )
    _run_as_ana("-c", code)


def _stored(office: Office) -> list[tuple[date, float, str]]:
    """The goal's check-ins as the administrator reads them with psql in hand."""
    with office.server.connect(database=office.database) as admin:
        rows = admin.execute(
            "SELECT measured_on, value, source FROM measurement WHERE goal_id = %s ORDER BY measured_on",
            (office.goal_id,),
        ).fetchall()
    return [(day, float(value), source) for day, value, source in rows]


def _history(office: Office) -> list[tuple[str, str]]:
    """Who inserted and who changed the goal's check-ins, in order, as the server's
    triggers recorded it (the rows' own changed_by is not written by a bulk import)."""
    with office.server.connect(database=office.database) as admin:
        rows = admin.execute(
            "SELECT action, changed_by FROM change_history WHERE kind = 'measurement' AND goal_id = %s "
            "AND action <> 'delete' ORDER BY id",
            (office.goal_id,),
        ).fetchall()
    return [(action, who) for action, who in rows]


def _latest(office: Office) -> str:
    item = office.window.goal_list.item_for(office.goal_id)
    assert item is not None
    return item.text(LATEST)


def _todays_id(office: Office) -> int:
    with office.server.connect(database=office.database) as admin:
        row = admin.execute(
            "SELECT id FROM measurement WHERE goal_id = %s AND measured_on = %s", (office.goal_id, DAY)
        ).fetchone()
    assert row is not None
    return int(row[0])


def test_two_copies_of_the_app_as_two_editors(qtbot: QtBot, office: Office, tmp_path: Path) -> None:
    window = office.window
    assert _latest(office).startswith("10 ")

    # (1) Ana imports figures with her copy's command line; Ben's window hears it by itself.
    export = tmp_path / "signups.csv"
    days = [DAY - timedelta(days=2), DAY - timedelta(days=1), DAY]
    export.write_text(
        "date,signups\n"
        + "".join(
            f"{day.isoformat()},{value}\n" for day, value in zip(days, (1200, 1300, 4321), strict=True)
        ),
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.ops.bus.changed, timeout=WAIT_MS) as heard:
        _run_as_ana(
            "-m",
            "smartgoals_app",
            "--db",
            office.ana,
            "import-figures",
            str(export),
            "--goal",
            str(office.goal_id),
        )
    assert heard.args == [Change.MEASUREMENTS]
    qtbot.waitUntil(lambda: _latest(office).startswith("4,321 "), timeout=WAIT_MS)
    assert office.prompts.told == []  # nobody clicked, nobody was asked

    # (2) Ben corrects today's figure in his window: his and all of Ana's are stored.
    dialog = open_correction(qtbot, window, office.goal_id)
    assert dialog.value.text() == "4,321"
    type_value(qtbot, dialog, "4400")
    qtbot.waitUntil(lambda: window.checkin_dialog is None)
    assert _stored(office) == [
        (days[0], 1200.0, "import"),
        (days[1], 1300.0, "import"),
        (DAY, 4400.0, "import"),
    ]
    assert _history(office)[1:] == [
        ("insert", office.ana_login),
        ("insert", office.ana_login),
        ("insert", office.ana_login),
        ("update", office.ben_login),
    ]

    # (3) Ben opens the correction again; meanwhile Ana's process corrects the same row.
    todays = _todays_id(office)
    dialog = open_correction(qtbot, window, office.goal_id)
    with qtbot.waitSignal(window.ops.bus.changed, timeout=WAIT_MS):
        _anas_correction(office, todays, 5000.0)
    office.prompts.choices = [Choice.RELOAD]
    type_value(qtbot, dialog, "4500")
    assert [told.kind for told in office.prompts.told] == ["conflict"]
    assert f"{office.ana_login} changed the check-in of " in office.prompts.told[0].text
    assert dialog.isVisible()  # Reload theirs: her figure in the form, and in the database
    assert dialog.value.text() == "5,000"
    assert _stored(office)[-1] == (DAY, 5000.0, "import")
    assert _history(office)[-1] == ("update", office.ana_login)

    # Keep mine: Ana corrects once more from her process; Ben's figure goes over hers.
    with qtbot.waitSignal(window.ops.bus.changed, timeout=WAIT_MS):
        _anas_correction(office, todays, 6000.0)
    office.prompts.choices = [Choice.KEEP_MINE]
    type_value(qtbot, dialog, "4600")
    qtbot.waitUntil(lambda: window.checkin_dialog is None)
    assert [told.kind for told in office.prompts.told] == ["conflict", "conflict"]
    assert f"{office.ana_login} changed the check-in of " in office.prompts.told[1].text
    assert _stored(office) == [
        (days[0], 1200.0, "import"),
        (days[1], 1300.0, "import"),
        (DAY, 4600.0, "import"),
    ]
    assert _history(office)[-2:] == [("update", office.ana_login), ("update", office.ben_login)]
    qtbot.waitUntil(lambda: _latest(office).startswith("4,600 "), timeout=WAIT_MS)
