"""The test PostgreSQL server itself: it runs, as a user that is not root, and goes away."""

from __future__ import annotations

from tests.pg import PgServer


def test_the_server_answers_plain_sql(pg_server: PgServer, pg_database: str) -> None:
    with pg_server.connect(database=pg_database) as conn:
        assert conn.execute("SELECT current_database(), 1 + 1").fetchone() == (pg_database, 2)
        # The data folder is the temporary one, never the machine's own cluster.
        data = conn.execute("SELECT current_setting('data_directory')").fetchone()
    assert data is not None
    assert str(data[0]).startswith(str(pg_server.folder))
