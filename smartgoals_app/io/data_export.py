"""Every figure out: the whole database as one JSON file (which "Import all data" reads
back), or one CSV file per table for spreadsheets. docs/export-format.md is the
format's reference; this module and data_import.py keep to it.

Tables and columns come from the schema itself (SQLModel's metadata), so a table
added later is exported without a change here; docs/export-format.md must then say
what it holds (tests/io/test_data_export.py fails until it does).

Exit codes of the commands: 0 written; 1 nothing written, with one plain sentence on
stderr. Every file is written to a temporary neighbour and renamed, so a failed
export never leaves half a file behind.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    Time,
    TypeDecorator,
    select,
)
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from smartgoals_app import __version__
from smartgoals_app.domain.text import Text, translate
from smartgoals_app.io.command import run_on_database
from smartgoals_app.io.files import cannot_write, no_folder, write_atomically
from smartgoals_app.storage import models as _models  # registers every table in the metadata
from smartgoals_app.storage.database import Database
from smartgoals_app.storage.server import ServerAddress

FORMAT_NAME = "smartgoals-data"
FORMAT_VERSION = 3
# Tables a file of an older format version does not have: read as empty from those.
TABLES_SINCE = {"review": 2, "target_change": 2, "change_history": 3}
# Fields a file of an older format version does not have, with the value they stand
# for there (version 3 gave the rows a person edits their version and last author, and
# drafts and reminder records the login they belong to).
FIELDS_SINCE: dict[tuple[str, str], tuple[int, object]] = {
    **{
        (table, field): (3, default)
        for table in ("strategy", "goal", "measurement", "task")
        for field, default in (("version", 1), ("changed_by", None), ("changed_at", None))
    },
    ("wizard_draft", "login"): (3, ""),
    ("reminder_sent", "login"): (3, ""),
}
# A spreadsheet reads a cell starting with one of these as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_ENCODING = "utf-8-sig"  # the byte-order mark makes Excel read UTF-8, not the ANSI code page

assert _models  # imported for its side effect


class DataExportError(RuntimeError):
    """Why nothing was written; ``args[0]`` is a translatable Text for ``localize()``."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: dict[str, int]  # rows written per table

    @property
    def total(self) -> int:
        return sum(self.rows.values())


# -- the schema -------------------------------------------------------------------
def exported_tables() -> list[Table]:
    """Every table of the schema, parents before children (the order an import
    inserts them). Alembic's own `alembic_version` is not in the metadata: its one
    value is the document's `schema_revision`."""
    return list(SQLModel.metadata.sorted_tables)


def column_kind(column: Column[Any]) -> str:
    """How a column's values are written: integer, number, text, boolean, date, time,
    datetime_utc or datetime_local (docs/export-format.md, Values)."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, Float):
        return "number"
    if isinstance(kind, DateTime):
        # Aware columns (created_at, updated_at, ...) hold UTC; the others local
        # wall-clock time without a zone (docs/schema.md, Storage conventions).
        return "datetime_utc" if kind.timezone else "datetime_local"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Time):
        return "time"
    if isinstance(kind, String):
        return "text"
    raise TypeError(f"No export rule for {column.table.name}.{column.name} ({kind!r})")


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date | time) else str(value)


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _utc(value: Any) -> str:
    moment = _moment(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat() + "Z"


def _local(value: Any) -> str:
    return _moment(value).replace(tzinfo=None).isoformat()


_ENCODERS: dict[str, Callable[[Any], Any]] = {
    "integer": int,
    "number": float,
    "boolean": bool,
    "text": str,
    "date": _iso,
    "time": _iso,
    "datetime_utc": _utc,
    "datetime_local": _local,
}


def encode_value(kind: str, value: Any) -> Any:
    """A stored value as the JSON value docs/export-format.md gives for its kind."""
    return None if value is None else _ENCODERS[kind](value)


def schema_revision(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one())


# -- reading ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Snapshot:
    """Every row of every table, as JSON values, read in one transaction."""

    schema_revision: str
    tables: dict[str, list[dict[str, Any]]]


def read_snapshot(db: Database) -> Snapshot:
    with db.engine.connect() as connection:
        # pysqlite starts no transaction before a SELECT: BEGIN makes the reads one
        # consistent snapshot even while another SmartGoals writes (WAL). A server
        # gives one snapshot to a repeatable-read transaction.
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        try:
            revision = schema_revision(connection)
            tables = {table.name: list(_rows(connection, table)) for table in exported_tables()}
        finally:
            connection.rollback()
    return Snapshot(revision, tables)


def _rows(connection: Connection, table: Table) -> Iterator[dict[str, Any]]:
    encoders = [(column.name, _ENCODERS[column_kind(column)]) for column in table.columns]
    order = list(table.primary_key.columns) or list(table.columns)
    for row in connection.execute(select(table).order_by(*order)).all():
        yield {
            name: None if value is None else encode(value)
            for (name, encode), value in zip(encoders, row, strict=True)
        }


# -- JSON -------------------------------------------------------------------------
def to_json(snapshot: Snapshot) -> bytes:
    """The document: a small header, then each table's rows one per line, so the file
    reads well and compares well line by line (diff)."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    lines = [
        "{",
        f' "format": {dump(FORMAT_NAME)},',
        f' "format_version": {FORMAT_VERSION},',
        f' "app_version": {dump(__version__)},',
        f' "schema_revision": {dump(snapshot.schema_revision)},',
        ' "tables": {',
    ]
    names = list(snapshot.tables)
    for index, name in enumerate(names):
        rows = snapshot.tables[name]
        end = "," if index < len(names) - 1 else ""
        if not rows:
            lines.append(f"  {dump(name)}: []{end}")
            continue
        lines.append(f"  {dump(name)}: [")
        lines.extend(f"   {dump(row)}{',' if i < len(rows) - 1 else ''}" for i, row in enumerate(rows))
        lines.append(f"  ]{end}")
    lines += [" }", "}", ""]
    return "\n".join(lines).encode("utf-8")


