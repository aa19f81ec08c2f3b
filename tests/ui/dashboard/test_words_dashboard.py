"""Every word of the main window and the dashboard reaches the translator.

See tests/ui/i18n_audit.py: with a pseudo-language installed, anything still in plain
English was never passed through tr(), translate() or i18n.localize(). The goals, notes
and units of the demo are the user's data and allowed; so are the cells of an imported
file. Message boxes reach the test through the prompts passed in, file dialogs are replaced, and what
they would have shown is checked the same way; the chart's words are pyqtgraph items,
not widgets, and are read off the items.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.domain.dates import format_date
from smartgoals_app.storage.database import Database
from smartgoals_app.ui.dashboard.chart import ProgressChart
from smartgoals_app.ui.dashboard.import_dialog import ImportDialog
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.operations import ChangeBus, DialogPrompts, Operations
from tests.ui.dashboard.dashboard_driver import Services, make_window, open_checkin
from tests.ui.i18n_audit import (
    is_foreign,
    pseudo_language,
    untranslated,
    user_data,
    visible_words,
)

Known = set[tuple[str, str]]
Words = Iterable[tuple[str, str]]  # (where, text)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

# A file with good rows and rows at fault of every kind the preview reports.
FAULTY_CSV = (
    "Day;Campaign;Sign-ups\n"
    "2026-10-01;spring;120\n"
    "2026-10-02;spring;125\n"
    "2026-10-03;spring;n/a\n"  # not a number
    "31/02/2026;spring;1\n"  # no such day
    "2026-10-05;spring;130\n"
    "2026-12-01;spring;140\n"  # in the future
    "2026-10-05;spring;131\n"  # the same day twice
    "2026-10-06;spring;-4\n"  # negative
)


def allowed_words(db: Database) -> set[str]:
    """The user's data as stored and as the dashboard words it ("read sign-ups and log it")."""
    data = user_data(db.path)
    return data | {text.lower() for text in data} | {db.path.name}


def foreign(texts: Words, allowed: set[str]) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in texts if is_foreign(text, allowed)})


def chart_words(chart: ProgressChart) -> Iterator[tuple[str, str]]:
    """Legend entries, line labels, the trend caption and the axis labels."""
    for _sample, label in chart.legend.items:
        yield "legend", label.text
    for name, line_label in (
        ("start label", chart.start_label),
        ("deadline label", chart.deadline_label),
        ("today label", chart.today_label),
    ):
        yield name, line_label.toPlainText()
    yield "trend caption", chart.trend_label.text
    for plot_name, plot in (("plot", chart.plot), ("tasks", chart.tasks_plot)):
        for axis_name in ("left", "bottom"):
            axis = plot.getAxis(axis_name)
            yield f"{plot_name} {axis_name} axis", axis.labelText
            yield f"{plot_name} {axis_name} axis units", axis.labelUnits
    for item in chart.plot.listDataItems():
        if item.name():
            yield "curve name", str(item.name())


