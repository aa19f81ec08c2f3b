"""Icon, About dialog, remembered geometry, theme colours and translations."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter
from pytestqt.qtbot import QtBot

from smartgoals_app import __version__
from smartgoals_app.ui import about, i18n, icons, settings, theme


def test_app_icon_has_every_size_for_crisp_high_dpi(qapp: QApplication) -> None:
    icon = icons.app_icon()
    assert not icon.isNull()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert {(s, s) for s in icons.ICON_SIZES} <= sizes
    assert icon.pixmap(QSize(256, 256)).width() == 256


def test_missing_icon_names_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(icons, "icon_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match=r"smartgoals-16\.png"):
        icons.icon_files()


def test_about_shows_version_licence_and_data_path(qtbot: QtBot, tmp_path: Path) -> None:
    db_path = tmp_path / "data" / "smartgoals.db"
    dialog = about.AboutDialog(db_path=db_path, settings_path="/conf/SmartGoals.conf")
    qtbot.addWidget(dialog)
    assert __version__ in dialog.title_label.text()
    assert "MIT" in dialog.licence_label.text()
    assert dialog.data_label.text() == str(db_path)
    assert "/conf/SmartGoals.conf" in dialog.settings_label.text()
    assert not dialog.windowIcon().isNull()


def test_about_open_folder_opens_the_folder_of_the_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []

    def fake_open(folder: Path) -> bool:
        opened.append(folder)
        return True

    monkeypatch.setattr(about, "open_folder", fake_open)
    dialog = about.AboutDialog(db_path=tmp_path / "smartgoals.db")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path]


# The offscreen platform says it cannot pass size hints to a window manager it lacks.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_geometry_and_splitter_survive_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"

    def make() -> tuple[QMainWindow, QSplitter]:
        window = QMainWindow()
        window.setObjectName("mainWindow")
        splitter = QSplitter()
        splitter.setObjectName("goalSplitter")
        splitter.addWidget(QLabel("left"))
        splitter.addWidget(QLabel("right"))
        window.setCentralWidget(splitter)
        qtbot.addWidget(window)
        return window, splitter

    window, splitter = make()
    window.resize(700, 450)
    window.show()
    splitter.setSizes([500, 200])
    store = settings.make_settings(ini)
    settings.save_geometry(window, store)
    settings.save_splitter(splitter, store)
    store.sync()
    window.close()

    again, again_splitter = make()
    store = settings.make_settings(ini)
    assert settings.restore_geometry(again, store)
    assert settings.restore_splitter(again_splitter, store)
    again.show()
    assert again.size() == QSize(700, 450)
    left, right = again_splitter.sizes()
    assert left > right


def test_nothing_stored_leaves_the_window_alone(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    store = settings.make_settings(tmp_path / "empty.ini")
    assert not settings.restore_geometry(window, store)
    assert store.format() == QSettings.Format.IniFormat


def test_dark_palette_is_dark_and_text_colours_follow(qapp: QApplication) -> None:
    dark = theme.dark_palette()
    light = QPalette(theme.dark_palette())
    light.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.white)
    light.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.black)
    light.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.white)
    light.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    assert theme.is_dark(dark)
    assert not theme.is_dark(light)
    # Coloured text stays readable against its background in both schemes.
    assert theme.readable(theme.BLUE_700, dark).lightness() >= 150
    assert theme.readable(theme.BLUE_700, light).name() == theme.BLUE_700
    assert (
        QColor(theme.text_colour(dark, "error")).lightness()
        > QColor(theme.text_colour(light, "error")).lightness()
    )


def test_german_catalogue_translates_the_about_dialog(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    translators = i18n.install_translators(qapp, QLocale(QLocale.Language.German))
    assert translators, "smartgoals_de.qm missing: run python packaging/translations.py"
    try:
        dialog = about.AboutDialog(db_path=tmp_path / "smartgoals.db")
        qtbot.addWidget(dialog)
        assert dialog.open_folder_button.text() == "Datenordner öffnen"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_unknown_language_falls_back_to_english(qapp: QApplication) -> None:
    """No catalogue of its own: English words, with the English plural forms."""
    installed = i18n.install_translators(qapp, QLocale(QLocale.Language.Zulu))
    try:
        assert [Path(translator.filePath()).name for translator in installed] == ["smartgoals_en.qm"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_application_is_named_for_settings_and_the_desktop(qapp: QApplication) -> None:
    from smartgoals_app import APP_ID, APP_NAME, ORG_NAME
    from smartgoals_app.ui.startup import make_application

    app = make_application(["smartgoals"])
    assert app is qapp
    assert (app.applicationName(), app.organizationName()) == (APP_NAME, ORG_NAME)
    assert app.desktopFileName() == APP_ID
    assert not app.windowIcon().isNull()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_start_window_appears_where_the_main_window_was(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartgoals_app.ui import startup

    ini = tmp_path / "settings.ini"
    monkeypatch.setattr(startup, "make_settings", lambda: settings.make_settings(ini))
    previous = QMainWindow()
    qtbot.addWidget(previous)
    previous.resize(640, 420)
    settings.save_geometry(previous, settings.make_settings(ini), key=startup.MAIN_WINDOW_KEY)

    start = startup.StartWindow()
    qtbot.addWidget(start)
    assert start.size() == QSize(640, 420)
    main = QMainWindow()
    qtbot.addWidget(main)
    startup.hand_over(start, main)
    assert main.isVisible()
    assert not start.isVisible()
    assert main.size() == QSize(640, 420)


def test_bench_marks_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    from smartgoals_app.ui.startup import bench_mark

    bench_mark("first-window", {})
    assert capsys.readouterr().out == ""
    bench_mark("first-window", {"SMARTGOALS_BENCH_EXIT": "1"})
    tag, what, when = capsys.readouterr().out.split()
    assert (tag, what) == ("smartgoals-bench", "first-window")
    assert float(when) > 0


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_remember_window_saves_on_close_and_restores_next_time(qtbot: QtBot, tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"

    def make() -> tuple[QMainWindow, QSplitter]:
        window = QMainWindow()
        splitter = QSplitter()
        splitter.setObjectName("dashboardSplitter")
        splitter.addWidget(QLabel("list"))
        splitter.addWidget(QLabel("detail"))
        window.setCentralWidget(splitter)
        qtbot.addWidget(window)
        return window, splitter

    window, splitter = make()
    settings.remember_window(window, settings.make_settings(ini), key="MainWindow")
    window.resize(720, 430)
    window.show()
    splitter.setSizes([150, 550])
    window.close()
    assert ini.exists()

    again, again_splitter = make()
    settings.remember_window(again, settings.make_settings(ini), key="MainWindow")
    again.show()
    assert again.size() == QSize(720, 430)
    left, right = again_splitter.sizes()
    assert left < right


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_help_menu_opens_about(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    action = about.add_help_menu(window, db_path=tmp_path / "smartgoals.db")
    action.trigger()
    dialog = window.findChild(about.AboutDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.data_label.text() == str(tmp_path / "smartgoals.db")
    dialog.close()


def test_cli_names_the_same_environment_variable_as_storage() -> None:
    from smartgoals_app import cli
    from smartgoals_app.storage import database

    assert cli.ENV_VAR == database.ENV_VAR
