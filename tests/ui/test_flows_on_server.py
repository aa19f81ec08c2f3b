"""The wizard, dashboard and Plan tab flows, driven by keys and clicks as elsewhere, once
more on a PostgreSQL server: logged in as an editor of a workspace (row-level security
applies, as to any member), and checked in what the server stored.

The flows are the screens' own tests, collected here a second time with ``db`` (and the
demo goals) on the server instead of a file; nothing of them is written twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.cli import main
from smartgoals_app.services.demo import populate_demo
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.server import open_server_database, parse_server_address
from smartgoals_app.ui.wizard.common import WHY
from tests.conftest import TODAY
from tests.pg import PgServer
from tests.pg_pool import DatabasePool
from tests.ui.dashboard.test_dashboard import (
    test_deleting_a_measurement_and_undoing_it,
    test_editing_a_measurement_in_the_table,
    test_logging_a_checkin_updates_database_chart_summary_and_list,
)
from tests.ui.dashboard.test_dashboard_usability import (
    test_delete_goal_asks_naming_the_goal_and_what_goes_with_it,
)
from tests.ui.plan.test_plan_view import (
    answers,
    goal_id,
    plan,
    task_id,
    test_add_edit_pause_delete_tasks,
    test_skipping_asks_for_a_note,
    test_ticking_done_updates_the_db_and_adherence,
    view,
)
from tests.ui.wizard.test_wizard_drafts import test_close_keeps_the_draft_and_the_next_start_resumes_it
from tests.ui.wizard.test_wizard_flows import test_newsletter_signups_goal_more_is_better
from tests.ui.wizard.wizard_driver import open_wizard

FLOWS = (
    test_newsletter_signups_goal_more_is_better,
    test_close_keeps_the_draft_and_the_next_start_resumes_it,
    test_logging_a_checkin_updates_database_chart_summary_and_list,
    test_editing_a_measurement_in_the_table,
    test_deleting_a_measurement_and_undoing_it,
    test_delete_goal_asks_naming_the_goal_and_what_goes_with_it,
    test_ticking_done_updates_the_db_and_adherence,
    test_skipping_asks_for_a_note,
    test_add_edit_pause_delete_tasks,
)
FIXTURES = (answers, goal_id, plan, task_id, view)  # the Plan tab's, for its flows here

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def server_url(server: PgServer, user: str, database: str) -> str:
    return f"postgresql://{user}@/{database}?host={server.socket_dir}&port={server.port}"


@dataclass(frozen=True)
class Bakery:
    """A server database set up by `admin init`, with the workspace Bakery, its editor
    and, when the test asks for them, the demo goals written by that editor."""

    database: str
    editor: str
    demo_ids: tuple[int, ...]


def _bakery(server: PgServer, database: str, *, demo: bool) -> Bakery:
    admin = server.url(database=database)
    assert main(["--db", admin, "admin", "init"]) == 0
    assert main(["--db", admin, "admin", "workspace", "add", "Bakery"]) == 0
    editor = f"{database}_editor_ann"
    assert main(["--db", admin, "admin", "grant", "Bakery", editor, "editor"]) == 0
    if not demo:
        return Bakery(database, editor, ())
    db = open_server_database(parse_server_address(server_url(server, editor, database)))
    try:
        return Bakery(database, editor, tuple(populate_demo(db, TODAY)))
    finally:
        db.close()


@pytest.fixture
def bakery(
    request: pytest.FixtureRequest, pg_server: PgServer, pg_pool: DatabasePool, pg_schema_template: str
) -> Iterator[Bakery]:
    """Made once per database and handed on from test to test (tests/pg_pool.py): the
    demo goals take longer to write on a server than most of these tests take to run."""

    def with_demo(name: str) -> Bakery:
        return _bakery(pg_server, name, demo=True)

    def without(name: str) -> Bakery:
        return _bakery(pg_server, name, demo=False)

    prepare = with_demo if "demo_ids" in request.fixturenames else without
    with pg_pool.prepared(pg_schema_template, prepare) as (_name, made):
        yield made


@pytest.fixture
def db(pg_server: PgServer, bakery: Bakery) -> Iterator[Database]:
    """The Bakery's database, opened as its editor."""
    database = open_server_database(
        parse_server_address(server_url(pg_server, bakery.editor, bakery.database))
    )
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def demo_ids(bakery: Bakery, today: date) -> list[int]:
    """The demo goals, written by the editor through the services."""
    assert today == TODAY, "the demo goals were written on TODAY"
    return list(bakery.demo_ids)


def test_a_draft_one_person_keeps_is_offered_to_them_and_no_one_else(
    qtbot: QtBot, pg_server: PgServer, bakery: Bakery, db: Database, today: date
) -> None:
    ann = open_wizard(qtbot, GoalService(db, today=lambda: today), DraftService(db), today)
    ann.walk_newsletter_to(WHY)
    ann.type("goal.why", "Ann's reason")
    ann.wizard.close()
    assert ann.asked() == ["Keep this goal for later?"]

    bob = f"{bakery.database}_editor_bob"
    assert (
        main(["--db", pg_server.url(database=bakery.database), "admin", "grant", "Bakery", bob, "editor"])
        == 0
    )
    bob_db = open_server_database(parse_server_address(server_url(pg_server, bob, bakery.database)))
    try:
        other = open_wizard(qtbot, GoalService(bob_db, today=lambda: today), DraftService(bob_db), today)
        offer = other.wizard.currentPage().findChild(QWidget, "wizard.resume")
        assert offer is None or not offer.isVisible(), "Ann's draft is not offered to Bob"
        other.wizard.close()
    finally:
        bob_db.close()

    again = open_wizard(qtbot, GoalService(db, today=lambda: today), DraftService(db), today)
    assert again.find("wizard.resume").isVisible()
    again.next(resuming=True)
    assert again.find("goal.why", QPlainTextEdit).toPlainText() == "Ann's reason"