class Boxes(DialogPrompts):
    """The window's prompts: what it would have shown, as (kind, title, text). File
    choosers are the real ones, so that a test replacing QFileDialog's answer reads the
    words the user would see; ``open_path`` answers the chooser of a file to read."""

    def __init__(self, *, answer: bool = False, open_path: Path | None = None) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer
        self.open_path = open_path

    def ask_yes_no(self, parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
        self.shown.append(("question", title, text))
        return self.answer

    def show_error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def show_info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def ask_open_path(
        self, parent: QWidget | None, title: str, start: Path | None, filters: str
    ) -> Path | None:
        if self.open_path is None:
            return super().ask_open_path(parent, title, start, filters)
        self.shown.append(("file", title, filters))
        return self.open_path

    def words(self) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for kind, title, text in self.shown:
            found += [(f"{kind} title", title), (f"{kind} text", text)]
        return found


def open_window(
    qtbot: QtBot, services: Services, db: Database, today: date, boxes: Boxes | None = None
) -> MainWindow:
    """The window as the app builds it: the Plan tab, the wizard's actions and a kept draft."""
    return make_window(
        qtbot,
        services,
        db,
        today,
        ops=Operations(ChangeBus(), boxes if boxes is not None else Boxes()),
        open_wizard=lambda _parent, _goal_id: None,
        plan_view=QWidget(),
        pending_draft=lambda: True,
    )


def without_adherence(window: MainWindow, allowed: set[str]) -> list[str]:
    """untranslated(window) less the plan's adherence panel (ui/plan: audited apart)."""
    panel = window.detail.adherence
    apart = set(untranslated(panel, allowed)) if panel is not None else set()
    return sorted(set(untranslated(window, allowed)) - apart)


def words_without_adherence(window: MainWindow) -> set[tuple[str, str]]:
    """visible_words(window) less the plan's adherence panel."""
    panel = window.detail.adherence
    apart = set(visible_words(panel)) if panel is not None else set()
    return set(visible_words(window)) - apart


# -- the window ------------------------------------------------------------------
def test_every_goal_and_both_detail_tabs_are_translated(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
) -> None:
    allowed = allowed_words(db)
    with pseudo_language(known_messages):
        window = open_window(qtbot, services, db, today)
        assert window.draft_banner.isVisible()
        seen: list[str] = []
        for goal_id in demo_ids:
            window.select_goal(goal_id)
            for tab in range(window.detail.tabs.count()):
                window.detail.tabs.setCurrentIndex(tab)
                seen += without_adherence(window, allowed)
            seen += foreign(chart_words(window.detail.chart), allowed)
        assert sorted(set(seen)) == []


def test_every_filter_and_the_archived_status_are_translated(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
) -> None:
    allowed = allowed_words(db)
    with pseudo_language(known_messages):
        boxes = Boxes()
        window = open_window(qtbot, services, db, today, boxes)
        window.select_goal(demo_ids[0])
        window.archive_action.trigger()  # archived: "Archived · …" in the list, Unarchive in the menu
        seen = foreign([("status bar", window.statusBar().currentMessage())], allowed)
        for index in range(window.goal_list.filter.count()):
            window.goal_list.filter.setCurrentIndex(index)
            seen += without_adherence(window, allowed)
        window.select_goal(demo_ids[0])
        window.archive_action.trigger()  # and back
        seen += foreign([("status bar", window.statusBar().currentMessage())], allowed)
        assert boxes.shown == []
        assert sorted(set(seen)) == []


def test_the_empty_window_is_translated(
    qtbot: QtBot, services: Services, db: Database, today: date, known_messages: Known
) -> None:
    with pseudo_language(known_messages):
        window = open_window(qtbot, services, db, today)
        assert window.empty_page.isVisibleTo(window)
        assert without_adherence(window, allowed_words(db)) == []


def test_the_adherence_panel_beside_the_summary_is_translated(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
) -> None:
    allowed = allowed_words(db)
    with pseudo_language(known_messages):
        window = open_window(qtbot, services, db, today)
        panel = window.detail.adherence
        assert panel is not None
        seen: list[str] = []
        for goal_id in demo_ids:
            window.select_goal(goal_id)
            seen += untranslated(panel, allowed)
        assert sorted(set(seen)) == []


# -- message boxes and the status bar ------------------------------------------------
def test_delete_questions_and_status_messages_are_translated(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
) -> None:
    allowed = allowed_words(db)
    with pseudo_language(known_messages):
        boxes = Boxes(answer=False)
        window = open_window(qtbot, services, db, today, boxes)
        seen: list[str] = []
        window.select_goal(demo_ids[0])
        window.delete_goal_action.trigger()  # asked, answered No
        boxes.answer = True
        window.select_goal(demo_ids[1])
        window.delete_goal_action.trigger()  # asked, answered Yes: "Deleted …" in the status bar
        seen += foreign([("status bar", window.statusBar().currentMessage())], allowed)
        assert [kind for kind, _title, _text in boxes.shown] == ["question", "question"]

        # A measurement deleted from the table offers Undo.
        window.select_goal(demo_ids[0])
        window.detail.tabs.setCurrentIndex(1)
        table = window.detail.table
        table.select_row(0)
        qtbot.mouseClick(table.delete_button, Qt.MouseButton.LeftButton)
        assert table.undo_button.isVisible()
        seen += without_adherence(window, allowed)
        seen += foreign([("undo action", table.undo_action.text())], allowed)
        qtbot.mouseClick(table.undo_button, Qt.MouseButton.LeftButton)
        seen += foreign(boxes.words(), allowed)
        assert sorted(set(seen)) == []


def test_export_dialog_and_its_error_are_translated(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    allowed = allowed_words(db)
    asked: list[tuple[str, str]] = []
    unwritable = tmp_path / "no such folder" / "chart.png"

    def save_name(_parent: QWidget | None, title: str, _start: str, filters: str) -> tuple[str, str]:
        asked.extend([("file dialog title", title), ("file dialog filters", filters)])
        return str(unwritable), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with pseudo_language(known_messages):
        boxes = Boxes()
        window = open_window(qtbot, services, db, today, boxes)
        window.select_goal(demo_ids[0])
        window.export_action.trigger()
        assert len(boxes.shown) == 1  # Could not export: the folder does not exist
        assert len(asked) == 2
        assert foreign(asked + boxes.words(), allowed | {str(unwritable)}) == []


# -- the check-in dialog -------------------------------------------------------------
def test_checkin_dialog_and_its_validation_messages_are_translated(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
) -> None:
    allowed = allowed_words(db) | {"lots", "someday"}  # what the test types
    with pseudo_language(known_messages):
        window = open_window(qtbot, services, db, today)
        window.select_goal(demo_ids[0])
        dialog = open_checkin(qtbot, window)
        seen = untranslated(dialog, allowed)
        value = dialog.findChild(QLineEdit, "measurement.value")
        assert value is not None
        value.setText("lots")  # not a number
        assert dialog.errors["measurement.value"].text()
        dialog.day.setText(format_date(today + timedelta(days=3)))  # still to come
        assert dialog.errors["measurement.measured_on"].text()
        seen += untranslated(dialog, allowed)
        dialog.day.setText("someday")  # not a date
        seen += untranslated(dialog, allowed)
        dialog.day.setText("")  # no date at all
        seen += untranslated(dialog, allowed)
        dialog.reject()
        assert sorted(set(seen)) == []


def test_correcting_a_checkin_is_translated(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
) -> None:
    allowed = allowed_words(db)
    with pseudo_language(known_messages):
        window = open_window(qtbot, services, db, today)
        window.select_goal(demo_ids[0])
        window.detail.tabs.setCurrentIndex(1)
        window.detail.table.select_row(0)
        qtbot.mouseClick(window.detail.table.edit_button, Qt.MouseButton.LeftButton)
        dialog = window.checkin_dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert untranslated(dialog, allowed) == []
        dialog.reject()


# -- the import dialog ---------------------------------------------------------------
def _import_dialog(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    window.import_action.trigger()
    dialog = window.findChild(ImportDialog, "importDialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_import_dialog_and_its_report_of_faulty_rows_are_translated(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "analytics.csv"
    path.write_text(FAULTY_CSV, encoding="utf-8")
    # The file's own words (its header and cells) are the user's data too.
    allowed = allowed_words(db) | {cell for line in FAULTY_CSV.splitlines() for cell in line.split(";")}
    asked: list[tuple[str, str]] = []

    def open_name(_parent: QWidget | None, title: str, _start: str, filters: str) -> tuple[str, str]:
        asked.extend([("file dialog title", title), ("file dialog filters", filters)])
        return str(path), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    with pseudo_language(known_messages):
        window = open_window(qtbot, services, db, today)
        window.select_goal(demo_ids[0])
        dialog = _import_dialog(qtbot, window)
        seen = untranslated(dialog, allowed)  # before a file is chosen
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert dialog.preview_result is not None
        assert len(dialog.preview_result.faults) >= 4
        assert dialog.problems.count() == len(dialog.preview_result.faults)
        seen += untranslated(dialog, allowed)
        seen += foreign(asked, allowed)
        # The same column for date and value: nothing can be imported, and it says why.
        dialog.value_column.setCurrentIndex(dialog.date_column.currentIndex())
        assert dialog.message.text()
        seen += untranslated(dialog, allowed)
        dialog.reject()
        assert sorted(set(seen)) == []


def test_a_file_that_cannot_be_read_is_explained_in_translation(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
    tmp_path: Path,
) -> None:
    missing = tmp_path / "gone.csv"
    allowed = allowed_words(db) | {missing.name, str(missing)}
    with pseudo_language(known_messages):
        window = open_window(qtbot, services, db, today, Boxes(open_path=missing))
        window.select_goal(demo_ids[0])
        dialog = _import_dialog(qtbot, window)
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text()
        found = untranslated(dialog, allowed)
        dialog.reject()
        assert found == []


# -- values inside sentences -----------------------------------------------------------
# The pseudo-language closes its brackets around each {field}, so whatever fills a field
# (a status, a reason from the domain, a catalogue name) is judged on its own.


def strictly_foreign(texts: Words, allowed: set[str]) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in texts if is_foreign(text, allowed)})


def test_values_inside_sentences_are_translated_too(
    qtbot: QtBot,
    services: Services,
    db: Database,
    today: date,
    demo_ids: list[int],
    known_messages: Known,
    tmp_path: Path,
) -> None:
    path = tmp_path / "analytics.csv"
    path.write_text(FAULTY_CSV, encoding="utf-8")
    allowed = allowed_words(db) | {cell for line in FAULTY_CSV.splitlines() for cell in line.split(";")}
    seen: list[str] = []
    with pseudo_language(known_messages):
        window = open_window(qtbot, services, db, today, Boxes(open_path=path))
        for goal_id in demo_ids:
            window.select_goal(goal_id)
            for tab in range(window.detail.tabs.count()):
                window.detail.tabs.setCurrentIndex(tab)
                seen += strictly_foreign(words_without_adherence(window), allowed)
            seen += strictly_foreign(chart_words(window.detail.chart), allowed)
        window.archive_action.trigger()
        seen += strictly_foreign(words_without_adherence(window), allowed)
        seen += strictly_foreign([("status bar", window.statusBar().currentMessage())], allowed)

        dialog = open_checkin(qtbot, window)
        dialog.value.setText("lots")
        dialog.day.setText(format_date(today + timedelta(days=3)))
        seen += strictly_foreign(visible_words(dialog), allowed | {"lots"})
        dialog.reject()

        importing = _import_dialog(qtbot, window)
        qtbot.mouseClick(importing.choose_button, Qt.MouseButton.LeftButton)
        assert importing.problems.count() >= 4
        seen += strictly_foreign(visible_words(importing), allowed)
        importing.reject()
    assert sorted(set(seen)) == []
