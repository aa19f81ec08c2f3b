"""The installed wheel, not the source tree: build it, install it into a fresh virtual
environment, and run the installed `smartgoals` from there."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from smartgoals_app import __version__

ROOT = Path(__file__).resolve().parents[2]
ICON_FILES = [f"smartgoals-{size}.png" for size in (16, 24, 32, 48, 64, 128, 256, 512)] + [
    "smartgoals.svg",
    "smartgoals.ico",
    "smartgoals.icns",
]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # --no-isolation: the test environment already holds the build backend the project
    # names (the test extra pins it), so no throwaway build environment is downloaded.
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    (built,) = out.glob("smartgoals-*.whl")
    return built


def _site_packages(env_dir: Path) -> Path:
    (found,) = env_dir.glob("lib/python*/site-packages")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no system site-packages) with the wheel installed by pip.

    Its dependencies are not downloaded and unpacked again (Qt alone took most of a
    minute): a path file makes this test run's own site-packages visible after the
    fresh one. Only a directory a path file names is added, its own path files are not
    run, so the source tree's editable install stays out and the app comes from the
    wheel (checked below); `pip check` proves the wheel's declared dependencies are met.
    Installing the dependencies from the index is what the README's install command
    and the CI's other lanes do."""
    env_dir = tmp_path_factory.mktemp("venv")
    # No pip of its own (ensurepip took seconds): this run's pip installs into it.
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(env_dir)
    ours = next(Path(p) for p in sys.path if p.endswith("site-packages") and Path(p).is_dir())
    (_site_packages(env_dir) / "zz_test_dependencies.pth").write_text(f"{ours}\n", encoding="utf-8")
    python = env_dir / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "-q", "--no-deps", "--no-compile", str(wheel)], check=True, timeout=600)
    checked = subprocess.run([*pip, "check"], capture_output=True, text=True, timeout=300, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    return env_dir


def _clean_env(tmp: Path) -> dict[str, str]:
    # No DISPLAY, a HOME of its own: the installed app must manage by itself.
    return {"PATH": "/usr/bin:/bin", "HOME": str(tmp), "LANG": "C.UTF-8"}


def test_wheel_contains_every_runtime_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ICON_FILES:
        assert f"smartgoals_app/resources/icons/{name}" in names
    assert "smartgoals_app/resources/translations/smartgoals_de.qm" in names
    assert "smartgoals_app/storage/migrations/script.py.mako" in names
    assert "smartgoals_app/storage/new_file.sql" in names
    assert not any(name.startswith(("tests/", "packaging/", "benchmarks/")) for name in names)


def test_installed_version(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "bin" / "smartgoals"), "--version"],
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"SmartGoals {__version__}"


def test_installed_self_test(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "bin" / "smartgoals"), "--self-test"],
        capture_output=True,
        text=True,
        env=_clean_env(tmp_path),
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "dashboard lists the 3 demo goals" in result.stdout
    assert "wizard opened for a new goal" in result.stdout
    assert not (tmp_path / ".local" / "share" / "SmartGoals").exists(), "self-test touched user data"


def test_installed_package_has_its_icons_and_runs_from_site_packages(installed: Path, tmp_path: Path) -> None:
    code = (
        "import smartgoals_app, sys\n"
        "from smartgoals_app.ui.icons import icon_files, icon_dir\n"
        "print(smartgoals_app.__file__)\n"
        "print(len(icon_files()))\n"
        "print(sorted(p.name for p in icon_dir().iterdir()))\n"
    )
    result = subprocess.run(
        [str(installed / "bin" / "python"), "-c", code],
        capture_output=True,
        text=True,
        env={**_clean_env(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
        cwd=tmp_path,
        timeout=120,
        check=True,
    )
    location, count, listing = result.stdout.strip().splitlines()
    assert Path(location).is_relative_to(installed), "imported the source tree, not the wheel"
    assert count == "8"
    for name in ICON_FILES:
        assert name in listing
    assert os.sep + "site-packages" + os.sep in location
