"""Scenarios run by the real-display lane, each in a process of its own:

    python -m tests.display.scenarios NAME DB_PATH [ARGS...]

The app starts as ``smartgoals --db DB_PATH`` does; a driver steps through the scenario
as the event loop runs. A step is a generator that yields conditions (callables); the
driver resumes it once the condition holds, so modal dialogs (which run their own event
loops) never block it: actions that may open one are posted (``later``), not called.
Exit 0 when every check held; a traceback and exit 1 otherwise.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QWidget,
    QWizard,
)

from tests.ui.label_audit import audit

Condition = Callable[[], bool]
Steps = Iterator[Condition]
STEP_TIMEOUT_S = 60  # a ceiling for a loaded machine, never a measurement
SHOTS = os.environ.get("SMARTGOALS_LANE_SHOTS")


# -- driving -------------------------------------------------------------------------
def finish(code: int) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # no teardown: a modal loop may still be on the stack


def drive(steps: Steps) -> None:
    pending: list[Condition | None] = [None]
    deadline = [time.monotonic() + STEP_TIMEOUT_S]

    def tick() -> None:
        QTimer.singleShot(25, tick)  # first, so a modal loop opened below keeps ticking
        condition = pending[0]
        try:
            if condition is not None and not condition():
                if time.monotonic() > deadline[0]:
                    raise AssertionError(f"waited {STEP_TIMEOUT_S} s for {describe(condition)}")
                return
            pending[0] = next(steps)
            deadline[0] = time.monotonic() + STEP_TIMEOUT_S
        except StopIteration:
            finish(0)
        except BaseException:
            traceback.print_exc()
            finish(1)

    QTimer.singleShot(0, tick)


def describe(condition: Condition) -> str:
    return str(getattr(condition, "__doc__", None) or getattr(condition, "__name__", "a condition"))


def active_modal() -> QWidget:
    widget = QApplication.activeModalWidget()
    assert widget is not None, "no modal window is open"
    return widget


def later(action: Callable[[], object]) -> None:
    QTimer.singleShot(0, action)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the focus is, after this step returns (it may open a dialog)."""
    later(lambda: QTest.keyClick(focus(), k, modifiers))


def type_text(text: str) -> None:
    later(lambda: QTest.keyClicks(focus(), text))


def settled() -> Condition:
    """True on the tick after the one that asked: posted keys have been handled."""
    asked = [0]

    def condition() -> bool:
        asked[0] += 1
        return asked[0] > 2

    condition.__doc__ = "posted events to be handled"
    return condition


def when_main_window_shown(start: Callable[[QWidget], Steps]) -> None:
    """Start the steps once the real main window (not the start window) is shown."""
    from smartgoals_app.ui.main_window import MainWindow

    class Watch(QObject):
        started = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.started and event.type() == QEvent.Type.Show and isinstance(watched, MainWindow):
                self.started = True
                drive(start(watched))
            return False

    app = QApplication.instance()
    assert app is not None
    watch = Watch(app)
    app.installEventFilter(watch)


def run_app(db: Path, start: Callable[[QWidget], Steps]) -> None:
    from smartgoals_app.cli import main
    from smartgoals_app.ui.startup import make_application

    make_application([sys.argv[0]])  # the app's own: languages and screen fitting
    when_main_window_shown(start)
    code = main(["--db", str(db)])
    print(f"app exited with {code}")
    finish(0 if code == 0 else 2)


# -- checking ------------------------------------------------------------------------
def framed(window: QWidget) -> Condition:
    """Shown, framed by the window manager, and placed: the app may move a window once
    it knows the frame's size (ui/screen_fit.py); give the window manager up to 40 ticks
    to carry that out before the checks look."""
    ticks = [0]

    def condition() -> bool:
        handle = window.windowHandle()
        shown = (
            window.isVisible()
            and handle is not None
            and handle.isExposed()
            and window.frameGeometry() != window.geometry()
            and not window.property("screenFitPending")
        )
        if shown:
            ticks[0] += 1
        return shown and (available(window).contains(window.frameGeometry()) or ticks[0] > 40)

    condition.__doc__ = f"{window.objectName() or type(window).__name__} to be shown and framed"
    return condition


def modal(kind: type[QWidget]) -> Condition:
    def condition() -> bool:
        widget = QApplication.activeModalWidget()
        return isinstance(widget, kind) and framed(widget)()

    condition.__doc__ = f"a {kind.__name__} to be open"
    return condition


