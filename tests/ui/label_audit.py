"""What a keyboard user and a screen-reader user meet in one window: Alt+letters,
labels tied to their fields, names for controls, and words that fit their widgets."""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, else the buddy label's words."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and not widget.objectName().startswith("qt_")


def audit(window: QWidget) -> list[str]:
    """Every fault found, as readable lines (empty: none)."""
    faults: list[str] = []
    keys: dict[str, str] = {}

    def claim(letter: str | None, owner: str) -> None:
        if letter is None:
            return
        if letter in keys and keys[letter] != owner:
            faults.append(f"Alt+{letter.upper()} is both {keys[letter]!r} and {owner!r}")
        keys.setdefault(letter, owner)

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            claim(mnemonic(action.text()), action.text())
    for label in window.findChildren(QLabel):
        if not _shown(label, window) or label.textFormat().name == "RichText":
            continue
        text = label.text()
        letter = mnemonic(text)
        if letter is not None and label.buddy() is None:
            faults.append(f"label {text!r} shows a literal '&' (no buddy)")
        elif letter is not None:
            claim(letter, text)
        if text and label.wordWrap() and label.width() > 0:
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                faults.append(f"label {text!r} is cut: needs {needed} px of height, has {label.height()}")
        if text and not label.wordWrap() and "<" not in text and "\n" not in text:
            needed = (
                label.fontMetrics().horizontalAdvance(text.replace("&", ""))
                if letter
                else (label.fontMetrics().horizontalAdvance(text))
            )
            room = label.contentsRect().width() - 2 * label.margin() - label.indent() * 0
            if label.width() > 0 and needed > room + 1:
                faults.append(f"label {text!r} is cut: needs {needed} px, has {room}")
    own = window.layout()
    if own is not None and window.width() > 0:
        # Rows given less than their least height are drawn over one another.
        width = window.width()
        needed = own.minimumHeightForWidth(width) if own.hasHeightForWidth() else own.minimumSize().height()
        if needed > window.height() + 1:
            name = window.objectName() or type(window).__name__
            faults.append(f"{name} is squeezed: its rows need {needed} px of height, has {window.height()}")
    for box in window.findChildren(QFrame):
        # A box shorter than its wrapped contents need draws them over one another.
        layout = box.layout()
        if not _shown(box, window) or layout is None or not layout.hasHeightForWidth():
            continue
        if isinstance(box, (QAbstractScrollArea, QLabel, QSplitter, QStackedWidget)) or box.width() <= 0:
            continue  # scroll areas, views and labels have their own rules
        needed = layout.totalHeightForWidth(box.width())
        if needed > box.height() + 1:
            name = box.objectName() or type(box).__name__
            faults.append(f"{name} is squeezed: needs {needed} px of height, has {box.height()}")
    for button in window.findChildren(QAbstractButton):
        if not _shown(button, window):
            continue
        claim(mnemonic(button.text()), button.text())
        words = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = button.fontMetrics().horizontalAdvance(words) + 6  # the least padding of any style
        if words and button.width() > 0 and needed > button.width():
            faults.append(f"button {words!r} is cut: needs {needed} px, has {button.width()}")
        if (
            not button.text()
            and not button.accessibleName()
            and not button.toolTip()
            and button.icon().isNull()
        ):
            faults.append(f"button {button.objectName()!r} has no words at all")
    for tabs in window.findChildren(QTabWidget):
        if _shown(tabs, window):
            for index in range(tabs.count()):
                claim(mnemonic(tabs.tabText(index)), tabs.tabText(index))
    for group in window.findChildren(QGroupBox):
        if _shown(group, window):
            claim(mnemonic(group.title()), group.title())
    for field in window.findChildren(QWidget):
        if not isinstance(field, INPUTS) or not _shown(field, window):
            continue
        if isinstance(field.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo or spin box
        if not spoken_name(field):
            faults.append(f"{type(field).__name__} {field.objectName()!r} has no accessible name")
    return faults
