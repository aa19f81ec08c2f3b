"""Every word of the app-wide windows (start window, About) and of the app shell's
message boxes (database damaged or unreadable, a second copy) reaches the translator.

See tests/ui/i18n_audit.py: with a pseudo-language installed, anything still in plain
English was never wrapped for translation.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from smartgoals_app.io.export_plan import export_plan
from smartgoals_app.storage.database import Database, StorageError, latest_backup, open_database
from smartgoals_app.ui import app, dialogs, file_open
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.about import AboutDialog
from smartgoals_app.ui.lazy_tab import LazyTab
from smartgoals_app.ui.main_window import MainWindow
from smartgoals_app.ui.plan.plan_view import PlanView
from smartgoals_app.ui.startup import StartWindow
from tests.ui.dashboard.dashboard_driver import Services
from tests.ui.i18n_audit import OPEN, is_foreign, pseudo_language, untranslated
from tests.ui.prompts import Answers

Known = set[tuple[str, str]]


def test_about_dialog_is_translatable(qtbot: QtBot, tmp_path: Path, known_messages: Known) -> None:
    with pseudo_language(known_messages):
        dialog = AboutDialog(db_path=tmp_path / "smartgoals.db")
        qtbot.addWidget(dialog)
        assert untranslated(dialog, allowed=[str(tmp_path / "smartgoals.db")]) == []


def test_start_window_is_translatable(qtbot: QtBot, known_messages: Known) -> None:
    with pseudo_language(known_messages):
        window = StartWindow()
        qtbot.addWidget(window)
        assert untranslated(window) == []


def test_the_audit_sees_english_words(qtbot: QtBot, known_messages: Known) -> None:
    """The check itself can fail: a label that skipped tr() is reported."""
    from PySide6.QtWidgets import QLabel

    with pseudo_language(known_messages):
        label = QLabel("Plain English")
        qtbot.addWidget(label)
        assert untranslated(label) == ["QLabel#? text: 'Plain English'"]


# -- the app shell's message boxes ---------------------------------------------------


@pytest.fixture
def told() -> Answers:
    """Every message box as (kind, title, text) in ``told.boxes``; questions are answered no."""
    return Answers(yes=False)


def _damage(db_path: Path, *, with_backup: bool) -> None:
    open_database(db_path).close()  # the first open makes the file
    if with_backup:
        open_database(db_path).close()  # the second writes a rotating backup
    db_path.write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def _not_ours(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.close()


def _refusal(db_path: Path) -> StorageError:
    """What storage says about the file, as the app shell receives it."""
    with pytest.raises(StorageError) as caught:
        open_database(db_path, backup=False)
    return caught.value


@pytest.mark.parametrize("with_backup", [False, True], ids=["no backup", "backup offered"])
def test_damaged_database_messages_are_translatable(
    known_messages: Known, told: Answers, db_path: Path, with_backup: bool
) -> None:
    _damage(db_path, with_backup=with_backup)
    with pseudo_language(known_messages):
        assert file_open.open_or_recover(db_path, prompts=told) is None  # no backup, or the restore declined
        reason = dialogs.error_text(_refusal(db_path))
    assert [kind for kind, _, _ in told.boxes] == ["question" if with_backup else "error"]
    _kind, title, text = told.boxes[0]
    assert not is_foreign(title, ())
    assert text.startswith(OPEN)  # the whole message is one translatable sentence around the reason
    assert reason in text  # storage's words, passed through localize()


def test_unreadable_database_message_is_translatable(
    known_messages: Known, told: Answers, db_path: Path
) -> None:
    _not_ours(db_path)
    with pseudo_language(known_messages):
        assert file_open.open_or_recover(db_path, prompts=told) is None
        reason = dialogs.error_text(_refusal(db_path))
    assert len(told.boxes) == 1
    _kind, title, text = told.boxes[0]
    assert not is_foreign(title, ())
    assert text == reason


@pytest.mark.parametrize(
    "make", [_not_ours, partial(_damage, with_backup=False)], ids=["not ours", "damaged"]
)
def test_database_reasons_are_translated(
    known_messages: Known, told: Answers, db_path: Path, make: Callable[[Path], None]
) -> None:
    make(db_path)
    with pseudo_language(known_messages):
        file_open.open_or_recover(db_path, prompts=told)
        reason = dialogs.error_text(_refusal(db_path))
    # SQLite's own words in brackets ("file is not a database") are not the app's to translate.
    assert not is_foreign(reason, [str(db_path), "file is not a database"])
    assert all(reason in text for _kind, _title, text in told.boxes)


def test_second_copy_message_is_translatable(
    known_messages: Known, told: Answers, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "make_application", lambda _argv: QApplication.instance())
    other = QLockFile(str(db_path) + ".lock")
    assert other.tryLock(0)
    try:
        with pseudo_language(known_messages):
            assert app.run(db_path, prompts=told) == 1
    finally:
        other.unlock()
    assert [
        (kind, is_foreign(title, ()), is_foreign(text, [str(db_path)])) for kind, title, text in told.boxes
    ] == [("info", False, False)]


def test_keep_draft_buttons_are_translatable(qtbot: QtBot, known_messages: Known) -> None:
    with pseudo_language(known_messages):
        box, *buttons = dialogs.keep_draft_box(None, "title", "text")
        qtbot.addWidget(box)
        assert [button.text() for button in buttons if is_foreign(button.text(), ())] == []
        assert all(button.text().startswith(OPEN + "&") for button in buttons)  # mnemonics kept


def test_plan_menu_is_translatable(
    known_messages: Known,
    window: MainWindow,
    services: Services,
    db: Database,
    today: date,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(app, "install_tray", lambda *_a, **_k: None)
    with pseudo_language(known_messages):
        plan_view = PlanView(
            services.plan, window.ops, today=lambda: today, exporter=partial(export_plan, db)
        )
        monkeypatch.setattr(plan_view, "start_reminders", lambda **_k: None)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        app._wire_plan(window, LazyTab(lambda: plan_view), settings=settings, quit=lambda: None)
        menu = window.findChild(QMenu, "planMenu")
        assert menu is not None
        texts = [menu.title()] + [t for a in menu.actions() for t in (a.text(), a.toolTip())]
        assert [text for text in texts if is_foreign(text, ())] == []
    plan_view.deleteLater()


def test_weekly_change_words_are_translatable(known_messages: Known) -> None:
    with pseudo_language(known_messages):
        words = [fmt.per_week(3.5, "sign-ups"), fmt.per_week(-9.7, "minutes")]
    assert [text for text in words if is_foreign(text, ["sign-ups", "minutes"])] == []


def test_a_restore_that_fails_is_reported_and_keeps_the_backup(
    told: Answers, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _damage(db_path, with_backup=True)
    told.yes = True  # "Restore the newest backup?"
    backup = latest_backup(db_path)
    assert backup is not None
    before = backup.read_bytes()

    def disk_full(_db: Path, _backup: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(file_open, "restore_backup", disk_full)
    assert (
        file_open.open_or_recover(db_path, prompts=told) is None
    )  # no crash: the user is told, and the app stops
    assert [kind for kind, _, _ in told.boxes] == ["question", "error"]
    assert "No space left on device" in told.boxes[1][2]
    assert backup.name in told.boxes[1][2]
    assert backup.read_bytes() == before
