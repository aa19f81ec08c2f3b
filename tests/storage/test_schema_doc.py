"""docs/schema.md documents every table and column of the live database, and no more.

A schema change without a matching change of the page fails here on purpose.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from smartgoals_app.storage import schema_version
from smartgoals_app.storage.database import APPLICATION_ID, BUSY_TIMEOUT_MS, Database

DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"
UNDOCUMENTED = {"alembic_version"}  # Alembic's own bookkeeping, described in prose

_TABLE = re.compile(r"^### `(?P<name>\w+)`\s*$")
_ROW = re.compile(
    r"^\| `(?P<name>\w+)` \| (?P<type>[A-Z]+(?:\(\d+\))?) \| (?P<null>yes|no) \| (?P<meaning>.+?) \|$"
)


@dataclass(frozen=True)
class Column:
    type: str
    nullable: bool


def documented(text: str) -> dict[str, dict[str, Column]]:
    """Tables under "## Tables": each a `### \\`name\\`` heading and a column table."""
    tables: dict[str, dict[str, Column]] = {}
    current: dict[str, Column] | None = None
    in_tables = False
    for line in text.splitlines():
        if line.startswith("## "):
            in_tables = line.strip() == "## Tables"
            current = None
            continue
        if not in_tables:
            continue
        if heading := _TABLE.match(line):
            name = heading["name"]
            assert name not in tables, f"{name} is documented twice"
            current = tables[name] = {}
        elif (row := _ROW.match(line)) and current is not None:
            assert row["name"] not in current, f"column {row['name']} is documented twice"
            assert row["meaning"].strip(), f"column {row['name']} has no meaning"
            current[row["name"]] = Column(row["type"], row["null"] == "yes")
        elif line.startswith("| `"):
            pytest.fail(f"docs/schema.md: cannot read this column row: {line!r}")
    return tables


def live(path: Path) -> dict[str, dict[str, Column]]:
    with sqlite3.connect(path) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master"
                " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            name: {
                row[1]: Column(row[2].upper(), not row[3] and not row[5])
                for row in conn.execute(f"PRAGMA table_info({name})")
            }
            for name in names
            if name not in UNDOCUMENTED
        }


@pytest.fixture(scope="module")
def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def test_every_table_is_documented_and_nothing_else(db: Database, doc_text: str) -> None:
    assert set(documented(doc_text)) == set(live(db.path))


def test_every_column_is_documented_with_its_type_and_null(db: Database, doc_text: str) -> None:
    doc, schema = documented(doc_text), live(db.path)
    problems = []
    for table, columns in schema.items():
        written = doc.get(table, {})
        for name in columns.keys() - written.keys():
            problems.append(f"{table}.{name} is in the database but not in docs/schema.md")
        for name in written.keys() - columns.keys():
            problems.append(f"{table}.{name} is in docs/schema.md but not in the database")
        for name in columns.keys() & written.keys():
            if columns[name] != written[name]:
                problems.append(f"{table}.{name}: database says {columns[name]}, docs say {written[name]}")
    assert problems == []


def test_columns_are_listed_in_database_order(db: Database, doc_text: str) -> None:
    doc, schema = documented(doc_text), live(db.path)
    for table, columns in schema.items():
        assert list(doc[table]) == list(columns), table


def test_pragmas_and_revision_are_documented(doc_text: str) -> None:
    assert f"`{APPLICATION_ID:#x}` ({APPLICATION_ID}" in doc_text
    assert f"`{BUSY_TIMEOUT_MS}` ms" in doc_text
    for pragma in ("foreign_keys", "journal_mode", "synchronous", "application_id", "busy_timeout"):
        assert f"| `{pragma}` |" in doc_text
    assert f"The newest schema revision is `{schema_version.HEAD}`." in doc_text


def test_the_parser_notices_a_missing_column(db: Database, doc_text: str) -> None:
    """The check can fail: dropping a documented row is caught."""
    broken = doc_text.replace("| `audience` | VARCHAR | no |", "| audience | VARCHAR | no |", 1)
    assert broken != doc_text
    assert "audience" not in documented(broken)["goal"]
    assert "audience" in live(db.path)["goal"]
