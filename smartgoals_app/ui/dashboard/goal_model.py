"""The goal list's model: strategies, each with its goals, answering for a cell only
when the view asks for it. A list of thousands of goals builds no item per goal: the
view asks for the rows it paints (and the rows its columns are fitted to), so a
goal's progress is worked out when its row is shown, and a sort orders the goals
by keys worked out in one pass, in Python's own sort."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from smartgoals_app.domain.enums import GoalLifecycle
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui.dashboard.goal_rows import RowFormat, sort_key
from smartgoals_app.ui.dashboard.presenters import GoalFilter, matches, next_checkin_text
from smartgoals_app.ui.i18n import localize

GOAL_ID = Qt.ItemDataRole.UserRole
STRATEGY_ID = Qt.ItemDataRole.UserRole + 2  # on a strategy's row
STATUS_COLUMN = 4
CHECKIN_COLUMN = 7
COLUMN_COUNT = 8
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_STRATEGY_FLAGS = Qt.ItemFlag.ItemIsEnabled
_GOAL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_ROOT = QModelIndex()
_ARCHIVED = GoalLifecycle.ARCHIVED
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, GOAL_ID, STRATEGY_ID})
Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, int]  # ("strategy", id) or ("goal", id): a row whatever its place


@dataclass(frozen=True)
class Words:
    """The list's own words, translated by the list (their context is the list's)."""

    no_strategy: str
    strategy: str  # "... {strategy}"
    archived_title: str  # "... {title} ..."
    archived_status: str  # "... {status}"


@dataclass
class _Group:
    strategy_id: int
    name: str
    goals: list[GoalOverview] = field(default_factory=list)  # every one, in sorted order
    shown: list[GoalOverview] = field(default_factory=list)  # those the filter lets through


class GoalTreeModel(QAbstractItemModel):
    """Two levels: a strategy's row (internal id 0) and its goals' rows (internal id:
    the strategy's row + 1). Texts are made when first asked for and kept until the
    next fill; sorting and filtering move rows and keep the chosen one chosen."""

    def __init__(self, headers: Sequence[str], words: Words, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._words = words
        self._groups: list[_Group] = []  # every strategy, in sorted order
        self._shown: list[_Group] = []  # those with a goal the filter lets through
        self._goals: dict[int, GoalOverview] = {}
        self._group_of: dict[int, int] = {}  # goal id -> strategy id
        self._texts: dict[int, list[str | None]] = {}
        # Where each shown goal sits, (strategy's row, goal's row), worked out when first
        # asked after a fill, sort or filter: a switch finds its row without a walk
        # through thousands of goals.
        self._places: dict[int, tuple[int, int]] | None = None
        self._cells: RowFormat | None = None
        self._column = CHECKIN_COLUMN
        self._order = Qt.SortOrder.AscendingOrder
        self._choice = GoalFilter.ALL
        self.shown_count = 0

    # -- feeding -------------------------------------------------------------
    def set_goals(self, goals: Sequence[GoalOverview], cells: RowFormat) -> None:
        self.beginResetModel()
        self._cells = cells
        self._texts.clear()
        self._goals = {goal.id: goal for goal in goals}
        self._group_of = {goal.id: goal.strategy_id for goal in goals}
        groups: dict[int, _Group] = {}
        for goal in goals:
            group = groups.get(goal.strategy_id)
            if group is None:
                name = goal.strategy or self._words.no_strategy
                group = groups[goal.strategy_id] = _Group(goal.strategy_id, name)
            group.goals.append(goal)
        self._groups = list(groups.values())
        self._order_goals()
        self._filter_goals()
        self.endResetModel()

    def add_goals(self, goals: Sequence[GoalOverview]) -> None:
        """More goals after a fill (a long list's rest), sorted and filtered in among the
        others as a fill of them all would place them; the chosen row stays chosen."""

        def add() -> None:
            groups = {group.strategy_id: group for group in self._groups}
            for goal in goals:
                if goal.id in self._goals:
                    continue
                self._goals[goal.id] = goal
                self._group_of[goal.id] = goal.strategy_id
                group = groups.get(goal.strategy_id)
                if group is None:
                    name = goal.strategy or self._words.no_strategy
                    group = groups[goal.strategy_id] = _Group(goal.strategy_id, name)
                    self._groups.append(group)
                group.goals.append(goal)

        self._relayout(add)

    def goal_count(self) -> int:
        return len(self._goals)

    def set_filter(self, choice: GoalFilter) -> None:
        self._relayout(lambda: setattr(self, "_choice", choice))

    def is_shown(self, goal_id: int) -> bool:
        return self.index_of(("goal", goal_id)).isValid()

    def visible_ids(self) -> list[int]:
        """The goals the filter lets through, in the order they were read."""
        return [goal_id for goal_id, goal in self._goals.items() if matches(goal, self._choice)]

    # -- sorting and filtering -----------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def reorder() -> None:
            self._column, self._order = column, order

        self._relayout(reorder)

    def _order_goals(self) -> None:
        """Sorts stay stable, as Qt's own: equal keys keep the order they had."""
        column, descending = self._column, self._order == Qt.SortOrder.DescendingOrder
        cells = self._cells
        assert cells is not None
        if column == 0:  # strategies sort by their sentence; by any other column they stay put
            self._groups.sort(key=lambda g: g.name.lower(), reverse=descending)
        for group in self._groups:
            group.goals.sort(key=lambda g: sort_key(g, column, cells.network(g.network)), reverse=descending)

    def _filter_goals(self) -> None:
        shown = 0
        for group in self._groups:
            group.shown = [goal for goal in group.goals if matches(goal, self._choice)]
            shown += len(group.shown)
        self._shown = [group for group in self._groups if group.shown]
        self.shown_count = shown
        self._places = None

    def _relayout(self, change: Callable[[], None]) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [(self.key_of(index), index.column()) for index in before]
        change()
        if self._cells is not None:
            self._order_goals()
            self._filter_goals()
        after = []
        for key, column in keys:
            found = self.index_of(key) if key is not None else QModelIndex()
            after.append(found.siblingAtColumn(column) if found.isValid() else QModelIndex())
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # -- where a row is ------------------------------------------------------
    def key_of(self, index: Index) -> Key | None:
        if not index.isValid():
            return None
        place = index.internalId()
        if place == 0:
            return ("strategy", self._shown[index.row()].strategy_id)
        return ("goal", self._shown[place - 1].shown[index.row()].id)

    def index_of(self, key: Key) -> QModelIndex:
        kind, number = key
        if self._places is None:
            self._places = {
                goal.id: (row, place)
                for row, group in enumerate(self._shown)
                for place, goal in enumerate(group.shown)
            }
        if kind == "goal":
            found = self._places.get(number)
            return self.createIndex(found[1], 0, found[0] + 1) if found is not None else QModelIndex()
        for row, group in enumerate(self._shown):  # strategies are few
            if group.strategy_id == number:
                return self.createIndex(row, 0, 0)
        return QModelIndex()

    def goal(self, goal_id: int) -> GoalOverview | None:
        return self._goals.get(goal_id)

    def strategy_of(self, goal_id: int) -> int | None:
        return self._group_of.get(goal_id)

    def rows_written(self) -> int:
        """How many goals' cell texts have been made since the last fill."""
        return len(self._texts)

    def group_rows(self) -> int:
        return len(self._shown)

    # -- Qt's questions ------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        # Asked twice for every goal each time the view lays out its rows: kept short.
        if 0 <= column < COLUMN_COUNT and row >= 0:
            if not parent.isValid():
                if row < len(self._shown):
                    return self.createIndex(row, column, 0)
            elif parent.internalId() == 0:
                place = parent.row()
                if row < len(self._shown[place].shown):
                    return self.createIndex(row, column, place + 1)
        return QModelIndex()

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        # Asked for every cell painted (and by the selection, of each cell it checks):
        # one call into the index, as an invalid index's internal id is 0 too.
        place = index.internalId()
        return self.createIndex(place - 1, 0, 0) if place else _ROOT

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._shown[parent.row()].shown)
        return 0

    def columnCount(self, _parent: Index = _ROOT) -> int:
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.internalId():  # asked two or three times for every cell painted
            return _GOAL_FLAGS
        return _STRATEGY_FLAGS if index.isValid() else _NO_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and 0 <= section < COLUMN_COUNT:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        place, column = index.internalId(), index.column()
        if place == 0:
            return self._strategy_data(self._shown[index.row()], column, role)
        return self.goal_data(self._shown[place - 1].shown[index.row()], column, role)

    def cell(self, index: Index) -> tuple[str | None, Any, Any]:
        """What the list paints in a cell, (text, font, colour), asked once per cell by
        the list's delegate rather than once per role by Qt's."""
        place, column = index.internalId(), index.column()
        if place == 0:
            group = self._shown[index.row()]
            return (
                self._strategy_data(group, column, _DISPLAY),
                self._strategy_data(group, column, _FONT),
                None,
            )
        return self.goal_cell(self._shown[place - 1].shown[index.row()], column)

    def goal_cell(self, goal: GoalOverview, column: int) -> tuple[str, Any, Any]:
        """A goal's cell as painted: its text, its font (None: the list's) and its colour
        (None: the palette's)."""
        texts = self._texts.get(goal.id) or self.texts(goal)
        text = texts[column]
        if text is None:
            text = self.progress_text(goal, column)
        cells = self._cells
        assert cells is not None
        archived = goal.lifecycle is _ARCHIVED
        colour: Any
        if column == STATUS_COLUMN:
            colour = cells.colour(goal.progress.status)
        else:
            colour = cells.muted if archived else None  # set aside: greyed, so the running goals stand out
        font = cells.bold if column == CHECKIN_COLUMN and goal.checkin_due and not archived else None
        return text, font, colour

    def _strategy_data(self, group: _Group, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == _DISPLAY:
            return group.name
        if role == STRATEGY_ID:
            return group.strategy_id
        if role == _TOOLTIP:
            return self._words.strategy.format(strategy=group.name)
        if role == _FONT and self._cells is not None:
            return self._cells.bold
        return None

    def goal_data(self, goal: GoalOverview, column: int, role: int) -> Any:
        """What a goal's cell shows, for any role the list answers."""
        if role == _DISPLAY:
            return self.goal_cell(goal, column)[0]
        if role == _FONT:
            return self.goal_cell(goal, column)[1]
        if role == _FOREGROUND:
            return self.goal_cell(goal, column)[2]
        if role == GOAL_ID:
            return goal.id if column == 0 else None
        cells = self._cells
        assert cells is not None
        archived = goal.lifecycle is _ARCHIVED
        if role == _TOOLTIP:
            if column == 0:
                title = self._words.archived_title.format(title=goal.title) if archived else goal.title
                return f"{title}\n{cells.network(goal.network)} · {goal.metric_name}"
            return goal.metric_name if column == 2 else None
        return None

    def texts(self, goal: GoalOverview) -> list[str | None]:
        """A goal's cell texts, made once per fill; the progress ones when first asked for."""
        texts = self._texts.get(goal.id)
        cells = self._cells
        assert cells is not None
        if texts is None:
            checkin = localize(next_checkin_text(goal, cells.numbers))
            network = cells.network(goal.network)
            texts = [goal.title, network, goal.metric_name, None, None, None, None, checkin]
            self._texts[goal.id] = texts
        return texts

    def progress_text(self, goal: GoalOverview, column: int) -> str:
        texts = self.texts(goal)
        if texts[column] is None:
            cells = self._cells
            assert cells is not None
            progress, numbers = goal.progress, cells.numbers
            status = cells.status(progress.status)
            if goal.lifecycle is GoalLifecycle.ARCHIVED:
                status = self._words.archived_status.format(status=status)
            texts[3] = numbers.number(progress.latest.value if progress.latest else None, goal.unit)
            texts[STATUS_COLUMN] = status
            texts[5] = numbers.percent(progress.percent_to_benchmark)
            texts[6] = numbers.percent(progress.percent_to_stretch)
        return texts[column] or ""


class ListRow:
    """One row of the list found by what it stands for (a strategy or a goal), wherever
    sorting and filtering have put it: what the strategy actions and tests read."""

    def __init__(self, model: GoalTreeModel, key: Key) -> None:
        self._model = model
        self.key = key

    def index(self, column: int = 0) -> QModelIndex:
        found = self._model.index_of(self.key)
        return found.siblingAtColumn(column) if found.isValid() and column else found

    def data(self, column: int, role: int) -> Any:
        kind, number = self.key
        model = self._model
        if kind == "goal":
            goal = model.goal(number)
            return model.goal_data(goal, column, role) if goal is not None else None
        found = self.index(column)
        return model.data(found, role) if found.isValid() else None

    def text(self, column: int) -> str:
        return str(self.data(column, _DISPLAY) or "")

    def tool_tip(self, column: int) -> str:
        return str(self.data(column, _TOOLTIP) or "")

    def is_hidden(self) -> bool:
        return not self.index().isValid()

    def parent(self) -> ListRow | None:
        if self.key[0] == "strategy":
            return None
        strategy_id = self._model.strategy_of(self.key[1])
        return ListRow(self._model, ("strategy", strategy_id)) if strategy_id is not None else None

    def child_count(self) -> int:
        return self._model.rowCount(self.index()) if self.key[0] == "strategy" else 0

    def child(self, row: int) -> ListRow | None:
        key = self._model.key_of(self._model.index(row, 0, self.index()))
        return ListRow(self._model, key) if key is not None else None
