"""A shared PostgreSQL server instead of the SQLite file, opened by its address.

``smartgoals --db postgresql://user@host:5432/smartgoals`` (or SMARTGOALS_DB) names a
server database. The password never passes through SmartGoals: libpq finds it where it
always looks (``~/.pgpass``, PGPASSWORD, a service file), and an address that holds one
is refused, so it cannot end up in a settings file, a log or a window title. Every other
libpq setting (``sslmode``, ``sslrootcert``, ``options``, ``connect_timeout``...) passes
through the address untouched.

The SQLite machinery (lock file, rotating backups, pragmas, quick_check, file modes)
has no part here: the server keeps its own files. The schema is created and upgraded
by ``smartgoals admin init`` (storage/admin.py), run by the server's administrator;
the app itself never changes a server's schema, since its users may not.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlmodel import create_engine

from smartgoals_app.domain.text import Text, translate
from smartgoals_app.storage import schema_version
from smartgoals_app.storage.database import Database, NewerDatabaseError, StorageError

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"
# libpq waits for ever by default; a server that is down or behind a firewall must give
# words within seconds, not a frozen window. PGCONNECT_TIMEOUT or the address may say otherwise.
CONNECT_TIMEOUT_S = 5
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """A server database as the user named it (without a password: refused earlier)."""

    url: URL

    def __str__(self) -> str:
        """How the address is shown: user, host, port and database, no query settings."""
        host = self.url.host or str(self.url.query.get("host", "")) or "localhost"
        port = f":{self.url.port}" if self.url.port else ""
        if not port and self.url.query.get("port"):
            port = f":{self.url.query['port']}"
        user = f"{self.url.username}@" if self.url.username else ""
        return f"postgresql://{user}{host}{port}/{self.url.database or ''}"


def is_server_address(text: str) -> bool:
    scheme, separator, _rest = text.partition("://")
    return bool(separator) and scheme.lower() in SCHEMES


def parse_server_address(text: str) -> ServerAddress:
    """The address, or a StorageError in plain words when it is not one SmartGoals takes."""
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise StorageError(
            translate("Server", "{address} is not a database address SmartGoals can read.").format(
                address=_without_password(text)
            )
        ) from exc
    if url.password is not None:
        raise StorageError(
            translate(
                "Server",
                "Leave the password out of the database address: SmartGoals never keeps it. "
                "Put it in ~/.pgpass or the PGPASSWORD variable instead.",
            )
        )
    return ServerAddress(url.set(drivername=DRIVER))


def _without_password(text: str) -> str:
    scheme, separator, rest = text.partition("://")
    login, at, place = rest.rpartition("@")
    if not (separator and at):
        return text
    return f"{scheme}://{login.partition(':')[0]}@{place}"


def resolve_db_target(
    cli_value: str | os.PathLike[str] | None, environ: Mapping[str, str] | None = None
) -> Path | ServerAddress:
    """`--db` wins, then $SMARTGOALS_DB, then the per-user file; a postgresql:// address
    names a server database, anything else a file."""
    from smartgoals_app.storage.database import ENV_VAR, resolve_db_path

    env = os.environ if environ is None else environ
    chosen = str(cli_value) if cli_value else env.get(ENV_VAR, "")
    if chosen and is_server_address(chosen):
        return parse_server_address(chosen)
    return resolve_db_path(cli_value, dict(env))


def make_server_engine(address: ServerAddress) -> Engine:
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in address.url.query and not os.environ.get("PGCONNECT_TIMEOUT"):
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        engine = create_engine(address.url, connect_args=connect_args, pool_pre_ping=True)
    except ImportError as exc:  # the optional driver is not installed
        raise StorageError(
            translate(
                "Server",
                "SmartGoals needs the psycopg driver to open a server database: "
                'install it with pip install "smartgoals[postgres]".',
            )
        ) from exc
    event.listen(engine, "connect", _utc_session)
    return engine


def _utc_session(dbapi_connection: Any, _record: object) -> None:
    """Times are stored as UTC wall-clock values without a zone, as in the SQLite file;
    a session in another zone would shift every aware value it is given."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET TIME ZONE 'UTC'")
    dbapi_connection.commit()


