"""A month at a glance: each day lists its tasks and check-ins; a click opens its week."""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from smartgoals_app.services.plan import CheckinDue
from smartgoals_app.services.records import TaskOccurrence
from smartgoals_app.ui.formatting import date_text
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.plan.controller import month_grid_start
from smartgoals_app.ui.plan.items import (
    LOWER_LABELS,
    MARKS,
    NAMES,
    State,
    checkin_state,
    occurrence_state,
)
from smartgoals_app.ui.theme import PLAN_COLOURS, readable

MAX_LINES = 5  # in a cell however tall, "+N more" included
_WORST_FIRST = (State.CHECKIN_MISSED, State.CHECKIN, State.CHECKIN_UPCOMING, State.CHECKIN_DONE)


class DayCell(QFrame):
    clicked = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthCell")
        self.day = date.min
        self._lines: list[tuple[str, str, str]] = []
        self.number = QLabel()
        self.number.setObjectName("monthDay")
        self.items = QLabel()
        self.items.setTextFormat(Qt.TextFormat.RichText)
        self.items.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.items.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.items, 1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_lines(self, lines: list[tuple[str, str, str]]) -> None:
        """Each line is (mark and time as HTML, the same as plain text, title); titles
        too long for the cell end in "…" rather than being cut mid-letter, and lines the
        cell has no height for are counted in a last "+N more" rather than cut in half."""
        self._lines = lines
        self._render()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def _render(self) -> None:
        metrics = self.items.fontMetrics()
        room = max(self.items.contentsRect().width(), 1)
        fit = max(1, min(MAX_LINES, self.items.contentsRect().height() // metrics.lineSpacing()))
        lines = self._lines if len(self._lines) <= fit else self._lines[: fit - 1]
        shown = []
        for prefix_html, prefix_plain, title in lines:
            space = room - metrics.horizontalAdvance(prefix_plain + " ")
            elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(space, 0))
            shown.append(f"{prefix_html} {html.escape(elided)}")
        if len(lines) < len(self._lines):
            # "+3 more" after nothing read as if three were hidden behind something.
            more = (
                QCoreApplication.translate("MonthView", "+{count} more")
                if lines
                else QCoreApplication.translate("MonthView", "{count} entries")
            ).format(count=len(self._lines) - len(lines))
            shown.append(f"<span style='color: gray;'>{html.escape(more)}</span>")
        self.items.setText("<br>".join(shown))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.day)
        super().mouseReleaseEvent(event)


class MonthView(QWidget):
    daySelected = Signal(object)  # date: show that week

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthView")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        for col in range(7):
            # The system's short day names (Monday first), as dates are shown elsewhere.
            head = QLabel(QLocale().dayName(col + 1, QLocale.FormatType.ShortFormat))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setStyleSheet("font-weight: 600;")
            grid.addWidget(head, 0, col)
        self.cells: list[DayCell] = []
        for index in range(42):
            cell = DayCell()
            cell.clicked.connect(self.daySelected.emit)
            self.cells.append(cell)
            grid.addWidget(cell, 1 + index // 7, index % 7)
        for row in range(1, 7):
            grid.setRowStretch(row, 1)
        for col in range(7):
            grid.setColumnStretch(col, 1)

    def _colour(self, state: State) -> str:
        return readable(PLAN_COLOURS[state], self.palette()).name()

    def set_month(
        self,
        any_day: date,
        occurrences: Sequence[TaskOccurrence],
        checkins: Sequence[CheckinDue],
        today: date,
    ) -> None:
        lines: dict[date, list[tuple[str, str, str]]] = defaultdict(list)
        tips: dict[date, list[str]] = defaultdict(list)
        by_day: dict[date, list[CheckinDue]] = defaultdict(list)
        for checkin in checkins:
            by_day[checkin.day].append(checkin)
            state = checkin_state(checkin, today)
            tips[checkin.day].append(
                self.tr("{mark} Check-in: {goal} ({state})").format(
                    mark=MARKS[state], goal=checkin.goal_title, state=localize(LOWER_LABELS[state])
                )
            )
        for day, due in by_day.items():
            # Several goals' check-ins on one day take one line: the cell stays readable.
            states = [checkin_state(c, today) for c in due]
            worst = next((s for s in _WORST_FIRST if s in states), states[0])
            title = due[0].goal_title if len(due) == 1 else self.tr("%Ln goal(s)", None, len(due))
            lines[day].append(
                _line(localize(NAMES[worst]), MARKS[worst], self._colour(worst), self.tr("Check-in"), title)
            )
        for occ in occurrences:
            state = occurrence_state(occ, today)
            tips[occ.day].append(
                f"{MARKS[state]} {occ.start:%H:%M} {occ.title} ({localize(LOWER_LABELS[state])})"
            )
            lines[occ.day].append(
                _line(
                    localize(NAMES[state]), MARKS[state], self._colour(state), f"{occ.start:%H:%M}", occ.title
                )
            )
        start = month_grid_start(any_day)
        for index, cell in enumerate(self.cells):
            day = start + timedelta(days=index)
            cell.day = day
            in_month = day.month == any_day.month
            cell.number.setText(f"{day.day}" if day.day != 1 else date_text(day, "d MMM"))
            weight = "700" if day == today else "400"
            colour = (
                "palette(highlight)" if day == today else ("palette(text)" if in_month else "palette(mid)")
            )
            cell.number.setStyleSheet(f"font-weight: {weight}; color: {colour};")
            border = "palette(highlight)" if day == today else "palette(midlight)"
            background = "palette(base)" if in_month else "palette(window)"
            cell.setStyleSheet(
                f"QFrame#monthCell {{ border: 1px solid {border}; background: {background}; }}"
            )
            cell.set_lines(lines.get(day, []))
            head = self.tr("{date} (click to open its week)").format(date=date_text(day, "dddd d MMMM"))
            cell.setToolTip("\n".join([head, *tips.get(day, [])]))


def _line(state: str, mark: str, colour: str, when: str, title: str) -> tuple[str, str, str]:
    prefix = (
        f"<span title='{html.escape(state, quote=True)}' style='color: {colour};'>{mark}</span> "
        f"<span style='color: gray;'>{html.escape(when)}</span>"
    )
    return prefix, f"{mark} {when}", title
