"""Reminders while the app runs.

A QTimer-driven controller asks PlanService.remind(now, show) to show what is due (a
pure decision in the service); the service records each (reminder_sent) before it is
shown, so it is never repeated, also after a restart. The notifier is
injected: a tray balloon where the platform has a tray, an in-app banner where it
has not, a list in tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from smartgoals_app.services.plan import PlanService, Reminder
from smartgoals_app.ui.i18n import localize

KEEP_IN_TRAY_KEY = "plan/keepInTrayOnClose"
CHECK_EVERY_MS = 30_000
FIRST_CHECK_MS = 1_500


class Notifier(Protocol):
    def notify(self, title: str, message: str) -> None: ...


class ReminderController(QObject):
    """Checks every `interval_ms` (and on demand) and notifies what is due."""

    def __init__(
        self,
        plan: PlanService,
        notifier: Notifier,
        *,
        now: Callable[[], datetime] = datetime.now,
        interval_ms: int = CHECK_EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self.notifier = notifier
        self._now = now
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self, *, first_check_ms: int | None = None) -> None:
        """Check every interval; the first check after ``first_check_ms`` (FIRST_CHECK_MS
        unless given)."""
        self.timer.start()
        # The first check waits until the window has painted: reminders lead by minutes.
        QTimer.singleShot(FIRST_CHECK_MS if first_check_ms is None else first_check_ms, self.check_now)

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> list[Reminder]:
        """Show what is due now; the service records each before it is shown."""
        return self._plan.remind(self._now(), self._show)

    def _show(self, reminder: Reminder) -> None:
        # The service words them (Text): notifiers get them in the user's language.
        self.notifier.notify(localize(reminder.title), localize(reminder.message))


class TrayNotifier:
    """Balloon messages from a system tray icon."""

    def __init__(self, tray: QSystemTrayIcon) -> None:
        self.tray = tray

    def notify(self, title: str, message: str) -> None:
        self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15_000)


def keep_in_tray(settings: QSettings) -> bool:
    return bool(settings.value(KEEP_IN_TRAY_KEY, False, type=bool))


def set_keep_in_tray(settings: QSettings, keep: bool) -> None:
    settings.setValue(KEEP_IN_TRAY_KEY, keep)


class HideOnClose(QObject):
    """Closing the window hides it to the tray while `tray_shown()` and the setting say so."""

    def __init__(self, window: QWidget, tray_shown: Callable[[], bool], settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._tray_shown = tray_shown
        self._settings = settings
        self.quitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._window
            and event.type() == QEvent.Type.Close
            and not self.quitting
            and self._tray_shown()
            and keep_in_tray(self._settings)
        ):
            assert isinstance(event, QCloseEvent)
            event.ignore()
            self._window.hide()
            return True
        return False


def install_tray(
    window: QWidget, icon: QIcon, settings: QSettings, *, quit: Callable[[], None]
) -> TrayNotifier | None:
    """A tray icon with Show/Quit and a "keep running in the tray" toggle; None when
    the platform has no tray (use the in-app banner then)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = make_tray(window, icon, settings, quit=quit)
    tray.show()
    return TrayNotifier(tray)


def make_tray(
    window: QWidget, icon: QIcon, settings: QSettings, *, quit: Callable[[], None]
) -> QSystemTrayIcon:
    """The tray icon and its menu, not shown yet (tests build it where there is no tray)."""
    tray = QSystemTrayIcon(icon, window)
    tray.setToolTip(QCoreApplication.translate("Tray", "SmartGoals: reminders for your plan"))
    menu = QMenu(window)
    menu.setObjectName("trayMenu")
    show = QAction(QCoreApplication.translate("Tray", "Show SmartGoals"), menu)

    def bring_back() -> None:
        window.showNormal()
        window.raise_()
        window.activateWindow()

    show.triggered.connect(bring_back)
    keep = QAction(QCoreApplication.translate("Tray", "Keep running in the tray when closed"), menu)
    keep.setCheckable(True)
    keep.setChecked(keep_in_tray(settings))
    keep.toggled.connect(lambda on: set_keep_in_tray(settings, on))
    hide_filter = HideOnClose(window, tray.isVisible, settings)
    leave = QAction(QCoreApplication.translate("Tray", "Quit"), menu)

    def really_quit() -> None:
        hide_filter.quitting = True
        quit()

    leave.triggered.connect(really_quit)
    menu.addActions([show, keep])
    menu.addSeparator()
    menu.addAction(leave)
    tray.setContextMenu(menu)

    def activated(reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            bring_back()

    tray.activated.connect(activated)
    window.installEventFilter(hide_filter)
    return tray
