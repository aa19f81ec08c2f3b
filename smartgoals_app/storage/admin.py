"""Setting a PostgreSQL server up for a team: schema, roles, members and the rules
the server itself enforces (``smartgoals --db URL admin ...``, docs/teams.md).

Who may do what is decided by the server, not by the app's menus, so it holds for
anyone with psql in hand:

- ``membership`` lists who (a database user, matched with ``current_user``) is the
  owner, an editor or a viewer of which workspace;
- row-level security on every table lets a user see the rows of the workspaces they are
  a member of, and change them only where they are an owner or an editor. A row's
  workspace is found by following its foreign keys up to ``strategy.workspace_id``,
  so a table added later is covered by running ``admin init`` again. Rows that belong
  to no workspace (``app_meta``, a draft of a new goal) are shared: readable by every
  member, changed by owners and editors; ``reminder_sent`` is written by every member;
- wizard drafts and the records of reminders shown are each login's own: nobody else
  reads or changes them;
- ``change_history`` (written by the tables' own triggers, storage/history.py) is read
  by the members of the row's workspace; an owner or editor's trigger adds rows only
  in their own name (``changed_by = current_user``), and nobody but the administrator
  may change or remove a row: no role is granted UPDATE or DELETE on it;
- three group roles per database, ``<database>_viewer`` (SELECT), ``<database>_editor``
  (and INSERT, UPDATE, DELETE) and ``<database>_owner`` (and renaming its workspaces),
  give each user the table privileges of the highest role they hold there, so a
  viewer's write is refused before any row is looked at.

The administrator runs these as a database user that owns the tables (row-level
security does not apply to it) and may create roles.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel

from smartgoals_app.domain.text import Text, translate
from smartgoals_app.domain.workspaces import workspace_name_error
from smartgoals_app.storage import models as _models
from smartgoals_app.storage import schema_version
from smartgoals_app.storage.database import StorageError
from smartgoals_app.storage.server import (
    ServerAddress,
    explain_server_failure,
    make_server_engine,
    stored_revision,
    upgrade_server,
)

assert _models  # registers every table in the metadata

ROLES = ("owner", "editor", "viewer")  # highest first
WRITERS = ("owner", "editor")
MEMBERSHIP = "membership"
WORKSPACE = "workspace"
_MAX_NAME_BYTES = 63  # PostgreSQL's identifier length


class AdminError(StorageError):
    """Why an admin command did nothing; ``args[0]`` is a Text."""


@dataclass(frozen=True, slots=True)
class InitResult:
    revision: str
    tables: int  # tables under row-level security


def quote(name: str) -> str:
    """A role name as an SQL identifier: always quoted, so any name stays one name."""
    return '"' + name.replace('"', '""') + '"'


def _group(database: str, role: str) -> str:
    suffix = f"_{role}"
    return database.encode()[: _MAX_NAME_BYTES - len(suffix)].decode(errors="ignore") + suffix


# -- the rules --------------------------------------------------------------------
def _may(workspace: str, roles: tuple[str, ...] | None) -> str:
    """SQL: the current user is a member of `workspace` (with one of `roles`)."""
    condition = f"m.workspace_id = ({workspace}) AND m.member = current_user::text"
    if roles is not None:
        condition += " AND m.role IN (" + ", ".join(f"'{r}'" for r in roles) + ")"
    return f"EXISTS (SELECT 1 FROM {MEMBERSHIP} m WHERE {condition})"


def _shared(roles: tuple[str, ...] | None) -> str:
    """SQL: the current user is a member of some workspace (with one of `roles`)."""
    condition = "m.member = current_user::text"
    if roles is not None:
        condition += " AND m.role IN (" + ", ".join(f"'{r}'" for r in roles) + ")"
    return f"EXISTS (SELECT 1 FROM {MEMBERSHIP} m WHERE {condition})"


def _workspace_path(table: Table, seen: frozenset[str] = frozenset()) -> list[tuple[str, Table]] | None:
    """The foreign keys from `table` up to a table with a workspace_id column: a list of
    (column, parent table); [] when `table` has the column itself; None without a path."""
    if "workspace_id" in table.c:
        return []
    for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
        parent = fk.column.table
        if parent.name in seen or parent.name == table.name:
            continue
        rest = _workspace_path(parent, seen | {table.name})
        if rest is not None:
            return [(fk.parent.name, parent), *rest]
    return None


def _member_of(table: Table, path: list[tuple[str, Table]], roles: tuple[str, ...] | None) -> str:
    """SQL: the row's workspace, found along `path`, is one the current user is a member
    of (with one of `roles`).

    Said as "this key is IN the set of parent rows in such workspaces", a set that does
    not depend on the row: the server works it out once per statement and looks each
    row up in it. A lookup per row from the row up to its workspace, each step under
    its own table's rules, made an editor's read of a goal's 100,000 figures take 3.3 s
    where this takes 0.17 s."""
    condition = "m.member = current_user::text"
    if roles is not None:
        condition += " AND m.role IN (" + ", ".join(f"'{r}'" for r in roles) + ")"
    if not path:
        return f"{table.name}.workspace_id IN (SELECT m.workspace_id FROM {MEMBERSHIP} m WHERE {condition})"
    joins = [f"{path[0][1].name} p1"]
    for depth, (column, parent) in enumerate(path[1:], start=2):
        joins.append(f"JOIN {parent.name} p{depth} ON p{depth}.id = p{depth - 1}.{column}")
    joins.append(f"JOIN {MEMBERSHIP} m ON m.workspace_id = p{len(path)}.workspace_id")
    return f"{table.name}.{path[0][0]} IN (SELECT p1.id FROM {' '.join(joins)} WHERE {condition})"


# Bookkeeping of the app itself, not goal data: every member writes it, viewers too
# (a reminder shown to a viewer is recorded, or it would be shown again at every check).
ANY_MEMBER_WRITES = ("reminder_sent",)
# Written once, never changed: an entry of who changed what.
HISTORY = "change_history"


# Kept per person: a login reads and writes only the rows it wrote (their `login`
# column is filled in by the server), on top of what its workspaces allow. A viewer
# keeps no drafts (it may not write wizard_draft), but reminders shown to it are its own.
PER_LOGIN = ("wizard_draft", "reminder_sent")


def _row_rules(table: Table) -> tuple[str, str]:
    """(who may read a row, who may change it) for an application table."""
    read, write = _workspace_rules(table)
    if table.name in PER_LOGIN:
        own = f"{table.name}.login = current_user::text"
        read, write = f"({own} AND {read})", f"({own} AND {write})"
    return read, write


def _workspace_rules(table: Table) -> tuple[str, str]:
    if table.name in ANY_MEMBER_WRITES:
        return _shared(None), _shared(None)
    path = _workspace_path(table)
    if path is None:
        return _shared(None), _shared(WRITERS)
    read, write = _member_of(table, path, None), _member_of(table, path, WRITERS)
    if path and table.c[path[0][0]].nullable:
        first = f"{table.name}.{path[0][0]}"
        read = f"(({first} IS NULL AND {_shared(None)}) OR ({first} IS NOT NULL AND {read}))"
        write = f"(({first} IS NULL AND {_shared(WRITERS)}) OR ({first} IS NOT NULL AND {write}))"
    return read, write


def _policies(table: str, read: str, write: str | None) -> Iterator[str]:
    yield f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"
    for action in ("read", "insert", "update", "delete"):
        yield f"DROP POLICY IF EXISTS smartgoals_{action} ON {table}"
    yield f"CREATE POLICY smartgoals_read ON {table} FOR SELECT USING ({read})"
    if write is not None:
        yield f"CREATE POLICY smartgoals_insert ON {table} FOR INSERT WITH CHECK ({write})"
        yield f"CREATE POLICY smartgoals_update ON {table} FOR UPDATE USING ({write}) WITH CHECK ({write})"
        yield f"CREATE POLICY smartgoals_delete ON {table} FOR DELETE USING ({write})"


def _app_tables() -> list[Table]:
    return [t for t in SQLModel.metadata.sorted_tables if t.name != WORKSPACE]


def security_statements(database: str, schema: str) -> Iterator[str]:
    """Every statement of the access rules; each may run again (admin init is repeatable)."""
    viewer, editor, owner = (_group(database, r) for r in ("viewer", "editor", "owner"))
    yield (
        f"CREATE TABLE IF NOT EXISTS {MEMBERSHIP} ("
        " workspace_id INTEGER NOT NULL REFERENCES workspace (id) ON DELETE CASCADE,"
        " member TEXT NOT NULL,"
        " role TEXT NOT NULL CONSTRAINT ck_membership_role CHECK (role IN ('owner', 'editor', 'viewer')),"
        " PRIMARY KEY (workspace_id, member))"
    )
    for group in (viewer, editor, owner):
        yield (
            "DO $$ BEGIN "
            f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group.replace(chr(39), chr(39) * 2)}') "
            f"THEN CREATE ROLE {quote(group)} NOLOGIN; END IF; END $$"
        )
    yield f"GRANT {quote(viewer)} TO {quote(editor)}"
    yield f"GRANT {quote(editor)} TO {quote(owner)}"
    yield f"GRANT USAGE ON SCHEMA {quote(schema)} TO {quote(viewer)}"
    tables = _app_tables()
    names = ", ".join(t.name for t in tables)
    changed = ", ".join(t.name for t in tables if t.name != HISTORY)
    yield f"GRANT SELECT ON alembic_version, {MEMBERSHIP}, {WORKSPACE}, {names} TO {quote(viewer)}"
    yield f"GRANT INSERT, UPDATE, DELETE ON {changed} TO {quote(editor)}"
    everyone = f"{quote(viewer)}, {quote(editor)}, {quote(owner)}"
    yield f"REVOKE UPDATE, DELETE, TRUNCATE ON {HISTORY} FROM {everyone}"
    yield f"GRANT INSERT ON {HISTORY} TO {quote(editor)}"
    for shared in ANY_MEMBER_WRITES:  # its id comes from its SERIAL column's own sequence
        yield f"GRANT INSERT, UPDATE, DELETE ON {shared} TO {quote(viewer)}"
        yield f"GRANT USAGE ON SEQUENCE {shared}_id_seq TO {quote(viewer)}"
    yield f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quote(schema)} TO {quote(editor)}"
    yield f"GRANT UPDATE (name) ON {WORKSPACE} TO {quote(owner)}"
    # An import copies its rows into a temporary table first (storage/server_bulk.py):
    # PostgreSQL grants that to everyone unless a hardened server took it back.
    yield f"GRANT TEMPORARY ON DATABASE {quote(database)} TO {quote(editor)}"
    for table in tables:
        if table.name == HISTORY:
            continue
        yield from _policies(table.name, *_row_rules(table))
    # The history: read like its workspace; added to by a writer's triggers in the
    # writer's own name; no policy lets anyone change or remove an entry.
    yield from _policies(HISTORY, _may(f"{HISTORY}.workspace_id", None), None)
    adds = f"{HISTORY}.changed_by = current_user::text AND {_may(f'{HISTORY}.workspace_id', WRITERS)}"
    yield f"CREATE POLICY smartgoals_insert ON {HISTORY} FOR INSERT WITH CHECK ({adds})"
    # A workspace: seen by its members, renamed by its owners; made and removed by the
    # administrator only.
    yield from _policies(WORKSPACE, _may(f"{WORKSPACE}.id", None), None)
    owns = _may(f"{WORKSPACE}.id", ("owner",))
    yield f"CREATE POLICY smartgoals_update ON {WORKSPACE} FOR UPDATE USING ({owns}) WITH CHECK ({owns})"
    # Each user sees their own memberships; only the administrator changes them.
    yield from _policies(MEMBERSHIP, f"{MEMBERSHIP}.member = current_user::text", None)


# -- the commands -----------------------------------------------------------------
def _engine(address: ServerAddress) -> Engine:
    return make_server_engine(address)


def _fail(exc: SQLAlchemyError, address: ServerAddress) -> AdminError:
    orig = getattr(exc, "orig", None)
    state = str(getattr(orig, "sqlstate", "") or "")
    if state == "42501":  # insufficient privilege
        return AdminError(
            translate(
                "Admin",
                "The server {address} did not allow this: run it as a database user that owns "
                "SmartGoals' tables and may create roles.",
            ).format(address=str(address))
        )
    return AdminError(explain_server_failure(exc, address))


def _require_schema(conn: Connection, address: ServerAddress) -> None:
    set_up = conn.exec_driver_sql("SELECT to_regclass('membership') IS NOT NULL").scalar()
    revision = (
        conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if conn.exec_driver_sql("SELECT to_regclass('alembic_version') IS NOT NULL").scalar()
        else None
    )
    if not set_up or revision != schema_version.HEAD:
        raise AdminError(
            translate(
                "Admin",
                "The database {address} is not set up yet: run “smartgoals --db {address} admin init” first.",
            ).format(address=str(address))
        )


def init(address: ServerAddress) -> InitResult:
    """Create or upgrade the schema, then (re)write the roles, privileges and policies."""
    engine = _engine(address)
    try:
        try:
            revision = stored_revision(engine)
            if revision is not None and revision not in schema_version.KNOWN_REVISIONS:
                raise AdminError(
                    translate(
                        "Admin",
                        "The database {address} was set up by a newer version of SmartGoals; "
                        "run the newer version's admin init instead.",
                    ).format(address=str(address))
                )
            if revision != schema_version.HEAD:  # a server already at it needs no Alembic
                upgrade_server(engine)
            with engine.begin() as conn:
                database = str(conn.exec_driver_sql("SELECT current_database()").scalar())
                schema = str(conn.exec_driver_sql("SELECT current_schema()").scalar())
                for statement in security_statements(database, schema):
                    conn.exec_driver_sql(statement)
        except SQLAlchemyError as exc:
            raise _fail(exc, address) from exc
    finally:
        engine.dispose()
    return InitResult(schema_version.HEAD, len(_app_tables()) + 2)


def add_workspace(address: ServerAddress, name: str) -> int:
    if message := workspace_name_error(name):  # the app's own rule for the name
        raise AdminError(message)
    name = name.strip()
    engine = _engine(address)
    try:
        with engine.begin() as conn:
            _require_schema(conn, address)
            taken = [str(row[0]) for row in conn.execute(text("SELECT name FROM workspace"))]
            if message := workspace_name_error(name, taken):
                raise AdminError(message)
            found = conn.execute(
                text("INSERT INTO workspace (name, created_at) VALUES (:name, :now) RETURNING id"),
                {"name": name, "now": datetime.now(UTC).replace(tzinfo=None)},
            ).scalar_one()
            return int(found)
    except SQLAlchemyError as exc:
        raise _fail(exc, address) from exc
    finally:
        engine.dispose()


def _check_user(user: str) -> None:
    if not user or "\x00" in user or len(user.encode()) > _MAX_NAME_BYTES or user.lower().startswith("pg_"):
        raise AdminError(
            translate(
                "Admin",
                "“{user}” cannot be a database user's name: use up to 63 characters, not starting with pg_.",
            ).format(user=user)
        )


def _workspace_id(conn: Connection, name: str) -> int:
    found = conn.execute(text("SELECT id FROM workspace WHERE name = :name"), {"name": name}).scalar()
    if found is None:
        raise AdminError(translate("Admin", "There is no workspace named “{name}”.").format(name=name))
    return int(found)


def _sync_groups(conn: Connection, user: str) -> None:
    """Give `user` the table privileges of the highest role they hold in this database."""
    database = str(conn.exec_driver_sql("SELECT current_database()").scalar())
    held = {
        str(r[0]) for r in conn.execute(text("SELECT role FROM membership WHERE member = :u"), {"u": user})
    }
    highest = next((role for role in ROLES if role in held), None)
    for role in ROLES:
        group = quote(_group(database, role))
        if role == highest:
            conn.exec_driver_sql(f"GRANT {group} TO {quote(user)}")
        else:
            conn.exec_driver_sql(f"REVOKE {group} FROM {quote(user)}")


def grant(address: ServerAddress, workspace: str, user: str, role: str) -> bool:
    """Make `user` (a database login, created without a password if missing) the `role`
    of `workspace`; True when the login was created."""
    if role not in ROLES:
        raise AdminError(
            translate("Admin", "“{role}” is not a role: use owner, editor or viewer.").format(role=role)
        )
    _check_user(user)
    engine = _engine(address)
    try:
        with engine.begin() as conn:
            _require_schema(conn, address)
            workspace_id = _workspace_id(conn, workspace)
            created = not conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :u"), {"u": user}).first()
            if created:
                conn.exec_driver_sql(f"CREATE ROLE {quote(user)} LOGIN")
            conn.execute(
                text(
                    "INSERT INTO membership (workspace_id, member, role) VALUES (:w, :u, :r) "
                    "ON CONFLICT (workspace_id, member) DO UPDATE SET role = EXCLUDED.role"
                ),
                {"w": workspace_id, "u": user, "r": role},
            )
            _sync_groups(conn, user)
            return created
    except SQLAlchemyError as exc:
        raise _fail(exc, address) from exc
    finally:
        engine.dispose()


def revoke(address: ServerAddress, workspace: str, user: str) -> None:
    """Take `user` out of `workspace` (their login stays: it may serve elsewhere)."""
    _check_user(user)
    engine = _engine(address)
    try:
        with engine.begin() as conn:
            _require_schema(conn, address)
            workspace_id = _workspace_id(conn, workspace)
            gone = conn.execute(
                text("DELETE FROM membership WHERE workspace_id = :w AND member = :u RETURNING 1"),
                {"w": workspace_id, "u": user},
            ).first()
            if gone is None:
                raise AdminError(
                    translate("Admin", "{user} is not a member of “{name}”.").format(
                        user=user, name=workspace
                    )
                )
            _sync_groups(conn, user)
    except SQLAlchemyError as exc:
        raise _fail(exc, address) from exc
    finally:
        engine.dispose()


def result_words(kind: str, **fields: object) -> Text:
    """The one line each command prints on success."""
    words = {
        "init": translate(
            "Admin",
            "The database {address} is set up for SmartGoals "
            "(schema {revision}; access rules on {tables} tables).",
        ),
        "workspace": translate("Admin", "Added the workspace “{name}”."),
        "owner": translate("Admin", "{user} is now an owner of “{name}”."),
        "editor": translate("Admin", "{user} is now an editor of “{name}”."),
        "viewer": translate("Admin", "{user} is now a viewer of “{name}”."),
        "new_login": translate(
            "Admin",
            "The login {user} was created without a password: give it one on the server "
            "(ALTER ROLE … PASSWORD, or psql's \\password).",
        ),
        "revoke": translate("Admin", "{user} is no longer a member of “{name}”."),
    }[kind]
    return words.format(**{key: str(value) for key, value in fields.items()})
