"""Modal message boxes and file choosers. Screens reach them through the prompts object
they are given (operations.DialogPrompts), so tests answer a prompts object of their own
instead of blocking on a modal loop."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QPushButton, QWidget

from smartgoals_app.ui.i18n import localize

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def error_text(exc: BaseException) -> str:
    """What went wrong, in the user's language. Storage, io and domain errors carry their
    words as a Text in the first argument; ``str(exc)`` would give the English."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return localize(exc.args[0])
    return str(exc)


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, filters: str, suffix: str
) -> Path | None:
    """A save dialog; the chosen name gets ``suffix`` when the user left it off
    (appended, so "Q1.final" becomes "Q1.final.pdf", not "Q1.pdf")."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_save_name(
    parent: QWidget | None, title: str, suggested: Path, filters: str
) -> tuple[Path, str] | None:
    """A save dialog offering several kinds: (the name as typed, the filter chosen)."""
    name, selected = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return (Path(name), selected) if name else None


def ask_open_path(parent: QWidget | None, title: str, start: Path | None, filters: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(start) if start else "", filters)
    return Path(name) if name else None


def ask_folder(parent: QWidget | None, title: str, start: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(name) if name else None


def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    # Imported when asked: a trimmed Qt may lack QtPrintSupport, and the window opens without it.
    from PySide6.QtPrintSupport import QPrintDialog

    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def text_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """The question of ask_text, not shown yet (tests read its words)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("textDialog")
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    return dialog


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A line of text; None when the user cancels."""
    dialog = text_dialog(parent, title, label)
    try:
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


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


def keep_draft_box(
    parent: QWidget | None, title: str, text: str
) -> tuple[QMessageBox, QPushButton, QPushButton, QPushButton]:
    """The question of ask_keep_draft, not shown yet: (box, keep, discard, go back)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    keep = box.addButton(
        QCoreApplication.translate("Dialogs", "&Keep the draft"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Dialogs", "&Discard it"), QMessageBox.ButtonRole.DestructiveRole
    )
    stay = box.addButton(QCoreApplication.translate("Dialogs", "&Go back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(stay)
    return box, keep, discard, stay


def ask_keep_draft(parent: QWidget | None, title: str, text: str) -> bool | None:
    """Keep (True), discard (False), or None to go back to what the user was doing."""
    box, keep, discard, _stay = keep_draft_box(parent, title, text)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return True
    if clicked is discard:
        return False
    return None


def conflict_box(
    parent: QWidget | None, title: str, text: str
) -> tuple[QMessageBox, QPushButton, QPushButton]:
    """The question of ask_conflict, not shown yet: (box, reload theirs, keep mine).
    Reload is the safe answer: Escape and closing the box give it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("conflictBox")
    reload = box.addButton(
        QCoreApplication.translate("Dialogs", "&Reload theirs"), QMessageBox.ButtonRole.RejectRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Dialogs", "&Keep mine (overwrite)"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    reload.setObjectName("conflictReload")
    keep.setObjectName("conflictKeep")
    box.setDefaultButton(reload)
    box.setEscapeButton(reload)
    return box, reload, keep


def ask_conflict(parent: QWidget | None, title: str, text: str) -> bool:
    """True to keep mine (overwrite theirs); False to reload theirs."""
    box, _reload, keep = conflict_box(parent, title, text)
    try:
        box.exec()
        return box.clickedButton() is keep
    finally:
        box.deleteLater()
