"""Modal message boxes behind small functions, so tests can replace them
(pytest-qt's advice on dialogs) instead of blocking on a modal loop."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str, *, default_yes: bool = False) -> bool:
    default = QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        default,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_keep_draft(parent: QWidget | None, title: str, text: str) -> bool | None:
    """Keep (True), discard (False), or None to go back to what the user was doing."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    keep = box.addButton("&Keep the draft", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("&Discard it", QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton("&Go back", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return True
    if clicked is discard:
        return False
    return None
