"""Remembering where the user left things: window geometry and splitter positions.

QSettings stores them in the platform's own place (the registry on Windows, a plist on
macOS, ``~/.config/SmartGoals/SmartGoals.conf`` on Linux) because the application and
organisation names are set before any settings object is made. Windows and splitters
take the QSettings object they should use; nothing here keeps one of its own, so tests
pass a settings object backed by a temporary INI file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from smartgoals_app.ui.screen_fit import keep_on_screen


def make_settings(ini_file: Path | None = None) -> QSettings:
    """Settings in the platform's native store, or in ``ini_file`` when one is given
    (tests, the self-test and portable installs)."""
    if ini_file is not None:
        return QSettings(str(ini_file), QSettings.Format.IniFormat)
    return QSettings()


def _key(widget: QWidget, what: str, group: str | None) -> str:
    name = group or widget.objectName() or type(widget).__name__
    return f"{name}/{what}"


def _stored_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


def save_geometry(widget: QWidget, settings: QSettings, key: str | None = None) -> None:
    """Remember size, position and maximised state (call from ``closeEvent``). The settings
    group is ``key``, else the widget's object name, else its class name."""
    settings.setValue(_key(widget, "geometry", key), widget.saveGeometry())


def restore_geometry(widget: QWidget, settings: QSettings, key: str | None = None) -> bool:
    """Put the window back where it was; False (and untouched) when nothing usable is stored.
    A geometry from a larger screen is shrunk and moved to fit the screen it lands on."""
    stored = _stored_bytes(settings, _key(widget, "geometry", key))
    if stored is None or not widget.restoreGeometry(stored):
        return False
    keep_on_screen(widget)
    return True


def save_splitter(splitter: QSplitter, settings: QSettings) -> None:
    settings.setValue(_key(splitter, "state", None), splitter.saveState())


def restore_splitter(splitter: QSplitter, settings: QSettings) -> bool:
    stored = _stored_bytes(settings, _key(splitter, "state", None))
    return stored is not None and splitter.restoreState(stored)


class WindowMemory(QObject):
    """Restores a window's geometry and its named splitters now, and saves them when the
    window closes. Owned by the window (its Qt parent), so it lives exactly as long."""

    def __init__(self, window: QWidget, settings: QSettings, key: str | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._key = key
        restore_geometry(window, settings, key)
        for splitter in self.splitters():
            restore_splitter(splitter, settings)
        window.installEventFilter(self)

    def splitters(self) -> list[QSplitter]:
        """Splitters with an object name (the name is their settings key)."""
        return [s for s in self._window.findChildren(QSplitter) if s.objectName()]

    def save(self) -> None:
        save_geometry(self._window, self._settings, self._key)
        for splitter in self.splitters():
            save_splitter(splitter, self._settings)
        self._settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.save()
        return False


def remember_window(window: QWidget, settings: QSettings, key: str | None = None) -> WindowMemory:
    """Call once, after the window's widgets exist and before it is shown."""
    return WindowMemory(window, settings, key)
