"""Shared fixtures. Qt runs offscreen whenever there is no display, so the README's
test command works as written on a headless machine."""

from __future__ import annotations

import atexit
import os
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Keep the bytecode cache even where the environment turns it off (PYTHONDONTWRITEBYTECODE):
# each test process imports the whole package and rewrites every test module's asserts,
# which takes twice as long from source. The caches (__pycache__) are ignored by git.
sys.dont_write_bytecode = False

from hypothesis import settings  # noqa: E402

from smartgoals_app.storage.database import Database, open_database  # noqa: E402
from tests.demo_files import DemoFiles, copy_database, new_database_file  # noqa: E402
from tests.scratch import ram_folder  # noqa: E402

# CI must be repeatable: the same examples every run (bugs are hunted locally, where
# examples vary; the "thorough" profile runs many more of them).
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Every temporary file of the run, the tests' own and their child processes', goes to RAM
# where the machine has a tmpfs for it (tests/scratch.py).
if (_ram := ram_folder()) is not None and "TMPDIR" not in os.environ:
    os.environ["TMPDIR"] = tempfile.tempdir = _ram

# The app logs to the user's state folder (ui/error_report.py); tests never write there.
_state = tempfile.TemporaryDirectory(prefix="smartgoals-test-state-")
atexit.register(_state.cleanup)  # in RAM, a folder left behind stays until the next boot
os.environ["XDG_STATE_HOME"] = _state.name

if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The throwaway PostgreSQL server (pg_server, pg_database) for the tests that need one.
pytest_plugins = ["tests.pg"]

TODAY = date(2026, 11, 22)
DISPLAY_LANE = Path(__file__).resolve().parent / "display"


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """The real-display lane (tests/display) runs only when named: ``pytest tests/display``.
    It starts X servers and runs the app in processes of its own (see its conftest)."""
    if collection_path != DISPLAY_LANE:
        return None
    named = [Path(arg.split("::", 1)[0]).resolve() for arg in config.args]
    return not any(path == DISPLAY_LANE or DISPLAY_LANE in path.parents for path in named)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "smartgoals.db"


@pytest.fixture(scope="session")
def empty_database_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database file, made once per run; tests that create a file themselves
    (tests/storage) still go through every step of creating one."""
    return new_database_file(tmp_path_factory.mktemp("new") / "new.db")


@pytest.fixture
def db(db_path: Path, empty_database_file: Path) -> Iterator[Database]:
    copy_database(empty_database_file, db_path)
    database = open_database(db_path, backup=False)
    yield database
    database.close()


@pytest.fixture(scope="session")
def known_messages(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What pyside6-lupdate collects from the package now: the pseudo-language audits and
    the catalogue test share one run of it (seconds)."""
    from tests.ui.i18n_audit import extracted_messages  # imports Qt: only when asked for

    return extracted_messages(tmp_path_factory.mktemp("lupdate"))


@pytest.fixture(scope="session")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> DemoFiles:
    return DemoFiles(tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo_ids(db: Database, today: date, demo_files: DemoFiles) -> list[int]:
    """The demo goals in the test's own file (behind, on track, stretch reached)."""
    return demo_files.copy_into(db, today)
