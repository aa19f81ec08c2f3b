"""Every figure back in: a data export (data_export.py, docs/export-format.md) read
into an EMPTY database, in one transaction, with every id kept so references stay
valid and a second export gives the same file.

The whole file is checked before anything is written: its format and version, every
row's fields and their types, references between tables, values that must be unique,
and the rules the app applies when the user types (the domain's validation). Each
problem names the table, the row and the field; any problem means nothing is written.

Exit codes of the command: 0 imported; 1 nothing imported, with one plain sentence on
stderr (and one line per further problem in the file).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import CheckConstraint, Table, UniqueConstraint, func, select
from sqlalchemy.engine import Connection

from smartgoals_app.domain.catalogue import NETWORKS
from smartgoals_app.domain.draft import GoalDraft, StrategyDraft, TaskDraft
from smartgoals_app.domain.enums import Cadence, Direction, MetricKind
from smartgoals_app.domain.review import Outcome, ReviewEntry, check_entry
from smartgoals_app.domain.templates import TEMPLATES
from smartgoals_app.domain.text import Text, translate
from smartgoals_app.domain.validation import (
    MAX_LONG,
    check_number,
    check_text,
    validate_goal,
    validate_measurement,
    validate_strategy,
    validate_task,
)
from smartgoals_app.io.data_export import (
    FIELDS_SINCE,
    FORMAT_NAME,
    FORMAT_VERSION,
    TABLES_SINCE,
    column_kind,
    encode_value,
    exported_tables,
    reason_of,
)
from smartgoals_app.storage.database import Database, StorageError, open_database
from smartgoals_app.storage.history import note_login
from smartgoals_app.storage.models import DEFAULT_WORKSPACE_NAME

MAX_PROBLEMS = 50  # a file broken everywhere gets a readable list, not 100,000 lines
INSERT_CHUNK = 1000  # rows per executemany; the progress callback runs between chunks
# The tables a new file fills by itself (its calendar UID, its default workspace): the
# imported rows replace them.
FILLED_BY_NEW_FILE = ("app_meta", "workspace")
HISTORY = "change_history"

Progress = Callable[[int, int], None]  # (rows written so far, rows in all)
Rows = dict[str, list[dict[str, Any]]]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$")
_ONE_OF = re.compile(r"^\s*(\w+) IN \((.+)\)\s*$")


class DataImportError(RuntimeError):
    """Why nothing was imported. ``args[0]`` is the first (or only) reason as a
    translatable Text; ``problems`` lists every problem found in the file."""

    def __init__(self, message: Text, problems: Sequence[Text] = ()) -> None:
        super().__init__(message)
        self.problems: list[Text] = list(problems) or [message]


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: Path
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


# -- the document -----------------------------------------------------------------
def read_document(source: Path) -> dict[str, Any]:
    """The parsed file, after checking it is a data export this version can read."""
    try:
        data = source.expanduser().read_bytes()
    except OSError as exc:
        raise DataImportError(
            translate("DataImport", "Cannot read {path}: {detail}.").format(
                path=str(source), detail=str(exc.strerror or exc)
            )
        ) from exc
    not_ours = translate("DataImport", "{path} is not a SmartGoals data export.").format(path=str(source))
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise DataImportError(not_ours) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise DataImportError(not_ours)
    version = document.get("format_version")
    if type(version) is not int or version < 1:
        raise DataImportError(not_ours)
    if version > FORMAT_VERSION:
        raise DataImportError(
            translate(
                "DataImport",
                "{path} was exported by a newer SmartGoals (format version {version}); "
                "install the newer version to import it.",
            ).format(path=str(source), version=version)
        )
    for field in ("app_version", "schema_revision"):
        if not isinstance(document.get(field), str):
            raise DataImportError(
                translate("DataImport", "{path} lacks its {field}: it is not a complete data export.").format(
                    path=str(source), field=field
                )
            )
    if not isinstance(document.get("tables"), dict):
        raise DataImportError(not_ours)
    return document


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


# -- checking ---------------------------------------------------------------------
class _Problems:
    def __init__(self) -> None:
        self.items: list[Text] = []

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_PROBLEMS

    def add(self, message: Text) -> None:
        if not self.full:
            self.items.append(message)

    def at(self, table: str, index: int, row: Mapping[str, Any] | None, field: str, message: str) -> None:
        row_id = row.get("id") if isinstance(row, Mapping) else None
        if type(row_id) is int:
            text = translate(
                "DataImport", "Table “{table}”, row {row} (id {id}), field “{field}”: {message}"
            ).format(table=table, row=index + 1, id=row_id, field=field, message=message)
        else:
            text = translate("DataImport", "Table “{table}”, row {row}, field “{field}”: {message}").format(
                table=table, row=index + 1, field=field, message=message
            )
        self.add(text)


def _with_workspaces(raw_tables: Mapping[str, Any]) -> Mapping[str, Any]:
    """An export from before workspaces: its strategies go to one default workspace, as
    the migration moves a file's, so an old export still comes back whole."""
    strategies = raw_tables.get("strategy")
    if "workspace" in raw_tables or not isinstance(strategies, list):
        return raw_tables
    moved = [
        {**row, "workspace_id": 1} if isinstance(row, dict) and "workspace_id" not in row else row
        for row in strategies
    ]
    default = {
        "id": 1,
        "name": DEFAULT_WORKSPACE_NAME,
        "created_at": encode_value("datetime_utc", datetime.now(UTC)),
    }
    return {**raw_tables, "strategy": moved, "workspace": [default]}