def no_modal() -> Condition:
    """The dialog closed and the keyboard focus is back in a window."""

    def condition() -> bool:
        return QApplication.activeModalWidget() is None and QApplication.focusWidget() is not None

    condition.__doc__ = "the dialog to close"
    return condition


def laid_out(window: QWidget) -> Condition:
    """Layouts settle over a few turns of the event loop (cards size themselves to their
    text once they know their width): wait for no cut words, or 40 ticks at most."""
    ticks = [0]

    def condition() -> bool:
        ticks[0] += 1
        return ticks[0] > 40 or not [f for f in audit(window) if " is cut" in f or " is squeezed" in f]

    condition.__doc__ = "the layouts to settle"
    return condition


def available(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def scrolled(widget: QWidget) -> bool:
    """Inside a scroll area (a long dialog at 800x600), where being below the fold is
    what the scroll bar is for."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def assert_fits(window: QWidget, name: str) -> None:
    """The frame inside the screen's available area; every visible button whole on it."""
    shot(window, name)  # first, so a failure can be looked at
    area = available(window)
    frame = window.frameGeometry()
    assert area.contains(frame), f"{name}: frame {frame} is not inside the screen's {area}"
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not window or button.size().isEmpty():
            continue
        in_dialog = isinstance(window, (QDialog, QWizard))
        if not in_dialog and not isinstance(button.parentWidget(), (QDialogButtonBox, QWizard)):
            continue
        if scrolled(button):
            continue  # reached by scrolling; its scroll area is inside the frame checked above
        rect = global_rect(button)
        assert area.contains(rect), f"{name}: button {button.text()!r} at {rect} is off the screen {area}"
        shown = button.visibleRegion().boundingRect()
        assert shown.size() == button.size(), f"{name}: button {button.text()!r} is partly hidden ({shown})"
    cut = [fault for fault in audit(window) if " is cut" in fault or " is squeezed" in fault]
    assert not cut, f"{name}: {cut}"


def shot(window: QWidget, name: str) -> None:
    if not SHOTS:
        return
    folder = Path(SHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    screen = window.screen() or QGuiApplication.primaryScreen()
    size = screen.geometry().size()
    language = os.environ.get("SMARTGOALS_LANE_LANGUAGE", "en")  # set by the lane
    screen.grabWindow(0).save(str(folder / f"{name}-{size.width()}x{size.height()}-{language}.png"))


def report(line: str) -> None:
    print(line, flush=True)


# -- scenarios -----------------------------------------------------------------------
def first_start(db: Path) -> None:
    """An empty file: the main window and the wizard over it, both whole on the screen."""

    def steps(window: QWidget) -> Steps:
        from smartgoals_app.ui.wizard import GoalWizard

        yield framed(window)
        yield modal(GoalWizard)
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, GoalWizard)
        assert_fits(window, "main-window-empty")
        assert_fits(wizard, "wizard-welcome")
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
            assert wizard.button(which).isVisible(), f"wizard button {which} hidden"
        report(f"main {window.frameGeometry()} wizard {wizard.frameGeometry()} screen {available(window)}")
        key(Qt.Key.Key_Escape)
        yield no_modal()
        key(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        yield settled()

    run_app(db, steps)


def with_demo(db: Path) -> None:
    from smartgoals_app.services.demo import populate_demo
    from smartgoals_app.storage.database import open_database

    database = open_database(db, backup=False)
    try:
        populate_demo(database, date.today())
    finally:
        database.close()


def dialogs(db: Path) -> None:
    """Demo goals: the main window, the chart's height, and every dialog, each whole."""
    with_demo(db)

    def steps(window: QWidget) -> Steps:
        from smartgoals_app.ui.about import AboutDialog
        from smartgoals_app.ui.dashboard.checkin_dialog import CheckInDialog
        from smartgoals_app.ui.main_window import MainWindow
        from smartgoals_app.ui.plan.task_editor import TaskEditor
        from smartgoals_app.ui.review.dialog import ReviewDialog
        from smartgoals_app.ui.strategy.editor import StrategyEditor
        from smartgoals_app.ui.wizard import GoalWizard

        assert isinstance(window, MainWindow)
        yield framed(window)
        chart: Condition = lambda: window.detail.built_chart is not None  # noqa: E731
        chart.__doc__ = "the chart to be built"
        yield chart
        yield settled()
        assert_fits(window, "main-window")
        built = window.detail.built_chart
        assert built is not None
        plot_height = built.plot.getViewBox().sceneBoundingRect().height()
        report(f"chart plot height {plot_height:.0f}")
        assert plot_height >= 150, f"the chart's plot is {plot_height:.0f} px tall"

        key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        yield modal(CheckInDialog)
        checkin = active_modal()
        assert_fits(checkin, "checkin")
        key(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Date
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(f"{date.today().year + 1}-01-31")  # still to come: the error shows
        yield settled()
        yield settled()
        assert_fits(checkin, "checkin-future-date")
        key(Qt.Key.Key_Escape)
        yield no_modal()

        key(Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        yield modal(GoalWizard)
        wizard = active_modal()
        assert_fits(wizard, "wizard-edit")
        key(Qt.Key.Key_Escape)
        yield no_modal()

        later(window.import_action.trigger)
        yield modal(QDialog)
        assert_fits(active_modal(), "import")
        key(Qt.Key.Key_Escape)
        yield no_modal()

        about = window.findChild(QObject, "aboutAction")
        assert about is not None, "no About action"
        later(about.trigger)  # type: ignore[attr-defined]
        yield modal(AboutDialog)
        assert_fits(active_modal(), "about")
        key(Qt.Key.Key_Escape)
        yield no_modal()

        assert window.tabs is not None
        window.tabs.setCurrentIndex(1)
        yield settled()
        assert_fits(window, "plan-tab")
        plan = window.tabs.currentWidget().page()  # type: ignore[attr-defined]  # the tab's, built when shown
        later(plan.add_button.click)
        yield modal(TaskEditor)
        assert_fits(active_modal(), "add-task")
        key(Qt.Key.Key_Escape)
        yield no_modal()

        # The review, the strategy editor and the portfolio, opened as a person does.
        window.tabs.setCurrentIndex(0)
        yield settled()
        key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        yield modal(ReviewDialog)
        assert_fits(active_modal(), "review")
        key(Qt.Key.Key_Escape)
        yield no_modal()

        edit_strategy = window.findChild(QObject, "editStrategy")
        assert edit_strategy is not None, "no Edit strategy action"
        later(edit_strategy.trigger)  # type: ignore[attr-defined]
        yield modal(StrategyEditor)
        assert_fits(active_modal(), "strategy-editor")
        key(Qt.Key.Key_Escape)
        yield no_modal()

        key(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        portfolio: Condition = lambda: window.tabs is not None and window.tabs.currentIndex() == 2  # noqa: E731
        portfolio.__doc__ = "the Portfolio tab (Ctrl+Shift+G)"
        yield portfolio
        yield settled()
        assert_fits(window, "portfolio-tab")

    run_app(db, steps)


def remember_large(db: Path) -> None:
    """On a large screen: a big window far from the corner, closed (so remembered)."""
    with_demo(db)

    def steps(window: QWidget) -> Steps:
        yield framed(window)
        window.setGeometry(300, 200, 1600, 850)
        yield settled()
        report(f"left at {window.frameGeometry()}")
        later(window.close)
        yield settled()

    run_app(db, steps)


def remember_small(db: Path) -> None:
    """The geometry remembered on a large screen, restored on a small one: on it."""

    def steps(window: QWidget) -> Steps:
        yield framed(window)
        yield settled()
        report(f"restored at {window.frameGeometry()} on {available(window)}")
        assert_fits(window, "main-window-restored")
        later(window.close)
        yield settled()

    run_app(db, steps)


def page_is(wizard: QWizard, page: int) -> Condition:
    def condition() -> bool:
        return wizard.currentId() == page

    condition.__doc__ = f"wizard page {page} (on {wizard.currentId()})"
    return condition


def tab_to(wanted: Callable[[QWidget], bool], what: str) -> Steps:
    """Press Tab until the focus is on what is wanted, as a person does."""
    for _ in range(60):
        yield settled()
        if wanted(focus()):
            return
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {what}")


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.objectName() == name


def count(db: Path, sql: str) -> int:
    import sqlite3

    with sqlite3.connect(db) as connection:
        return int(connection.execute(sql).fetchone()[0])


def keyboard(db: Path) -> None:
    """By keyboard alone: a first goal through the wizard, a check-in, a task ticked on
    the Plan tab, and Quit."""

    def steps(window: QWidget) -> Steps:
        from smartgoals_app.ui.dashboard.checkin_dialog import CheckInDialog
        from smartgoals_app.ui.wizard import GoalWizard
        from smartgoals_app.ui.wizard.common import (
            PLAN,
            REVIEW,
            SMART,
            STARTING_POINT,
            STRATEGY,
            TARGETS,
            WHY,
        )

        yield framed(window)
        yield modal(GoalWizard)
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, GoalWizard)
        key(Qt.Key.Key_Return)  # Welcome: Enter is Next
        yield page_is(wizard, STRATEGY)
        yield from tab_to(named("strategy.template"), "the template list")
        key(Qt.Key.Key_Home)
        key(Qt.Key.Key_Down)  # the newsletter strategy
        yield from tab_to(named("strategy_network.network"), "the networks")
        key(Qt.Key.Key_Home)
        key(Qt.Key.Key_Down)
        key(Qt.Key.Key_Space)
        yield settled()
        key(Qt.Key.Key_Return)
        yield page_is(wizard, STARTING_POINT)
        assert_fits(wizard, "wizard-starting-point")
        yield from tab_to(named("goal.baseline_value"), "today's value")
        type_text("120")
        yield settled()
        key(Qt.Key.Key_Return)
        yield page_is(wizard, SMART)
        yield from tab_to(named("goal.deadline"), "the deadline")
        type_text(f"{date.today().year + 1}-03-31")
        yield settled()
        key(Qt.Key.Key_Return)
        yield page_is(wizard, WHY)
        type_text("Launch the spring collection")
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        yield from tab_to(lambda widget: widget is next_button, "Next")
        key(Qt.Key.Key_Space)
        yield page_is(wizard, TARGETS)
        type_text("200")
        key(Qt.Key.Key_Tab)
        type_text("300")
        yield settled()
        key(Qt.Key.Key_Return)
        yield page_is(wizard, PLAN)
        assert_fits(wizard, "wizard-plan")
        key(Qt.Key.Key_Return)
        yield page_is(wizard, REVIEW)
        key(Qt.Key.Key_Return)  # Finish and save
        yield no_modal()
        assert count(db, "SELECT count(*) FROM goal") == 1
        assert_fits(window, "main-window-first-goal")

        key(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        yield modal(CheckInDialog)
        key(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # &Value
        yield settled()
        type_text("130")
        yield settled()
        key(Qt.Key.Key_Return)
        yield no_modal()
        assert count(db, "SELECT count(*) FROM measurement") == 1, "the check-in was not saved"

        key(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the P&lan tab
        yield settled()
        yield from tab_to(lambda widget: widget.objectName().startswith("done-"), "a task's Done button")
        key(Qt.Key.Key_Space)
        yield settled()
        assert count(db, "SELECT count(*) FROM task_completion WHERE outcome = 'done'") == 1
        yield laid_out(window)
        assert_fits(window, "plan-ticked")
        key(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        yield lambda: False  # Quit ends the process: run_app reports the exit code

    run_app(db, steps)


def fill_page(wizard: QWizard) -> None:
    """A valid newsletter goal, entries chosen by their keys (the words may be German)."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPlainTextEdit

    from smartgoals_app.ui.wizard.common import SMART, STARTING_POINT, STRATEGY, TARGETS, WHY

    page = wizard.currentPage()

    def choose(name: str, data: str) -> None:
        combo = page.findChild(QComboBox, name)
        assert combo is not None, name
        combo.setCurrentIndex(combo.findData(data))

    def write(name: str, text: str) -> None:
        field = page.findChild(QWidget, name)
        if isinstance(field, QPlainTextEdit):
            field.setPlainText(text)
        else:
            assert isinstance(field, QLineEdit), name
            field.setText(text)

    current = wizard.currentId()
    if current == STRATEGY:
        choose("strategy.template", "newsletter")
        networks = page.findChild(QListWidget, "strategy_network.network")
        assert networks is not None
        for row in range(networks.count()):
            item = networks.item(row)
            if item is not None and item.text() == "Facebook":
                item.setCheckState(Qt.CheckState.Checked)
    elif current == STARTING_POINT:
        choose("goal.network", "facebook")
        choose("goal.metric_key", "newsletter_signups")
        write("goal.baseline_value", "120")
        write("goal.data_source", "Mailchimp")
    elif current == SMART:
        write("goal.deadline", f"{date.today().year + 1}-03-31")
    elif current == WHY:
        write("goal.why", "Launch the spring collection to people who already want it")
    elif current == TARGETS:
        write("goal.benchmark_target", "200")
        write("goal.stretch_target", "300")


def wizard_pages(db: Path) -> None:
    """Every wizard page of a new goal: whole on the screen, and the label audit clean."""

    def steps(window: QWidget) -> Steps:
        from smartgoals_app.ui.wizard import GoalWizard
        from smartgoals_app.ui.wizard.common import REVIEW

        yield framed(window)
        yield modal(GoalWizard)
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, GoalWizard)
        faults: dict[int, list[str]] = {}
        while True:
            page = wizard.currentId()
            yield settled()
            assert_fits(wizard, f"wizard-page-{page}")
            found = audit(wizard)
            if found:
                faults[page] = found
            if page == REVIEW:
                break
            fill_page(wizard)
            yield settled()
            assert wizard.button(QWizard.WizardButton.NextButton).isEnabled(), f"page {page} incomplete"
            later(wizard.next)
            yield page_is(wizard, page + 1)
        assert faults == {}, "\n".join(f"page {p}: {f}" for p, f in faults.items())

    run_app(db, steps)


def workspace_menu(db: Path) -> None:
    """Demo goals: the Workspace menu opened by Alt+W and the goal's History… dialog
    opened by Ctrl+Shift+H, each whole on the screen."""
    with_demo(db)

    def steps(window: QWidget) -> Steps:
        from PySide6.QtWidgets import QMenu

        from smartgoals_app.ui.history.dialog import HistoryDialog
        from tests.ui.label_audit import mnemonic

        yield framed(window)
        yield settled()
        status = window.findChild(QWidget, "workspaceStatus")
        assert status is not None, "the status bar does not name the workspace"
        assert status.isVisible(), "the workspace's name is hidden in the status bar"
        workspace = window.findChild(QMenu, "workspaceMenu")
        assert workspace is not None
        letter = mnemonic(workspace.title())  # Alt+W in English; the language's own key
        assert letter is not None, f"the Workspace menu {workspace.title()!r} has no Alt key"
        key(Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)

        def menu_open() -> bool:
            popup = QApplication.activePopupWidget()
            return isinstance(popup, QMenu) and popup.objectName() == "workspaceMenu" and popup.isVisible()

        menu_open.__doc__ = f"the Workspace menu to open (Alt+{letter.upper()})"
        yield menu_open
        yield settled()
        menu = QApplication.activePopupWidget()
        assert menu is not None
        shot(window, "workspace-menu")
        area = available(window)
        assert area.contains(menu.frameGeometry()), f"menu {menu.frameGeometry()} is off the screen {area}"
        report(f"workspace menu at {menu.frameGeometry()} on {area}")
        key(Qt.Key.Key_Escape)
        closed: Condition = lambda: QApplication.activePopupWidget() is None  # noqa: E731
        closed.__doc__ = "the menu to close"
        yield closed

        key(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        yield history_open(window)
        dialog = window.findChild(HistoryDialog)
        assert dialog is not None
        assert_fits(dialog, "history")
        key(Qt.Key.Key_Escape)
        gone: Condition = lambda: not dialog.isVisible()  # noqa: E731
        gone.__doc__ = "the History dialog to close"
        yield gone

    run_app(db, steps)


def history_open(window: QWidget) -> Condition:
    """The History dialog is window-modal (open()), not application-modal: found by type."""
    from smartgoals_app.ui.history.dialog import HistoryDialog

    def condition() -> bool:
        dialog = window.findChild(HistoryDialog)
        return dialog is not None and framed(dialog)()

    condition.__doc__ = "the History dialog to open (Ctrl+Shift+H)"
    return condition


SCENARIOS: dict[str, Callable[[Path], None]] = {
    "wizard_pages": wizard_pages,
    "keyboard": keyboard,
    "first_start": first_start,
    "dialogs": dialogs,
    "remember_large": remember_large,
    "remember_small": remember_small,
    "workspace_menu": workspace_menu,
}


if __name__ == "__main__":
    SCENARIOS[sys.argv[1]](Path(sys.argv[2]))
