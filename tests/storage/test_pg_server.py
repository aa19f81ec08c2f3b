"""The test PostgreSQL server itself: it runs, as a user that is not root, and goes away."""

from __future__ import annotations

import pytest

from tests.pg import REQUIRE_ENV, PgServer, _unavailable


def test_the_server_answers_plain_sql(pg_server: PgServer, pg_database: str) -> None:
    with pg_server.connect(database=pg_database) as conn:
        assert conn.execute("SELECT current_database(), 1 + 1").fetchone() == (pg_database, 2)
        # The data folder is the temporary one, never the machine's own cluster.
        data = conn.execute("SELECT current_setting('data_directory')").fetchone()
    assert data is not None
    assert str(data[0]).startswith(str(pg_server.folder))


def test_without_postgresql_the_tests_skip_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        _unavailable("PostgreSQL is not installed")


def test_where_postgresql_is_required_its_absence_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match="not installed"):
        _unavailable("PostgreSQL is not installed")
