"""Importing a data export: every kind of bad file and every non-empty target is
refused with a message naming what is wrong, and the target is left as it was."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from smartgoals_app.cli import main
from smartgoals_app.io import data_import
from smartgoals_app.io.data_export import FORMAT_VERSION, export_data
from smartgoals_app.io.data_import import DataImportError, import_data, is_empty
from smartgoals_app.services.drafts import DraftService
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database, open_database
from tests.conftest import TODAY
from tests.demo_files import DemoFiles
from tests.factories import signups_draft

Document = dict[str, Any]


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory, demo_files: DemoFiles) -> bytes:
    """The demo goals exported once: filling the demo takes seconds on a busy machine."""
    folder = tmp_path_factory.mktemp("demo")
    source = open_database(folder / "demo.db", backup=False)
    try:
        demo_files.copy_into(source, TODAY)
        export_data(source, folder / "demo.json")
    finally:
        source.close()
    return (folder / "demo.json").read_bytes()


@pytest.fixture
def exported(demo_export: bytes, tmp_path: Path) -> Document:
    (tmp_path / "demo.json").write_bytes(demo_export)
    document: Document = json.loads(demo_export)
    return document


@pytest.fixture
def target(tmp_path: Path) -> Any:
    database = open_database(tmp_path / "target.db", backup=False)
    yield database
    database.close()


def contents(db: Database, folder: Path) -> bytes:
    out = folder / "contents.json"
    export_data(db, out)
    return out.read_bytes()


def refused(
    target: Database, tmp_path: Path, today: date, document: Document | bytes
) -> tuple[DataImportError, bytes]:
    """Import `document` into `target`; returns the error and checks nothing changed."""
    before = contents(target, tmp_path)
    source = tmp_path / "bad.json"
    source.write_bytes(document if isinstance(document, bytes) else json.dumps(document).encode())
    with pytest.raises(DataImportError) as caught:
        import_data(target, source, today=today)
    assert contents(target, tmp_path) == before
    return caught.value, before


def changed(document: Document, change: Callable[[Document], object]) -> Document:
    result = copy.deepcopy(document)
    change(result)
    return result


def test_a_good_file_goes_into_an_empty_database(
    exported: Document, target: Database, tmp_path: Path, today: date
) -> None:
    source = tmp_path / "good.json"
    source.write_text(json.dumps(exported), encoding="utf-8")
    assert is_empty(target)
    result = import_data(target, source, today=today)
    assert result.rows["goal"] == 3
    assert not is_empty(target)
    assert len(GoalService(target, today=lambda: today).overview()) == 3


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"this is not JSON {", "is not a SmartGoals data export."),
        (b"\xff\xfe\x00garbage", "is not a SmartGoals data export."),
        (b'{"hello": "world"}', "is not a SmartGoals data export."),
        (b"[1, 2, 3]", "is not a SmartGoals data export."),
        (b'{"format": "smartgoals-data", "format_version": "1"}', "is not a SmartGoals data export."),
        (
            b'{"format": "smartgoals-data", "format_version": 1, "tables": {}}',
            "lacks its app_version: it is not a complete data export.",
        ),
    ],
)
def test_a_file_that_is_not_an_export_is_refused(
    target: Database, tmp_path: Path, today: date, content: bytes, expected: str
) -> None:
    error, _ = refused(target, tmp_path, today, content)
    assert str(error).endswith(expected)


def test_a_newer_format_is_refused_with_the_reason(
    exported: Document, target: Database, tmp_path: Path, today: date
) -> None:
    error, _ = refused(target, tmp_path, today, {**exported, "format_version": FORMAT_VERSION + 1})
    assert f"was exported by a newer SmartGoals (format version {FORMAT_VERSION + 1})" in str(error)


def test_an_unreadable_file_is_refused(target: Database, tmp_path: Path, today: date) -> None:
    with pytest.raises(DataImportError, match=r"Cannot read .*missing\.json: No such file or directory\."):
        import_data(target, tmp_path / "missing.json", today=today)


def _set(table: str, index: int, field: str, value: object) -> Callable[[Document], object]:
    return lambda document: document["tables"][table][index].__setitem__(field, value)


BAD_ROWS = [
    pytest.param(
        lambda d: d["tables"]["goal"][0].pop("why"),
        "Table “goal”, row 1 (id 1), field “why”: The field is missing.",
        id="missing field",
    ),
    pytest.param(
        _set("goal", 1, "colour", "blue"),
        "Table “goal”, row 2 (id 2), field “colour”: This table has no such field.",
        id="unknown field",
    ),
    pytest.param(
        _set("goal", 0, "baseline_value", "40"),
        "Table “goal”, row 1 (id 1), field “baseline_value”: The value must be a number.",
        id="text for a number",
    ),
    pytest.param(
        _set("measurement", 2, "goal_id", 1.5),
        "Table “measurement”, row 3 (id 3), field “goal_id”: The value must be a whole number.",
        id="fraction for an id",
    ),
    pytest.param(
        _set("task", 0, "paused", 0),
        "Table “task”, row 1 (id 1), field “paused”: The value must be true or false.",
        id="number for a boolean",
    ),
    pytest.param(
        _set("goal", 0, "deadline", "12/03/2027"),
        "Table “goal”, row 1 (id 1), field “deadline”: “12/03/2027” is not a date written YYYY-MM-DD.",
        id="date written another way",
    ),
    pytest.param(
        _set("goal", 0, "created_at", "2026-11-22T10:00:00"),
        "Table “goal”, row 1 (id 1), field “created_at”: “2026-11-22T10:00:00” is not a UTC time "
        "written YYYY-MM-DDTHH:MM:SSZ.",
        id="UTC time without its Z",
    ),
    pytest.param(
        _set("goal", 0, "title", None),
        "Table “goal”, row 1 (id 1), field “title”: A value is needed here, not null.",
        id="null where a value is needed",
    ),
    pytest.param(
        _set("goal", 0, "direction", "sideways"),
        'Table “goal”, row 1 (id 1), field “direction”: The value must be one of more, less, not "sideways".',
        id="word outside the vocabulary",
    ),
    pytest.param(
        _set("measurement", 0, "goal_id", 99),
        "Table “measurement”, row 1 (id 1), field “goal_id”: "
        "It refers to goal.id 99, which is not in the file.",
        id="dangling reference",
    ),
    pytest.param(
        _set("measurement", 1, "id", 1),
        "Table “measurement”, row 2 (id 1), field “id”: Row 1 has the same id, which must be unique.",
        id="repeated id",
    ),
    pytest.param(
        _set("goal", 0, "stretch_target", 100.0),
        "Table “goal”, row 1 (id 1), field “stretch_target”: The stretch target must be above "
        "the benchmark of 120.",
        id="stretch short of the benchmark",
    ),
    pytest.param(
        _set("goal", 0, "deadline", "2026-01-01"),
        "Table “goal”, row 1 (id 1), field “deadline”: The deadline must come after the start date.",
        id="deadline before the start",
    ),
    pytest.param(
        _set("measurement", 0, "measured_on", "2099-01-01"),
        "Table “measurement”, row 1 (id 1), field “measured_on”: "
        "1 Jan 2099 is still to come: a check-in records a figure already read (today is 22 Nov 2026).",
        id="measurement in the future",
    ),
    pytest.param(
        _set("task", 0, "rrule", "EVERY TUESDAY"),
        "Table “task”, row 1 (id 1), field “rrule”:",
        id="repeat rule the app cannot read",
    ),
    pytest.param(
        _set("strategy_network", 0, "network", "myspace"),
        "Table “strategy_network”, row 1 (id 1), field “network”: "
        "“myspace” is not a network SmartGoals knows.",
        id="unknown network",
    ),
    pytest.param(
        lambda d: d["tables"].pop("measurement"),
        "The file has no table “measurement”.",
        id="missing table",
    ),
    pytest.param(
        lambda d: d["tables"].__setitem__("secrets", []),
        "The file holds a table “secrets” that SmartGoals does not know.",
        id="unknown table",
    ),
    pytest.param(
        lambda d: d["tables"]["goal"].append("not a row"),
        "Table “goal”, row 4: a row must be an object of fields.",
        id="row that is not an object",
    ),
]


@pytest.mark.parametrize(("change", "expected"), BAD_ROWS)
def test_a_bad_row_is_refused_naming_table_row_and_field(
    exported: Document,
    target: Database,
    tmp_path: Path,
    today: date,
    change: Callable[[Document], object],
    expected: str,
) -> None:
    error, _ = refused(target, tmp_path, today, changed(exported, change))
    assert str(error).startswith(expected)
    assert error.problems[0] == str(error)


def test_every_problem_is_listed_not_only_the_first(
    exported: Document, target: Database, tmp_path: Path, today: date
) -> None:
    def break_all(document: Document) -> None:
        for row in document["tables"]["measurement"]:
            row["value"] = "many"

    error, _ = refused(target, tmp_path, today, changed(exported, break_all))
    assert len(error.problems) == min(len(exported["tables"]["measurement"]), data_import.MAX_PROBLEMS)


def test_a_database_with_goals_is_refused(
    exported: Document, db: Database, tmp_path: Path, today: date
) -> None:
    GoalService(db, today=lambda: today).save(signups_draft(today))
    error, _ = refused(db, tmp_path, today, exported)
    assert str(error) == f"{db.path} already holds goals; import into a new, empty database file instead."


def test_a_database_with_only_a_draft_is_refused(
    exported: Document, target: Database, tmp_path: Path, today: date
) -> None:
    DraftService(target).save(signups_draft(today), page=2)
    error, _ = refused(target, tmp_path, today, exported)
    assert "already holds data" in str(error)


def test_a_failure_half_way_writes_nothing(
    exported: Document, target: Database, tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All or nothing: rows already inserted are rolled back when a later insert fails."""
    monkeypatch.setattr(data_import, "INSERT_CHUNK", 5)
    source = tmp_path / "demo.json"
    before = contents(target, tmp_path)
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if done > total // 2:
            raise OSError("disk pulled out")

    with pytest.raises(OSError, match="disk pulled out"):
        import_data(target, source, today=today, progress=progress)
    assert calls
    assert calls[-1] < sum(len(rows) for rows in exported["tables"].values())
    assert contents(target, tmp_path) == before
    assert is_empty(target)


