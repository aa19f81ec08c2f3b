"""Server databases handed from one test to the next.

``CREATE DATABASE ... TEMPLATE`` copies the template's files and forces a checkpoint. On
the shared 2-core CI machines that cost 150-350 ms of the server's CPU per test, most of
it in the kernel, and the server tests made about half of the whole suite's run time.
Deleting a test's rows and putting the template's few rows back costs about 10 ms.

So a test's database goes back to a pool of its template when the test ends, wiped back
to the template's rows and sequences, and the next test of that template takes it. It
goes back only when the test left everything but the rows as the template has it:
tables, columns, constraints, triggers, functions, access rules, policies and the
cluster's roles. A test that changed any of those (``admin init``, a migration, a new
login, a membership) has its database dropped, as every test's was before.

Tests of teams start from more than a template: ``admin init``, workspaces, logins and
their memberships, which take longer than the test itself. ``prepared`` runs that once
per database and hands the database on from test to test wiped back to the state it
left, under the same name, so the logins named after the database still fit.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tests.pg_cluster import PgServer

T = TypeVar("T")

_USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"

# Everything a test could change besides rows, one text line per object, hashed. Rows of
# the catalogue are sorted, so two databases with the same objects give the same hash.
_SHAPE = f"""
SELECT md5(coalesce(string_agg(line, E'\\n' ORDER BY line), '')) FROM (
  SELECT concat_ws(' ', 'rel', n.nspname, c.relname, c.relkind, c.relrowsecurity,
                   c.relforcerowsecurity, c.relacl::text, pg_get_userbyid(c.relowner))
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {_USER_SCHEMAS}
  UNION ALL
  SELECT concat_ws(' ', 'col', a.attrelid::regclass::text, a.attname, format_type(a.atttypid, a.atttypmod),
                   a.attnotnull, a.attisdropped, a.attacl::text, pg_get_expr(d.adbin, d.adrelid))
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE {_USER_SCHEMAS} AND a.attnum > 0
  UNION ALL
  SELECT concat_ws(' ', 'con', c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid))
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE {_USER_SCHEMAS}
  UNION ALL
  SELECT concat_ws(' ', 'trg', t.tgrelid::regclass::text, t.tgname, t.tgenabled, pg_get_triggerdef(t.oid))
    FROM pg_trigger t
  UNION ALL
  SELECT concat_ws(' ', 'fn', p.oid::regprocedure::text, md5(p.prosrc), p.proacl::text, p.prosecdef)
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE {_USER_SCHEMAS}
  UNION ALL
  SELECT concat_ws(' ', 'pol', p.polrelid::regclass::text, p.polname, p.polcmd, p.polpermissive,
                   p.polroles::text, pg_get_expr(p.polqual, p.polrelid),
                   pg_get_expr(p.polwithcheck, p.polrelid))
    FROM pg_policy p
  UNION ALL
  SELECT concat_ws(' ', 'ns', n.nspname, n.nspacl::text, pg_get_userbyid(n.nspowner)) FROM pg_namespace n
  UNION ALL
  SELECT concat_ws(' ', 'db', d.datacl::text, pg_get_userbyid(d.datdba)) FROM pg_database d
    WHERE d.datname = current_database()
  UNION ALL
  SELECT concat_ws(' ', 'set', s.setrole, s.setconfig::text) FROM pg_db_role_setting s
    JOIN pg_database d ON d.oid = s.setdatabase WHERE d.datname = current_database()
  UNION ALL
  SELECT concat_ws(' ', 'defacl', d.defaclrole, d.defaclobjtype, d.defaclacl::text) FROM pg_default_acl d
  UNION ALL
  SELECT concat_ws(' ', 'ext', e.extname, e.extversion) FROM pg_extension e
  UNION ALL
  SELECT concat_ws(' ', 'type', n.nspname, t.typname) FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace WHERE {_USER_SCHEMAS}
  UNION ALL
  SELECT 'largeobjects ' || count(*) FROM pg_largeobject_metadata
  UNION ALL
  SELECT 'publications ' || count(*) FROM pg_publication
) AS shape(line)
"""

# Roles live in the cluster, not the database; tests name theirs after their database, so
# a database whose test made a role, or changed one's memberships, attributes or password,
# must not be handed out again under the same name.
_ROLES = """
SELECT count(*), coalesce(max(oid::int8), 0),
  md5(coalesce(string_agg(concat_ws(' ', rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb,
      rolcanlogin, rolreplication, rolbypassrls, rolconnlimit, rolvaliduntil, rolpassword), E'\\n'
      ORDER BY oid), '')),
  (SELECT md5(coalesce(string_agg(concat_ws(' ', roleid, member, grantor, admin_option), E'\\n'
      ORDER BY roleid, member, grantor), '')) FROM pg_auth_members)
