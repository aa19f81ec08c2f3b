"""Import past figures, driven like a person: choose a file, pick columns, read the
rows at fault, import; the rows land in SQLite and the dashboard refreshes."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.measurements import MeasurementService
from smartgoals_app.storage.database import Database, StorageError
from smartgoals_app.ui import folders
from smartgoals_app.ui.dashboard import import_dialog
from smartgoals_app.ui.dashboard.import_dialog import ImportDialog, open_import_dialog
from smartgoals_app.ui.operations import Change
from tests.factories import signups_draft
from tests.ui.prompts import bus_of, make_ops, prompts_of
from tests.ui.wizard.wizard_driver import rows

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

EXPORT = (
    "Day;Campaign;Sign-ups\n"  # row 1
    "2026-10-01;spring;120\n"
    "2026-10-02;spring;125\n"
    "2026-10-03;spring;n/a\n"  # row 4
    "31/02/2026;spring;1\n"  # row 5
    '2026-10-05;spring;"1,200"\n'
    "2026-12-01;spring;140\n"  # row 7
    "2026-10-05;spring;131\n"  # row 8: same day as row 6
)
FAULTS = [
    "row 4: “n/a” is not a number",
    "row 5: date 31/02/2026 does not exist",
    "row 7: 1 Dec 2026 is still to come: a check-in records a figure already read (today is 22 Nov 2026).",
]


def stored(db: Database) -> list[tuple[str, float, str]]:
    """What the database holds, read as any tool would (the file, or the server)."""
    found = rows(db, "SELECT measured_on, value, source FROM measurement ORDER BY measured_on")
    return [(str(row["measured_on"]), float(row["value"]), str(row["source"])) for row in found]


@pytest.fixture
def goal_id(db: Database, today: date) -> int:
    return GoalService(db, today=lambda: today).save(signups_draft(today))


@pytest.fixture
def export_file(tmp_path: Path) -> Path:
    path = tmp_path / "analytics.csv"
    path.write_text(EXPORT, encoding="utf-8-sig")
    return path


class Opened:
    def __init__(self, qtbot: QtBot, db: Database, today: date, goal_id: int) -> None:
        self.parent = QWidget()
        qtbot.addWidget(self.parent)
        self.ops = make_ops()
        self.dialog = open_import_dialog(
            self.parent,
            measurements=MeasurementService(db, today=lambda: today),
            goal_id=goal_id,
            goal_title="Newsletter sign-ups",
            unit="sign-ups",
            today=today,
            ops=self.ops,
        )
        qtbot.waitExposed(self.dialog)

    @property
    def refreshed(self) -> int:
        """How often new figures were announced to the screens."""
        return bus_of(self.ops).announced.count(Change.MEASUREMENTS)


@pytest.fixture
def opened(qtbot: QtBot, db: Database, today: date, goal_id: int) -> Opened:
    return Opened(qtbot, db, today, goal_id)


def choose(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    prompts_of(dialog.ops).path = path
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose an item by keyboard, as a person without a mouse would."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def problems(dialog: ImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_a_person_imports_past_figures(qtbot: QtBot, opened: Opened, db: Database, export_file: Path) -> None:
    dialog = opened.dialog
    assert not dialog.import_button.isEnabled()  # nothing chosen yet
    choose(qtbot, dialog, export_file)

    assert dialog.file_edit.text() == str(export_file)
    assert not dialog.sheet.isVisibleTo(dialog), "a CSV file has no sheets to choose"
    names = [dialog.value_column.itemText(i) for i in range(dialog.value_column.count())]
    assert names == ["Day", "Campaign", "Sign-ups"]  # from the header, BOM dropped
    assert dialog.date_column.currentText() == "Day"  # guessed from the cells
    assert dialog.preview_table.rowCount() == 7
    cell, header = dialog.preview_table.item(2, 2), dialog.preview_table.verticalHeaderItem(2)
    assert cell is not None
    assert header is not None
    assert cell.text() == "n/a"
    assert header.text() == "4"  # the file's row number

    pick(qtbot, dialog.value_column, "Campaign")
    assert not dialog.import_button.isEnabled()
    assert "No row has a date and a figure" in dialog.message.text()
    pick(qtbot, dialog.value_column, "Sign-ups")

    assert problems(dialog) == FAULTS
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 3 days"
    assert "3 days ready to import, from 1 Oct 2026 to 5 Oct 2026" in dialog.summary.text()
    # Row 8 repeats 5 October: combined by the shown rule (the last row), and said so.
    assert dialog.combine.currentText() == "Last row of each day"
    assert "One day has more than one row" in dialog.message.text()

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 3
    assert opened.refreshed == 1
    assert stored(db) == [
        ("2026-10-01", 120.0, "import"),
        ("2026-10-02", 125.0, "import"),
        ("2026-10-05", 131.0, "import"),
    ]


def test_the_same_day_can_be_kept_as_logged(
    qtbot: QtBot,
    opened: Opened,
    db: Database,
    goal_id: int,
    today: date,
    export_file: Path,
) -> None:
    MeasurementService(db, today=lambda: today).log(goal_id, date(2026, 10, 1), 99.0)
    dialog = opened.dialog
    choose(qtbot, dialog, export_file)
    dialog.replace_box.setFocus()
    qtbot.keyClick(dialog.replace_box, Qt.Key.Key_Space)
    assert not dialog.replace_box.isChecked()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    assert dialog.imported == 2
    assert stored(db)[0] == ("2026-10-01", 99.0, "manual")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"Day;Sign-ups\n", "header row but no rows"),
        (b"PK\x03\x04rest", "Excel workbook"),
        (b"Sign-ups\n1\n2\n", "only one column"),
    ],
)
def test_a_file_that_cannot_be_used_is_explained(
    qtbot: QtBot,
    opened: Opened,
    tmp_path: Path,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    dialog = opened.dialog
    choose(qtbot, dialog, path)
    assert message in dialog.message.text()
    assert dialog.message.isVisible()
    assert not dialog.import_button.isEnabled()
    assert not dialog.date_column.isEnabled()


def test_a_bad_file_after_a_good_one_clears_the_preview(
    qtbot: QtBot, opened: Opened, tmp_path: Path, export_file: Path
) -> None:
    dialog = opened.dialog
    choose(qtbot, dialog, export_file)
    assert dialog.import_button.isEnabled()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    choose(qtbot, dialog, empty)
    assert not dialog.import_button.isEnabled()
    assert dialog.preview_table.rowCount() == 0
    assert problems(dialog) == []


def test_ambiguous_dates_ask_for_the_order(qtbot: QtBot, opened: Opened, tmp_path: Path) -> None:
    path = tmp_path / "slashes.csv"
    path.write_text("Date,Sign-ups\n01/10/2026,120\n02/10/2026,125\n", encoding="utf-8")
    dialog = opened.dialog
    choose(qtbot, dialog, path)
    assert not dialog.import_button.isEnabled()
    assert "Choose the date order" in dialog.message.text()
    pick(qtbot, dialog.date_order, "Day first (22/11/2026)")
    assert dialog.import_button.text() == "&Import 2 days"
    assert dialog.preview_result is not None
    assert dialog.preview_result.points[0][0] == date(2026, 10, 1)
    pick(qtbot, dialog.date_order, "Month first (11/22/2026)")
    assert dialog.preview_result.points[0][0] == date(2026, 1, 10)


def test_a_failed_save_keeps_the_dialog_and_says_nothing_was_imported(
    qtbot: QtBot, today: date, export_file: Path
) -> None:
    def submit(points: object, replace: bool, progress: object) -> int:
        raise StorageError("The database is busy. Try again in a moment.")

    ops = make_ops()
    dialog = ImportDialog(None, goal_title="Sign-ups", unit="sign-ups", today=today, submit=submit, ops=ops)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog, export_file)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.imported is None
    told = prompts_of(ops).errors
    assert [(t.title, t.text) for t in told] == [
        ("Nothing was imported", "The database is busy. Try again in a moment.")
    ]
    assert bus_of(ops).announced == []
    assert dialog.import_button.isEnabled()  # the person may try again


def test_progress_is_shown_while_importing(qtbot: QtBot, today: date, export_file: Path) -> None:
    seen: list[tuple[bool, int, int]] = []

    def submit(points: object, replace: bool, progress: import_dialog.Progress) -> int:
        progress(1, 3)
        seen.append((dialog.progress.isVisible(), dialog.progress.value(), dialog.progress.maximum()))
        progress(3, 3)
        return 3

    dialog = ImportDialog(
        None, goal_title="Sign-ups", unit="sign-ups", today=today, submit=submit, ops=make_ops()
    )
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog, export_file)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert seen == [(True, 1, 3)]
    assert not dialog.progress.isVisible()


def test_the_file_dialog_opens_where_downloads_arrive_then_where_the_last_file_was(
    qtbot: QtBot, opened: Opened, export_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An analytics export is a download; the dialog opened in the working folder,
    wherever the app happened to be started from."""
    downloads = tmp_path / "Downloads"
    monkeypatch.setattr(folders, "downloads", lambda: downloads)
    choose(qtbot, opened.dialog, export_file)
    choose(qtbot, opened.dialog, export_file)
    assert prompts_of(opened.dialog.ops).offered == [downloads, export_file.parent]


