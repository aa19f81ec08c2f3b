"""kill -9 at random moments: during a first start, an upgrade, and writes.

A helper process imports the storage and services once, then forks one child per
trial; the child opens the file (or saves goals and logs check-ins, writing each
acknowledged write to its own log as soon as the service returns) and is sent SIGKILL
after a random delay. Whatever moment the kill lands on, the file must reopen (or be
made anew when nothing was ever committed), pass PRAGMA integrity_check, and hold every
acknowledged write. The delays come from a fixed seed and only choose where the kill
lands: every outcome has to pass, so the result does not depend on timing.

The figures of a run are printed (pytest -s shows them) and given in docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from smartgoals_app.storage import schema_version
from smartgoals_app.storage.database import APPLICATION_ID, backup_dir, make_engine, open_database, pragma
from smartgoals_app.storage.migrate import alembic_config
from tests.conftest import TODAY
from tests.factories import signups_draft

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the helper forks its children (POSIX)"),
]

SEED = 20261130
TRIALS = {"first start": 90, "upgrade": 60, "writes": 60}
REPO = Path(__file__).resolve().parents[2]

# The helper: one JSON command per line in, one JSON report per line out.
HELPER = r"""
import json, os, signal, sys, time, traceback
from datetime import date
from pathlib import Path

import alembic.command  # loaded once, before the forks, as in a running app
from sqlalchemy import event
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage import migrate
from smartgoals_app.storage.database import open_database
from tests.factories import signups_draft

TODAY = date.fromisoformat(sys.argv[1])


def ack(text):
    print(text, flush=True)  # stdout is the trial's acknowledgement log


def child(cmd):
    path = Path(cmd["path"])
    if cmd["phase"] in ("first start", "upgrade"):
        open_database(path).close()
        ack("opened")
        return
    db = open_database(path, backup=False)
    # A long session copies its -wal into the file every 1,000 pages (an automatic
    # checkpoint); here every few writes, so kills land mid-checkpoint too.
    event.listen(db.engine, "connect", lambda conn, _record: conn.execute("PRAGMA wal_autocheckpoint = 8"))
    db.engine.dispose()
    goals = GoalService(db, today=lambda: TODAY)
    measurements = MeasurementService(db, today=lambda: TODAY)
    goal_id = cmd["goal_id"]
    for i in range(100000):
        if i % 7 == 0:
            title = f"Goal {cmd['trial']}-{i}"
            ack(f"goal {goals.save(signups_draft(TODAY, title=title))} {title}")
        else:
            record = measurements.log(goal_id, TODAY, float(i), note=f"note {i}")
            ack(f"measurement {record.id} {i}")


def warm_up():
    # Modules load on first use (validation, rrule, ...): once here, not in every child.
    import tempfile
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "warm.db", backup=False)
        goal_id = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
        MeasurementService(db, today=lambda: TODAY).log(goal_id, TODAY, 1.0)
        db.close()


