"""The week: seven day columns, Monday first, holding the day's cards."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from smartgoals_app.services.plan import CheckinDue
from smartgoals_app.services.records import TaskOccurrence
from smartgoals_app.ui.formatting import date_text
from smartgoals_app.ui.plan.cards import CheckinCard, OccurrenceCard
from smartgoals_app.ui.plan.items import checkin_state, occurrence_state


class DayColumn(QFrame):
    def __init__(self, day: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = day
        self.setObjectName(f"day-{day.isoformat()}")
        # Seven equal columns whatever their content.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)
        is_today = day == today
        background = "palette(alternate-base)" if is_today else "transparent"
        self.setStyleSheet(
            f"QFrame#day-{day.isoformat()} {{ background: {background}; border-radius: 4px; }}"
        )
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(3, 3, 3, 3)
        self.layout_.setSpacing(4)
        head = QLabel(
            self.tr("{weekday} <b>{day}</b> · today").format(weekday=date_text(day, "ddd"), day=day.day)
            if is_today
            else f"{date_text(day, 'ddd')} <b>{day.day}</b>"
        )
        head.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if is_today:
            head.setStyleSheet("color: palette(highlight); font-weight: 600;")
        self.layout_.addWidget(head)

    def add(self, widget: QWidget) -> None:
        self.layout_.addWidget(widget)

    def finish(self, empty: bool) -> None:
        if empty:
            none = QLabel("—")
            none.setAlignment(Qt.AlignmentFlag.AlignCenter)
            none.setStyleSheet("color: palette(mid);")
            self.layout_.addWidget(none)
        self.layout_.addStretch(1)


class WeekView(QScrollArea):
    """Seven columns, Monday first; the cards are rebuilt on every refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekView")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards: list[OccurrenceCard] = []
        self.checkin_cards: list[CheckinCard] = []
        self.columns: list[DayColumn] = []

    def set_week(
        self, start: date, occurrences: Sequence[TaskOccurrence], checkins: Sequence[CheckinDue], today: date
    ) -> None:
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(3)
        self.cards, self.checkin_cards, self.columns = [], [], []
        for offset in range(7):
            day = start + timedelta(days=offset)
            column = DayColumn(day, today)
            day_checkins = [c for c in checkins if c.day == day]
            for checkin in day_checkins:
                card = CheckinCard(checkin, checkin_state(checkin, today))
                self.checkin_cards.append(card)
                column.add(card)
            day_occs = [o for o in occurrences if o.day == day]
            for occ in day_occs:
                occ_card = OccurrenceCard(occ, occurrence_state(occ, today))
                self.cards.append(occ_card)
                column.add(occ_card)
            column.finish(not day_occs and not day_checkins)
            self.columns.append(column)
            row.addWidget(column, 1)
        old = self.takeWidget()
        self.setWidget(body)
        if old is not None:
            old.deleteLater()
        self._fit_height()
        QTimer.singleShot(0, self, self._fit_height)  # again at the widths the layout gave

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def viewportEvent(self, event: QEvent) -> bool:
        # The vertical scroll bar coming or going narrows or widens the columns.
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_height)
        return super().viewportEvent(event)

    def _fit_height(self) -> None:
        """QScrollArea ignores height-for-width: size the body for wrapped card text."""
        body = self.widget()
        if body is None or not self.columns:
            return
        estimate = max(80, (self.viewport().width() - 4) // 7 - 3)
        needed = 0
        for column in self.columns:
            layout = column.layout()
            # The laid-out width once there is one: the estimate is a guess.
            width = column.width() if column.width() > 0 and body.isVisible() else estimate
            if layout is not None and layout.hasHeightForWidth():
                needed = max(needed, layout.totalHeightForWidth(width))
            else:
                needed = max(needed, column.sizeHint().height())
        body.setMinimumHeight(needed + 4)
