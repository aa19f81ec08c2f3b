"""The goal list's rows: what they sort by, and what the rows of one fill share."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QWidget

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


PROGRESS_START, PROGRESS_END = 3, 7  # Latest, Status, To benchmark, To stretch


def sort_key(goal: GoalOverview, column: int, network: str) -> Any:
    """What a goal sorts by in a column: numbers as numbers, so 9% comes before 10%.
    The progress columns' keys work out the goal's progress."""
    if column == 0:
        return goal.title.lower()
    if column == 1:
        return network.lower()
    if column == 2:
        return goal.metric_name.lower()
    if PROGRESS_START <= column < PROGRESS_END:
        return progress_keys(goal)[column - PROGRESS_START]
    return (goal.next_checkin or date.max).toordinal()


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