def prepare(document: Mapping[str, Any], *, today: date) -> Rows:
    """Every table's rows as Python values ready to insert; raises DataImportError
    listing every problem (up to MAX_PROBLEMS) when anything is wrong."""
    problems = _Problems()
    raw_tables: Mapping[str, Any] = _with_workspaces(document["tables"])
    tables = {table.name: table for table in exported_tables()}
    for name in raw_tables:
        if name not in tables:
            problems.add(
                translate(
                    "DataImport", "The file holds a table “{table}” that SmartGoals does not know."
                ).format(table=name)
            )
    rows: Rows = {}
    version = document.get("format_version", FORMAT_VERSION)
    for name, table in tables.items():
        raw = raw_tables.get(name)
        if raw is None and version < TABLES_SINCE.get(name, 1):
            raw = []  # an older format without this table: nothing of it to import
        if raw is None:
            problems.add(translate("DataImport", "The file has no table “{table}”.").format(table=name))
            raw = []
        elif not isinstance(raw, list):
            problems.add(
                translate("DataImport", "Table “{table}” must be a list of rows.").format(table=name)
            )
            raw = []
        rows[name] = _decode_table(table, raw, problems)
    if not problems.items:
        _check_keys(tables, rows, problems)
    if not problems.items:
        _check_rules(rows, today, problems)
    if problems.items:
        raise DataImportError(problems.items[0], problems.items)
    return rows


# Fields added after the format's first version, with the value a file written before
# them stands for (docs/export-format.md says which).
ADDED_LATER: dict[tuple[str, str], object] = {
    ("strategy", "archived_at"): None,
    **{key: default for key, (_since, default) in FIELDS_SINCE.items()},
}


def _decode_table(table: Table, raw: list[Any], problems: _Problems) -> list[dict[str, Any]]:
    columns = [(column.name, column_kind(column), bool(column.nullable)) for column in table.columns]
    names = {name for name, _kind, _nullable in columns}
    choices = _choices(table)
    decoded: list[dict[str, Any]] = []
    for index, row in enumerate(raw):
        if problems.full:
            break
        if not isinstance(row, dict):
            problems.add(
                translate(
                    "DataImport", "Table “{table}”, row {row}: a row must be an object of fields."
                ).format(table=table.name, row=index + 1)
            )
            continue
        values: dict[str, Any] = {}
        for field in row:
            if field not in names:
                problems.at(
                    table.name, index, row, field, translate("DataImport", "This table has no such field.")
                )
        for name, kind, nullable in columns:
            if name not in row and (table.name, name) in ADDED_LATER:
                values[name] = ADDED_LATER[table.name, name]  # a file from before the field existed
                continue
            if name not in row:
                problems.at(table.name, index, row, name, translate("DataImport", "The field is missing."))
                continue
            value, error = decode_value(kind, row[name], nullable=nullable)
            if error is None and name in choices and value is not None and value not in choices[name]:
                error = translate("DataImport", "The value must be one of {values}, not {value}.").format(
                    values=", ".join(choices[name]), value=json.dumps(value, ensure_ascii=False)
                )
            if error is not None:
                problems.at(table.name, index, row, name, error)
            values[name] = value
        decoded.append(values)
    return decoded