def export_data(db: Database, target: Path) -> ExportResult:
    """Write every table to `target` as one JSON document; raises DataExportError."""
    snapshot = read_snapshot(db)
    write_atomically(target, to_json(snapshot), example="smartgoals-data.json", error=DataExportError)
    return ExportResult(target, {name: len(rows) for name, rows in snapshot.tables.items()})


# -- CSV --------------------------------------------------------------------------
def neutralise(text: str) -> str:
    """A text cell a spreadsheet would run as a formula, made inert with a leading
    apostrophe (which spreadsheets show as "this is text"). Only text columns pass
    through here: a number column's -5 is written as the number it is."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(kind: str, value: Any) -> str:
    """One CSV cell from a JSON value of the export: empty for null, true/false for
    booleans, numbers as numbers, text neutralised against formulas."""
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if kind in ("integer", "number"):
        return repr(value)
    return neutralise(value) if kind == "text" else str(value)


def csv_table(table: Table, rows: Iterable[dict[str, Any]]) -> bytes:
    """A table as CSV: a header row of column names, then one line per row."""
    kinds = [(column.name, column_kind(column)) for column in table.columns]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([name for name, _kind in kinds])
    for row in rows:
        writer.writerow([csv_cell(kind, row[name]) for name, kind in kinds])
    return buffer.getvalue().encode(CSV_ENCODING)


def export_csv(db: Database, folder: Path) -> ExportResult:
    """One `<table>.csv` per table in `folder` (made if missing; files of the same
    name are replaced). Raises DataExportError."""
    folder = folder.expanduser()
    if folder.exists() and not folder.is_dir():
        raise DataExportError(
            translate("DataExport", "{folder} is a file; give a folder for the CSV files.").format(
                folder=str(folder)
            )
        )
    if not folder.parent.is_dir():
        raise DataExportError(no_folder(folder, folder.parent))
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise DataExportError(cannot_write(folder, exc)) from exc
    snapshot = read_snapshot(db)
    for table in exported_tables():
        write_atomically(
            folder / f"{table.name}.csv",
            csv_table(table, snapshot.tables[table.name]),
            example="goal.csv",
            error=DataExportError,
        )
    return ExportResult(folder, {name: len(rows) for name, rows in snapshot.tables.items()})


# -- files ------------------------------------------------------------------------
# -- the commands -----------------------------------------------------------------
def reason_of(exc: Exception) -> str:
    # args[0] keeps the reason a Text (str(exc) would be its English words only).
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)


def export_data_command(db_path: Path | ServerAddress, target: Path) -> int:
    """`smartgoals --db PATH export-data FILE.json`."""
    return _command(db_path, lambda db: export_data(db, target))


def export_csv_command(db_path: Path | ServerAddress, folder: Path) -> int:
    """`smartgoals --db PATH export-csv FOLDER`."""
    return _command(db_path, lambda db: export_csv(db, folder))


def _command(db_path: Path | ServerAddress, run: Callable[[Database], ExportResult]) -> int:
    result = run_on_database(
        db_path,
        run,
        refused=(DataExportError,),
        cannot=_cannot_export,
        missing=translate("DataExport", "No SmartGoals database at {path}; nothing exported.").format(
            path=str(db_path)
        ),
    )
    if result is None:
        return 1
    print(
        translate("DataExport", "Wrote everything to {path}. Tables: {tables}; rows: {rows}.").format(
            rows=result.total, tables=len(result.rows), path=str(result.path)
        )
    )
    return 0


def _cannot_export(exc: Exception) -> Text:
    return translate("DataExport", "Cannot export the data: {reason}").format(reason=reason_of(exc))