warm_up()
for line in sys.stdin:
    cmd = json.loads(line)
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            log = os.open(cmd["acks"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.dup2(log, 1)
            child(cmd)
        except BaseException:
            traceback.print_exc()
            code = 3
        finally:
            os._exit(code)
    if cmd["delay"] is not None:
        time.sleep(cmd["delay"])
        os.kill(pid, signal.SIGKILL)  # not yet reaped: the pid cannot have been reused
    _, status = os.waitpid(pid, 0)
    report = {
        "killed": os.WIFSIGNALED(status),
        "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "seconds": time.monotonic() - started,
    }
    print(json.dumps(report), flush=True)
"""


class Helper:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HELPER, TODAY.isoformat()],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def trial(self, **cmd: object) -> dict[str, object]:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.write(json.dumps(cmd) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "the helper process died"
        report: dict[str, object] = json.loads(line)
        assert report["code"] in (0, None), f"the child failed (traceback above): {report}"
        return report

    def close(self) -> None:
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()


@pytest.fixture(scope="module")
def helper() -> Iterator[Helper]:
    running = Helper()
    yield running
    running.close()


@pytest.fixture(scope="module")
def figures() -> Iterator[dict[str, Counter[str]]]:
    seen: dict[str, Counter[str]] = {}
    yield seen
    for phase, counts in seen.items():
        outcomes = ", ".join(f"{what}: {n}" if n else what for what, n in sorted(counts.items()))
        print(f"\nkill -9 during {phase}: {sum(counts.values())} trials; {outcomes}")


def _revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


def _reopens_whole(path: Path) -> None:
    db = open_database(path, backup=False)
    try:
        assert pragma(db, "integrity_check") == "ok"
        assert pragma(db, "application_id") == APPLICATION_ID
    finally:
        db.close()
    assert _revision(path) == schema_version.HEAD


def _delays(rng: random.Random, trials: int, longest: float) -> list[float]:
    # The first and last trials kill at once and after the end; the rest anywhere between.
    return [0.0, longest * 1.5] + [rng.uniform(0.0, longest) for _ in range(trials - 2)]


def _longest(helper: Helper, tmp_path: Path, make: object, **cmd: object) -> float:
    """How long the child takes when nobody kills it: the range the kills are spread over."""
    path = tmp_path / "calibrate.db"
    make(path)  # type: ignore[operator]
    report = helper.trial(path=str(path), acks=str(tmp_path / "calibrate.acks"), delay=None, **cmd)
    seconds = float(report["seconds"])  # type: ignore[arg-type]
    print(f"\n{cmd['phase']}: {seconds:.3f} s without a kill")
    return seconds


def _nothing(_path: Path) -> None:
    pass


def test_kill_during_first_start(helper: Helper, figures: dict[str, Counter[str]], tmp_path: Path) -> None:
    rng = random.Random(SEED)
    longest = _longest(helper, tmp_path, _nothing, phase="first start", trial=-1)
    counts: Counter[str] = Counter()
    for trial, delay in enumerate(_delays(rng, TRIALS["first start"], longest)):
        folder = tmp_path / f"first-{trial}"
        path = folder / "smartgoals.db"
        report = helper.trial(
            phase="first start", path=str(path), acks=str(tmp_path / f"{trial}.acks"), delay=delay
        )
        acks = tmp_path / f"{trial}.acks"
        finished = acks.exists() and "opened" in acks.read_text()
        left = (
            "no file"
            if not path.exists()
            else "whole file"
            if _revision(path) == schema_version.HEAD
            else "other"
        )
        counts[f"{'finished' if finished else 'killed'}, {left}"] += 1
        assert left != "other"  # the new file is renamed into place whole, or not at all
        if finished:
            assert not report["killed"] or left == "whole file"
        _reopens_whole(path)
        assert [p.name for p in folder.iterdir() if p.name.endswith(".creating")] == []
    figures["first start"] = counts


def _older_file(path: Path) -> None:
    older = schema_version.KNOWN_REVISIONS[-2]
    engine = make_engine(path)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, older)
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        if "workspace_id" in {row[1] for row in conn.execute("PRAGMA table_info(strategy)")}:
            conn.execute(
                "INSERT INTO strategy (statement, created_at, workspace_id) "
                "VALUES ('Keep me', '2026-01-01 00:00:00', (SELECT MIN(id) FROM workspace))"
            )
        else:
            conn.execute(
                "INSERT INTO strategy (statement, created_at) VALUES ('Keep me', '2026-01-01 00:00:00')"
            )
    conn.close()


@pytest.mark.skipif(len(schema_version.KNOWN_REVISIONS) < 2, reason="only one schema revision")
def test_kill_during_upgrade(helper: Helper, figures: dict[str, Counter[str]], tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    template = tmp_path / "template.db"
    _older_file(template)
    older = _revision(template)

    def copy(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, path)

    longest = _longest(helper, tmp_path, copy, phase="upgrade", trial=-1)
    counts: Counter[str] = Counter()
    for trial, delay in enumerate(_delays(rng, TRIALS["upgrade"], longest)):
        path = tmp_path / f"upgrade-{trial}" / "smartgoals.db"
        copy(path)
        helper.trial(phase="upgrade", path=str(path), acks=str(tmp_path / f"{trial}.acks"), delay=delay)
        before = _revision(path)
        assert before in (older, schema_version.HEAD)  # one transaction: never half a schema
        backups = sorted(backup_dir(path).glob("*.db")) if backup_dir(path).exists() else []
        for backup in backups:  # a backup under a backup's name is always whole
            assert _revision(backup) == older
            check = sqlite3.connect(backup)
            assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            check.close()
        if before == schema_version.HEAD:
            assert backups, "upgraded without a backup"
        counts[
            f"{'upgraded' if before == schema_version.HEAD else 'still older'}, {len(backups)} backup(s)"
        ] += 1
        _reopens_whole(path)
        conn = sqlite3.connect(path)
        assert conn.execute("SELECT statement FROM strategy").fetchall() == [("Keep me",)]
        conn.close()
    figures["upgrade"] = counts


def _checkpointed(path: Path) -> bool:
    """Whether the file itself, read without its -wal, already holds a check-in: only a
    checkpoint puts one there (the template has none)."""
    alone = path.with_name("alone.db")
    shutil.copyfile(path, alone)
    conn = sqlite3.connect(alone)
    try:
        return bool(conn.execute("SELECT COUNT(*) FROM measurement").fetchone()[0])
    except sqlite3.DatabaseError:
        return True  # killed mid-checkpoint: the file is whole only with its -wal
    finally:
        conn.close()
        alone.unlink()


def test_kill_during_writes(helper: Helper, figures: dict[str, Counter[str]], tmp_path: Path) -> None:
    from smartgoals_app.services.goals import GoalService

    rng = random.Random(SEED + 2)
    template = tmp_path / "template.db"
    db = open_database(template, backup=False)
    goal_id = GoalService(db, today=lambda: TODAY).save(signups_draft(TODAY))
    db.close()

    def copy(path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, path)

    counts: Counter[str] = Counter()
    acknowledged = checkpointed = 0
    # Writes go on until the kill: the delays spread over their first 0.15 s, dozens of
    # commits and several checkpoints (see child). Each write is one commit like the
    # last, so later moments would add time, not cases.
    longest = 0.15
    for trial, delay in enumerate(_delays(rng, TRIALS["writes"] + 1, longest)[:-1]):
        path = tmp_path / f"writes-{trial}" / "smartgoals.db"
        copy(path)
        acks = tmp_path / f"writes-{trial}.acks"
        helper.trial(
            phase="writes", path=str(path), acks=str(acks), delay=delay, goal_id=goal_id, trial=trial
        )
        lines = acks.read_text().splitlines() if acks.exists() else []
        checkpointed += _checkpointed(path)
        _reopens_whole(path)
        conn = sqlite3.connect(path)
        try:
            values = dict(conn.execute("SELECT id, value FROM measurement").fetchall())
            titles = dict(conn.execute("SELECT id, title FROM goal").fetchall())
        finally:
            conn.close()
        for line in lines:
            kind, row_id, rest = line.split(" ", 2)
            if kind == "measurement":
                assert values.get(int(row_id)) == float(rest), f"acknowledged {line!r} was lost"
            else:
                assert titles.get(int(row_id)) == rest, f"acknowledged {line!r} was lost"
        counts["trials with no write acknowledged" if not lines else "trials with writes acknowledged"] += 1
        acknowledged += len(lines)
    figures["writes"] = counts
    counts[f"acknowledged writes (every one kept): {acknowledged}"] = 0
    counts[f"trials where a checkpoint had copied writes into the file: {checkpointed}"] = 0
    assert checkpointed, "no kill landed after a checkpoint: the trials never covered one"