def _choices(table: Table) -> dict[str, tuple[str, ...]]:
    """Closed vocabularies, read from the table's CHECK constraints ("kind IN ('a', 'b')"),
    so the database's rule and the import's message never disagree."""
    result: dict[str, tuple[str, ...]] = {}
    for constraint in table.constraints:
        if isinstance(constraint, CheckConstraint) and (match := _ONE_OF.match(str(constraint.sqltext))):
            result[match[1]] = tuple(re.findall(r"'([^']*)'", match[2]))
    return result


def decode_value(kind: str, value: Any, *, nullable: bool) -> tuple[Any, Text | None]:
    """The Python value of a JSON value written as docs/export-format.md says, or why not."""
    if value is None:
        return None, None if nullable else translate("DataImport", "A value is needed here, not null.")
    if kind == "integer":
        if type(value) is int:
            return value, None
        return None, translate("DataImport", "The value must be a whole number.")
    if kind == "number":
        if type(value) in (int, float):
            return float(value), None
        return None, translate("DataImport", "The value must be a number.")
    if kind == "boolean":
        if type(value) is bool:
            return value, None
        return None, translate("DataImport", "The value must be true or false.")
    if kind == "text":
        if isinstance(value, str):
            return value, None
        return None, translate("DataImport", "The value must be text.")
    if not isinstance(value, str):
        value = json.dumps(value)
    try:
        if kind == "date" and _DATE.match(value):
            return date.fromisoformat(value), None
        if kind == "time" and _TIME.match(value):
            return time.fromisoformat(value), None
        if kind == "datetime_utc" and value.endswith("Z") and _DATETIME.match(value[:-1]):
            return datetime.fromisoformat(value[:-1]).replace(tzinfo=UTC), None
        if kind == "datetime_local" and _DATETIME.match(value):
            return datetime.fromisoformat(value), None
    except ValueError:
        pass
    shown = value if len(value) <= 40 else value[:39] + "…"
    return None, {
        "date": translate("DataImport", "“{value}” is not a date written YYYY-MM-DD."),
        "time": translate("DataImport", "“{value}” is not a time of day written HH:MM:SS."),
        "datetime_utc": translate("DataImport", "“{value}” is not a UTC time written YYYY-MM-DDTHH:MM:SSZ."),
        "datetime_local": translate(
            "DataImport", "“{value}” is not a local time written YYYY-MM-DDTHH:MM:SS."
        ),
    }[kind].format(value=shown)