def test_every_input_has_an_accessible_name_and_a_label(qtbot: QtBot, opened: Opened) -> None:
    dialog = opened.dialog
    inputs = [
        dialog.file_edit,
        dialog.date_column,
        dialog.value_column,
        dialog.date_order,
        dialog.sheet,
        dialog.combine,
        dialog.start,
        dialog.preview_table,
        dialog.days_table,
        dialog.problems,
    ]
    buddies = {id(label.buddy()): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    for widget in inputs:
        assert widget.accessibleName(), widget.objectName()
        assert "&" in buddies[id(widget)], widget.objectName()  # a mnemonic reaches it by keyboard
    for widget in (dialog.choose_button, dialog.replace_box, dialog.progress):
        assert widget.accessibleName(), widget.objectName()
    assert dialog.choose_button.hasFocus() or dialog.focusWidget() is dialog.choose_button
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    texts += [dialog.choose_button.text(), dialog.replace_box.text(), dialog.import_button.text()]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert len(keys) == len(set(keys)), texts  # no two share an Alt+letter


def test_a_goal_deleted_meanwhile_is_explained(
    qtbot: QtBot,
    opened: Opened,
    db: Database,
    goal_id: int,
    export_file: Path,
) -> None:
    dialog = opened.dialog
    choose(qtbot, dialog, export_file)
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM task WHERE goal_id = ?", (goal_id,))
        conn.execute("DELETE FROM goal WHERE id = ?", (goal_id,))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Nothing was imported. That goal no longer exists."
    assert opened.refreshed == 0
    assert stored(db) == []


def test_keyboard_alone_reaches_the_columns(qtbot: QtBot, opened: Opened, export_file: Path) -> None:
    dialog = opened.dialog
    prompts_of(dialog.ops).path = export_file
    dialog.choose_button.setFocus()
    qtbot.keyClick(dialog.choose_button, Qt.Key.Key_Space)
    assert dialog.table is not None
    seen = []
    for _ in range(8):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    for widget in (dialog.date_column, dialog.value_column, dialog.date_order, dialog.preview_table):
        assert widget in seen, widget.objectName()


# -- from the main window --------------------------------------------------------


def test_the_main_window_imports_into_the_chosen_goal_and_refreshes(
    qtbot: QtBot,
    db: Database,
    today: date,
    export_file: Path,
    demo_ids: list[int],
) -> None:
    from smartgoals_app.services.plan import PlanService
    from smartgoals_app.ui.main_window import MainWindow

    behind, on_track, _stretch = demo_ids
    measurements = MeasurementService(db, today=lambda: today)
    window = MainWindow(
        goals=GoalService(db, today=lambda: today),
        measurements=measurements,
        plan=PlanService(db, today=lambda: today),
        db_path=db.path,
        today=lambda: today,
        ops=make_ops(),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.import_action.isEnabled()
    window.select_goal(on_track)
    window.detail.tabs.setCurrentWidget(window.detail.table)  # a hidden table is not counted
    before = len(window.detail.model.series) if window.detail.model else 0
    others = len(measurements.list(behind))

    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ImportDialog) is not None)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    assert dialog.isVisible()
    choose(qtbot, dialog, export_file)
    pick(qtbot, dialog.value_column, "Sign-ups")
    assert problems(dialog) == FAULTS
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    imported = [r for r in measurements.list(on_track) if r.source == "import"]
    assert [(r.day, r.value) for r in imported] == [
        (date(2026, 10, 1), 120.0),
        (date(2026, 10, 2), 125.0),
        (date(2026, 10, 5), 131.0),
    ]
    assert len(measurements.list(behind)) == others  # only the chosen goal
    model = window.detail.model
    assert model is not None
    assert model.goal.id == on_track
    assert model.count == len(measurements.list(on_track))
    count = len(measurements.list(on_track))
    assert len(model.series) == count == before + 3
    _xs, ys = window.detail.chart.measurements.getData()  # the chart redrew
    assert ys is not None
    assert len(ys) == count
    assert 131.0 in list(ys)
    assert window.detail.table.model.rowCount() == count  # and so did the list


