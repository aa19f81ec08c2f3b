"""Alt+letter is a command, never typing.

When an Alt+letter has no enabled target (Next while the page is incomplete, say), Qt
hands the key to the focused field, which types the letter: "n" lands in a number field
and an error appears. ``AltLetterGuard`` drops such keys before a text field sees them.
Not on macOS, where Option+letter types accents and symbols; AltGr (the third level of
European keyboards) reaches Qt as a different modifier and is never dropped.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

_TEXT = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class AltLetterGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, _TEXT):
            return False
        assert isinstance(event, QKeyEvent)
        return event.modifiers() == Qt.KeyboardModifier.AltModifier and event.text().isalnum()


def install_alt_guard(app: QApplication | None = None, platform: str = sys.platform) -> None:
    """Once per application; nothing on macOS."""
    target = app or QApplication.instance()
    if platform == "darwin" or not isinstance(target, QApplication):
        return
    if target.findChild(AltLetterGuard) is None:
        target.installEventFilter(AltLetterGuard(target))