def _check_keys(tables: Mapping[str, Table], rows: Rows, problems: _Problems) -> None:
    """Unique values (primary keys, UNIQUE constraints) and references between tables."""
    for name, table in tables.items():
        groups = [tuple(column.name for column in table.primary_key.columns)]
        groups += [
            tuple(column.name for column in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        ]
        for group in groups:
            seen: dict[tuple[Any, ...], int] = {}
            for index, row in enumerate(rows[name]):
                key = tuple(row[column] for column in group)
                if None in key:
                    continue
                if key in seen:
                    problems.at(
                        name,
                        index,
                        row,
                        group[-1],
                        translate(
                            "DataImport", "Row {other} has the same {fields}, which must be unique."
                        ).format(other=seen[key] + 1, fields=" + ".join(group)),
                    )
                else:
                    seen[key] = index
    for name, table in tables.items():
        for column in table.columns:
            for foreign in column.foreign_keys:
                target = foreign.column
                known = {row[target.name] for row in rows[target.table.name]}
                for index, row in enumerate(rows[name]):
                    value = row[column.name]
                    if value is not None and value not in known:
                        problems.at(
                            name,
                            index,
                            row,
                            column.name,
                            translate(
                                "DataImport", "It refers to {target} {value}, which is not in the file."
                            ).format(target=f"{target.table.name}.{target.name}", value=value),
                        )


def _check_rules(rows: Rows, today: date, problems: _Problems) -> None:
    """The rules the app applies when the user types, from the domain, row by row."""

    def report(table: str, index: int, row: Mapping[str, Any], errors: Mapping[str, str]) -> None:
        for key, message in errors.items():
            problems.at(table, index, row, key.split(".", 1)[-1], message)

    networks = {item.key for item in NETWORKS}
    templates = {item.key for item in TEMPLATES}
    strategy_networks: dict[int, list[str]] = {}
    for index, row in enumerate(rows["strategy_network"]):
        strategy_networks.setdefault(row["strategy_id"], []).append(row["network"])
        if row["network"] not in networks:
            problems.at("strategy_network", index, row, "network", _unknown_network(row["network"]))
    for index, row in enumerate(rows["strategy"]):
        if row["template"] is not None and row["template"] not in templates:
            problems.at(
                "strategy",
                index,
                row,
                "template",
                translate("DataImport", "“{value}” is not a strategy template.").format(
                    value=row["template"]
                ),
            )
        draft = StrategyDraft(
            statement=row["statement"],
            template=row["template"],
            networks=strategy_networks.get(row["id"], []),
            business_days=[day for day in (row["business_days"] or "").split(",") if day],
            business_start=row["business_start"],
            business_end=row["business_end"],
        )
        report("strategy", index, row, validate_strategy(draft))
    for index, row in enumerate(rows["goal"]):
        if row["network"] not in networks:
            problems.at("goal", index, row, "network", _unknown_network(row["network"]))
        report("goal", index, row, validate_goal(_goal_draft(row), today))
    for index, row in enumerate(rows["task"]):
        report("task", index, row, validate_task(_task_draft(row)))
    for index, row in enumerate(rows["measurement"]):
        errors = validate_measurement(row["measured_on"], row["value"], row["note"], today)
        report("measurement", index, row, errors)
    for index, row in enumerate(rows["task_completion"]):
        if message := check_text(
            row["note"], label=translate("Validation", "The note"), required=False, limit=MAX_LONG
        ):
            problems.at("task_completion", index, row, "note", message)
    for index, row in enumerate(rows["review"]):
        errors = check_entry(ReviewEntry(Outcome(row["outcome"]), row["what_worked"], row["what_did_not"]))
        report("review", index, row, errors)
        if message := check_number(row["final_value"]):
            problems.at("review", index, row, "final_value", message)
    for index, row in enumerate(rows["target_change"]):
        for field in ("old_benchmark", "old_stretch", "new_benchmark", "new_stretch"):
            if message := check_number(row[field]):
                problems.at("target_change", index, row, field, message)
        if (row["old_deadline"] is None) != (row["new_deadline"] is None):
            problems.at(
                "target_change",
                index,
                row,
                "new_deadline",
                translate("DataImport", "Give both deadlines, before and after the change, or neither."),
            )
    for index, row in enumerate(rows["wizard_draft"]):
        if row["page"] < 0:
            problems.at(
                "wizard_draft", index, row, "page", translate("DataImport", "The value must be 0 or more.")
            )
        if not _is_draft(row["payload"]):
            problems.at(
                "wizard_draft",
                index,
                row,
                "payload",
                translate("DataImport", "The value is not a goal draft saved by the wizard."),
            )


def _unknown_network(key: str) -> Text:
    return translate("DataImport", "“{value}” is not a network SmartGoals knows.").format(value=key)


def _goal_draft(row: Mapping[str, Any]) -> GoalDraft:
    return GoalDraft(
        goal_id=row["id"],
        strategy_id=row["strategy_id"],
        network=row["network"],
        metric_key=row["metric_key"],
        metric_name=row["metric_name"],
        unit=row["unit"],
        direction=Direction(row["direction"]),
        kind=MetricKind(row["kind"]),
        outcome_link=row["outcome_link"],
        data_source=row["data_source"],
        baseline_value=row["baseline_value"],
        baseline_date=row["baseline_date"],
        title=row["title"],
        start_date=row["start_date"],
        deadline=row["deadline"],
        why=row["why"],
        impact=row["impact"],
        audience=row["audience"],
        benchmark_target=row["benchmark_target"],
        stretch_target=row["stretch_target"],
        cadence=Cadence(row["cadence"]),
        budget_per_month=row["budget_per_month"],
        hours_per_week=row["hours_per_week"],
    )


def _task_draft(row: Mapping[str, Any]) -> TaskDraft:
    return TaskDraft(
        title=row["title"],
        rrule=row["rrule"],
        start_date=row["start_date"],
        start_time=row["start_time"],
        duration_minutes=row["duration_minutes"],
        notes=row["notes"],
        paused=row["paused"],
        task_id=row["id"],
    )


def _is_draft(payload: str) -> bool:
    try:
        return isinstance(json.loads(payload), dict) and isinstance(GoalDraft.from_json(payload), GoalDraft)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return False


# -- writing ----------------------------------------------------------------------
def refuse_unless_empty(connection: Connection, path: Path) -> None:
    """Import adds to nothing: a file with goals (or any other data) is refused."""
    tables = exported_tables()
    goals = next(table for table in tables if table.name == "goal")
    if connection.execute(select(func.count()).select_from(goals)).scalar_one():
        raise DataImportError(
            translate(
                "DataImport",
                "{path} already holds goals; import into a new, empty database file instead.",
            ).format(path=str(path))
        )
    for table in tables:
        if table.name in FILLED_BY_NEW_FILE:
            continue
        if connection.execute(select(table).limit(1)).first() is not None:
            raise DataImportError(
                translate(
                    "DataImport",
                    "{path} already holds data (a strategy, a draft or reminders); "
                    "import into a new, empty database file instead.",
                ).format(path=str(path))
            )


def is_empty(db: Database) -> bool:
    """Whether `db` may receive an import (the menu offers it only then)."""
    if db.server is not None:
        return False
    with db.engine.connect() as connection:
        try:
            refuse_unless_empty(connection, db.path)
        except DataImportError:
            return False
    return True


def write_rows(db: Database, rows: Rows, *, progress: Progress | None = None) -> dict[str, int]:
    """Insert every row in ONE transaction, parents first; all or nothing."""
    if db.server is not None:
        # Replacing the rows a new file makes for itself would replace a server's
        # workspaces, and with them who may see what.
        raise DataImportError(
            translate(
                "DataImport",
                "An import reads into a database file only, not into a server database; "
                "import into a new file instead.",
            )
        )
    total = sum(len(table_rows) for table_rows in rows.values())
    done = 0
    with db.transaction() as session:
        connection = session.connection()
        refuse_unless_empty(connection, db.path)
        tables = exported_tables()
        for table in tables:
            if table.name in FILLED_BY_NEW_FILE:
                connection.execute(table.delete())
        history = next(table for table in tables if table.name == HISTORY)
        for table in [*(t for t in tables if t is not history), history]:
            if table is history:
                # The triggers recorded every row just written as new: the file's own
                # history replaces that, and the import itself is no change of anyone's.
                connection.execute(history.delete())
            for chunk in _chunks(rows[table.name]):
                connection.execute(table.insert(), chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        note_login(session)  # the file's next changes are this computer's login's
    return {name: len(table_rows) for name, table_rows in rows.items()}


def _chunks(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), INSERT_CHUNK):
        yield rows[start : start + INSERT_CHUNK]


def import_data(
    db: Database, source: Path, *, today: date | None = None, progress: Progress | None = None
) -> ImportResult:
    """Read `source` into the empty `db`; raises DataImportError or StorageError, and
    then nothing was written."""
    rows = prepare(read_document(source), today=today or date.today())
    return ImportResult(source, write_rows(db, rows, progress=progress))


# -- the command ------------------------------------------------------------------
def import_data_command(db_path: Path, source: Path, *, today: date | None = None) -> int:
    """`smartgoals --db PATH import-data FILE.json`: a missing PATH is created, and
    removed again when the import fails."""
    try:
        rows = prepare(read_document(source), today=today or date.today())
    except DataImportError as exc:
        _print_failure(exc)
        return 1
    existed = db_path.exists()
    try:
        db = open_database(db_path, backup=False)
    except StorageError as exc:
        _print_failure(exc)
        return 1
    try:
        counts = write_rows(db, rows)
    except (DataImportError, StorageError) as exc:
        db.close()
        if not existed:  # the file this command made holds nothing: leave no trace
            for suffix in ("", "-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
        _print_failure(exc)
        return 1
    db.close()
    print(
        translate(
            "DataImport", "Imported everything from {source} into {path}. Tables: {tables}; rows: {rows}."
        ).format(rows=sum(counts.values()), tables=len(counts), source=str(source), path=str(db_path))
    )
    return 0


def _print_failure(exc: Exception) -> None:
    print(
        translate("DataImport", "Nothing was imported: {reason}").format(reason=reason_of(exc)),
        file=sys.stderr,
    )
    if isinstance(exc, DataImportError):
        for problem in exc.problems[1:]:
            print(f"  {problem}", file=sys.stderr)