# -- the command line -------------------------------------------------------------
def test_commands_move_everything_to_a_new_file(
    db: Database, tmp_path: Path, demo_ids: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    out, again, new = tmp_path / "out.json", tmp_path / "again.json", tmp_path / "new" / "moved.db"
    assert main(["--db", str(db.path), "export-data", str(out)]) == 0
    assert "to " + str(out) in capsys.readouterr().out
    assert main(["--db", str(new), "import-data", str(out)]) == 0
    assert "Imported" in capsys.readouterr().out
    assert main(["--db", str(new), "export-data", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
    assert main(["--db", str(db.path), "export-csv", str(tmp_path / "sheets")]) == 0
    assert (tmp_path / "sheets" / "measurement.csv").is_file()


def one_sentence(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def test_command_refuses_a_database_with_goals(
    db: Database, tmp_path: Path, demo_ids: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    assert main(["--db", str(db.path), "export-data", str(out)]) == 0
    capsys.readouterr()
    assert main(["--db", str(db.path), "import-data", str(out)]) == 1
    assert one_sentence(capsys) == (
        f"Nothing was imported: {db.path} already holds goals; "
        "import into a new, empty database file instead."
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "Nothing was imported: Cannot read {file}: No such file or directory."),
        (b"<html></html>", "Nothing was imported: {file} is not a SmartGoals data export."),
        (
            b'{"format": "smartgoals-data", "format_version": 99}',
            "Nothing was imported: {file} was exported by a newer SmartGoals (format version 99); "
            "install the newer version to import it.",
        ),
    ],
)
def test_command_refuses_a_bad_file_and_leaves_no_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, expected: str
) -> None:
    source, new = tmp_path / "in.json", tmp_path / "new.db"
    if content is not None:
        source.write_bytes(content)
    assert main(["--db", str(new), "import-data", str(source)]) == 1
    assert one_sentence(capsys) == expected.format(file=source)
    assert not new.exists()


def test_command_lists_each_problem_of_a_bad_row(
    exported: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported["tables"]["goal"][0]["why"] = 7
    exported["tables"]["goal"][1]["why"] = None
    source, new = tmp_path / "in.json", tmp_path / "new.db"
    source.write_text(json.dumps(exported), encoding="utf-8")
    assert main(["--db", str(new), "import-data", str(source)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        "Nothing was imported: Table “goal”, row 1 (id 1), field “why”: The value must be text.",
        "  Table “goal”, row 2 (id 2), field “why”: A value is needed here, not null.",
    ]
    assert not new.exists()


def test_command_refuses_a_damaged_database(
    exported: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, damaged = tmp_path / "in.json", tmp_path / "damaged.db"
    source.write_text(json.dumps(exported), encoding="utf-8")
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    assert main(["--db", str(damaged), "import-data", str(source)]) == 1
    assert "damaged" in one_sentence(capsys)
    assert main(["--db", str(damaged), "export-data", str(tmp_path / "out.json")]) == 1
    assert one_sentence(capsys).startswith("Cannot export the data: The database")
    assert damaged.read_bytes() == b"SQLite format 3\x00" + b"\x13" * 4000


def test_export_command_needs_a_database_and_a_place_to_write(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nothing-here.db"
    assert main(["--db", str(missing), "export-data", str(tmp_path / "out.json")]) == 1
    assert one_sentence(capsys) == f"No SmartGoals database at {missing}; nothing exported."
    assert not missing.exists()
    target = tmp_path / "no-such-folder" / "out.json"
    assert main(["--db", str(db.path), "export-data", str(target)]) == 1
    assert one_sentence(capsys) == (
        f"Cannot export the data: Cannot write {target}: the folder {target.parent} does not exist."
    )
    GoalService(db).save(signups_draft(date.today()))
    assert main(["--db", str(db.path), "export-csv", str(tmp_path / "out.json" / "x")]) == 1
    assert "does not exist" in one_sentence(capsys)


def test_commands_run_as_a_program_without_qt(db: Database, tmp_path: Path, demo_ids: list[int]) -> None:
    """As the installed `smartgoals` runs them: a separate process, no display, no Qt loaded."""
    db.close()
    out, new = tmp_path / "out.json", tmp_path / "new.db"
    code = (
        "import sys\n"
        "from smartgoals_app.cli import main\n"
        f"codes = [main(['--db', {str(db.path)!r}, 'export-data', {str(out)!r}]),\n"
        f"         main(['--db', {str(new)!r}, 'import-data', {str(out)!r}])]\n"
        "print(codes, any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        check=False,
    )
    assert result.stdout.strip().splitlines()[-1] == "[0, 0] False", result.stderr
    assert new.is_file()


def test_a_file_from_before_strategies_could_be_archived_reads_them_as_in_use(
    exported: Document, target: Database, tmp_path: Path, today: date
) -> None:
    def forget(document: Document) -> None:
        for row in document["tables"]["strategy"]:
            del row["archived_at"]

    older = changed(exported, forget)
    source = tmp_path / "older.json"
    source.write_text(json.dumps(older), encoding="utf-8")
    import_data(target, source, today=today)
    assert len(GoalService(target, today=lambda: today).overview()) == 3
    assert GoalService(target, today=lambda: today).strategies()  # none archived
    assert json.loads(contents(target, tmp_path))["tables"]["strategy"] == exported["tables"]["strategy"]


def test_an_export_from_before_row_versions_comes_in_at_version_1(
    exported: Document, target: Database, tmp_path: Path, today: date
) -> None:
    versioned = ("strategy", "goal", "measurement", "task")

    def forget(document: Document) -> None:
        document["format_version"] = 2
        for table in versioned:
            for row in document["tables"][table]:
                for field in ("version", "changed_by", "changed_at"):
                    del row[field]

    older = changed(exported, forget)
    source = tmp_path / "older.json"
    source.write_text(json.dumps(older), encoding="utf-8")
    result = import_data(target, source, today=today)
    assert result.rows["goal"] == 3
    back = json.loads(contents(target, tmp_path))["tables"]
    for table in versioned:
        assert back[table], table
        assert {(row["version"], row["changed_by"], row["changed_at"]) for row in back[table]} == {
            (1, None, None)
        }, table


def test_row_versions_and_authors_make_the_round_trip(
    exported: Document, target: Database, tmp_path: Path, today: date
) -> None:
    def edited_by_anna(document: Document) -> None:
        row = document["tables"]["goal"][0]
        row.update(version=7, changed_by="anna", changed_at="2026-11-30T14:05:00Z")

    source = tmp_path / "versions.json"
    source.write_text(json.dumps(changed(exported, edited_by_anna)), encoding="utf-8")
    import_data(target, source, today=today)
    goal = json.loads(contents(target, tmp_path))["tables"]["goal"][0]
    assert (goal["version"], goal["changed_by"], goal["changed_at"]) == (7, "anna", "2026-11-30T14:05:00Z")


def test_a_file_from_before_drafts_and_reminders_were_per_person_still_imports(
    exported: Document, target: Database, tmp_path: Path, today: date
) -> None:
    from smartgoals_app.domain.draft import GoalDraft

    def older(document: Document) -> None:
        document["format_version"] = 2
        goal_id = document["tables"]["goal"][0]["id"]
        document["tables"]["reminder_sent"] = [
            {
                "id": 1,
                "kind": "checkin",
                "ref_id": goal_id,
                "occurrence_start": "2026-11-20T00:00:00",
                "sent_at": "2026-11-20T08:00:00Z",
            }
        ]
        document["tables"]["wizard_draft"] = [
            {
                "id": 1,
                "goal_id": None,
                "page": 2,
                "payload": GoalDraft(title="Half typed").to_json(),
                "updated_at": "2026-11-21T10:00:00Z",
            }
        ]

    source = tmp_path / "older.json"
    source.write_text(json.dumps(changed(exported, older)), encoding="utf-8")
    import_data(target, source, today=today)
    pending = DraftService(target).pending()
    assert pending is not None
    assert pending.draft.title == "Half typed"
    again = json.loads(contents(target, tmp_path))["tables"]
    assert [row["login"] for row in again["reminder_sent"]] == [""]
    assert [row["login"] for row in again["wizard_draft"]] == [""]
