"""A pyqtgraph value axis whose tick labels are written as the user's locale writes
numbers ("1.250" in German), like every other figure on screen."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg

from smartgoals_app.ui import formatting as fmt


class LocaleAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type hints
    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        # As pyqtgraph's own: as many decimals as the tick spacing needs, no more.
        step = spacing * scale
        places = max(0, math.ceil(-math.log10(step))) if step > 0 else 0
        return [fmt.decimal(value * scale, places) for value in values]


def locale_axes(*sides: str) -> dict[str, Any]:
    """``axisItems`` for a plot: these sides labelled in the user's locale."""
    return {side: LocaleAxis(orientation=side) for side in sides}