def test_the_import_action_is_off_without_goals(qtbot: QtBot, db: Database, today: date) -> None:
    from smartgoals_app.services.plan import PlanService
    from smartgoals_app.ui.main_window import MainWindow

    window = MainWindow(
        goals=GoalService(db, today=lambda: today),
        measurements=MeasurementService(db, today=lambda: today),
        plan=PlanService(db, today=lambda: today),
        db_path=db.path,
        today=lambda: today,
        ops=make_ops(),
    )
    qtbot.addWidget(window)
    assert not window.import_action.isEnabled()
    window.import_action.trigger()  # even if triggered, nothing opens
    assert window.findChild(ImportDialog) is None


# -- exports as the networks write them ------------------------------------------------

POSTS = [("2026-10-01 09:05 +0000", 120), ("2026-10-01 16:45 +0000", 80), ("2026-10-02 08:30 +0000", 300)]


def days_shown(dialog: ImportDialog) -> list[tuple[str, str]]:
    table = dialog.days_table
    rows = []
    for row in range(table.rowCount()):
        day, value = table.item(row, 0), table.item(row, 1)
        assert day is not None
        assert value is not None
        rows.append((day.text(), value.text()))
    return rows


def test_an_x_export_is_named_and_its_posts_are_added_up_per_day(
    qtbot: QtBot, opened: Opened, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "tweets.csv"
    lines = ["Tweet id,Tweet text,time,impressions"]
    lines += [f"{1475855581374943233 + n},post {n},{when},{views}" for n, (when, views) in enumerate(POSTS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sums: dict[str, float] = {}
    for when, views in POSTS:
        sums[when[:10]] = sums.get(when[:10], 0) + views
    dialog = opened.dialog

    choose(qtbot, dialog, path)

    assert dialog.format_label.text() == "Looks like an X tweet activity export, one row per post."
    assert (dialog.date_column.currentText(), dialog.value_column.currentText()) == ("time", "impressions")
    assert dialog.combine.currentText() == "Sum of the rows of each day"
    assert days_shown(dialog) == [("1 Oct 2026", "200"), ("2 Oct 2026", "300")]
    assert "sum of that day's rows" in dialog.message.text()

    pick(qtbot, dialog.combine, "Number of rows of each day")
    assert days_shown(dialog) == [("1 Oct 2026", "2"), ("2 Oct 2026", "1")]
    assert not dialog.value_column.isEnabled()
    pick(qtbot, dialog.combine, "Running total of daily gains")
    assert dialog.start.isVisible()
    dialog.start.setFocus()
    dialog.start.selectAll()
    qtbot.keyClicks(dialog.start, "1000")
    assert days_shown(dialog) == [("1 Oct 2026", "1,200"), ("2 Oct 2026", "1,500")]
    pick(qtbot, dialog.combine, "Sum of the rows of each day")

    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored(db) == [(day, value, "import") for day, value in sorted(sums.items())]


def test_a_workbook_sheet_can_be_chosen(qtbot: QtBot, opened: Opened, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    followers = book.active
    followers.title = "New followers"
    followers.append(["Date", "Organic followers", "Total followers"])
    followers.append(["10/01/2026", 3, 3])
    followers.append(["10/02/2026", 4, 4])
    metrics = book.create_sheet("Metrics")
    metrics.append(["Aggregated metrics for all updates posted between 10/01/2026 and 10/02/2026"])
    metrics.append(["Date", "Impressions (organic)", "Impressions (total)"])
    metrics.append(["10/01/2026", 100, 110])
    metrics.append(["10/02/2026", 200, 220])
    path = tmp_path / "linkedin.xlsx"
    book.save(path)
    dialog = opened.dialog

    choose(qtbot, dialog, path)
    assert dialog.sheet.isVisibleTo(dialog)
    assert dialog.format_label.text() == "Looks like a LinkedIn followers export (sheet “New followers”)."
    assert days_shown(dialog) == [("1 Oct 2026", "3"), ("2 Oct 2026", "4")]

    pick(qtbot, dialog.sheet, "Metrics")
    assert dialog.format_label.text() == "Looks like a LinkedIn page analytics export (sheet “Metrics”)."
    assert dialog.value_column.currentText() == "Impressions (total)"
    assert days_shown(dialog) == [("1 Oct 2026", "110"), ("2 Oct 2026", "220")]


def test_youtube_table_data_is_refused_with_what_to_export(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    path = tmp_path / "Table data.csv"
    path.write_text(
        "Content,Video title,Video publish time,Duration,Views\n"
        'Total,,,,855\nabc,Intro,"Mar 3, 2025",245,400\n',
        encoding="utf-8",
    )
    dialog = opened.dialog
    choose(qtbot, dialog, path)
    assert "Totals.csv" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
