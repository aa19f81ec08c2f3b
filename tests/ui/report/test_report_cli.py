"""`smartgoals [--db DB] export-report FILE.pdf [--goal ID | --strategy ID | --workspace NAME]`: the report
without a window, its exit codes and its one-sentence failures."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from smartgoals_app.cli import main
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.workspaces import OpenWorkspace, WorkspaceService
from smartgoals_app.storage.database import Database, open_database
from tests.factories import response_time_draft, signups_draft
from tests.ui.report.report_helpers import STRATEGY, TITLE, add_known_goal, pdf_info, pdf_text, squeeze


@pytest.fixture
def demo_file(db: Database, today: date) -> Path:
    add_known_goal(db, today)
    GoalService(db, today=lambda: today).save(response_time_draft(today))
    path = db.path
    db.close()
    return path


def _one_sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_a_report_written_over_keeps_the_mode_it_was_shared_with(
    qapp: QApplication, demo_file: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared.pdf"
    shared.write_bytes(b"an older report")
    shared.chmod(0o644)
    assert main(["--db", str(demo_file), "export-report", str(shared)]) == 0
    assert shared.stat().st_mode & 0o777 == 0o644
    assert shared.read_bytes().startswith(b"%PDF")


def test_all_goals_one_strategy_or_one_goal(
    qapp: QApplication, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    everything = tmp_path / "all.pdf"
    assert main(["--db", str(demo_file), "export-report", str(everything)]) == 0
    out = capsys.readouterr().out
    assert everything.stat().st_mode & 0o777 == 0o600  # a business's figures: the owner's alone
    assert "Goals in it: 2; pages: 2." in out
    text = squeeze(pdf_text(everything))
    assert TITLE in text
    assert "Answer messages on X" in text

    db = open_database(demo_file, backup=False)
    try:
        goals = {g.title: g for g in GoalService(db).overview()}
    finally:
        db.close()
    known = goals[TITLE]
    assert f"goal {known.id} (strategy {known.strategy_id}): {TITLE}" in out  # the ids to ask for
    strategy = tmp_path / "strategy.pdf"
    assert (
        main(["--db", str(demo_file), "export-report", str(strategy), "--strategy", str(known.strategy_id)])
        == 0
    )
    text = squeeze(pdf_text(strategy))
    assert f"Strategy: {STRATEGY}" in text
    assert "Answer messages on X" not in text

    other = next(g for g in goals.values() if g.id != known.id)
    one = tmp_path / "one.pdf"
    assert main(["--db", str(demo_file), "export-report", str(one), "--goal", str(other.id)]) == 0
    text = squeeze(pdf_text(one))
    assert "Answer messages on X" in text
    assert TITLE not in text


def test_one_workspaces_goals_by_its_name(
    qapp: QApplication, demo_file: Path, tmp_path: Path, today: date, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(demo_file, backup=False)
    try:
        spaces = WorkspaceService(db, OpenWorkspace())
        client = OpenWorkspace()
        WorkspaceService(db, client).open(spaces.add("Client B").id)
        GoalService(db, today=lambda: today, workspace=client).save(signups_draft(today, title="Client goal"))
    finally:
        db.close()
    target = tmp_path / "client.pdf"
    assert main(["--db", str(demo_file), "export-report", str(target), "--workspace", "CLIENT B"]) == 0
    assert "Goals in it: 1; pages: 1." in capsys.readouterr().out
    text = squeeze(pdf_text(target))
    assert "Client goal" in text
    assert TITLE not in text
    assert "Answer messages on X" not in text
    unknown = tmp_path / "x.pdf"
    assert main(["--db", str(demo_file), "export-report", str(unknown), "--workspace", "Nope"]) == 1
    assert _one_sentence(capsys.readouterr().err) == (
        "There is no workspace named “Nope”. The workspaces are: “My business”, “Client B”."
    )
    assert not unknown.exists()


@pytest.mark.parametrize(
    ("extra", "sentence"),
    [
        (["--goal", "999"], "There is no goal with id 999."),
        (["--strategy", "999"], "There is no strategy with id 999, or it has no goals."),
    ],
)
def test_an_unknown_goal_or_strategy_is_said_plainly(
    qapp: QApplication,
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    sentence: str,
) -> None:
    target = tmp_path / "report.pdf"
    assert main(["--db", str(demo_file), "export-report", str(target), *extra]) == 1
    assert _one_sentence(capsys.readouterr().err) == sentence
    assert not target.exists()


def test_unwritable_file_damaged_database_missing_database_and_no_goals(
    qapp: QApplication, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing folder" / "report.pdf"
    assert main(["--db", str(demo_file), "export-report", str(target)]) == 1
    assert _one_sentence(capsys.readouterr().err) == (
        f"Could not write the report to {target}: No such file or directory"
    )

    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database, only some words" * 100)
    assert main(["--db", str(damaged), "export-report", str(tmp_path / "r.pdf")]) == 1
    assert "damaged" in _one_sentence(capsys.readouterr().err)

    missing = tmp_path / "nowhere.db"
    assert main(["--db", str(missing), "export-report", str(tmp_path / "r.pdf")]) == 1
    assert (
        _one_sentence(capsys.readouterr().err) == f"No SmartGoals database at {missing}; no report written."
    )
    assert not missing.exists()  # asking for a report never makes a database

    empty = tmp_path / "empty.db"
    open_database(empty, backup=False).close()
    assert main(["--db", str(empty), "export-report", str(tmp_path / "r.pdf")]) == 1
    assert _one_sentence(capsys.readouterr().err) == "There are no goals to report on yet."
    assert not (tmp_path / "r.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".part", ".pdf")] == []  # nothing half-written


def test_goal_and_strategy_together_are_refused(demo_file: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "--db",
                str(demo_file),
                "export-report",
                str(tmp_path / "r.pdf"),
                "--goal",
                "1",
                "--strategy",
                "1",
            ]
        )
    assert exit_.value.code == 2


def test_without_a_display_in_a_us_locale_the_report_is_on_letter(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    # No DISPLAY and no QT_QPA_PLATFORM: the command chooses the offscreen platform itself.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LANG": "en_US.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "smartgoals_app", "--db", str(demo_file), "export-report", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "(letter)" in pdf_info(target)["Page size"]
    assert TITLE in squeeze(pdf_text(target))


def test_help_names_the_command_without_loading_qt() -> None:
    code = (
        "import sys, contextlib, io\n"
        "from smartgoals_app.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n        main(['export-report', '--help'])\n    except SystemExit:\n        pass\n"
        "print('--strategy ID' in out.getvalue())\n"
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "False"]
