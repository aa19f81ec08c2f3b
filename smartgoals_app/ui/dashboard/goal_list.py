"""Every goal grouped by strategy, with the domain's status and progress; sortable
by any column (numbers sort as numbers) and filtered by what needs looking at."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.catalogue import network_name
from smartgoals_app.domain.enums import GoalLifecycle, Status
from smartgoals_app.domain.text import translate
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.dashboard.presenters import GoalFilter, matches, next_checkin_text
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.theme import status_colour

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
_STATUS_ORDER = [
    "overdue",
    "at_risk",
    "behind",
    "not_started",
    "on_track",
    "benchmark_reached",
    "stretch_reached",
]


RESIZE_PRECISION = 200


class _Item(QTreeWidgetItem):
    """Sorts by its sort keys (one per column), so 9% comes before 10%. The keys are
    kept on the Python side: sorting thousands of rows asks for them tens of thousands
    of times, and reading them back from Qt's item data was most of a sort."""

    keys: list[object] | None = None  # strategy rows have none and sort by their text

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.keys, getattr(other, "keys", None)
        if mine is None or theirs is None or type(mine[column]) is not type(theirs[column]):
            return self.text(column).lower() < other.text(column).lower()
        return bool(mine[column] < theirs[column])


def _sort_keys(goal: GoalOverview, network: str) -> list[object]:
    progress = goal.progress
    missing = float("-inf")
    return [
        goal.title.lower(),
        network.lower(),
        goal.metric_name.lower(),
        progress.latest.value if progress.latest else missing,
        _STATUS_ORDER.index(progress.status.value),
        missing if progress.percent_to_benchmark is None else progress.percent_to_benchmark,
        missing if progress.percent_to_stretch is None else progress.percent_to_stretch,
        (goal.next_checkin or date.max).toordinal(),
    ]


class _RowFormat:
    """What the rows of one fill share, made once per fill rather than per cell: the
    locale's number format, the status words and colours, the network names, the
    archived rows' grey and the bold font."""

    def __init__(self, widget: QWidget) -> None:
        self.numbers = fmt.LocaleFormat()
        self._palette = widget.palette()
        self.muted = QBrush(self._palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.bold = QFont()  # what an item without a font of its own reads in
        self.bold.setBold(True)
        self._words: dict[Status, str] = {}
        self._colours: dict[Status, QBrush] = {}
        self._networks: dict[str, str] = {}

    def status(self, status: Status) -> str:
        if status not in self._words:
            self._words[status] = localize(status.label)
        return self._words[status]

    def colour(self, status: Status) -> QBrush:
        if status not in self._colours:
            self._colours[status] = QBrush(status_colour(status, self._palette))
        return self._colours[status]

    def network(self, key: str) -> str:
        if key not in self._networks:
            self._networks[key] = localize(network_name(key))
        return self._networks[key]


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

    # -- feeding -------------------------------------------------------------
    def set_goals(self, goals: Sequence[GoalOverview]) -> None:
        current = self.selected_id()
        self._goals = list(goals)
        self.tree.blockSignals(True)
        self.tree.setSortingEnabled(False)  # sorting on every insert is quadratic
        self.tree.clear()
        self._items.clear()
        groups: dict[int, QTreeWidgetItem] = {}
        cells = _RowFormat(self)  # one locale, brush and font for thousands of rows
        for goal in self._goals:
            group = groups.get(goal.strategy_id)
            if group is None:
                group = _Item(self.tree, [goal.strategy or self.tr("(no strategy)")])
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setData(0, STRATEGY_ID, goal.strategy_id)
                group.setToolTip(0, self.tr("Strategy: {strategy}").format(strategy=goal.strategy))
                group.setFont(0, cells.bold)
                groups[goal.strategy_id] = group
            progress = goal.progress
            archived = goal.lifecycle is GoalLifecycle.ARCHIVED
            status = cells.status(progress.status)
            if archived:
                status = self.tr("Archived · {status}").format(status=status)
            network = cells.network(goal.network)
            numbers = cells.numbers
            item = _Item(
                group,
                [
                    goal.title,
                    network,
                    goal.metric_name,
                    numbers.number(progress.latest.value if progress.latest else None, goal.unit),
                    status,
                    numbers.percent(progress.percent_to_benchmark),
                    numbers.percent(progress.percent_to_stretch),
                    localize(next_checkin_text(goal, numbers)),
                ],
            )
            title = self.tr("{title} (archived)").format(title=goal.title) if archived else goal.title
            item.setToolTip(0, f"{title}\n{network} · {goal.metric_name}")
            item.setToolTip(2, goal.metric_name)
            item.setData(0, GOAL_ID, goal.id)
            item.keys = _sort_keys(goal, network)
            item.setForeground(STATUS_COLUMN, cells.colour(progress.status))
            if archived:  # set aside: greyed, so the running goals stand out
                for column in range(len(COLUMNS)):
                    if column != STATUS_COLUMN:
                        item.setForeground(column, cells.muted)
            if goal.checkin_due and not archived:
                item.setFont(7, cells.bold)
            self._items[goal.id] = item
        self.tree.setSortingEnabled(True)
        self.tree.expandAll()
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

    # -- width ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
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

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        value = current.data(0, GOAL_ID) if current is not None else None
        if value is not None:
            self.goalSelected.emit(int(value))
