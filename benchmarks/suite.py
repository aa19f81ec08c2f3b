"""The test suite's run time against an older revision's, measured in the same run.

    python benchmarks/suite.py REVISION [--rounds 2] [--same-tests-only]

The older revision is checked out into a temporary worktree with a venv of its own;
both suites then run as the README's test command runs them (CI=true), alternating
round by round (older first in odd rounds, this checkout first in even ones) so
machine load hits both alike. Two comparisons, each a ratio this/older per round:

- **the same tests**: only the test functions both revisions have (by name, with all of
  each one's cases in each revision): what the older suite checked, as each revision
  runs it;
- **the whole suites**: everything each revision has, including the tests written
  since the older one.

CPU is that of the test processes (pytest and its workers, reaped by pytest), not of a
server they start. Measured, never asserted: nothing here fails a build.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    summary: str


def _test_ids(checkout: Path) -> list[str]:
    done = subprocess.run(
        [
            str(checkout / ".venv/bin/python"),
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line.strip() for line in done.stdout.splitlines() if "::" in line]


def _function(test_id: str) -> str:
    return test_id.split("[", 1)[0].rsplit("::", 1)[1]


def same_tests(older: list[str], newer: list[str]) -> tuple[list[str], list[str]]:
    """Each side's test functions (``path::name``, all cases) whose name the other has."""
    shared = {_function(i) for i in older} & {_function(i) for i in newer}

    def pick(ids: list[str]) -> list[str]:
        return list(dict.fromkeys(i.split("[", 1)[0] for i in ids if _function(i) in shared))

    return pick(older), pick(newer)


def run_suite(checkout: Path, selection: Path | None) -> Run:
    command = [str(checkout / ".venv/bin/python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    if selection is not None:
        command.append(f"@{selection}")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    done = subprocess.run(
        command, cwd=checkout, env={**os.environ, "CI": "true"}, capture_output=True, text=True
    )
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = done.stdout.strip().splitlines()
    return Run(wall, cpu, lines[-1] if lines else f"exit {done.returncode}")


def _worktree(revision: str, folder: Path) -> Path:
    checkout = folder / "older"
    subprocess.run(["git", "worktree", "add", "--detach", str(checkout), revision], cwd=HERE, check=True)
    subprocess.run([sys.executable, "-m", "venv", str(checkout / ".venv")], check=True)
    subprocess.run(
        [str(checkout / ".venv/bin/pip"), "install", "-q", "-e", ".[test]"], cwd=checkout, check=True
    )
    return checkout


def _report(name: str, older: list[Run], newer: list[Run]) -> None:
    print(f"\n{name}\n| round | older s | this s | this/older | older CPU s | this CPU s |")
    print("|---|---:|---:|---:|---:|---:|")
    for number, (a, b) in enumerate(zip(older, newer, strict=True), start=1):
        print(
            f"| {number} | {a.wall:.1f} | {b.wall:.1f} | {b.wall / a.wall:.2f} | {a.cpu:.0f} | {b.cpu:.0f} |"
        )
    ratio = statistics.median(b.wall / a.wall for a, b in zip(older, newer, strict=True))
    print(f"median this/older: {ratio:.2f}  (older: {older[-1].summary}; this: {newer[-1].summary})")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("revision", help="the older revision, e.g. a commit id")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--same-tests-only", action="store_true", help="skip the whole suites")
    args = parser.parse_args()
    # Stopped with kill (or by a CI limit) as with Ctrl+C: the worktree goes either way.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    folder = Path(tempfile.mkdtemp(prefix="smartgoals-suite-"))
    try:
        older = _worktree(args.revision, folder)
        older_ids, newer_ids = same_tests(_test_ids(older), _test_ids(HERE))
        print(f"same tests: {len(older_ids)} functions at {args.revision}, {len(newer_ids)} here")
        selections = {older: folder / "older.txt", HERE: folder / "this.txt"}
        selections[older].write_text("\n".join(older_ids) + "\n", encoding="utf-8")
        selections[HERE].write_text("\n".join(newer_ids) + "\n", encoding="utf-8")
        kinds = (
            {"the same tests": True}
            if args.same_tests_only
            else {"the same tests": True, "the whole suites": False}
        )
        runs: dict[tuple[str, Path], list[Run]] = {(k, c): [] for k in kinds for c in (older, HERE)}
        for number in range(args.rounds):
            order = (older, HERE) if number % 2 == 0 else (HERE, older)
            for kind, selected in kinds.items():
                for checkout in order:
                    run = run_suite(checkout, selections[checkout] if selected else None)
                    runs[kind, checkout].append(run)
                    side = "older" if checkout == older else "this"
                    print(f"round {number + 1}, {kind}, {side}: {run.wall:.1f} s ({run.summary})", flush=True)
        for kind in kinds:
            _report(kind, runs[kind, older], runs[kind, HERE])
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(folder / "older")], cwd=HERE, check=False)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
