"""A date typed as people write it, shared by the wizard and the check-in dialog.

It lives outside the wizard package so the check-in dialog (loaded at start-up) does not
load the whole wizard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from smartgoals_app.domain.dates import DATE_HINT, format_date, parse_date
from smartgoals_app.ui.i18n import localize


class DateEdit(QLineEdit):
    """A typed date (YYYY-MM-DD, 31.03.2027 or "31 Mar 2027"); Up and Down step one day,
    PageUp/PageDown a week."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(localize(DATE_HINT))
        self.setMaxLength(40)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 7, Qt.Key.Key_PageDown: -7}
        step = steps.get(Qt.Key(event.key()))
        parsed = parse_date(self.text()).value
        if step is None or parsed is None:
            super().keyPressEvent(event)
            return
        self.setText(format_date(date.fromordinal(parsed.toordinal() + step)))


class CalendarDateEdit(QDateEdit):
    """A date with a calendar pop-up where Tab leaves the field, as it does everywhere
    else; Left and Right move between day, month and year."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
