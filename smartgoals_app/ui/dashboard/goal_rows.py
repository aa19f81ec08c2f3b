"""The goal list's rows: what they sort by, and what the rows of one fill share."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from smartgoals_app.domain.catalogue import network_name
from smartgoals_app.domain.enums import Status
from smartgoals_app.services.records import GoalOverview
from smartgoals_app.ui import formatting as fmt
from smartgoals_app.ui.i18n import localize
from smartgoals_app.ui.theme import status_colour

_STATUS_ORDER = [
    "overdue",
    "at_risk",
    "behind",
    "not_started",
    "on_track",
    "benchmark_reached",
    "stretch_reached",
]


class GoalItem(QTreeWidgetItem):
    """Sorts by its sort keys (one per column), so 9% comes before 10%. The keys are
    kept on the Python side: sorting thousands of rows asks for them tens of thousands
    of times, and reading them back from Qt's item data was most of a sort. The keys
    of the progress columns are worked out when a sort by one of them first asks."""

    keys: list[object] | None = None  # strategy rows have none and sort by their text
    goal: GoalOverview | None = None

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        mine, theirs = self.keys, getattr(other, "keys", None)
        if mine is None or theirs is None:
            return self.text(column).lower() < other.text(column).lower()
        if mine[column] is _LATER:
            mine[PROGRESS_START:PROGRESS_END] = progress_keys(self.goal)
        if theirs[column] is _LATER:
            theirs[PROGRESS_START:PROGRESS_END] = progress_keys(getattr(other, "goal", None))
        if type(mine[column]) is not type(theirs[column]):
            return self.text(column).lower() < other.text(column).lower()
        return bool(mine[column] < theirs[column])


_LATER = object()  # a progress key not worked out yet
PROGRESS_START, PROGRESS_END = 3, 7  # Latest, Status, To benchmark, To stretch


def sort_keys(goal: GoalOverview, network: str) -> list[object]:
    return [
        goal.title.lower(),
        network.lower(),
        goal.metric_name.lower(),
        *([_LATER] * (PROGRESS_END - PROGRESS_START)),
        (goal.next_checkin or date.max).toordinal(),
    ]


def progress_keys(goal: GoalOverview | None) -> list[object]:
    missing = float("-inf")
    if goal is None:
        return [missing] * (PROGRESS_END - PROGRESS_START)
    progress = goal.progress
    return [
        progress.latest.value if progress.latest else missing,
        _STATUS_ORDER.index(progress.status.value),
        missing if progress.percent_to_benchmark is None else progress.percent_to_benchmark,
        missing if progress.percent_to_stretch is None else progress.percent_to_stretch,
    ]


class RowFormat:
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
