"""Every goal grouped by strategy, with the domain's status and progress; sortable
by any column (numbers sort as numbers) and filtered by what needs looking at."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.domain.text import translate
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui.dashboard.goal_rows import GoalItem, RowFormat, sort_keys
from smartgoals_app.ui.dashboard.presenters import GoalFilter, matches, next_checkin_text
from smartgoals_app.ui.i18n import localize

# Texts equal to their English words; the header shows them localized.
COLUMNS = (
    translate("GoalList", "Goal"),
    translate("GoalList", "Network"),
    translate("GoalList", "Metric"),
    translate("GoalList", "Latest"),
    translate("GoalList", "Status"),
    translate("GoalList", "To benchmark"),
    translate("GoalList", "To stretch"),
    translate("GoalList", "Next check-in"),
)
STATUS_COLUMN = 4
METRIC_COLUMN = 2
# When the list is narrow, these give way first (in this order) so the title, the
# status and the targets stay in view without scrolling sideways.
DROP_ORDER = (1, 2, 3)  # Network, Metric, Latest
TITLE_WANTED = 460  # pixels a title may ask for before the other columns give way
TITLE_MIN = 160
METRIC_MIN = 90
GOAL_ID = Qt.ItemDataRole.UserRole
STRATEGY_ID = Qt.ItemDataRole.UserRole + 2  # on a strategy's row
RESIZE_PRECISION = 200
FILL_AT_ONCE = RESIZE_PRECISION  # rows whose progress is written before the first paint
FILL_BATCH = 250  # rows written per turn of the event loop after it


class GoalList(QWidget):
    goalSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QComboBox()
        self.filter.setObjectName("goalFilter")
        for choice in GoalFilter:
            self.filter.addItem(localize(choice.label), choice.value)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.filter)
        self.count = QLabel()
        self.count.setObjectName("goalCount")

        self.tree = QTreeWidget()
        self.tree.setObjectName("goalList")
        self.tree.setAccessibleName(self.tr("Goals"))
        self.tree.setHeaderLabels([localize(column) for column in COLUMNS])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # soonest check-in first
        header = self.tree.header()
        header.setStretchLastSection(False)
        # Columns fit their contents measured on the first rows, not on every one of
        # thousands of goals (Qt's default reads 1,000 rows per column).
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title takes whatever the figures leave; long ones are elided, the full
        # title is in the tooltip.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.viewport().installEventFilter(self)  # its width is what the columns share
        self._content_widths: dict[int, int] = {}
        # Columns the person chose to see or not, whatever the width: the header's menu.
        self.pinned: set[int] = set()
        self.unpinned: set[int] = set()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.tree.currentItemChanged.connect(self._current_changed)

        top = QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self._goals: list[GoalOverview] = []
        self._items: dict[int, QTreeWidgetItem] = {}
        self._pending: dict[int, GoalItem] = {}  # rows whose progress is not written yet
        self.fill_at_once = FILL_AT_ONCE
        self._cells: RowFormat | None = None  # made per fill
        self._filler = QTimer(self)
        self._filler.setSingleShot(True)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_batch)
        self.tree.verticalScrollBar().valueChanged.connect(self._fill_shown)
        self.tree.header().sortIndicatorChanged.connect(self._fill_shown)
        self.tree.itemExpanded.connect(self._fill_shown)
        self.tree.itemCollapsed.connect(self._fill_shown)  # rows below move up into view

    # -- feeding -------------------------------------------------------------
    def set_goals(self, goals: Sequence[GoalOverview]) -> None:
        current = self.selected_id()
        self._goals = list(goals)
        self.tree.blockSignals(True)
        self.tree.setSortingEnabled(False)  # sorting on every insert is quadratic
        self.tree.clear()
        self._items.clear()
        self._pending.clear()
        groups: dict[int, QTreeWidgetItem] = {}
        cells = self._cells = RowFormat(self)  # one locale, brush and font for thousands of rows
        for goal in self._goals:
            group = groups.get(goal.strategy_id)
            if group is None:
                group = GoalItem(self.tree, [goal.strategy or self.tr("(no strategy)")])
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setData(0, STRATEGY_ID, goal.strategy_id)
                group.setToolTip(0, self.tr("Strategy: {strategy}").format(strategy=goal.strategy))
                group.setFont(0, cells.bold)
                groups[goal.strategy_id] = group
            archived = goal.lifecycle is GoalLifecycle.ARCHIVED
            network = cells.network(goal.network)
            texts = [goal.title, network, goal.metric_name, "", "", "", ""]
            item = GoalItem(group, [*texts, localize(next_checkin_text(goal, cells.numbers))])
            title = self.tr("{title} (archived)").format(title=goal.title) if archived else goal.title
            item.setToolTip(0, f"{title}\n{network} · {goal.metric_name}")
            item.setToolTip(2, goal.metric_name)
            item.setData(0, GOAL_ID, goal.id)
            item.goal = goal
            item.keys = sort_keys(goal, network)
            if archived:  # set aside: greyed, so the running goals stand out
                for column in range(len(COLUMNS)):
                    if column != STATUS_COLUMN:
                        item.setForeground(column, cells.muted)
            if goal.checkin_due and not archived:
                item.setFont(7, cells.bold)
            self._items[goal.id] = item
            self._pending[goal.id] = item
        self.tree.setSortingEnabled(True)
        self.tree.expandAll()
        # Progress is worked out for the rows at the top (all of a short list), which
        # the columns are fitted to; the rest as they scroll into view, and after the
        # first paint a batch at a time.
        self._fill_from_top(self.fill_at_once)
        for column in range(len(COLUMNS)):
            self.tree.setColumnHidden(column, False)
            self.tree.resizeColumnToContents(column)
            self._content_widths[column] = self.tree.columnWidth(column)
        self._content_widths[METRIC_COLUMN] = min(self._content_widths[METRIC_COLUMN], 160)
        self._fit_columns()
        self._apply_filter()
        if current is not None and current in self._items:
            self.tree.setCurrentItem(self._items[current])
        self.tree.blockSignals(False)

    # -- progress, filled in -------------------------------------------------
    def _fill(self, item: GoalItem) -> None:
        """Write a row's progress: its latest figure, status and way to each target."""
        goal = item.goal
        if goal is None or self._pending.pop(goal.id, None) is None:
            return
        cells, progress = self._cells, goal.progress
        assert cells is not None  # a row is pending only after a fill
        status = cells.status(progress.status)
        if goal.lifecycle is GoalLifecycle.ARCHIVED:
            status = self.tr("Archived · {status}").format(status=status)
        numbers = cells.numbers
        item.setText(3, numbers.number(progress.latest.value if progress.latest else None, goal.unit))
        item.setText(STATUS_COLUMN, status)
        item.setText(5, numbers.percent(progress.percent_to_benchmark))
        item.setText(6, numbers.percent(progress.percent_to_stretch))
        item.setForeground(STATUS_COLUMN, cells.colour(progress.status))

    def _fill_from_top(self, count: int) -> None:
        iterator = QTreeWidgetItemIterator(self.tree)
        while count > 0 and self._pending and (item := iterator.value()) is not None:
            if isinstance(item, GoalItem) and item.goal is not None:
                self._fill(item)
                count -= 1
            iterator += 1

    def _fill_shown(self) -> None:
        """Fill the rows now in view (after a scroll, a resize, a sort or a filter)."""
        if not self._pending:
            return
        bottom = self.tree.viewport().height()
        item = self.tree.itemAt(0, 0)
        while item is not None and self.tree.visualItemRect(item).top() < bottom:
            if isinstance(item, GoalItem):
                self._fill(item)
            item = self.tree.itemBelow(item)

    def _fill_batch(self) -> None:
        for item in list(itertools.islice(self._pending.values(), FILL_BATCH)):
            self._fill(item)
        if self._pending:
            self._filler.start()

    def progress_pending(self) -> int:
        """How many rows still wait for their progress (none once the list has filled in)."""
        return len(self._pending)

    # -- width ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport():
            if event.type() == QEvent.Type.Resize:
                self._fit_columns()
                self._fill_shown()
            elif event.type() == QEvent.Type.Paint and self._pending and not self._filler.isActive():
                self._filler.start()  # the rest, once the rows in view have painted
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Give the title room first: the metric narrows, then Network, Metric and
        Latest hide, until the rest fits beside a readable title."""
        if not self._content_widths:
            return
        available = self.tree.viewport().width()
        wanted = min(self._content_widths[0], TITLE_WANTED)
        widths = dict(self._content_widths)
        hidden: set[int] = set()

        def others() -> int:
            return sum(w for c, w in widths.items() if c != 0 and c not in hidden)

        if others() + wanted > available:
            widths[METRIC_COLUMN] = max(METRIC_MIN, available - wanted - (others() - widths[METRIC_COLUMN]))
        hidden |= self.unpinned
        for column in DROP_ORDER:
            # Latest goes only to keep a title readable at all; the others to show it whole.
            need = min(wanted, TITLE_MIN) if column == DROP_ORDER[-1] else wanted
            if others() + need <= available:
                break
            if column not in self.pinned:
                hidden.add(column)
        for column in range(1, len(COLUMNS)):
            self.tree.setColumnHidden(column, column in hidden)
            if column not in hidden:
                self.tree.setColumnWidth(column, widths[column])

    def column_actions(self) -> list[QAction]:
        """One tick per column but the title: ticked when shown. Ticking keeps a column
        however narrow the window; unticking hides it."""
        actions = []
        for column in range(1, len(COLUMNS)):
            action = QAction(localize(COLUMNS[column]), self)
            action.setCheckable(True)
            action.setChecked(not self.tree.isColumnHidden(column))
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
            actions.append(action)
        return actions

    def show_column(self, column: int, shown: bool) -> None:
        (self.pinned if shown else self.unpinned).add(column)
        (self.unpinned if shown else self.pinned).discard(column)
        self._fit_columns()

    def _column_menu(self, where: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(self.column_actions())
        menu.exec(self.tree.header().mapToGlobal(where))
        menu.deleteLater()

    # -- selection -----------------------------------------------------------
    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        value = item.data(0, GOAL_ID) if item is not None else None
        return int(value) if value is not None else None

    def select(self, goal_id: int) -> None:
        """Choose a goal without emitting goalSelected: the caller shows it itself."""
        item = self._items.get(goal_id)
        if item is not None:
            blocked = self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(blocked)

    def is_shown(self, goal_id: int) -> bool:
        item = self._items.get(goal_id)
        return item is not None and not item.isHidden()

    def visible_ids(self) -> list[int]:
        return [goal_id for goal_id, item in self._items.items() if not item.isHidden()]

    def item_for(self, goal_id: int) -> QTreeWidgetItem | None:
        return self._items.get(goal_id)

    def set_filter(self, choice: GoalFilter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(choice.value))

    def _apply_filter(self) -> None:
        choice = GoalFilter(self.filter.currentData() or GoalFilter.ALL.value)
        shown = 0
        for goal in self._goals:
            visible = matches(goal, choice)
            self._items[goal.id].setHidden(not visible)
            shown += visible
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is not None:
                children = (group.child(i) for i in range(group.childCount()))
                group.setHidden(all(child is None or child.isHidden() for child in children))
        self.count.setText(self.tr("{shown} of {total} goals").format(shown=shown, total=len(self._goals)))
        self._fill_shown()

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        value = current.data(0, GOAL_ID) if current is not None else None
        if value is not None:
            self.goalSelected.emit(int(value))
