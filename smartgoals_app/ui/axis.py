"""pyqtgraph axes whose tick labels are written as the user's locale writes numbers
("1.250" in German) and dates ("Dez."), like every other figure on screen."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from smartgoals_app.ui import formatting as fmt

# pyqtgraph writes date ticks with strftime, which follows the C library's locale: English
# on Windows and macOS whatever the user's language. Its patterns, as Qt writes them.
_QT_PATTERNS = {
    "%Y": "yyyy",
    "%b": "MMM",
    "%d": "d",
    "%a %d": "ddd d",
    "%H:%M": "HH:mm",
    "%H:%M:%S": "HH:mm:ss",
}


class LocaleAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type hints
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        # As pyqtgraph's own: as many decimals as the tick spacing needs, no more.
        step = spacing * scale
        places = max(0, math.ceil(-math.log10(step))) if step > 0 else 0
        return [fmt.decimal(value * scale, places) for value in values]


def locale_axes(*sides: str) -> dict[str, Any]:
    """``axisItems`` for a plot: these sides labelled in the user's locale."""
    return {side: LocaleAxis(orientation=side) for side in sides}


class LocaleDateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph ships no type hints
    """Days as the chart stores them (midnight UTC: chart_data.seconds), in the user's
    locale; ticks fall on those midnights, not on the local ones."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation=orientation, utcOffset=0)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        pattern = _QT_PATTERNS.get(spec.format) if spec is not None else None
        if pattern is None:
            return list(super().tickStrings(values, scale, spacing))
        locale, utc = QLocale(), QTimeZone.utc()
        return [locale.toString(QDateTime.fromSecsSinceEpoch(round(value), utc), pattern) for value in values]
