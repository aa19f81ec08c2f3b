"""Goal ▸ Export all data…, Export all data as CSV…, Import all data…: chosen from the
menu with the keyboard, file dialogs replaced, and what was written checked."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from smartgoals_app.io.data_export import export_data
from smartgoals_app.services.goals import GoalService
from smartgoals_app.storage.database import Database, open_database
from smartgoals_app.ui.data_transfer import DataTransfer, add_data_transfer
from smartgoals_app.ui.main_window import MainWindow
from tests.demo_files import DemoFiles
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.prompts import prompts_of

# The offscreen platform has no window manager: a popup menu cannot raise itself or grab
# the keyboard there (it still gets the keys Qt sends it), and size hints go nowhere.
pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "does not support grabbing the keyboard"
)

Messages = list[tuple[str, str, str]]


def messages_of(window: MainWindow) -> Messages:
    """Every message the window's prompts were asked to show, as (kind, title, text)."""
    return [(told.kind, told.title, told.text) for told in prompts_of(window.ops).told]


def choose(qtbot: QtBot, window: MainWindow, action: QAction) -> tuple[str, str, str]:
    """Alt+G opens the Goal menu, the action's underlined letter chooses it; returns the
    message the action ends with."""
    count = len(messages_of(window))
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert menu is window.goal_menu
    assert action in menu.actions()
    letter = action.text().split("&", 1)[1][0]
    qtbot.keyClick(menu, getattr(Qt.Key, f"Key_{letter.upper()}"))
    qtbot.waitUntil(lambda: len(messages_of(window)) > count)
    assert QApplication.overrideCursor() is None, "the wait cursor was left on"
    return messages_of(window)[-1]


def transfer_for(window: MainWindow, db: Database, today: date) -> DataTransfer:
    return add_data_transfer(window, db, ops=window.ops, today=lambda: today)


def test_export_all_data_writes_the_json_file(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    today: date,
    tmp_path: Path,
) -> None:
    transfer = transfer_for(window, db, today)
    target = tmp_path / "everything.json"
    prompts = prompts_of(window.ops)
    prompts.path = target
    kind, _title, text = choose(qtbot, window, transfer.export_action)
    assert kind == "info"
    assert str(target) in text
    asked = prompts.offered
    assert asked[0] is not None
    assert asked[0].name == f"smartgoals-data-{today.isoformat()}.json"
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["format"] == "smartgoals-data"
    assert sorted(g["title"] for g in document["tables"]["goal"]) == sorted(
        g.title for g in GoalService(db, today=lambda: today).overview()
    )


def test_export_as_csv_writes_one_file_per_table(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    today: date,
    tmp_path: Path,
) -> None:
    transfer = transfer_for(window, db, today)
    prompts_of(window.ops).path = tmp_path / "sheets"
    kind, _title, text = choose(qtbot, window, transfer.export_csv_action)
    assert kind == "info"
    assert str(tmp_path / "sheets") in text
    lines = (tmp_path / "sheets" / "goal.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id,strategy_id,title,")
    assert len(lines) == 1 + 3


def test_import_into_a_database_with_goals_explains_what_to_do(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    today: date,
) -> None:
    transfer = transfer_for(window, db, today)
    kind, _title, text = choose(qtbot, window, transfer.import_action)
    assert prompts_of(window.ops).offered == []  # not asked for a file
    assert kind == "info"
    assert "smartgoals --db NEW_FILE.db" in text


@pytest.fixture
def demo_file(tmp_path: Path, today: date, demo_files: DemoFiles) -> Path:
    source = open_database(tmp_path / "old-computer.db", backup=False)
    try:
        demo_files.copy_into(source, today)
        export_data(source, tmp_path / "moving.json")
    finally:
        source.close()
    return tmp_path / "moving.json"


def test_import_fills_an_empty_database_and_shows_it(
    qtbot: QtBot,
    db: Database,
    today: date,
    demo_file: Path,
) -> None:
    window = make_window(qtbot, Services(db, today), db, today)
    assert not window.log_action.isEnabled()  # the empty state: no goal yet
    transfer = transfer_for(window, db, today)
    prompts_of(window.ops).path = demo_file
    kind, _title, text = choose(qtbot, window, transfer.import_action)
    assert kind == "info"
    assert text.startswith("Imported ")
    assert len(GoalService(db, today=lambda: today).overview()) == 3
    assert window.log_action.isEnabled()  # the dashboard shows the imported goals
    assert len(window.goal_list.visible_ids()) == 3


def test_a_bad_file_is_refused_with_its_problems_and_nothing_is_imported(
    qtbot: QtBot,
    db: Database,
    today: date,
    demo_file: Path,
) -> None:
    document = json.loads(demo_file.read_text(encoding="utf-8"))
    document["tables"]["goal"][1]["stretch_target"] = "lots"
    demo_file.write_text(json.dumps(document), encoding="utf-8")
    window = make_window(qtbot, Services(db, today), db, today)
    transfer = transfer_for(window, db, today)
    prompts_of(window.ops).path = demo_file
    kind, _title, text = choose(qtbot, window, transfer.import_action)
    assert kind == "error"
    assert "Table “goal”, row 2 (id 2), field “stretch_target”: The value must be a number." in text
    assert not GoalService(db, today=lambda: today).has_goals()
    assert not window.log_action.isEnabled()


def test_the_empty_dashboard_offers_the_import(
    qtbot: QtBot,
    db: Database,
    today: date,
    demo_file: Path,
) -> None:
    window = make_window(qtbot, Services(db, today), db, today)
    transfer_for(window, db, today)
    button = window.findChild(QPushButton, "emptyImportData")
    assert button is not None
    assert button.isVisible()
    prompts_of(window.ops).path = demo_file
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages_of(window)))
    assert messages_of(window)[-1][2].startswith("Imported ")
    assert not button.isVisible()  # the dashboard now shows the goals
    assert len(window.goal_list.visible_ids()) == 3


def test_export_to_a_missing_folder_says_why_and_cancel_does_nothing(
    qtbot: QtBot,
    window: MainWindow,
    db: Database,
    today: date,
    tmp_path: Path,
) -> None:
    transfer = transfer_for(window, db, today)
    target = tmp_path / "gone" / "data.json"
    prompts_of(window.ops).path = target
    kind, _title, text = choose(qtbot, window, transfer.export_action)
    assert kind == "error"
    assert text == f"Cannot write {target}: the folder {target.parent} does not exist."
    assert not target.parent.exists()
    prompts_of(window.ops).path = None
    assert transfer.export_json() is None
    assert len(messages_of(window)) == 1
