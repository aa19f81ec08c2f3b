"""The label audit (tests/ui/label_audit.py) on the windows and dialogs, in English and
in German (the German catalogue ships with the app)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.storage.database import Database
from smartgoals_app.ui import i18n
from smartgoals_app.ui.about import AboutDialog
from smartgoals_app.ui.dashboard.checkin_dialog import CheckInDialog, GoalChoice
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.plan.task_editor import TaskEditor
from tests.ui.dashboard.dashboard_driver import Services, make_window
from tests.ui.events import settle
from tests.ui.label_audit import audit
from tests.ui.prompts import RecordingPrompts, make_ops


@pytest.fixture(params=["en", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = []
    if request.param == "de":
        installed = i18n.install_translators(qapp, QLocale(QLocale.Language.German))
        assert installed, "the German catalogue ships with the app"
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def _shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_add_task_dialog(qtbot: QtBot, language: str, today: date) -> None:
    dialog = _shown(qtbot, TaskEditor([(1, "Grow the newsletter")], None, today))
    assert audit(dialog) == []


def test_check_in_dialog(qtbot: QtBot, language: str, today: date) -> None:
    def submit(*_args: object) -> None:
        return None

    dialog = CheckInDialog(
        None,
        goals=[GoalChoice(1, "Grow the newsletter", "sign-ups")],
        goal_id=1,
        today=today,
        submit=submit,
        ops=make_ops(),
    )
    assert audit(_shown(qtbot, dialog)) == []


def test_about_dialog(qtbot: QtBot, language: str, tmp_path: Path) -> None:
    assert audit(_shown(qtbot, AboutDialog(db_path=tmp_path / "smartgoals.db"))) == []


def test_main_window(qtbot: QtBot, language: str, window: MainWindow, db: Database) -> None:
    assert audit(window) == []


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_main_window_with_its_plan_tab_at_800_by_600(
    qtbot: QtBot, language: str, services: Services, db: Database, today: date, demo_ids: list[int]
) -> None:
    from smartgoals_app.ui.plan.plan_view import PlanView
    from tests.ui.prompts import answering

    plan_view = PlanView(services.plan, answering(), today=lambda: today)
    window = make_window(qtbot, services, db, today, plan_view=plan_view)
    window.resize(790, 540)
    assert window.tabs is not None
    window.tabs.setCurrentWidget(plan_view)
    qtbot.waitUntil(lambda: plan_view.period_label.text() != "")
    settle()
    assert audit(window) == []


def test_every_wizard_page(qtbot: QtBot, language: str, db: Database, today: date) -> None:
    from smartgoals_app.services.drafts import DraftService
    from smartgoals_app.services.goals import GoalService
    from smartgoals_app.ui.wizard.common import REVIEW
    from tests.ui.wizard.test_words_wizard import fill
    from tests.ui.wizard.wizard_driver import open_wizard

    person = open_wizard(qtbot, GoalService(db, today=lambda: today), DraftService(db), today)
    person.wizard.resize(790, 560)
    faults: dict[int, list[str]] = {}
    while True:
        settle()
        found = audit(person.wizard)
        if found:
            faults[person.page] = found
        if person.page == REVIEW:
            break
        fill(person)
        person.next()
    assert faults == {}


def test_import_dialog_with_an_export_read(qtbot: QtBot, language: str, today: date, tmp_path: Path) -> None:
    from smartgoals_app.ui.dashboard import import_dialog

    export = tmp_path / "tweet_activity.csv"
    export.write_text(
        "Tweet id,Tweet permalink,Tweet text,time,impressions,engagements\n"
        "1475851240000000001,https://x.com/a/1,Hello,2021-12-28 16:45 +0000,120,4\n"
        "1475851240000000002,https://x.com/a/2,Again,2021-12-28 18:05 +0000,30,1\n",
        encoding="utf-8",
    )

    def submit(*_args: object) -> int:
        return 0

    dialog = import_dialog.ImportDialog(
        None,
        goal_title="Grow the newsletter",
        unit="sign-ups",
        today=today,
        submit=submit,
        ops=make_ops(RecordingPrompts(path=export)),
    )
    _shown(qtbot, dialog)
    dialog.choose_file()
    assert dialog.preview_result is not None  # the whole form is filled, as a person sees it
    QApplication.processEvents()  # the layout pass that follows the new texts, before anyone looks
    assert audit(dialog) == []
    # The most an 800x600 screen gives a dialog under a window manager's title bar.
    dialog.resize(800, 570)
    QApplication.processEvents()
    assert (dialog.width(), dialog.height()) == (800, 570)
    assert audit(dialog) == []


def test_report_dialog(qtbot: QtBot, language: str, window: MainWindow) -> None:
    from smartgoals_app.ui.report.action import ReportDialog

    overviews = list(window._controller.overviews.values())
    dialog = ReportDialog(None, overviews[0], overviews, can_print=True)
    assert audit(_shown(qtbot, dialog)) == []


def test_error_dialog(qtbot: QtBot, language: str, tmp_path: Path) -> None:
    from smartgoals_app.ui.error_report import ErrorDialog, plain_message

    dialog = ErrorDialog(plain_message(KeyError("x")), "Traceback …", tmp_path / "smartgoals.log", None)
    dialog.show_details.setChecked(True)
    assert audit(_shown(qtbot, dialog)) == []


def _composed_viewer_window(
    qtbot: QtBot, db: Database, today: date, tmp_path: Path
) -> tuple[MainWindow, str]:
    """The whole window as a viewer on a server sees it, its workspace named as long as
    a name may be, at 800x600."""
    from PySide6.QtWidgets import QLabel

    from smartgoals_app.domain.workspaces import MAX_WORKSPACE_NAME
    from smartgoals_app.ui.app import build_operations, build_services, compose_window
    from smartgoals_app.ui.lazy_tab import LazyTab
    from smartgoals_app.ui.settings import make_settings

    services = build_services(db, today=lambda: today)
    name = ("Bäckerei Schmidt & Söhne, Filiale am Hauptbahnhof " * 2)[:MAX_WORKSPACE_NAME]
    services.workspaces.rename(services.workspaces.open_remembered(None).id, name)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = compose_window(
        app, db, services, build_operations(read_only=True), make_settings(tmp_path / "settings.ini")
    )
    qtbot.addWidget(window)
    # As the server window adds it for a viewer.
    window.statusBar().addPermanentWidget(QLabel("Read only: you are a viewer of this database."))
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    settle()
    for tab in window.findChildren(LazyTab):  # every tab's page, built or not yet
        tab.page()
    settle()
    return window, name


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_viewers_window_with_the_longest_workspace_name_fits_800_by_600(
    qtbot: QtBot, language: str, db: Database, today: date, demo_ids: list[int], tmp_path: Path
) -> None:
    window, name = _composed_viewer_window(qtbot, db, today, tmp_path)
    assert window.minimumSizeHint().width() <= 800
    assert name in window.windowTitle()  # the whole name is said where there is room
    # Alt keys: test_the_composed_window_has_each_alt_key_once
    faults = [fault for fault in audit(window) if not fault.startswith("Alt+")]
    assert faults == [], "\n".join(faults)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_composed_window_has_each_alt_key_once(
    qtbot: QtBot, language: str, db: Database, today: date, demo_ids: list[int], tmp_path: Path
) -> None:
    window, _name = _composed_viewer_window(qtbot, db, today, tmp_path)
    faults = [fault for fault in audit(window) if fault.startswith("Alt+")]
    assert faults == [], "\n".join(faults)


def test_history_dialog(qtbot: QtBot, language: str, window: MainWindow, db: Database) -> None:
    from smartgoals_app.services.history import HistoryService
    from smartgoals_app.ui.history.dialog import HistoryDialog

    goal = window.dashboard.current_goal()
    assert goal is not None
    dialog = _shown(qtbot, HistoryDialog(HistoryService(db), goal.id, goal.title, goal.unit))
    assert dialog.width() <= 800
    assert audit(dialog) == []


def test_conflict_box(qtbot: QtBot, language: str) -> None:
    from datetime import UTC, datetime

    from smartgoals_app.domain.validation import ConflictError
    from smartgoals_app.ui.conflicts import conflict_text, conflict_title
    from smartgoals_app.ui.dialogs import conflict_box

    theirs = ConflictError(
        "goal",
        7,
        title="Grow Instagram followers to 5,000 by the end of March",
        who="anna.schmidt",
        when=datetime(2026, 11, 30, 14, 5, tzinfo=UTC),
        version=4,
    )
    box, _reload, _keep = conflict_box(None, conflict_title(), conflict_text(theirs))
    _shown(qtbot, box)
    assert box.width() <= 800
    assert audit(box) == []