FROM pg_authid
"""
_TABLES = f"""
SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND {_USER_SCHEMAS} ORDER BY 1
"""
_SEQUENCES = """
SELECT format('%I.%I', schemaname, sequencename), start_value, last_value FROM pg_sequences ORDER BY 1
"""


@dataclass(frozen=True)
class _Template:
    """What a database copied from one template holds before its test runs."""

    shape: str
    tables: tuple[str, ...]
    rows: dict[str, bytes]  # COPY text of each table that has rows
    sequences: tuple[tuple[str, int, int | None], ...]  # name, start, last value (None: never used)


def _shape(conn: Any) -> str:
    return str(conn.execute(_SHAPE).fetchone()[0])


def _roles(conn: Any) -> tuple[Any, ...]:
    return tuple(conn.execute(_ROLES).fetchone())


def _read_template(conn: Any) -> _Template:
    tables = tuple(row[0] for row in conn.execute(_TABLES).fetchall())
    rows: dict[str, bytes] = {}
    with conn.cursor() as cursor:
        for table in tables:
            with cursor.copy(f"COPY {table} TO STDOUT") as copy:
                data = b"".join(bytes(chunk) for chunk in copy)
            if data:
                rows[table] = data
    sequences = tuple(
        (str(name), int(start), last) for name, start, last in conn.execute(_SEQUENCES).fetchall()
    )
    return _Template(_shape(conn), tables, rows, sequences)


@dataclass
class DatabasePool:
    """Databases of one server, by the template each was copied from (None: an empty one)
    or by what prepared them."""

    server: PgServer
    _templates: dict[str | None, _Template] = field(default_factory=dict)
    _free: dict[Any, list[str]] = field(default_factory=dict)
    # Each database taken: the free list it goes back to, the state it is wiped back to,
    # and the cluster's roles when it was taken.
    _taken: dict[str, tuple[Any, _Template, tuple[Any, ...]]] = field(default_factory=dict)
    _prepared: dict[str, tuple[_Template, Any]] = field(default_factory=dict)

    def take(self, template: str | None = None) -> str:
        """A database as new as a fresh copy of `template`; its name."""
        free = self._free.setdefault(template, [])
        name = free.pop() if free else self.server.create_database(template=template)
        with self.server.connect(database=name) as conn:
            if template not in self._templates:
                self._templates[template] = _read_template(conn)
            self._taken[name] = (template, self._templates[template], _roles(conn))
        return name

    def give_back(self, name: str) -> None:
        """Wipe `name` back to its template's rows (or its prepared state) for the next
        test, or drop it when its test changed more than rows. Never raises: a database
        that cannot be wiped is dropped, and one that cannot be dropped dies with the
        cluster."""
        key, state, roles = self._taken.pop(name)
        # A test may leave its database in any state: whatever goes wrong, drop it.
        with contextlib.suppress(Exception):
            if self._wipe(name, state, roles):
                self._free.setdefault(key, []).append(name)
                return
        self._prepared.pop(name, None)
        with contextlib.suppress(Exception):
            self.server.drop_database(name)

    @contextlib.contextmanager
    def database(self, template: str | None = None) -> Iterator[str]:
        """A database for one test, given back after it."""
        name = self.take(template)
        try:
            yield name
        finally:
            self.give_back(name)

    @contextlib.contextmanager
    def prepared(self, template: str | None, prepare: Callable[[str], T]) -> Iterator[tuple[str, T]]:
        """A copy of `template` after ``prepare(name)``, and what that returned: prepared
        now, or an earlier test's database wiped back to the moment its preparation ended
        (same name, same rows, ids and logins). `prepare` names the kind: one function,
        one kind of prepared database."""
        key = ("prepared", template, prepare.__module__, prepare.__qualname__)
        free = self._free.setdefault(key, [])
        if free:
            name = free.pop()
            state, value = self._prepared[name]
            with self.server.connect(database=name) as conn:
                self._taken[name] = (key, state, _roles(conn))
        else:
            name = self.take(template)
            try:
                value = prepare(name)
                with self.server.connect(database=name) as conn:
                    state = _read_template(conn)
                    self._taken[name] = (key, state, _roles(conn))
            except BaseException:
                self.give_back(name)
                raise
            self._prepared[name] = (state, value)
        try:
            yield name, value
        finally:
            self.give_back(name)

    def _wipe(self, name: str, template: _Template, roles: tuple[Any, ...]) -> bool:
        with self.server.connect(database=name) as conn:
            # The test's own connections (an app left open, a listener) go first.
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            if _roles(conn) != roles or _shape(conn) != template.shape:
                return False
            with conn.transaction(), conn.cursor() as cursor:
                # Neither the history triggers nor the foreign keys fire while the rows
                # are deleted and the template's are put back.
                cursor.execute("SET LOCAL session_replication_role = replica")
                for table in template.tables:
                    cursor.execute(f"DELETE FROM {table}")
                for table, data in template.rows.items():
                    with cursor.copy(f"COPY {table} FROM STDIN") as copy:
                        copy.write(data)
                for sequence, start, last in template.sequences:
                    if last is None:
                        cursor.execute("SELECT setval(%s::regclass, %s, false)", (sequence, start))
                    else:
                        cursor.execute("SELECT setval(%s::regclass, %s, true)", (sequence, last))
        return True
