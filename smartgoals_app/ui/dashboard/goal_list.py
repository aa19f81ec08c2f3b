"""Every goal grouped by strategy, with the domain's status and progress; sortable
by any column (numbers sort as numbers) and filtered by what needs looking at."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from smartgoals_app.domain.text import translate
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui.dashboard.goal_cells import GoalCells
from smartgoals_app.ui.dashboard.goal_model import (
    GOAL_ID,
    STATUS_COLUMN,
    STRATEGY_ID,
    GoalTreeModel,
    ListRow,
    Words,
)
from smartgoals_app.ui.dashboard.goal_rows import RowFormat
from smartgoals_app.ui.dashboard.presenters import GoalFilter
from smartgoals_app.ui.i18n import localize

__all__ = ["COLUMNS", "GOAL_ID", "STATUS_COLUMN", "STRATEGY_ID", "GoalList", "ListRow"]

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
METRIC_COLUMN = 2
# When the list is narrow, these give way first (in this order) so the title, the
# status and the targets stay in view without scrolling sideways.
DROP_ORDER = (1, 2, 3)  # Network, Metric, Latest
TITLE_WANTED = 460  # pixels a title may ask for before the other columns give way
TITLE_MIN = 160
METRIC_MIN = 90
FILL_AT_ONCE = 200  # rows the columns are fitted to, whose progress is worked out before the first paint
FILL_BATCH = 250  # rows whose progress is worked out per turn of the event loop after it


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

        self.model = GoalTreeModel(
            [localize(column) for column in COLUMNS],
            Words(
                no_strategy=self.tr("(no strategy)"),
                strategy=self.tr("Strategy: {strategy}"),
                archived_title=self.tr("{title} (archived)"),
                archived_status=self.tr("Archived · {status}"),
            ),
            self,
        )
        self.tree = QTreeView()
        self.tree.setObjectName("goalList")
        self.tree.setAccessibleName(self.tr("Goals"))
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(GoalCells(self.model, self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(7, Qt.SortOrder.AscendingOrder)  # soonest check-in first
        header = self.tree.header()
        header.setStretchLastSection(False)
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
        selection = self.tree.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        self._quiet = False  # set while choosing a goal for a caller that shows it itself
        self._hidden_choice: int | None = None  # the chosen goal while a filter hides it
        self._collapsed: set[int] = set()  # strategies the person folded away
        self.tree.collapsed.connect(lambda index: self._folded(index, True))
        self.tree.expanded.connect(lambda index: self._folded(index, False))
        self.model.layoutChanged.connect(self._unfold)
        self.model.modelReset.connect(self._unfold)

        top = QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.fill_at_once = FILL_AT_ONCE
        self._unknown: list[GoalOverview] = []  # goals whose progress may not be worked out yet
        self._total = 0  # goals to list, when only the first are in it yet
        self._filler = QTimer(self)
        self._filler.setSingleShot(True)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self._fill_batch)

    # -- feeding -------------------------------------------------------------
    def set_goals(self, goals: Sequence[GoalOverview], *, total: int = 0) -> None:
        """Fill the list; ``total`` says how many goals there are when ``goals`` are only
        the first (add_goals brings the rest)."""
        current = self.selected_id() or self._hidden_choice
        self._hidden_choice = None
        self._quiet = True
        self._collapsed.clear()
        self._total = total
        # Columns fit their contents measured on the first rows, not on every one of
        # thousands of goals; only those rows' progress is worked out before the view
        # paints the rows in view (whose cells it asks for as it paints them).
        self.tree.header().setResizeContentsPrecision(self.fill_at_once)
        self.model.set_goals(goals, RowFormat(self))  # one locale, brush and font for thousands of rows
        self._unknown = list(goals)
        self._filler.stop()
        self._fit_contents()
        if current is not None and self.model.is_shown(current):
            self.tree.setCurrentIndex(self.model.index_of(("goal", current)))
        self._quiet = False

    def add_goals(self, goals: Sequence[GoalOverview]) -> None:
        """The rest of the goals after set_goals was given the first: sorted and filtered
        in, the chosen goal still chosen, the columns fitted to the first rows now."""
        self._quiet = True
        self.model.add_goals(goals)
        self._unknown.extend(goals)
        self._fit_contents()
        self._quiet = False

    def _fit_contents(self) -> None:
        for column in range(len(COLUMNS)):
            self.tree.setColumnHidden(column, False)
            self.tree.resizeColumnToContents(column)
            self._content_widths[column] = self.tree.columnWidth(column)
        self._content_widths[METRIC_COLUMN] = min(self._content_widths[METRIC_COLUMN], 160)
        self._fit_columns()
        self._counted()

    def _folded(self, index: QModelIndex, folded: bool) -> None:
        key = self.model.key_of(index)
        if key is not None and key[0] == "strategy":
            (self._collapsed.add if folded else self._collapsed.discard)(key[1])

    def _unfold(self) -> None:
        """Strategies' rows span the list, and stay open unless the person folded them."""
        root = QModelIndex()
        for row in range(self.model.group_rows()):
            self.tree.setFirstColumnSpanned(row, root, True)
            index = self.model.index(row, 0)
            key = self.model.key_of(index)
            if key is not None and key[1] not in self._collapsed:
                self.tree.setExpanded(index, True)

    # -- progress, worked out after the first paint --------------------------
    def _fill_batch(self) -> None:
        """Work out the progress of the rows not shown yet, a batch at a time, so a sort
        or filter by progress later finds it ready."""
        batch, self._unknown = self._unknown[:FILL_BATCH], self._unknown[FILL_BATCH:]
        for goal in batch:
            goal.progress  # noqa: B018 (worked out and kept on the row)
        if self._unknown:
            self._filler.start()

    def progress_pending(self) -> int:
        """How many rows still wait for their progress (none once the list has filled in)."""
        return sum(not goal.progress_known for goal in self._unknown)

    # -- width ---------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport():
            if event.type() == QEvent.Type.Resize:
                self._fit_columns()
            elif event.type() == QEvent.Type.Paint and self._unknown and not self._filler.isActive():
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
        key = self.model.key_of(self.tree.currentIndex())
        return key[1] if key is not None and key[0] == "goal" else None

    def select(self, goal_id: int) -> None:
        """Choose a goal without emitting goalSelected: the caller shows it itself."""
        index = self.model.index_of(("goal", goal_id))
        if index.isValid():
            quiet, self._quiet = self._quiet, True
            self.tree.setCurrentIndex(index)
            self._quiet = quiet

    def is_shown(self, goal_id: int) -> bool:
        return self.model.is_shown(goal_id)

    def visible_ids(self) -> list[int]:
        return self.model.visible_ids()

    def item_for(self, goal_id: int) -> ListRow | None:
        """The goal's row, wherever it is (or hidden by the filter); None when not listed."""
        return ListRow(self.model, ("goal", goal_id)) if self.model.goal(goal_id) is not None else None

    def current_row(self) -> ListRow | None:
        key = self.model.key_of(self.tree.currentIndex())
        return ListRow(self.model, key) if key is not None else None

    def row_at(self, point: QPoint) -> ListRow | None:
        """The row under a point of the list's viewport."""
        key = self.model.key_of(self.tree.indexAt(point))
        return ListRow(self.model, key) if key is not None else None

    def top_row(self, row: int) -> ListRow | None:
        """The strategy's row at this place from the top."""
        key = self.model.key_of(self.model.index(row, 0))
        return ListRow(self.model, key) if key is not None else None

    def set_filter(self, choice: GoalFilter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(choice.value))

    def _apply_filter(self) -> None:
        # A goal the filter hides stays the one shown beside the list, and is chosen in
        # the list again when a filter shows it.
        chosen = self.selected_id() or self._hidden_choice
        self.model.set_filter(GoalFilter(self.filter.currentData() or GoalFilter.ALL.value))
        if chosen is not None and self.selected_id() is None and self.model.is_shown(chosen):
            self.select(chosen)
        self._hidden_choice = chosen if self.selected_id() is None else None
        self._counted()

    def _counted(self) -> None:
        shown, total = self.model.shown_count, max(self.model.goal_count(), self._total)
        self.count.setText(self.tr("{shown} of {total} goals").format(shown=shown, total=total))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.model.key_of(current)
        if key is not None and key[0] == "goal" and not self._quiet:
            self.goalSelected.emit(key[1])
