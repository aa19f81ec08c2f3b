"""Bulk reads and writes of measurements on a PostgreSQL server.

Row by row, a server costs a statement per row written and a Python object per value
read. An import goes in with one COPY in the binary format, whose rows are fixed-width
for the columns an import fills, so numpy packs them; a series comes out as one value of
fixed-width records the server packs, which numpy splits into columns.

PostgreSQL refuses ``COPY FROM`` into a table with row-level security (storage/admin.py
puts it on every table), so an import is copied into a temporary table and moved into
``measurement`` with one ``INSERT ... SELECT``, which the row-level security and the
privileges still check: a viewer's import is refused there, in the caller's transaction,
and nothing lands. The INSERT names only the columns an import fills; every other
column takes its default, as a row logged by hand does.
"""

from __future__ import annotations

import struct
from array import array
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

# PGCOPY\n\377\r\n\0, no flags, no header extension (the COPY binary format's header).
_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
_TRAILER = struct.pack(">h", -1)
_PG_EPOCH_DAYS = 10_957  # 1970-01-01 to 2000-01-01: PostgreSQL counts days from 2000
_TEMP = "smartgoals_import_points"
# One value: id, days since 1970 and figure of every row, 20 bytes each, in date order.
_READ_SQL = (
    "SELECT string_agg(int8send(id::int8) || int4send((measured_on - DATE '1970-01-01')::int4)"
    " || float8send(value::float8), ''::bytea ORDER BY measured_on, id)"
    " FROM measurement WHERE goal_id = %s"
)
_SERIES_ROW = [("id", ">i8"), ("day", ">i4"), ("value", ">f8")]


def _row_type(*fields: tuple[str, str]) -> Any:
    """The numpy layout of one binary COPY row: a field count, then length and value
    of each field, all big-endian."""
    import numpy as np

    layout: list[tuple[str, str]] = [("count", ">i2")]
    for name, kind in fields:
        layout += [(f"{name}_length", ">i4"), (name, kind)]
    return np.dtype(layout)


def copy_points(
    connection: Connection,
    *,
    goal_id: int,
    days: Sequence[date],
    values: Sequence[float],
    note: str,
    source: str,
    created_at: datetime,
    changed_by: str,
    block: int,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Insert one goal's (day, value) rows, days ascending, with a constant number of
    statements whatever their number: a temporary table, one COPY, one INSERT ... SELECT.
    Each row is stamped as changed by `changed_by` at `created_at`. `progress(written,
    total)` runs after every `block` rows sent. Returns the rows stored."""
    import numpy as np
    import psycopg

    total = len(days)
    if total == 0:
        return 0
    rows = np.empty(total, dtype=_row_type(("day", ">i4"), ("value", ">f8")))
    rows["count"] = 2
    rows["day_length"] = 4
    rows["value_length"] = 8
    rows["day"] = np.array(days, dtype="datetime64[D]").astype(np.int64) - _PG_EPOCH_DAYS
    rows["value"] = np.asarray(values, dtype=np.float64)
    connection.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {_TEMP} (measured_on date NOT NULL, value float8 NOT NULL) ON COMMIT DROP"
    )
    raw: Any = connection.connection.dbapi_connection  # a psycopg connection: it has copy()
    assert raw is not None
    statement = f"COPY {_TEMP} (measured_on, value) FROM STDIN (FORMAT BINARY)"
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            copy.write(_HEADER)
            for start in range(0, total, block):
                copy.write(rows[start : start + block].tobytes())
                if progress is not None:
                    progress(min(start + block, total), total)
            copy.write(_TRAILER)
    except psycopg.Error as exc:
        # The driver's own error, wrapped as SQLAlchemy wraps every other statement's, so
        # Database.transaction rolls back and words it the same way.
        raise DBAPIError.instance(statement, None, exc, type(exc)) from exc
    connection.exec_driver_sql(
        "INSERT INTO measurement (goal_id, measured_on, value, note, source, created_at, changed_by,"
        f" changed_at) SELECT %s, measured_on, value, %s, %s, %s, %s, %s FROM {_TEMP} ORDER BY measured_on",
        (goal_id, note, source, created_at, changed_by, created_at),
    )
    return total


def delete_days(connection: Connection, *, goal_id: int, days: Sequence[date]) -> None:
    """Delete one goal's measurements on any of `days`, in one statement (an array)."""
    connection.exec_driver_sql(
        "DELETE FROM measurement WHERE goal_id = %s AND measured_on = ANY(%s)", (goal_id, list(days))
    )


def read_series(connection: Connection, *, goal_id: int) -> tuple[array[int], array[int], array[float]]:
    """(ids, days since 1970-01-01, values) of one goal, oldest first, as packed arrays
    (the same columns repositories.measurement_series makes from a file).

    The server packs the rows into one bytea value of fixed-width binary records, which
    numpy splits into columns: no Python object per row or per value. (psycopg hands a
    COPY TO out one row at a time, with a wait on the socket each: measured, 2-3x slower
    than fetching tuples, so COPY is the way in here, not the way out.)"""
    import numpy as np

    raw: Any = connection.connection.dbapi_connection  # a psycopg connection
    with raw.cursor(binary=True) as cursor:
        cursor.execute(_READ_SQL, (goal_id,))
        row = cursor.fetchone()
    packed = b"" if row is None or row[0] is None else bytes(row[0])
    rows = np.frombuffer(packed, dtype=_SERIES_ROW)
    # 32-bit ids while they fit, as read from a file; 64-bit past that.
    narrow = len(rows) == 0 or int(rows["id"].max()) < 2**31
    ids: array[int] = (
        array("i", rows["id"].astype(np.int32).tobytes())
        if narrow
        else array("q", rows["id"].astype(np.int64).tobytes())
    )
    days: array[int] = array("i", rows["day"].astype(np.int32).tobytes())
    values: array[float] = array("d", rows["value"].astype(np.float64).tobytes())
    return ids, days, values
