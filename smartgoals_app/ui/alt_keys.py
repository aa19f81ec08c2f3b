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
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_TEXT = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


class AltLetterGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, _TEXT):
            return False
        assert isinstance(event, QKeyEvent)
        return event.modifiers() == Qt.KeyboardModifier.AltModifier and event.text().isalnum()


def guard_fields(root: QWidget, platform: str = sys.platform) -> None:
    """Guard every text field under ``root`` (call once its widgets exist). Installed on
    the fields, not the application: an application-wide Python filter also sees
    widgets still being built, which crashed PySide6."""
    if platform == "darwin":
        return
    guard = AltLetterGuard(root)
    for field in root.findChildren(QWidget):
        if isinstance(field, _TEXT):
            field.installEventFilter(guard)
