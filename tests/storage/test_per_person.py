"""On a server, wizard drafts and the records of reminders shown are each login's own:
two people of one workspace never resume each other's draft, and each is reminded once,
whoever was reminded first. (A file has one person: tests/services cover it unchanged.)"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, time, timedelta

import pytest
from alembic import command
from psycopg import errors

from smartgoals_app.cli import main
from smartgoals_app.domain.draft import GoalDraft, TaskDraft
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.plan import PlanService, Reminder
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.migrate import alembic_config
from smartgoals_app.storage.server import make_server_engine, open_server_database, parse_server_address
from tests.conftest import TODAY
from tests.pg import SUPERUSER, PgServer
from tests.storage.test_server_security import Team, team

assert team  # the fixture, imported for this module


@contextmanager
def _as(team: Team, who: str) -> Iterator[Database]:
    host, port = team.server.socket_dir, team.server.port
    db = open_server_database(
        parse_server_address(f"postgresql://{team.user(who)}@/{team.database}?host={host}&port={port}")
    )
    try:
        yield db
    finally:
        db.close()


def test_a_draft_is_resumed_only_by_the_person_who_typed_it(team: Team) -> None:
    with _as(team, "ana") as ana_db:
        DraftService(ana_db).save(GoalDraft(title="Ana's half-typed goal"), page=3)
    with _as(team, "ben") as ben_db:
        ben = DraftService(ben_db)
        assert ben.pending() is None, "another person's draft is not offered"
        ben.save(GoalDraft(title="Ben's own goal"), page=2)
        ben.discard()  # Ben's "discard" cannot reach Ana's draft
    with _as(team, "ana") as ana_db:
        mine = DraftService(ana_db).pending()
    assert mine is not None
    assert (mine.draft.title, mine.page) == ("Ana's half-typed goal", 3)


def test_a_draft_for_editing_a_goal_is_kept_apart_too(team: Team) -> None:
    with _as(team, "ana") as ana_db:
        DraftService(ana_db).save(GoalDraft(goal_id=team.goal_a, title="Ana edits"), page=4)
    with _as(team, "ben") as ben_db:
        assert DraftService(ben_db).pending(team.goal_a) is None


def test_nobody_reads_or_writes_another_persons_drafts_with_sql(team: Team) -> None:
    with _as(team, "ana") as ana_db:
        DraftService(ana_db).save(GoalDraft(title="Ana's"), page=1)
    with team.login("ben") as ben:
        assert ben.execute("SELECT * FROM wizard_draft").fetchall() == []
        assert ben.execute("UPDATE wizard_draft SET payload = '{}'").rowcount == 0
        assert ben.execute("DELETE FROM wizard_draft").rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege):
            ben.execute(
                "INSERT INTO wizard_draft (page, payload, updated_at, login) VALUES (0, '{}', now(), %s)",
                (team.user("ana"),),
            )
        ben.execute("INSERT INTO wizard_draft (page, payload, updated_at) VALUES (0, '{}', now())")
        assert ben.execute("SELECT login FROM wizard_draft").fetchall() == [(team.user("ben"),)]
    with team.server.connect(database=team.database) as admin:
        logins = sorted(row[0] for row in admin.execute("SELECT login FROM wizard_draft").fetchall())
    assert logins == sorted([team.user("ana"), team.user("ben")])


def test_a_viewer_keeps_no_drafts(team: Team) -> None:
    with team.login("cleo") as viewer, pytest.raises(errors.InsufficientPrivilege):
        viewer.execute("INSERT INTO wizard_draft (page, payload, updated_at) VALUES (0, '{}', now())")


def _plan_with_a_task(team: Team) -> None:
    with _as(team, "ana") as ana_db:
        PlanService(ana_db, today=lambda: TODAY).add_task(
            team.goal_a,
            TaskDraft(
                title="Answer the comments",
                rrule="FREQ=DAILY",
                start_date=TODAY,
                start_time=time(9),
                duration_minutes=30,
            ),
        )


def _remind(team: Team, who: str, now: datetime) -> list[Reminder]:
    with _as(team, who) as db:
        shown: list[Reminder] = []
        PlanService(db, today=lambda: now.date()).remind(now, shown.append)
        return shown


def test_each_person_is_reminded_once_whoever_was_first(team: Team) -> None:
    _plan_with_a_task(team)
    now = datetime.combine(TODAY + timedelta(days=1), time(8, 50))
    to_ana = _remind(team, "ana", now)
    assert [r.kind for r in to_ana if r.kind == "task"] == ["task"]
    assert _remind(team, "ana", now) == [], "Ana is not reminded twice"
    to_ben = _remind(team, "ben", now)
    assert to_ben == to_ana, "Ben is reminded although Ana was reminded first"
    to_cleo = _remind(team, "cleo", now)  # a viewer is reminded too, and it is recorded
    assert to_cleo == to_ana
    assert _remind(team, "ben", now) == []
    assert _remind(team, "cleo", now) == []
    with team.login("ben") as ben:
        assert {row[0] for row in ben.execute("SELECT login FROM reminder_sent").fetchall()} == {
            team.user("ben")
        }


def test_a_server_upgraded_to_per_person_rows_gives_the_old_ones_to_its_administrator(
    pg_server: PgServer, pg_database: str
) -> None:
    url = pg_server.url(database=pg_database)
    engine = make_server_engine(parse_server_address(url))
    config = alembic_config()

    def alembic(action: str, revision: str) -> None:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)

    try:
        alembic("upgrade", "0005")
        with pg_server.connect(database=pg_database) as admin:
            for _ in range(2):  # the same reminder twice is refused before, as after, per login
                with contextlib.suppress(errors.UniqueViolation):
                    admin.execute(
                        "INSERT INTO reminder_sent (kind, ref_id, occurrence_start, sent_at) "
                        "VALUES ('checkin', 1, '2026-11-20', now())"
                    )
            admin.execute("INSERT INTO wizard_draft (page, payload, updated_at) VALUES (1, '{}', now())")
        assert main(["--db", url, "admin", "init"]) == 0
        with pg_server.connect(database=pg_database) as admin:
            for table in ("reminder_sent", "wizard_draft"):
                assert admin.execute(f"SELECT login FROM {table}").fetchall() == [(SUPERUSER,)], table
        alembic("downgrade", "0005")
        with pg_server.connect(database=pg_database) as admin:
            columns = admin.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'reminder_sent'"
            ).fetchall()
            assert ("login",) not in columns
            assert admin.execute("SELECT count(*) FROM reminder_sent").fetchone() == (1,)
        alembic("upgrade", "head")
    finally:
        engine.dispose()
