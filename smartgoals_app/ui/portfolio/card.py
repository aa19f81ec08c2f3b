"""One goal's card, painted by a delegate: only the cards in view are ever drawn, so a
portfolio of thousands of goals costs what a screenful does.

The small chart is the dashboard's chart in miniature: the goal's figures (its baseline,
then its newest check-ins) against the two straight roads from the baseline to the
benchmark and to the stretch, over the goal's whole span, with today marked."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from smartgoals_app.domain.progress import Point
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui import theme

CARD_SIZE = QSize(300, 168)
MARGIN = 6  # between cards
PAD = 10  # inside a card
GOAL_ROLE = Qt.ItemDataRole.UserRole

# The lines of words on a card, given by the view (translated there).
CardWords = Callable[[GoalOverview], tuple[str, str]]  # (status line, check-in line)


class CardDelegate(QStyledItemDelegate):
    def __init__(self, words: CardWords, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words
        self._today = today

    def sizeHint(self, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        if isinstance(view, QListView) and view.gridSize().isValid():
            return view.gridSize()  # the list widens the cards to share its width
        return QSize(CARD_SIZE.width() + 2 * MARGIN, CARD_SIZE.height() + 2 * MARGIN)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        goal = index.data(GOAL_ROLE)
        if not isinstance(goal, GoalOverview):
            return
        palette: QPalette = option.palette
        state = option.state
        card = QRect(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        border = (
            palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(card).adjusted(3, 3, -3, -3), 4, 4)
        # A coloured edge: the status, seen before anything is read.
        status = theme.status_colour(goal.progress.status, palette)
        painter.fillRect(QRect(card.left() + 1, card.top() + 6, 4, card.height() - 12), status)

        inner = card.adjusted(PAD + 2, PAD - 2, -PAD, -PAD)
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        line = QFontMetrics(font).height()
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = QFontMetrics(bold).elidedText(goal.title, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft, title
        )
        status_line, checkin_line = self._words(goal)
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(status)
        top = inner.top() + line + 2
        painter.drawText(
            QRect(inner.left(), top, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(status_line, Qt.TextElideMode.ElideRight, inner.width()),
        )
        muted = QColor(theme.text_colour(palette, "muted"))
        painter.setPen(palette.color(QPalette.ColorRole.Text) if goal.checkin_due else muted)
        if goal.checkin_due:
            painter.setFont(bold)
        bottom = QRect(inner.left(), inner.bottom() - line + 1, inner.width(), line)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(painter.font()).elidedText(checkin_line, Qt.TextElideMode.ElideRight, inner.width()),
        )
        chart = QRectF(inner.left(), top + line + 6, inner.width(), bottom.top() - (top + line + 6) - 6)
        if chart.height() > 12:
            draw_chart(painter, chart, goal, self._today(), palette)
        painter.restore()


def chart_points(goal: GoalOverview) -> list[Point]:
    """What the small chart draws: the baseline, then the newest figures after it."""
    baseline_day = goal.baseline_date or goal.spec.start
    return [
        Point(baseline_day, goal.spec.baseline),
        *(Point(d, v) for d, v in goal.recent if d >= baseline_day),
    ]


def draw_chart(painter: QPainter, area: QRectF, goal: GoalOverview, today: date, palette: QPalette) -> None:
    spec = goal.spec
    points = chart_points(goal)
    first = min(spec.start, points[0].day)
    last = max(spec.deadline, points[-1].day)
    span = max((last - first).days, 1)
    values = [spec.baseline, spec.benchmark, spec.stretch, *(p.value for p in points)]
    low, high = min(values), max(values)
    if high - low < 1e-9 or not (abs(low) < 1e300 and abs(high) < 1e300):
        low, high = low - 1.0, high + 1.0
    pad = (high - low) * 0.08
    low, high = low - pad, high + pad

    def at(day: date, value: float) -> QPointF:
        x = area.left() + area.width() * (day - first).days / span
        y = area.bottom() - area.height() * (value - low) / (high - low)
        return QPointF(x, y)

    frame = palette.color(QPalette.ColorRole.Mid)
    painter.setPen(QPen(frame, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
    if first <= today <= last:
        painter.setPen(QPen(QColor(theme.TODAY), 1, Qt.PenStyle.DotLine))
        painter.drawLine(at(today, high), at(today, low))
    for target, colour in ((spec.benchmark, theme.BENCHMARK), (spec.stretch, theme.STRETCH)):
        painter.setPen(QPen(QColor(colour), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(at(spec.start, spec.baseline), at(spec.deadline, target))
    measured = QColor(theme.MEASURED)
    painter.setPen(QPen(measured, 2))
    path = QPainterPath(at(points[0].day, points[0].value))
    for point in points[1:]:
        path.lineTo(at(point.day, point.value))
    painter.drawPath(path)
    painter.setBrush(measured)
    end = at(points[-1].day, points[-1].value)
    painter.drawEllipse(end, 2.5, 2.5)
