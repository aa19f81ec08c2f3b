"""The self-test really opens the dashboard, the wizard and About, and says why it fails."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from smartgoals_app.storage.database import Database
from smartgoals_app.ui import app as composition
from smartgoals_app.ui.selftest import run_self_test

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _main_window(db: Database) -> QMainWindow:
    return composition._main_window(composition.build_services(db), db.path, composition.build_operations())


def test_self_test_passes_with_demo_data(
    qapp: QApplication, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = composition.build_services(db)
    code = run_self_test(qapp, db, services, lambda: _main_window(db), tmp_path)
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "dashboard lists the 3 demo goals" in out.out
    assert "wizard opened for a new goal" in out.out
    assert "wizard opened to edit a goal" in out.out
    assert "report written (3 goals on 3 pages; printing available)" in out.out
    assert (tmp_path / "settings.ini").exists()


def test_self_test_fails_clearly_without_the_wizard(
    qapp: QApplication,
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "smartgoals_app.ui.wizard", None)
    services = composition.build_services(db)
    assert run_self_test(qapp, db, services, lambda: _main_window(db), tmp_path) == 1
    assert "the goal wizard cannot be imported" in capsys.readouterr().err


def test_self_test_fails_when_the_dashboard_lists_nothing(
    qapp: QApplication, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = composition.build_services(db)
    assert run_self_test(qapp, db, services, QMainWindow, tmp_path) == 1
    assert "the dashboard lists 0 rows" in capsys.readouterr().err
