"""Closing the window may leave the app in the tray (a setting in QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from smartgoals_app.ui.plan.reminders import HideOnClose, keep_in_tray, set_keep_in_tray


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_setting_round_trips(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert keep_in_tray(settings) is False
    set_keep_in_tray(settings, True)
    settings.sync()
    assert keep_in_tray(_settings(tmp_path)) is True


def test_close_hides_to_the_tray_only_when_asked(qtbot: QtBot, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    settings = _settings(tmp_path)
    tray_shown = [True]
    hide = HideOnClose(window, lambda: tray_shown[0], settings)
    window.installEventFilter(hide)

    assert window.close() is True  # setting off: a normal close
    set_keep_in_tray(settings, True)
    assert window.close() is False  # kept running, hidden
    tray_shown[0] = False
    assert window.close() is True  # no tray icon: never strand the user
    tray_shown[0] = True
    hide.quitting = True
    assert window.close() is True  # "Quit" from the tray menu
