"""The change feed on a server: the history triggers' notifications reach a listening
connection with ids only, and the app's own changes are told from others'."""

from __future__ import annotations

import json
import selectors
from collections.abc import Iterator
from datetime import date

import pytest

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.change_feed import CHANNEL, ChangeFeed, ChangeNote
from smartgoals_app.storage.database import Database
from tests.factories import signups_draft
from tests.pg import PgServer
from tests.storage.test_server_security import Team, team  # noqa: F401 - the fixture

TODAY = date(2026, 11, 22)


@pytest.fixture
def feed(pg_db: Database) -> Iterator[ChangeFeed]:
    made = ChangeFeed(pg_db.engine)
    made.open()
    try:
        yield made
    finally:
        made.stop()


def _wait_for(feed: ChangeFeed, count: int) -> list[ChangeNote]:
    """Block on the socket as the window's notifier would, until `count` notes are in."""
    notes: list[ChangeNote] = []
    with selectors.DefaultSelector() as selector:
        selector.register(feed.fileno(), selectors.EVENT_READ)
        while len(notes) < count:
            assert selector.select(timeout=30), "no notification within 30 s"
            notes.extend(feed.drain())
    return notes


def test_others_changes_arrive_and_the_apps_own_are_marked(
    pg_db: Database, feed: ChangeFeed, pg_server: PgServer
) -> None:
    pg_database = str(pg_db.engine.url.database)
    goal_id = GoalService(pg_db, today=lambda: TODAY).save(signups_draft(TODAY))
    own = _wait_for(feed, 1)
    assert all(note.own for note in own)
    assert {note.kind for note in own} >= {"goal"}
    with pg_server.connect(database=pg_database) as other:  # someone else, with psql in hand
        other.execute(
            "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at) "
            "VALUES (%s, '2026-11-20', 42, '', 'manual', now())",
            (goal_id,),
        )
    notes = [n for n in _wait_for(feed, 1) if not n.own]
    while not notes:
        notes = [n for n in _wait_for(feed, 1) if not n.own]
    assert notes[0].kind == "measurement"
    assert notes[0].goal_id == goal_id
    assert notes[0].workspace_id is not None


def test_a_payload_holds_ids_only(pg_db: Database, pg_server: PgServer) -> None:
    pg_database = str(pg_db.engine.url.database)
    goal_id = GoalService(pg_db, today=lambda: TODAY).save(signups_draft(TODAY))
    with (
        pg_server.connect(database=pg_database) as listener,
        pg_server.connect(database=pg_database) as other,
    ):
        workspace = listener.execute("SELECT MIN(id) FROM workspace").fetchone()[0]
        listener.execute(f'LISTEN "{CHANNEL}_{workspace}"')
        MeasurementService(pg_db, today=lambda: TODAY).log(goal_id, TODAY, 7.0)
        other.execute("UPDATE goal SET title = 'A secret plan' WHERE id = %s", (goal_id,))
        payloads = [json.loads(n.payload) for n in listener.notifies(timeout=30, stop_after=2)]
    for payload in payloads:
        assert set(payload) == {"kind", "workspace", "goal", "user"}
        assert all(isinstance(payload[key], int) for key in ("workspace", "goal", "user"))
    assert "secret" not in json.dumps(payloads)


def test_a_lost_connection_says_so_and_opens_again(
    pg_db: Database, feed: ChangeFeed, pg_server: PgServer
) -> None:
    from smartgoals_app.storage.change_feed import FeedLostError

    pg_database = str(pg_db.engine.url.database)

    with pg_server.connect(database=pg_database) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN%%' AND datname = current_database()"
        )
    with pytest.raises(FeedLostError):
        _wait_for(feed, 1)
    assert not feed.is_open
    feed.open()
    assert feed.is_open


def test_a_member_hears_nothing_of_another_workspace(team: Team) -> None:  # noqa: F811
    from smartgoals_app.storage.server import open_server_database, parse_server_address

    for who, heard_goal, silent_goal in (
        ("dan", team.goal_b, team.goal_a),
        ("cleo", team.goal_a, team.goal_b),
    ):
        db = open_server_database(
            parse_server_address(team.server.url(user=team.user(who), database=team.database))
        )
        feed = ChangeFeed(db.engine)
        try:
            feed.open()
            with team.server.connect(database=team.database) as admin:
                admin.execute("UPDATE measurement SET value = value + 1 WHERE goal_id = %s", (silent_goal,))
                admin.execute("UPDATE measurement SET value = value + 1 WHERE goal_id = %s", (heard_goal,))
            notes = _wait_for(feed, 1)
            assert [note.goal_id for note in notes] == [heard_goal]
        finally:
            feed.stop()
            db.close()
