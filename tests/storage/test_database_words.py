"""What a failed write tells the user: plain words, never SQL (the SQL goes to the log)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.storage.models import AppMeta


def test_a_failed_write_shows_no_sql_and_logs_it(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(StorageError) as caught, db.transaction() as session:
        session.execute(text("INSERT INTO no_such_table VALUES (1)"))
    message = caught.value.args[0]
    assert "INSERT" not in message
    assert "[SQL" not in message
    assert "INSERT INTO no_such_table" in caplog.text


def test_a_constraint_names_no_table_to_the_user(db: Database, caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(StorageError) as caught, db.transaction() as session:
        session.execute(text("INSERT INTO goal (id, strategy_id) VALUES (1, 999)"))
    message = caught.value.args[0]
    assert "conflicts with what is already stored" in message
    assert "constraint" not in message.lower()
    assert "constraint" in caplog.text.lower()


def test_a_value_sqlite_cannot_take_is_refused_in_words(db: Database) -> None:
    with pytest.raises(StorageError, match="cannot store") as caught, db.transaction() as session:
        session.add(AppMeta(key="k", value="\ud800"))
    assert "Nothing was changed" in caught.value.args[0]
