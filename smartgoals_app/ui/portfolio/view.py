"""The portfolio: every active goal as a card (status, next check-in, a small chart),
the ones that need attention first (domain.attention). Clicking a card, or Enter on
it, opens the goal on the dashboard.

One read per refresh (GoalService.overview: plain rows, no ORM object per goal), and a
list view that paints only the cards in view; it reads again when the change bus says
goals, figures or strategies changed, or, when hidden, the next time it is shown."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QStyle, QVBoxLayout, QWidget

from smartgoals_app.domain.attention import NEEDS_ATTENTION, attention_key
from smartgoals_app.domain.catalogue import network_name
from smartgoals_app.services.goals import GoalService
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui import theme
from smartgoals_app.ui.dashboard.presenters import next_checkin_text
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.operations import Change, ChangeBus
from smartgoals_app.ui.portfolio.card import CARD_SIZE, GOAL_ROLE, MARGIN, CardDelegate

CHART_POINTS = 30  # the newest figures a card draws after its baseline
SHOWN = Change.GOALS | Change.MEASUREMENTS | Change.STRATEGIES


def attention_order(goals: Sequence[GoalOverview]) -> list[GoalOverview]:
    return sorted(
        goals,
        key=lambda g: (*attention_key(g.progress.status, g.next_checkin, g.spec.deadline, g.title), g.id),
    )


class GoalCards(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.goals: list[GoalOverview] = []

    def set_goals(self, goals: list[GoalOverview]) -> None:
        self.beginResetModel()
        self.goals = goals
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.goals)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.goals):
            return None
        goal = self.goals[index.row()]
        if role == GOAL_ROLE:
            return goal
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return goal.title  # what type-ahead search and a screen reader go by
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{goal.title}\n{localize(network_name(goal.network))} · {goal.metric_name}"
        return None


class CardList(QListView):
    """Enter opens the chosen card (the view's activated signal fires only on platforms
    that say so)."""

    enterPressed = Signal(QModelIndex)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The cards share the width: as many columns as fit, each as wide as the row
        # allows, instead of a gap at the right. Measured as if the scroll bar were
        # there, so its coming and going never changes the columns.
        width = (
            self.width()
            - 2 * self.frameWidth()
            - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        cell = CARD_SIZE.width() + 2 * MARGIN
        columns = max(1, width // cell)
        # A few pixels to spare: the icon layout wraps a row that fills it exactly.
        grid = QSize(max(cell, (width - 4) // columns), CARD_SIZE.height() + 2 * MARGIN)
        if grid != self.gridSize():
            self.setGridSize(grid)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enterPressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class PortfolioView(QWidget):
    goalChosen = Signal(int)

    def __init__(
        self, goals: GoalService, bus: ChangeBus, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("portfolio")
        self._goals = goals
        self._today = today
        self._stale = True
        self.summary = QLabel()
        self.summary.setObjectName("portfolioSummary")
        self.hint = QLabel(self.tr("Needs attention first. Enter or a click opens a goal on the dashboard."))
        self.hint.setObjectName("portfolioHint")
        self.hint.setWordWrap(True)
        self.legend = QLabel(self._legend())
        self.legend.setObjectName("portfolioLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.model = GoalCards()
        self.list = CardList()
        self.list.setObjectName("portfolioCards")
        self.list.setAccessibleName(self.tr("Active goals"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(CardDelegate(self._card_words, today, self.list))
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setUniformItemSizes(True)  # lays out 1,000 cards without asking each
        self.list.setGridSize(QSize(CARD_SIZE.width() + 2 * MARGIN, CARD_SIZE.height() + 2 * MARGIN))
        self.list.setSpacing(0)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.verticalScrollBar().setSingleStep(24)
        self.list.clicked.connect(self._open)
        self.list.enterPressed.connect(self._open)
        self.empty = QLabel(self.tr("No active goals. Set one up with Goal ▸ New goal… (Ctrl+N)."))
        self.empty.setObjectName("portfolioEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        bus.changed.connect(self._changed)

    # -- reading ---------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_goal_id()
        goals = attention_order(self._goals.overview(include_archived=False, points=CHART_POINTS))
        self.model.set_goals(goals)
        self._stale = False
        attention = sum(goal.progress.status in NEEDS_ATTENTION for goal in goals)
        self.summary.setText(
            self.tr("Active goals: {count} · needing attention: {attention}").format(
                count=fmt.count(len(goals)), attention=fmt.count(attention)
            )
        )
        self.list.setVisible(bool(goals))
        self.empty.setVisible(not goals)
        rows = {goal.id: row for row, goal in enumerate(goals)}
        row = rows.get(current, 0) if current is not None else 0
        if goals:
            self.list.setCurrentIndex(self.model.index(row))

    def _changed(self, what: object) -> None:
        if isinstance(what, Change) and what & SHOWN:
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Not every change reaches the bus yet (the dashboard's own check-ins and
        # archiving): read again when next shown, one read per visit.
        self._stale = True
        super().hideEvent(event)

    # -- choosing --------------------------------------------------------------
    def shown_ids(self) -> list[int]:
        return [goal.id for goal in self.model.goals]

    def current_goal_id(self) -> int | None:
        index = self.list.currentIndex()
        goal = index.data(GOAL_ROLE) if index.isValid() else None
        return goal.id if isinstance(goal, GoalOverview) else None

    def _open(self, index: QModelIndex) -> None:
        goal = index.data(GOAL_ROLE)
        if isinstance(goal, GoalOverview):
            self.goalChosen.emit(goal.id)

    def _legend(self) -> str:
        entries = (
            ("━", theme.MEASURED, self.tr("your figures")),
            ("╍", theme.BENCHMARK, self.tr("road to the benchmark")),
            ("╍", theme.STRETCH, self.tr("road to the stretch")),
            ("┊", theme.TODAY, self.tr("today")),
        )
        return "&nbsp;&nbsp; ".join(
            f'<span style="color:{colour}">{mark}</span>&nbsp;{html.escape(words).replace(" ", "&nbsp;")}'
            for mark, colour, words in entries
        )

    def _card_words(self, goal: GoalOverview) -> tuple[str, str]:
        progress = goal.progress
        status = localize(progress.status.label)
        if progress.latest is not None:
            status = self.tr("{status} · {latest}").format(
                status=status, latest=fmt.number(progress.latest.value, goal.unit)
            )
        checkin = self.tr("Next check-in: {day}").format(day=localize(next_checkin_text(goal, fmt)))
        return status, checkin
