"""The window on a server database: each person sees their workspaces' goals, and an
unreachable server is one plain sentence in a dialog, not a frozen window."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smartgoals_app.cli import main
from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.server import open_server_database, parse_server_address
from smartgoals_app.ui.server_app import open_server_window
from tests.factories import response_time_draft
from tests.pg import PgServer, _free_port
from tests.ui.prompts import RecordingPrompts


def _url(server: PgServer, user: str, database: str) -> str:
    return f"postgresql://{user}@/{database}?host={server.socket_dir}&port={server.port}"


def test_each_person_sees_only_their_workspaces_goals(
    qtbot: QtBot, pg_server: PgServer, pg_schema_database: str, today: date
) -> None:
    admin = pg_server.url(database=pg_schema_database)
    assert main(["--db", admin, "admin", "init"]) == 0
    assert main(["--db", admin, "admin", "workspace", "add", "Bakery"]) == 0
    assert main(["--db", admin, "admin", "workspace", "add", "Client B"]) == 0
    db = open_server_database(parse_server_address(admin))
    try:
        bakery = populate_demo(db, today)
        other = GoalService(db, today=lambda: today).save(response_time_draft(today))
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE strategy SET workspace_id = (SELECT id FROM workspace WHERE name = 'Client B') "
                f"WHERE id = (SELECT strategy_id FROM goal WHERE id = {int(other)})"
            )
    finally:
        db.close()
    viewer, member = f"{pg_schema_database}_cleo", f"{pg_schema_database}_dan"
    assert main(["--db", admin, "admin", "grant", "Bakery", viewer, "viewer"]) == 0
    assert main(["--db", admin, "admin", "grant", "Client B", member, "editor"]) == 0
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for user, expected, workspace in (
        (viewer, sorted(bakery), "Bakery (read only)"),
        (member, [other], "Client B"),
    ):
        opened = open_server_window(
            app,
            parse_server_address(_url(pg_server, user, pg_schema_database)),
            RecordingPrompts(errors_fail=True),
        )
        assert opened is not None
        window, _services, server_db = opened
        try:
            window.show()
            qtbot.waitExposed(window)
            window.refresh()
            assert sorted(window.goal_list.visible_ids()) == expected
            assert window.windowTitle() == workspace  # the open one, the only one each may see
        finally:
            # Gone with its timers (reminders) before its database goes.
            window.close()
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            server_db.close()


def test_an_unreachable_server_is_one_sentence_in_a_dialog() -> None:
    prompts = RecordingPrompts()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    address = parse_server_address(f"postgresql://ana@127.0.0.1:{_free_port()}/smartgoals")
    assert open_server_window(app, address, prompts) is None
    [(title, text)] = [(told.title, told.text) for told in prompts.errors]
    assert title == "SmartGoals cannot open its database"
    assert "cannot reach the database server" in text
    assert "\n" not in text


def test_an_address_with_a_password_is_refused_in_a_dialog_at_start(tmp_path: Path) -> None:
    """Started from a desktop icon, stderr is seen by nobody: the reason is shown too."""
    code = (
        "import sys\n"
        "from smartgoals_app.ui import dialogs\n"
        "dialogs.show_error = lambda _p, title, text: print('DIALOG', title, '|', text)\n"
        "from smartgoals_app.cli import main\n"
        "sys.exit(main(['--db', 'postgresql://ana:s3cret@db.example/smartgoals']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 2, done.stderr
    assert "DIALOG SmartGoals cannot open its database | Leave the password out" in done.stdout
    assert "s3cret" not in done.stdout + done.stderr
