"""The real-display lane: the app on a real X server (Xvfb) under a window manager
(openbox), with Qt's xcb platform, as a person meets it.

Qt chooses its platform and screen once per process, so every scenario runs the app in
a process of its own (tests/display/scenarios.py) on an X server of the size it needs;
one X server per screen size is started for the session. Without Xvfb the lane is
skipped with the reason, unless SMARTGOALS_REQUIRE_DISPLAY=1 (set by .ci/run), which
makes that a failure. This folder runs as its own pytest command
(``pytest tests/display``); the README's test command leaves it out (tests/conftest.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRE_ENV = "SMARTGOALS_REQUIRE_DISPLAY"
START_TIMEOUT_S = 30  # a ceiling for a loaded machine, not a measurement
SCENARIO_TIMEOUT_S = 240


@dataclass(frozen=True)
class Screen:
    display: str
    width: int
    height: int

    @property
    def size(self) -> str:
        return f"{self.width}x{self.height}"


class ScenarioError(AssertionError):
    pass


def _missing_reason() -> str | None:
    missing = [tool for tool in ("Xvfb", "openbox") if shutil.which(tool) is None]
    if not missing:
        return None
    return (
        f"{' and '.join(missing)} not installed: the real-display lane needs "
        "`apt-get install xvfb openbox` (see .ci/run)"
    )


@pytest.fixture(scope="session")
def display_tools() -> None:
    reason = _missing_reason()
    if reason is None:
        return
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def _wait_for(done: Callable[[], bool], what: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while not done():
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start within {START_TIMEOUT_S} s")
        time.sleep(0.05)


@pytest.fixture(scope="session")
def screens(display_tools: None) -> Iterator[Callable[[int, int], Screen]]:
    """``screens(800, 600)``: an X server of that size with openbox running, started on
    first use on a free display number and kept for the session."""
    started: dict[tuple[int, int], Screen] = {}
    processes: list[subprocess.Popen[bytes]] = []
    folder = Path(tempfile.mkdtemp(prefix="smartgoals-display-"))

    def start(width: int, height: int) -> Screen:
        if (width, height) in started:
            return started[(width, height)]
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(xvfb)
        os.close(write_fd)
        # Xvfb picks a free display and writes its number once it accepts clients.
        with os.fdopen(read_fd) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not report a display number")
        display = f":{number}"
        ready = folder / f"openbox-{number}.ready"
        openbox = subprocess.Popen(
            ["openbox", "--sm-disable", "--startup", f"touch {ready}"],
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(openbox)
        _wait_for(ready.exists, "openbox", openbox)
        screen = Screen(display, width, height)
        started[(width, height)] = screen
        return screen

    yield start
    for process in reversed(processes):
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Lane:
    """One scenario's world: its own home folder (settings, data) and database."""

    home: Path
    shots: Path | None

    @property
    def db(self) -> Path:
        return self.home / "smartgoals.db"

    def run(self, screen: Screen, scenario: str, *args: str, language: str = "en") -> str:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "SMARTGOALS_DB")
        }
        env.update(
            DISPLAY=screen.display,
            QT_QPA_PLATFORM="xcb",
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            XDG_RUNTIME_DIR=str(self.home / "run"),
            # The scenario ends with os._exit, so the app's single-instance socket stays:
            # in the lane's own folder, not in the machine's temporary folder.
            TMPDIR=str(self.home / "tmp"),
            LANGUAGE=language,
            LC_ALL={"en": "C.UTF-8", "de": "de_DE.UTF-8"}[language],
            SMARTGOALS_LANE_LANGUAGE=language,
            PYTHONPATH=str(ROOT),
        )
        (self.home / "run").mkdir(mode=0o700, exist_ok=True)
        (self.home / "tmp").mkdir(mode=0o700, exist_ok=True)
        if self.shots is not None:
            env["SMARTGOALS_LANE_SHOTS"] = str(self.shots)
        result = subprocess.run(
            [sys.executable, "-m", "tests.display.scenarios", scenario, str(self.db), *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=SCENARIO_TIMEOUT_S,
            check=False,
        )
        if result.returncode != 0:
            raise ScenarioError(
                f"scenario {scenario} at {screen.size} exited with {result.returncode}\n"
                f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
            )
        return result.stdout


@pytest.fixture
def lane(tmp_path: Path) -> Lane:
    shots = os.environ.get("SMARTGOALS_LANE_SHOTS")
    return Lane(home=tmp_path, shots=Path(shots) if shots else None)