def stored_revision(engine: Engine) -> str | None:
    """The schema revision on the server; None when SmartGoals' tables are not there."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is None:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def open_server_database(address: ServerAddress) -> Database:
    """Connect to a server database at the newest schema; a StorageError in plain words
    when the server cannot be reached, refuses the login, or is not set up."""
    engine = make_server_engine(address)
    try:
        revision = stored_revision(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StorageError(explain_server_read_failure(exc, address)) from exc
    if revision is not None and revision not in schema_version.KNOWN_REVISIONS:
        engine.dispose()
        raise NewerDatabaseError(
            translate(
                "Server",
                "The database {address} was set up by a newer version of SmartGoals. "
                "Install the newer version to open it.",
            ).format(address=str(address))
        )
    if revision != schema_version.HEAD:
        engine.dispose()
        raise StorageError(
            translate(
                "Server",
                "The database {address} is not set up for this version of SmartGoals: "
                "ask its administrator to run “smartgoals --db {address} admin init”.",
            ).format(address=str(address))
        )
    return Database(Path(str(address)), engine, server=str(address))


def may_change(db: Database) -> bool:
    """Whether this login may change goals at all: False for a viewer of every workspace
    it belongs to (the server grants it reading only); a file may always be changed."""
    if db.server is None:
        return True
    try:
        with db.engine.connect() as conn:
            return bool(conn.exec_driver_sql("SELECT has_table_privilege('measurement', 'INSERT')").scalar())
    except SQLAlchemyError as exc:
        raise StorageError(explain_server_failure(exc, db.server)) from exc


def upgrade_server(engine: Engine) -> None:
    """Create or upgrade the schema on the server: the same Alembic revisions as a file,
    in one transaction (PostgreSQL's DDL is transactional)."""
    from smartgoals_app.storage.database import APPLICATION_ID
    from smartgoals_app.storage.migrate import upgrade_to_head

    upgrade_to_head(engine, application_id=APPLICATION_ID)


def _sqlstate(exc: Exception) -> str:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return str(getattr(orig, "sqlstate", "") or "")


def refused_change(address: ServerAddress | str) -> Text:
    """A change the server's rules kept from this login (refused, or matched no row it may change)."""
    return translate(
        "Server",
        "The server {address} did not allow this: your role in this workspace does not let you "
        "make this change. Nothing was changed.",
    ).format(address=str(address))


def refused_or_raced(address: ServerAddress | str) -> Text:
    """An UPDATE that matched no row on a server: the two causes cannot be told apart
    from the statement, so both are named."""
    return translate(
        "Server",
        "The server {address} did not allow this change: your role in this workspace does "
        "not let you make it, or someone else saved the same thing at that moment. Nothing "
        "was changed: look at what is stored now.",
    ).format(address=str(address))


def explain_server_read_failure(exc: Exception, address: ServerAddress | str) -> Text:
    """One sentence for a failed read: refused reading means the login was granted
    nothing here (or was taken out of its workspaces while the window was open)."""
    if _sqlstate(exc) == "42501":
        _log.error("database server refused a read on %s: %s", address, exc)
        return translate(
            "Server",
            "You have no access to the SmartGoals database {address}: ask its administrator "
            "to add you to a workspace.",
        ).format(address=str(address))
    return explain_server_failure(exc, address)


def explain_server_failure(exc: Exception, address: ServerAddress | str) -> Text:
    """One sentence for a failed connection or statement; the server's own words and any
    SQL go to the log only."""
    _log.error("database server error on %s: %s", address, exc)
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    state = _sqlstate(exc)
    reason = str(orig).lower()
    shown = str(address)
    if state == "42501" or "row-level security" in reason or "permission denied" in reason:
        return refused_change(shown)
    if state in ("28P01", "28000") or "password" in reason or "authentication" in reason:
        return translate(
            "Server",
            "The server {address} refused the login: check the user name, and put the password "
            "in ~/.pgpass or the PGPASSWORD variable.",
        ).format(address=shown)
    if state == "3D000" or ("database" in reason and "does not exist" in reason):
        return translate("Server", "The database named in {address} does not exist on that server.").format(
            address=shown
        )
    if "timeout" in reason or "timed out" in reason:
        return translate(
            "Server", "The database server {address} did not answer within a few seconds."
        ).format(address=shown)
    if state.startswith("08") or "connection" in reason or "could not" in reason or not state:
        return translate(
            "Server",
            "SmartGoals cannot reach the database server {address}: check the address, and that "
            "the server is running and lets you in.",
        ).format(address=shown)
    return translate(
        "Server", "The database server {address} reported an error (details are in the log)."
    ).format(address=shown)
