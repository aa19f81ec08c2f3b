"""Every word of the app-wide windows (start window, About) reaches the translator.

See tests/gui/i18n_audit.py: with a pseudo-language installed, anything still in plain
English was never wrapped for translation.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from smartgoals_app.ui.about import AboutDialog
from smartgoals_app.ui.startup import StartWindow
from tests.gui.i18n_audit import pseudo_language, untranslated

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
